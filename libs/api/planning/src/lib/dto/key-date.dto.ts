import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { OrgParamsDto } from '@parvis/api/core';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class KeyDateParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'keyDateId must be a UUID' }) keyDateId!: string;
}

export class KeyDateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Grows on every change; send it back in If-Match' }) version!: number;
  @ApiProperty({ example: 'Journées du patrimoine' }) label!: string;
  @ApiProperty({ example: '2026-09-19' }) date!: string;
  @ApiProperty() recurringYearly!: boolean;
}

export class KeyDateListDto {
  @ApiProperty({ type: [KeyDateDto] }) items!: KeyDateDto[];
}

export class CreateKeyDateDto {
  @ApiProperty({ maxLength: 120 }) @IsString() @Length(1, 120) label!: string;
  @ApiProperty({ example: '2026-09-19' }) @IsString() @Matches(LOCAL_DATE, { message: 'date must be a date YYYY-MM-DD' }) date!: string;
  @ApiPropertyOptional({ default: true, description: 'Repeats every year on the same day' }) @IsOptional() @IsBoolean() recurringYearly?: boolean;
}

export class UpdateKeyDateDto {
  @ApiPropertyOptional({ maxLength: 120 }) @IsOptional() @IsString() @Length(1, 120) label?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(LOCAL_DATE, { message: 'date must be a date YYYY-MM-DD' }) date?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() recurringYearly?: boolean;
}
