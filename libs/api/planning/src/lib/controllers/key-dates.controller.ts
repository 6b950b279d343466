import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AcceptsIfMatch, CurrentOrg, IfMatch, OrgParamsDto, OrgScope, RequirePermission, VersionedResource } from '@parvis/api/core';
import { CreateKeyDateDto, KeyDateDto, KeyDateListDto, KeyDateParamsDto, UpdateKeyDateDto } from '../dto/key-date.dto';
import { KEY_DATES_LIMIT, KeyDatesService } from '../services/key-dates.service';

@ApiTags('editorial-line')
@VersionedResource()
@Controller('orgs/:orgId/key-dates')
export class KeyDatesController {
  constructor(private readonly keyDates: KeyDatesService) {}

  @Get()
  @ApiOkResponse({ type: KeyDateListDto, description: `The key dates by date: at most ${KEY_DATES_LIMIT.toLocaleString('en')}` })
  async list(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<KeyDateListDto> {
    return { items: await this.keyDates.list(org) };
  }

  @Post()
  @RequirePermission('planning.edit')
  @ApiCreatedResponse({ type: KeyDateDto })
  create(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Body() body: CreateKeyDateDto): Promise<KeyDateDto> {
    return this.keyDates.save(org, null, body);
  }

  @Patch(':keyDateId')
  @RequirePermission('planning.edit')
  @ApiOkResponse({ type: KeyDateDto })
  @AcceptsIfMatch()
  update(@Param() p: KeyDateParamsDto, @CurrentOrg() org: OrgScope, @Body() body: UpdateKeyDateDto, @IfMatch() ifMatch: number | undefined): Promise<KeyDateDto> {
    return this.keyDates.save(org, p.keyDateId, body, ifMatch);
  }

  @Delete(':keyDateId')
  @RequirePermission('planning.edit')
  @HttpCode(204)
  @ApiNoContentResponse()
  @AcceptsIfMatch()
  remove(@Param() p: KeyDateParamsDto, @CurrentOrg() org: OrgScope, @IfMatch() ifMatch: number | undefined): Promise<void> {
    return this.keyDates.remove(org, p.keyDateId, ifMatch);
  }
}
