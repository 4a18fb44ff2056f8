// The table of contents: every route of the site, in reading order, with its one-line finding.
export interface Chapter {
	path: string;
	title: string;
	short: string;
	finding: string;
	ready: boolean;
}

export const chapters: Chapter[] = [
	{ path: '/growth/', title: 'E-commerce growth in China', short: 'Growth', ready: true, finding: 'Online retail grew from ¥2.8 trillion in 2014 to ¥15.5 trillion in 2024, and the platforms that carried it moved into payments and credit, the banks’ own ground.' },
	{ path: '/platforms/', title: 'Banks versus platforms', short: 'Platforms', ready: true, finding: 'Banks had customers, payment and credit; the platforms had traffic, first-mover networks and retail know-how.' },
	{ path: '/swot/', title: 'SWOT of 融e购', short: 'SWOT', ready: true, finding: 'Twenty-three sourced factors, weighted by us and by you: with our weights an aggressive (SO) strategy, a small shift from a turnaround (WO).' },
	{ path: '/customers/', title: 'Who the customers are', short: 'Customers', ready: true, finding: 'Low-end customers are many and active; value is concentrated at the top (synthetic data).' },
	{ path: '/associations/', title: 'Who could become a bank customer', short: 'Associations', ready: true, finding: 'Association rules between purchases and financial products find three groups of potential customers — loans, wealth management, credit cards — and a null model shows they come from the data (synthetic data).' },
	{ path: '/conclusions/', title: 'What banks should do', short: 'Conclusions', ready: true, finding: 'The recommendations, each tied to its evidence, and the epilogue: the personal mall closed on 30 June 2022.' },
	{ path: '/data/', title: 'About the data', short: 'Data', ready: true, finding: 'Every table, column, row count and source; how the synthetic data is made.' },
	{ path: '/playground/', title: 'SQL playground', short: 'Playground', ready: true, finding: 'Ask your own questions of every dataset, in your browser.' }
];
