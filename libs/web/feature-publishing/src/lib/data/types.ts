import type { components } from '@parvis/shared/api-contract';

/** Connections and publications as the API publishes them (generated from openapi.json). */
type Schemas = components['schemas'];

export type Connection = Schemas['ConnectionDto'];
export type ConnectionStatus = Schemas['ChannelConnectionStatus'];
export type ChannelLimits = Schemas['ChannelLimitsDto'];
export type VerifyResult = Schemas['VerifyResultDto'];
export type ConnectInput = Schemas['ConnectChannelDto'];
export type PublicationState = Schemas['PublicationState'];

/** Contract D: a publication with its post and channel, and the day's queue. */
export type Publication = Schemas['PublicationDto'];
export type PublicationQueueItem = Schemas['PublicationQueueItemDto'];
export type PublicationQueuePage = Schemas['PublicationQueuePageDto'];
/** The post a 412 of « publier maintenant » or « annuler » sends back as the current version. */
export type Post = Schemas['PostDto'];

/** What the assignee of a manual channel reports (the body of ManualReportDto, as the contract states it). */
export type ManualReport = { done: true; url: string } | { done: false; reason: string };

export interface QueueRange {
  from: string;
  to: string;
}
