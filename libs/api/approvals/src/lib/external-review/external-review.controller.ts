import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AcceptsIfMatch, AuthenticatedUser, CurrentOrg, CurrentUser, IfMatch, OrgScope, RequirePermission, VersionedResource } from '@parvis/api/core';
import { PostParamsDto } from '../dto/review.dto';
import { CreateExternalReviewDto, ExternalReviewLinkDto, ExternalReviewLinkListDto, ExternalReviewLinkParamsDto } from './external-review.dto';
import { ExternalReviewService } from './external-review.service';

/** The editor sends, lists and revokes the links of a post's external step. */
@ApiTags('external-reviews')
@VersionedResource()
@Controller('orgs/:orgId/posts/:postId/external-reviews')
export class ExternalReviewController {
  constructor(private readonly links: ExternalReviewService) {}

  /** 409 EXTERNAL_REVIEW_NOT_EXTERNAL_STEP unless the post is in review at an external step. The url is in this answer only. */
  @Post()
  @RequirePermission('post.schedule')
  @ApiCreatedResponse({ type: ExternalReviewLinkDto })
  create(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: CreateExternalReviewDto): Promise<ExternalReviewLinkDto> {
    return this.links.create(org, user, p.postId, body);
  }

  @Get()
  @RequirePermission('post.schedule')
  @ApiOkResponse({ type: ExternalReviewLinkListDto })
  list(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope): Promise<ExternalReviewLinkListDto> {
    return this.links.list(org, p.postId);
  }

  @Delete(':linkId')
  @RequirePermission('post.schedule')
  @HttpCode(204)
  @AcceptsIfMatch()
  @ApiNoContentResponse()
  revoke(@Param() p: ExternalReviewLinkParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @IfMatch() ifMatch: number | undefined): Promise<void> {
    return this.links.revoke(org, user, p.postId, p.linkId, ifMatch);
  }
}
