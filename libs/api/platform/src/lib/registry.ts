import type { PlatformAdapter } from './adapter';
import type { PlatformCapabilities } from './capabilities';

/** Injection token of the adapters list, provided by the composition root (apps/api). */
export const PLATFORM_ADAPTERS = Symbol('PLATFORM_ADAPTERS');
/** Injection token of the registry features look adapters up in, by network key. */
export const PLATFORM_REGISTRY = Symbol('PLATFORM_REGISTRY');

export class UnknownNetworkError extends Error {
  override readonly name = 'UnknownNetworkError';
  constructor(readonly network: string) {
    super(`no adapter is registered for network "${network}"`);
  }
}

/** The adapters by network key: generic code asks it, and never names a network. */
export class PlatformRegistry {
  private readonly byNetwork = new Map<string, PlatformAdapter>();

  constructor(adapters: readonly PlatformAdapter[]) {
    for (const adapter of adapters) {
      const key = adapter.capabilities.network;
      if (this.byNetwork.has(key)) throw new Error(`two adapters are registered for network "${key}"`);
      this.byNetwork.set(key, adapter);
    }
  }

  has(network: string): boolean {
    return this.byNetwork.has(network);
  }

  get(network: string): PlatformAdapter {
    const adapter = this.byNetwork.get(network);
    if (!adapter) throw new UnknownNetworkError(network);
    return adapter;
  }

  /** The adapter a person publishes through (`publishing: 'manual'`), when one is registered. */
  manual(): PlatformAdapter | null {
    return [...this.byNetwork.values()].find((adapter) => adapter.capabilities.publishing === 'manual') ?? null;
  }

  capabilities(): PlatformCapabilities[] {
    return [...this.byNetwork.values()].map((adapter) => adapter.capabilities);
  }
}
