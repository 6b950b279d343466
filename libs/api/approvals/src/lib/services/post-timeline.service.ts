import { Injectable } from '@nestjs/common';
import { OrgScope, SYSTEM_ACTOR_LABEL } from '@parvis/api/core';
import { PostsService } from '@parvis/api/posts';
import type { PostTimelineDto, TimelineEventDto } from '../dto/timeline.dto';
import { ApprovalsRepositories } from '../repositories/approvals-repositories';
import type { TimelineRow } from '../repositories/post-timeline.repository';

/** A post's timeline shows at most its latest 500 events (the audit log keeps them all). */
export const TIMELINE_LIMIT = 500;

/** Personal data the audit log keeps for the archives, not shown to every reader of the post. */
const PRIVATE_DETAILS = new Set(['externalEmail', 'clientAddress', 'email']);

/** Flat values only: lists and objects become their JSON text. */
function flatDetails(details: Record<string, unknown>): Record<string, string | number | boolean | null> {
  const flat: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(details)) {
    if (PRIVATE_DETAILS.has(key) || value === undefined) continue;
    flat[key] = value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : JSON.stringify(value);
  }
  return flat;
}

function toEvent(row: TimelineRow): TimelineEventDto {
  const external = row.details['external'] === true;
  const externalName = row.details['externalName'];
  const system = row.actorMembershipId === null && row.actorUserId === null && row.actorLabel === SYSTEM_ACTOR_LABEL;
  return {
    id: row.id,
    at: row.createdAt.toISOString(),
    action: row.action,
    // Null for the system (jobs, the publisher): the SPA says « automatiquement ».
    actorName: external || system ? null : row.actorLabel,
    externalName: external && typeof externalName === 'string' ? externalName : null,
    justification: row.justification,
    contentHashBefore: row.contentHashBefore,
    contentHashAfter: row.contentHashAfter,
    details: flatDetails(row.details),
  };
}

/** Everything that happened to a post (edits, review, scheduling, publication), for whoever may read the post. */
@Injectable()
export class PostTimelineService {
  constructor(
    private readonly repositories: ApprovalsRepositories,
    private readonly posts: PostsService,
  ) {}

  async timeline(scope: OrgScope, postId: string): Promise<PostTimelineDto> {
    // Absent or not visible to the caller: the composer's own 404 (POST_NOT_FOUND).
    await this.posts.get(scope, postId);
    return { items: (await this.repositories.forOrg(scope).timeline.latest(postId, TIMELINE_LIMIT)).map(toEvent) };
  }
}
