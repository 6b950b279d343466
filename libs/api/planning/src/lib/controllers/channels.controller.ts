import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AcceptsIfMatch, CurrentOrg, IfMatch, OrgParamsDto, OrgScope, RequirePermission, VersionedResource } from '@parvis/api/core';
import { ChannelDto, ChannelListDto, ChannelParamsDto, CreateChannelDto, UpdateChannelDto } from '../dto/editorial-line.dto';
import { EDITORIAL_LINE_LIMIT, EditorialLineService } from '../services/editorial-line.service';

/** The organisation's accounts on the networks; registered before they are connected. */
@ApiTags('channels')
@VersionedResource()
@Controller('orgs/:orgId/channels')
export class ChannelsController {
  constructor(private readonly line: EditorialLineService) {}

  @Get()
  @ApiOkResponse({ type: ChannelListDto, description: `The channels by network and name: at most ${EDITORIAL_LINE_LIMIT.toLocaleString('en')}` })
  async list(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<ChannelListDto> {
    return { items: await this.line.listChannels(org) };
  }

  @Post()
  @RequirePermission('channels.manage')
  @ApiCreatedResponse({ type: ChannelDto })
  create(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Body() body: CreateChannelDto): Promise<ChannelDto> {
    return this.line.createChannel(org, body);
  }

  @Patch(':channelId')
  @RequirePermission('channels.manage')
  @ApiOkResponse({ type: ChannelDto })
  @AcceptsIfMatch()
  update(@Param() p: ChannelParamsDto, @CurrentOrg() org: OrgScope, @Body() body: UpdateChannelDto, @IfMatch() ifMatch: number | undefined): Promise<ChannelDto> {
    return this.line.updateChannel(org, p.channelId, body, ifMatch);
  }

  @Delete(':channelId')
  @RequirePermission('channels.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  @AcceptsIfMatch()
  remove(@Param() p: ChannelParamsDto, @CurrentOrg() org: OrgScope, @IfMatch() ifMatch: number | undefined): Promise<void> {
    return this.line.removeChannel(org, p.channelId, ifMatch);
  }
}
