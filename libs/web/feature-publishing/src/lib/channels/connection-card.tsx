import type { Channel } from '@parvis/web/data-access';
import { useDateTimeFormat } from '@parvis/web/shared';
import { Alert, Button, ConfirmDialog, Dialog, MutationButton } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { usePublishing, usePublishingT } from '../common/use-publishing';
import { connectionQueryOptions, useDisconnect, useVerify } from '../data/connection';
import { networkLabel } from '../status/labels';
import { PlatformError } from '../status/platform-error';
import { BlueskyConnectForm, MastodonConnectForm } from './connect-forms';
import { ConnectionLimits } from './connection-limits';

interface ConnectFormProps {
  channelId: string;
  serviceUrl: string | null;
  onDone: () => void;
  onCancel: () => void;
}

/** How each network's account is connected; a network without one is published by a person. */
const CONNECT_FORMS: Partial<Record<string, ComponentType<ConnectFormProps>>> = {
  bluesky: BlueskyConnectForm,
  mastodon: MastodonConnectForm,
};

export function ConnectionCard({ channel, canManage }: { channel: Channel; canManage: boolean }) {
  const { t } = usePublishingT();
  const network = networkLabel(t, channel.network);
  const Form = CONNECT_FORMS[channel.network];
  const headingId = `connection-${channel.id}`;
  return (
    <li className="publishing-card" aria-labelledby={headingId}>
      <h3 className="publishing-card__title" id={headingId}>
        {t('connection.cardTitle', { name: channel.displayName, network })}
      </h3>
      {Form ? (
        <ConnectedAccount channel={channel} canManage={canManage} Form={Form} />
      ) : (
        <div className="publishing-manual">
          <p className="publishing-card__status">{t('connection.manualTitle')}</p>
          <p>{t('connection.manualBody')}</p>
        </div>
      )}
    </li>
  );
}

function ConnectedAccount({ channel, canManage, Form }: { channel: Channel; canManage: boolean; Form: ComponentType<ConnectFormProps> }) {
  const { t } = usePublishingT();
  const { orgId, timeZone } = usePublishing();
  const format = useDateTimeFormat(timeZone);
  const summary = channel.connection;
  const status = channel.status === 'disabled' ? 'disabled' : summary.status;
  // The details (server, last check, the server's last words) are for those who manage the connection.
  const details = useQuery({ ...connectionQueryOptions(orgId, channel.id), enabled: canManage && summary.status !== 'not_connected' });
  const verify = useVerify(orgId, channel.id);
  const disconnect = useDisconnect(orgId, channel.id);
  const [connecting, setConnecting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const connection = details.data;
  const lastError = connection?.lastError;
  const name = channel.displayName;
  return (
    <>
      <p className="publishing-card__status">
        <span className={`publishing-connection publishing-connection--${status}`}>{t(`connection.status.${status}`)}</span>
        {summary.accountHandle && (
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
      {connection?.serviceUrl && (
        <p className="pv-hint">
          {t('connection.server')} : {connection.serviceUrl}
          {connection.lastVerifiedAt && <> · {t('connection.lastVerified', { date: format.dateTime(connection.lastVerifiedAt) })}</>}
        </p>
      )}
      {status === 'reconnect_required' && (
        <Alert tone="warning" title={t('connection.status.reconnect_required')}>
          <p>{t('connection.reconnectHint')}</p>
          {lastError && <p>{t('connection.lastError', { message: lastError })}</p>}
        </Alert>
      )}
      {status === 'disabled' && canManage && <p className="pv-hint">{t('connection.disabledHint')}</p>}
      <ConnectionLimits network={channel.network} limits={summary.limits} />
      <VerifyOutcome verify={verify} />
      {canManage && status !== 'disabled' && (
        <div className="publishing-card__actions">
          {summary.status === 'not_connected' && <Button onClick={() => setConnecting(true)} aria-label={`${t('connection.connect')} : ${name}`}>{t('connection.connect')}</Button>}
          {summary.status === 'reconnect_required' && (
            <Button onClick={() => setConnecting(true)} aria-label={`${t('connection.reconnect')} : ${name}`}>
              {t('connection.reconnect')}
            </Button>
          )}
          {summary.status === 'connected' && (
            <MutationButton variant="secondary" mutation={verify} onClick={() => verify.mutate()} aria-label={`${t('connection.verify')} : ${name}`}>
              {t('connection.verify')}
            </MutationButton>
          )}
          {summary.status !== 'not_connected' && (
            <Button variant="tertiary" onClick={() => setConfirming(true)} aria-label={`${t('connection.disconnect')} : ${name}`}>
              {t('connection.disconnect')}
            </Button>
          )}
        </div>
      )}
      <Dialog open={connecting} title={t('connect.title', { name })} onClose={() => setConnecting(false)} size="large">
        <Form channelId={channel.id} serviceUrl={connection?.serviceUrl ?? null} onDone={() => setConnecting(false)} onCancel={() => setConnecting(false)} />
      </Dialog>
      <ConfirmDialog
        open={confirming}
        title={t('connection.disconnectTitle', { name })}
        confirmLabel={t('connection.disconnect')}
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
    </>
  );
}

function VerifyOutcome({ verify }: { verify: ReturnType<typeof useVerify> }) {
  const { t } = usePublishingT();
  if (verify.error) return <PlatformError error={verify.error} />;
  const result = verify.data;
  if (!result) return null;
  if (result.ok) return <Alert tone="success">{t('connection.verifyOk', { account: result.connection.accountHandle ?? '' })}</Alert>;
  return (
    <Alert tone="error" title={t('connection.verifyFailed')}>
      {result.message && <p>{t('connection.platformWords', { message: result.message })}</p>}
    </Alert>
  );
}
