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
}

export interface ChapterExamples {
	path: string;
	title: string;
	examples: Example[];
}
