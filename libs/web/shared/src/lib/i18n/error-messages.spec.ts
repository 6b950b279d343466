import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessagesEn, errorMessagesFr } from './error-messages';

/** The API's published list of codes (contract B): `components.schemas.ErrorCode` of the OpenAPI document. */
function publishedCodes(): string[] | null {
  const file = join(import.meta.dirname, '../../../../../shared/api-contract/openapi.json');
  const document = JSON.parse(readFileSync(file, 'utf8')) as { components?: { schemas?: Record<string, { enum?: string[] }> } };
  return document.components?.schemas?.['ErrorCode']?.enum ?? null;
}

describe('error messages', () => {
  const published = publishedCodes();

  it.skipIf(published === null)('have a French and an English sentence for every code the API publishes', () => {
    const missing = (published ?? []).filter(
      (code) => !(code in errorMessagesFr) || !(code in errorMessagesEn),
    );
    expect(missing).toEqual([]);
  });

  it('say something of their own in each language (not the code, not the same text)', () => {
    expect(Object.keys(errorMessagesEn).sort()).toEqual(Object.keys(errorMessagesFr).sort());
    for (const [code, french] of Object.entries(errorMessagesFr)) {
      const english = errorMessagesEn[code as keyof typeof errorMessagesEn];
      expect(french, code).not.toContain(code);
      expect(french.length, code).toBeGreaterThan(10);
      expect(english, code).not.toBe(french);
    }
  });
});
