// Heatmap: one cell per row, x and y in the query's order, coloured by `fill` and printed with `label`.
// Cell text is black or white from the fill's luminance, so it stays readable on every colour; a NULL value
// is a hatched cell without text. Column names stay flat, wrap on two lines, or turn (-35°, else upright,
// shortened on a phone) so that they never overlap; cell text too long for its cell is left to the tooltip.
// Plot paints continuous legends on a <canvas>, which the build's DOM (linkedom) lacks: the legend is drawn
// here as SVG rectangles, the same on the server and in the browser.
import * as Plot from '@observablehq/plot';
import type { ChartFn, ChartOptions } from './types';
import { answerColours, baseStyle, palette } from './theme';
import { cut } from './labels';

const KNOWN = Object.keys(answerColours);
const order = (v: string) => (KNOWN.includes(v) ? KNOWN.indexOf(v) : KNOWN.length);

const CHAR = 7; // px per character of 13px text, roughly
const NAME_CHAR = CHAR + 0.8; // a y name's character, estimated wide: names are sized and cut to it, never clipped
const ROW = 38; // px per y category
// ColorBrewer Blues (6 classes) without its near-white first step: five blues, light → dark, all visible on the page.
export const levelColours = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
const HATCH = 'heatmap-hatch'; // the same pattern in every heatmap, so a repeated id finds an identical one

const num = (v: unknown) => (v === null || v === undefined || v === '' || !Number.isFinite(Number(v)) ? null : Number(v));
// Lines a name takes when wrapped at spaces into lines of `room` characters (a too-long word counts as many).
function lines(s: string, room: number): number {
	let [k, len] = [1, 0];
	for (const w of s.split(' ')) [k, len] = w.length > room ? [k + 9, 0] : len && len + 1 + w.length > room ? [k + 1, w.length] : [k, len + (len ? 1 : 0) + w.length];
	return k;
}
// About n round values from lo to hi (1, 2 or 5 times a power of ten apart), with as many decimals as they need.
function ticks(lo: number, hi: number, n: number): string[] {
	const p = 10 ** Math.floor(Math.log10((hi - lo) / n || 1));
	const step = [1, 2, 5, 10].map((m) => m * p).find((st) => st >= (hi - lo) / n) ?? p;
	const out: string[] = [];
	for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(t.toFixed(Math.max(0, -Math.floor(Math.log10(step)))));
	return out;
}

/** Black or white text on `fill`: white below a relative luminance of 0.179, where it has the higher contrast. */
export function textOn(fill: string): 'black' | 'white' {
	// Plot gives '#rrggbb' (a level's colour) or 'rgb(r, g, b)' (a ramp's).
	const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(fill)?.slice(1).map((h) => parseInt(h, 16));
	const [r, g, b] = hex ?? (/^rgb\((\d+), ?(\d+), ?(\d+)\)$/.exec(fill)?.slice(1).map(Number) || [255, 255, 255]);
	const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
	return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!) < 0.179 ? 'white' : 'black';
}

/**
 * The colour scale of the fill values; a diverging one is symmetric around the pivot. An index that cannot go
 * below 0 (TGI, month index: pivot 100) is capped at twice the pivot, so the scale runs 0…200 with 200+ at the
 * darkest colour instead of inventing negative values to balance a 554.
 */
export function colourScale(o: ChartOptions, all: (number | string)[]): Plot.ScaleOptions {
	const label = o.fillLabel ?? o.fill;
	if (o.scheme === 'categories') {
		const domain = [...new Set(all.map(String))].sort((a, b) => order(a) - order(b));
		return { type: 'ordinal', domain, range: domain.map((v, i) => answerColours[v] ?? palette[i % palette.length]!), label };
	}
	const values = all.map(Number);
	const [lo, hi] = values.length ? [Math.min(...values), Math.max(...values)] : [0, 1];
	if (o.scheme === 'levels') return { type: 'ordinal', domain: [1, 2, 3, 4, 5], range: levelColours, label: o.fillLabel ?? 'Level' };
	if (o.scheme !== 'diverging') return { type: 'linear', scheme: 'Blues', domain: [lo, hi], label };
	const pivot = num(o.pivot) ?? 0;
	let m = Math.max(Math.abs(lo - pivot), Math.abs(hi - pivot)) || 1;
	if (lo >= 0 && pivot > 0) m = Math.min(m, pivot);
	return { type: 'diverging', scheme: 'PuOr', pivot, domain: [pivot - m, pivot + m], clamp: true, label };
}

function el(document: Document, tag: string, attrs: Record<string, string | number>, parent?: Element, text?: string) {
	const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
	for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
	if (text !== undefined) e.textContent = text;
	return parent ? parent.appendChild(e) : e;
}

/** A light grey hatch for the cells without a value. */
function hatch(document: Document): SVGElement {
	const defs = el(document, 'defs', {});
	const p = el(document, 'pattern', { id: HATCH, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, defs);
	el(document, 'rect', { width: 6, height: 6, fill: 'var(--hatch-bg)' }, p);
	el(document, 'line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: 'var(--hatch-line)', 'stroke-width': 1.5 }, p);
	return defs as SVGElement;
}

/**
 * A legend's own <svg> with its title: text in the page's colour (currentColor, like the ticks; without a fill it was
 * black, unreadable in dark mode).
 */
function legendFrame(document: Document, width: number, height: number, title: string): Element {
	const svg = el(document, 'svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'font-size': 11, fill: 'currentColor', style: `font-family:${baseStyle.fontFamily}` });
	el(document, 'text', { x: 16, y: 11, 'font-weight': 'bold' }, svg, title);
	return svg;
}

/** The legend: its title over a ramp of 48 steps with numeric ticks, or one block per level. */
function legend(document: Document, scale: Plot.Scale, title: string, width: number): Element {
	const w = Math.min(240, width - 32);
	const svg = legendFrame(document, w + 32, 46, title);
	const g = el(document, 'g', { 'shape-rendering': 'crispEdges' }, svg);
	const tick = (at: number, text: string) => [el(document, 'line', { x1: at, x2: at, y1: 16, y2: 30, stroke: 'currentColor' }, svg), el(document, 'text', { x: at, y: 42, 'text-anchor': 'middle' }, svg, text)];
	const domain = [...(scale.domain ?? [])] as number[];
	const [lo, hi] = [domain[0]!, domain[domain.length - 1]!];
	// Levels: one block each, ticked at its centre. Else 48 steps of the ramp, ticked at round values.
	const [k, levels] = scale.type === 'ordinal' ? [domain.length, true] : [48, false];
	for (let i = 0; i < k; i++)
		el(document, 'rect', { x: 16 + (i * w) / k, y: 16, width: levels ? w / k - 1 : w / k + 0.5, height: 10, fill: scale.apply(levels ? domain[i] : lo + ((i + 0.5) / k) * (hi - lo)) }, g);
	if (levels) domain.forEach((v, i) => tick(16 + ((i + 0.5) * w) / k, String(v)));
	else for (const t of ticks(lo, hi, w < 200 ? 3 : 5)) tick(16 + ((Number(t) - lo) / (hi - lo || 1)) * w, t);
	return svg;
}

/** The legend of named categories: a swatch and its name each, flowing onto as many lines as the width needs. */
function swatches(document: Document, scale: Plot.Scale, title: string, width: number): Element {
	const items = [...(scale.domain ?? [])].map(String);
	let [x, y] = [16, 30];
	const placed = items.map((name) => {
		const w = 18 + name.length * 6.6 + 14;
		if (x + w > width - 8 && x > 16) [x, y] = [16, y + 18];
		const at = { name, x, y };
		x += w;
		return at;
	});
	const svg = legendFrame(document, width, y + 10, title);
	for (const p of placed) {
		el(document, 'rect', { x: p.x, y: p.y - 10, width: 12, height: 12, fill: scale.apply(p.name), stroke: 'var(--hatch-line)' }, svg);
		el(document, 'text', { x: p.x + 17, y: p.y }, svg, p.name);
	}
	return svg;
}

export const heatmap: ChartFn = (rows, o, { document, width }) => {
	const [x, y, fill, label] = [o.x ?? 'x', o.y ?? 'y', o.fill ?? 'fill', o.label];
	const text = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));
	const cells = rows.map((d) => ({ ...d, [fill]: o.scheme === 'categories' ? text(d[fill]) : num(d[fill]) }));
	const valued = cells.filter((d) => d[fill] !== null);
	const xs = [...new Set(rows.map((d) => d[x]))];
	const ys = [...new Set(rows.map((d) => d[y]))];
	if (o.yReverse === true || String(o.yReverse) === 'true') ys.reverse();
	// Room for the y names (up to 35 % of the width), then the x names' layout in the columns that are left.
	const marginLeft = Math.round(Math.min(width * 0.35, Math.max(1, ...ys.map((v) => String(v).length)) * NAME_CHAR + 22));
	const xChars = Math.min(Math.max(1, ...xs.map((v) => String(v).length)), width < 500 ? 14 : 24);
	const bandFor = (margin: number) => (width - margin - 10) / Math.max(1, xs.length);
	const wrap = Math.max(1, ...xs.map((v) => lines(String(v), Math.floor((bandFor(marginLeft) - 6) / CHAR))));
	// A name turned -35° (cos ≈ 0.82) reaches left of its column: the first one needs the margin.
	const ml35 = Math.round(Math.max(marginLeft, xChars * CHAR * 0.82 - bandFor(marginLeft) / 2 + 4));
	const rotate = wrap <= 2 ? 0 : bandFor(ml35) * 0.57 >= 15 ? -35 : -90; // turned names 15 px apart (sin 35° ≈ 0.57)
	const ml = rotate === -35 ? ml35 : marginLeft;
	const band = bandFor(ml);
	const depth = rotate === 0 ? 14 * wrap : xChars * CHAR * (rotate === -35 ? 0.57 : 1);
	const colour = colourScale(o, valued.map((d) => d[fill] as number | string));
	const paint = Plot.scale({ color: colour });
	// Cell text at 12 px, else 10 px, else none (the tooltip still has the value).
	const longest = label ? Math.max(0, ...valued.map((d) => String(d[label] ?? '').length)) : 0;
	const fontSize = [12, 10].find((f) => longest * 0.65 * f <= band - 4) ?? 0;
	const [marginTop, marginBottom] = [o.yLabel ? 22 : 6, Math.round(depth + 16 + (o.xLabel ? 20 : 0))];
	const chart = Plot.plot({
		document,
		width,
		height: o.height ?? marginTop + marginBottom + ROW * Math.max(1, ys.length),
		marginLeft: ml,
		marginRight: 10,
		marginTop,
		marginBottom,
		style: baseStyle,
		x: { domain: xs, padding: 0 },
		y: { domain: ys, padding: 0, label: o.yLabel ?? null, tickSize: 0, tickFormat: (v: unknown) => cut(String(v), Math.floor((ml - 14) / NAME_CHAR)), labelAnchor: 'top' },
		color: colour,
		marks: [
			Plot.axisX({ tickSize: 0, tickRotate: rotate, lineWidth: rotate ? undefined : (band - 6) / 13, tickFormat: (v: unknown) => (rotate ? cut(String(v), xChars) : String(v)), label: o.xLabel ?? null, labelAnchor: 'center' }),
			() => hatch(document),
			Plot.cell(cells.filter((d) => d[fill] === null), { x, y, fill: `url(#${HATCH})`, inset: 1, title: (d) => `${d[x]} · ${d[y]}\nno value`, tip: true }),
			Plot.cell(valued, { x, y, fill, inset: 1, tip: true }),
			label && fontSize
				? Plot.text(valued.filter((d) => (d[label] ?? '') !== ''), { x, y, text: (d) => String(d[label]), fill: (d) => textOn(String(paint.apply(d[fill]))), fontSize })
				: null
		]
	});
	if (!valued.length) return chart;
	// The legend above the cells, where Plot puts its own (in a plain div: no figure margins).
	const box = document.createElement('div');
	box.append((o.scheme === 'categories' ? swatches : legend)(document, paint, String(colour.label ?? ''), width), chart);
	return box;
};
