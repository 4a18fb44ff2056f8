import type { Row } from '$lib/db/types';

/** Options a figure tag passes to its chart; every chart reads the subset it needs. */
export interface ChartOptions {
	x?: string;
	/** For a numeric x (years): points further apart than this are not joined by the line (a missing year). */
	xStep?: number;
	y?: string;
	series?: string; // column naming the series (colour)
	facet?: string;
	label?: string; // column with a text label (timeline; heatmap: the text printed in each cell; barx: the text at a bar's end)
	xLabel?: string;
	yLabel?: string;
	/** Column whose value 'low' marks a low-confidence point (drawn hollow). */
	confidence?: string;
	/** Column whose value 'lower_bound' marks a "more than" figure (drawn as a caret). */
	qualifier?: string;
	percent?: boolean;
	zero?: boolean;
	height?: number;
	/** Column with the value that colours a cell (heatmap). */
	fill?: string;
	/** Title of the heatmap's colour legend (default: the fill column's name). */
	fillLabel?: string;
	/**
	 * Heatmap colours: 'sequential' (continuous ramp), 'diverging' (centred on `pivot`), 'levels' (integers 1..5),
	 * 'categories' (text values such as yes / partial / no / no source found, fixed colours from the theme).
	 */
	scheme?: 'sequential' | 'diverging' | 'levels' | 'categories';
	/** Midpoint of a diverging scheme (e.g. 100 for an index where 100 = average); default 0. */
	pivot?: number;
	/** Heatmap: y categories bottom-to-top in first-appearance order (default: top-to-bottom). */
	yReverse?: boolean;
	/** Column whose value 'log' puts the value axis on a log scale (line: y; barx: x): a query parameter can switch it. */
	scaleType?: string;
	/** Column whose non-null text labels that point with a dot (lorenz). */
	annotate?: string;
}

export interface ChartEnv {
	document: Document;
	width: number;
}

export type ChartFn = (rows: Row[], options: ChartOptions, env: ChartEnv) => Element;
