import type { Network, Severity, TextSpan, ViolationTarget } from '@parvis/shared/domain';

/** A network as the API names it (the generated types use the string values of the domain's enum). */
export type NetworkName = `${Network}`;

/**
 * Posts and media as contract F describes them (H6's API). Hand-written until the routes are in
 * openapi.json; then these become aliases of the generated schemas.
 */
export type PostStatus = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'scheduled' | 'publishing' | 'published' | 'rejected' | 'withdrawn' | 'failed' | 'unknown_outcome' | 'cancelled' | 'missed';

export interface PostAuthor {
  membershipId: string;
  name: string;
}

export interface ApiViolation {
  code: string;
  severity: Severity;
  target?: ViolationTarget;
  span?: TextSpan;
  messageKey: string;
  params: Record<string, string | number>;
}

export interface VariantMediaRef {
  mediaId: string;
  /** Overrides the media's own alt text for this channel; null: the media's. */
  altText: string | null;
}

export interface VariantOptionsDto {
  visibility?: 'public' | 'unlisted' | 'private' | 'direct';
  spoilerText?: string | null;
  language?: string | null;
  languages?: string[];
  replyControl?: 'everyone' | 'following' | 'mentioned' | 'nobody';
}

export interface Variant {
  channelId: string;
  network: NetworkName;
  channelName: string;
  text: string;
  followsMaster: boolean;
  threadParts: string[] | null;
  media: VariantMediaRef[];
  link: string | null;
  options: VariantOptionsDto;
  contentHash: string;
  validation: { length: number; limit: number; violations: ApiViolation[] };
}

export interface Post {
  id: string;
  version: number;
  status: PostStatus;
  briefId: string | null;
  masterText: string;
  themeId: string | null;
  campaignId: string | null;
  audienceIds: string[];
  plannedAt: string | null;
  author: PostAuthor;
  variants: Variant[];
  contentHash: string;
  createdAt: string;
  updatedAt: string;
}

export interface PostSummary {
  id: string;
  version: number;
  status: PostStatus;
  title: string;
  plannedAt: string | null;
  networks: NetworkName[];
  channelIds: string[];
  themeId: string | null;
  briefId: string | null;
  author: PostAuthor;
  updatedAt: string;
}

export interface PostPage {
  items: PostSummary[];
  nextCursor: string | null;
}

export interface CreatePostInput {
  briefId?: string;
  masterText: string;
  themeId?: string;
  campaignId?: string;
  audienceIds?: string[];
  plannedAt?: string;
  channelIds?: string[];
}

export interface VariantInput {
  channelId: string;
  text?: string;
  followsMaster?: boolean;
  threadParts?: string[] | null;
  media?: VariantMediaRef[];
  link?: string | null;
  options?: VariantOptionsDto;
}

export interface UpdatePostInput {
  masterText?: string;
  themeId?: string | null;
  campaignId?: string | null;
  audienceIds?: string[];
  plannedAt?: string | null;
  channelIds?: string[];
  variants?: VariantInput[];
}

export interface PostVersionEntry {
  number: number;
  createdAt: string;
  author: { name: string };
  contentHash: string;
}

export type DiffKind = 'added' | 'removed' | 'same';

export interface DiffSegmentDto {
  kind: DiffKind;
  text: string;
}

export interface PostDiff {
  master: DiffSegmentDto[];
  variants: { channelId: string; segments: DiffSegmentDto[] }[];
}

export interface PostComment {
  id: string;
  body: string;
  author: PostAuthor;
  createdAt: string;
}

export interface Media {
  id: string;
  version: number;
  kind: 'image' | 'video';
  mime: string;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  bytes: number;
  contentHash: string;
  altText: string | null;
  fileName: string | null;
  url: string;
  createdAt: string;
}

export interface MediaPage {
  items: Media[];
  nextCursor: string | null;
}

export interface LinkPreview {
  url: string;
  finalUrl: string;
  title: string | null;
  description: string | null;
  siteName: string | null;
  imageMediaId: string | null;
}

export interface PostListFilters {
  from?: string;
  to?: string;
  status?: PostStatus;
  briefId?: string;
  mine?: boolean;
}
