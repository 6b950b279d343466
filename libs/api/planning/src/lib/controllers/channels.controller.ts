import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentOrg, OrgScope, RequirePermission } from '@parvis/api/core';
import { OrgParamsDto } from '@parvis/api/identity';
import { ChannelDto, ChannelListDto, ChannelParamsDto, CreateChannelDto, UpdateChannelDto } from '../dto/editorial-line.dto';
import { EditorialLineService } from '../services/editorial-line.service';

/** The organisation's accounts on the networks; registered before they are connected. */
@ApiTags('channels')
@Controller('orgs/:orgId/channels')
export class ChannelsController {
  constructor(private readonly line: EditorialLineService) {}

  @Get()
  @ApiOkResponse({ type: ChannelListDto })
  async list(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<ChannelListDto> {
    return { items: await this.line.listChannels(org.organizationId) };
  }

  @Post()
  @RequirePermission('channels.manage')
  @ApiCreatedResponse({ type: ChannelDto })
  create(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Body() body: CreateChannelDto): Promise<ChannelDto> {
    return this.line.createChannel(org.organizationId, body);
  }

  @Patch(':channelId')
  @RequirePermission('channels.manage')
  @ApiOkResponse({ type: ChannelDto })
  update(@Param() p: ChannelParamsDto, @CurrentOrg() org: OrgScope, @Body() body: UpdateChannelDto): Promise<ChannelDto> {
    return this.line.updateChannel(org.organizationId, p.channelId, body);
  }

  @Delete(':channelId')
  @RequirePermission('channels.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param() p: ChannelParamsDto, @CurrentOrg() org: OrgScope): Promise<void> {
    return this.line.removeChannel(org.organizationId, p.channelId);
  }
}
