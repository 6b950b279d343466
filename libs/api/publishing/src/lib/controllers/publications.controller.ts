import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentOrg, CurrentUser, IfMatch, OrgParamsDto, RequirePermission, VersionedResource, type AuthenticatedUser, type OrgScope } from '@parvis/api/core';
import { ManualReportDto, PostPublicationsParamsDto, PublicationDto, PublicationListDto, PublicationParamsDto, PublicationQueryDto, PublicationQueuePageDto } from '../dto/publication.dto';
import { PublicationsService } from '../services/publications.service';

/** Per post and channel: the publication status, the live link or the real error. */
@ApiTags('publications')
@Controller('orgs/:orgId/posts/:postId/publications')
export class PublicationsController {
  constructor(private readonly publications: PublicationsService) {}

  @Get()
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: PublicationListDto })
  list(@Param() p: PostPublicationsParamsDto, @CurrentOrg() org: OrgScope): Promise<PublicationListDto> {
    return this.publications.forPost(org, p.postId);
  }
}

/** The organisation's publication queue, « réessayer », and the reports on manual publications. */
@ApiTags('publications')
@VersionedResource()
@Controller('orgs/:orgId/publications')
export class PublicationQueueController {
  constructor(private readonly publications: PublicationsService) {}

  /** In due order (then id), filtered by due time and state; a contributor sees their posts' only. */
  @Get()
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: PublicationQueuePageDto })
  page(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Query() query: PublicationQueryDto): Promise<PublicationQueuePageDto> {
    return this.publications.page(org, query);
  }

  /** Sends it again, where it is safe (`canRetry`); a lost answer is reconciled first. */
  @Post(':publicationId/retry')
  @HttpCode(200)
  @RequirePermission('post.schedule')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The publication’s version as loaded. Stale → 412' })
  @ApiOkResponse({ type: PublicationDto })
  retry(@Param() p: PublicationParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @IfMatch() ifMatch: number | undefined): Promise<PublicationDto> {
    return this.publications.retry(org, user, p.publicationId, ifMatch);
  }

  /** A manual channel: done with the live URL, or not done with a reason (the assignee, an editor or an admin). */
  @Post(':publicationId/manual-report')
  @HttpCode(200)
  @RequirePermission('post.draft')
  @ApiOkResponse({ type: PublicationDto })
  manualReport(@Param() p: PublicationParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: ManualReportDto): Promise<PublicationDto> {
    const report = body.done ? { done: true as const, url: body.url ?? '' } : { done: false as const, reason: body.reason ?? '' };
    return this.publications.manualReport(org, user, p.publicationId, report);
  }
}
