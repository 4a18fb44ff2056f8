import { openNodeEngine } from '/work/main/src/lib/db/node';
const e = await openNodeEngine('/work/main/static/data', [{ alias: 'reference', file: 'reference.duckdb' }]);
const sql = process.argv[2]!;
const params = process.argv[3] ? JSON.parse(process.argv[3]) : {};
try { const r = await e.query(sql, { params }); console.table(r.rows.map(r => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v.slice(0, 40) : v])))); } catch (err) { console.log('ERR', (err as Error).message); }
