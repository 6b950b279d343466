import { json, FetchStub, lyon, meFixture } from '@parvis/web/shared/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { renderInLyon } from '../../testing/render-planning';
import { ThemeForm } from './editorial-forms';

function editorInLyon(): FetchStub {
  return new FetchStub()
    .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role: 'editor', organization: lyon }]))
    .on('POST', '/api/orgs/org-lyon/themes', (request) => json(201, { id: 'theme-2', version: 1, ...(request.body as object) }))
    .install();
}

describe('ThemeForm colour', () => {
  it('is a radio group of named swatches, chosen with the arrow keys', async () => {
    const stub = editorInLyon();
    // user-event walks a radio group as browsers do, with CSS.escape, which jsdom lacks (our names are plain).
    vi.stubGlobal('CSS', { escape: (name: string) => name });
    await renderInLyon(<ThemeForm onDone={() => undefined} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Nom/), 'Sport');
    const group = screen.getByRole('group', { name: 'Couleur' });
    expect(group).toBeTruthy();
    const navy = screen.getByRole('radio', { name: 'Bleu marine' });
    expect((navy as HTMLInputElement).checked).toBe(true);
    navy.focus();
    await user.keyboard('{ArrowDown}');
    const blue = screen.getByRole('radio', { name: 'Bleu' });
    expect((blue as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(blue);
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    await waitFor(() => expect(stub.sent('POST', '/api/orgs/org-lyon/themes')[0]?.body).toEqual({ name: 'Sport', objectives: '', color: '#0063cb' }));
  });

  it('offers a free hexadecimal colour with a live contrast warning', async () => {
    const stub = editorInLyon();
    await renderInLyon(<ThemeForm onDone={() => undefined} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Nom/), 'Culture');
    await user.click(screen.getByRole('radio', { name: 'Autre couleur (hexadécimal)' }));
    const hex = screen.getByLabelText(/^Code hexadécimal/);
    await user.type(hex, '#6a6af4');
    expect(await screen.findByText(/^Contraste insuffisant : 4,2:1 au mieux, 4,5:1 au minimum/)).toBeTruthy();
    await user.clear(hex);
    await user.type(hex, '#18753c');
    expect(await screen.findByText('Contraste suffisant : 5,7:1 (au moins 4,5:1).')).toBeTruthy();
    await user.clear(hex);
    await user.type(hex, 'bleu');
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    expect(await screen.findByText('Couleur au format #RRGGBB.')).toBeTruthy();
    expect(stub.sent('POST', '/api/orgs/org-lyon/themes')).toHaveLength(0);
  });
});
