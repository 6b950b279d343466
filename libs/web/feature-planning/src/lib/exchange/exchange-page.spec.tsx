import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError } from '@parvis/web/shared/testing';
import { planningStub } from '../../testing/planning-fixtures';
import { renderApp } from '../../testing/render-app';

describe('ExchangePage', () => {
  it('issues the iCalendar link once, shows it to copy, and offers the CSV download for a range', async () => {
    const stub = planningStub('viewer')
      .on('GET', '/api/orgs/org-lyon/calendar-feed', { active: false })
      .on('POST', '/api/orgs/org-lyon/calendar-feed', { url: 'http://parvis.test/api/calendar-feeds/secret-token.ics' });
    await renderApp('/orgs/org-lyon/exchange');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Créer mon lien d’abonnement' }));
    const field = (await screen.findByLabelText('Lien d’abonnement iCalendar')) as HTMLInputElement;
    expect(field.value).toBe('http://parvis.test/api/calendar-feeds/secret-token.ics');
    expect(stub.sent('POST', '/api/orgs/org-lyon/calendar-feed')).toHaveLength(1);
    // A wrong period is told before any download is tried.
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Au'));
    await user.type(screen.getByLabelText('Au'), '2020-01-01');
    await user.click(screen.getByRole('button', { name: 'Télécharger le CSV' }));
    expect(await screen.findByText('Le dernier jour doit suivre le premier.')).toBeTruthy();
    expect(stub.sent('GET', '/api/orgs/org-lyon/briefs-export')).toHaveLength(0);
    // Viewers cannot import.
    expect(screen.queryByRole('heading', { name: 'Importer des sujets (CSV)' })).toBeNull();
  });

  it('lists the rows to fix when the import is refused', async () => {
    const stub = planningStub('editor')
      .on('GET', '/api/orgs/org-lyon/calendar-feed', { active: true })
      .on(
        'POST',
        '/api/orgs/org-lyon/briefs-import',
        apiError(422, 'CSV_INVALID_ROWS', '2 problem(s)', [
          { row: 3, field: 'date', message: 'date must be a date YYYY-MM-DD' },
          { row: 4, field: 'thème', message: 'thème "Sport" is unknown in this organisation' },
        ]),
      );
    await renderApp('/orgs/org-lyon/exchange');
    const user = userEvent.setup();
    const file = new File(['titre;date\nFête;2026-06-21\n'], 'planning.csv', { type: 'text/csv' });
    await user.upload(await screen.findByLabelText('Fichier CSV'), file);
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    await waitFor(() => expect(stub.sent('POST', '/api/orgs/org-lyon/briefs-import')[0]?.body).toEqual({ csv: 'titre;date\nFête;2026-06-21\n' }));
    const table = await screen.findByRole('table', { name: 'Problèmes du fichier, par ligne et colonne' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[2] as HTMLElement).getByText('thème')).toBeTruthy();
    expect(screen.getByText('Rien n’a été importé : 2 problème(s) à corriger')).toBeTruthy();
  });
});
