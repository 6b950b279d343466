import {
  NETWORKS,
  channelsQueryOptions,
  useCreateChannel,
  useDeleteChannel,
  useUpdateChannel,
  type Channel,
  type Network,
} from '@parvis/web/data-access';
import { FormError, MutationButton, useDocumentTitle } from '@parvis/web/shared';
import { Alert, Button, ConfirmDialog, EmptyState, ErrorState, LoadingState, Page, Section, SelectField, TextField } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { useForm } from 'react-hook-form';
import { usePlanning, usePlanningT } from '../common/use-planning';

/** The accounts' connection part of the page, from another library (the app composes it: feature-publishing). */
export type ChannelConnectionsPanel = ComponentType<{ channels: readonly Channel[]; canManage: boolean }>;

/** `/orgs/:orgId/channels`: the organisation's accounts (write: admin), and their connection when the app adds it. */
export function ChannelsPage({ connections: Connections }: { connections?: ChannelConnectionsPanel }) {
  const { t } = usePlanningT();
  const { orgId, isAdmin } = usePlanning();
  useDocumentTitle(t('channels.title'));
  const channels = useQuery(channelsQueryOptions(orgId));
  const update = useUpdateChannel(orgId);
  const remove = useDeleteChannel(orgId);
  const [deleting, setDeleting] = useState<Channel | null>(null);
  return (
    <Page title={t('channels.title')} description={<p>{t('channels.lead')}</p>}>
      {!isAdmin && <Alert tone="info">{t('channels.adminOnly')}</Alert>}
      {channels.isPending && <LoadingState />}
      {channels.isError && <ErrorState error={channels.error} onRetry={() => void channels.refetch()} />}
      {channels.data && channels.data.items.length === 0 && <EmptyState title={t('channels.empty')} />}
      <FormError error={update.error} />
      {channels.data && channels.data.items.length > 0 && (
        <table className="planning-table planning-table--stacked">
          <caption className="pv-sr-only">{t('channels.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('channels.displayName')}</th>
              <th scope="col">{t('channels.network')}</th>
              <th scope="col">{t('channels.handle')}</th>
              <th scope="col">{t('channels.status')}</th>
              {isAdmin && <th scope="col">{t('channels.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {channels.data.items.map((channel) => (
              <tr key={channel.id}>
                <th scope="row">{channel.displayName}</th>
                <td data-label={t('channels.network')}>{t(`network.${channel.network}`)}</td>
                <td data-label={t('channels.handle')}>{channel.handle}</td>
                <td data-label={t('channels.status')}>
                  <ChannelStatusLabel channel={channel} />
                </td>
                {isAdmin && (
                  <td className="planning-table__actions">
                    <MutationButton
                      variant="secondary"
                      mutation={{ isPending: update.isPending && update.variables?.id === channel.id }}
                      onClick={() =>
                        update.mutate({ id: channel.id, input: { status: channel.status === 'disabled' ? 'not_connected' : 'disabled' } })
                      }
                    >
                      {channel.status === 'disabled' ? t('channels.enable') : t('channels.disable')}
                      <span className="pv-sr-only"> : {channel.displayName}</span>
                    </MutationButton>
                    <Button variant="tertiary" onClick={() => setDeleting(channel)}>
                      {t('common.delete')}
                      <span className="pv-sr-only"> : {channel.displayName}</span>
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {Connections && channels.data && channels.data.items.length > 0 && <Connections channels={channels.data.items} canManage={isAdmin} />}
      {isAdmin && <AddChannel />}
      <ConfirmDialog
        open={deleting !== null}
        title={t('editorialLine.deleteItem', { name: deleting?.displayName ?? '' })}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      >
        <p>{t('editorialLine.deleteConfirm', { name: deleting?.displayName ?? '' })}</p>
        <FormError error={remove.error} />
      </ConfirmDialog>
    </Page>
  );
}

/** The channel's state in words; a connected channel published by hand says so (to every role), not « Connecté ». */
function ChannelStatusLabel({ channel }: { channel: Channel }) {
  const { t } = usePlanningT();
  const status = channel.status === 'connected' && channel.connection.publishing === 'manual' ? 'manual' : channel.status;
  return <span className={`planning-channel-status planning-channel-status--${status}`}>{t(`channelStatus.${status}`)}</span>;
}

function AddChannel() {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const create = useCreateChannel(orgId);
  const { register, handleSubmit, reset, formState } = useForm<{ network: Network; handle: string; displayName: string }>({
    defaultValues: { network: 'bluesky', handle: '', displayName: '' },
  });
  const required = { required: t('common.required'), validate: (v: string) => v.trim() !== '' || t('common.required') };
  const onSubmit = handleSubmit((input) => create.mutateAsync(input).then(() => reset(), () => undefined));
  return (
    <Section title={t('channels.add')}>
      <form className="planning-form__row" onSubmit={onSubmit} noValidate>
        <FormError error={create.error} />
        <SelectField label={t('channels.network')} {...register('network')}>
          {NETWORKS.map((network) => (
            <option key={network} value={network}>
              {t(`network.${network}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('channels.handle')} hint={t('channels.handleHint')} required error={formState.errors.handle?.message} {...register('handle', required)} />
        <TextField label={t('channels.displayName')} required error={formState.errors.displayName?.message} {...register('displayName', required)} />
        <MutationButton type="submit" mutation={create}>
          {t('channels.add')}
        </MutationButton>
      </form>
    </Section>
  );
}
