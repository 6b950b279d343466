import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentOrg, CurrentUser, IfMatch, OrgScope, RequirePermission, VersionedResource } from '@parvis/api/core';
import { DecisionInputDto, PostParamsDto, ReviewDto, SubmitPostDto, UrgentPublicationDto, WithdrawPostDto } from '../dto/review.dto';
import { DecisionsService } from '../services/decisions.service';
import { ReviewsService } from '../services/reviews.service';
import { ReviewView } from '../services/review-view';
import { SchedulingService } from '../services/scheduling.service';

const POST_IF_MATCH = ApiHeader({ name: 'If-Match', required: false, description: 'The post’s version as loaded ("3"). Stale → 412' });

/** A post's way through its approval circuit. Who may make each move is the state machine's call. */
@ApiTags('approvals')
@VersionedResource()
@Controller('orgs/:orgId/posts/:postId')
export class ReviewsController {
  constructor(
    private readonly view: ReviewView,
    private readonly reviews: ReviewsService,
    private readonly decisions: DecisionsService,
    private readonly scheduling: SchedulingService,
  ) {}

  @Get('review')
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: ReviewDto })
  get(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope): Promise<ReviewDto> {
    return this.view.get(org, p.postId);
  }

  @Post('submit')
  @HttpCode(200)
  @RequirePermission('post.draft')
  @POST_IF_MATCH
  @ApiOkResponse({ type: ReviewDto })
  submit(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: SubmitPostDto, @IfMatch() ifMatch: number | undefined): Promise<ReviewDto> {
    return this.reviews.submit(org, user, p.postId, body, ifMatch);
  }

  /** Approve, request changes or reject at the current step (If-Match: the review's version). */
  @Post('decisions')
  @HttpCode(200)
  @ApiHeader({ name: 'If-Match', required: false, description: 'The review’s version as loaded. Stale → 412' })
  @ApiOkResponse({ type: ReviewDto })
  decide(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: DecisionInputDto, @IfMatch() ifMatch: number | undefined): Promise<ReviewDto> {
    return this.decisions.decide(org, user, p.postId, body, ifMatch);
  }

  @Post('withdraw')
  @HttpCode(200)
  @RequirePermission('post.draft')
  @POST_IF_MATCH
  @ApiOkResponse({ type: ReviewDto })
  withdraw(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: WithdrawPostDto, @IfMatch() ifMatch: number | undefined): Promise<ReviewDto> {
    return this.reviews.withdraw(org, user, p.postId, body, ifMatch);
  }

  /** Publishes at once with a written justification; logged as urgent, reviewed afterwards. */
  @Post('urgent-publication')
  @HttpCode(200)
  @RequirePermission('post.schedule')
  @POST_IF_MATCH
  @ApiOkResponse({ type: ReviewDto })
  urgent(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: UrgentPublicationDto, @IfMatch() ifMatch: number | undefined): Promise<ReviewDto> {
    return this.reviews.publishUrgently(org, user, p.postId, body, ifMatch);
  }

  /** Puts an approved post in the publication queue for its planned time. */
  @Post('schedule')
  @HttpCode(200)
  @RequirePermission('post.schedule')
  @POST_IF_MATCH
  @ApiOkResponse({ type: ReviewDto })
  schedule(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @IfMatch() ifMatch: number | undefined): Promise<ReviewDto> {
    return this.scheduling.schedule(org, user, p.postId, ifMatch);
  }

  /** Takes a scheduled post out of the queue (back to approved); what was never attempted is cancelled. */
  @Post('unschedule')
  @HttpCode(200)
  @RequirePermission('post.schedule')
  @POST_IF_MATCH
  @ApiOkResponse({ type: ReviewDto })
  unschedule(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @IfMatch() ifMatch: number | undefined): Promise<ReviewDto> {
    return this.scheduling.unschedule(org, user, p.postId, ifMatch);
  }

  /** « Publier maintenant »: an approved or scheduled post goes out at once (no justification: it was approved). */
  @Post('publish-now')
  @HttpCode(200)
  @RequirePermission('post.schedule')
  @POST_IF_MATCH
  @ApiOkResponse({ type: ReviewDto })
  publishNow(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @IfMatch() ifMatch: number | undefined): Promise<ReviewDto> {
    return this.scheduling.publishNow(org, user, p.postId, ifMatch);
  }

  /** The post will not go out (the state machine says from which statuses). */
  @Post('cancel')
  @HttpCode(200)
  @RequirePermission('post.schedule')
  @POST_IF_MATCH
  @ApiOkResponse({ type: ReviewDto })
  cancel(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @IfMatch() ifMatch: number | undefined): Promise<ReviewDto> {
    return this.scheduling.cancel(org, user, p.postId, ifMatch);
  }
}
