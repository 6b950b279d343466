import { isApiError } from './api-error';

/**
 * Contract A: a change is sent with the version the user saw (`If-Match: "<version>"`); the API
 * answers 412 VERSION_MISMATCH with the current state when someone else saved in between.
 */
export function ifMatch(version: number | undefined): { 'If-Match'?: string } {
  return version === undefined ? {} : { 'If-Match': `"${version}"` };
}

export interface VersionConflict<T> {
  /** The item as it is now on the server (its response DTO, with its new version). */
  current: T;
}

export function versionConflictOf<T extends { version: number }>(error: unknown): VersionConflict<T> | null {
  if (!isApiError(error) || error.status !== 412 || error.code !== 'VERSION_MISMATCH') return null;
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('current' in details)) return null;
  const current = (details as { current: unknown }).current;
  if (typeof current !== 'object' || current === null || typeof (current as { version?: unknown }).version !== 'number') return null;
  return { current: current as T };
}
