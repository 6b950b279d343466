import type { Brief } from '@parvis/web/data-access';
import { apiError, FetchStub, json, lyon, meFixture } from '@parvis/web/shared/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInLyon } from '../../testing/render-planning';
import type { PlanningOptions } from '../common/use-planning-options';
import { BriefActions } from './brief-actions';
import { BriefForm } from './brief-form';

const mine: Brief = {
  id: 'brief-1',
  version: 3,
  title: 'Fête de la musique',
  body: 'Programme des scènes',
  status: 'idea',
  themeId: null,
  themeColor: null,
  campaignId: null,
  audienceIds: [],
  channelIds: [],
  networks: [],
  plannedAt: '2026-06-21T16:00:00.000Z',
  plannedLocal: { date: '2026-06-21', time: '18:00' },
  draftDueDate: null,
  assignee: null,
  updatedAt: '2026-06-01T08:00:00.000Z',
};
// Saved meanwhile in another tab: a new title and a new time.
const theirs: Brief = { ...mine, version: 4, title: 'Fête de la musique 2026', plannedLocal: { date: '2026-06-21', time: '20:00' } };

const options: PlanningOptions = { themes: [], campaigns: [], audiences: [], channels: [], members: [], isPending: false };

describe('BriefForm and a concurrent edit (412 VERSION_MISMATCH)', () => {
  it('sends If-Match, shows both versions on 412, and keeping mine resends it with the current version', async () => {
    let patches = 0;
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role: 'editor', organization: lyon }]))
      .on('PATCH', '/api/orgs/org-lyon/briefs/brief-1', (request) =>
        ++patches === 1
          ? apiError(412, 'VERSION_MISMATCH', 'Stale', { current: theirs })
          : json(200, { ...theirs, ...(request.body as object), version: 5 }),
      )
      .install();
    const done = vi.fn();
    await renderInLyon(<BriefForm brief={mine} options={options} onDone={done} />);
    const user = userEvent.setup();
    const title = await screen.findByLabelText(/^Titre/);
    await user.clear(title);
    await user.type(title, 'Fête de la musique, version de Camille');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const dialog = await screen.findByRole('dialog', { name: 'Quelqu’un d’autre a modifié cet élément' });
    const titleRow = within(dialog).getByRole('row', { name: /^Titre/ });
    expect(within(titleRow).getByText('Fête de la musique, version de Camille')).toBeTruthy();
    expect(within(titleRow).getByText('Fête de la musique 2026')).toBeTruthy();
    expect(within(dialog).getByRole('row', { name: /^Date de publication/ }).textContent).toContain('à 20:00');
    // The 412 is the dialog's business, not an error above the form.
    expect(screen.queryByText('L’opération n’a pas abouti')).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Garder ma version' }));
    await waitFor(() => expect(done).toHaveBeenCalledTimes(1));
    const [first, second] = stub.sent('PATCH', '/api/orgs/org-lyon/briefs/brief-1');
    expect(first?.body).toMatchObject({ title: 'Fête de la musique, version de Camille', plannedTime: '18:00' });
    expect(second?.body).toEqual(first?.body);
    // The version shown, then the current one the dialog showed (contract A).
    expect([first, second].map((request) => request?.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
  });

  it('a deletion of a brief changed meanwhile shows what changed; "Supprimer quand même" deletes the current version', async () => {
    let deletes = 0;
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role: 'editor', organization: lyon }]))
      .on('DELETE', '/api/orgs/org-lyon/briefs/brief-1', () =>
        ++deletes === 1 ? apiError(412, 'VERSION_MISMATCH', 'Stale', { current: theirs }) : json(204),
      )
      .install();
    await renderInLyon(<BriefActions brief={mine} options={options} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Supprimer le sujet' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Supprimer le sujet' })).getByRole('button', { name: 'Supprimer' }));

    const dialog = await screen.findByRole('dialog', { name: 'Quelqu’un d’autre a modifié cet élément' });
    expect(within(dialog).getByRole('row', { name: /^Titre/ }).textContent).toContain('Fête de la musique 2026');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer quand même' }));
    await waitFor(() => expect(stub.sent('DELETE', '/api/orgs/org-lyon/briefs/brief-1')).toHaveLength(2));
    expect(stub.sent('DELETE', '/api/orgs/org-lyon/briefs/brief-1').map((r) => r.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(await screen.findByText('Page : /orgs/org-lyon/calendar')).toBeTruthy();
  });
});
