import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentOrg, CurrentUser, CursorQueryDto, OrgParamsDto, OrgScope } from '@parvis/api/core';
import { NotificationPageDto, NotificationParamsDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';

/** My notifications in this organisation. */
@ApiTags('notifications')
@Controller('orgs/:orgId/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPageDto })
  list(@Param() _params: OrgParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Query() query: CursorQueryDto): Promise<NotificationPageDto> {
    return this.notifications.page(org, user.id, query.limit, query.cursor);
  }

  @Post('read-all')
  @HttpCode(204)
  @ApiNoContentResponse()
  readAll(@Param() _params: OrgParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.notifications.markAllRead(org, user.id);
  }

  @Post(':notificationId/read')
  @HttpCode(204)
  @ApiNoContentResponse()
  read(@Param() params: NotificationParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.notifications.markRead(org, user.id, params.notificationId);
  }
}
