import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ALL_EMAIL_MODES, EmailMode } from './notification-preference.entity';

export class NotificationPreferencesDto {
  @ApiProperty({ enum: ALL_EMAIL_MODES, enumName: 'EmailMode', description: 'immediate (default): one mail per notification; daily_digest: one mail at 07:00 organisation time; off: none' })
  emailMode!: EmailMode;

  @ApiProperty({ description: 'False when this instance sends no mail (SMTP_URL unset): the choice is kept for when it does' })
  emailEnabled!: boolean;

  @ApiProperty({ description: 'ETag for If-Match; 0 while the member has never chosen' })
  version!: number;
}

export class UpdateNotificationPreferencesDto {
  @ApiProperty({ enum: ALL_EMAIL_MODES, enumName: 'EmailMode' })
  @IsIn(ALL_EMAIL_MODES, { message: `emailMode must be one of ${ALL_EMAIL_MODES.join(', ')}` })
  emailMode!: EmailMode;
}
