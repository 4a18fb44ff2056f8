// Every page is prerendered; URLs end in a slash (GitHub Pages serves folder/index.html).
export const prerender = true;
export const trailingSlash = 'always';
