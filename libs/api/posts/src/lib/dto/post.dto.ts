import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ALL_NETWORKS, ALL_POST_STATUSES, Network, PostStatus, RULE_CODES, type RuleCode, type ViolationTarget } from '@parvis/shared/domain';
import { VariantOptionsDto } from './post-input.dto';

export class PostAuthorDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) membershipId!: string | null;
  @ApiProperty() name!: string;
}

export class TextSpanDto {
  @ApiProperty({ description: 'UTF-16 offset, inclusive' }) start!: number;
  @ApiProperty({ description: 'UTF-16 offset, exclusive' }) end!: number;
}

export class ViolationTargetDto {
  @ApiProperty({ enum: ['text', 'thread_part', 'content_warning', 'media', 'link', 'options'] }) field!: ViolationTarget['field'];
  @ApiPropertyOptional({ description: 'thread_part and media: the index' }) index?: number;
}

/** A broken rule, exactly as the shared domain's rule engine returns it. */
export class ViolationDto {
  @ApiProperty({ enum: RULE_CODES, enumName: 'RuleCode' }) code!: RuleCode;
  @ApiProperty({ enum: ['error', 'warning'] }) severity!: 'error' | 'warning';
  @ApiProperty({ type: ViolationTargetDto }) target!: ViolationTargetDto;
  @ApiPropertyOptional({ type: TextSpanDto }) span?: TextSpanDto;
  @ApiProperty({ example: 'rules.text_too_long' }) messageKey!: string;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } }) params!: Record<string, string | number>;
}

export class ChannelViolationDto extends ViolationDto {
  @ApiProperty({ format: 'uuid' }) channelId!: string;
}

export class VariantValidationDto {
  @ApiProperty({ description: "The main counter, as the network counts (the longest part's for a thread)" }) length!: number;
  @ApiProperty() limit!: number;
  @ApiProperty({ enum: ['graphemes', 'bytes', 'characters', 'weighted'] }) unit!: string;
  @ApiProperty({ type: [ViolationDto] }) violations!: ViolationDto[];
}

export class VariantMediaDto {
  @ApiProperty({ format: 'uuid' }) mediaId!: string;
  @ApiProperty({ type: String, nullable: true, description: "The alt text published: the variant's override, else the media's" }) altText!: string | null;
  @ApiProperty({ description: 'The alt text is overridden for this channel' }) altTextOverridden!: boolean;
}

export class VariantDto {
  @ApiProperty({ format: 'uuid' }) channelId!: string;
  @ApiProperty({ enum: ALL_NETWORKS, enumName: 'Network' }) network!: Network;
  @ApiProperty() channelName!: string;
  @ApiProperty() text!: string;
  @ApiProperty() followsMaster!: boolean;
  @ApiProperty({ type: [String], nullable: true }) threadParts!: string[] | null;
  @ApiProperty({ type: [VariantMediaDto] }) media!: VariantMediaDto[];
  @ApiProperty({ type: String, nullable: true }) link!: string | null;
  @ApiProperty({ type: VariantOptionsDto }) options!: VariantOptionsDto;
  @ApiProperty({ description: 'SHA-256 of what this variant would publish' }) contentHash!: string;
  @ApiProperty({ type: VariantValidationDto }) validation!: VariantValidationDto;
  @ApiProperty({ description: "The text as it will go out, links UTM-tagged when the organisation asks for it" }) publishedTextPreview!: string;
}

export class PostDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Grows on every save; send it back in If-Match' }) version!: number;
  @ApiProperty({ enum: ALL_POST_STATUSES, enumName: 'PostStatus' }) status!: PostStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) briefId!: string | null;
  @ApiProperty() masterText!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) themeId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) campaignId!: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) audienceIds!: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) plannedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-09-19T09:00', description: "The planned wall-clock in the organisation's zone" }) plannedLocal!: string | null;
  @ApiProperty({ type: PostAuthorDto }) author!: PostAuthorDto;
  @ApiProperty({ type: [VariantDto] }) variants!: VariantDto[];
  @ApiProperty({ description: "SHA-256 over the variants' hashes (approvals bind to it)" }) contentHash!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class PostSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: ALL_POST_STATUSES, enumName: 'PostStatus' }) status!: PostStatus;
  @ApiProperty({ description: 'The first line of the master text, cut at its last whole word with « … » past 80 characters' }) title!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) plannedAt!: string | null;
  @ApiProperty({ enum: ALL_NETWORKS, enumName: 'Network', isArray: true }) networks!: Network[];
  @ApiProperty({ type: [String], format: 'uuid' }) channelIds!: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) themeId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) briefId!: string | null;
  @ApiProperty({ type: PostAuthorDto }) author!: PostAuthorDto;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class PostPageDto {
  @ApiProperty({ type: [PostSummaryDto] }) items!: PostSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class PostVersionSummaryDto {
  @ApiProperty() number!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: PostAuthorDto }) author!: PostAuthorDto;
  @ApiProperty() contentHash!: string;
}

export class DiffSegmentDto {
  @ApiProperty({ enum: ['added', 'removed', 'same'] }) kind!: 'added' | 'removed' | 'same';
  @ApiProperty() text!: string;
}

export class VariantDiffDto {
  @ApiProperty({ format: 'uuid' }) channelId!: string;
  @ApiProperty({ type: [DiffSegmentDto] }) segments!: DiffSegmentDto[];
  @ApiProperty({ description: 'Media, link or options changed too' }) otherChanges!: string[];
}

export class PostDiffDto {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ type: [VariantDiffDto] }) variants!: VariantDiffDto[];
  @ApiProperty({ type: [DiffSegmentDto] }) master!: DiffSegmentDto[];
}

export class PostCommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: PostAuthorDto }) author!: PostAuthorDto;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Membership ids of the members mentioned (they were notified)' }) mentionedMembershipIds!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class PostCommentListDto {
  @ApiProperty({ type: [PostCommentDto] }) items!: PostCommentDto[];
}

export class SubmissionCheckDto {
  @ApiProperty() ready!: boolean;
  @ApiProperty({ type: [ChannelViolationDto], description: 'Warnings only (errors answer 400 POST_RULES_VIOLATED)' }) violations!: ChannelViolationDto[];
}
