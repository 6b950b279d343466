import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, OperatorOnly } from '@parvis/api/core';
import { CreatedOrganizationDto, CreateOrganizationDto, OperatorOrganizationListDto } from '../dto/organization.dto';
import { OrganizationsService } from '../services/organizations.service';

/** The instance operator creates organisations; they see names and counts, never content. */
@ApiTags('operator')
@OperatorOnly()
@Controller('operator/organizations')
export class OperatorController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @ApiOkResponse({ type: OperatorOrganizationListDto })
  async list(): Promise<OperatorOrganizationListDto> {
    return { items: await this.organizations.listForOperator() };
  }

  @Post()
  @ApiCreatedResponse({ type: CreatedOrganizationDto })
  create(@Body() body: CreateOrganizationDto, @CurrentUser() user: AuthenticatedUser): Promise<CreatedOrganizationDto> {
    return this.organizations.createWithAdminInvitation({ name: body.name, slug: body.slug, timeZone: body.timeZone }, body.adminEmail, user.id);
  }
}
