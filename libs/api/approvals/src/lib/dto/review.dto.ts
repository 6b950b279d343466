import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { OrgParamsDto } from '@parvis/api/core';
import { ALL_POST_STATUSES, PostStatus } from '@parvis/shared/domain';
import { CircuitStepDto } from './circuit.dto';

export class PostParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'postId must be a UUID' }) postId!: string;
}

/** The four criteria of the réserve électorale, confirmed by the author. */
export class NeutralityChecklistDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() anteriority?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() regularity?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() identity?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() neutrality?: boolean;
}

export class SubmitPostDto {
  @ApiPropertyOptional({ description: 'A sensitive post may be routed to a longer circuit' }) @IsOptional() @IsBoolean() sensitive?: boolean;
  @ApiPropertyOptional({ type: NeutralityChecklistDto, description: 'Required during a réserve électorale: all four true' })
  @IsOptional() @ValidateNested() @Type(() => NeutralityChecklistDto)
  neutrality?: NeutralityChecklistDto;
}

export class DecisionInputDto {
  @ApiProperty({ enum: ['approve', 'request_changes', 'reject'] }) @IsIn(['approve', 'request_changes', 'reject']) action!: 'approve' | 'request_changes' | 'reject';
  @ApiProperty({ description: 'The step the approver decides at (0-based), as loaded' }) @IsInt() @Min(0) @Max(100) step!: number;
  @ApiProperty({ description: 'The post’s contentHash the approver saw (another one: 409 POST_CONTENT_CHANGED)' }) @IsString() @MaxLength(64) contentHash!: string;
  @ApiPropertyOptional({ maxLength: 4000, description: 'Required to request changes or reject' }) @IsOptional() @IsString() @MaxLength(4000) comment?: string;
}

export class WithdrawPostDto {
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) comment?: string;
}

export class UrgentPublicationDto {
  @ApiProperty({ minLength: 10, maxLength: 4000, description: 'Why it cannot wait (logged)' }) @IsString() @Length(1, 4000) justification!: string;
}

export class DecisionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() round!: number;
  @ApiProperty() step!: number;
  @ApiProperty({ enum: ['approve', 'request_changes', 'reject'] }) kind!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) membershipId!: string | null;
  @ApiProperty() deciderName!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'A substitute decided for this absent approver' }) onBehalfOfMembershipId!: string | null;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty() contentHash!: string;
  @ApiProperty() createdAt!: string;
}

export class ReviewStepDto extends CircuitStepDto {
  @ApiProperty({ description: 'Members who may decide now (substitutes included)', type: [String] }) approverMembershipIds!: string[];
  @ApiProperty({ description: 'Approvals given at this step in the current round' }) approvals!: number;
}

/** The four criteria as the author confirmed them at submission (false: not confirmed). */
export class NeutralityDto {
  @ApiProperty() anteriority!: boolean;
  @ApiProperty() regularity!: boolean;
  @ApiProperty() identity!: boolean;
  @ApiProperty() neutrality!: boolean;
}

export class ReviewDto {
  @ApiProperty({ format: 'uuid' }) postId!: string;
  @ApiProperty({ description: 'The review’s version: send it in If-Match with a decision' }) version!: number;
  @ApiProperty({ enum: ALL_POST_STATUSES, enumName: 'PostStatus' }) status!: PostStatus;
  @ApiProperty() postVersion!: number;
  @ApiProperty() contentHash!: string;
  @ApiProperty({ nullable: true, type: String }) approvedContentHash!: string | null;
  @ApiProperty() circuitName!: string;
  @ApiProperty({ nullable: true, type: Number }) currentStep!: number | null;
  @ApiProperty({ nullable: true, type: String }) stepDeadline!: string | null;
  @ApiProperty() round!: number;
  @ApiProperty() urgent!: boolean;
  @ApiProperty() sensitive!: boolean;
  @ApiProperty({ type: [ReviewStepDto] }) steps!: ReviewStepDto[];
  @ApiProperty({ type: [DecisionDto] }) decisions!: DecisionDto[];
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'The post version the caller last approved (else the last one any step approved): diff it with GET posts/:postId/diff?from=…&to=latestVersionNumber (the default `to`); null: never approved',
  })
  approvedVersionNumber!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The saved post version holding the current content (the `to` of that diff; postVersion also counts status changes)' })
  latestVersionNumber!: number | null;
  @ApiProperty({ description: 'The caller may approve, request changes or reject now (named at the current step or standing in, not the author, not decided yet)' })
  callerMayDecide!: boolean;
  @ApiProperty({ description: 'The post’s planned time (or now) is inside a réserve électorale: the neutrality checklist applies' }) neutralityRequired!: boolean;
  @ApiProperty({ type: NeutralityDto }) neutrality!: NeutralityDto;
}
