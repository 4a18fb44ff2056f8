// The Node side of the data layer (pipeline, prerender, tests), on the same DuckDB version (1.4.3) the
// browser embeds. It attaches the same .duckdb files read-only and runs the same SQL as the browser.

import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { QueryError, sqlError } from './errors';
import { compileParams } from './params';
import { refuseForReader } from './guard';
import { toPlain } from './plain';
import { searchPathStatement, setupStatements, stepStatement } from './setup';
import type { DatabaseFile, QueryOptions, QueryResult, Queryable, Row } from './types';

/** A plain read-write DuckDB for the data pipeline: statements in, rows out. */
export async function openScratchDuckDB() {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const conn = await instance.connect();
	return {
		run: async (sql: string) => void (await conn.run(sql)),
		all: async (sql: string): Promise<Row[]> => plainRows(await conn.runAndReadAll(sql)),
		close: () => {
			conn.closeSync();
			instance.closeSync();
		}
	};
}

function plainRows(reader: { getRowObjectsJS(): Record<string, unknown>[] }): Row[] {
	return reader.getRowObjectsJS().map((r) => {
		const row: Row = {};
		for (const [k, v] of Object.entries(r)) row[k] = toPlain(v);
		return row;
	});
}

export interface NodeEngine extends Queryable {
	close(): void;
}

export async function openNodeEngine(dataDir: string, databases: DatabaseFile[]): Promise<NodeEngine> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
	const admin = await instance.connect();
	const attach = databases.map((d) => `ATTACH '${join(dataDir, d.file).replaceAll("'", "''")}' AS ${d.alias} (READ_ONLY)`);
	for (const sql of [...attach, ...setupStatements]) await admin.run(sql);
	const conns = new Map<string, Promise<DuckDBConnection>>();
	const connection = (role: 'author' | 'reader') => {
		let c = conns.get(role);
		if (!c) {
			c = instance.connect().then(async (conn) => {
				await conn.run(searchPathStatement(role, databases));
				return conn;
			});
			// A connection that failed to open is not kept: the next query tries again.
			c.catch(() => conns.delete(role));
			conns.set(role, c);
		}
		return c.catch((e) => {
			throw new QueryError('engine', `Could not open a connection: ${e instanceof Error ? e.message : e}`, { cause: e });
		});
	};
	let queue: Promise<unknown> = Promise.resolve();

	async function run(sql: string, options: QueryOptions): Promise<QueryResult> {
		const compiled = compileParams(sql, options.params);
		if (options.role === 'reader' || options.guard) refuseForReader(compiled.sql);
		if (options.step) compiled.sql = stepStatement(options.step, compiled.sql);
		const conn = await connection(options.role ?? 'author');
		const started = performance.now();
		let timer: ReturnType<typeof setTimeout> | undefined;
		let stopped: QueryError | undefined;
		const stop = (e: QueryError) => {
			stopped = e;
			conn.interrupt();
		};
		const onAbort = () => stop(new QueryError('cancelled', 'The query was cancelled.'));
		if (options.signal?.aborted) throw new QueryError('cancelled', 'The query was cancelled.');
		options.signal?.addEventListener('abort', onAbort, { once: true });
		if (options.timeoutMs) timer = setTimeout(() => stop(new QueryError('timeout', `The query ran longer than ${options.timeoutMs} ms and was stopped.`)), options.timeoutMs);
		try {
			const reader = await conn.runAndReadAll(compiled.sql);
			const columns = reader.columnNames().map((name, i) => ({ name, type: reader.columnTypes()[i]!.toString() }));
			return { columns, rows: plainRows(reader), elapsedMs: performance.now() - started };
		} catch (e) {
			throw stopped ?? sqlError(e);
		} finally {
			clearTimeout(timer);
			options.signal?.removeEventListener('abort', onAbort);
		}
	}

	return {
		query(sql, options = {}) {
			const next = queue.then(() => run(sql, options));
			queue = next.catch(() => undefined);
			return next;
		},
		close() {
			for (const c of conns.values()) c.then((conn) => conn.closeSync(), () => undefined);
			conns.clear();
			admin.closeSync();
			instance.closeSync();
		}
	};
}
