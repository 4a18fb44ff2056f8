// `npm run font`: makes src/lib/font/cjk-subset.woff2, the site's own CJK font: Noto Sans CJK SC (SIL Open Font
// License 1.1, ./OFL.txt) cut down to the characters the site shows (./cjk-text.ts), for readers whose system has
// no CJK font (without one, 融e购 shows as boxes). app.css names it after the systems' own CJK fonts, so a reader
// who has one never downloads it. Needs Debian's fonts-noto-cjk and python3-fonttools (+ python3-brotli):
//   apt-get install -y fonts-noto-cjk python3-fonttools python3-brotli
// Run it again when a Chinese character is added (the unit test says so); commit the woff2 and cjk-subset.txt.

import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { siteCjkText } from './cjk-text';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const SOURCE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
/** In the collection: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK. Simplified Chinese glyphs. */
const FONT_NUMBER = 2;

if (!existsSync(SOURCE)) {
	console.error(`No ${SOURCE}: apt-get install -y fonts-noto-cjk python3-fonttools python3-brotli`);
	process.exit(1);
}
const text = siteCjkText(ROOT);
const out = here('./cjk-subset.woff2');
const r = spawnSync(
	'/usr/bin/python3',
	['-m', 'fontTools.subset', SOURCE, `--font-number=${FONT_NUMBER}`, `--text=${text}`, '--flavor=woff2', `--output-file=${out}`, '--no-hinting', '--desubroutinize', '--name-IDs=0,1,2,3,4,5,6,13,14'],
	{ encoding: 'utf8' }
);
if (r.status !== 0) {
	console.error(r.stderr || r.error?.message);
	console.error('fontTools failed: apt-get install -y python3-fonttools python3-brotli');
	process.exit(1);
}
writeFileSync(here('./cjk-subset.txt'), text + '\n');
console.log(`cjk-subset.woff2: ${text.length} characters, ${(statSync(out).size / 1000).toFixed(1)} kB`);
