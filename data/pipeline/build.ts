// `npm run data`: data/reference/*.csv → static/data/ (the .duckdb file the browser attaches, Parquet and CSV
// downloads, manifest.json). Deterministic: the same input gives the same bytes. Everything is written into a
// fresh temporary folder under the final file names (DuckDB stores its catalog name, taken from the file name,
// inside the file) and then moved into place.

import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openScratchDuckDB } from '../../src/lib/db/node';
import { derived, tables, type ColumnDoc } from './tables';
import type { Manifest, ManifestTable } from './manifest';
import { buildSynthetic, DEFAULT_CUSTOMERS, syntheticOptions, type SyntheticOptions } from './synthetic';
import { customerYear, syntheticTables } from '../../src/lib/synth/schema';
import { DEFAULT_SEED } from '../../src/lib/synth';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sq = (s: string) => `'${s.replaceAll("'", "''")}'`;

export interface BuildOptions {
	outDir?: string;
	referenceDir?: string;
	/** Where the synthetic dataset's ground truth goes (tests only; never published). */
	truthDir?: string;
	synthetic?: Partial<SyntheticOptions>;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const fileInfo = (dir: string, name: string) => ({ path: name, bytes: statSync(join(dir, name)).size, sha256: sha256(join(dir, name)) });

async function buildReference(tmp: string, referenceDir: string) {
	const db = await openScratchDuckDB();
	try {
		// 16 KiB blocks: the file stays small (a few hundred KB) and HTTP range reads fetch little.
		await db.run(`ATTACH ${sq(join(tmp, 'reference.duckdb'))} AS reference (BLOCK_SIZE 16384)`);
		const out: ManifestTable[] = [];
		for (const t of tables) {
			// Column names from the header line, every column VARCHAR: no type sniffing, nothing guessed.
			const header = readFileSync(join(referenceDir, t.csv), 'utf8').split('\n', 1)[0]!.trim().split(',');
			const columns = header.map((c) => `${sq(c)}: 'VARCHAR'`).join(', ');
			await db.run(`CREATE OR REPLACE TEMP VIEW raw AS SELECT * FROM read_csv(${sq(join(referenceDir, t.csv))},
				header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns}})`);
			await db.run(`CREATE TABLE reference.main.${t.name} AS ${t.select} ORDER BY ${t.orderBy}`);
			out.push(await describe(db, { ...t, source_file: `data/reference/${t.csv}` }, tmp));
		}
		// Derived tables run their SQL exactly as /data/ shows it, with the reference database as the default.
		await db.run('USE reference');
		for (const d of derived) {
			await db.run(`CREATE TABLE ${d.name} AS ${d.select} ORDER BY ${d.orderBy}`);
			out.push({ ...(await describe(db, { ...d, source_file: `derived from ${d.derivedFrom}` }, tmp)), derived_from: d.derivedFrom, sql: d.select });
		}
		await db.run('USE memory');
		await db.run('DETACH reference');
		return out;
	} finally {
		db.close();
	}
}

interface Described {
	name: string;
	database: string;
	kind: 'real' | 'synthetic';
	description: string;
	source_file: string;
	columns: ColumnDoc[];
}

async function describe(db: Awaited<ReturnType<typeof openScratchDuckDB>>, t: Described, tmp: string): Promise<ManifestTable> {
	const q = `${t.database}.main.${t.name}`;
	await db.run(`COPY (SELECT * FROM ${q}) TO ${sq(join(tmp, t.name + '.parquet'))} (FORMAT parquet, COMPRESSION zstd, PARQUET_VERSION V2)`);
	await db.run(`COPY (SELECT * FROM ${q}) TO ${sq(join(tmp, t.name + '.csv'))} (FORMAT csv, HEADER true, DATEFORMAT '%Y-%m-%d')`);
	const [count] = await db.all(`SELECT count(*)::INTEGER AS n FROM ${q}`);
	const cols = await db.all(`SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = ${sq(t.database)} AND table_name = ${sq(t.name)} ORDER BY column_index`);
	const docs = new Map(t.columns.map((c) => [c.name, c.description]));
	const missing = cols.filter((c) => !docs.has(String(c.column_name)));
	if (missing.length) throw new Error(`${t.name}: document the columns ${missing.map((c) => c.column_name).join(', ')}`);
	return {
		name: t.name,
		database: t.database,
		kind: t.kind,
		description: t.description,
		source_file: t.source_file,
		rows: Number(count?.n),
		columns: cols.map((c) => ({ name: String(c.column_name), type: String(c.data_type), description: docs.get(String(c.column_name)) ?? '' })),
		downloads: { parquet: fileInfo(tmp, t.name + '.parquet'), csv: fileInfo(tmp, t.name + '.csv') }
	};
}

async function buildCustomers(tmp: string, truthDir: string, options: SyntheticOptions) {
	const db = await openScratchDuckDB();
	try {
		const generator = await buildSynthetic(db, tmp, truthDir, options);
		const out: ManifestTable[] = [];
		for (const t of syntheticTables)
			out.push(await describe(db, { ...t, database: 'customers', kind: 'synthetic', source_file: 'generated by src/lib/synth' }, tmp));
		out.push({
			...(await describe(db, { ...customerYear, database: 'customers', kind: 'synthetic', source_file: `derived from ${customerYear.derivedFrom}` }, tmp)),
			derived_from: customerYear.derivedFrom,
			sql: customerYear.select
		});
		await db.run('DETACH customers');
		return { generator, tables: out };
	} finally {
		db.close();
	}
}

export async function buildData(options: BuildOptions = {}): Promise<Manifest> {
	const outDir = resolve(options.outDir ?? join(root, 'static/data'));
	const referenceDir = resolve(options.referenceDir ?? join(root, 'data/reference'));
	const truthDir = resolve(options.truthDir ?? join(root, '.data-truth'));
	const synthetic: SyntheticOptions = { customers: DEFAULT_CUSTOMERS, seed: DEFAULT_SEED, plant: true, ...options.synthetic };
	mkdirSync(dirname(outDir), { recursive: true });
	const tmp = mkdtempSync(join(dirname(outDir), '.data-build-'));
	try {
		const tableInfo = await buildReference(tmp, referenceDir);
		const customers = await buildCustomers(tmp, truthDir, synthetic);
		const manifest: Manifest = {
			version: 1,
			engine: 'DuckDB 1.4.3',
			databases: [
				{ alias: 'reference', ...fileInfo(tmp, 'reference.duckdb'), kind: 'real' },
				{ alias: 'customers', ...fileInfo(tmp, 'customers.duckdb'), kind: 'synthetic' }
			],
			tables: [...tableInfo, ...customers.tables],
			generator: customers.generator
		};
		writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
		chmodSync(tmp, 0o755);
		rmSync(outDir, { recursive: true, force: true });
		renameSync(tmp, outDir);
		return manifest;
	} catch (e) {
		rmSync(tmp, { recursive: true, force: true });
		throw e;
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const started = performance.now();
	const manifest = await buildData({ synthetic: syntheticOptions(process.argv.slice(2), process.env) });
	const files = readdirSync(join(root, 'static/data'));
	const bytes = files.reduce((s, f) => s + statSync(join(root, 'static/data', f)).size, 0);
	console.log(
		`data: ${manifest.tables.length} tables, ${manifest.tables.reduce((s, t) => s + t.rows, 0)} rows, ` +
			`${files.length} files, ${(bytes / 1024).toFixed(0)} KiB in static/data (${(performance.now() - started).toFixed(0)} ms)`
	);
}
