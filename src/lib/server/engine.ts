// The build's Node DuckDB over static/data (written by `npm run data`), one engine per set of databases, opened
// once per build. A page's figures run on an engine that has only the page's databases attached, the same set
// the browser attaches on that page: a figure that reads another database fails the build, not the reader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openNodeEngine, type NodeEngine } from '$lib/db/node';
import type { DatabaseFile } from '$lib/db/types';
import type { Manifest } from '../../../data/pipeline/manifest';

export const dataDir = join(process.cwd(), 'static/data');

const engines = new Map<string, Promise<NodeEngine>>();

export function readManifest(): Manifest {
	return JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
}

/** The manifest's database files, all of them or the named ones (in the manifest's order). */
export function databaseFiles(m: Manifest, aliases?: readonly string[]): DatabaseFile[] {
	const unknown = aliases?.filter((a) => !m.databases.some((d) => d.alias === a)) ?? [];
	if (unknown.length) throw new Error(`No database ${unknown.join(', ')} in manifest.json (run npm run data).`);
	return m.databases.filter((d) => !aliases || aliases.includes(d.alias)).map((d) => ({ alias: d.alias, file: d.path }));
}

export function nodeEngine(aliases?: readonly string[]): Promise<NodeEngine> {
	const files = databaseFiles(readManifest(), aliases);
	const key = files.map((f) => f.alias).join(',');
	let engine = engines.get(key);
	if (!engine) engines.set(key, (engine = openNodeEngine(dataDir, files)));
	return engine;
}
