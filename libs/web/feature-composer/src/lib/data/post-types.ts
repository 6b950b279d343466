import type { components } from '@parvis/shared/api-contract';

/** Posts and media as the API publishes them (contract F, generated from openapi.json). */
type Schemas = components['schemas'];

export type NetworkName = Schemas['Network'];
export type PostStatus = Schemas['PostStatus'];
export type PostAuthor = Schemas['PostAuthorDto'];
export type Post = Schemas['PostDto'];
export type Variant = Schemas['VariantDto'];
export type PostSummary = Schemas['PostSummaryDto'];
export type PostPage = Schemas['PostPageDto'];
export type CreatePostInput = Schemas['CreatePostDto'];
export type UpdatePostInput = Schemas['UpdatePostDto'];
export type VariantInput = Schemas['VariantInputDto'];
export type VariantOptionsDto = Schemas['VariantOptionsDto'];
export type PostVersionEntry = Schemas['PostVersionSummaryDto'];
export type PostDiff = Schemas['PostDiffDto'];
export type DiffSegmentDto = Schemas['DiffSegmentDto'];
export type PostComment = Schemas['PostCommentDto'];
export type Media = Schemas['MediaDto'];
export type MediaPage = Schemas['MediaPageDto'];
export type LinkPreview = Schemas['LinkPreviewDto'];

/** A media in the composer's draft: `altText` is this channel's own (null: the media library's). */
export interface VariantMediaRef {
  mediaId: string;
  altText: string | null;
}

export interface PostListFilters {
  from?: string;
  to?: string;
  status?: PostStatus;
  briefId?: string;
  mine?: boolean;
  network?: NetworkName;
}
