// The Chinese (CJK) characters the site shows: in its essays, its code and the reference data it publishes. The
// site's own CJK font (cjk-subset.woff2, made by ./build-cjk-font.ts) holds exactly these glyphs, for readers whose
// system has no CJK font; ./cjk-text.test.ts fails when a character is added and the font is not made again.
// Node only (reads the repository).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CJK_CHAR } from './cjk';

const CJK = new RegExp(CJK_CHAR.source, 'gu');

/** Where the site's text comes from (the synthetic data's names are in src/lib/synth and data/pipeline). */
const SOURCES = ['content', 'src', 'data/reference', 'data/pipeline'];
const TEXT = /\.(md|ts|js|svelte|html|css|csv|json)$/;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return TEXT.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

/** Every CJK character of the site's sources under `root`, once each, in code point order. */
export function siteCjkText(root: string): string {
	const chars = new Set<string>();
	for (const dir of SOURCES) for (const f of files(join(root, dir))) for (const c of readFileSync(f, 'utf8').match(CJK) ?? []) chars.add(c);
	return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}
