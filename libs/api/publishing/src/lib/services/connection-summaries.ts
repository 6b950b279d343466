import { Injectable } from '@nestjs/common';
import type { OrgBound } from '@parvis/api/core';
import type { ChannelConnectionSummary, ChannelConnectionsPort } from '@parvis/api/planning';
import { ConnectionStatus } from '../entities';
import { PublishingRepositories } from '../repositories/publishing-repositories';

/** The `connection` of planning's channel DTO (the port planning declares). */
@Injectable()
export class ConnectionSummaries implements ChannelConnectionsPort {
  constructor(private readonly repositories: PublishingRepositories) {}

  async summaries(scope: OrgBound, channelIds: string[]): Promise<Map<string, ChannelConnectionSummary>> {
    const rows = await this.repositories.forOrg(scope).connections.findByChannels(channelIds);
    return new Map(
      rows.map((row) => [
        row.channelId,
        {
          status: row.status === ConnectionStatus.Connected ? 'connected' : 'reconnect_required',
          accountHandle: row.accountHandle,
          accountUrl: row.accountUrl || null,
          limits: row.limits,
        },
      ]),
    );
  }
}
