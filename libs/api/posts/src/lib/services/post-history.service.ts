import { Injectable } from '@nestjs/common';
import { AppError, AuthenticatedUser, OrgScope, TransactionContext } from '@parvis/api/core';
import { MemberRef, MembersService } from '@parvis/api/identity';
import { NotificationKind, NotificationsService } from '@parvis/api/notifications';
import { diffVariants, wordDiff, type DiffSegment, type VariantContent } from '@parvis/shared/domain';
import type { DiffSegmentDto, PostCommentDto, PostDiffDto, PostDto, PostVersionSummaryDto, VariantDto } from '../dto/post.dto';
import type { PostCommentEntity } from '../entities';
import { PostsRepositories } from '../repositories/posts-repositories';
import { findMentions } from './mentions';
import { firstLineTitle, PostAssembler } from './post-assembler';
import { assertVisible } from './post-access';
import { PostsErrorCode } from './posts.errors';

/** The history lists at most this many versions, newest first; a post shows its first 500 comments. */
export const VERSIONS_LIMIT = 1000;
export const COMMENTS_LIMIT = 500;

const segments = (diff: DiffSegment[]): DiffSegmentDto[] => diff.map((s) => ({ kind: s.kind === 'unchanged' ? 'same' : s.kind, text: s.text }));

/** What the word diff compares of a variant: the published text, media by hash, link and options. */
function comparable(variant: VariantDto | undefined, channelId: string): VariantContent {
  return {
    channelId,
    text: variant?.text ?? '',
    threadParts: variant?.threadParts ?? undefined,
    media: (variant?.media ?? []).map((m) => ({ contentHash: m.mediaId, kind: 'image', mimeType: '', sizeBytes: 0, width: null, height: null, durationSeconds: null, altText: m.altText, fileName: null })),
    link: variant?.link ?? null,
    options: { ...variant?.options },
  };
}

/** A post's versions, their word diff, and the internal discussion with @mentions. */
@Injectable()
export class PostHistoryService {
  constructor(
    private readonly repositories: PostsRepositories,
    private readonly assembler: PostAssembler,
    private readonly transactions: TransactionContext,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
  ) {}

  async versions(scope: OrgScope, postId: string): Promise<PostVersionSummaryDto[]> {
    const repos = this.repositories.forOrg(scope);
    await this.assembler.find(repos, postId);
    await assertVisible(scope, repos, postId);
    return (await repos.versions.listForPost(postId, VERSIONS_LIMIT)).map((v) => ({
      number: v.number,
      createdAt: v.createdAt.toISOString(),
      author: { membershipId: v.authorMembershipId, name: v.authorName },
      contentHash: v.contentHash,
    }));
  }

  async version(scope: OrgScope, postId: string, number: number): Promise<PostDto> {
    const repos = this.repositories.forOrg(scope);
    await this.assembler.find(repos, postId);
    await assertVisible(scope, repos, postId);
    const version = await repos.versions.findNumber(postId, number);
    if (!version) throw AppError.notFound(PostsErrorCode.PostVersionNotFound, `Version ${number} of this post not found`);
    return version.snapshot;
  }

  /** Word diff of the master text and of each variant between two versions (either order). */
  async diff(scope: OrgScope, postId: string, fromVersion?: number, toVersion?: number): Promise<PostDiffDto> {
    const to = toVersion ?? (await this.latestVersionNumber(scope, postId));
    const from = fromVersion ?? Math.max(1, to - 1);
    const before = await this.version(scope, postId, from);
    const after = await this.version(scope, postId, to);
    const channelIds = [...new Set([...before.variants, ...after.variants].map((v) => v.channelId))];
    return {
      from,
      to,
      master: segments(wordDiff(before.masterText, after.masterText)),
      variants: channelIds.map((channelId) => {
        const diff = diffVariants(comparable(before.variants.find((v) => v.channelId === channelId), channelId), comparable(after.variants.find((v) => v.channelId === channelId), channelId));
        const other = [
          ...(diff.media.added.length || diff.media.removed.length || diff.media.reordered ? ['media'] : []),
          ...(diff.media.altTextChanged.length ? ['altText'] : []),
          ...(diff.link ? ['link'] : []),
          ...diff.optionsChanged.map((name) => `options.${name}`),
        ];
        return { channelId, segments: segments(diff.text), otherChanges: other };
      }),
    };
  }

  /** The saved version of the post's current content (ReviewDto.latestVersionNumber), else its newest saved version. */
  async latestVersionNumber(scope: OrgScope, postId: string): Promise<number> {
    const repos = this.repositories.forOrg(scope);
    const post = await this.assembler.find(repos, postId);
    return (await repos.versions.newestWithHash(postId, post.contentHash)) ?? (await repos.versions.listForPost(postId, 1))[0]?.number ?? post.version;
  }

  async comments(scope: OrgScope, postId: string): Promise<PostCommentDto[]> {
    const repos = this.repositories.forOrg(scope);
    await this.assembler.find(repos, postId);
    await assertVisible(scope, repos, postId);
    return (await repos.comments.listForPost(postId, COMMENTS_LIMIT)).map(toCommentDto);
  }

  /** The members mentioned are told through the notification centre, in the comment's transaction. */
  async addComment(scope: OrgScope, user: AuthenticatedUser, postId: string, body: string): Promise<PostCommentDto> {
    return this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const post = await this.assembler.find(repos, postId);
      await assertVisible(scope, repos, postId);
      const directory = await this.members.directory(scope);
      const mentioned: MemberRef[] = findMentions(body, directory);
      const comment = await repos.comments.insert({
        postId,
        authorMembershipId: scope.membershipId,
        authorName: user.displayName.slice(0, 120),
        body: body.trim(),
        mentionedMembershipIds: mentioned.map((m) => m.membershipId),
      });
      for (const member of mentioned.filter((m) => m.userId !== user.id)) {
        await this.notifications.notify(scope, {
          userId: member.userId,
          kind: NotificationKind.PostMention,
          title: firstLineTitle(post.masterText) || 'Publication sans texte',
          link: `/orgs/${scope.organizationId}/posts/${postId}`,
          actorUserId: user.id,
        });
      }
      return toCommentDto(comment);
    });
  }
}

function toCommentDto(c: PostCommentEntity): PostCommentDto {
  return {
    id: c.id,
    body: c.body,
    author: { membershipId: c.authorMembershipId, name: c.authorName },
    mentionedMembershipIds: c.mentionedMembershipIds,
    createdAt: c.createdAt.toISOString(),
  };
}
