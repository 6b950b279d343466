import { Button, EmptyState, LoadingState, Page, Section, SelectField, TableScroll, TextField } from '@parvis/web/ui';
import { ApiErrorState, useDateTimeFormat, useDocumentTitle } from '@parvis/web/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useGovernance } from '../common/use-governance';
import { useAllMembers } from '../data/governance-api';
import {
  auditEventsQueryOptions,
  auditExportUrl,
  auditQuery,
  filtersFromSearch,
  isUuid,
  NO_FILTERS,
  searchFromFilters,
  type AuditEvent,
  type AuditFilters,
} from './audit-api';
import { isKnownAction, isKnownObjectType, KNOWN_ACTIONS, KNOWN_OBJECT_TYPES } from './audit-labels';

/**
 * « Journal d'audit »: the organisation's audit log, filtered (the filters live in the page's address:
 * a reload or a shared link shows the same events), page by page, exported for the archives.
 */
export function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('audit.title'));
  const { orgId, timeZone, may } = useGovernance();
  const [search, setSearch] = useSearchParams();
  const applied = filtersFromSearch(search);
  const apply = (filters: AuditFilters) => setSearch(searchFromFilters(filters));
  const query = auditQuery(applied, timeZone);
  return (
    <Page title={t('audit.title')} description={<p>{t('audit.lead', { zone: timeZone })}</p>}>
      {may('audit.read') ? (
        <>
          {/* Keyed by the address: a link or « back » that changes the filters resets the form to them. */}
          <AuditFilterForm key={searchFromFilters(applied).toString()} orgId={orgId} applied={applied} onApply={apply} />
          <AuditExport orgId={orgId} query={query} />
          <AuditTable orgId={orgId} query={query} timeZone={timeZone} />
        </>
      ) : (
        <p>{t('audit.notAllowed')}</p>
      )}
    </Page>
  );
}

function AuditFilterForm({ orgId, applied, onApply }: { orgId: string; applied: AuditFilters; onApply: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const members = useAllMembers(orgId);
  const [draft, setDraft] = useState<AuditFilters>(applied);
  const [checked, setChecked] = useState(false);
  const periodInvalid = draft.fromDate !== '' && draft.toDate !== '' && draft.toDate < draft.fromDate;
  const objectIdInvalid = draft.objectId.trim() !== '' && !isUuid(draft.objectId.trim());
  const set = (field: keyof AuditFilters) => (event: { target: { value: string } }) => setDraft({ ...draft, [field]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!periodInvalid && !objectIdInvalid) onApply({ ...draft, objectId: draft.objectId.trim().toLowerCase() });
  };
  // A member no longer listed (removed since) keeps a choice of their own, so a shared link still reads.
  const actorListed = draft.actorMembershipId === '' || members.members.some((member) => member.id === draft.actorMembershipId);
  return (
    <Section title={t('audit.filtersTitle')}>
      <form className="gov-audit-filters" onSubmit={submit} noValidate>
        <TextField type="date" label={t('audit.from')} value={draft.fromDate} onChange={set('fromDate')} />
        <TextField type="date" label={t('audit.to')} value={draft.toDate} onChange={set('toDate')} error={periodInvalid ? t('audit.periodInvalid') : undefined} />
        <SelectField label={t('audit.action')} value={draft.action} onChange={set('action')}>
          <option value="">{t('audit.all')}</option>
          {KNOWN_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`audit.actions.${action}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('audit.actor')}
          value={draft.actorMembershipId}
          onChange={set('actorMembershipId')}
          hint={members.truncated ? t('audit.actorTruncated') : undefined}
          error={members.isError ? t('audit.actorUnavailable') : undefined}
        >
          <option value="">{t('audit.allActors')}</option>
          {!actorListed && <option value={draft.actorMembershipId}>{t('audit.unlistedActor', { id: draft.actorMembershipId.slice(0, 8) })}</option>}
          {members.members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.displayName}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('audit.objectType')} value={draft.objectType} onChange={set('objectType')}>
          <option value="">{t('audit.allTypes')}</option>
          {KNOWN_OBJECT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`audit.types.${type}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          className="gov-audit-filters__wide"
          label={t('audit.objectId')}
          hint={t('audit.objectIdHint')}
          value={draft.objectId}
          onChange={set('objectId')}
          spellCheck={false}
          autoComplete="off"
          error={checked && objectIdInvalid ? t('audit.objectIdInvalid') : undefined}
        />
        <div className="gov-audit-filters__actions">
          <Button type="submit">{t('audit.apply')}</Button>
          <Button
            type="button"
            variant="tertiary"
            onClick={() => {
              setDraft(NO_FILTERS);
              onApply(NO_FILTERS);
            }}
          >
            {t('audit.clear')}
          </Button>
        </div>
      </form>
    </Section>
  );
}

function AuditExport({ orgId, query }: { orgId: string; query: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <Section title={t('audit.exportTitle')}>
      <p>{t('audit.exportHelp')}</p>
      <p className="gov-audit-export">
        <a className="pv-button pv-button--secondary" href={auditExportUrl(orgId, query, 'csv')} download>
          {t('audit.exportCsv')}
        </a>{' '}
        <a className="pv-button pv-button--secondary" href={auditExportUrl(orgId, query, 'json')} download>
          {t('audit.exportJson')}
        </a>
      </p>
    </Section>
  );
}

function AuditTable({ orgId, query, timeZone }: { orgId: string; query: Record<string, string>; timeZone: string }) {
  const { t } = useTranslation();
  const events = useInfiniteQuery({ ...auditEventsQueryOptions(orgId, query), retry: false });
  const { dateTime } = useDateTimeFormat(timeZone);
  // A failed first page replaces the table; a failed next page is shown under the rows already read.
  if (!events.data) return events.isError ? <ApiErrorState error={events.error} onRetry={() => void events.refetch()} /> : <LoadingState />;
  const items = events.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <EmptyState title={t('audit.empty')} />;
  return (
    <div className="stack">
      <TableScroll label={t('audit.tableLabel')}>
        {/* On a phone each event is a card, each value named by its column (no sideways scroll). */}
        <table className="pv-table gov-table--stacked">
          <caption className="pv-sr-only">{t('audit.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.object')}</th>
              <th scope="col">{t('audit.justification')}</th>
              <th scope="col">{t('audit.clientAddress')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((event) => (
              <AuditRow key={event.id} event={event} format={dateTime} />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p aria-live="polite">{t('audit.count', { count: items.length })}</p>
      {events.hasNextPage && (
        <Button type="button" variant="secondary" busy={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
          {t('audit.more')}
        </Button>
      )}
      {events.isFetchNextPageError && <ApiErrorState error={events.error} onRetry={() => void events.fetchNextPage()} />}
    </div>
  );
}

function AuditRow({ event, format }: { event: AuditEvent; format: (iso: string) => string }) {
  const { t } = useTranslation();
  const type = isKnownObjectType(event.objectType) ? t(`audit.types.${event.objectType}`) : event.objectType;
  return (
    <tr>
      <td className="gov-audit-at">
        <time dateTime={event.at}>{format(event.at)}</time>
      </td>
      <td data-label={t('audit.actor')}>{event.actorMembershipId === null && !event.actorName ? t('audit.system') : event.actorName}</td>
      <td data-label={t('audit.action')}>{isKnownAction(event.action) ? t(`audit.actions.${event.action}`) : <code>{event.action}</code>}</td>
      <td data-label={t('audit.object')}>
        {type}
        {event.objectId && (
          <>
            {' '}
            <Link
              className="gov-audit-id"
              to={{ search: searchFromFilters({ ...NO_FILTERS, objectType: event.objectType, objectId: event.objectId }).toString() }}
              aria-label={t('audit.objectHistory', { type, id: event.objectId.slice(0, 8) })}
              title={t('audit.objectHistory', { type, id: event.objectId.slice(0, 8) })}
            >
              {event.objectId.slice(0, 8)}
            </Link>
          </>
        )}
      </td>
      <td data-label={t('audit.justification')} className={event.justification ? undefined : 'gov-table__empty'}>
        {event.justification ?? ''}
      </td>
      <td data-label={t('audit.clientAddress')} className={event.clientAddress ? undefined : 'gov-table__empty'}>
        {event.clientAddress ?? ''}
      </td>
    </tr>
  );
}
