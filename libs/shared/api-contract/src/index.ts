/**
 * The API's contract: `openapi.json` (generated from the API, checked in) and the TypeScript types
 * generated from it, which the SPA's client uses. CI fails when they drift from the API.
 */
export type { paths, components, operations } from './generated/schema';

import type { components } from './generated/schema';

export type Schemas = components['schemas'];
