// What /playground/ prerenders (src/lib/server/playground.ts makes it): the published tables and the examples.
export interface SchemaTable {
	name: string;
	database: string;
	description: string;
	rows: number;
	columns: { name: string; type: string; description: string }[];
}

export interface Example {
	id: string;
	title: string;
	sql: string;
	/** The figure's chart and its options, as the essay's figure tag gives them (the study on the reader's data draws them). */
	chart?: string;
	options?: Record<string, string | number | boolean>;
}

export interface ChapterExamples {
	path: string;
	title: string;
	examples: Example[];
}
