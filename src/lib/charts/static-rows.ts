// Build-time only: the default result of every figure, by figure id, filled by the page's server load and read
// by the build-time chart renderer in the same prerender process. Figure ids are unique across the site
// (content/figure-ids.test.ts), so pages never read each other's rows.
import type { Row } from '$lib/db/types';

export const staticRows = new Map<string, Row[]>();
