import { IDENTITY_ENTITIES } from '@parvis/api/identity';

/** Every entity of every feature: the migration generator and the drift check compare them to the migrations. */
export const ALL_ENTITIES = [...IDENTITY_ENTITIES];
