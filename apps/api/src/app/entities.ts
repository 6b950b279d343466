import { APPROVALS_ENTITIES } from '@parvis/api/approvals';
import { AUDIT_ENTITIES, JOB_ENTITIES } from '@parvis/api/core';
import { IDENTITY_ENTITIES } from '@parvis/api/identity';
import { NOTIFICATION_ENTITIES } from '@parvis/api/notifications';
import { PLANNING_ENTITIES } from '@parvis/api/planning';
import { PUBLISHING_ENTITIES } from '@parvis/api/publishing';
import { POSTS_ENTITIES } from '@parvis/api/posts';

/** Every entity of every feature: the migration generator and the drift check compare them to the migrations. */
export const ALL_ENTITIES = [...JOB_ENTITIES, ...AUDIT_ENTITIES, ...IDENTITY_ENTITIES, ...NOTIFICATION_ENTITIES, ...PLANNING_ENTITIES, ...POSTS_ENTITIES, ...APPROVALS_ENTITIES, ...PUBLISHING_ENTITIES];
