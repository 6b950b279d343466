import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, json } from '@parvis/web/shared/testing';
import { defaultCircuit, inLyon, ORG } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

const legal = {
  id: 'c-legal',
  version: 5,
  name: 'Réserve électorale',
  kind: 'addition' as const,
  isDefault: false,
  priority: 10,
  condition: { electoralReserve: true },
  steps: [
    { name: 'Juridique', approverKind: 'members' as const, membershipIds: ['m-3'], quorum: 'all' as const, deadlineHours: 24 },
    { name: 'Élu de permanence', approverKind: 'external' as const, quorum: 'any' as const, deadlineHours: null },
  ],
};

describe('CircuitsPage', () => {
  it('lets an admin build a two-step circuit, reorder its steps with buttons and see server field errors', async () => {
    let posts = 0;
    const created: object[] = [];
    const stub = inLyon('admin')
      .on('GET', `${ORG}/circuits`, () => json(200, { items: [defaultCircuit, ...created] }))
      .on('POST', `${ORG}/circuits`, (request) => {
        posts += 1;
        if (posts === 1) return apiError(400, 'VALIDATION_FAILED', 'Invalid', [{ field: 'steps.1.membershipIds', messages: ['membershipIds contains a member unknown in this organisation'] }]);
        created.push({ ...legal, ...(request.body as object), id: 'c-new', version: 1, isDefault: false });
        return json(201, created[0]);
      });
    await renderApp('/orgs/org-lyon/settings/circuits');
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'Circuit par défaut' });
    expect(within(card).getByText('Par défaut')).toBeTruthy();
    expect(within(card).getByText(/Rôle : Responsable éditorial · un seul suffit/)).toBeTruthy();
    expect(within(card).getByText('Le circuit par défaut se modifie mais ne se supprime pas.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Nouveau circuit' }));
    const form = screen.getByRole('form', { name: 'Nouveau circuit' });
    await user.type(within(form).getByLabelText('Nom du circuit'), 'Culture sensible');
    await user.click(within(form).getByRole('checkbox', { name: 'Culture' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Bluesky' }));
    await user.selectOptions(within(form).getByLabelText('Posts sensibles'), 'Seulement les posts marqués sensibles');

    const first = within(form).getByRole('group', { name: 'Étape 1' });
    await user.type(within(first).getByLabelText('Nom de l’étape'), 'Direction de la communication');
    await user.selectOptions(within(first).getByLabelText('Qui valide'), 'Des membres nommés');
    await user.click(within(first).getByRole('checkbox', { name: 'Bruno Chef' }));
    await user.click(within(first).getByRole('checkbox', { name: 'Chloé Directrice' }));
    await user.selectOptions(within(first).getByLabelText('Combien doivent approuver'), 'Un nombre précis');
    await user.type(within(first).getByLabelText('Nombre d’approbations'), '3');
    await user.type(within(first).getByLabelText(/Délai en heures/), '48');

    await user.click(within(form).getByRole('button', { name: 'Ajouter une étape' }));
    const second = within(form).getByRole('group', { name: 'Étape 2' });
    await user.type(within(second).getByLabelText('Nom de l’étape'), 'Chef de service');
    await user.selectOptions(within(second).getByLabelText('Qui valide'), 'Le responsable du service de l’auteur');

    await user.click(within(form).getByRole('button', { name: 'Créer le circuit' }));
    expect(await within(first).findByText('Le nombre dépasse celui des membres choisis.')).toBeTruthy();
    expect(posts).toBe(0);
    await user.clear(within(first).getByLabelText('Nombre d’approbations'));
    await user.type(within(first).getByLabelText('Nombre d’approbations'), '2');

    // Move "Chef de service" first with the keyboard-reachable button; focus follows the moved step.
    await user.click(within(second).getByRole('button', { name: 'Monter l’étape 2' }));
    const moved = within(form).getByRole('group', { name: 'Étape 1' });
    expect((within(moved).getByLabelText('Nom de l’étape') as HTMLInputElement).value).toBe('Chef de service');
    await waitFor(() => expect(document.activeElement).toBe(within(moved).getByRole('button', { name: 'Descendre l’étape 1' })));
    expect(screen.getByText('Étape 1 déplacée.')).toBeTruthy();

    await user.click(within(form).getByRole('button', { name: 'Créer le circuit' }));
    await waitFor(() => expect(posts).toBe(1));
    // The API refused steps.1.membershipIds: the message sits in that step (the second since the move).
    const afterMove = within(form).getByRole('group', { name: 'Étape 2' });
    expect((within(afterMove).getByLabelText('Nom de l’étape') as HTMLInputElement).value).toBe('Direction de la communication');
    expect(await within(afterMove).findByText('Valeur refusée : vérifiez ce champ.')).toBeTruthy();

    await user.click(within(form).getByRole('button', { name: 'Créer le circuit' }));
    await waitFor(() => expect(posts).toBe(2));
    expect(stub.sent('POST', `${ORG}/circuits`)[1]?.body).toEqual({
      name: 'Culture sensible',
      kind: 'base',
      priority: 0,
      condition: { themeIds: ['t-1'], networks: ['bluesky'], sensitive: true },
      steps: [
        { name: 'Chef de service', approverKind: 'service_head', quorum: 'any', deadlineHours: null },
        { name: 'Direction de la communication', approverKind: 'members', membershipIds: ['m-2', 'm-3'], quorum: 'count', quorumCount: 2, deadlineHours: 48 },
      ],
    });
    expect(await screen.findByText('Circuit enregistré.')).toBeTruthy();
    // The new circuit's card takes the focus once the form closes.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Culture sensible' })));
  });

  it('puts a refused field next to its step', async () => {
    inLyon('admin')
      .on('GET', `${ORG}/circuits`, { items: [defaultCircuit] })
      .on('POST', `${ORG}/circuits`, apiError(400, 'VALIDATION_FAILED', 'Invalid', [{ field: 'steps.0.deadlineHours', messages: ['deadlineHours must not be greater than 720'] }]));
    await renderApp('/orgs/org-lyon/settings/circuits');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Nouveau circuit' }));
    const form = screen.getByRole('form', { name: 'Nouveau circuit' });
    await user.type(within(form).getByLabelText('Nom du circuit'), 'Rapide');
    await user.type(within(form).getByLabelText('Nom de l’étape'), 'Édito');
    await user.click(within(form).getByRole('button', { name: 'Créer le circuit' }));
    await waitFor(() => expect(within(form).getByLabelText(/Délai en heures/).getAttribute('aria-invalid')).toBe('true'));
  });

  it('says under the themes when the API refuses one (deleted meanwhile)', async () => {
    inLyon('admin')
      .on('GET', `${ORG}/circuits`, { items: [defaultCircuit] })
      .on('POST', `${ORG}/circuits`, apiError(400, 'VALIDATION_FAILED', 'Invalid', [{ field: 'condition.themeIds', messages: ['themeIds contains a theme unknown in this organisation'] }]));
    await renderApp('/orgs/org-lyon/settings/circuits');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Nouveau circuit' }));
    const form = screen.getByRole('form', { name: 'Nouveau circuit' });
    await user.type(within(form).getByLabelText('Nom du circuit'), 'Culture');
    await user.click(within(form).getByRole('checkbox', { name: 'Culture' }));
    await user.type(within(form).getByLabelText('Nom de l’étape'), 'Édito');
    await user.click(within(form).getByRole('button', { name: 'Créer le circuit' }));
    const themes = within(form).getByRole('group', { name: 'Thématiques' });
    expect(await within(themes).findByText('Valeur refusée : vérifiez ce champ.')).toBeTruthy();
  });

  it('edits only the changed fields with If-Match, and resolves a concurrent edit in the conflict dialog', async () => {
    let patches = 0;
    const stub = inLyon('admin')
      .on('GET', `${ORG}/circuits`, { items: [defaultCircuit, legal] })
      .on('PATCH', `${ORG}/circuits/c-legal`, (request) => {
        patches += 1;
        return patches === 1
          ? apiError(412, 'VERSION_MISMATCH', 'Stale', { current: { ...legal, version: 6, name: 'Réserve (DGS)' } })
          : json(200, { ...legal, ...(request.body as object), version: 7 });
      });
    await renderApp('/orgs/org-lyon/settings/circuits');
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'Réserve électorale' });
    expect(within(card).getByText(/Pendant une réserve électorale/)).toBeTruthy();
    expect(within(card).getByText(/Membres : Chloé Directrice · tous · délai 24 heures/)).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Modifier — Réserve électorale' }));
    const form = screen.getByRole('form', { name: 'Modifier le circuit Réserve électorale' });
    await user.clear(within(form).getByLabelText('Priorité'));
    await user.type(within(form).getByLabelText('Priorité'), '20');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer le circuit' }));

    const conflict = await screen.findByRole('dialog', { name: 'Quelqu’un d’autre a modifié cet élément' });
    expect(within(conflict).getByText('Réserve (DGS)')).toBeTruthy();
    await user.click(within(conflict).getByRole('button', { name: 'Garder ma version' }));
    await waitFor(() => expect(patches).toBe(2));
    const [first, second] = stub.sent('PATCH', `${ORG}/circuits/c-legal`);
    expect(first?.body).toEqual({ priority: 20 });
    expect(first?.headers.get('If-Match')).toBe('"5"');
    expect(second?.headers.get('If-Match')).toBe('"6"');
    expect(second?.body).toMatchObject({ name: 'Réserve électorale', priority: 20, kind: 'addition' });
  });

  it('deletes a circuit after confirmation', async () => {
    const stub = inLyon('admin').on('GET', `${ORG}/circuits`, { items: [defaultCircuit, legal] }).on('DELETE', `${ORG}/circuits/c-legal`, json(204));
    await renderApp('/orgs/org-lyon/settings/circuits');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Supprimer — Réserve électorale' }));
    await user.click(within(await screen.findByRole('dialog', { name: /Supprimer le circuit/ })).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() => expect(stub.sent('DELETE', `${ORG}/circuits/c-legal`)[0]?.headers.get('If-Match')).toBe('"5"'));
    expect(await screen.findByText('Circuit supprimé.')).toBeTruthy();
  });

  it('is read-only for other roles', async () => {
    inLyon('approver').on('GET', `${ORG}/circuits`, { items: [defaultCircuit, legal] });
    await renderApp('/orgs/org-lyon/settings/circuits');
    const card = await screen.findByRole('article', { name: 'Réserve électorale' });
    expect(within(card).getByText(/Personne extérieure \(lien par courriel\) · un seul suffit/)).toBeTruthy();
    expect(screen.getByText('Seuls les administrateurs peuvent modifier ces réglages.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Nouveau circuit|Modifier|Supprimer/ })).toBeNull();
  });
});
