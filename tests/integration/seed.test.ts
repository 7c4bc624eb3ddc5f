import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '@/lib/seed/seed-database';
import { SeedError } from '@/lib/seed/seed-error';
import { sha256Hex } from '@/lib/sources/source-text';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';

const seedsDir = path.resolve('seeds');

/** A copy of seeds/ that a test may change. */
async function copySeeds(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cms-seeds-'));
  await cp(seedsDir, dir, { recursive: true });
  return dir;
}

/** A fresh test database and a copy of seeds/ for one describe block, removed after it. */
function databaseAndSeedCopy() {
  const fixture = {} as { database: TestDatabase; dir: string };
  beforeAll(async () => {
    fixture.database = await createTestDatabase();
    fixture.dir = await copySeeds();
  });
  afterAll(async () => {
    await fixture.database.drop();
    await rm(fixture.dir, { recursive: true, force: true });
  });
  return fixture;
}

async function rowCounts(database: TestDatabase) {
  const [sources, versions, topics, metrics, observations, citations, revisions] = await Promise.all([
    database.db.sourceDocument.count(),
    database.db.sourceVersion.count(),
    database.db.topic.count(),
    database.db.metric.count(),
    database.db.observation.count(),
    database.db.citation.count(),
    database.db.revision.count(),
  ]);
  return { sources, versions, topics, metrics, observations, citations, revisions };
}

describe('seed step', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('loads the five source documents byte for byte, published', async () => {
    const result = await seedDatabase({ databaseUrl: database.url });
    expect(result.counts.sources).toBe(5);
    const sources = JSON.parse(await readFile(path.join(seedsDir, 'sources.json'), 'utf8')) as Array<{
      slug: string;
      file: string;
    }>;
    for (const source of sources) {
      const stored = await database.db.sourceDocument.findUniqueOrThrow({
        where: { slug: source.slug },
        select: {
          status: true,
          currentVersion: { select: { text: true, sha256: true, fileName: true, charCount: true } },
        },
      });
      const bytes = await readFile(path.join(seedsDir, 'sources', source.file));
      expect(stored.status).toBe('PUBLISHED');
      expect(Buffer.from(stored.currentVersion!.text, 'utf8').equals(bytes)).toBe(true);
      expect(stored.currentVersion!.sha256).toBe(sha256Hex(bytes.toString('utf8')));
      expect(stored.currentVersion!.fileName).toBe(source.file);
      expect(stored.currentVersion!.charCount).toBe([...bytes.toString('utf8')].length);
    }
    // Seeding a fresh database takes seconds on a busy 2-core machine.
  }, 60_000);

  it('changes nothing when run a second time', async () => {
    const before = await rowCounts(database);
    const result = await seedDatabase({ databaseUrl: database.url });
    expect(result.inserted).toBe(0);
    expect(await rowCounts(database)).toEqual(before);
  });

  it('keeps each disagreement about a named thing with every quote, from two documents', async () => {
    const discrepancy = await database.db.recordDiscrepancy.findFirstOrThrow({
      where: { project: { slug: 'upgraded-taikoo-li' } },
      select: {
        aspect: true,
        note: true,
        statements: {
          orderBy: { sortOrder: 'asc' },
          select: {
            reading: true,
            citation: { select: { exact: true, sourceVersion: { select: { document: { select: { slug: true } } } } } },
          },
        },
      },
    });
    expect(discrepancy.aspect).toBe('STATUS');
    expect(discrepancy.statements.map((s) => s.reading)).toEqual(['取得实质进展', '提上日程', '落户']);
    expect(discrepancy.statements.map((s) => s.citation.sourceVersion.document.slug)).toEqual([
      'jiangbei-yearbook-2020',
      'jiangbei-2020-opening-up-ecology',
      'jiangbei-yearbook-2020',
    ]);
    expect(discrepancy.statements[1]!.citation.exact.replace(/\s+/g, '')).toContain('提上日程');
    // A project against the agreement another document reports: one discrepancy, on both records.
    const jiaozi = await database.db.recordDiscrepancy.findFirstOrThrow({
      where: { agreement: { slug: 'jiangbeizui-chengdu-jiaozi-strategic-cooperation' } },
      select: { project: { select: { slug: true } }, statements: { select: { preferred: true } } },
    });
    expect(jiaozi.project?.slug).toBe('jiangbei-chengdu-jiaozi-cultural-finance-cooperation');
    expect(jiaozi.statements.filter((s) => s.preferred)).toHaveLength(1);
  });

  it('refuses a changed source file under the same name and keeps the stored text', async () => {
    const dir = await copySeeds();
    try {
      const file = path.join(dir, 'sources', '000_64ce75fe8c1fe396.txt');
      const original = await readFile(file, 'utf8');
      await writeFile(file, original.replace('1751亿元', '1752亿元'));
      const before = await rowCounts(database);
      const error = await seedDatabase({ databaseUrl: database.url, seedsDir: dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedError);
      expect((error as Error).message).toContain('seeds/sources/000_64ce75fe8c1fe396.txt differs from the stored text');
      expect(await rowCounts(database)).toEqual(before);
      const stored = await database.db.sourceVersion.findFirstOrThrow({
        where: { fileName: '000_64ce75fe8c1fe396.txt' },
      });
      expect(stored.text).toBe(original);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('seed step with a broken dataset', () => {
  const fixture = databaseAndSeedCopy();

  const recordsFile = path.join('records', 'zz-test.json');
  const metricWithQuote = (quote: string, value = '1325') => ({
    metrics: [
      {
        slug: 'gdp-test',
        nameZh: '地区生产总值（测试）',
        unit: '亿元',
        topic: 'economy',
        observations: [
          {
            period: '2020',
            periodLabel: '2020年',
            value,
            citations: [{ source: 'jiangbei-yearbook-2020', quote }],
          },
        ],
      },
    ],
  });

  it('names the file, the record and the quote when a quote is not in its source, and loads nothing', async () => {
    const quote = '地区生产总值9999亿元';
    await mkdir(path.join(fixture.dir, 'records'), { recursive: true });
    await writeFile(path.join(fixture.dir, recordsFile), JSON.stringify(metricWithQuote(quote)));
    const error = await seedDatabase({ databaseUrl: fixture.database.url, seedsDir: fixture.dir }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeedError);
    const message = (error as Error).message;
    expect(message).toContain(
      `seeds/records/zz-test.json › metric "gdp-test" › observation 2020:REPORTED › citation 1`,
    );
    expect(message).toContain(quote);
    expect(await rowCounts(fixture.database)).toEqual({
      sources: 0,
      versions: 0,
      topics: 0,
      metrics: 0,
      observations: 0,
      citations: 0,
      revisions: 0,
    });
  });

  it('refuses a discrepancy statement that no record cites, naming the file and the discrepancy', async () => {
    await mkdir(path.join(fixture.dir, 'records'), { recursive: true });
    await writeFile(
      path.join(fixture.dir, recordsFile),
      JSON.stringify({
        source: 'jiangbei-yearbook-2020',
        discrepancies: [
          {
            key: 'taikoo-li-test',
            aspect: 'STATUS',
            project: 'upgraded-taikoo-li',
            note: '测试',
            statements: [
              { quote: '川渝双地标“升级版太古里”取得实质进展', reading: '取得实质进展' },
              { quote: '有序推进310个重点项目', reading: '未引用的一句' },
            ],
          },
        ],
      }),
    );
    const error = await seedDatabase({ databaseUrl: fixture.database.url, seedsDir: fixture.dir }).catch(
      (e: unknown) => e,
    );
    await rm(path.join(fixture.dir, recordsFile), { force: true });
    expect(error).toBeInstanceOf(SeedError);
    expect((error as Error).message).toContain(
      'seeds/records/zz-test.json › discrepancy "taikoo-li-test" › statement 2: no record cites "有序推进310个重点项目"',
    );
    expect(await fixture.database.db.recordDiscrepancy.count()).toBe(0);
  });

  it('refuses an observation whose value is absent from its quote', async () => {
    const source = await readFile(path.join(fixture.dir, 'sources', '004_1f6512d19d3a7c6b.txt'), 'utf8');
    const quote = source.match(/地区生产总值由2016年的778亿元增长到2020年的1325亿元/)?.[0];
    expect(quote, 'the yearbook states the 2020 GDP').toBeDefined();
    await writeFile(path.join(fixture.dir, recordsFile), JSON.stringify(metricWithQuote(quote!, '1326')));
    const error = await seedDatabase({ databaseUrl: fixture.database.url, seedsDir: fixture.dir }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeedError);
    expect((error as Error).message).toContain(
      'seeds/records/zz-test.json › metric "gdp-test" › observation 2020:REPORTED: value 1326亿元 appears in none of its citations',
    );
    expect(await fixture.database.db.metric.count()).toBe(0);
  });

  it('rolls back every row when a record fails half-way through loading', async () => {
    await rm(path.join(fixture.dir, recordsFile), { force: true });
    // A stored document already holds the slug of the last seed source, with other text: the
    // seed step fails on it after inserting the first four sources, inside one transaction.
    const sources = JSON.parse(await readFile(path.join(fixture.dir, 'sources.json'), 'utf8')) as Array<{
      slug: string;
    }>;
    const lastSlug = sources.at(-1)!.slug;
    await fixture.database.db.$transaction(async (tx) => {
      const { createSourceDocument } = await import('@/lib/sources/create-source-document');
      await createSourceDocument(tx, {
        slug: lastSlug,
        title: 'x',
        kind: 'OTHER',
        fileName: 'x.txt',
        text: 'other text',
        status: 'DRAFT',
      });
    });
    const error = await seedDatabase({ databaseUrl: fixture.database.url, seedsDir: fixture.dir }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeedError);
    expect((error as Error).message).toContain('differs from the stored text');
    expect(await rowCounts(fixture.database)).toEqual({
      sources: 1,
      versions: 1,
      topics: 0,
      metrics: 0,
      observations: 0,
      citations: 0,
      revisions: 0,
    });
  });
});

describe('seed step with a discrepancy statement whose quote the named records cite twice', () => {
  const fixture = databaseAndSeedCopy();

  const progress = '川渝双地标“升级版太古里”取得实质进展';
  const yearbookRecords = path.join('records', 'jiangbei-yearbook-2020-overview.json');

  it('refuses it, naming the candidates, and loads the citation its `on` names', async () => {
    // A milestone added later quotes the words the project's citation already quotes.
    await writeFile(
      path.join(fixture.dir, 'records', 'zz-test.json'),
      JSON.stringify({
        source: 'jiangbei-yearbook-2020',
        projects: [
          {
            slug: 'upgraded-taikoo-li',
            name: '川渝双地标“升级版太古里”',
            kind: 'COMMERCIAL',
            topic: 'consumption',
            milestones: [{ kind: 'SIGNED', date: '2020', citations: [{ quote: progress }] }],
            citations: [{ quote: progress }],
          },
        ],
      }),
    );
    const error = await seedDatabase({ databaseUrl: fixture.database.url, seedsDir: fixture.dir }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).problems).toEqual([
      'seeds/records/jiangbei-yearbook-2020-overview.json › discrepancy "upgraded-taikoo-li-stage" › statement 1: ' +
        `"${progress}" is cited 2 times by the records the discrepancy names; ` +
        'say which citation it is with "on": "milestone:SIGNED:2020", "project"',
    ]);
    expect(await fixture.database.db.citation.count()).toBe(0);

    const records = JSON.parse(await readFile(path.join(fixture.dir, yearbookRecords), 'utf8')) as {
      discrepancies: Array<{ key: string; statements: Array<{ quote: string; on?: string }> }>;
    };
    const statement = records.discrepancies
      .find((d) => d.key === 'upgraded-taikoo-li-stage')!
      .statements.find((s) => s.quote === progress)!;
    statement.on = 'milestone:SIGNED:2020';
    await writeFile(path.join(fixture.dir, yearbookRecords), JSON.stringify(records));
    await seedDatabase({ databaseUrl: fixture.database.url, seedsDir: fixture.dir });
    const stored = await fixture.database.db.recordDiscrepancyStatement.findFirstOrThrow({
      where: { discrepancy: { project: { slug: 'upgraded-taikoo-li' } }, sortOrder: 0 },
      select: { citation: { select: { exact: true, projectId: true, projectMilestone: { select: { kind: true } } } } },
    });
    expect(stored.citation).toEqual({ exact: progress, projectId: null, projectMilestone: { kind: 'SIGNED' } });
  }, 60_000);
});
