// UI strings of SyntheticNotice, the caveat on the pages that use the synthetic dataset: loaded with those pages
// only. The figures' strings are in strings.ts.
export const t = {
	syntheticTitle: 'Synthetic data.',
	syntheticBody: 'The bank’s customer records are not public. Every figure on this page runs on a seeded, generated dataset built so that the study’s findings hold; it shows the method at work and says nothing about real ICBC customers.',
	syntheticHow: 'How the data is made.'
} as const;
