import type { Column } from '$lib/db/types';
import type { FigureSpec } from './spec';

/**
 * What the build sends the browser for each figure: its spec without the SQL, and the shape of its default
 * result. The rows themselves stay on the server: the chart is already drawn into the page, and the browser
 * computes its own rows when the figure turns live (so they are not shipped twice). The SQL and the sources are
 * in the figure's markup (SQL panel, source line), where the browser reads them (in-markup.ts).
 */
export interface FigureData extends Omit<FigureSpec, 'sql'> {
	columns: Column[];
	rowCount: number;
}
