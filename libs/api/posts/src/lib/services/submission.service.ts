import { HttpStatus, Injectable } from '@nestjs/common';
import { AppError, OrgScope } from '@parvis/api/core';
import type { ChannelViolationDto, SubmissionCheckDto } from '../dto/post.dto';
import { PostsService } from './posts.service';
import { PostsErrorCode } from './posts.errors';

/**
 * The server's authoritative check before a post goes to approval: every variant's rules, as the
 * composer shows them. Errors refuse the submission with each violation and its channel; warnings
 * are advice. The approvals' submit calls `assertReady` in its own transaction.
 */
@Injectable()
export class SubmissionService {
  constructor(private readonly posts: PostsService) {}

  async assertReady(scope: OrgScope, postId: string): Promise<SubmissionCheckDto> {
    const post = await this.posts.get(scope, postId);
    if (post.variants.length === 0) throw AppError.invalidField('channelIds', 'a post needs at least one channel before it is submitted');
    const violations: ChannelViolationDto[] = post.variants.flatMap((variant) => variant.validation.violations.map((v) => ({ channelId: variant.channelId, ...v })));
    const errors = violations.filter((v) => v.severity === 'error');
    if (errors.length > 0) {
      throw new AppError(PostsErrorCode.PostRulesViolated, `${errors.length} rule(s) broken: ${[...new Set(errors.map((e) => e.code))].join(', ')}`, HttpStatus.BAD_REQUEST, {
        violations: errors,
      });
    }
    return { ready: true, violations };
  }
}
