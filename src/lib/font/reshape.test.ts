import { describe, expect, it } from 'vitest';
import { CJK_FAMILY, RESHAPED_CLASS, reshapeWhenCjkFontLoads } from './reshape';

type Face = { family: string; status: FontFaceLoadStatus };

/** A document whose FontFaceSet holds `faces` and fires `loadingdone` when told. */
function page(faces: Face[]) {
	const classes = new Set<string>();
	const listeners = new Set<(e: Event) => void>();
	const fonts = Object.assign([...faces], {
		addEventListener: (type: string, fn: (e: Event) => void) => type === 'loadingdone' && listeners.add(fn),
		removeEventListener: (type: string, fn: (e: Event) => void) => type === 'loadingdone' && listeners.delete(fn)
	});
	const doc = { fonts, documentElement: { classList: { add: (c: string) => classes.add(c) } } } as unknown as Document;
	const loadingDone = (...loaded: Face[]) => {
		for (const f of loaded) f.status = 'loaded';
		for (const fn of [...listeners]) fn(Object.assign(new Event('loadingdone'), { fontfaces: loaded }));
	};
	return { doc, reshaped: () => classes.has(RESHAPED_CLASS), loadingDone, listeners };
}

describe('reshapeWhenCjkFontLoads', () => {
	it('reshapes at once when the CJK font has loaded already (its family as the CSS gives it, quoted)', () => {
		const p = page([{ family: `"${CJK_FAMILY}"`, status: 'loaded' }]);
		reshapeWhenCjkFontLoads(p.doc);
		expect(p.reshaped()).toBe(true);
		expect(p.listeners.size).toBe(0);
	});

	it('reshapes when a load that includes the CJK font is done, not before, and listens no more', () => {
		const cjk: Face = { family: CJK_FAMILY, status: 'loading' };
		const other: Face = { family: 'Other', status: 'loading' };
		const p = page([cjk, other]);
		reshapeWhenCjkFontLoads(p.doc);
		expect(p.reshaped()).toBe(false);
		p.loadingDone(other);
		expect(p.reshaped()).toBe(false);
		p.loadingDone(cjk);
		expect(p.reshaped()).toBe(true);
		expect(p.listeners.size).toBe(0);
	});

	it('does nothing while the CJK font is not needed (a system with Chinese fonts never loads it)', () => {
		const p = page([{ family: CJK_FAMILY, status: 'unloaded' }]);
		reshapeWhenCjkFontLoads(p.doc);
		expect(p.reshaped()).toBe(false);
		expect(p.listeners.size).toBe(1);
	});
});
