import { ALL_ROLES, can, DEFAULT_TIME_ZONE, type OrgAction } from '@parvis/shared/domain';
import { LANGUAGES, useCurrentOrg } from '@parvis/web/shared';
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PUBLISHING_NAMESPACE, publishingResources } from '../i18n';

/**
 * The publishing strings, registered on first use: the channels page (planning's chunk) and the composer
 * page embed pieces of this library without loading its own chunk first.
 */
export function ensurePublishingStrings(instance: i18n): void {
  for (const language of LANGUAGES) {
    if (!instance.hasResourceBundle(language, PUBLISHING_NAMESPACE)) {
      instance.addResourceBundle(language, PUBLISHING_NAMESPACE, publishingResources[language], true, false);
    }
  }
}

export function usePublishingT() {
  const translation = useTranslation(PUBLISHING_NAMESPACE);
  ensurePublishingStrings(translation.i18n);
  return translation;
}

export interface PublishingContext {
  orgId: string;
  timeZone: string;
  may: (action: OrgAction) => boolean;
}

/** The organisation of the route, its time zone and what the signed-in member may do in it. */
export function usePublishing(): PublishingContext {
  const { orgId, membership } = useCurrentOrg();
  const role = ALL_ROLES.find((known) => known === membership?.role);
  return {
    orgId,
    timeZone: membership?.organization.timeZone ?? DEFAULT_TIME_ZONE,
    may: (action) => role !== undefined && can(role, action),
  };
}
