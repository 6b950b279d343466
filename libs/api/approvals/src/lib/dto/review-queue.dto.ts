import { ApiProperty } from '@nestjs/swagger';
import { CursorQueryDto } from '@parvis/api/core';
import { ALL_NETWORKS, ALL_POST_STATUSES, type Network, PostStatus } from '@parvis/shared/domain';

export class ReviewQueueQueryDto extends CursorQueryDto {}

/** One post waiting for the caller's decision. */
export class ReviewQueueItemDto {
  @ApiProperty({ format: 'uuid' }) postId!: string;
  @ApiProperty({ description: 'The first line of the master text (≤ 80 characters)' }) title!: string;
  @ApiProperty({ description: 'The master text’s first 200 characters' }) excerpt!: string;
  @ApiProperty({ nullable: true, type: String }) authorName!: string | null;
  @ApiProperty({ enum: ALL_POST_STATUSES, enumName: 'PostStatus', description: 'in_review, or published/publishing for an urgent post reviewed afterwards' }) status!: PostStatus;
  @ApiProperty() circuitName!: string;
  @ApiProperty({ description: 'The step waiting for the caller (0-based)' }) currentStep!: number;
  @ApiProperty() stepName!: string;
  @ApiProperty({ nullable: true, type: String, description: 'When the step is late (ISO instant); null: no deadline' }) stepDeadline!: string | null;
  @ApiProperty({ nullable: true, type: String }) plannedAt!: string | null;
  @ApiProperty({ enum: ALL_NETWORKS, enumName: 'Network', isArray: true }) networks!: Network[];
  @ApiProperty({ description: 'The review’s version (If-Match of a decision)' }) reviewVersion!: number;
  @ApiProperty() postVersion!: number;
  @ApiProperty({ description: 'Send it with the decision' }) contentHash!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The caller decides as substitute of these absent approvers' }) onBehalfOfName!: string | null;
  @ApiProperty({ description: 'Published through the urgent path: reviewed after the fact' }) urgent!: boolean;
  @ApiProperty() sensitive!: boolean;
}

export class ReviewQueuePageDto {
  @ApiProperty({ type: [ReviewQueueItemDto] }) items!: ReviewQueueItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ReviewQueueCountDto {
  @ApiProperty({ description: 'Posts waiting for the caller’s decision now' }) count!: number;
}
