// UI strings and the locale in one place, so the Chinese edition adds a file rather than rewrites: the figures',
// which every page loads. A component that only some pages show keeps its strings next to it
// (DatasetSwitch.strings.ts, SyntheticNotice.strings.ts), so the other pages do not load them.
import { formatCount } from './format/number-format';

export const locale = 'en';

export const t = {
	edit: 'Edit SQL',
	run: 'Run',
	reset: 'Reset',
	cancel: 'Cancel',
	downloadCsv: 'Download CSV',
	copyLink: 'Copy link',
	openInPlayground: 'Open in playground',
	linkCopied: 'Link copied',
	linkReady: 'Link (copy it from here):',
	showSql: 'SQL',
	running: 'Running…',
	busy: (seconds: number) => `Computing… ${seconds} s`,
	slow: 'This query has been running for more than 10 s. It may never finish: Cancel it to keep working with this figure.',
	params: 'Parameters',
	engineFailed: 'The interactive figures could not start in this browser, so the charts below are the published versions (they are complete and sourced). Reason:',
	engineWaiting: 'Save-Data is on, so the in-browser database (about 8 MB compressed) has not been downloaded: the charts are their published versions, and nothing is recomputed until you start it.',
	startEngine: 'Make the figures live',
	staticNote: 'published chart',
	dataTable: (n: number) => `Data table (${formatCount(n)} ${n === 1 ? 'row' : 'rows'})`,
	rowsLoading: 'Loading the data…',
	rowsUnavailable: 'The rows could not be computed in this browser; every table is on the About the data page as CSV.',
	firstRows: (shown: number, all: number) => `First ${shown} of ${all} rows; Download CSV has them all.`,
	chartCapped: (shown: number, all: number) =>
		`The chart draws the first ${formatCount(shown)} of ${formatCount(all)} rows; the data table counts them all and Download CSV has them all.`,
	sources: 'Sources:',
	source: 'Source:',
	syntheticSource: 'synthetic data, generated for this site —',
	syntheticLink: 'how it is made',
	noSources: 'this result has no source_url column; the author’s query lists them (Reset).',
	lowConfidence: '(low confidence)',
	lowConfidenceTitle: 'low confidence: weak origin or conflicting figures',
	liveNote: 'recomputed in your browser',
	readsStep: (table: string) => `Reads the table ${table} made in`,
	stepResult: (table: string, rows: number, columns: number) => `Makes the table ${table}: ${formatCount(rows)} rows, ${columns} columns, which the figures below read.`,
	followsSettings: 'Follows the settings of',
	ignoredFromLink: (reasons: string[]) => `Ignored from the link: ${reasons.join('; ')}.`
} as const;
