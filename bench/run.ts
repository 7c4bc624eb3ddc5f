// npm run bench — how fast the public site is, measured against references in the same run on the
// same machine, with the targets of issue 8 printed beside the figures:
//   1. queries and rows per public page (page cache off, the app's query log on);
//   2. throughput and latency of cached pages at a fixed concurrency against (a) a fully static
//      prerendered page of the same build (/about) and (b) the same page's HTML served from a file
//      by plain node:http; and the same pages with the cache off;
//   3. the first view of each page after a publish, and load while publishing every second;
//   4. compressed client JavaScript per page;
//   5. seed import time and the time to publish one approved change;
//   6. a scaled dataset (10,000 metrics, 100,000 observations, 5,000 agreements): page and search
//      times against the seed dataset;
//   7. PostgreSQL stopped for 5 seconds under load: what readers get, and recovery;
//   8. importing originals: a 200-page Chinese PDF printed by Chromium, extracted and imported.
// Uses the embedded PostgreSQL (or the server in DATABASE_URL) and throw-away databases.
// BENCH_DURATION (seconds per load run, default 10) and BENCH_CONNECTIONS (default 32) tune it;
// BENCH_SECTIONS=1,4 runs only those parts.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { decideChange, saveChange, submitChange } from '@/lib/changes/changes';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { recordKind } from '@/lib/records/kinds';
import { seedDatabase } from '@/lib/seed/seed-database';
import { importSourceDocument } from '@/lib/sources/import-sources';
import { readOriginal } from '@/lib/sources/read-original';
import { seedUser } from '@/tests/helpers/factories';
import { seedEditorAndReviewer } from '@/tests/helpers/workflow';
import { ensureBuild } from '../scripts/lib/build';
import { assertLocalServer, dropDatabase, ensureDatabase, openDatabaseServer } from '../scripts/lib/database';
import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres';
import {
  CONNECTIONS,
  DURATION_SECONDS,
  loadRun,
  ms,
  percentile,
  ratio,
  sequentialTimings,
  table,
  type LoadResult,
} from './lib/load';
import { DEFAULT_SCALE, generateScaledDataset } from './lib/scaled-dataset';
import { refreshPages, startFileServer, startSite, type Site } from '../scripts/lib/site';

const log = (line: string) => console.log(`[bench] ${line}`);
const sections = new Set((process.env.BENCH_SECTIONS ?? '1,2,3,4,5,6,7,8').split(',').map((part) => part.trim()));
const runs = (part: number) => sections.has(String(part));
const section = (title: string) => console.log(`\n== ${title}\n`);
const seconds = (since: number) => (performance.now() - since) / 1000;

type Page = { name: string; path: string };

async function pickPages(databaseUrl: string): Promise<Page[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string) => (await client.query<{ slug: string }>(sql)).rows[0]?.slug ?? '';
    const topic = await one(`SELECT t.slug FROM "Topic" t JOIN "Metric" m ON m."topicId" = t.id
                             GROUP BY t.slug ORDER BY count(*) DESC, t.slug LIMIT 1`);
    const metric = await one(`SELECT m.slug FROM "Metric" m JOIN "Observation" o ON o."metricId" = m.id
                              GROUP BY m.slug ORDER BY count(*) DESC, m.slug LIMIT 1`);
    const source =
      await one(`SELECT d.slug FROM "SourceDocument" d JOIN "SourceVersion" v ON v.id = d."currentVersionId"
                              ORDER BY length(v.text) DESC LIMIT 1`);
    return [
      { name: 'home', path: '/' },
      { name: 'topic', path: `/topics/${topic}` },
      { name: 'metric', path: `/metrics/${metric}` },
      { name: 'source', path: `/sources/${source}` },
    ];
  } finally {
    await client.end();
  }
}

async function get(url: string): Promise<string> {
  const response = await fetch(url);
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return text;
}

// ─────────────────────────────── 1. queries and rows per page ───────────────────────────────

async function queriesPerPage(databaseUrl: string, pages: Page[]) {
  section('1. SQL queries and rows per page (page cache off; target: at most 5 queries)');
  const site = await startSite('query log', databaseUrl, { PAGE_CACHE: 'off', CMS_LOG_QUERIES: '1' });
  try {
    const rows: string[][] = [];
    for (const page of pages) {
      await get(site.url + page.path); // the first render also loads code
      site.drainOutput();
      await get(site.url + page.path);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const lines = site.drainOutput();
      const queries = lines.filter((line) => line.startsWith('[db:query]')).length;
      const records = lines
        .filter((line) => line.startsWith('[db:rows]'))
        .reduce((sum, line) => sum + Number(line.split(' ')[1]), 0);
      rows.push([page.name, page.path, String(queries), String(records), queries <= 5 ? 'met' : 'MISSED']);
    }
    console.log(table(['page', 'path', 'queries', 'records returned', 'target ≤ 5'], rows));
  } finally {
    await site.stop();
  }
}

// ─────────────────────────────── 2. throughput against references ───────────────────────────────

// The sizes of app/(public)/reference/[kilobytes]/page.tsx.
const REFERENCE_KILOBYTES = [8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const fmt = (r: LoadResult) => `${r.rps.toFixed(0)}/s p50 ${ms(r.p50)} p99 ${ms(r.p99)}`;

async function throughput(cached: Site, uncached: Site, pages: Page[]) {
  section(
    `2. Cached pages against references, ${CONNECTIONS} connections, ${DURATION_SECONDS} s each ` +
      `(targets: ≥ 90% of (a)'s req/s with p99 ≤ 1.2× (a)'s; ≥ 30% of (b)'s req/s)`,
  );
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'cms-bench-'));
  const rows: string[][] = [];
  const verdicts: string[][] = [];
  try {
    for (const page of pages) {
      const html = await get(cached.url + page.path);
      await get(cached.url + page.path);
      const identity = await fetch(cached.url + page.path, { headers: { 'accept-encoding': 'identity' } });
      const bytes = (await identity.arrayBuffer()).byteLength;
      // (a): the prerendered reference page nearest in size.
      const reference = REFERENCE_KILOBYTES.reduce((best, size) =>
        Math.abs(Math.log((size * 1024) / bytes)) < Math.abs(Math.log((best * 1024) / bytes)) ? size : best,
      );
      const referenceUrl = `${cached.url}/reference/${reference}`;
      await loadRun(referenceUrl, { duration: 1 }); // warm-up
      const referenceA = await loadRun(referenceUrl);
      const file = path.join(workDir, `${page.name}.html`);
      await writeFile(file, html);
      const fileServer = await startFileServer(file);
      try {
        const ours = await loadRun(cached.url + page.path);
        const referenceB = await loadRun(fileServer.url);
        const off = await loadRun(uncached.url + page.path);
        rows.push([
          page.name,
          kb(ours.bytesPerResponse),
          fmt(ours),
          `${kb(referenceA.bytesPerResponse)}: ${fmt(referenceA)}`,
          fmt(referenceB),
          fmt(off),
          String(ours.failures + referenceB.failures + off.failures),
        ]);
        const vsA = ours.rps / referenceA.rps;
        const p99VsA = ours.p99 / referenceA.p99;
        const vsB = ours.rps / referenceB.rps;
        verdicts.push([
          page.name,
          `${ratio(vsA)} ${vsA >= 0.9 ? 'met' : 'MISSED'}`,
          `${p99VsA.toFixed(2)}× ${p99VsA <= 1.2 ? 'met' : 'MISSED'}`,
          `${ratio(vsB)} ${vsB >= 0.3 ? 'met' : 'MISSED'}`,
          `${ratio(off.rps / ours.rps)}`,
        ]);
      } finally {
        await fileServer.stop();
      }
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  console.log(
    table(
      ['page', 'response', 'cached (ours)', '(a) static page', '(b) node:http + file', 'cache off', 'failures'],
      rows,
    ),
  );
  console.log();
  console.log(
    table(['page', 'req/s vs (a) ≥ 90%', 'p99 vs (a) ≤ 1.2×', 'req/s vs (b) ≥ 30%', 'cache off vs cached'], verdicts),
  );
}

// ─────────────────────────────── 3. after a publish ───────────────────────────────

async function afterPublish(changes: Publisher, cached: Site, pages: Page[]) {
  section('3. Right after a publish: the first view renders from the database, later views are cached');
  const rows: string[][] = [];
  for (const page of pages) {
    const first = await sequentialTimings(cached.url + page.path, 7, () => refreshPages(cached));
    const later = await sequentialTimings(cached.url + page.path, 20);
    rows.push([page.name, ms(percentile(first, 50)), ms(first.at(-1)!), ms(percentile(later, 50))]);
  }
  console.log(table(['page', 'first view after publish p50', 'max', 'cached view p50'], rows));

  // Real publishes through the workflow, each followed by the refresh the server action does.
  const home = pages[0]!;
  let publishes = 0;
  let publishing = true;
  const publishLoop = (async () => {
    while (publishing) {
      await changes.publish();
      await refreshPages(cached);
      publishes++;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  })();
  const underPublishes = await loadRun(cached.url + home.path);
  publishing = false;
  await publishLoop;
  console.log(
    `\n${home.name} under load with a publish every second (${publishes} publishes): ${fmt(underPublishes)}, ` +
      `${underPublishes.failures} failed responses of ${underPublishes.requests}`,
  );
}

// ─────────────────────────────── 4. client JavaScript ───────────────────────────────

async function clientJavaScript(cached: Site, pages: Page[]) {
  section('4. Client JavaScript per page, gzip-compressed (target: under 30 kB except search)');
  const rows: string[][] = [];
  for (const page of [...pages, { name: 'search', path: '/search?q=德阳' }, { name: 'about', path: '/about' }]) {
    const html = await get(cached.url + page.path);
    const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
    let external = 0;
    for (const src of new Set(sources)) {
      external += gzipSync(await get(new URL(src, cached.url).toString())).length;
    }
    // JSON-LD blocks are data for search engines, not JavaScript.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((match) => match[1]!)
      .join('');
    const inlineGzip = gzipSync(inline).length;
    const total = external + inlineGzip;
    const target = page.name === 'search' ? 'n/a' : total < 30 * 1024 ? 'met' : 'MISSED';
    rows.push([
      page.name,
      String(new Set(sources).size),
      `${(external / 1024).toFixed(1)} kB`,
      `${(inlineGzip / 1024).toFixed(1)} kB`,
      `${(total / 1024).toFixed(1)} kB`,
      target,
    ]);
  }
  console.log(table(['page', 'script files', 'files (gzip)', 'inline RSC data (gzip)', 'total', 'target'], rows));
}

// ─────────────────────────────── 5. seed and publish ───────────────────────────────

type Publisher = { publish: () => Promise<number>; close: () => Promise<void> };

/** Publishes changes to one project through the workflow; each call returns decideChange's time. */
async function publisher(databaseUrl: string): Promise<Publisher> {
  const db = createPrismaClient(databaseUrl);
  const { editor, reviewer } = await seedEditorAndReviewer(db);
  const kind = recordKind('PROJECT');
  const project = await db.project.findFirstOrThrow({ orderBy: { slug: 'asc' } });
  let count = 0;
  return {
    publish: async () => {
      count++;
      const current = (await db.$transaction((tx) => kind.load(tx, project.id)))!;
      const draft = await saveChange(db, editor, {
        recordType: 'PROJECT',
        recordId: project.id,
        baseVersion: current.version,
        changeId: null,
        changeVersion: null,
        data: { ...(current.data as object), description: `基准测试第 ${count} 次修改` },
      });
      const submitted = await submitChange(db, editor, { changeId: draft.id, changeVersion: draft.version });
      const start = performance.now();
      await decideChange(db, reviewer, {
        changeId: submitted.id,
        outcome: 'APPROVED',
        comment: '',
        contentHash: submitted.contentHash,
      });
      return performance.now() - start;
    },
    close: () => db.$disconnect(),
  };
}

async function publishTimes(changes: Publisher) {
  const timings: number[] = [];
  for (let i = 0; i < 10; i++) timings.push(await changes.publish());
  return timings.sort((a, b) => a - b);
}

// ─────────────────────────────── 6. scaled dataset ───────────────────────────────

const SEARCHES = ['德阳', '德阳市', '教育合作', '北滨路', '地区生产总值', '江北嘴', '生成指标42', '不存在的词语'];

async function searchTimings(databaseUrl: string): Promise<number[]> {
  const db = createPrismaClient(databaseUrl);
  // The search module reads the app's client from globalThis (lib/db.ts).
  (globalThis as { cmsDb?: Db }).cmsDb = db;
  try {
    const { search } = await import('@/lib/public/search');
    for (const query of SEARCHES) await search(query);
    const timings: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const query of SEARCHES) {
        const start = performance.now();
        await search(query);
        timings.push(performance.now() - start);
      }
    }
    return timings.sort((a, b) => a - b);
  } finally {
    delete (globalThis as { cmsDb?: Db }).cmsDb;
    await db.$disconnect();
  }
}

async function scaled(serverUrl: string, seedUrl: string, seedUncached: Site, pages: Page[]) {
  section(
    `6. Scaled dataset: ${DEFAULT_SCALE.metrics} metrics, ${DEFAULT_SCALE.metrics * DEFAULT_SCALE.observationsPerMetric} ` +
      `observations, ${DEFAULT_SCALE.agreements} agreements (target: search p95 under 100 ms; times nearly flat)`,
  );
  const name = `cms_bench_scaled_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(serverUrl, name);
  try {
    await migrateDatabase({ databaseUrl: url });
    await seedDatabase({ databaseUrl: url });
    const started = performance.now();
    const generated = await generateScaledDataset(url, DEFAULT_SCALE);
    log(`generated ${JSON.stringify(generated)} in ${seconds(started).toFixed(1)} s`);

    const seedSearch = await searchTimings(seedUrl);
    const scaledSearch = await searchTimings(url);
    const site = await startSite('scaled, cache off', url, { PAGE_CACHE: 'off' });
    try {
      const listed: Page[] = [
        ...pages,
        { name: 'agreements list', path: '/agreements' },
        { name: 'agreements, one partner', path: '/agreements?partner=deyang' },
        { name: 'partner', path: '/partners/deyang' },
      ];
      const rows: string[][] = [];
      for (const page of listed) {
        await get(seedUncached.url + page.path);
        await get(site.url + page.path);
        const before = await sequentialTimings(seedUncached.url + page.path, 15);
        const after = await sequentialTimings(site.url + page.path, 15);
        const growth = percentile(after, 50) / percentile(before, 50);
        rows.push([page.name, ms(percentile(before, 50)), ms(percentile(after, 50)), `${growth.toFixed(2)}×`]);
      }
      const p95 = percentile(scaledSearch, 95);
      rows.push([
        `search (${SEARCHES.length} queries × 10)`,
        `p50 ${ms(percentile(seedSearch, 50))} p95 ${ms(percentile(seedSearch, 95))}`,
        `p50 ${ms(percentile(scaledSearch, 50))} p95 ${ms(p95)} ${p95 < 100 ? '(met)' : '(MISSED)'}`,
        `${(p95 / percentile(seedSearch, 95)).toFixed(2)}×`,
      ]);
      console.log(table(['rendered with the cache off', 'seed dataset', 'scaled dataset', 'growth'], rows));
    } finally {
      await site.stop();
    }
  } finally {
    await dropDatabase(serverUrl, name);
  }
}

// ─────────────────────────────── 7. PostgreSQL stopped ───────────────────────────────

type Tally = Record<string, number>;
const bump = (tally: Tally, key: string) => void (tally[key] = (tally[key] ?? 0) + 1);
const looksLikeStackTrace = (body: string) => /\n\s+at |Error: |node_modules|\.tsx?:\d+/.test(body);

async function outage(pages: Page[]) {
  section('7. PostgreSQL stopped for 5 seconds while readers load pages (embedded PostgreSQL only)');
  if (process.env.DATABASE_URL) {
    console.log('skipped: with DATABASE_URL the benchmark does not stop a server it does not own');
    return;
  }
  const parent = await mkdtemp(path.join(os.tmpdir(), 'cms-bench-outage-'));
  await chmod(parent, 0o755);
  const dataDir = path.join(parent, 'data');
  let postgres = await startEmbeddedPostgres({ dataDir, persistent: true });
  const port = postgres.port;
  let site: Site | null = null;
  try {
    const url = await ensureDatabase(postgres.serverUrl, 'cms_outage');
    await migrateDatabase({ databaseUrl: url });
    await seedDatabase({ databaseUrl: url });
    const changes = await publisher(url);
    site = await startSite('outage', url);
    const dynamicPage = { name: 'search (never cached)', path: '/search?q=德阳' };
    for (const page of pages) await get(site.url + page.path);
    await changes.publish(); // accepted before the outage
    await refreshPages(site);
    for (const page of pages) await get(site.url + page.path);

    const phases: Record<'before' | 'during' | 'after', { cached: Tally; dynamic: Tally }> = {
      before: { cached: {}, dynamic: {} },
      during: { cached: {}, dynamic: {} },
      after: { cached: {}, dynamic: {} },
    };
    let phase: keyof typeof phases = 'before';
    let stackTraces = 0;
    let chineseErrorPages = 0;
    let recoveredAfter = NaN;
    let restartedAt = 0;
    let refusedPublish = '';
    const probe = async (pagePath: string, kind: 'cached' | 'dynamic') => {
      const current = phase;
      try {
        const response = await fetch(site!.url + pagePath);
        const body = await response.text();
        bump(phases[current][kind], String(response.status));
        if (response.status >= 500) {
          if (looksLikeStackTrace(body)) stackTraces++;
          if (body.includes('页面暂时无法显示')) chineseErrorPages++;
        } else if (kind === 'dynamic' && current === 'after' && Number.isNaN(recoveredAfter)) {
          recoveredAfter = performance.now() - restartedAt;
        }
      } catch {
        bump(phases[current][kind], 'no response');
      }
    };
    const readers = (async () => {
      const until = performance.now() + 16_000;
      while (performance.now() < until) {
        await Promise.all([...pages.map((page) => probe(page.path, 'cached')), probe(dynamicPage.path, 'dynamic')]);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    phase = 'during';
    await postgres.stop();
    await changes.publish().catch((error: unknown) => {
      refusedPublish = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 80) : String(error);
    });
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    postgres = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    restartedAt = performance.now();
    phase = 'after';
    await readers;
    await changes.publish(); // accepted after the outage
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const revisions = await client.query<{ count: string }>(
      `SELECT count(*) FROM "Revision" WHERE "changeId" IS NOT NULL`,
    );
    await client.end();
    await changes.close();

    const describe = (tally: Tally) =>
      Object.entries(tally)
        .map(([status, count]) => `${status}×${count}`)
        .join(' ') || '—';
    console.log(
      table(
        ['phase', `cached pages (${pages.length})`, dynamicPage.name],
        (['before', 'during', 'after'] as const).map((name) => [
          name === 'during' ? 'PostgreSQL stopped' : name === 'before' ? 'before' : 'after restart',
          describe(phases[name].cached),
          describe(phases[name].dynamic),
        ]),
      ),
    );
    console.log(
      `\nerror pages in Chinese: ${chineseErrorPages}; responses with a stack trace: ${stackTraces}; ` +
        `search answered again ${ms(recoveredAfter)} after PostgreSQL restarted (no server restart)`,
    );
    console.log(
      `publishing during the outage was refused (${refusedPublish || 'not refused!'}); published revisions ` +
        `afterwards: ${revisions.rows[0]!.count} (one before the outage, one after: 2 expected, none lost)`,
    );
  } finally {
    await site?.stop();
    await postgres.stop();
    await rm(parent, { recursive: true, force: true });
  }
}

// ─────────────────────────────── 8. importing originals ───────────────────────────────

async function originalImport(databaseUrl: string) {
  section('8. Importing a 200-page PDF original (target: seconds, not minutes)');
  const text = (await readFile('seeds/sources/003_3cee71797152c799.txt', 'utf8')).replace(/\s+/g, '');
  // About 600 characters per A4 page at 12 pt: 200 pages of the seed's own sentences.
  const pageText = (n: number) => text.slice((n * 600) % (text.length - 600), ((n * 600) % (text.length - 600)) + 600);
  const html =
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{font:12pt "Noto Sans CJK SC"}' +
    'p{page-break-after:always}</style></head><body>' +
    Array.from({ length: 200 }, (_, n) => `<p>第${n + 1}页 ${pageText(n)}</p>`).join('') +
    '</body></html>';
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  });
  const printed = performance.now();
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4' });
  await browser.close();
  const printSeconds = seconds(printed);

  const extractions: number[] = [];
  let extracted: Awaited<ReturnType<typeof readOriginal>> | null = null;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    extracted = await readOriginal('bench.pdf', pdf);
    extractions.push(performance.now() - started);
  }
  const db = createPrismaClient(databaseUrl);
  try {
    const user = await seedUser(db, {
      email: 'bench-importer@test.local',
      role: 'EDITOR',
      password: randomBytes(12).toString('hex'),
    });
    const editor = { id: user.id, email: user.email, role: user.role };
    const started = performance.now();
    await importSourceDocument(db, editor, {
      slug: `bench-pdf-${randomBytes(3).toString('hex')}`,
      title: '基准测试：200 页 PDF',
      kind: 'OTHER',
      original: { fileName: 'bench.pdf', data: pdf.toString('base64') },
    });
    const importSeconds = seconds(started);
    extractions.sort((a, b) => a - b);
    console.log(
      table(
        ['step', 'figure'],
        [
          [
            'the PDF (printed by Chromium, for the bench only)',
            `${extracted!.pageStarts.length} pages, ${(pdf.byteLength / 1024).toFixed(0)} KB, ${printSeconds.toFixed(1)} s to print`,
          ],
          ['text extracted', `${[...extracted!.text].length.toLocaleString('en')} characters`],
          [
            'extraction (pdf.js, CJK maps), best of 3',
            `${(extractions[0]! / 1000).toFixed(2)} s (${((extracted!.pageStarts.length * 1000) / extractions[0]!).toFixed(0)} pages/s)`,
          ],
          ['extraction, worst of 3 (the first loads pdf.js)', `${(extractions.at(-1)! / 1000).toFixed(2)} s`],
          ['whole import (extract, store file and text, propose the change)', `${importSeconds.toFixed(2)} s`],
        ],
      ),
    );
  } finally {
    await db.$disconnect();
  }
}

// ─────────────────────────────── main ───────────────────────────────

async function main() {
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus.length} cores (${cpus[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
      `Node ${process.version}, load generator: autocannon in this process`,
  );
  const server = await openDatabaseServer({ purpose: 'test', log });
  assertLocalServer(server.serverUrl);
  const name = `cms_bench_${randomBytes(4).toString('hex')}`;
  const sites: Site[] = [];
  try {
    const url = await ensureDatabase(server.serverUrl, name);
    await migrateDatabase({ databaseUrl: url });
    const seedStarted = performance.now();
    await seedDatabase({ databaseUrl: url });
    const seedSeconds = seconds(seedStarted);
    await ensureBuild(url, log);
    const pages = await pickPages(url);

    if (runs(8)) await originalImport(url);
    if (runs(1)) await queriesPerPage(url, pages);
    const cached = await startSite('cached', url);
    sites.push(cached);
    const uncached = await startSite('cache off', url, { PAGE_CACHE: 'off' });
    sites.push(uncached);
    if (runs(2)) await throughput(cached, uncached, pages);
    const changes = await publisher(url);
    if (runs(3)) await afterPublish(changes, cached, pages);
    if (runs(4)) await clientJavaScript(cached, pages);
    if (runs(5)) {
      section('5. Seed import and publishing');
      const publish = await publishTimes(changes);
      console.log(
        table(
          ['step', 'time'],
          [
            ['seed import (5 documents, 801 rows, every citation verified)', `${seedSeconds.toFixed(2)} s`],
            ['publish one approved change (decideChange), p50 of 10', ms(percentile(publish, 50))],
            ['publish one approved change, max of 10', ms(publish.at(-1)!)],
          ],
        ),
      );
    }
    if (runs(6)) await scaled(server.serverUrl, url, uncached, pages);
    await changes.close();
    if (runs(7)) await outage(pages);
  } finally {
    for (const site of sites) await site.stop();
    await dropDatabase(server.serverUrl, name).catch(() => undefined);
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
