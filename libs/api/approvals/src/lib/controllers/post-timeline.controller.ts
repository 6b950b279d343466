import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentOrg, OrgScope, RequirePermission } from '@parvis/api/core';
import { PostParamsDto } from '../dto/review.dto';
import { PostTimelineDto } from '../dto/timeline.dto';
import { PostTimelineService } from '../services/post-timeline.service';

/** A post's timeline: every event the audit log holds for it, for whoever may read the post. */
@ApiTags('approvals')
@Controller('orgs/:orgId/posts/:postId/timeline')
export class PostTimelineController {
  constructor(private readonly timeline: PostTimelineService) {}

  @Get()
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: PostTimelineDto })
  get(@Param() p: PostParamsDto, @CurrentOrg() org: OrgScope): Promise<PostTimelineDto> {
    return this.timeline.timeline(org, p.postId);
  }
}
