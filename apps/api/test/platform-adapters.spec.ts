import { Test } from '@nestjs/testing';
import { ConfigModule, loadConfig } from '@parvis/api/core';
import { SafeHttpClient } from '@parvis/api/http';
import { PLATFORM_REGISTRY, PlatformRegistry } from '@parvis/api/platform';
import { PlatformAdaptersModule } from '../src/app/platform-adapters.module';

describe('PlatformAdaptersModule', () => {
  it('registers every adapter under its network key, with the configured SSRF-safe client', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(loadConfig({ OUTBOUND_ALLOW_LIST: '127.0.0.1:2583' })), PlatformAdaptersModule.forRoot()],
    }).compile();
    const registry = moduleRef.get<PlatformRegistry>(PLATFORM_REGISTRY);
    expect(registry.capabilities().map((capabilities) => [capabilities.network, capabilities.publishing])).toEqual([
      ['bluesky', 'automatic'],
      ['mastodon', 'automatic'],
      ['manual', 'manual'],
    ]);
    expect(moduleRef.get(SafeHttpClient)).toBeInstanceOf(SafeHttpClient);
    await moduleRef.close();
  });
});
