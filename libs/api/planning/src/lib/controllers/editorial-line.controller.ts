import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentOrg, OrgScope, RequirePermission } from '@parvis/api/core';
import { OrgParamsDto } from '@parvis/api/identity';
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
import { EditorialLineService } from '../services/editorial-line.service';

/** The editorial line: everyone reads it, admins and editors shape it. */
@ApiTags('editorial-line')
@Controller('orgs/:orgId')
export class EditorialLineController {
  constructor(private readonly line: EditorialLineService) {}

  @Get('audiences')
  @ApiOkResponse({ type: AudienceListDto })
  async audiences(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<AudienceListDto> {
    return { items: await this.line.listAudiences(org.organizationId) };
  }

  @Post('audiences')
  @RequirePermission('planning.edit')
  @ApiCreatedResponse({ type: AudienceDto })
  createAudience(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Body() body: CreateAudienceDto): Promise<AudienceDto> {
    return this.line.saveAudience(org.organizationId, null, body);
  }

  @Patch('audiences/:audienceId')
  @RequirePermission('planning.edit')
  @ApiOkResponse({ type: AudienceDto })
  updateAudience(@Param() p: AudienceParamsDto, @CurrentOrg() org: OrgScope, @Body() body: UpdateAudienceDto): Promise<AudienceDto> {
    return this.line.saveAudience(org.organizationId, p.audienceId, body);
  }

  @Delete('audiences/:audienceId')
  @RequirePermission('planning.edit')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeAudience(@Param() p: AudienceParamsDto, @CurrentOrg() org: OrgScope): Promise<void> {
    return this.line.removeAudience(org.organizationId, p.audienceId);
  }

  @Get('themes')
  @ApiOkResponse({ type: ThemeListDto })
  async themes(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<ThemeListDto> {
    return { items: await this.line.listThemes(org.organizationId) };
  }

  @Post('themes')
  @RequirePermission('planning.edit')
  @ApiCreatedResponse({ type: ThemeDto })
  createTheme(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Body() body: CreateThemeDto): Promise<ThemeDto> {
    return this.line.saveTheme(org.organizationId, null, body);
  }

  @Patch('themes/:themeId')
  @RequirePermission('planning.edit')
  @ApiOkResponse({ type: ThemeDto })
  updateTheme(@Param() p: ThemeParamsDto, @CurrentOrg() org: OrgScope, @Body() body: UpdateThemeDto): Promise<ThemeDto> {
    return this.line.saveTheme(org.organizationId, p.themeId, body);
  }

  @Delete('themes/:themeId')
  @RequirePermission('planning.edit')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeTheme(@Param() p: ThemeParamsDto, @CurrentOrg() org: OrgScope): Promise<void> {
    return this.line.removeTheme(org.organizationId, p.themeId);
  }

  @Get('campaigns')
  @ApiOkResponse({ type: CampaignListDto })
  async campaigns(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<CampaignListDto> {
    return { items: await this.line.listCampaigns(org.organizationId) };
  }

  @Post('campaigns')
  @RequirePermission('planning.edit')
  @ApiCreatedResponse({ type: CampaignDto })
  createCampaign(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Body() body: CreateCampaignDto): Promise<CampaignDto> {
    return this.line.saveCampaign(org.organizationId, null, body);
  }

  @Patch('campaigns/:campaignId')
  @RequirePermission('planning.edit')
  @ApiOkResponse({ type: CampaignDto })
  updateCampaign(@Param() p: CampaignParamsDto, @CurrentOrg() org: OrgScope, @Body() body: UpdateCampaignDto): Promise<CampaignDto> {
    return this.line.saveCampaign(org.organizationId, p.campaignId, body);
  }

  @Delete('campaigns/:campaignId')
  @RequirePermission('planning.edit')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeCampaign(@Param() p: CampaignParamsDto, @CurrentOrg() org: OrgScope): Promise<void> {
    return this.line.removeCampaign(org.organizationId, p.campaignId);
  }
}
