import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentOrg, RequirePermission, type OrgScope } from '@parvis/api/core';
import { PostsService } from '@parvis/api/posts';
import { PostPublicationsParamsDto, PublicationListDto } from '../dto/publication.dto';
import { PublishingRepositories } from '../repositories/publishing-repositories';

/** Per post and channel: the publication status, the live link or the real error. */
@ApiTags('publications')
@Controller('orgs/:orgId/posts/:postId/publications')
export class PublicationsController {
  constructor(
    private readonly posts: PostsService,
    private readonly repositories: PublishingRepositories,
  ) {}

  @Get()
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: PublicationListDto })
  async list(@Param() p: PostPublicationsParamsDto, @CurrentOrg() org: OrgScope): Promise<PublicationListDto> {
    // The post's own rules decide who sees it (404 across organisations, contributors their own posts).
    await this.posts.get(org, p.postId);
    const rows = await this.repositories.forOrg(org).publications.forPost(p.postId);
    return {
      items: rows.map((row) => ({
        id: row.id,
        channelId: row.channelId,
        state: row.state,
        attempts: row.attempts,
        url: row.remoteUrl,
        errorKind: row.lastErrorKind,
        error: row.lastError,
        nextAttemptAt: row.nextAttemptAt.toISOString(),
        publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
      })),
    };
  }
}
