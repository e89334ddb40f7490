/**
 * The dashboard in a real browser (issue 8): Debian's headless Chromium driven by playwright-core,
 * every network request refused and recorded — none may be attempted — no console errors (a CSP
 * violation is one), the county grid showing the numbers of `gaps --format json` for the same data
 * and date, sorting by a header, A4 printing, and a screenshot in test/artifacts/report.png.
 * Skipped only when /usr/bin/chromium is missing outside CI; .ci/run installs it, so CI always runs it.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCli } from '../export/run.js';
import { AS_OF, HOSTILE_NAME, reportFolder } from './fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) {
  console.warn(`report browser test skipped: ${CHROMIUM} not found (apt-get install chromium); under CI it runs`);
}

interface GapsJson {
  rows: { county: string; tier: string; actual: number; target: number; expected: number; status: string }[];
}

describe.skipIf(!available && !process.env.CI)('the report in headless Chromium', () => {
  let browser: Browser;
  const folder = reportFolder();
  const artifacts = 'test/artifacts';

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // As root, without a sandbox; no background traffic to a closed network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(folder.root, { recursive: true, force: true });
  });

  it('no request, no console error, the grid shows the gaps numbers, sorting and A4 print work, markup in names stays text', async () => {
    const data = folder.data;
    const shot = 'report.png';
    const html = join(folder.root, 'report.html');
    const made = await exportCli(['report', '--data', data, '--as-of', AS_OF, '--out', html]);
    expect(made.code).toBe(0);
    const gaps = JSON.parse((await exportCli(['gaps', '--data', data, '--as-of', AS_OF, '--format', 'json'])).stdout) as GapsJson;

    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1, offline: true });
    const attempted: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      attempted.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) attempted.push(r.url());
    });
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(pathToFileURL(html).href);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 10_000 });
    await page.waitForFunction("document.querySelectorAll('svg.chart').length >= 3");

    const cells = await page.$$eval('#county-grid td.cell', (tds) =>
      tds.map((td) => ({
        county: td.getAttribute('data-county'),
        tier: td.getAttribute('data-tier'),
        shown: td.querySelector('.a')?.textContent,
        target: td.querySelector('.t')?.textContent?.replace(/[^\d]/g, ''),
        status: td.getAttribute('data-status'),
        expected: td.getAttribute('data-expected'),
      })),
    );
    expect(cells).toHaveLength(gaps.rows.length);
    for (const row of gaps.rows) {
      const cell = cells.find((c) => c.county === row.county && c.tier === row.tier);
      expect(cell, `${row.county} ${row.tier}`).toMatchObject({ shown: String(row.actual), target: String(row.target), status: row.status, expected: row.expected.toFixed(1) });
    }

    // Sorting: the innovative column, ascending then descending; the total stays last.
    const column = async (): Promise<number[]> =>
      page.$$eval('#county-grid tbody tr', (trs) => trs.map((tr) => Number(tr.querySelectorAll('td')[1]?.getAttribute('data-sort'))));
    await page.click('#county-grid thead th:nth-child(2)');
    const up = await column();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.click('#county-grid thead th:nth-child(2)');
    const down = await column();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    expect(await page.textContent('#county-grid tfoot td')).toMatch(/全州合计/);

    expect(await page.textContent('#candidates')).toContain(HOSTILE_NAME);
    await page.click('#county-grid thead th:nth-child(1)');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, shot), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(artifacts, shot.replace(/\.png$/, '.pdf')), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
    expect(attempted).toEqual([]);
    await context.close();
  }, 30_000);
});
