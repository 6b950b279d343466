/** What an adapter asks the caller to store for a channel: JSON, encrypted at rest by the caller. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export type Credentials = { readonly [key: string]: JsonValue };

/** Reads a string field of stored credentials, or null. Adapters validate their own shape with it. */
export function credentialString(credentials: Credentials, key: string): string | null {
  const value = credentials[key];
  return typeof value === 'string' && value !== '' ? value : null;
}
