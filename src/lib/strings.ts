// UI strings and the locale in one place, so the Chinese edition adds a file rather than rewrites.
export const locale = 'en';

export const t = {
	edit: 'Edit SQL',
	run: 'Run',
	reset: 'Reset',
	cancel: 'Cancel',
	downloadCsv: 'Download CSV',
	copyLink: 'Copy link',
	linkCopied: 'Link copied',
	linkReady: 'Link (copy it from here):',
	showSql: 'SQL',
	running: 'Running…',
	slow: 'This query has been running for more than 10 s. It may never finish: Cancel it to keep working with this figure.',
	params: 'Parameters',
	engineFailed: 'The interactive figures could not start in this browser, so the charts below are the published versions (they are complete and sourced). Reason:',
	engineWaiting: 'Save-Data is on, so the in-browser database (about 8 MB compressed) has not been downloaded. The charts below are the published versions.',
	startEngine: 'Make the figures live',
	staticNote: 'published chart',
	liveNote: 'recomputed in your browser'
} as const;
