/**
 * The single switch point between the local draft types and the generated
 * OpenAPI types. When `@parvis/shared/api-contract` exports `paths`, replace
 * the line below with:
 *   export type { paths } from '@parvis/shared/api-contract';
 */
export type { paths } from './local-paths';
