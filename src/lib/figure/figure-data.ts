import type { Column, Row } from '$lib/db/types';
import type { FigureSpec } from './spec';

/** What the build gives each figure: its spec and the result of its SQL with default values. */
export interface FigureData extends FigureSpec {
	columns: Column[];
	rows: Row[];
}
