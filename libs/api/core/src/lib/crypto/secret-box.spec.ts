import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';
import { generateToken, hashToken } from './tokens';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('round-trips a secret and never stores it in clear', () => {
    const sealed = box.seal('app-password-xyz', 'channel:1');
    expect(sealed).not.toContain('app-password-xyz');
    expect(box.open(sealed, 'channel:1')).toBe('app-password-xyz');
  });

  it('refuses a value moved to another row or tampered with', () => {
    const sealed = box.seal('secret', 'channel:1');
    expect(() => box.open(sealed, 'channel:2')).toThrow();
    const parts = sealed.split(':');
    parts[3] = Buffer.from('other').toString('base64url');
    expect(() => box.open(parts.join(':'), 'channel:1')).toThrow();
  });

  it('refuses another key', () => {
    const sealed = box.seal('secret');
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow();
  });
});

describe('tokens', () => {
  it('are long, unique and hashed deterministically', () => {
    const a = generateToken();
    expect(a.length).toBeGreaterThanOrEqual(43);
    expect(a).not.toBe(generateToken());
    expect(hashToken(a)).toBe(hashToken(a));
    expect(hashToken(a)).not.toContain(a);
  });
});
