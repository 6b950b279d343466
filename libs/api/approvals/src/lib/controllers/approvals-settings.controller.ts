import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AcceptsIfMatch, AuthenticatedUser, CurrentOrg, CurrentUser, IfMatch, OrgParamsDto, OrgScope, RequirePermission } from '@parvis/api/core';
import {
  AbsenceDto,
  AbsenceListDto,
  AbsenceParamsDto,
  AuditExportQueryDto,
  AuditPageDto,
  AuditQueryDto,
  CreateAbsenceDto,
  CreateElectionDto,
  ElectionDto,
  ElectionListDto,
  ElectionParamsDto,
  PauseDto,
  SetPauseDto,
} from '../dto/settings.dto';
import { AbsencesService } from '../services/absences.service';
import { AuditReadService } from '../services/audit-read.service';
import { ElectionsService } from '../services/elections.service';
import { PublicationPauseService } from '../services/pause.service';

/** Absences and substitutes, the "tout suspendre" switch, election declarations and the audit log. */
@ApiTags('approvals')
@Controller('orgs/:orgId')
export class ApprovalsSettingsController {
  constructor(
    private readonly absences: AbsencesService,
    private readonly pause: PublicationPauseService,
    private readonly elections: ElectionsService,
    private readonly auditLog: AuditReadService,
  ) {}

  @Get('absences')
  @ApiOkResponse({ type: AbsenceListDto })
  async listAbsences(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<AbsenceListDto> {
    return { items: await this.absences.list(org) };
  }

  @Post('absences')
  @ApiCreatedResponse({ type: AbsenceDto })
  declareAbsence(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: CreateAbsenceDto): Promise<AbsenceDto> {
    return this.absences.create(org, user, body);
  }

  @Delete('absences/:absenceId')
  @HttpCode(204)
  @ApiNoContentResponse()
  @AcceptsIfMatch()
  removeAbsence(@Param() p: AbsenceParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @IfMatch() ifMatch: number | undefined): Promise<void> {
    return this.absences.remove(org, user, p.absenceId, ifMatch);
  }

  /** Every member sees whether publications are held (the SPA's banner). */
  @Get('publication-pause')
  @ApiOkResponse({ type: PauseDto })
  getPause(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<PauseDto> {
    return this.pause.get(org);
  }

  @Put('publication-pause')
  @RequirePermission('post.schedule')
  @ApiOkResponse({ type: PauseDto })
  setPause(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: SetPauseDto): Promise<PauseDto> {
    return this.pause.set(org, user, body);
  }

  @Get('elections')
  @ApiOkResponse({ type: ElectionListDto })
  listElections(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<ElectionListDto> {
    return this.elections.list(org);
  }

  @Post('elections')
  @RequirePermission('settings.manage')
  @ApiCreatedResponse({ type: ElectionDto })
  declareElection(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: CreateElectionDto): Promise<ElectionDto> {
    return this.elections.create(org, user, body);
  }

  @Delete('elections/:electionId')
  @RequirePermission('settings.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  @AcceptsIfMatch()
  removeElection(@Param() p: ElectionParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @IfMatch() ifMatch: number | undefined): Promise<void> {
    return this.elections.remove(org, user, p.electionId, ifMatch);
  }

  @Get('audit-events')
  @RequirePermission('audit.read')
  @ApiOkResponse({ type: AuditPageDto })
  auditEvents(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.auditLog.page(org, query);
  }

  @Get('audit-events/export')
  @RequirePermission('audit.read')
  @ApiProduces('text/csv', 'application/json')
  @ApiOkResponse({ description: 'The audit log (filtered) as CSV or JSON, for the archives' })
  async exportAudit(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Query() query: AuditExportQueryDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    const file = await this.auditLog.export(org, user, query);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return file.body;
  }
}
