// What the tests know about the built site: its folder, its routes (DESIGN.md "Routes"), and the figures and
// controls in its prerendered HTML, read from disk so that every figure gets its own named tests.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const BUILD_DIR = resolve(root, process.env.E2E_BUILD_DIR ?? 'build-test');
export const SCREENSHOT_DIR = join(root, 'test-results', 'screenshots');

/** Every route, relative to the base path ('' is the home page). */
export const ROUTES = ['', 'growth/', 'platforms/', 'swot/', 'customers/', 'associations/', 'conclusions/', 'data/', 'playground/'];
/** The chapters that hold figures today; each must have at least one. */
export const FIGURE_ROUTES = ['growth/', 'platforms/', 'swot/', 'customers/', 'associations/', 'conclusions/'];

export const routeName = (route: string) => `/${route}`;

export interface BuiltControl {
	/** `<figure-id>--<param>` */
	id: string;
	param: string;
	kind: 'select' | 'number' | 'checkbox';
}
export interface BuiltFigure {
	id: string;
	controls: BuiltControl[];
}

export function builtHtml(route: string): string {
	return readFileSync(join(BUILD_DIR, route, 'index.html'), 'utf8');
}

export function parseFigures(html: string): BuiltFigure[] {
	const { document } = parseHTML(html);
	return [...document.querySelectorAll('figure[data-figure]')].map((fig) => {
		const id = fig.getAttribute('data-figure') ?? '';
		const controls = [...fig.querySelectorAll('.controls select, .controls input')].map((el) => ({
			id: el.id,
			param: el.id.slice(id.length + 2),
			kind: el.tagName === 'SELECT' ? 'select' : el.getAttribute('type') === 'checkbox' ? 'checkbox' : 'number'
		})) as BuiltControl[];
		return { id, controls };
	});
}

/** The figures of a route as built (throws if the site is not built: the run must not pass without it). */
export function builtFigures(route: string): BuiltFigure[] {
	try {
		return parseFigures(builtHtml(route));
	} catch (e) {
		throw new Error(`Cannot read the built /${route} in ${BUILD_DIR} (build the site first): ${e instanceof Error ? e.message : e}`);
	}
}
