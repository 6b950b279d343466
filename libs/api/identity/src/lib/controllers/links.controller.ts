import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig, AuthenticatedUser, CurrentUser, Public, RateLimitGuard } from '@parvis/api/core';
import {
  AcceptInvitationDto,
  ConfirmPasswordResetDto,
  InvitationPreviewDto,
  MeDto,
  PasswordResetPreviewDto,
  RequestPasswordResetDto,
  SignupDto,
  TokenParamsDto,
} from '../dto/auth.dto';
import { InvitationAcceptanceService } from '../services/invitation-acceptance.service';
import { OrganizationsService } from '../services/organizations.service';
import { PasswordResetsService } from '../services/password-resets.service';
import { SessionsService } from '../services/sessions.service';
import { setSessionCookie } from './session-cookie';

/** Public routes reached through single-use links, and self-service sign-up. All rate-limited. */
@ApiTags('links')
@Public()
@UseGuards(RateLimitGuard)
@Controller()
export class LinksController {
  constructor(
    private readonly invitations: InvitationAcceptanceService,
    private readonly passwordResets: PasswordResetsService,
    private readonly organizations: OrganizationsService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('invitations/:token')
  @ApiOkResponse({ type: InvitationPreviewDto })
  previewInvitation(@Param() params: TokenParamsDto): Promise<InvitationPreviewDto> {
    return this.invitations.preview(params.token);
  }

  /** A new account (an e-mail that has one gets INVITATION_LOGIN_REQUIRED: log in, then join). */
  @Post('invitations/:token/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto })
  async acceptInvitation(
    @Param() params: TokenParamsDto,
    @Body() body: AcceptInvitationDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MeDto> {
    const { token, me } = await this.invitations.acceptAsNewAccount(params.token, body.password, body.displayName, req.header('user-agent') ?? null);
    setSessionCookie(res, token, { secure: this.config.secureCookies, ttlMs: this.sessions.ttlMs });
    return me;
  }

  /** « Mot de passe oublié »: the same 202 whether or not an account has this address. */
  @Post('password-resets')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'A link was mailed if an account has this address and this instance sends e-mail' })
  requestReset(@Body() body: RequestPasswordResetDto): Promise<void> {
    return this.passwordResets.request(body.email);
  }

  @Get('password-resets/:token')
  @ApiOkResponse({ type: PasswordResetPreviewDto })
  previewReset(@Param() params: TokenParamsDto): Promise<PasswordResetPreviewDto> {
    return this.passwordResets.preview(params.token);
  }

  @Post('password-resets/:token')
  @HttpCode(204)
  @ApiNoContentResponse()
  confirmReset(@Param() params: TokenParamsDto, @Body() body: ConfirmPasswordResetDto): Promise<void> {
    return this.passwordResets.confirm(params.token, body.newPassword);
  }

  @Post('signup')
  @ApiCreatedResponse({ type: MeDto })
  async signup(@Body() body: SignupDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<MeDto> {
    const { token, me } = await this.organizations.signup(body, req.header('user-agent') ?? null);
    setSessionCookie(res, token, { secure: this.config.secureCookies, ttlMs: this.sessions.ttlMs });
    return me;
  }
}

/** An existing account accepts its invitation once logged in (the usual login, with its locks). */
@ApiTags('links')
@UseGuards(RateLimitGuard)
@Controller()
export class InvitationJoinController {
  constructor(private readonly invitations: InvitationAcceptanceService) {}

  @Post('invitations/:token/join')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto })
  join(@Param() params: TokenParamsDto, @CurrentUser() user: AuthenticatedUser): Promise<MeDto> {
    return this.invitations.join(params.token, user);
  }
}
