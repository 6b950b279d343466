import { assessPassword, PASSWORD_MAX_LENGTH } from './password-policy';

const agent = { email: 'agent.voirie@ville-demo.fr', organizationName: 'Ville de Démo' };

describe('password policy (ANSSI, zxcvbn)', () => {
  it('accepts a long passphrase', () => {
    expect(assessPassword('une phrase de passe solide', agent)).toEqual({ acceptable: true, score: 4, problems: [] });
  });

  it('counts the length in code points: 12 to 256', () => {
    expect(assessPassword('court', agent).problems).toContain('too_short');
    expect(assessPassword('é'.repeat(11), agent).problems).toContain('too_short');
    expect(assessPassword('é'.repeat(12), agent).problems).not.toContain('too_short');
    expect(assessPassword('x'.repeat(PASSWORD_MAX_LENGTH + 1), agent)).toEqual({ acceptable: false, score: 0, problems: ['too_long'] });
  });

  it.each(['motdepasse123', 'password1234', 'soleil123456'])('refuses the common password %s', (password) => {
    const assessment = assessPassword(password, agent);
    expect(assessment.acceptable).toBe(false);
    expect(assessment.problems).toEqual(['common']);
  });

  it('refuses a password containing the e-mail or its name part, whatever the case and accents', () => {
    expect(assessPassword('Agent.Voirie@ville-demo.fr', agent).problems).toContain('contains_email');
    expect(assessPassword('mon AGENT.VOIRIE à moi 2026', agent).problems).toContain('contains_email');
  });

  it("refuses a password containing the organisation's name", () => {
    expect(assessPassword('villededemo est la plus belle', agent).problems).toContain('contains_organization');
    expect(assessPassword('Ville-de-Demo pour toujours !', { ...agent, organizationName: ['Autre', 'Ville de Démo'] }).problems).toContain('contains_organization');
    expect(assessPassword('une phrase de passe solide', { email: agent.email }).problems).toEqual([]);
  });

  it('refuses a guessable password that is in no list', () => {
    const assessment = assessPassword('aaaaaaaaaaaaaaaa', agent);
    expect(assessment.problems).toEqual(['too_weak']);
    expect(assessment.score).toBeLessThan(3);
    expect(assessPassword('azertyuiop12', agent).problems).toEqual(['too_weak']); // a keyboard walk
  });
});
