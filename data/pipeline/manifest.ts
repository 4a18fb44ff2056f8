import type { GeneratorInfo } from './synthetic';
// manifest.json: what the pipeline wrote. Read by the site (/data/, engine start) and by tests.

export interface FileInfo {
	path: string;
	bytes: number;
	sha256: string;
}

export interface ManifestTable {
	name: string;
	database: string;
	kind: 'real' | 'synthetic';
	description: string;
	source_file: string;
	rows: number;
	columns: { name: string; type: string; description: string }[];
	downloads: { parquet: FileInfo; csv: FileInfo };
	/** For a derived table: the table it is derived from and the SQL that derives it. */
	derived_from?: string;
	sql?: string;
}

export interface Manifest {
	version: 1;
	engine: string;
	databases: (FileInfo & { alias: string; kind: 'real' | 'synthetic' })[];
	tables: ManifestTable[];
	/** How the synthetic customer dataset was generated. */
	generator: GeneratorInfo;
}
