import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig, AuthenticatedUser, CurrentUser, Public, RateLimitGuard } from '@parvis/api/core';
import { ChangePasswordDto, LoginDto, LoginResultDto, MeDto, PublicConfigDto } from '../dto/auth.dto';
import { IdentityMails } from '../mail/identity-mails';
import { AuthService } from '../services/auth.service';
import { SessionsService } from '../services/sessions.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly mails: IdentityMails,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @UseGuards(RateLimitGuard)
  @Post('auth/login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResultDto })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResultDto> {
    // req.ip is the client as TRUST_PROXY allows to know it (the TCP peer without a trusted proxy).
    const { token, me } = await this.auth.login(body.email, body.password, req.ip ?? 'unknown', req.header('user-agent') ?? null);
    setSessionCookie(res, token, { secure: this.config.secureCookies, ttlMs: this.sessions.ttlMs });
    return me;
  }

  @Post('auth/logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(user);
    clearSessionCookie(res, { secure: this.config.secureCookies, ttlMs: 0 });
  }

  @Get('auth/me')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: AuthenticatedUser): Promise<MeDto> {
    return this.auth.me(user.id);
  }

  @Post('auth/password')
  @HttpCode(204)
  @ApiNoContentResponse()
  changePassword(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(user, body.currentPassword, body.newPassword);
  }

  @Public()
  @Get('public-config')
  @ApiOkResponse({ type: PublicConfigDto })
  publicConfig(): PublicConfigDto {
    return { signupEnabled: this.config.signupEnabled, defaultLocale: 'fr', mailEnabled: this.mails.enabled };
  }
}
