import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AcceptsIfMatch, AuthenticatedUser, CurrentOrg, CurrentUser, IfMatch, OrgParamsDto, OrgScope, RequirePermission, VersionedResource } from '@parvis/api/core';
import {
  BriefDto,
  BriefFiltersDto,
  BriefPageDto,
  BriefParamsDto,
  CalendarDto,
  CalendarQueryDto,
  CommentDto,
  CommentListDto,
  CreateBriefDto,
  CreateCommentDto,
  UpdateBriefDto,
} from '../dto/brief.dto';
import { BriefsService, COMMENTS_LIMIT } from '../services/briefs.service';
import { KEY_DATES_LIMIT } from '../services/key-dates.service';
import { CalendarCache } from '../services/calendar-cache';

@ApiTags('briefs')
@VersionedResource()
@Controller('orgs/:orgId')
export class BriefsController {
  constructor(
    private readonly briefs: BriefsService,
    private readonly cache: CalendarCache,
  ) {}

  /** Served from the content-versioned cache, with its ETag (304 when unchanged) and gzip when accepted. */
  @Get('calendar')
  @ApiOkResponse({ type: CalendarDto, description: `The briefs and holidays of the period, with the occurrences of the first ${KEY_DATES_LIMIT.toLocaleString('en')} key dates` })
  async calendar(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Query() query: CalendarQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    const entry = await this.cache.getOrCompute(org, { ...query }, () => this.briefs.calendar(org, query));
    res.type('application/json').setHeader('ETag', entry.etag);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Vary', 'Accept-Encoding, Cookie');
    if (req.fresh) {
      res.status(304).end();
    } else if (req.acceptsEncodings('gzip') === 'gzip') {
      res.setHeader('Content-Encoding', 'gzip');
      res.send(entry.gzip);
    } else {
      res.send(entry.json);
    }
  }

  @Get('briefs')
  @ApiOkResponse({ type: BriefPageDto })
  list(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Query() query: BriefFiltersDto): Promise<BriefPageDto> {
    return this.briefs.page(org, query);
  }

  /** Editors plan; contributors propose (an idea assigned to themself, see BriefsService.create). */
  @Post('briefs')
  @RequirePermission('brief.propose')
  @ApiCreatedResponse({ type: BriefDto })
  create(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: CreateBriefDto): Promise<BriefDto> {
    return this.briefs.create(org, user, body);
  }

  @Get('briefs/:briefId')
  @ApiOkResponse({ type: BriefDto })
  get(@Param() p: BriefParamsDto, @CurrentOrg() org: OrgScope): Promise<BriefDto> {
    return this.briefs.get(org, p.briefId);
  }

  /** Editors change anything (drag and drop sends plannedDate); the assignee moves the status only. */
  @Patch('briefs/:briefId')
  @RequirePermission('brief.write-assigned')
  @ApiOkResponse({ type: BriefDto })
  @AcceptsIfMatch()
  update(
    @Param() p: BriefParamsDto,
    @CurrentOrg() org: OrgScope,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateBriefDto,
    @IfMatch() ifMatch: number | undefined,
  ): Promise<BriefDto> {
    return this.briefs.update(org, user, p.briefId, body, ifMatch);
  }

  @Delete('briefs/:briefId')
  @RequirePermission('planning.edit')
  @HttpCode(204)
  @ApiNoContentResponse()
  @AcceptsIfMatch()
  remove(@Param() p: BriefParamsDto, @CurrentOrg() org: OrgScope, @IfMatch() ifMatch: number | undefined): Promise<void> {
    return this.briefs.remove(org, p.briefId, ifMatch);
  }

  @Post('briefs/:briefId/duplicate')
  @RequirePermission('planning.edit')
  @ApiCreatedResponse({ type: BriefDto })
  duplicate(@Param() p: BriefParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser): Promise<BriefDto> {
    return this.briefs.duplicate(org, user, p.briefId);
  }

  @Get('briefs/:briefId/comments')
  @ApiOkResponse({ type: CommentListDto, description: `The comments, oldest first: the first ${COMMENTS_LIMIT.toLocaleString('en')}` })
  async comments(@Param() p: BriefParamsDto, @CurrentOrg() org: OrgScope): Promise<CommentListDto> {
    return { items: await this.briefs.comments(org, p.briefId) };
  }

  @Post('briefs/:briefId/comments')
  @RequirePermission('brief.comment')
  @ApiCreatedResponse({ type: CommentDto })
  comment(@Param() p: BriefParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: CreateCommentDto): Promise<CommentDto> {
    return this.briefs.addComment(org, p.briefId, user, body.body);
  }
}
