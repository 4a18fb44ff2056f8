// A small static server for the built site under a base path, as GitHub Pages serves it: index.html for
// folders, gzip for text, Range requests (DuckDB-WASM reads the .duckdb file in ranges), no caching.
// Used by the e2e tests and the benchmark; `tsx tests/serve.ts [port]` serves by hand.

import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const BASE = '/bank-ecommerce-study';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
	'.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.csv': 'text/csv; charset=utf-8',
	'.parquet': 'application/octet-stream', '.duckdb': 'application/octet-stream', '.png': 'image/png', '.txt': 'text/plain', '.xml': 'application/xml'
};
// Pages compresses these; .duckdb stays uncompressed so that Range requests keep working.
const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm', '.csv', '.txt', '.xml']);

export async function serve(root: string, port = 0, base = BASE): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
	const dir = resolve(root);
	const gz = new Map<string, Buffer>();
	const server = createServer(async (req, res) => {
		try {
			const url = new URL(req.url ?? '/', 'http://x');
			if (!url.pathname.startsWith(base + '/')) {
				res.writeHead(url.pathname === base ? 301 : 404, url.pathname === base ? { location: base + '/' } : {}).end('not found');
				return;
			}
			let path = normalize(join(dir, decodeURIComponent(url.pathname.slice(base.length))));
			if (!path.startsWith(dir)) return void res.writeHead(403).end();
			let info = await stat(path).catch(() => null);
			if (info?.isDirectory()) {
				if (!url.pathname.endsWith('/')) return void res.writeHead(301, { location: url.pathname + '/' + url.search }).end();
				path = join(path, 'index.html');
				info = await stat(path).catch(() => null);
			}
			if (!info) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			const ext = extname(path);
			const headers: Record<string, string | number> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store', 'accept-ranges': 'bytes' };
			const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
			if (range && !COMPRESS.has(ext)) {
				const start = range[1] ? Number(range[1]) : info.size - Number(range[2]);
				const end = range[1] && range[2] ? Math.min(Number(range[2]), info.size - 1) : info.size - 1;
				const body = (await readFile(path)).subarray(start, end + 1);
				res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${info.size}`, 'content-length': body.length });
				return void res.end(req.method === 'HEAD' ? undefined : body);
			}
			let body: Buffer;
			if (COMPRESS.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
				// Compressed once per file version; a cached one is served without reading the file (34 MB for the wasm).
				const key = `${path}:${info.mtimeMs}`;
				body = gz.get(key) ?? gz.set(key, gzipSync(await readFile(path), { level: 6 })).get(key)!;
				headers['content-encoding'] = 'gzip';
				headers['vary'] = 'accept-encoding';
			} else body = await readFile(path);
			headers['content-length'] = body.length;
			res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
		} catch (e) {
			res.writeHead(500).end(String(e));
		}
	});
	await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	return { server, url: `http://127.0.0.1:${actual}${base}/`, close: () => new Promise((ok) => server.close(() => ok())) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { url } = await serve(process.argv[3] ?? 'build', Number(process.argv[2] ?? 4173));
	console.log(`serving build/ at ${url}`);
}
