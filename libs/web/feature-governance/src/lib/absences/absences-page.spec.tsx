import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json } from '@parvis/web/shared/testing';
import { inLyon, ORG } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

const absence = { id: 'a-1', version: 2, absentMembershipId: 'm-2', substituteMembershipId: 'm-3', startsOn: '2026-08-03', endsOn: '2026-08-21' };

describe('AbsencesPage', () => {
  it('lets an approver declare their own absence with a substitute (never themselves)', async () => {
    const stub = inLyon('approver')
      .on('GET', `${ORG}/absences`, { items: [] })
      .on('POST', `${ORG}/absences`, (request) => json(201, { ...absence, ...(request.body as object), absentMembershipId: 'm-1' }));
    await renderApp('/orgs/org-lyon/absences');
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'Mes absences' })).toBeTruthy();
    expect(await screen.findByText('Aucune absence déclarée.')).toBeTruthy();
    expect(screen.queryByLabelText('Membre absent')).toBeNull();
    const substitute = screen.getByLabelText('Suppléant ou suppléante');
    await waitFor(() => expect(within(substitute).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choisir…', 'Bruno Chef', 'Chloé Directrice']));

    const start = screen.getByLabelText(/^Du/);
    const end = screen.getByLabelText('Au');
    await user.clear(start);
    await user.type(start, '2026-08-10');
    await user.clear(end);
    await user.type(end, '2026-08-03');
    await user.click(screen.getByRole('button', { name: 'Déclarer l’absence' }));
    expect(await screen.findByText('La fin doit être le même jour ou après le début.')).toBeTruthy();
    expect(substitute.getAttribute('aria-invalid')).toBe('true');

    await user.selectOptions(substitute, 'Chloé Directrice');
    await user.clear(end);
    await user.type(end, '2026-08-21');
    await user.click(screen.getByRole('button', { name: 'Déclarer l’absence' }));
    await waitFor(() =>
      expect(stub.sent('POST', `${ORG}/absences`)[0]?.body).toEqual({ substituteMembershipId: 'm-3', startsOn: '2026-08-10', endsOn: '2026-08-21' }),
    );
    expect(await screen.findByText('Absence déclarée.')).toBeTruthy();
  });

  it('lets an admin see everyone’s absences, declare one for another member and delete with If-Match', async () => {
    const stub = inLyon('admin')
      .on('GET', `${ORG}/absences`, { items: [absence] })
      .on('POST', `${ORG}/absences`, json(201, absence))
      .on('DELETE', `${ORG}/absences/a-1`, json(204));
    await renderApp('/orgs/org-lyon/absences');
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'Absences de l’organisation' })).toBeTruthy();
    const row = await screen.findByRole('row', { name: /Bruno Chef/ });
    expect(within(row).getByText('Chloé Directrice')).toBeTruthy();
    expect(within(row).getByRole('cell', { name: 'du 3 août 2026 au 21 août 2026' })).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Membre absent'), 'Bruno Chef');
    await user.selectOptions(screen.getByLabelText('Suppléant ou suppléante'), 'Alice Martin');
    await user.click(screen.getByRole('button', { name: 'Déclarer l’absence' }));
    await waitFor(() => expect(stub.sent('POST', `${ORG}/absences`)[0]?.body).toMatchObject({ absentMembershipId: 'm-2', substituteMembershipId: 'm-1' }));

    await user.click(within(row).getByRole('button', { name: /Supprimer — Bruno Chef/ }));
    await user.click(within(await screen.findByRole('dialog', { name: /Supprimer l’absence de Bruno Chef/ })).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() => expect(stub.sent('DELETE', `${ORG}/absences/a-1`)[0]?.headers.get('If-Match')).toBe('"2"'));
  });
});
