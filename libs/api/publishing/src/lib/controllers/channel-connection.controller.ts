import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentOrg, CurrentUser, RequirePermission, type AuthenticatedUser, type OrgScope } from '@parvis/api/core';
import { ChannelConnectionParamsDto, ConnectChannelDto, ConnectionDto, OAuthCallbackQueryDto, OAuthStartDto, StartOAuthDto, VerifyResultDto } from '../dto/connection.dto';
import { ConnectionsService } from '../services/connections.service';
import { OAuthConnectService } from '../services/oauth-connect.service';

/** A channel's connection to its account (admins: contract C's channels.manage). Never answers a secret. */
@ApiTags('channels')
@Controller('orgs/:orgId/channels/:channelId/connection')
@RequirePermission('channels.manage')
export class ChannelConnectionController {
  constructor(
    private readonly connections: ConnectionsService,
    private readonly oauth: OAuthConnectService,
  ) {}

  @Get()
  @ApiOkResponse({ type: ConnectionDto })
  get(@Param() p: ChannelConnectionParamsDto, @CurrentOrg() org: OrgScope): Promise<ConnectionDto> {
    return this.connections.get(org, p.channelId);
  }

  /** Handle and app password on a PDS, an instance and a pasted access token…: checked by the server. */
  @Put()
  @ApiOkResponse({ type: ConnectionDto })
  connect(@Param() p: ChannelConnectionParamsDto, @CurrentOrg() org: OrgScope, @Body() body: ConnectChannelDto): Promise<ConnectionDto> {
    return this.connections.connect(org, p.channelId, body);
  }

  @Post('oauth')
  @HttpCode(200)
  @ApiOkResponse({ type: OAuthStartDto })
  startOAuth(@Param() p: ChannelConnectionParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: StartOAuthDto): Promise<OAuthStartDto> {
    return this.oauth.start(org, user, p.channelId, body.serviceUrl);
  }

  @Post('verify')
  @HttpCode(200)
  @ApiOkResponse({ type: VerifyResultDto })
  verify(@Param() p: ChannelConnectionParamsDto, @CurrentOrg() org: OrgScope): Promise<VerifyResultDto> {
    return this.connections.verify(org, p.channelId);
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse()
  disconnect(@Param() p: ChannelConnectionParamsDto, @CurrentOrg() org: OrgScope): Promise<void> {
    return this.connections.disconnect(org, p.channelId);
  }
}

/** Where the server sends the signed-in admin back after the authorisation page. */
@ApiTags('channels')
@Controller('publishing/oauth')
export class OAuthCallbackController {
  constructor(private readonly oauth: OAuthConnectService) {}

  @Get('callback')
  @ApiFoundResponse({ description: 'To the channels page, with ?connection=connected|refused' })
  async callback(@CurrentUser() user: AuthenticatedUser, @Query() query: OAuthCallbackQueryDto, @Res() response: Response): Promise<void> {
    response.redirect(302, await this.oauth.complete(user, query));
  }
}
