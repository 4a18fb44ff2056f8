// Chromium keeps the fallback glyphs of text it laid out before the site's CJK font arrived, even once the font has
// loaded: where the reader's system has no Chinese font (Debian's Chromium has none), 融e购 in a heading of the first
// screen stayed as boxes ("SWOT of 融e购"); text laid out again later (a live chart, a figure scrolled to) was
// right. So once the font is in, a class on <html> (app.css) turns on kerning, which is on already (nothing on the
// screen moves) but is a font property: every text is shaped again, with the font. One style pass, ~1-9 ms.

/** The @font-face family of the site's CJK font (app.css). */
export const CJK_FAMILY = 'Site CJK';
/** The class app.css gives the font property that has text shaped again. */
export const RESHAPED_CLASS = 'cjk-font-in';

const isCjkFace = (face: FontFace) => face.family.replace(/^["']|["']$/g, '') === CJK_FAMILY;

/**
 * Sets RESHAPED_CLASS on the document's root when the CJK font has loaded: at once if it has, else when the loads
 * that include it are done. Nothing happens where the font is never needed (a system with Chinese fonts).
 */
export function reshapeWhenCjkFontLoads(doc: Document = document): void {
	const fonts = doc.fonts;
	if (!fonts) return;
	const reshape = () => doc.documentElement.classList.add(RESHAPED_CLASS);
	if ([...fonts].some((face) => isCjkFace(face) && face.status === 'loaded')) return reshape();
	const done = (e: Event) => {
		if (!(e as FontFaceSetLoadEvent).fontfaces.some(isCjkFace)) return;
		fonts.removeEventListener('loadingdone', done);
		reshape();
	};
	fonts.addEventListener('loadingdone', done);
}
