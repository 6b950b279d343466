import type { AppConfig } from '@parvis/api/core';
import { CredentialVault } from './credential-vault';

const vaultWithKey = (byte: number): CredentialVault => new CredentialVault({ encryptionKey: Buffer.alloc(32, byte) } as AppConfig);

/** Sealed credentials open only with their key and their binding, opened or kept. */
describe('CredentialVault', () => {
  it('opens a sealed value with its binding, the same value again without opening it twice, never with another binding', () => {
    const vault = vaultWithKey(7);
    const sealed = vault.seal({ accessToken: 'jeton-secret', serviceUrl: 'https://mastodon.example' }, 'channel_connection:org:a');
    const first = vault.open(sealed, 'channel_connection:org:a');
    expect(first).toEqual({ accessToken: 'jeton-secret', serviceUrl: 'https://mastodon.example' });
    expect(vault.open(sealed, 'channel_connection:org:a')).toBe(first);
    // Kept values are frozen: an adapter cannot change what the next publication gets.
    expect(Object.isFrozen(first)).toBe(true);
    // Kept by value and binding: copied to another channel, it still does not open.
    expect(() => vault.open(sealed, 'channel_connection:org:b')).toThrow();
  });

  it('a tampered value or another key never opens, even after the genuine one was opened', () => {
    const vault = vaultWithKey(7);
    const sealed = vault.seal({ accessToken: 'jeton' }, 'binding');
    vault.open(sealed, 'binding');
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(() => vault.open(tampered, 'binding')).toThrow();
    expect(() => vaultWithKey(9).open(sealed, 'binding')).toThrow();
  });
});
