import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AcceptsIfMatch, CurrentOrg, IfMatch, OrgParamsDto, OrgScope, RequirePermission, VersionedResource } from '@parvis/api/core';
import { PostSettingsDto, UpdatePostSettingsDto } from '../dto/post-settings.dto';
import { PostSettingsService } from '../services/post-settings.service';

@ApiTags('posts')
@VersionedResource()
@Controller('orgs/:orgId')
export class PostSettingsController {
  constructor(private readonly settings: PostSettingsService) {}

  @Get('post-settings')
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: PostSettingsDto })
  get(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<PostSettingsDto> {
    return this.settings.get(org);
  }

  @Patch('post-settings')
  @RequirePermission('settings.manage')
  @ApiOkResponse({ type: PostSettingsDto })
  @AcceptsIfMatch()
  update(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Body() body: UpdatePostSettingsDto, @IfMatch() ifMatch: number | undefined): Promise<PostSettingsDto> {
    return this.settings.update(org, body, ifMatch);
  }
}
