import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentOrg, OrgParamsDto, OrgScope, RequirePermission } from '@parvis/api/core';
import { ReviewQueueCountDto, ReviewQueuePageDto, ReviewQueueQueryDto } from '../dto/review-queue.dto';
import { ReviewQueueService } from '../services/review-queue.service';

/** The approver's « À valider » queue and its count (the navigation badge). */
@ApiTags('approvals')
@Controller('orgs/:orgId/review-queue')
export class ReviewQueueController {
  constructor(private readonly queue: ReviewQueueService) {}

  @Get()
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: ReviewQueuePageDto })
  page(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Query() query: ReviewQueueQueryDto): Promise<ReviewQueuePageDto> {
    return this.queue.page(org, query);
  }

  @Get('count')
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: ReviewQueueCountDto })
  count(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<ReviewQueueCountDto> {
    return this.queue.count(org);
  }
}
