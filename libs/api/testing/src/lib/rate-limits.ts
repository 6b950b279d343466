import { deepStrictEqual, ok } from 'node:assert/strict';
import type { Server } from 'node:http';
import supertest from 'supertest';

/** The statuses of `n` calls made one after the other (a rate limit counts them in order). */
export async function statusesOf(n: number, call: (i: number) => supertest.Test): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < n; i++) seen.push((await call(i)).status);
  return seen;
}

/** A login with a wrong password from `client` (X-Forwarded-For: the app must trust the loopback proxy). */
export function failedLogin(server: Server, client: string): supertest.Test {
  return supertest(server).post('/api/auth/login').set('X-Forwarded-For', client).send({ email: 'personne@mairie.fr', password: 'pas le bon mot de passe' });
}

/** The answer of a throttled route: 429 RATE_LIMITED with a Retry-After. */
export function assertRateLimited(response: supertest.Response): void {
  deepStrictEqual([response.status, (response.body as { code?: unknown }).code], [429, 'RATE_LIMITED']);
  ok(Number(response.headers['retry-after']) > 0, 'a throttled answer says when to try again (Retry-After)');
}
