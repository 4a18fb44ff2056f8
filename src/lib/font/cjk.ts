// Which characters are Chinese (CJK): the site's CJK font holds them (./cjk-text.ts, app.css), the charts measure
// them a whole em wide (../charts/labels.ts).

/** CJK radicals, punctuation, kana, unified ideographs (and Extension A), compatibility ideographs, full-width forms. */
export const CJK_CHAR = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
/** The same blocks as a CSS unicode-range (app.css's @font-face must say the same). */
export const CJK_UNICODE_RANGE = 'U+2E80-9FFF, U+F900-FAFF, U+FF00-FFEF';
