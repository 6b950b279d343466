import { useServerFieldErrors } from '@parvis/web/shared';
import { Button, MutationButton, TextField } from '@parvis/web/ui';
import { useForm } from 'react-hook-form';
import { usePublishing, usePublishingT } from '../common/use-publishing';
import { useConnect, useStartOAuth } from '../data/connection';
import { PlatformError } from '../status/platform-error';
import { browser } from './browser';

export const DEFAULT_PDS_URL = 'https://bsky.social';

const FULL_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

interface FormProps {
  channelId: string;
  /** The address the connection had (a reconnection starts from it). */
  serviceUrl: string | null;
  onDone: () => void;
  onCancel: () => void;
}

function useRules() {
  const { t } = usePublishingT();
  const required = { validate: (value: string) => value.trim() !== '' || t('connect.required') };
  const url = { validate: (value: string) => (value.trim() === '' ? t('connect.required') : FULL_URL.test(value.trim()) || t('connect.badUrl')) };
  return { required, url };
}

/** Bluesky: a PDS (bsky.social by default), the handle and an app password. */
export function BlueskyConnectForm({ channelId, serviceUrl, onDone, onCancel }: FormProps) {
  const { t } = usePublishingT();
  const { orgId } = usePublishing();
  const connect = useConnect(orgId, channelId);
  const placeErrors = useServerFieldErrors();
  const rules = useRules();
  type Values = { serviceUrl: string; identifier: string; appPassword: string };
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: { serviceUrl: serviceUrl ?? DEFAULT_PDS_URL, identifier: '', appPassword: '' },
  });
  const onSubmit = handleSubmit((values) =>
    connect
      .mutateAsync({ serviceUrl: values.serviceUrl.trim(), fields: { identifier: values.identifier.trim().replace(/^@/, ''), appPassword: values.appPassword.trim() } })
      .then(onDone, (error: unknown) => {
        placeErrors(error, setError, ['serviceUrl'], { 'fields.identifier': 'identifier', 'fields.appPassword': 'appPassword' });
      }),
  );
  return (
    <form className="publishing-form" onSubmit={onSubmit} noValidate>
      <PlatformError error={connect.error} />
      <TextField label={t('connect.bluesky.pds')} hint={t('connect.bluesky.pdsHint')} type="url" inputMode="url" autoComplete="url" required error={formState.errors.serviceUrl?.message} {...register('serviceUrl', rules.url)} />
      <TextField label={t('connect.bluesky.handle')} hint={t('connect.bluesky.handleHint')} autoComplete="username" autoCapitalize="none" spellCheck={false} required error={formState.errors.identifier?.message} {...register('identifier', rules.required)} />
      <TextField
        label={t('connect.bluesky.appPassword')}
        hint={t('connect.bluesky.appPasswordHint')}
        type="password"
        autoComplete="off"
        required
        error={formState.errors.appPassword?.message}
        {...register('appPassword', rules.required)}
      />
      <details className="pv-disclosure publishing-explain">
        <summary>{t('connect.bluesky.whatTitle')}</summary>
        <p>{t('connect.bluesky.what')}</p>
      </details>
      <div className="pv-dialog__actions">
        <Button variant="secondary" onClick={onCancel}>
          {t('connect.cancel')}
        </Button>
        <MutationButton type="submit" mutation={connect}>
          {t('connect.submit')}
        </MutationButton>
      </div>
    </form>
  );
}

/** Mastodon: the instance, then its authorisation page (OAuth), or a pasted access token. */
export function MastodonConnectForm({ channelId, serviceUrl, onDone, onCancel }: FormProps) {
  const { t } = usePublishingT();
  const { orgId } = usePublishing();
  const connect = useConnect(orgId, channelId);
  const oauth = useStartOAuth(orgId, channelId);
  const placeErrors = useServerFieldErrors();
  const rules = useRules();
  type Values = { serviceUrl: string; accessToken: string };
  const { register, handleSubmit, setError, formState, clearErrors } = useForm<Values>({ defaultValues: { serviceUrl: serviceUrl ?? '', accessToken: '' } });
  const fail = (error: unknown) => {
    placeErrors(error, setError, ['serviceUrl'], { 'fields.accessToken': 'accessToken' });
  };
  const startOAuth = handleSubmit((values) => {
    connect.reset();
    return oauth.mutateAsync(values.serviceUrl.trim()).then(({ authorizationUrl }) => browser.assign(authorizationUrl), fail);
  });
  const withToken = () => {
    clearErrors();
    oauth.reset();
    void handleSubmit((values) => {
      if (values.accessToken.trim() === '') {
        setError('accessToken', { type: 'required', message: t('connect.required') });
        return undefined;
      }
      return connect.mutateAsync({ serviceUrl: values.serviceUrl.trim(), fields: { accessToken: values.accessToken.trim() } }).then(onDone, fail);
    })();
  };
  return (
    <form className="publishing-form" onSubmit={startOAuth} noValidate>
      <PlatformError error={oauth.error ?? connect.error} />
      <TextField label={t('connect.mastodon.instance')} hint={t('connect.mastodon.instanceHint')} type="url" inputMode="url" autoComplete="url" required error={formState.errors.serviceUrl?.message} {...register('serviceUrl', rules.url)} />
      <fieldset className="publishing-fieldset">
        <legend>{t('connect.mastodon.oauthTitle')}</legend>
        <p className="pv-hint">{t('connect.mastodon.oauthBody')}</p>
        <MutationButton type="submit" mutation={oauth}>
          {t('connect.mastodon.oauthSubmit')}
        </MutationButton>
      </fieldset>
      <fieldset className="publishing-fieldset">
        <legend>{t('connect.mastodon.tokenTitle')}</legend>
        <p className="pv-hint">{t('connect.mastodon.tokenBody')}</p>
        <TextField label={t('connect.mastodon.token')} type="password" autoComplete="off" error={formState.errors.accessToken?.message} {...register('accessToken')} />
        <MutationButton variant="secondary" mutation={connect} onClick={withToken}>
          {t('connect.mastodon.tokenSubmit')}
        </MutationButton>
      </fieldset>
      <div className="pv-dialog__actions">
        <Button variant="secondary" onClick={onCancel}>
          {t('connect.cancel')}
        </Button>
      </div>
    </form>
  );
}
