import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AcceptsIfMatch, CurrentOrg, IfMatch, OrgParamsDto, OrgScope, RequirePermission, VersionedResource } from '@parvis/api/core';
import {
  AudienceDto,
  AudienceListDto,
  AudienceParamsDto,
  CampaignDto,
  CampaignListDto,
  CampaignParamsDto,
  CreateAudienceDto,
  CreateCampaignDto,
  CreateThemeDto,
  ThemeDto,
  ThemeListDto,
  ThemeParamsDto,
  UpdateAudienceDto,
  UpdateCampaignDto,
  UpdateThemeDto,
} from '../dto/editorial-line.dto';
import { EDITORIAL_LINE_LIMIT, EditorialLineService } from '../services/editorial-line.service';

/** The editorial line: everyone reads it, admins and editors shape it. */
@ApiTags('editorial-line')
@VersionedResource()
@Controller('orgs/:orgId')
export class EditorialLineController {
  constructor(private readonly line: EditorialLineService) {}

  @Get('audiences')
  @ApiOkResponse({ type: AudienceListDto, description: `The audiences by name: at most ${EDITORIAL_LINE_LIMIT.toLocaleString('en')}` })
  async audiences(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<AudienceListDto> {
    return { items: await this.line.listAudiences(org) };
  }

  @Post('audiences')
  @RequirePermission('planning.edit')
  @ApiCreatedResponse({ type: AudienceDto })
  createAudience(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Body() body: CreateAudienceDto): Promise<AudienceDto> {
    return this.line.saveAudience(org, null, body);
  }

  @Patch('audiences/:audienceId')
  @RequirePermission('planning.edit')
  @ApiOkResponse({ type: AudienceDto })
  @AcceptsIfMatch()
  updateAudience(@Param() p: AudienceParamsDto, @CurrentOrg() org: OrgScope, @Body() body: UpdateAudienceDto, @IfMatch() ifMatch: number | undefined): Promise<AudienceDto> {
    return this.line.saveAudience(org, p.audienceId, body, ifMatch);
  }

  @Delete('audiences/:audienceId')
  @RequirePermission('planning.edit')
  @HttpCode(204)
  @ApiNoContentResponse()
  @AcceptsIfMatch()
  removeAudience(@Param() p: AudienceParamsDto, @CurrentOrg() org: OrgScope, @IfMatch() ifMatch: number | undefined): Promise<void> {
    return this.line.removeAudience(org, p.audienceId, ifMatch);
  }

  @Get('themes')
  @ApiOkResponse({ type: ThemeListDto, description: `The themes by name: at most ${EDITORIAL_LINE_LIMIT.toLocaleString('en')}` })
  async themes(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<ThemeListDto> {
    return { items: await this.line.listThemes(org) };
  }

  @Post('themes')
  @RequirePermission('planning.edit')
  @ApiCreatedResponse({ type: ThemeDto })
  createTheme(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Body() body: CreateThemeDto): Promise<ThemeDto> {
    return this.line.saveTheme(org, null, body);
  }

  @Patch('themes/:themeId')
  @RequirePermission('planning.edit')
  @ApiOkResponse({ type: ThemeDto })
  @AcceptsIfMatch()
  updateTheme(@Param() p: ThemeParamsDto, @CurrentOrg() org: OrgScope, @Body() body: UpdateThemeDto, @IfMatch() ifMatch: number | undefined): Promise<ThemeDto> {
    return this.line.saveTheme(org, p.themeId, body, ifMatch);
  }

  @Delete('themes/:themeId')
  @RequirePermission('planning.edit')
  @HttpCode(204)
  @ApiNoContentResponse()
  @AcceptsIfMatch()
  removeTheme(@Param() p: ThemeParamsDto, @CurrentOrg() org: OrgScope, @IfMatch() ifMatch: number | undefined): Promise<void> {
    return this.line.removeTheme(org, p.themeId, ifMatch);
  }

  @Get('campaigns')
  @ApiOkResponse({ type: CampaignListDto, description: `The campaigns, latest start first: at most ${EDITORIAL_LINE_LIMIT.toLocaleString('en')}` })
  async campaigns(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<CampaignListDto> {
    return { items: await this.line.listCampaigns(org) };
  }

  @Post('campaigns')
  @RequirePermission('planning.edit')
  @ApiCreatedResponse({ type: CampaignDto })
  createCampaign(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Body() body: CreateCampaignDto): Promise<CampaignDto> {
    return this.line.saveCampaign(org, null, body);
  }

  @Patch('campaigns/:campaignId')
  @RequirePermission('planning.edit')
  @ApiOkResponse({ type: CampaignDto })
  @AcceptsIfMatch()
  updateCampaign(@Param() p: CampaignParamsDto, @CurrentOrg() org: OrgScope, @Body() body: UpdateCampaignDto, @IfMatch() ifMatch: number | undefined): Promise<CampaignDto> {
    return this.line.saveCampaign(org, p.campaignId, body, ifMatch);
  }

  @Delete('campaigns/:campaignId')
  @RequirePermission('planning.edit')
  @HttpCode(204)
  @ApiNoContentResponse()
  @AcceptsIfMatch()
  removeCampaign(@Param() p: CampaignParamsDto, @CurrentOrg() org: OrgScope, @IfMatch() ifMatch: number | undefined): Promise<void> {
    return this.line.removeCampaign(org, p.campaignId, ifMatch);
  }
}
