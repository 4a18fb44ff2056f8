// Chromium keeps the fallback glyphs of text it laid out before the site's CJK font arrived, even once the font has
// loaded: where the reader's system has no Chinese font (Debian's Chromium has none), 融e购 in a heading of the first
// screen stayed as boxes ("SWOT of 融e购"); text laid out again later (a live chart, a figure scrolled to) was
// right. So once the font is in, the elements whose own text is Chinese get a class (app.css) that turns kerning on:
// on already, so nothing on the screen moves, but a font property, whose change has their text shaped again, with the
// font. Only those elements: the same change on the whole page restyled all of it while DuckDB's wasm compiled.

import { CJK_CHAR } from './cjk';

/** The @font-face family of the site's CJK font (app.css). */
export const CJK_FAMILY = 'Site CJK';
/** The class app.css gives the font property that has text shaped again. */
export const RESHAPED_CLASS = 'cjk-reshaped';

const isCjkFace = (face: FontFace) => face.family.replace(/^["']|["']$/g, '') === CJK_FAMILY;

/** Gives RESHAPED_CLASS to every element under `root` with Chinese characters in its own text; returns how many. */
export function reshapeCjkText(root: Element): number {
	const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
	const parents = new Set<Element>();
	for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.parentElement && CJK_CHAR.test(node.nodeValue ?? '')) parents.add(node.parentElement);
	for (const el of parents) el.classList.add(RESHAPED_CLASS);
	return parents.size;
}

/**
 * Reshapes the page's Chinese text (reshapeCjkText) when the CJK font has loaded: at once if it has, else when the
 * loads that include it are done. Nothing happens where the font is never needed (a system with Chinese fonts).
 */
export function reshapeWhenCjkFontLoads(doc: Document = document): void {
	const fonts = doc.fonts;
	if (!fonts) return;
	const reshape = () => void reshapeCjkText(doc.body);
	if ([...fonts].some((face) => isCjkFace(face) && face.status === 'loaded')) return reshape();
	const done = (e: Event) => {
		if (!(e as FontFaceSetLoadEvent).fontfaces.some(isCjkFace)) return;
		fonts.removeEventListener('loadingdone', done);
		reshape();
	};
	fonts.addEventListener('loadingdone', done);
}
