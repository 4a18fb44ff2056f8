// The browser engine: DuckDB-WASM (eh bundle, self-hosted) in a Web Worker, started lazily and once
// (single flight), with the site's .duckdb files attached read-only over HTTP from the same origin.
// This module is only ever imported dynamically, in the browser (src/lib/figure/live.svelte.ts): its static import
// of DuckDB lets the one import fetch DuckDB's JS together with this module, rather than one after the other.

import * as duckdb from '@duckdb/duckdb-wasm';
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { QueryError, sqlError } from './errors';
import { compileParams } from './params';
import { refuseForReader, refuseTransactionControl } from './guard';
import { arrowToRows, castEnumsToText, emptyDictionaryColumns } from './arrow-rows';
import { searchPathStatement, setupStatements, stepStatement } from './setup';
import { loadReaderFile, READER_DIR, type ReaderFile } from './reader-files';
import { failure, takeWorker, wasmArriving, wasmLastBytes, wasmLocation } from './worker';
import type { DatabaseFile, QueryOptions, QueryResult, Queryable, Role } from './types';

export interface EngineConfig {
	/** Absolute URL of the folder holding the .duckdb files (same origin). */
	dataUrl: string;
	databases: DatabaseFile[];
	/**
	 * Databases filled in the browser instead of attached from their file, by alias: an empty in-memory database
	 * is attached under the alias and `fill` writes its tables, before the set-up statements lock the engine.
	 */
	fill?: Record<string, (conn: AsyncDuckDBConnection) => Promise<void>>;
}

/**
 * Run first in a reader's transaction when a dataset is in memory (so writable): DuckDB lets one transaction
 * write to a single database, so after this write to `memory` any write to a dataset fails, as it does on a
 * file attached read-only. (IF NOT EXISTS still counts as a write, and re-creates the table if a reader drops it.)
 */
const READER_WRITES_TO_MEMORY = 'CREATE TABLE IF NOT EXISTS memory.main.reader_writes_here (x INTEGER)';

/**
 * A failure that leaves the wasm instance unusable (the heap could not grow, a trap): the worker is replaced, so
 * the next query starts a fresh engine instead of failing the same way. DuckDB's own Out of Memory Error is an
 * ordinary error: the engine goes on.
 */
const FATAL = /memory access out of bounds|unreachable|Aborted\(|RuntimeError/i;

/** How long a cancel may take before the worker is replaced (a query stuck inside one task cannot yield). */
const CANCEL_GRACE_MS = 1500;

export interface StartHooks {
	firstBytes?: () => void;
	instantiated?: () => void;
}

interface Started {
	db: AsyncDuckDB;
	worker: Worker;
	conns: Map<Role, Promise<AsyncDuckDBConnection>>;
	/** The connections once open (see #run). */
	open: Map<Role, AsyncDuckDBConnection>;
}

export class BrowserEngine implements Queryable {
	#config: EngineConfig;
	#started: Promise<Started> | null = null;
	/** What #started resolved to, once it has: lets an idle engine send a query in the caller's task (see query). */
	#live: Started | null = null;
	/** False while a query or file load is queued or running. */
	#idle = true;
	#worker: Worker | null = null;
	#disposed = false;
	#queue: Promise<unknown> = Promise.resolve();
	/** The reader's files (playground uploads), loaded again when a worker is replaced, so none is lost. */
	#files: ReaderFile[] = [];

	constructor(config: EngineConfig) {
		this.#config = config;
	}

	/**
	 * Start (once); later calls return the same promise. A failed start can be retried. `hooks.firstBytes` is called
	 * when the wasm starts to arrive (from then on the start runs off the main thread), `hooks.instantiated` when
	 * DuckDB runs and the databases are being attached.
	 */
	start(hooks: StartHooks = {}): Promise<void> {
		if (this.#disposed) return Promise.reject(new QueryError('engine', 'This in-browser database was closed.'));
		const started: Promise<Started> = (this.#started ??= boot(this.#config, (this.#worker = takeWorker()), this.#files, hooks).then(
			(s) => {
				// Unless the engine was reset or disposed meanwhile (its worker is then being terminated).
				if (this.#started === started) this.#live = s;
				return s;
			},
			(e) => {
				this.#started = null;
				throw new QueryError('engine', `The in-browser database could not start: ${e instanceof Error ? e.message : e}`, { cause: e });
			}
		));
		return started.then(() => undefined);
	}

	query(sql: string, options: QueryOptions = {}): Promise<QueryResult> {
		// One query at a time: the eh bundle has one thread, and a queue keeps cancel unambiguous.
		return this.#enqueue(async () => {
			const first = await this.#run(sql, options);
			// ENUM columns arrive without their labels (see emptyDictionaryColumns): ask once more, as text.
			if (!first.enumColumns.length || options.step) return first.result;
			return (await this.#run(castEnumsToText(sql, first.enumColumns), options)).result;
		});
	}

	/**
	 * Run `job` after the queued ones. An idle engine runs it at once, in the caller's task: on a started engine a
	 * query reaches DuckDB's worker before the page re-renders for the change that asked for it, instead of one
	 * microtask later, behind that re-render (traced on /growth/: the worker starts 1.4-2.6 ms after the change
	 * instead of 2.6-3.8 ms, and the re-render runs while DuckDB works).
	 */
	#enqueue<T>(job: () => Promise<T>): Promise<T> {
		const next = this.#idle ? job() : this.#queue.then(job);
		const tail = next.then(
			() => undefined,
			() => undefined
		);
		this.#queue = tail;
		this.#idle = false;
		void tail.then(() => void (this.#queue === tail && (this.#idle = true)));
		return next;
	}

	/**
	 * Load a reader's file into memory.scratch (as a table of its name, replacing one of the same name). Queued
	 * like a query; DuckDB's error (a file it cannot read as CSV) comes back as a 'sql' QueryError.
	 */
	loadFile(file: ReaderFile): Promise<void> {
		return this.#enqueue(async () => {
			await this.start();
			const started = await this.#started!;
			const conn = await started.db.connect();
			try {
				await loadReaderFile(started.db, conn, file);
			} catch (e) {
				if (FATAL.test(String(e))) this.#reset();
				throw sqlError(e);
			} finally {
				await conn.close().catch(() => undefined);
			}
			this.#files = [...this.#files.filter((f) => f.table !== file.table), file];
		});
	}

	async #run(sql: string, options: QueryOptions): Promise<{ result: QueryResult; enumColumns: string[] }> {
		if (options.signal?.aborted) throw new QueryError('cancelled', 'The query was cancelled.');
		const compiled = compileParams(sql, options.params);
		if (options.role === 'reader' || options.guard) refuseForReader(compiled.sql);
		// A step is our own CREATE TEMP TABLE around a query that passed the reader's checks: a TEMP table is the
		// connection's own, so it needs no write guard (and would break its one-database transaction).
		if (options.step) compiled.sql = stepStatement(options.step, compiled.sql);
		// Without an await on a started engine and an open connection: the query is sent in the caller's task.
		const started: Started = this.#live ?? (await this.start().then(() => this.#started!));
		const role = options.role ?? 'author';
		const guardWrites = role === 'reader' && !options.step && Object.keys(this.#config.fill ?? {}).length > 0;
		if (guardWrites) refuseTransactionControl(compiled.sql);
		const conn = started.open.get(role) ?? (await connection(started, role, this.#config.databases));
		const t0 = performance.now();
		let stop: QueryError | null = null;
		let settled = false;
		let timer: ReturnType<typeof setTimeout> | undefined;
		let rejectStop: (e: QueryError) => void = () => {};
		const stopped = new Promise<never>((_, reject) => (rejectStop = reject));
		const interrupt = (e: QueryError) => {
			if (stop) return;
			stop = e;
			conn.cancelSent().catch(() => undefined);
			// If DuckDB does not yield, replace the worker: the next query starts a fresh engine.
			setTimeout(() => {
				if (!settled && this.#started === startedPromise) {
					this.#reset();
					rejectStop(e);
				}
			}, CANCEL_GRACE_MS);
		};
		const startedPromise = this.#started;
		const onAbort = () => interrupt(new QueryError('cancelled', 'The query was cancelled.'));
		options.signal?.addEventListener('abort', onAbort, { once: true });
		if (options.timeoutMs) timer = setTimeout(() => interrupt(new QueryError('timeout', `The query ran longer than ${(options.timeoutMs! / 1000).toFixed(0)} s and was stopped.`)), options.timeoutMs);
		let open = false;
		try {
			const run = (async () => {
				if (guardWrites) {
					await conn.query('BEGIN TRANSACTION');
					open = true;
					await conn.query(READER_WRITES_TO_MEMORY);
				}
				const reader = await conn.send(compiled.sql, true);
				const batches = [];
				for await (const batch of reader) batches.push(batch);
				if (open) {
					open = false;
					await conn.query('COMMIT');
				}
				// The schema is on every batch; an empty result has it on the reader only.
				return { batches, schema: batches[0]?.schema ?? reader.schema ?? { fields: [] } };
			})();
			const { batches, schema } = await Promise.race([run, stopped]);
			if (stop) throw stop;
			const { columns, rows } = arrowToRows(schema, batches);
			return { result: { columns, rows, elapsedMs: performance.now() - t0 }, enumColumns: emptyDictionaryColumns(schema, batches) };
		} catch (e) {
			if (stop) throw stop;
			if (e instanceof QueryError) throw e;
			const err = sqlError(e);
			if (FATAL.test(err.message) && this.#started === startedPromise) {
				this.#reset();
				throw new QueryError('engine', `The in-browser database failed (${err.message.split('\n')[0]}) and restarts with the next query (your own tables are loaded again): run it again, or a smaller one.`, { cause: e });
			}
			if (guardWrites && /can only write to a single attached database/.test(err.message))
				throw new QueryError('refused', 'The site’s datasets are read-only (a generated one too): you can create your own tables with CREATE TABLE, and query everything with SELECT.', { cause: e });
			throw err;
		} finally {
			if (open) {
				// A reader's failed or cancelled statement: end its transaction (unless the worker was replaced).
				open = false;
				if (this.#started === startedPromise)
					await Promise.race([conn.query('ROLLBACK').catch(() => undefined), new Promise((r) => setTimeout(r, CANCEL_GRACE_MS))]);
			}
			settled = true;
			clearTimeout(timer);
			options.signal?.removeEventListener('abort', onAbort);
		}
	}

	#reset() {
		const s = this.#started;
		this.#started = null;
		this.#live = null;
		this.#queue = Promise.resolve();
		this.#idle = true;
		s?.then((x) => x.worker.terminate()).catch(() => undefined);
	}

	/**
	 * Stop for good: terminate the worker (and the memory it holds) once the queries already queued have run, or
	 * after `graceMs` at most (0: at once, e.g. a cancelled start). Later queries fail with an 'engine' error.
	 */
	dispose(graceMs = 0): void {
		if (this.#disposed) return;
		this.#disposed = true;
		const worker = this.#worker;
		this.#started = null;
		this.#live = null;
		this.#worker = null;
		const stop = () => worker?.terminate();
		if (graceMs <= 0) stop();
		else void Promise.race([this.#queue, new Promise((r) => setTimeout(r, graceMs))]).then(stop);
	}
}

/** How long the wasm download may make no progress before the engine is declared unavailable. */
const STALL_MS = 15_000;

/**
 * DuckDB's instantiate() never settles when its wasm does not come (the rejection stays inside the worker), so a
 * blocked or missing wasm would leave every figure loading. The worker fetches the wasm from its first moment and
 * tells the page how it goes (see ./worker.ts): race DuckDB's instantiate against its failure to download, the
 * worker's own failure to load, and a watchdog on download progress.
 */
async function instantiate(db: AsyncDuckDB, worker: Worker, firstBytes?: () => void): Promise<void> {
	if (typeof WebAssembly !== 'object') throw new Error('this browser does not run WebAssembly');
	const asked = performance.now();
	let timer: ReturnType<typeof setInterval> | undefined;
	const stalled = new Promise<never>((_, reject) => {
		timer = setInterval(() => {
			if (performance.now() - Math.max(asked, wasmLastBytes(worker)) > STALL_MS)
				reject(new Error(`the database engine (${wasmLocation().split('/').pop()}) did not download`));
		}, 1000);
	});
	void wasmArriving(worker).then(() => firstBytes?.());
	try {
		await Promise.race([db.instantiate(wasmLocation()), stalled, failure(worker)]);
	} finally {
		clearInterval(timer);
	}
}

async function boot(config: EngineConfig, worker: Worker, files: readonly ReaderFile[], hooks: StartHooks): Promise<Started> {
	try {
		const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
		await instantiate(db, worker, hooks.firstBytes);
		performance.mark('engine:instantiated');
		hooks.instantiated?.();
		await db.open({
			path: ':memory:',
			query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true }
		});
		const conn = await db.connect();
		// The set-up goes to the worker in as few messages as it can (each round trip costs a few ms while the page
		// waits to turn live): extensions come from this site or nowhere (autoload off, the repository our own path),
		// the datasets are attached, the engine locked, and this connection becomes the author's (its search path),
		// so that the first figure's query goes at once.
		const statements = [`SET custom_extension_repository = '${new URL('duckdb-extensions', config.dataUrl).href}'`];
		for (const d of config.databases) {
			const fill = config.fill?.[d.alias];
			if (fill) {
				await conn.query([...statements.splice(0), `ATTACH ':memory:' AS ${d.alias}`].join(';\n'));
				await fill(conn);
				continue;
			}
			await db.registerFileURL(d.file, new URL(d.file, config.dataUrl).href, duckdb.DuckDBDataProtocol.HTTP, false);
			statements.push(`ATTACH '${d.file}' AS ${d.alias} (READ_ONLY)`);
		}
		// The reader's own files are the one place DuckDB may still read once external access is off.
		statements.push(`SET allowed_directories = ['${READER_DIR}']`, ...setupStatements, searchPathStatement('author', config.databases));
		await conn.query(statements.join(';\n'));
		performance.mark('engine:attached');
		// A replaced worker (a stuck or failed query) gets the reader's files again.
		for (const f of files) await loadReaderFile(db, conn, f);
		performance.mark('engine:ready');
		return { db, worker, conns: new Map([['author', Promise.resolve(conn)]]), open: new Map([['author', conn]]) };
	} catch (e) {
		worker.terminate();
		throw e;
	}
}

function connection(s: Started, role: Role, databases: DatabaseFile[]) {
	let c = s.conns.get(role);
	if (!c) {
		c = s.db.connect().then(async (conn) => {
			await conn.query(searchPathStatement(role, databases));
			s.open.set(role, conn);
			return conn;
		});
		// A connection that failed to open is not kept: the next query tries again.
		c.catch(() => s.conns.delete(role));
		s.conns.set(role, c);
	}
	return c.catch((e) => {
		throw new QueryError('engine', `Could not open a connection: ${e instanceof Error ? e.message : e}`, { cause: e });
	});
}
