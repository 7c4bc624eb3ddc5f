// Open data downloads: CSV with a BOM that parses back with Chinese intact, JSON with the same
// rows, citations on every row, and never a draft.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '@/tests/helpers/database';
import { seedProject, seedTopic } from '@/tests/helpers/factories';
import { closePublicDatabase, openPublicDatabase } from '@/tests/helpers/public-database';

let database: TestDatabase;
let GET: (request: Request, context: { params: Promise<{ path: string[] }> }) => Promise<Response>;

const fetchData = (...path: string[]) =>
  GET(new Request('http://localhost/data'), { params: Promise.resolve({ path }) });

/** A small CSV reader for quoted fields (what spreadsheet programs do). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (char !== '\r') field += char;
  }
  return rows;
}

beforeAll(async () => {
  database = await openPublicDatabase({ slug: 'draft-only-metric', nameZh: '草稿指标' });
  ({ GET } = await import('@/app/data/[...path]/route'));
}, 120_000);

afterAll(async () => {
  await closePublicDatabase(database);
});

describe('downloads', () => {
  it('serves a metric as CSV that parses back with Chinese text and citations intact', async () => {
    const response = await fetchData('metrics', 'gdp.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    const column = (name: string) => header!.indexOf(name);
    const year2020 = rows.find((r) => r[column('period')] === '2020')!;
    expect(year2020[column('metric')]).toBe('地区生产总值');
    expect(year2020[column('value')]).toBe('1325');
    expect(year2020[column('growth_rate_percent')]).toBe('3.9');
    // The rank statement 跻身全市第4位 read as a position and its group, for charts and comparisons.
    expect([year2020[column('rank_position')], year2020[column('rank_group')]]).toEqual(['4', '全市']);
    expect(year2020[column('source_title')]).toContain('江北区');
    expect(year2020[column('quote')]).toContain('1325亿元');
    expect(year2020[column('source_link')]).toMatch(/\/sources\/[a-z0-9-]+#cite-[0-9a-f-]+/);
    expect(rows.map((r) => r[column('period')])).toEqual(['2016', '2019', '2020', '2022']);
  });

  it('gives an observation’s scope and a project’s aliases in their own columns', async () => {
    const text = await (await fetchData('metrics', 'financial-assets.csv')).text();
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
    const column = (name: string) => header!.indexOf(name);
    expect(column('scope')).toBeGreaterThan(0);
    expect(rows.map((r) => [r[column('period')], r[column('value')], r[column('scope')]])).toEqual([
      ['2019', '1.8', '江北嘴金融核心区'],
      ['2020', '2', ''],
    ]);
    const projects = (await (await fetchData('projects.json')).json()) as { rows: Array<Record<string, string>> };
    expect(projects.rows.find((p) => p.slug === 'upgraded-taikoo-li')?.aliases).toBe('升级版远洋太古里');
  });

  it('serves the same rows as JSON, and the project and agreement lists', async () => {
    const json = (await (await fetchData('metrics', 'gdp.json')).json()) as { rows: Array<Record<string, string>> };
    expect(json.rows).toHaveLength(4);
    const projects = (await (await fetchData('projects.json')).json()) as { rows: Array<Record<string, string>> };
    expect(projects.rows.find((p) => p.slug === 'beibin-road-east-extension')?.quote).toContain('北滨路');
    const agreements = (await (await fetchData('agreements.json')).json()) as { rows: Array<Record<string, string>> };
    expect(agreements.rows.find((a) => a.slug === 'deyang-jiangbei-education-framework')?.signed_on).toBe('2020-09');
  });

  it('states every project as the API does: one read model, its investment qualifier and each citation’s document', async () => {
    const api = await import('@/lib/api/resources');
    const { qualifierLabel } = await import('@/lib/labels');
    const viaApi: Awaited<ReturnType<typeof api.listProjects>>['data'] = [];
    for (let next: string | null = '/api/v1/projects?limit=200'; next;) {
      const page = await api.listProjects(new URL(next, 'http://localhost'));
      viaApi.push(...page.data);
      next = page.next;
    }
    const rows = ((await (await fetchData('projects.json')).json()) as { rows: Array<Record<string, string>> }).rows;
    expect(rows.map((r) => r.slug).sort()).toEqual(viaApi.map((p) => p.slug).sort());
    for (const project of viaApi) {
      const row = rows.find((r) => r.slug === project.slug)!;
      expect(row, project.slug).toMatchObject({
        name: project.name,
        investment: project.investment?.amount ?? '',
        investment_unit: project.investment?.unit ?? '',
        investment_qualifier: project.investment?.qualifier ? qualifierLabel[project.investment.qualifier] : '',
        source_publisher: project.citations.map((c) => c.publisher ?? '').join(' | '),
        source_date: project.citations.map((c) => c.sourceDate ?? '').join(' | '),
        source_link: project.citations.map((c) => c.url).join(' | '),
      });
    }
    // Not a comparison of empty cells alone: the document that states its date says so in both.
    expect(viaApi.flatMap((p) => p.citations).some((c) => c.sourceDate)).toBe(true);
  });

  it('never serves a draft, and answers unknown files with a 404', async () => {
    expect((await fetchData('metrics', 'draft-only-metric.csv')).status).toBe(404);
    const topic = await (await fetchData('topics', 'economy.csv')).text();
    expect(topic).toContain('地区生产总值');
    expect(topic).not.toContain('草稿指标');
    expect((await fetchData('metrics', 'gdp.xlsx')).status).toBe(404);
    expect((await fetchData('metrics', '..', 'gdp.csv')).status).toBe(404);
    expect((await fetchData('nothing.csv')).status).toBe(404);
  });

  it('shows a project to readers of the list, the API and the download alike: not while its topic is a draft', async () => {
    const topic = await seedTopic(database.db, { slug: 'draft-topic', nameZh: '草稿专题', status: 'DRAFT' });
    await seedProject(database.db, {
      slug: 'project-in-draft-topic',
      name: '草稿专题里的项目',
      topicId: topic.id,
      source: 'jiangbei-vision-to-reality',
      quote: '北滨路东延伸段生态综合修复工程',
    });
    const { listProjects } = await import('@/lib/records/project/public');
    const api = await import('@/lib/api/resources');
    const seen = async () => ({
      page: (await listProjects({ topic: 'draft-topic', status: undefined, year: undefined, sort: 'name' }, 1)).total,
      api: (await api.listProjects(new URL('http://localhost/api/v1/projects?topic=draft-topic'))).data.length,
      download: ((await (await fetchData('projects.json')).json()) as { rows: Array<{ slug: string }> }).rows.filter(
        (row) => row.slug === 'project-in-draft-topic',
      ).length,
    });
    expect(await seen()).toEqual({ page: 0, api: 0, download: 0 });
    await database.db.topic.update({ where: { id: topic.id }, data: { status: 'PUBLISHED' } });
    expect(await seen()).toEqual({ page: 1, api: 1, download: 1 });
  });
});
