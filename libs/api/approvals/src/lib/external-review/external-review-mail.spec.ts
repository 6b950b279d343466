import { invitationMail } from './external-review-mail';

const input = {
  organizationName: 'Ville de Démo',
  senderName: 'Élise Martin',
  name: 'Jeanne Cabinet',
  url: 'https://parvis.example/validation-externe/abc',
  expiresAt: new Date('2030-03-04T09:00:00.000Z'),
  timeZone: 'Europe/Paris',
};

describe('invitationMail', () => {
  it('names the post by its first line cut after its last whole word, never mid-word', () => {
    const mail = invitationMail({ ...input, masterText: 'La médiathèque Louise-Michel rouvre ses portes samedi après trois mois de travaux de rénovation énergétique\nDétails' });
    expect(mail.text).toContain('valider la publication « La médiathèque Louise-Michel rouvre ses portes samedi après trois mois de… » avant sa diffusion');
    expect(mail.subject).toBe('Ville de Démo : une publication attend votre validation');
  });

  it('gives the link and its expiry in the organisation’s time zone', () => {
    const mail = invitationMail({ ...input, masterText: 'Conseil municipal jeudi' });
    expect(mail.text).toContain('« Conseil municipal jeudi »');
    expect(mail.text).toContain(input.url);
    expect(mail.text).toContain('il expire le 4 mars 2030 à 10:00');
  });
});
