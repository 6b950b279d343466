import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { BlueskyAdapter } from '@parvis/api/adapters/bluesky';
import { MastodonAdapter } from '@parvis/api/adapters/mastodon';
import { APP_CONFIG, AppConfig } from '@parvis/api/core';
import { SafeHttpClient } from '@parvis/api/http';
import { ManualChannelAdapter, PLATFORM_ADAPTERS, PLATFORM_REGISTRY, PlatformAdapter, PlatformRegistry } from '@parvis/api/platform';

/**
 * Registers the network adapters (the only place that names them) and the SSRF-safe HTTP client they and
 * the features share. Features inject `PLATFORM_REGISTRY` and look adapters up by network key.
 */
@Global()
@Module({})
export class PlatformAdaptersModule implements OnApplicationShutdown {
  constructor(@Inject(SafeHttpClient) private readonly http: SafeHttpClient) {}

  static forRoot(): DynamicModule {
    return {
      module: PlatformAdaptersModule,
      providers: [
        { provide: SafeHttpClient, useFactory: (config: AppConfig) => new SafeHttpClient({ allowList: config.outboundAllowList }), inject: [APP_CONFIG] },
        {
          provide: PLATFORM_ADAPTERS,
          useFactory: (config: AppConfig, http: SafeHttpClient): PlatformAdapter[] => [
            new BlueskyAdapter({ http, allowHttp: config.outboundAllowHttp }),
            new MastodonAdapter({ http, allowHttp: config.outboundAllowHttp }),
            new ManualChannelAdapter(),
          ],
          inject: [APP_CONFIG, SafeHttpClient],
        },
        { provide: PLATFORM_REGISTRY, useFactory: (adapters: PlatformAdapter[]) => new PlatformRegistry(adapters), inject: [PLATFORM_ADAPTERS] },
      ],
      exports: [SafeHttpClient, PLATFORM_REGISTRY],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.http.close();
  }
}
