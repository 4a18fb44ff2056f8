// `npm run test:e2e`: the browser half of `npm test` (build into build-test/, find Chromium, Playwright).
// Arguments go to Playwright, e.g. `npm run test:e2e -- --no-build -g "Copy link"`.
process.argv.splice(2, 0, '--e2e-only');
await import('../run');

export {};
