import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string;
  /** The client's address (req.ip: X-Forwarded-For only from TRUST_PROXY), for the audit log. */
  clientAddress?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

export function currentClientAddress(): string | undefined {
  return storage.getStore()?.clientAddress;
}
