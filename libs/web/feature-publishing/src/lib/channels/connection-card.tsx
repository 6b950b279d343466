import type { Channel } from '@parvis/web/data-access';
import { useDateTimeFormat } from '@parvis/web/shared';
import { Alert, Button, ConfirmDialog, Dialog, MutationButton } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { usePublishing, usePublishingT } from '../common/use-publishing';
import { connectionQueryOptions, useConnect, useDisconnect, useVerify } from '../data/connection';
import { networkLabel } from '../status/labels';
import { PlatformError } from '../status/platform-error';
import { BlueskyConnectForm, MastodonConnectForm } from './connect-forms';
import { ConnectionLimits } from './connection-limits';
import { VerifyOutcome } from './verify-outcome';

interface ConnectFormProps {
  channelId: string;
  serviceUrl: string | null;
  onDone: () => void;
  onCancel: () => void;
}

/** How each network's account is connected; any channel may also be published by hand (the only way for the others). */
const CONNECT_FORMS: Partial<Record<string, ComponentType<ConnectFormProps>>> = {
  bluesky: BlueskyConnectForm,
  mastodon: MastodonConnectForm,
};

export function ConnectionCard({ channel, canManage }: { channel: Channel; canManage: boolean }) {
  const { t } = usePublishingT();
  const { orgId, timeZone } = usePublishing();
  const format = useDateTimeFormat(timeZone);
  const Form = CONNECT_FORMS[channel.network];
  const summary = channel.connection;
  // The details (adapter, server, last check, the server's last words) are for those who manage the connection.
  const details = useQuery({ ...connectionQueryOptions(orgId, channel.id), enabled: canManage && summary.status !== 'not_connected' });
  const connection = details.data;
  // Published by hand: the channel list says so to every role (the details are for admins only).
  const manual = summary.publishing === 'manual';
  const status = channel.status === 'disabled' ? 'disabled' : manual ? 'manual' : summary.status;
  const verify = useVerify(orgId, channel.id);
  const disconnect = useDisconnect(orgId, channel.id);
  const goManual = useConnect(orgId, channel.id);
  const [connecting, setConnecting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const name = channel.displayName;
  const headingId = `connection-${channel.id}`;
  const mayAct = canManage && channel.status !== 'disabled';
  const showManualBody = manual || (!Form && summary.status === 'not_connected');
  return (
    <li className="publishing-card" aria-labelledby={headingId}>
      <h3 className="publishing-card__title" id={headingId}>
        {t('connection.cardTitle', { name, network: networkLabel(t, channel.network) })}
      </h3>
      <p className="publishing-card__status">
        <span className={`publishing-connection publishing-connection--${status}`}>{t(`connection.status.${status}`)}</span>
        {summary.accountHandle && !manual && (
          <>
            {' · '}
            {t('connection.account')} :{' '}
            {summary.accountUrl ? (
              <a href={summary.accountUrl} target="_blank" rel="noreferrer">
                {summary.accountHandle}
              </a>
            ) : (
              summary.accountHandle
            )}
          </>
        )}
      </p>
      {showManualBody && <p>{t('connection.manualBody')}</p>}
      {connection?.serviceUrl && !manual && (
        <p className="pv-hint">
          {t('connection.server')} : {connection.serviceUrl}
          {connection.lastVerifiedAt && <> · {t('connection.lastVerified', { date: format.dateTime(connection.lastVerifiedAt) })}</>}
        </p>
      )}
      {status === 'reconnect_required' && (
        <Alert tone="warning" title={t('connection.status.reconnect_required')}>
          <p>{t('connection.reconnectHint')}</p>
          {connection?.lastError && <p>{t('connection.lastError', { message: connection.lastError })}</p>}
        </Alert>
      )}
      {status === 'disabled' && canManage && <p className="pv-hint">{t('connection.disabledHint')}</p>}
      {!manual && <ConnectionLimits network={channel.network} limits={summary.limits} />}
      <VerifyOutcome verify={verify} />
      <PlatformError error={goManual.error} />
      {mayAct && (
        <div className="publishing-card__actions">
          {Form && summary.status === 'not_connected' && (
            <Button onClick={() => setConnecting(true)} aria-label={`${t('connection.connect')} : ${name}`}>
              {t('connection.connect')}
            </Button>
          )}
          {Form && summary.status === 'reconnect_required' && (
            <Button onClick={() => setConnecting(true)} aria-label={`${t('connection.reconnect')} : ${name}`}>
              {t('connection.reconnect')}
            </Button>
          )}
          {summary.status === 'connected' && !manual && (
            <MutationButton variant="secondary" mutation={verify} onClick={() => verify.mutate()} aria-label={`${t('connection.verify')} : ${name}`}>
              {t('connection.verify')}
            </MutationButton>
          )}
          {summary.status === 'not_connected' && (
            <MutationButton
              variant={Form ? 'tertiary' : 'primary'}
              mutation={goManual}
              onClick={() => goManual.mutate({ publishing: 'manual' })}
              aria-label={`${t('connection.goManual')} : ${name}`}
            >
              {t('connection.goManual')}
            </MutationButton>
          )}
          {summary.status !== 'not_connected' && (
            <Button variant="tertiary" onClick={() => setConfirming(true)} aria-label={`${t(manual ? 'connection.stopManual' : 'connection.disconnect')} : ${name}`}>
              {t(manual ? 'connection.stopManual' : 'connection.disconnect')}
            </Button>
          )}
        </div>
      )}
      {Form && (
        <Dialog open={connecting} title={t('connect.title', { name })} onClose={() => setConnecting(false)} size="large">
          <Form channelId={channel.id} serviceUrl={connection?.serviceUrl ?? null} onDone={() => setConnecting(false)} onCancel={() => setConnecting(false)} />
        </Dialog>
      )}
      <ConfirmDialog
        open={confirming}
        title={t(manual ? 'connection.stopManualTitle' : 'connection.disconnectTitle', { name })}
        confirmLabel={t(manual ? 'connection.stopManual' : 'connection.disconnect')}
        busy={disconnect.isPending}
        onCancel={() => {
          disconnect.reset();
          setConfirming(false);
        }}
        onConfirm={() => disconnect.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      >
        <p>{t('connection.disconnectBody')}</p>
        <PlatformError error={disconnect.error} />
      </ConfirmDialog>
    </li>
  );
}
