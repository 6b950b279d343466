import { digestMail, immediateMail, notificationUrl } from './notification-mail';

const context = { recipientName: 'Léa <Martin>', organizationName: 'Ville de Brest', preferencesUrl: 'https://parvis.brest.fr/account' };

describe('notification mails (French)', () => {
  it('links to PUBLIC_URL + the notification path, never elsewhere', () => {
    expect(notificationUrl('https://parvis.brest.fr', '/orgs/1/posts/2')).toBe('https://parvis.brest.fr/orgs/1/posts/2');
    expect(notificationUrl('https://parvis.brest.fr', null)).toBe('https://parvis.brest.fr/');
    expect(notificationUrl('https://parvis.brest.fr', '//evil.example/x')).toBe('https://parvis.brest.fr/');
    expect(notificationUrl('https://parvis.brest.fr', 'https://evil.example')).toBe('https://parvis.brest.fr/');
    expect(notificationUrl('https://parvis.brest.fr', '/\\evil.example')).toBe('https://parvis.brest.fr/');
  });

  it('says the notification, the link and how to change preferences; the HTML escapes every value', () => {
    const mail = immediateMail(context, 'Un post attend votre validation : « Fête & musique »', 'https://parvis.brest.fr/orgs/1/posts/2');
    expect(mail.subject).toBe('[Ville de Brest] Un post attend votre validation : « Fête & musique »');
    expect(mail.text).toContain('Bonjour Léa <Martin>,');
    expect(mail.text).toContain('Ouvrir dans Parvis : https://parvis.brest.fr/orgs/1/posts/2');
    expect(mail.text).toContain('modifiez vos préférences : https://parvis.brest.fr/account');
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain('Léa &lt;Martin&gt;');
    expect(mail.html).toContain('« Fête &amp; musique »');
    expect(mail.html).toContain('<a href="https://parvis.brest.fr/orgs/1/posts/2" style="color:#1d4ed8">Ouvrir dans Parvis</a>');
    expect(mail.html).not.toContain('<Martin>');
  });

  it('lists the day in the organisation zone, with a count and what was left out', () => {
    const items = [
      { at: new Date('2026-11-30T13:05:00Z'), title: 'Premier', url: 'https://parvis.brest.fr/a' },
      { at: new Date('2026-12-01T05:30:00Z'), title: 'Second', url: 'https://parvis.brest.fr/b' },
    ];
    const mail = digestMail(context, 'Europe/Paris', new Date('2026-12-01T06:00:00Z'), items, 3, 'https://parvis.brest.fr/');
    expect(mail.subject).toBe('[Ville de Brest] Votre récapitulatif du mardi 1 décembre 2026 : 5 notifications');
    expect(mail.text).toMatch(/- lun\. 30 nov\.(,| à) 14:05 : Premier\n {2}https:\/\/parvis\.brest\.fr\/a/);
    expect(mail.text).toMatch(/- mar\. 1 déc\.(,| à) 06:30 : Second/);
    expect(mail.text).toContain('Et 3 autres : https://parvis.brest.fr/');
    expect(mail.html).toContain('<ul');
    const one = digestMail(context, 'Europe/Paris', new Date('2026-12-01T06:00:00Z'), items.slice(0, 1), 0, 'https://parvis.brest.fr/');
    expect(one.subject).toMatch(/: 1 notification$/);
    expect(one.text).not.toContain('Et ');
  });
});
