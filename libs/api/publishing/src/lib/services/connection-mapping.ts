import { HttpStatus } from '@nestjs/common';
import { AppError } from '@parvis/api/core';
import { ConnectError, type ConnectField } from '@parvis/api/platform';
import type { ConnectionDto } from '../dto/connection.dto';
import { ConnectionStatus, type ChannelConnectionEntity } from '../entities';
import { PublishingErrorCode } from '../publishing.errors';

const MAX_FIELD_LENGTH = 2000;

export function toConnectionDto(channelId: string, network: string, row: ChannelConnectionEntity | null): ConnectionDto {
  if (!row) return { channelId, status: 'not_connected', network, accountHandle: null, accountUrl: null, serviceUrl: null, limits: null, lastVerifiedAt: null, lastError: null };
  return {
    channelId,
    status: row.status === ConnectionStatus.Connected ? 'connected' : 'reconnect_required',
    network: row.network,
    accountHandle: row.accountHandle,
    accountUrl: row.accountUrl || null,
    serviceUrl: row.serviceUrl,
    limits: row.limits,
    lastVerifiedAt: row.lastVerifiedAt ? row.lastVerifiedAt.toISOString() : null,
    lastError: row.lastError,
  };
}

/** Only the adapter's declared fields, as trimmed strings; a missing required one is a 400 naming it. */
export function connectFields(declared: readonly ConnectField[], given: Record<string, unknown>): Record<string, string> {
  const known = new Set(declared.map((field) => field.key));
  const unknown = Object.keys(given).filter((key) => !known.has(key));
  if (unknown.length > 0) throw AppError.invalidField(`fields.${unknown[0]}`, `fields.${unknown[0]} is not a field of this network (expected ${[...known].join(', ') || 'none'})`);
  const fields: Record<string, string> = {};
  for (const field of declared) {
    const value = given[field.key];
    if (value !== undefined && typeof value !== 'string') throw AppError.invalidField(`fields.${field.key}`, `fields.${field.key} must be a string`);
    const trimmed = (value ?? '').trim();
    if (trimmed.length > MAX_FIELD_LENGTH) throw AppError.invalidField(`fields.${field.key}`, `fields.${field.key} must be at most ${MAX_FIELD_LENGTH} characters`);
    if (field.required && trimmed === '') throw AppError.invalidField(`fields.${field.key}`, `fields.${field.key} is required`);
    if (trimmed !== '') fields[field.key] = trimmed;
  }
  return fields;
}

/** A refused connection, in the server's words; never the credentials that were sent. */
export function connectFailure(error: unknown): AppError {
  if (!(error instanceof ConnectError)) {
    return new AppError(PublishingErrorCode.ServiceUnreachable, 'The server could not be reached', HttpStatus.BAD_GATEWAY);
  }
  switch (error.kind) {
    case 'invalid_credentials':
      return new AppError(PublishingErrorCode.CredentialsRefused, error.message, HttpStatus.BAD_REQUEST, [{ field: 'fields', messages: [error.message] }]);
    case 'invalid_service':
      return new AppError(PublishingErrorCode.ServiceRefused, error.message, HttpStatus.BAD_REQUEST, [{ field: 'serviceUrl', messages: [error.message] }]);
    case 'rate_limited':
      return new AppError(PublishingErrorCode.ServiceRateLimited, error.message, HttpStatus.TOO_MANY_REQUESTS, undefined, { retryAfterSeconds: 60 });
    default:
      return new AppError(PublishingErrorCode.ServiceUnreachable, error.message, HttpStatus.BAD_GATEWAY);
  }
}
