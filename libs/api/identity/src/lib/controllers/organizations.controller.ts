import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AcceptsIfMatch, AuthenticatedUser, CurrentOrg, CurrentUser, CursorQueryDto, IfMatch, OrgParamsDto, OrgScope, RequirePermission, VersionedResource } from '@parvis/api/core';
import {
  CreatedInvitationDto,
  CreateInvitationDto,
  InvitationListDto,
  InvitationParamsDto,
  MemberDto,
  MemberPageDto,
  MemberParamsDto,
  OrganizationDto,
  PasswordResetLinkDto,
  TeamDto,
  TeamListDto,
  TeamNameDto,
  TeamParamsDto,
  UpdateMemberDto,
  UpdateOrganizationDto,
} from '../dto/organization.dto';
import { InvitationsService, MAX_PENDING_INVITATIONS } from '../services/invitations.service';
import { MembersService } from '../services/members.service';
import { OrganizationsService } from '../services/organizations.service';
import { MAX_TEAMS, TeamsService } from '../services/teams.service';

/** Routes of one organisation: the access guard has checked the membership of `:orgId`. */
@ApiTags('organizations')
@VersionedResource()
@Controller('orgs/:orgId')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
    private readonly teams: TeamsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: OrganizationDto })
  get(@Param() _params: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<OrganizationDto> {
    return this.organizations.get(org.organizationId);
  }

  @Patch()
  @RequirePermission('settings.manage')
  @ApiOkResponse({ type: OrganizationDto })
  @AcceptsIfMatch()
  update(@Param() _params: OrgParamsDto, @CurrentOrg() org: OrgScope, @Body() body: UpdateOrganizationDto, @IfMatch() ifMatch: number | undefined): Promise<OrganizationDto> {
    return this.organizations.update(org.organizationId, body, ifMatch);
  }

  @Get('members')
  @ApiOkResponse({ type: MemberPageDto })
  listMembers(@Param() _params: OrgParamsDto, @CurrentOrg() org: OrgScope, @Query() query: CursorQueryDto): Promise<MemberPageDto> {
    return this.members.page(org, query.limit, query.cursor);
  }

  @Patch('members/:memberId')
  @RequirePermission('members.manage')
  @ApiOkResponse({ type: MemberDto })
  @AcceptsIfMatch()
  updateMember(
    @Param() params: MemberParamsDto,
    @CurrentOrg() org: OrgScope,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateMemberDto,
    @IfMatch() ifMatch: number | undefined,
  ): Promise<MemberDto> {
    return this.members.update(org, params.memberId, body, ifMatch, user);
  }

  @Delete('members/:memberId')
  @RequirePermission('members.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  @AcceptsIfMatch()
  removeMember(@Param() params: MemberParamsDto, @CurrentOrg() org: OrgScope, @IfMatch() ifMatch: number | undefined): Promise<void> {
    return this.members.remove(org, params.memberId, ifMatch);
  }

  @Post('members/:memberId/password-reset')
  @RequirePermission('members.manage')
  @ApiCreatedResponse({ type: PasswordResetLinkDto })
  issuePasswordReset(@Param() params: MemberParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser): Promise<PasswordResetLinkDto> {
    return this.members.issuePasswordReset(org, params.memberId, user.id);
  }

  @Get('invitations')
  @RequirePermission('members.manage')
  @ApiOkResponse({ type: InvitationListDto, description: `The pending invitations, newest first: at most ${MAX_PENDING_INVITATIONS.toLocaleString('en')}` })
  async listInvitations(@Param() _params: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<InvitationListDto> {
    return { items: await this.invitations.listPending(org) };
  }

  @Post('invitations')
  @RequirePermission('members.manage')
  @ApiCreatedResponse({ type: CreatedInvitationDto })
  invite(@Param() _params: OrgParamsDto, @CurrentOrg() org: OrgScope, @CurrentUser() user: AuthenticatedUser, @Body() body: CreateInvitationDto): Promise<CreatedInvitationDto> {
    return this.invitations.create(org.organizationId, body.email, body.role, user.id);
  }

  @Delete('invitations/:invitationId')
  @RequirePermission('members.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  revokeInvitation(@Param() params: InvitationParamsDto, @CurrentOrg() org: OrgScope): Promise<void> {
    return this.invitations.revoke(org, params.invitationId);
  }

  @Get('services')
  @ApiOkResponse({ type: TeamListDto, description: `The services by name: an organisation has at most ${MAX_TEAMS.toLocaleString('en')}` })
  async listTeams(@Param() _params: OrgParamsDto, @CurrentOrg() org: OrgScope): Promise<TeamListDto> {
    return { items: await this.teams.list(org) };
  }

  @Post('services')
  @RequirePermission('members.manage')
  @ApiCreatedResponse({ type: TeamDto, description: `409 CONFLICT once the organisation has ${MAX_TEAMS.toLocaleString('en')} services` })
  createTeam(@Param() _params: OrgParamsDto, @CurrentOrg() org: OrgScope, @Body() body: TeamNameDto): Promise<TeamDto> {
    return this.teams.create(org, body.name);
  }

  @Patch('services/:serviceId')
  @RequirePermission('members.manage')
  @ApiOkResponse({ type: TeamDto })
  @AcceptsIfMatch()
  renameTeam(@Param() params: TeamParamsDto, @CurrentOrg() org: OrgScope, @Body() body: TeamNameDto, @IfMatch() ifMatch: number | undefined): Promise<TeamDto> {
    return this.teams.rename(org, params.serviceId, body.name, ifMatch);
  }

  @Delete('services/:serviceId')
  @RequirePermission('members.manage')
  @HttpCode(204)
  @ApiNoContentResponse()
  @AcceptsIfMatch()
  removeTeam(@Param() params: TeamParamsDto, @CurrentOrg() org: OrgScope, @IfMatch() ifMatch: number | undefined): Promise<void> {
    return this.teams.remove(org, params.serviceId, ifMatch);
  }
}
