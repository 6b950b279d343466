import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AcceptsIfMatch, AuthenticatedUser, CurrentOrg, CurrentUser, IfMatch, OrgParamsDto, OrgScope, RequirePermission, VersionedResource } from '@parvis/api/core';
import { NotificationPreferencesDto, UpdateNotificationPreferencesDto } from './notification-preferences.dto';
import { NotificationPreferencesService } from './notification-preferences.service';

/** My own e-mail preference in this organisation: any member (every role reads the calendar). */
@ApiTags('notifications')
@Controller('orgs/:orgId/me/notification-preferences')
@VersionedResource()
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get()
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: NotificationPreferencesDto })
  get(@Param() _params: OrgParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser): Promise<NotificationPreferencesDto> {
    return this.preferences.get(org, user.id);
  }

  @Put()
  @RequirePermission('calendar.read')
  @AcceptsIfMatch()
  @ApiOkResponse({ type: NotificationPreferencesDto })
  update(
    @Param() _params: OrgParamsDto,
    @CurrentOrg() org: OrgScope,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateNotificationPreferencesDto,
    @IfMatch() ifMatch: number | undefined,
  ): Promise<NotificationPreferencesDto> {
    return this.preferences.update(org, user.id, body.emailMode, ifMatch);
  }
}
