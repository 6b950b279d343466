import { Inject, Injectable } from '@nestjs/common';
import type { OrgBound } from '@parvis/api/core';
import type { ChannelConnectionSummary, ChannelConnectionsPort } from '@parvis/api/planning';
import { PLATFORM_REGISTRY, PlatformRegistry } from '@parvis/api/platform';
import { ConnectionStatus } from '../entities';
import { PublishingRepositories } from '../repositories/publishing-repositories';

/** The `connection` of planning's channel DTO (the port planning declares). */
@Injectable()
export class ConnectionSummaries implements ChannelConnectionsPort {
  constructor(
    private readonly repositories: PublishingRepositories,
    @Inject(PLATFORM_REGISTRY) private readonly registry: PlatformRegistry,
  ) {}

  async summaries(scope: OrgBound, channelIds: string[]): Promise<Map<string, ChannelConnectionSummary>> {
    const rows = await this.repositories.forOrg(scope).connections.findByChannels(channelIds);
    return new Map(
      rows.map((row) => [
        row.channelId,
        {
          status: row.status === ConnectionStatus.Connected ? 'connected' : 'reconnect_required',
          accountHandle: row.accountHandle,
          accountUrl: row.accountUrl || null,
          publishing: this.publishingOf(row.network),
          limits: row.limits,
        },
      ]),
    );
  }

  /** The adapter's say (its capabilities); an adapter this instance does not register publishes nothing by itself. */
  private publishingOf(network: string): 'automatic' | 'manual' {
    return this.registry.has(network) ? this.registry.get(network).capabilities.publishing : 'automatic';
  }
}
