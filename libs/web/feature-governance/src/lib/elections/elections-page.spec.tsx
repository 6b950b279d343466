import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, json } from '@parvis/web/shared/testing';
import { inLyon, ORG } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

const municipales = {
  id: 'e-1',
  version: 3,
  type: 'municipales',
  firstRound: '2026-03-15',
  secondRound: '2026-03-22',
  territory: 'Ville de Lyon',
  legalApproverMembershipId: 'm-3',
  reserveFirstDay: '2025-09-01',
  reserveLastDay: '2026-03-22',
};

describe('ElectionsPage', () => {
  it('lists the elections with their réserve and declares one, with server field errors next to the field', async () => {
    const stub = inLyon('admin')
      .on('GET', `${ORG}/elections`, { items: [municipales], inReserveNow: false })
      .on('POST', `${ORG}/elections`, (request) =>
        (request.body as { legalApproverMembershipId: string }).legalApproverMembershipId === 'm-2'
          ? apiError(400, 'VALIDATION_FAILED', 'Invalid', [{ field: 'legalApproverMembershipId', messages: ['legalApproverMembershipId is unknown'] }])
          : json(201, { ...municipales, id: 'e-2' }),
      );
    await renderApp('/orgs/org-lyon/settings/elections');
    const user = userEvent.setup();
    const row = await screen.findByRole('row', { name: /Municipales — Ville de Lyon/ });
    expect(within(row).getByText('du 1 septembre 2025 au 22 mars 2026')).toBeTruthy();
    expect(within(row).getByText('Chloé Directrice')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Déclarer l’élection' }));
    await waitFor(() => expect(screen.getByLabelText('Élection').getAttribute('aria-invalid')).toBe('true'));
    await user.selectOptions(screen.getByLabelText('Élection'), 'Régionales');
    await user.type(screen.getByLabelText('Premier tour'), '2027-03-21');
    await user.type(screen.getByLabelText('Second tour (facultatif)'), '2027-03-14');
    await user.type(screen.getByLabelText(/Territoire/), 'Région Auvergne-Rhône-Alpes');
    await user.selectOptions(screen.getByLabelText(/Validation juridique ou DGS/), 'Chloé Directrice');
    await user.click(screen.getByRole('button', { name: 'Déclarer l’élection' }));
    expect(await screen.findByText('Le second tour doit avoir lieu après le premier.')).toBeTruthy();
    expect(stub.sent('POST', `${ORG}/elections`)).toHaveLength(0);

    await user.clear(screen.getByLabelText('Second tour (facultatif)'));
    await user.selectOptions(screen.getByLabelText(/Validation juridique ou DGS/), 'Bruno Chef');
    await user.click(screen.getByRole('button', { name: 'Déclarer l’élection' }));
    await waitFor(() => expect(screen.getByLabelText(/Validation juridique ou DGS/).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Valeur refusée : vérifiez ce champ.')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText(/Validation juridique ou DGS/), 'Chloé Directrice');
    await user.click(screen.getByRole('button', { name: 'Déclarer l’élection' }));
    await waitFor(() =>
      expect(stub.sent('POST', `${ORG}/elections`)[1]?.body).toEqual({
        type: 'regionales',
        firstRound: '2027-03-21',
        secondRound: null,
        territory: 'Région Auvergne-Rhône-Alpes',
        legalApproverMembershipId: 'm-3',
      }),
    );
    expect(await screen.findByText('Élection déclarée.')).toBeTruthy();
  });

  it('deletes with the version shown and offers to delete anyway after someone changed it', async () => {
    let deletes = 0;
    const stub = inLyon('admin')
      .on('GET', `${ORG}/elections`, { items: [municipales], inReserveNow: true })
      .on('DELETE', `${ORG}/elections/e-1`, () => {
        deletes += 1;
        return deletes === 1 ? apiError(412, 'VERSION_MISMATCH', 'Stale', { current: { ...municipales, version: 4, territory: 'Métropole de Lyon' } }) : json(204);
      });
    await renderApp('/orgs/org-lyon/settings/elections');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Supprimer — Municipales — Ville de Lyon' }));
    await user.click(within(await screen.findByRole('dialog', { name: /Supprimer l’élection/ })).getByRole('button', { name: 'Supprimer' }));
    const conflict = await screen.findByRole('dialog', { name: 'Quelqu’un d’autre a modifié cet élément' });
    expect(within(conflict).getByText('Municipales — Métropole de Lyon')).toBeTruthy();
    await user.click(within(conflict).getByRole('button', { name: 'Supprimer quand même' }));
    await waitFor(() => expect(stub.sent('DELETE', `${ORG}/elections/e-1`)).toHaveLength(2));
    expect(stub.sent('DELETE', `${ORG}/elections/e-1`).map((r) => r.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
  });

  it('is read-only for other roles', async () => {
    inLyon('editor').on('GET', `${ORG}/elections`, { items: [municipales], inReserveNow: false });
    await renderApp('/orgs/org-lyon/settings/elections');
    expect(await screen.findByRole('row', { name: /Municipales/ })).toBeTruthy();
    expect(screen.getByText('Seuls les administrateurs peuvent modifier ces réglages.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Supprimer|Déclarer/ })).toBeNull();
  });
});
