import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { OrgParamsDto } from '@parvis/api/core';
import { ALL_NETWORKS, APPROVING_ROLES, type Network, type Role } from '@parvis/shared/domain';

export const MAX_CIRCUIT_STEPS = 10;

export class CircuitParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'circuitId must be a UUID' }) circuitId!: string;
}

/** One step, flat so each field is validated and named on its own. */
export class CircuitStepDto {
  @ApiProperty({ maxLength: 120, example: 'Chef de service' }) @IsString() @Length(1, 120) name!: string;
  @ApiProperty({ enum: ['role', 'members', 'service_head', 'external'], description: 'external: decided through signed links an editor sends (POST …/external-reviews)' })
  @IsIn(['role', 'members', 'service_head', 'external'])
  approverKind!: 'role' | 'members' | 'service_head' | 'external';
  @ApiPropertyOptional({ enum: APPROVING_ROLES, description: 'approverKind role: who decides' }) @IsOptional() @IsIn(APPROVING_ROLES) role?: Role;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'approverKind members: the members who decide' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true, message: 'membershipIds must be UUIDs' })
  membershipIds?: string[];
  @ApiProperty({ enum: ['any', 'all', 'count'] }) @IsIn(['any', 'all', 'count']) quorum!: 'any' | 'all' | 'count';
  @ApiPropertyOptional({ minimum: 1, maximum: 50, description: 'quorum count: how many approvals' }) @IsOptional() @IsInt() @Min(1) @Max(50) quorumCount?: number;
  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 720, nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(720) deadlineHours?: number | null;
}

export class CircuitConditionDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true, message: 'themeIds must be UUIDs' }) themeIds?: string[];
  @ApiPropertyOptional({ enum: ALL_NETWORKS, isArray: true }) @IsOptional() @IsArray() @IsIn(ALL_NETWORKS, { each: true }) networks?: Network[];
  @ApiPropertyOptional({ type: [String], format: 'uuid' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true, message: 'channelIds must be UUIDs' }) channelIds?: string[];
  @ApiPropertyOptional({ description: 'Applies to posts marked sensitive (true) or not (false)' }) @IsOptional() @IsBoolean() sensitive?: boolean;
  @ApiPropertyOptional({ description: 'Applies during a réserve électorale (true) or outside (false)' }) @IsOptional() @IsBoolean() electoralReserve?: boolean;
}

export class CreateCircuitDto {
  @ApiProperty({ maxLength: 120 }) @IsString() @Length(1, 120) name!: string;
  @ApiPropertyOptional({ enum: ['base', 'addition'], default: 'base', description: 'base: chosen by its condition; addition: its steps are added when it matches' })
  @IsOptional() @IsIn(['base', 'addition']) kind?: 'base' | 'addition';
  @ApiPropertyOptional({ default: 0, description: 'Among matching circuits, the highest wins' }) @IsOptional() @IsInt() @Min(-1000) @Max(1000) priority?: number;
  @ApiPropertyOptional({ type: CircuitConditionDto }) @IsOptional() @ValidateNested() @Type(() => CircuitConditionDto) condition?: CircuitConditionDto;
  @ApiProperty({ type: [CircuitStepDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_CIRCUIT_STEPS) @ValidateNested({ each: true }) @Type(() => CircuitStepDto) steps!: CircuitStepDto[];
}

export class UpdateCircuitDto {
  @ApiPropertyOptional({ maxLength: 120 }) @IsOptional() @IsString() @Length(1, 120) name?: string;
  @ApiPropertyOptional({ enum: ['base', 'addition'] }) @IsOptional() @IsIn(['base', 'addition']) kind?: 'base' | 'addition';
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(-1000) @Max(1000) priority?: number;
  @ApiPropertyOptional({ type: CircuitConditionDto }) @IsOptional() @ValidateNested() @Type(() => CircuitConditionDto) condition?: CircuitConditionDto;
  // At least one step: checked by the service (after the circuit is found).
  @ApiPropertyOptional({ type: [CircuitStepDto] }) @IsOptional() @IsArray() @ArrayMaxSize(MAX_CIRCUIT_STEPS) @ValidateNested({ each: true }) @Type(() => CircuitStepDto) steps?: CircuitStepDto[];
}

export class CircuitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['base', 'addition'] }) kind!: 'base' | 'addition';
  @ApiProperty() isDefault!: boolean;
  @ApiProperty() priority!: number;
  @ApiProperty({ type: CircuitConditionDto }) condition!: CircuitConditionDto;
  @ApiProperty({ type: [CircuitStepDto] }) steps!: CircuitStepDto[];
}

export class CircuitListDto {
  @ApiProperty({ type: [CircuitDto] }) items!: CircuitDto[];
}
