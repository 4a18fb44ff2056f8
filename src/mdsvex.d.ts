// Essays in content/ are mdsvex components.
declare module '*.md' {
	import type { Component } from 'svelte';
	const essay: Component;
	export default essay;
}
