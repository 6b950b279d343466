import { FetchStub, json, lyon, meFixture } from '@parvis/web/shared/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInLyon } from '../../testing/render-planning';
import { ImportSection } from './import-section';

describe('ImportSection', () => {
  it('imports the file once on a double-click (the button stays busy from the click to the answer)', async () => {
    let answer: (response: Response) => void = () => undefined;
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role: 'editor', organization: lyon }]))
      .on('POST', '/api/orgs/org-lyon/briefs-import', () => new Promise<Response>((resolve) => (answer = resolve)))
      .install();
    await renderInLyon(<ImportSection />);
    const user = userEvent.setup();
    const csv = 'titre;date;heure\r\nForum;2030-09-12;10:00\r\n';
    await user.upload(await screen.findByLabelText('Fichier CSV'), new File([csv], 'sujets.csv', { type: 'text/csv' }));
    const button = screen.getByRole('button', { name: 'Importer' });
    await user.dblClick(button);
    await user.click(button);
    answer(json(201, { created: 1 }));
    expect(await screen.findByText('1 sujet(s) importé(s).')).toBeTruthy();
    expect(stub.sent('POST', '/api/orgs/org-lyon/briefs-import')).toHaveLength(1);
    expect(stub.sent('POST', '/api/orgs/org-lyon/briefs-import')[0]?.body).toEqual({ csv });
  });
});
