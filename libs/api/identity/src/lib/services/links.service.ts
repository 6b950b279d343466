import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@parvis/api/core';

export const INVITATION_TTL_DAYS = 7;
export const PASSWORD_RESET_TTL_HOURS = 24;

/** The SPA routes that single-use links open. */
@Injectable()
export class LinksService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  invitation(token: string): string {
    return `${this.config.publicUrl}/invitations/${token}`;
  }

  passwordReset(token: string): string {
    return `${this.config.publicUrl}/password-reset/${token}`;
  }
}
