import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentOrg, OrgScope, RequirePermission } from '@parvis/api/core';
import { OrgParamsDto } from '@parvis/api/identity';
import { CreateKeyDateDto, KeyDateDto, KeyDateListDto, KeyDateParamsDto, UpdateKeyDateDto } from '../dto/key-date.dto';
import { KeyDatesService } from '../services/key-dates.service';

@ApiTags('editorial-line')
@Controller('orgs/:orgId/key-dates')
export class KeyDatesController {
  constructor(private readonly keyDates: KeyDatesService) {}

  @Get()
  @ApiOkResponse({ type: KeyDateListDto })
  async list(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<KeyDateListDto> {
    return { items: await this.keyDates.list(org.organizationId) };
  }

  @Post()
  @RequirePermission('planning.edit')
  @ApiCreatedResponse({ type: KeyDateDto })
  create(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Body() body: CreateKeyDateDto): Promise<KeyDateDto> {
    return this.keyDates.save(org.organizationId, null, body);
  }

  @Patch(':keyDateId')
  @RequirePermission('planning.edit')
  @ApiOkResponse({ type: KeyDateDto })
  update(@Param() p: KeyDateParamsDto, @CurrentOrg() org: OrgScope, @Body() body: UpdateKeyDateDto): Promise<KeyDateDto> {
    return this.keyDates.save(org.organizationId, p.keyDateId, body);
  }

  @Delete(':keyDateId')
  @RequirePermission('planning.edit')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param() p: KeyDateParamsDto, @CurrentOrg() org: OrgScope): Promise<void> {
    return this.keyDates.remove(org.organizationId, p.keyDateId);
  }
}
