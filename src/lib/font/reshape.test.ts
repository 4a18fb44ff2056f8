import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { CJK_FAMILY, RESHAPED_CLASS, reshapeCjkText, reshapeWhenCjkFontLoads } from './reshape';

type Face = { family: string; status: FontFaceLoadStatus };

const HTML = '<!doctype html><html><body><h1>SWOT of 融e购</h1><p>Latin only <b>bold</b></p><p>Before <a href="#">善融商务</a> after</p><svg><text>交博汇</text></svg></body></html>';

/** A page whose FontFaceSet holds `faces` and fires `loadingdone` when told. */
function page(faces: Face[]) {
	const { document } = parseHTML(HTML);
	const listeners = new Set<(e: Event) => void>();
	const fonts = Object.assign([...faces], {
		addEventListener: (type: string, fn: (e: Event) => void) => type === 'loadingdone' && listeners.add(fn),
		removeEventListener: (type: string, fn: (e: Event) => void) => type === 'loadingdone' && listeners.delete(fn)
	});
	Object.defineProperty(document, 'fonts', { value: fonts });
	const loadingDone = (...loaded: Face[]) => {
		for (const f of loaded) f.status = 'loaded';
		for (const fn of [...listeners]) fn(Object.assign(new Event('loadingdone'), { fontfaces: loaded }));
	};
	const reshaped = () => [...document.querySelectorAll(`.${RESHAPED_CLASS}`)].map((el) => el.tagName.toLowerCase());
	return { doc: document as unknown as Document, reshaped, loadingDone, listeners };
}

describe('reshapeCjkText', () => {
	it('marks the elements whose own text holds Chinese characters, HTML and SVG, and no other', () => {
		const { document } = parseHTML(HTML);
		expect(reshapeCjkText(document.body as unknown as Element)).toBe(3);
		expect([...document.querySelectorAll(`.${RESHAPED_CLASS}`)].map((el) => el.tagName.toLowerCase())).toEqual(['h1', 'a', 'text']);
	});
});

describe('reshapeWhenCjkFontLoads', () => {
	it('reshapes at once when the CJK font has loaded already (its family as the CSS gives it, quoted)', () => {
		const p = page([{ family: `"${CJK_FAMILY}"`, status: 'loaded' }]);
		reshapeWhenCjkFontLoads(p.doc);
		expect(p.reshaped()).toEqual(['h1', 'a', 'text']);
		expect(p.listeners.size).toBe(0);
	});

	it('reshapes when a load that includes the CJK font is done, not before, and listens no more', () => {
		const cjk: Face = { family: CJK_FAMILY, status: 'loading' };
		const other: Face = { family: 'Other', status: 'loading' };
		const p = page([cjk, other]);
		reshapeWhenCjkFontLoads(p.doc);
		expect(p.reshaped()).toEqual([]);
		p.loadingDone(other);
		expect(p.reshaped()).toEqual([]);
		p.loadingDone(cjk);
		expect(p.reshaped()).toEqual(['h1', 'a', 'text']);
		expect(p.listeners.size).toBe(0);
	});

	it('does nothing while the CJK font is not needed (a system with Chinese fonts never loads it)', () => {
		const p = page([{ family: CJK_FAMILY, status: 'unloaded' }]);
		reshapeWhenCjkFontLoads(p.doc);
		expect(p.reshaped()).toEqual([]);
		expect(p.listeners.size).toBe(1);
	});
});
