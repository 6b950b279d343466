import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi } from 'vitest';
import { Alert } from './alert';
import { Button } from './button';
import { ConfirmDialog } from './confirm-dialog';
import { CopyField } from './copy-field';
import { PageLayout } from './page-layout';
import { ErrorState } from './states';

describe('Button', () => {
  it('is disabled and announces it while busy', () => {
    render(<Button busy>Enregistrer</Button>);
    const button = screen.getByRole('button', { name: /Enregistrer/ });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.textContent).toContain('Veuillez patienter');
  });
});

describe('Alert and ErrorState', () => {
  it('uses role=alert for errors and role=status for success', () => {
    render(
      <>
        <Alert tone="error" title="Échec" />
        <Alert tone="success" title="Enregistré" />
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Échec');
    expect(screen.getByRole('status').textContent).toContain('Enregistré');
  });

  it('shows the caller’s sentence and the code under Détails', () => {
    render(<ErrorState error={{ message: 'Organisation introuvable', code: 'ORG_NOT_FOUND' }} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Organisation introuvable');
    expect(within(alert).getByText('Détails').tagName).toBe('SUMMARY');
    expect(alert.textContent).toContain('Code : ORG_NOT_FOUND');
  });

  it('shows an API error by its code, never the server’s English text', () => {
    i18next.addResourceBundle('fr', 'translation', { errors: { codes: { ORG_NOT_FOUND: 'Organisation introuvable.' } } });
    const known = Object.assign(new Error('Organization not found'), { code: 'ORG_NOT_FOUND' });
    const { unmount } = render(<ErrorState error={known} />);
    expect(screen.getByRole('alert').textContent).toContain('Organisation introuvable.');
    expect(screen.getByRole('alert').textContent).not.toContain('Organization not found');
    unmount();
    render(<ErrorState error={Object.assign(new Error('Kaboom'), { code: 'SOMETHING_NEW' })} />);
    expect(screen.getByRole('alert').textContent).toContain('Une erreur inattendue est survenue.');
    expect(screen.getByRole('alert').textContent).not.toContain('Kaboom');
  });
});

describe('PageLayout', () => {
  it('offers a skip link to the main landmark', () => {
    render(<PageLayout>contenu</PageLayout>);
    expect(screen.getByRole('link', { name: 'Aller au contenu' }).getAttribute('href')).toBe('#contenu');
    expect(screen.getByRole('main').getAttribute('id')).toBe('contenu');
  });
});

function DialogHarness({ onConfirm }: { onConfirm: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Retirer</Button>
      <ConfirmDialog open={open} title="Retirer Alice ?" onConfirm={onConfirm} onCancel={() => setOpen(false)}>
        Elle perdra l’accès.
      </ConfirmDialog>
    </>
  );
}

describe('ConfirmDialog', () => {
  it('focuses cancel on open and gives focus back on close', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<DialogHarness onConfirm={onConfirm} />);
    const opener = screen.getByRole('button', { name: 'Retirer' });
    await user.click(opener);
    expect(screen.getByRole('heading', { name: 'Retirer Alice ?' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Annuler' }));
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('heading', { name: 'Retirer Alice ?' })).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('calls onConfirm', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<DialogHarness onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Retirer' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});

describe('CopyField', () => {
  it('copies the link and confirms it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<CopyField label="Lien d’invitation" value="https://parvis.example/invitations/abc" />);
    expect(screen.getByLabelText('Lien d’invitation').hasAttribute('readonly')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Copier' }));
    expect(writeText).toHaveBeenCalledWith('https://parvis.example/invitations/abc');
    expect(screen.getByRole('status').textContent).toContain('Lien copié');
  });
});
