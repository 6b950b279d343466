import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json } from '@parvis/web/shared/testing';
import { inLyon, ORG } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

const off = { version: 0, paused: false, reason: null, changedByName: null, changedAt: null };
const on = { version: 1, paused: true, reason: 'Compte piraté', changedByName: 'Alice Martin', changedAt: '2026-03-02T08:30:00.000Z' };

describe('PublicationPausePage', () => {
  it('pauses with a required reason, then releases', async () => {
    const stub = inLyon('editor')
      .on('GET', `${ORG}/publication-pause`, off)
      .on('PUT', `${ORG}/publication-pause`, (request) => json(200, (request.body as { paused: boolean }).paused ? on : { ...off, version: 2 }));
    await renderApp('/orgs/org-lyon/settings/publication-pause');
    const user = userEvent.setup();
    const toggle = await screen.findByRole('switch', { name: 'Tout suspendre' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(screen.getByText('Les publications partent normalement.')).toBeTruthy();

    await user.click(toggle);
    const dialog = await screen.findByRole('dialog', { name: 'Suspendre toutes les publications ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Tout suspendre' }));
    const reason = within(dialog).getByLabelText(/Motif de la suspension/);
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(stub.sent('PUT', `${ORG}/publication-pause`)).toHaveLength(0);

    await user.type(reason, '  Compte piraté ');
    await user.click(within(dialog).getByRole('button', { name: 'Tout suspendre' }));
    await waitFor(() => expect(stub.sent('PUT', `${ORG}/publication-pause`)[0]?.body).toEqual({ paused: true, reason: 'Compte piraté' }));
    expect(await screen.findByText('Les publications sont suspendues.')).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Tout suspendre' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('Compte piraté')).toBeTruthy();
    expect(screen.getByText(/Suspendues par Alice Martin le 2 mars 2026/)).toBeTruthy();

    await user.click(screen.getByRole('switch', { name: 'Tout suspendre' }));
    const resume = await screen.findByRole('dialog', { name: 'Reprendre les publications ?' });
    await user.click(within(resume).getByRole('button', { name: 'Reprendre les publications' }));
    await waitFor(() => expect(stub.sent('PUT', `${ORG}/publication-pause`)[1]?.body).toEqual({ paused: false }));
    expect(await screen.findByText('Les publications partent normalement.')).toBeTruthy();
  });

  it('shows the state without the switch to roles that may not pause', async () => {
    inLyon('contributor').on('GET', `${ORG}/publication-pause`, on);
    await renderApp('/orgs/org-lyon/settings/publication-pause');
    const toggle = await screen.findByRole('switch', { name: 'Tout suspendre' });
    expect((toggle as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/Seuls les administrateurs et les responsables éditoriaux/)).toBeTruthy();
    expect(screen.getByText('Compte piraté')).toBeTruthy();
  });
});
