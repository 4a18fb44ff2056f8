import type { Row } from '$lib/db/types';

/** Options a figure tag passes to its chart; every chart reads the subset it needs. */
export interface ChartOptions {
	x?: string;
	/** For a numeric x (years): points further apart than this are not joined by the line (a missing year). */
	xStep?: number;
	y?: string;
	series?: string; // column naming the series (colour)
	facet?: string;
	label?: string; // column with a text label (timeline)
	xLabel?: string;
	yLabel?: string;
	/** Column whose value 'low' marks a low-confidence point (drawn hollow). */
	confidence?: string;
	/** Column whose value 'lower_bound' marks a "more than" figure (drawn as a caret). */
	qualifier?: string;
	percent?: boolean;
	zero?: boolean;
	height?: number;
}

export interface ChartEnv {
	document: Document;
	width: number;
}

export type ChartFn = (rows: Row[], options: ChartOptions, env: ChartEnv) => Element;
