// The chart registry: a figure tag names its chart by kind; the same function draws on the server
// (with a DOM implementation) and in the browser.
import type { ChartFn } from './types';
import { line } from './line';
import { bar } from './bar';
import { timeline } from './timeline';
import { barx } from './barx';
import { heatmap } from './heatmap';
import { lorenz } from './lorenz';
import { rulenet } from './rulenet';
import { count } from './count';
import { quadrant } from './quadrant';
import { scatter } from './scatter';

export const charts = { line, bar, barx, timeline, heatmap, lorenz, rulenet, count, quadrant, scatter } satisfies Record<string, ChartFn>;
export type ChartKind = keyof typeof charts;
