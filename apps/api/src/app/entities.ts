import { IDENTITY_ENTITIES } from '@parvis/api/identity';
import { NOTIFICATION_ENTITIES } from '@parvis/api/notifications';
import { PLANNING_ENTITIES } from '@parvis/api/planning';

/** Every entity of every feature: the migration generator and the drift check compare them to the migrations. */
export const ALL_ENTITIES = [...IDENTITY_ENTITIES, ...NOTIFICATION_ENTITIES, ...PLANNING_ENTITIES];
