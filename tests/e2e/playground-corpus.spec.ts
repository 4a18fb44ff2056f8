// Hostile and broken input in the playground, all in one page: each gets a clear message (role="alert") or a
// bounded result, the page answers after each one, and afterwards a chapter's figures still give Node's results.
import { expect, test } from './helpers';
import { expectFiguresAsInNode } from './same-as-node';
import { cancelBtn, expectResponsive, gotoPlayground, queryAlert, root, run, runBtn, setQuery, status, upload, uploadAlert, uploadMade } from './playground-helpers';

type Outcome = RegExp | 'rows' | 'cancel' | 'alert-or-rows';
const NEVER_ENDING = 'WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT i FROM r';

const sql: [string, string, Outcome][] = [
	['syntax error', 'SELEC 1', /Parser Error: syntax error/],
	['unfinished expression', 'SELECT 1 +', /Parser Error/],
	['unterminated string', "SELECT 'abc", /unterminated|Parser Error/i],
	['unknown table', 'SELECT * FROM no_such_table', /Catalog Error/],
	['unknown parameter', 'SELECT $nope', /Unknown parameter \$nope/],
	['positional parameter', 'SELECT $1', /parameter|Binder Error|Invalid Input/i],
	['empty script', '-- nothing to run', /Write a query first/],
	['DROP a published table', 'DROP TABLE orders', /read-only|Cannot|Catalog Error/i],
	['DROP by its full name', 'DROP TABLE customers.main.customers', /read-only|Cannot/i],
	['DELETE from a published table', 'DELETE FROM online_retail', /read-only|Cannot/i],
	['INSERT into a published table', 'INSERT INTO categories SELECT * FROM categories', /read-only|Cannot/i],
	['UPDATE a published table', "UPDATE swot_factors SET weight = 1", /read-only|Cannot/i],
	['ALTER a published table', 'ALTER TABLE orders ADD COLUMN x INTEGER', /read-only|Cannot/i],
	['ATTACH', "ATTACH 'other.duckdb' AS other", /ATTACH is not allowed/],
	['DETACH', 'DETACH customers', /DETACH is not allowed/],
	['USE', 'USE customers', /USE is not allowed/],
	['COPY TO a file', "COPY orders TO 'orders.csv'", /COPY is not allowed/],
	['EXPORT DATABASE', "EXPORT DATABASE 'out'", /EXPORT is not allowed/],
	['INSTALL', 'INSTALL httpfs', /INSTALL is not allowed/],
	['LOAD', 'LOAD parquet', /LOAD is not allowed/],
	['SET', "SET memory_limit = '64GB'", /SET is not allowed/],
	['PRAGMA', 'PRAGMA database_list', /PRAGMA is not allowed/],
	['a refused statement after an allowed one', "SELECT 1; SET threads = 8", /SET is not allowed/],
	['reading an http URL', "SELECT * FROM read_csv('http://example.com/data.csv')", /Permission Error|disabled/i],
	['reading an https Parquet URL', "SELECT * FROM read_parquet('https://example.com/data.parquet')", /Permission Error|disabled|does not exist|Catalog Error/i],
	['reading a local file', "SELECT * FROM read_csv('/etc/passwd')", /Permission Error|disabled/i],
	['reading outside the reader folder by ..', "SELECT * FROM read_csv('/reader-files/../etc/passwd')", /Permission Error|disabled|No files found/i],
	['a huge cross join', 'SELECT * FROM range(1000000) a, range(1000000) b', 'rows'],
	['counting a huge cross join', 'SELECT count(*) FROM range(100000000) a, range(100000000) b', 'cancel'],
	['a recursive CTE with no end', NEVER_ENDING, 'cancel'],
	['a 10 MB string made by the engine', "SELECT repeat('x', 10000000) AS s", 'rows'],
	['a string too large for memory', "SELECT string_agg(repeat('x', 100000000), '') FROM range(100)", /Out of Memory Error[^]*did not fit in this tab/],
	['a list too large for memory', 'SELECT list(range) AS l FROM range(600000000)', /Out of Memory Error/],
	['ending a transaction never begun', 'ROLLBACK', /transaction|Error/i],
	['division by zero', 'SELECT 1 / 0 AS x', 'rows']
];

test('the hostile corpus: a message or a bounded result each, a responsive page, and the figures unchanged', async ({ page }) => {
	test.setTimeout(600_000);
	await gotoPlayground(page);
	for (const [name, text, outcome] of sql) {
		await test.step(name, async () => {
			await setQuery(page, text);
			await runBtn(page).click();
			if (outcome === 'cancel') {
				await expect(cancelBtn(page)).toBeVisible();
				await page.waitForTimeout(1000); // let it really run inside DuckDB first
				await cancelBtn(page).click();
				await expect(queryAlert(page)).toContainText(/cancel/i, { timeout: 15_000 });
			} else {
				await expect(root(page)).not.toHaveAttribute('data-running', 'true', { timeout: 120_000 });
				if (outcome === 'rows') {
					await expect(queryAlert(page), name).toHaveText('');
					await expect(status(page)).toContainText(/rows?\b.* in [0-9.]+ s/);
				} else if (outcome === 'alert-or-rows') {
					const alert = (await queryAlert(page).textContent()) ?? '';
					if (!alert) await expect(status(page)).toContainText(/rows?\b.* in [0-9.]+ s/);
				} else await expect(queryAlert(page), name).toContainText(outcome);
			}
			await expectResponsive(page);
		});
	}

	await test.step('a 10 MB string literal', async () => {
		await setQuery(page, `SELECT '${'y'.repeat(10 * 1024 * 1024)}' AS s, 1 AS n`);
		await run(page);
		await expect(queryAlert(page)).toHaveText('');
		await expect(status(page)).toContainText('1 row in');
		// The cell shows a bounded part of it.
		expect(((await page.locator('.result-table td').first().textContent()) ?? '').length).toBeLessThan(200);
		await expectResponsive(page);
	});

	// 'either': DuckDB's sniffer may read it (a bounded table) or refuse it with its message.
	const files: [string, Buffer, RegExp | 'loaded' | 'either'][] = [
		['empty.csv', Buffer.alloc(0), /empty/],
		['blank.csv', Buffer.from(' \n\n'), /empty/],
		['image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /not a text file/],
		['latin.csv', Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xff, 0xfe, 0xff, 0x2c, 0x31, 0x0a]), /neither UTF-8 nor GB 18030/],
		['sheet.xlsx', Buffer.from('PK'), /neither a CSV/],
		['fake.parquet', Buffer.from('a,b\n1,2\n'), /could not be read as Parquet/],
		['ragged.csv', Buffer.from('a,b\n1,2,3,4,5\n"open quote,\n7\n'), 'either'],
		['no_header.csv', Buffer.from('1,2015-01-03,food,12.5\n2,2015-01-04,books,3\n3,2015-02-01,food,7.25\n4,2015-03-09,toys,99\n'), 'loaded'],
		['gbk.csv', Buffer.from([0xc0, 0xe0, 0xb1, 0xf0, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0a, 0xca, 0xb3, 0xc6, 0xb7, 0x2c, 0x31, 0x32, 0x0a]), 'loaded']
	];
	for (const [name, buffer, outcome] of files) {
		await test.step(`file ${name}`, async () => {
			await upload(page, name, buffer);
			if (outcome === 'loaded') {
				await expect(uploadAlert(page)).toHaveText('');
				await expect(page.locator('.upload [role=status]').last()).toContainText(`${name} is now the table`);
			} else if (outcome === 'either') {
				await expect(page.locator('.upload [role=status], .upload [role=alert] p').last()).toContainText(/is now the table|could not be loaded/);
			} else await expect(uploadAlert(page), name).toContainText(outcome);
			await expectResponsive(page);
		});
	}
	await test.step('a file over the size limit', async () => {
		await uploadMade(page, 'huge.csv', 201 * 1024 * 1024);
		await expect(uploadAlert(page)).toContainText(/more than the 200 MB/);
		await expectResponsive(page);
	});
	await test.step('the header-less file was read with generated column names', async () => {
		await run(page, 'SELECT count(*) AS n, min(column3) AS low FROM no_header');
		await expect(queryAlert(page)).toHaveText('');
		await expect(page.locator('.result-table tbody tr').first()).toHaveText(/4\s*3/);
	});
	await test.step('a table of the reader named like a published one does not change what figures read', async () => {
		await run(page, 'CREATE TABLE online_retail AS SELECT 1 AS x');
		await expect(queryAlert(page)).toHaveText('');
	});

	await expectFiguresAsInNode(page, 'growth/', 'growth.md', 'reference');
});
