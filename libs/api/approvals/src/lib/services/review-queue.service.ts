import { Injectable } from '@nestjs/common';
import { AppError, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, OrgScope } from '@parvis/api/core';
import { shortTitle } from '@parvis/shared/domain';
import type { ReviewQueueCountDto, ReviewQueueItemDto, ReviewQueuePageDto, ReviewQueueQueryDto } from '../dto/review-queue.dto';
import { ApprovalsRepositories } from '../repositories/approvals-repositories';
import type { QueueKey, QueueRow } from '../repositories/review-queue.repository';
import { todayIn } from './review-view';

/** A PostgreSQL timestamptz as text, or infinity (the sort key of "none"). */
const SORT_INSTANT = /^(infinity|\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2})$/;

function keyOf(cursor: string): QueueKey {
  const key = decodeCursor(cursor, 'text');
  const [deadline, plannedAt, extra] = key?.value.split('|') ?? [];
  if (!key || !deadline || !plannedAt || extra !== undefined || !SORT_INSTANT.test(deadline) || !SORT_INSTANT.test(plannedAt)) {
    throw AppError.invalidField('cursor', 'cursor must be a cursor returned by a previous page');
  }
  return { deadline, plannedAt, postId: key.id };
}

const toItem = (r: QueueRow): ReviewQueueItemDto => ({
  postId: r.postId,
  title: shortTitle(r.firstLine),
  excerpt: r.excerpt,
  authorName: r.authorName,
  status: r.status,
  circuitName: r.circuitName,
  currentStep: r.currentStep,
  stepName: r.stepName,
  stepDeadline: r.stepDeadline?.toISOString() ?? null,
  plannedAt: r.plannedAt?.toISOString() ?? null,
  networks: [...(r.networks ?? [])].sort(),
  reviewVersion: r.reviewVersion,
  postVersion: r.postVersion,
  contentHash: r.contentHash,
  onBehalfOfName: r.onBehalfOfName,
  urgent: r.urgent,
  sensitive: r.sensitive,
});

/**
 * « À valider »: the posts the caller may decide on now (their own steps, and those of absent
 * approvers they stand in for today), the most pressing first. The filter is the database's.
 */
@Injectable()
export class ReviewQueueService {
  constructor(private readonly repositories: ApprovalsRepositories) {}

  async page(scope: OrgScope, query: ReviewQueueQueryDto): Promise<ReviewQueuePageDto> {
    const after = query.cursor ? keyOf(query.cursor) : null;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.repositories.forOrg(scope).queue.page(scope.membershipId, todayIn(scope.timeZone), limit + 1, after);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? encodeCursor({ value: `${last.deadlineKey}|${last.plannedKey}`, id: last.postId }) : null;
    return { items: items.map(toItem), nextCursor };
  }

  async count(scope: OrgScope): Promise<ReviewQueueCountDto> {
    return { count: await this.repositories.forOrg(scope).queue.count(scope.membershipId, todayIn(scope.timeZone)) };
  }
}
