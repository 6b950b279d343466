import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { dictionary as frenchDictionary } from '@zxcvbn-ts/language-fr';

/**
 * ANSSI's recommendations for passwords (Recommandations relatives à l'authentification, 2021): length
 * first and no composition rules; refuse passwords found in lists of common ones and those derived from
 * the person or the organisation. Strength is estimated with zxcvbn (French, English and common lists).
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn's 0–4 scale; 3 means about 10^10 guesses, out of reach behind argon2id and the login limits. */
export const PASSWORD_MIN_SCORE = 3;

export const PASSWORD_PROBLEMS = ['too_short', 'too_long', 'contains_email', 'contains_organization', 'common', 'too_weak'] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];
export type PasswordScore = 0 | 1 | 2 | 3 | 4;

export interface PasswordContext {
  email: string;
  /** The organisation(s) the account belongs to or joins. */
  organizationName?: string | readonly string[];
}

export interface PasswordAssessment {
  acceptable: boolean;
  score: PasswordScore;
  problems: PasswordProblem[];
}

let factory: ZxcvbnFactory | null = null;

/** Built at the first assessment: the dictionaries are large (the SPA loads this on password pages only). */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...frenchDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    // Levenshtein matching costs about a second per password: too slow for a request or a keystroke.
    useLevenshteinDistance: false,
  });
  return factory;
}

/** Lower case, without accents, letters and digits only: "Ville-de-Démo" and "villededemo" compare equal. */
function squash(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function containsAny(password: string, candidates: readonly string[]): boolean {
  const squashed = squash(password);
  return candidates.map(squash).some((candidate) => candidate.length >= 3 && squashed.includes(candidate));
}

function namesOf(context: PasswordContext): string[] {
  const names = context.organizationName;
  if (names === undefined) return [];
  return typeof names === 'string' ? [names] : [...names];
}

function usesCommonPassword(result: ZxcvbnResult): boolean {
  return result.sequence.some((match) => 'dictionaryName' in match && String(match.dictionaryName).startsWith('passwords'));
}

export function assessPassword(password: string, context: PasswordContext): PasswordAssessment {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  const email = context.email.trim();
  const localPart = email.split('@')[0] ?? '';
  if (containsAny(password, [email, localPart])) problems.push('contains_email');
  const organizations = namesOf(context);
  if (containsAny(password, organizations)) problems.push('contains_organization');
  if (length > PASSWORD_MAX_LENGTH) return { acceptable: false, score: 0, problems };
  const result = estimator().check(password, [email, localPart, ...organizations]);
  const score = result.score as PasswordScore;
  if (score < PASSWORD_MIN_SCORE) problems.push(usesCommonPassword(result) ? 'common' : 'too_weak');
  return { acceptable: problems.length === 0, score, problems };
}
