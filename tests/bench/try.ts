import { chromium } from '@playwright/test';
import { serve } from '../serve';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import { measureRun } from './measure-page';
const srv = await serve('build-bench');
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
for (const p of ['growth/', 'bench-bare/', '', 'data/']) {
  const r = await measureRun(browser, srv.url + p, { expectLive: p.includes('growth') || p.includes('bare'), changes: 5, timeoutMs: 60000 });
  console.log(p, JSON.stringify({ ...r, log: undefined }));
  for (const x of r.log) console.log('   ', x.category.padEnd(10), String(x.start).padStart(8), String(x.end).padStart(8), String(x.bytes).padStart(9), x.url.split('/').slice(-1)[0]);
}
await browser.close(); await srv.close();
