import { chromium } from '@playwright/test';
const url = process.argv[2] ?? 'http://127.0.0.1:4173/bank-ecommerce-study/growth/';
const W = Number(process.env.W ?? 1280);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: W, height: 1000 } });
await page.goto(url);
await page.waitForFunction(() => [...document.querySelectorAll('figure[data-figure]')].every(f => ['live','error'].includes(f.dataset.state)), null, { timeout: 20000 }).catch(() => {});
const H = await page.evaluate(() => document.documentElement.scrollHeight);
console.log('height', H, 'scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
const prefix = process.env.PREFIX ?? '/tmp/shot';
let i = 0;
for (let y = 0; y < H && i < 14; y += 1000, i++) { await page.evaluate((y) => window.scrollTo(0, y), y); await page.waitForTimeout(150); await page.screenshot({ path: `${prefix}_${i}.png` }); }
console.log('shots', i);
await browser.close();
