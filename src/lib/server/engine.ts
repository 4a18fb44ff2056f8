// The build's Node DuckDB over static/data (written by `npm run data`), opened once per build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openNodeEngine, type NodeEngine } from '$lib/db/node';
import type { Manifest } from '../../../data/pipeline/manifest';

export const dataDir = join(process.cwd(), 'static/data');

let engine: Promise<NodeEngine> | null = null;

export function readManifest(): Manifest {
	return JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
}

export function nodeEngine(): Promise<NodeEngine> {
	return (engine ??= openNodeEngine(dataDir, databaseFiles(readManifest())));
}

export const databaseFiles = (m: Manifest) => m.databases.map((d) => ({ alias: d.alias, file: d.path }));
