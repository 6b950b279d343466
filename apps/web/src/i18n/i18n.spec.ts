import { vi } from 'vitest';
import { createI18n, detectLanguage, rememberLanguage } from './index';

describe('language', () => {
  it('uses English only for an English browser, French otherwise', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    expect(detectLanguage()).toBe('en');
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    expect(detectLanguage()).toBe('fr');
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
    expect(detectLanguage()).toBe('fr');
  });

  it('prefers the language chosen earlier', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    rememberLanguage('en');
    expect(detectLanguage()).toBe('en');
  });

  it('sets <html lang> and translates role labels', async () => {
    const i18n = await createI18n('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect((['admin', 'editor', 'contributor', 'approver', 'viewer'] as const).map((role) => i18n.t(`roles.${role}`))).toEqual([
      'Administrateur',
      'Responsable éditorial',
      'Agent contributeur',
      'Validateur',
      'Lecteur',
    ]);
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
