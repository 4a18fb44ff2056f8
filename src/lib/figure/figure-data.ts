import type { Column } from '$lib/db/types';
import type { FigureSpec } from './spec';
import type { SourceRef } from './sources';

/**
 * What the build sends the browser for each figure: its spec, the shape of its default result, and that
 * result's sources. The rows themselves stay on the server: the chart is already drawn into the page, and
 * the browser computes its own rows when the figure turns live (so they are not shipped twice).
 */
export interface FigureData extends FigureSpec {
	columns: Column[];
	rowCount: number;
	sources: SourceRef[];
}
