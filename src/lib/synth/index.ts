/**
 * Public entry of the synthetic customer dataset generator (browser-safe: no Node modules; the Node-only
 * checksum helpers are in checksum.ts).
 */
export { generate, type GenerateOptions } from './generate';
export { DEFAULT_PARAMS, DEFAULT_SEED, CATEGORIES, ARCHETYPES, deepFreeze } from './config';
export type * from './config-types';
export type * from './tables';
export { isoDate, isoDateTable, monthOfDay, monthLabel, daysInYear } from './calendar';
export { STUDY_GRID, customerStats, gridScores, gridLevels, quantileLevels, levelSummary, tgi, type Grid } from './levels';
export { lift, plantedAntecedents, boughtMasks, orderCounts } from './rules';
