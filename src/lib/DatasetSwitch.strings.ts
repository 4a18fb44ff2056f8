// UI strings of DatasetSwitch (the synthetic dataset generated in the reader's browser) and of its progress
// (dataset-progress.ts): loaded with the pages that show the switch only. The figures' strings are in strings.ts.
export const t = {
	stressTitle: 'Generate the dataset in your browser',
	stressIntro: 'The generator is plain TypeScript and seeded, so your browser can make the dataset itself: 100,000 customers give exactly the published rows, 1,000,000 is a stress test (about 7 million orders, 10–20 s, and some 700 MB of memory).',
	stressIntroData: 'The same generator runs in your browser: pick a size, and it makes the customers, their orders and holdings, and loads them into DuckDB-WASM. 100,000 customers give exactly the published rows.',
	stressSize: 'Customers',
	stressSizeOption: (n: string) => `${n} customers`,
	stressGenerate: 'Generate in this browser',
	stressGenerating: (done: string, total: string) => `Generating customers ${done} / ${total}`,
	stressLoading: (table: string, done: string, total: string) => `Loading ${table} into DuckDB ${done} / ${total} rows`,
	stressStarting: 'Starting a second DuckDB-WASM for it…',
	stressDeriving: (table: string, rows: string) => `Deriving ${table} in DuckDB (${rows} rows)…`,
	stressPublished: 'Loading the published dataset…',
	stressElapsed: (s: string) => `${s} elapsed`,
	stressNow: (n: string, seed: number, s: string) => `Figures now use ${n} customers generated in your browser (seed ${seed}, ${s}).`,
	stressMade: (n: string, seed: number, s: string) => `Generated ${n} customers in your browser (seed ${seed}, ${s}).`,
	stressTimes: (gen: string, load: string) => `Generating took ${gen}, loading into DuckDB ${load}.`,
	stressRows: 'Rows:',
	stressBack: 'Back to the published dataset',
	stressCancelled: 'Cancelled. Nothing changed: the figures use the dataset they used before.',
	stressCancelledData: 'Cancelled.',
	stressFailed: (reason: string) => `The dataset could not be made in this browser (${reason}). Nothing changed: the figures use the dataset they used before.`
} as const;
