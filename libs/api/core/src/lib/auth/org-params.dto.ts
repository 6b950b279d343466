import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** The `:orgId` of every organisation route (the access guard has checked the membership). */
export class OrgParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'orgId must be a UUID' })
  orgId!: string;
}
