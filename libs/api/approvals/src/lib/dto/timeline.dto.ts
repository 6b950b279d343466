import { ApiProperty } from '@nestjs/swagger';

/** One event of a post's life, from the audit log. */
export class TimelineEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'ISO instant' }) at!: string;
  @ApiProperty({ example: 'post.approve', description: 'The audit action: post.submit, post.approve, post.request_changes, post.edit, post.schedule, publication.published…' })
  action!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The member as named then; null for the system (jobs, the publisher: shown as « automatiquement ») and for an external approver (see externalName)' }) actorName!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The name an external approver gave' }) externalName!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'A comment, a reason or a justification' }) justification!: string | null;
  @ApiProperty({ nullable: true, type: String }) contentHashBefore!: string | null;
  @ApiProperty({ nullable: true, type: String }) contentHashAfter!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }], nullable: true }, description: 'Lists and objects as JSON text' })
  details!: Record<string, string | number | boolean | null>;
}

export class PostTimelineDto {
  @ApiProperty({ type: [TimelineEventDto], description: 'Oldest first: the post’s latest 500 events' }) items!: TimelineEventDto[];
}
