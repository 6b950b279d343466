import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AcceptsIfMatch, AuthenticatedUser, CurrentOrg, CurrentUser, IfMatch, OrgParamsDto, OrgScope, RequirePermission, VersionedResource } from '@parvis/api/core';
import { CreatePostCommentDto, CreatePostDto, DiffQueryDto, PostParamsDto, PostQueryDto, PostVersionParamsDto, UpdatePostDto } from '../dto/post-input.dto';
import { PostCommentDto, PostCommentListDto, PostDiffDto, PostDto, PostPageDto, PostVersionSummaryDto, SubmissionCheckDto } from '../dto/post.dto';
import { PostHistoryService } from '../services/post-history.service';
import { PostsService } from '../services/posts.service';
import { SubmissionService } from '../services/submission.service';

@ApiTags('posts')
@VersionedResource()
@Controller('orgs/:orgId')
export class PostsController {
  constructor(
    private readonly posts: PostsService,
    private readonly history: PostHistoryService,
    private readonly submission: SubmissionService,
  ) {}

  /** Contributors get their own posts and those of briefs assigned to them; at most `limit` (100) a page. */
  @Get('posts')
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: PostPageDto })
  list(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Query() query: PostQueryDto): Promise<PostPageDto> {
    return this.posts.page(org, query);
  }

  @Post('posts')
  @RequirePermission('post.draft')
  @ApiCreatedResponse({ type: PostDto })
  create(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: CreatePostDto): Promise<PostDto> {
    return this.posts.create(org, user, body);
  }

  @Get('posts/:postId')
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: PostDto })
  get(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope): Promise<PostDto> {
    return this.posts.get(org, p.postId);
  }

  @Patch('posts/:postId')
  @RequirePermission('post.draft')
  @ApiOkResponse({ type: PostDto })
  @AcceptsIfMatch()
  update(
    @Param() p: PostParamsDto,
    @CurrentOrg() org: OrgScope,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdatePostDto,
    @IfMatch() ifMatch: number | undefined,
  ): Promise<PostDto> {
    return this.posts.update(org, user, p.postId, body, ifMatch);
  }

  @Delete('posts/:postId')
  @RequirePermission('post.draft')
  @HttpCode(204)
  @ApiNoContentResponse()
  @AcceptsIfMatch()
  remove(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope, @IfMatch() ifMatch: number | undefined): Promise<void> {
    return this.posts.remove(org, p.postId, ifMatch);
  }

  /** At most 1,000 versions, newest first. */
  @Get('posts/:postId/versions')
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: PostVersionSummaryDto, isArray: true })
  versions(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope): Promise<PostVersionSummaryDto[]> {
    return this.history.versions(org, p.postId);
  }

  @Get('posts/:postId/versions/:number')
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: PostDto, description: 'The post as it was after that save' })
  version(@Param() p: PostVersionParamsDto, @CurrentOrg() org: OrgScope): Promise<PostDto> {
    return this.history.version(org, p.postId, p.number);
  }

  @Get('posts/:postId/diff')
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: PostDiffDto })
  diff(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope, @Query() query: DiffQueryDto): Promise<PostDiffDto> {
    return this.history.diff(org, p.postId, query.from, query.to);
  }

  /** The first 500 comments, oldest first. */
  @Get('posts/:postId/comments')
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: PostCommentListDto })
  async comments(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope): Promise<PostCommentListDto> {
    return { items: await this.history.comments(org, p.postId) };
  }

  @Post('posts/:postId/comments')
  @RequirePermission('brief.comment')
  @ApiCreatedResponse({ type: PostCommentDto })
  comment(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: CreatePostCommentDto): Promise<PostCommentDto> {
    return this.history.addComment(org, user, p.postId, body.body);
  }

  @Post('posts/:postId/submission-check')
  @RequirePermission('post.draft')
  @HttpCode(200)
  @ApiOkResponse({ type: SubmissionCheckDto, description: 'Ready: warnings only' })
  @ApiBadRequestResponse({ description: 'POST_RULES_VIOLATED: details.violations, each with its channelId, code and span' })
  submissionCheck(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope): Promise<SubmissionCheckDto> {
    return this.submission.assertReady(org, p.postId);
  }
}
