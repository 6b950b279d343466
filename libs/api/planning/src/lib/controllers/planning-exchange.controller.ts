import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import type { Response } from 'express';
import { AuthenticatedUser, CurrentOrg, CurrentUser, OrgParamsDto, OrgScope, Public, RateLimitBucket, RateLimitedAs, RateLimitGuard, RequirePermission } from '@parvis/api/core';
import { CalendarFeedStatusDto, CalendarFeedUrlDto, ExportQueryDto, ImportBriefsDto, ImportResultDto } from '../dto/exchange.dto';
import { BriefsCsvService, MAX_IMPORT_ROWS } from '../services/briefs-csv.service';
import { CalendarFeedService, FEED_MAX_EVENTS } from '../services/calendar-feed.service';

export class FeedTokenParamsDto {
  @ApiProperty() @IsString() @Length(20, 128) @Matches(/^[A-Za-z0-9_-]+$/, { message: 'token must be a feed token' }) token!: string;
}

/** The planning in and out of Parvis: iCalendar subscription, CSV export and import. */
@ApiTags('planning-exchange')
@Controller()
export class PlanningExchangeController {
  constructor(
    private readonly feeds: CalendarFeedService,
    private readonly csv: BriefsCsvService,
  ) {}

  @Get('orgs/:orgId/calendar-feed')
  @ApiOkResponse({ type: CalendarFeedStatusDto })
  feedStatus(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<CalendarFeedStatusDto> {
    return this.feeds.status(org);
  }

  @Post('orgs/:orgId/calendar-feed')
  @ApiCreatedResponse({ type: CalendarFeedUrlDto })
  issueFeed(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<CalendarFeedUrlDto> {
    return this.feeds.issue(org);
  }

  @Delete('orgs/:orgId/calendar-feed')
  @HttpCode(204)
  @ApiNoContentResponse()
  revokeFeed(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<void> {
    return this.feeds.revoke(org);
  }

  /** Calendar clients cannot log in: the secret URL is the credential. Their polling counts apart from logins. */
  @Public()
  @UseGuards(RateLimitGuard)
  @RateLimitedAs(RateLimitBucket.CalendarFeed)
  @Get('calendar-feeds/:token.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: `An iCalendar (RFC 5545) document: at most ${FEED_MAX_EVENTS.toLocaleString('en')} briefs, the earliest of its window` })
  async feed(@Param() params: FeedTokenParamsDto, @Res() res: Response): Promise<void> {
    const body = await this.feeds.render(params.token);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.send(body);
  }

  @Get('orgs/:orgId/briefs-export')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The planning between two dates, as CSV' })
  async export(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Query() query: ExportQueryDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    const csv = await this.csv.export(org, query.from, query.to);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="planning-${query.from}-${query.to}.csv"`);
    return csv;
  }

  @Get('orgs/:orgId/briefs-import/template')
  @RequirePermission('planning.edit')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV headers and one example row, to fill in and import' })
  template(@Param() _p: OrgParamsDto, @Res({ passthrough: true }) res: Response): string {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="modele-planning.csv"');
    return this.csv.template();
  }

  @Post('orgs/:orgId/briefs-import')
  @RequirePermission('planning.edit')
  @ApiCreatedResponse({ type: ImportResultDto, description: `All or nothing, at most ${MAX_IMPORT_ROWS.toLocaleString('en')} rows` })
  import(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: ImportBriefsDto): Promise<ImportResultDto> {
    return this.csv.import(org, user, body.csv);
  }
}
