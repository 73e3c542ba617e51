/**
 * The single source of truth for every number the site shows: doc tables render these and the
 * rules check against them. A number typed twice will drift.
 */
export * from './sources.ts';
export * from './management-ranges.ts';
export * from './ports.ts';
export * from './link-local.ts';
export * from './activation.ts';
export * from './time.ts';
export * from './defender.ts';
export * from './quotas.ts';
export * from './endpoints.ts';
export * from './management-lookup.ts';
export * from './checklist.ts';
export * from './special-purpose-registries.ts';
export * from './source-uses.ts';
