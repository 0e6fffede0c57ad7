// The dashboard in a real browser (Debian's Chromium through playwright-core), against a running stack with the seeds.
// Run by DashboardBrowserIT: node dashboard.e2e.mjs <phase: main | partial | first-render> ; BASE_URL, SHOTS (a folder), CHROMIUM,
// and EDITOR_TOKEN (pasted in the ingest form when mutations need one) come from the environment.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const phase = process.argv[2] || 'main';
const base = (process.env.BASE_URL || 'http://localhost:8080/').replace(/\/?$/, '/');
const shots = process.env.SHOTS || 'target/dashboard-screenshots';
fs.mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

// a text of its own per run, so that a stack kept between runs still creates its claims the first time
const ARTICLE = 'Oleksandr Syrskyi said that over 20,000 Russian soldiers were killed in May.\n\n'
  + 'According to the Ukrainian General Staff, 987,650 Russian troops have been killed or wounded since February 24, 2022.\n\n'
  + `(Browser test run ${new Date().toISOString()}.)`;
/** As without internet: a request to any host but the gateway's is refused, and recorded. */
async function offline(context) {
  const origin = new URL(base).origin;
  await context.route((url) => /^https?:$/.test(url.protocol) && url.origin !== origin, (route) => {
    foreignRequests.push(route.request().url());
    return route.abort('internetdisconnected');
  });
}

/** A page in a context of its own, with the token (when given) as if pasted once. */
async function newPage(options) {
  const context = await browser.newContext(options);
  await offline(context);
  if (process.env.EDITOR_TOKEN) await context.addInitScript((t) => { try { sessionStorage.setItem('claimgraph.token', t); } catch (e) { /* about:blank */ } }, process.env.EDITOR_TOKEN);
  return context.newPage();
}

let passed = 0;
const foreignRequests = [];
const pages = [];
async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed++;
    console.log(`  ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    console.log(`  FAIL ${name}: ${e.stack || e}`);
    for (const [i, p] of pages.entries()) {
      if (!p.isClosed()) await p.screenshot({ path: path.join(shots, `failed-${i}.png`), fullPage: true }).catch(() => {});
    }
    throw e;
  }
}

function watch(page) {
  pages.push(page);
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
  return problems;
}

async function ready(page) {
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
  await page.waitForFunction(() => document.getElementById('view').getAttribute('aria-busy') === 'false');
}

/** The page's own marks: navigation start (0) to the spread drawn, and each request and resource on the way. */
async function firstRender(page) {
  return page.evaluate(() => {
    const spread = performance.getEntriesByName('claimgraph:spread-drawn')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    const steps = [
      ['html', 0, nav.responseEnd],
      ['domContentLoaded', 0, nav.domContentLoadedEventEnd],
      ...performance.getEntriesByType('resource').filter((r) => !r.name.endsWith('/graphql'))
        .map((r) => [r.name.replace(location.origin, ''), r.startTime, r.responseEnd]),
      ...performance.getEntriesByType('measure').filter((m) => m.name.startsWith('graphql ')).map((m) => [m.name, m.startTime, m.startTime + m.duration]),
    ].sort((a, b) => a[1] - b[1]);
    return {
      spread: spread ? Math.round(spread.startTime) : null,
      steps: steps.map(([name, start, end]) => `${name} ${Math.round(start)}–${Math.round(end)}`).join(', '),
    };
  });
}

/** Form controls with neither a label nor an aria-label. */
function unlabelledControls(page) {
  return page.$$eval('select, input, textarea', (els) => els.filter((el) => el.type !== 'hidden')
    .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')).map((el) => el.id || el.name));
}

/**
 * What a reader with a keyboard, a screen reader or weak eyes meets in the view on screen: controls without a label,
 * links and buttons without a name, text under 4.5:1 contrast (3:1 when large), and horizontal scrolling.
 */
async function audit(page) {
  const found = await page.evaluate(() => {
    const rgba = (css) => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const [r, g, b, a = '1'] = m[1].split(/[ ,/]+/).filter(Boolean);
      return [Number(r), Number(g), Number(b), Number(a)];
    };
    const luminance = ([r, g, b]) => {
      const ch = (v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const over = (top, bottom) => top.slice(0, 3).map((v, i) => v * top[3] + bottom[i] * (1 - top[3]));
    // the colour behind an element: its own and its ancestors' backgrounds, composed over white
    const background = (el) => {
      const layers = [];
      for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      return layers.reverse().reduce((under, c) => over(c, under), [255, 255, 255]);
    };
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.closest('[hidden], details:not([open]) > :not(summary)');
    };
    const name = (el) => (el.getAttribute('aria-label') || el.textContent || el.getAttribute('title') || '').trim();
    const lowContrast = [];
    for (const el of document.querySelectorAll('body *')) {
      if (['SCRIPT', 'STYLE', 'OPTION', 'svg'].includes(el.tagName)) continue;
      const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
      if (!text || !visible(el) || el.closest(':disabled, [aria-hidden="true"], .skip:not(:focus)')) continue;
      const s = getComputedStyle(el);
      const svgText = el instanceof SVGElement;
      const fg = rgba(svgText ? s.fill : s.color);
      const bg = background(svgText ? el.closest('svg').parentElement : el);
      const [l1, l2] = [luminance(over(fg, bg)), luminance(bg)].sort((a, b) => b - a);
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const size = parseFloat(s.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) lowContrast.push(`${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className} "${text.slice(0, 30)}" ${ratio.toFixed(2)}:1`);
    }
    return {
      unnamed: [...document.querySelectorAll('a[href], button, [role="button"], [role="img"]')].filter(visible).filter((el) => !name(el))
        .map((el) => el.outerHTML.slice(0, 80)),
      unlabelled: [...document.querySelectorAll('select, input, textarea')].filter((el) => el.type !== 'hidden')
        .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')).map((el) => el.id || el.name),
      lowContrast: [...new Set(lowContrast)],
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      // a part of the page that scrolls sideways on its own (a wide table in a scroll box)
      sideways: [...document.querySelectorAll('main *')].filter(visible)
        .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} by ${el.scrollWidth - el.clientWidth} px`),
      headings: document.querySelectorAll('main h2').length,
    };
  });
  return found;
}

/** The views a reader can open, each with what shows it is drawn. */
async function views(page) {
  await page.goto(base + '#/spread?subject=Ukraine&category=KILLED&population=MILITARY');
  await ready(page);
  const claimant = await page.getAttribute('.rb-row a:has-text("Volodymyr Zelensky")', 'href');
  await page.click('.rb-row:has-text("Volodymyr Zelensky") .rb-value button');
  const documentLink = await page.getAttribute('.detail .claim-card a[href*="#/document/"]', 'href');
  return [
    ['spread', '#/spread?subject=Ukraine&category=KILLED&population=MILITARY', '.rb-row'],
    ['timeline', '#/timeline?subject=Ukraine&category=KILLED&population=MILITARY', '.timechart .pt'],
    ['claims', '#/claims?subject=Ukraine&category=KILLED&population=MILITARY', 'table.claims'],
    ['claimant', claimant, '.revisions .timechart'],
    ['document', documentLink, '.doc-text mark.claim-span'],
    ['ingest', '#/ingest', '#i-text'],
    ['review', '#/review', '.review-card'],
  ];
}

/** The review card whose figure reads `figure` (a claim of this run's article), and its claim's id. */
async function reviewCard(page, figure) {
  await page.waitForSelector('.review-card');
  const id = await page.locator('.review-card', { has: page.locator('h3 .fig', { hasText: figure }) }).first().getAttribute('data-claim');
  return { card: page.locator(`.review-card[data-claim="${id}"]`), id };
}

/** Follows the card's link to the claims table and reads the claim's row there. */
async function statusInTable(page, card, id) {
  await card.locator('.outcome a:has-text("claims table")').click();
  await page.waitForSelector(`table.claims tr[data-claim="${id}"]`);
  await page.waitForFunction(() => document.getElementById('view').getAttribute('aria-busy') === 'false');
  return page.textContent(`table.claims tr[data-claim="${id}"]`);
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(shots, name + '.png'), fullPage: true });
}

try {
  if (phase === 'main') {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    if (process.env.EDITOR_TOKEN) {
      // as if pasted once: every request of the tab then carries it (reads too, where they need a token)
      await context.addInitScript((t) => { try { sessionStorage.setItem('claimgraph.token', t); } catch (e) { /* about:blank */ } }, process.env.EDITOR_TOKEN);
    }
    const page = await context.newPage();
    const problems = watch(page);
    await offline(context);

    await step('the page opens at / with the spread of the subject with most claims', async () => {
      const started = Date.now();
      await page.goto(base);
      await ready(page);
      const ms = Date.now() - started;
      await page.waitForSelector('.rb-row');
      const timing = await firstRender(page);
      console.log(`       first render (navigation start to the spread drawn): ${timing.spread} ms; ${ms} ms to ready as seen from the test`);
      console.log(`       ${timing.steps}`);
      assert.ok(ms < 5000, `first render took ${ms} ms`);
      assert.match(await page.textContent('h2'), /Who says how many/);
      const options = await page.$$eval('#f-subject option', (os) => os.map((o) => o.textContent));
      assert.ok(options.some((o) => /^Ukraine \(\d+ claims/.test(o)), 'subjects with counts: ' + options.join(' | '));
      assert.ok(options.some((o) => /^Russia \(\d+ claims/.test(o)), 'subjects with counts: ' + options.join(' | '));
    });

    await step('first render once the stack has served the page once (five loads, each in a new tab; printed, not asserted)', async () => {
      const times = [];
      for (let i = 0; i < 5; i++) {
        const tab = await newPage({ viewport: { width: 1280, height: 800 } });
        await tab.goto(base);
        await ready(tab);
        await tab.waitForSelector('.rb-row');
        times.push((await firstRender(tab)).spread);
        await tab.context().close();
      }
      const sorted = [...times].sort((a, b) => a - b);
      console.log(`       first render, warm: ${times.join(', ')} ms (median ${sorted[2]} ms)`);
    });

    await step('picking Ukraine / killed / military shows each seed claimant\'s range bar by side with the median', async () => {
      await page.selectOption('#f-subject', 'Ukraine');
      await page.selectOption('#f-category', 'KILLED');
      await page.selectOption('#f-population', 'MILITARY');
      await page.waitForFunction(() => /Ukraine · military killed/.test(document.querySelector('h2')?.textContent || ''));
      await page.waitForSelector('.rb-row');
      const rows = await page.$$eval('.rb-row', (rs) => rs.map((r) => r.textContent));
      for (const name of ['Volodymyr Zelensky', 'General Staff of the Armed Forces of Ukraine', 'Western intelligence agencies', 'Donald Trump']) {
        assert.ok(rows.some((r) => r.includes(name)), `${name} in ${rows.join(' | ')}`);
      }
      const groups = await page.$$eval('.rb-group-title', (gs) => gs.map((g) => g.textContent));
      assert.ok(groups.some((g) => g.startsWith('Own side')), groups.join(' | '));
      assert.ok(groups.some((g) => g.startsWith('Third party')), groups.join(' | '));
      assert.ok(rows.some((r) => r.includes('up to 13,000')), 'the qualifier is visible: ' + rows.join(' | '));
      assert.ok(await page.$('.rb-median'), 'a median line');
      assert.match(await page.textContent('.summary'), /Median best/);
      await page.click('.rb-row:has-text("Volodymyr Zelensky") .rb-value button');
      await page.waitForSelector('.detail blockquote mark.figure');
      assert.match(await page.textContent('.detail'), /55,000/);
      await shot(page, '01-spread-ukraine-killed-military');
      // as of an earlier date: each claimant's figure stated by then (Zelensky's over 46,000 of February 2025)
      await page.fill('#f-asof', '2025-06-30');
      await page.waitForFunction(() => /asOf=2025-06-30/.test(location.hash) && document.getElementById('view').getAttribute('aria-busy') === 'false');
      await page.waitForFunction(() => /over 46,000/.test(document.querySelector('.rb-row')?.parentElement?.textContent || ''));
      const earlier = await page.$$eval('.rb-row', (rs) => rs.map((r) => r.textContent));
      assert.ok(earlier.some((r) => r.includes('Volodymyr Zelensky') && r.includes('over 46,000')), earlier.join(' | '));
      assert.ok(!earlier.some((r) => r.includes('55,000')), 'not yet stated on 30 June 2025: ' + earlier.join(' | '));
      await page.fill('#f-asof', '');
      await page.waitForFunction(() => !/asOf=/.test(location.hash) && document.getElementById('view').getAttribute('aria-busy') === 'false');
    });

    await step('the timeline shows Zelensky\'s figures in order and a point opens its quote and document', async () => {
      await page.click('nav a[data-nav="timeline"]');
      await page.waitForSelector('.timechart .pt');
      const zelensky = await page.textContent('.sequences li:has-text("Volodymyr Zelensky")');
      assert.match(zelensky, /over 46,000.*→.*55,000/s);
      const legend = await page.$$eval('.legend li', (ls) => ls.map((l) => l.textContent));
      assert.ok(legend.length >= 4, legend.join(' | '));
      const point = await page.$('.series[data-series="Volodymyr Zelensky"] .pt');
      await point.click();
      await page.waitForSelector('.detail .claim-card');
      const card = await page.textContent('.detail .claim-card');
      assert.match(card, /Volodymyr Zelensky/);
      assert.ok(await page.$('.detail .claim-card a[href*="#/document/"]'), 'a link to the document');
      await point.focus();
      await page.keyboard.press('Enter');
      await shot(page, '02-timeline');
      await page.click('.detail .claim-card a[href*="#/document/"]');
      await page.waitForSelector('.doc-text mark.claim-span');
      await page.waitForFunction(() => document.getElementById('view').getAttribute('aria-busy') === 'false');
      assert.ok((await page.$$('.doc-text mark.figure')).length >= 1, 'figures marked in the text');
      await shot(page, '03-document');
    });

    await step('an .html file dropped on the form is read as its title and text', async () => {
      await page.click('nav a[data-nav="ingest"]');
      await page.waitForSelector('#i-file');
      await page.setInputFiles('#i-file', { name: 'article.html', mimeType: 'text/html', buffer: Buffer.from(
        '<!doctype html><html><head><title>Losses, as reported</title><style>p{color:red}</style></head><body>'
        + '<nav>Home</nav><h1>Losses</h1><p>Oleksandr Syrskyi said that <b>over 20,000</b> Russian soldiers were killed in May.</p>'
        + '<script>alert(1)</script></body></html>') });
      await page.waitForFunction(() => document.getElementById('i-text').value.length > 0);
      assert.equal(await page.inputValue('#i-title'), 'Losses, as reported');
      const text = await page.inputValue('#i-text');
      assert.equal(text, 'Losses\n\nOleksandr Syrskyi said that over 20,000 Russian soldiers were killed in May.');
    });

    await step('a .txt file dropped on the drop zone fills the text and the title', async () => {
      await page.click('nav a[data-nav="ingest"]');
      await page.waitForFunction(() => document.getElementById('i-text')?.value === '');
      await page.evaluate(() => {
        const zone = document.querySelector('.dropzone');
        const data = new DataTransfer();
        data.items.add(new File(['Norway\'s commander on the losses\n\nGeneral Eirik Kristoffersen said that 100,000 Ukrainian soldiers were killed.\n'],
          'dropped.txt', { type: 'text/plain' }));
        for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      });
      await page.waitForFunction(() => document.getElementById('i-text').value.includes('Kristoffersen'));
      assert.equal(await page.inputValue('#i-title'), 'Norway\'s commander on the losses');
      assert.match(await page.textContent('.form-status'), /Read dropped\.txt/);
    });

    await step('an article ingested through the form shows its claims', async () => {
      await page.click('nav a[data-nav="ingest"]');
      await page.waitForFunction(() => document.getElementById('i-text')?.value === '');
      await page.fill('#i-title', 'Browser test: Syrskyi on Russian losses');
      await page.fill('#i-outlet', 'Browser Test Gazette');
      await page.fill('#i-date', '2025-06-02');
      await page.fill('#i-text', ARTICLE);
      if (process.env.EDITOR_TOKEN) {
        if (!(await page.isVisible('#i-token'))) await page.click('details.token summary');
        await page.fill('#i-token', process.env.EDITOR_TOKEN);
      }
      await page.click('#i-preview');
      await page.waitForSelector('.preview-item');
      const previews = await page.$$eval('.preview-item', (ps) => ps.map((p) => p.textContent));
      assert.ok(previews.some((p) => p.includes('over 20,000')), previews.join(' | '));
      assert.ok(previews.some((p) => p.includes('987,650')), previews.join(' | '));
      await shot(page, '04-ingest-preview');
      await page.click('#i-store');
      await page.waitForSelector('#ingest-created', { timeout: 20000 });
      const created = Number(await page.textContent('#ingest-created'));
      assert.ok(created >= 2, 'created ' + created);
      assert.equal(await page.textContent('#ingest-unchanged'), '0');
      await shot(page, '05-ingest-stored');
      await page.click('text=Its claims in the table');
      await page.waitForSelector('table.claims');
      await page.waitForFunction(() => document.getElementById('view').getAttribute('aria-busy') === 'false');
      const table = await page.textContent('table.claims');
      assert.match(table, /over 20,000/);
      assert.match(table, /987,650/);
      // the same article again changes nothing
      await page.click('nav a[data-nav="ingest"]');
      await page.waitForSelector('#i-text');
      await page.fill('#i-title', 'Browser test: Syrskyi on Russian losses');
      await page.fill('#i-outlet', 'Browser Test Gazette');
      await page.fill('#i-date', '2025-06-02');
      await page.fill('#i-text', ARTICLE);
      await page.click('#i-store');
      await page.waitForSelector('#ingest-created', { timeout: 20000 });
      assert.equal(await page.textContent('#ingest-created'), '0');
      assert.equal(Number(await page.textContent('#ingest-unchanged')), created);
    });

    await step('a claim left out and one edited in the preview: only the kept claim is stored, as edited', async () => {
      await page.click('nav a[data-nav="ingest"]');
      await page.waitForSelector('#i-text');
      await page.fill('#i-title', 'Browser test: a claim left out');
      await page.fill('#i-outlet', 'Browser Test Gazette');
      await page.fill('#i-date', '2025-06-03');
      await page.fill('#i-text', ARTICLE.replace('Browser test run', 'Second browser test run'));
      await page.click('#i-preview');
      await page.waitForSelector('.preview-item');
      await page.uncheck('#p-0');
      await page.click('.preview-item:nth-child(2) details.edit summary');
      await page.fill('#p-1-best', '987651');
      await page.fill('#p-1-low', '987651');
      await page.fill('#p-1-high', '987651');
      await page.locator('#p-1-high').blur();
      await page.click('#i-store');
      await page.waitForSelector('.ingest-result h3:has-text("a claim left out")', { timeout: 20000 });
      assert.equal(await page.textContent('#ingest-created'), '1');
      assert.match(await page.textContent('.ingest-result'), /Left out\s*1/);
      assert.match(await page.textContent('.ingest-result'), /987,651/);
      await page.click('text=Its claims in the table');
      await page.waitForFunction(() => document.getElementById('view').getAttribute('aria-busy') === 'false' && document.querySelector('table.claims'));
      const rows = await page.$$eval('table.claims tbody tr', (rs) => rs.map((r) => r.textContent));
      assert.equal(rows.length, 1, rows.join(' | '));
      assert.match(rows[0], /987,651/);
    });

    await step('the new claimant appears in the spread of Russian military killed', async () => {
      await page.goto(base + '#/spread?subject=Russia&category=KILLED&population=MILITARY&asOf=2025-06-30');
      await ready(page);
      await page.waitForFunction(() => /Russia · military killed/.test(document.querySelector('h2')?.textContent || ''));
      await page.waitForSelector('.rb-row');
      const rows = await page.$$eval('.rb-row', (rs) => rs.map((r) => r.textContent));
      assert.ok(rows.some((r) => r.includes('Syrskyi') && r.includes('over 20,000')), rows.join(' | '));
    });

    await step('the claims table searches quotes, pages by cursor and exports the current filter as CSV', async () => {
      await page.goto(base + '#/claims?subject=Ukraine&category=KILLED&population=MILITARY&first=20');
      await ready(page);
      await page.waitForSelector('table.claims');
      await page.selectOption('#c-first', '20');
      await page.fill('#c-search', 'soldiers');
      await page.selectOption('#c-order', 'FIGURE_DESC');
      await page.click('.claims-filter button[type=submit]');
      // the hash changes before the view is busy re-rendering: wait for the view drawn with the filter
      await page.waitForFunction(() => location.hash.includes('search=soldiers')
        && (document.querySelector('a[data-export="csv"]')?.getAttribute('href') || '').includes('search=soldiers')
        && document.getElementById('view').getAttribute('aria-busy') === 'false');
      const figures = await page.$$eval('table.claims tbody tr td.fig', (tds) => tds.map((t) => t.textContent));
      assert.ok(figures.length >= 2, figures.join(' | '));
      const marks = await page.$$eval('table.claims mark.figure', (ms) => ms.length);
      assert.ok(marks >= figures.length, 'each figure marked in its quote');
      const csvHref = await page.getAttribute('a[data-export="csv"]', 'href');
      assert.match(csvHref, /^\/export\/claims\.csv\?/);
      assert.match(csvHref, /search=soldiers/);
      assert.match(csvHref, /orderBy=FIGURE_DESC/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-export="csv"]')]);
      const file = path.join(shots, 'claims.csv');
      await download.saveAs(file);
      const csv = fs.readFileSync(file, 'utf8');
      const lines = csv.trim().split(/\r?\n/);
      assert.ok(lines.length - 1 === figures.length, `CSV rows ${lines.length - 1} = table rows ${figures.length}`);
      assert.match(csv, /Volodymyr Zelensky/);
      const jsonld = await page.evaluate(async (href) => (await fetch(href)).json(), await page.getAttribute('a[data-export="jsonld"]', 'href'));
      assert.ok(JSON.stringify(jsonld).includes('Dataset'));
      await shot(page, '06-claims');
      // the figure's heading sorts too: largest first now, so smallest first after a click
      assert.equal(await page.getAttribute('th:has(button[data-sort="FIGURE"])', 'aria-sort'), 'descending');
      await page.click('th button[data-sort="FIGURE"]');
      // the hash changes before the view is busy re-rendering: wait for the re-rendered heading itself
      await page.waitForFunction(() => location.hash.includes('orderBy=FIGURE_ASC')
        && document.querySelector('th:has(button[data-sort="FIGURE"])')?.getAttribute('aria-sort') === 'ascending'
        && document.getElementById('view').getAttribute('aria-busy') === 'false');
      assert.equal(await page.getAttribute('th:has(button[data-sort="FIGURE"])', 'aria-sort'), 'ascending');
      const ascending = await page.$$eval('table.claims tbody tr td.fig', (tds) => tds.map((t) => t.textContent));
      const first = (text) => Number(text.match(/[\d,]+/)[0].replace(/,/g, ''));
      assert.deepEqual([...ascending].sort(), [...figures].sort(), 'the same claims');
      assert.ok(first(ascending[0]) <= first(ascending[ascending.length - 1]), 'smallest first: ' + ascending.join(' | '));
      assert.match(await page.getAttribute('a[data-export="csv"]', 'href'), /orderBy=FIGURE_ASC/);
      // cursor paging, two claims a page: next, next, previous
      await page.goto(base + '#/claims?subject=Ukraine&category=KILLED&population=MILITARY&first=2&orderBy=STATED_ON_ASC');
      await page.waitForFunction(() => /Page 1 · 2 claims/.test(document.querySelector('.pager')?.textContent || ''));
      const rowsOf = () => page.$$eval('table.claims tbody tr', (rs) => rs.map((r) => r.dataset.claim));
      const page1 = await rowsOf();
      await page.click('.pager button:has-text("Next")');
      await page.waitForFunction(() => /Page 2 ·/.test(document.querySelector('.pager')?.textContent || ''));
      const page2 = await rowsOf();
      assert.equal(page2.filter((id) => page1.includes(id)).length, 0, 'pages do not overlap');
      await page.click('.pager button:has-text("Previous")');
      await page.waitForFunction(() => /Page 1 ·/.test(document.querySelector('.pager')?.textContent || ''));
      assert.deepEqual(await rowsOf(), page1);
    });

    await step('without a token the review queue says writes need one, and a confirmation is refused, saying why', async () => {
      const anonymous = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      pages.push(anonymous); // not watched: the refused request is a 401, which Chromium logs as a console error
      await anonymous.goto(base + '#/review?subject=Russia');
      const { card, id } = await reviewCard(anonymous, /^over 20,000$/);
      assert.match(await anonymous.textContent('.token-state'), /No editor token is set/);
      await card.locator('button:has-text("Confirm")').click();
      await anonymous.waitForSelector(`.review-card[data-claim="${id}"] .outcome [role=alert]`);
      assert.match(await card.locator('.outcome').textContent(), /Refused: no editor token is set/);
      assert.equal(await card.getAttribute('data-status'), 'UNREVIEWED');
      await shot(anonymous, '11-review-without-token');
      await anonymous.close();
    });

    await step('the review queue lists unreviewed claims least sure first; one confirmed, one corrected after a conflict, both in the claims table', async () => {
      await page.goto('about:blank');
      await page.goto(base + '#/review?subject=Russia');
      await ready(page);
      await page.waitForSelector('.review-card');
      const confidences = await page.$$eval('.review-card', (cs) => cs.map((c) => Number(c.dataset.confidence)));
      assert.deepEqual(confidences, [...confidences].sort((a, b) => a - b), 'least sure first');
      const unreviewed = await page.evaluate(async () => (await (await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ claims(filter: {subject: "Russia", status: [UNREVIEWED]}) { totalCount } }' }) })).json()).data.claims.totalCount);
      assert.ok(unreviewed >= 3, 'the seeds and the article give Russia several unreviewed claims: ' + unreviewed);
      assert.equal(await page.textContent('p.muted[role=status]'), `${unreviewed} unreviewed claims.`, 'the queue counts every claim, not a page');
      assert.match(await page.textContent('.token-state'), /An editor token is set/);
      assert.ok(await page.$('.review-card blockquote mark.figure'), 'the figure marked in its quote');
      assert.ok(await page.$('.review-card a[href*="#/document/"]'), 'a link to the document');

      const confirmed = await reviewCard(page, /^over 20,000$/);
      await confirmed.card.locator('button:has-text("Confirm")').click();
      await page.waitForSelector(`.review-card[data-claim="${confirmed.id}"] .outcome .good`);
      assert.match(await confirmed.card.locator('.outcome').textContent(), /^Confirmed \(version \d+\)/);
      assert.match(await statusInTable(page, confirmed.card, confirmed.id), /Confirmed/);

      await page.goto(base + '#/review?subject=Russia');
      const corrected = await reviewCard(page, /^987,650$/);
      await corrected.card.locator('button:has-text("Correct")').click();
      assert.deepEqual(await unlabelledControls(page), [], 'form controls without a label (correction)');
      // another editor confirms the claim meanwhile: the correction, made on the version read before, is refused
      await page.evaluate(async (id) => {
        const call = async (query, variables) => (await fetch('/graphql', { method: 'POST', body: JSON.stringify({ query, variables }),
          headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + sessionStorage.getItem('claimgraph.token') } })).json();
        const { data } = await call('query($id: ID!) { claim(id: $id) { version } }', { id });
        const done = await call('mutation($id: ID!, $v: Int) { reviewClaim(id: $id, status: CONFIRMED, version: $v) { status } }', { id, v: data.claim.version });
        if (done.errors) throw new Error(JSON.stringify(done.errors));
      }, corrected.id);
      const correct = async () => {
        for (const name of ['low', 'best', 'high']) await corrected.card.locator(`input[name="${name}"]`).fill('987700');
        await corrected.card.locator('input[name="reason"]').fill('the General Staff\'s figure of the next day');
        await corrected.card.locator('button:has-text("Save the correction")').click();
      };
      await correct();
      await page.waitForSelector(`.review-card[data-claim="${corrected.id}"] .outcome [role=alert]`);
      assert.match(await corrected.card.locator('.outcome').textContent(), /Someone else changed this claim/);
      await shot(page, '12-review-conflict');
      await corrected.card.locator('button:has-text("Reload this claim")').click();
      await page.waitForFunction((id) => /Reloaded: now confirmed/.test(document.querySelector(`.review-card[data-claim="${id}"] .outcome`)?.textContent), corrected.id);
      await corrected.card.locator('button:has-text("Correct")').click();
      await correct();
      await page.waitForSelector(`.review-card[data-claim="${corrected.id}"] .outcome .good`);
      assert.match(await corrected.card.locator('.outcome').textContent(), /^Corrected \(version \d+\)/);
      assert.match(await corrected.card.textContent(), /987,700/);
      await shot(page, '13-review-corrected');
      const row = await statusInTable(page, corrected.card, corrected.id);
      assert.match(row, /Corrected/);
      assert.match(row, /987,700/);
      await shot(page, '14-claims-with-status');
    });

    await step('the review queue pages by confidence: the next page continues where the first ended', async () => {
      await page.goto('about:blank');
      await page.goto(base + '#/review?subject=Russia&first=2');
      await ready(page);
      await page.waitForSelector('.review-card');
      assert.equal(await page.locator('.review-card').count(), 2);
      const total = Number((await page.textContent('p.muted[role=status]')).match(/^(\d+) unreviewed/)[1]);
      await page.click('button:has-text("Show 2 more")');
      await page.waitForFunction((n) => document.querySelectorAll('.review-card').length === n, Math.min(4, total));
      const cards = await page.$$eval('.review-card', (cs) => cs.map((c) => [c.dataset.claim, Number(c.dataset.confidence)]));
      assert.equal(new Set(cards.map(([id]) => id)).size, cards.length, 'no claim twice: ' + JSON.stringify(cards));
      assert.deepEqual(cards.map(([, c]) => c), cards.map(([, c]) => c).sort((a, b) => a - b), 'least sure first across pages');
    });

    await step('the claimant page draws Zelensky\'s revisions and lists his claims', async () => {
      await page.goto(base + '#/spread?subject=Ukraine&category=KILLED&population=MILITARY');
      await ready(page);
      await page.click('.rb-row a:has-text("Volodymyr Zelensky")');
      await page.waitForSelector('.revisions .timechart');
      await page.waitForFunction(() => document.getElementById('view').getAttribute('aria-busy') === 'false');
      const revisions = await page.textContent('.revisions table');
      assert.match(revisions, /over 46,000/);
      assert.match(revisions, /\+9,000/);
      await shot(page, '07-claimant');
    });

    await step('keyboard: the skip link and a timeline point are reachable and labelled', async () => {
      await page.goto('about:blank');
      await page.goto(base + '#/timeline?subject=Ukraine&category=KILLED&population=MILITARY');
      await ready(page);
      await page.waitForSelector('.timechart .pt');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'skip-link');
      const unlabelled = () => unlabelledControls(page);
      assert.deepEqual(await unlabelled(), [], 'form controls without a label (timeline)');
      const label = await page.getAttribute('.timechart .pt', 'aria-label');
      assert.match(label, /Show the quote/);
      for (const [hash, selector] of [['#/claims', 'table.claims'], ['#/ingest', '#i-text'], ['#/review', '.review-card']]) {
        await page.goto(base + hash);
        await page.waitForSelector(selector);
        assert.deepEqual(await unlabelled(), [], 'form controls without a label (' + hash + ')');
      }
    });

    await step('every view at 1280×800 and on a 375 px phone: labelled, named, contrast of 4.5:1, no horizontal scrolling', async () => {
      const list = await views(page);
      const found = [];
      for (const [device, options] of [['desktop', { viewport: { width: 1280, height: 800 } }],
        ['phone', { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }]]) {
        const tab = await newPage(options);
        const tabProblems = watch(tab);
        for (const [name, hash, selector] of list) {
          await tab.goto(base + hash);
          await tab.waitForSelector(selector);
          await tab.waitForFunction(() => document.documentElement.dataset.ready === 'true'
            && document.getElementById('view').getAttribute('aria-busy') === 'false');
          const a = await audit(tab);
          const where = `${device} ${name}`;
          if (a.overflow > 1) found.push(`${where}: scrolls horizontally by ${a.overflow} px`);
          for (const el of a.sideways) found.push(`${where}: scrolls sideways inside: ${el}`);
          for (const el of a.unlabelled) found.push(`${where}: control without a label: ${el}`);
          for (const el of a.unnamed) found.push(`${where}: link or button without a name: ${el}`);
          for (const el of a.lowContrast) found.push(`${where}: low contrast: ${el}`);
          if (a.headings !== 1) found.push(`${where}: ${a.headings} view headings`);
          if (device === 'phone') await shot(tab, `08-phone-${name}`);
        }
        assert.deepEqual(tabProblems, [], 'errors in the page (' + device + ')');
        await tab.context().close();
      }
      assert.deepEqual(found, []);
    });

    await step('keyboard: every control Tab reaches on the spread shows where the focus is', async () => {
      await page.goto('about:blank');
      await page.goto(base + '#/spread?subject=Ukraine&category=KILLED&population=MILITARY');
      await ready(page);
      const unmarked = [];
      const reached = new Set();
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement;
          if (el === document.body) return null; // past the last control
          const s = getComputedStyle(el);
          const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
          return { what: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') || el.textContent || el.id).trim().slice(0, 40)}"`, outlined,
            outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` };
        });
        if (!focus) break;
        reached.add(focus.what);
        if (!focus.outlined) unmarked.push(focus.what + ' (outline ' + focus.outline + ')');
      }
      assert.ok(reached.size >= 20, 'Tab reaches the controls: ' + [...reached].join(' | '));
      assert.deepEqual(unmarked, [], 'focused without a visible outline');
    });

    await step('loading and failure: a slow answer shows that it loads, an unreachable gateway says so; never a blank page', async () => {
      const tab = await newPage({ viewport: { width: 1280, height: 800 } });
      pages.push(tab); // not watched: the refused requests are logged by Chromium as console errors
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await tab.route('**/graphql', async (route) => {
        if (/query Spread\b/.test(route.request().postData() || '')) await held;
        await route.continue();
      });
      await tab.goto(base + '#/spread?subject=Ukraine&category=KILLED&population=MILITARY');
      await tab.waitForSelector('main[aria-busy="true"] .loading');
      assert.doesNotMatch(await tab.textContent('#f-category'), /\(0\)/, 'no count before the counts are read');
      await shot(tab, '16-loading');
      release();
      await tab.waitForSelector('.rb-row');
      assert.equal(await tab.getAttribute('#view', 'aria-busy'), 'false');

      await tab.unroute('**/graphql');
      await tab.route('**/graphql', (route) => route.abort('connectionrefused'));
      await tab.click('nav a[data-nav="timeline"]');
      await tab.waitForSelector('.error-box');
      assert.match(await tab.textContent('.error-box'), /could not be reached/);
      await tab.waitForFunction(() => document.getElementById('view').getAttribute('aria-busy') === 'false');
      assert.match(await tab.textContent('#view'), /the request failed/);
      // opened at / while the gateway is unreachable: no subjects to open on, said as such, not as "no claims yet"
      await tab.goto('about:blank');
      await tab.goto(base);
      await tab.waitForSelector('.error-box');
      await tab.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      const text = await tab.textContent('#view');
      assert.doesNotMatch(text, /No claims yet/);
      assert.match(text, /could not be read/);
      assert.equal(await tab.textContent('#f-subject'), 'Subjects unavailable');
      assert.match(await tab.textContent('.error-box'), /could not be reached/);
      await shot(tab, '17-gateway-unreachable');
      await tab.context().close();
    });

    await step('nothing is loaded from another host: the page works offline', async () => {
      assert.deepEqual(foreignRequests, [], 'requests to other hosts');
    });

    assert.deepEqual(problems, [], 'errors in the page');
  } else if (phase === 'first-render') {
    // bench/first-render.sh: the first load of a stack just started (cold), then five loads in new tabs (warm); printed
    for (const round of ['cold', 'warm']) {
      const times = [];
      for (let i = 0; i < (round === 'cold' ? 1 : 5); i++) {
        const tab = await newPage({ viewport: { width: 1280, height: 800 } });
        await tab.goto(base);
        await ready(tab);
        await tab.waitForSelector('.rb-row');
        const timing = await firstRender(tab);
        times.push(timing.spread);
        if (round === 'cold') console.log(`  cold steps: ${timing.steps}`);
        await tab.context().close();
      }
      console.log(`FIRST_RENDER ${round} ${times.join(' ')}`);
      passed++;
    }
  } else if (phase === 'partial') {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await step('with sources-service down the spread still shows the figures and the gateway\'s error', async () => {
      await page.goto(base + '#/spread?subject=Ukraine&category=KILLED&population=MILITARY');
      await ready(page);
      await page.waitForSelector('.error-box');
      const error = await page.textContent('.error-box');
      assert.match(error, /SUBGRAPH_UNAVAILABLE/);
      assert.match(error, /sources/);
      const rows = await page.$$eval('.rb-row', (rs) => rs.map((r) => r.textContent));
      assert.ok(rows.length >= 4, rows.join(' | '));
      assert.ok(rows.some((r) => r.includes('55,000')), rows.join(' | '));
      const groups = await page.$$eval('.rb-group-title', (gs) => gs.map((g) => g.textContent));
      assert.ok(groups.some((g) => g.startsWith('Own side')) && groups.some((g) => g.startsWith('Third party')),
        'each claim\'s side comes from claims-service, known without sources-service: ' + groups.join(' | '));
      await shot(page, '10-partial-failure');
    });

    await step('with sources-service down the timeline and the claims table still show the figures and the gateway\'s error', async () => {
      await page.click('nav a[data-nav="timeline"]');
      await page.waitForSelector('.timechart .pt');
      await page.waitForFunction(() => document.getElementById('view').getAttribute('aria-busy') === 'false');
      assert.match(await page.textContent('.error-box'), /SUBGRAPH_UNAVAILABLE/);
      assert.ok((await page.$$('.timechart .pt')).length >= 5, 'every point drawn');
      assert.match(await page.textContent('.sequences'), /over 46,000.*→.*55,000/s);
      await shot(page, '10-partial-timeline');
      await page.click('nav a[data-nav="claims"]');
      await page.waitForSelector('table.claims');
      await page.waitForFunction(() => document.getElementById('view').getAttribute('aria-busy') === 'false');
      assert.match(await page.textContent('.error-box'), /SUBGRAPH_UNAVAILABLE/);
      const rows = await page.$$eval('table.claims tbody tr', (rs) => rs.map((r) => r.textContent));
      assert.ok(rows.length >= 5 && rows.some((r) => r.includes('55,000')), rows.join(' | '));
      assert.ok(rows.some((r) => r.includes('claimant unavailable')), 'a name it could not read is said so: ' + rows.join(' | '));
      await shot(page, '10-partial-claims');
    });
  }
  console.log(`${passed} browser checks passed (${phase})`);
} finally {
  await browser.close();
}
