// How near the viewport a figure must be to turn live, or to recompute at once after a change elsewhere (further
// away it is marked stale and recomputes as the reader approaches): within a screen above or below, as an
// IntersectionObserver's rootMargin. Figure.svelte observes with it; the e2e tests ask the same question with it.
export const NEAR_VIEWPORT = '100% 0px';
