import growth from '$content/growth.md?raw';
import swot from '$content/swot.md?raw';
import customers from '$content/customers.md?raw';
import associations from '$content/associations.md?raw';
import { databaseFiles, readManifest } from '$lib/server/engine';
import { chapterExamples, schemaOf } from '$lib/server/playground';

// Every published database is attached: the playground reads them all.
export const load = () => {
	const manifest = readManifest();
	return {
		schema: schemaOf(manifest),
		examples: chapterExamples({ '/growth/': growth, '/swot/': swot, '/customers/': customers, '/associations/': associations }),
		databases: databaseFiles(manifest)
	};
};
