import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AcceptsIfMatch, AuthenticatedUser, CurrentOrg, CurrentUser, IfMatch, OrgParamsDto, OrgScope, RequirePermission, VersionedResource } from '@parvis/api/core';
import { CircuitDto, CircuitListDto, CircuitParamsDto, CreateCircuitDto, UpdateCircuitDto } from '../dto/circuit.dto';
import { CircuitsService } from '../services/circuits.service';

@ApiTags('approvals')
@VersionedResource()
@Controller('orgs/:orgId/circuits')
export class CircuitsController {
  constructor(private readonly circuits: CircuitsService) {}

  /** Every member may read how posts are approved. */
  @Get()
  @ApiOkResponse({ type: CircuitListDto })
  async list(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<CircuitListDto> {
    return { items: await this.circuits.list(org) };
  }

  @Post()
  @RequirePermission('settings.manage')
  @ApiCreatedResponse({ type: CircuitDto })
  create(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: CreateCircuitDto): Promise<CircuitDto> {
    return this.circuits.create(org, user, body);
  }

  @Patch(':circuitId')
  @RequirePermission('settings.manage')
  @ApiOkResponse({ type: CircuitDto })
  @AcceptsIfMatch()
  update(@Param() p: CircuitParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: UpdateCircuitDto, @IfMatch() ifMatch: number | undefined): Promise<CircuitDto> {
    return this.circuits.update(org, user, p.circuitId, body, ifMatch);
  }

  @Delete(':circuitId')
  @RequirePermission('settings.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  @AcceptsIfMatch()
  remove(@Param() p: CircuitParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @IfMatch() ifMatch: number | undefined): Promise<void> {
    return this.circuits.remove(org, user, p.circuitId, ifMatch);
  }
}
