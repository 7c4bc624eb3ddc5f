// The public JSON API against PostgreSQL: every route's response validates against the OpenAPI
// description (with Ajv, JSON Schema 2020-12), cursor pagination walks every record once, ETags
// answer 304, bad parameters get JSON 4xx errors, and drafts never appear.
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '@/lib/api/openapi';
import { planDataset } from '@/lib/seed/plan-dataset';
import { readDataset } from '@/lib/seed/read-dataset';
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/cache-control';
import type { TestDatabase } from '@/tests/helpers/database';
import { closePublicDatabase, openPublicDatabase } from '@/tests/helpers/public-database';

let database: TestDatabase;
let GET: (request: Request, context: { params: Promise<{ path: string[] }> }) => Promise<Response>;

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
ajv.addSchema(openApiDocument as object, 'openapi');

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

function validate(path: string, status: string, body: unknown) {
  const ref = `openapi#/${pointer('paths', path, 'get', 'responses', status, 'content', 'application/json', 'schema')}`;
  const ok = ajv.validate({ $ref: ref }, body);
  expect(ok, JSON.stringify(ajv.errors?.slice(0, 3))).toBe(true);
}

async function call(pathAndQuery: string, headers: Record<string, string> = {}) {
  const url = new URL(pathAndQuery, 'http://localhost');
  const path = url.pathname.replace(/^\/api\/v1\//, '').split('/');
  return GET(new Request(url, { headers }), { params: Promise.resolve({ path }) });
}

beforeAll(async () => {
  database = await openPublicDatabase({ slug: 'api-draft-metric', nameZh: 'API草稿指标' });
  ({ GET } = await import('@/app/api/v1/[...path]/route'));
}, 120_000);

afterAll(async () => {
  await closePublicDatabase(database);
});

describe('/api/v1', () => {
  it('answers every route with a body that validates against the OpenAPI description', async () => {
    const cases: Array<[string, string]> = [
      ['/api/v1/topics', '/api/v1/topics'],
      ['/api/v1/metrics', '/api/v1/metrics'],
      ['/api/v1/metrics?topic=economy', '/api/v1/metrics'],
      ['/api/v1/metrics/gdp', '/api/v1/metrics/{slug}'],
      ['/api/v1/projects', '/api/v1/projects'],
      ['/api/v1/projects?topic=investment&status=SIGNED', '/api/v1/projects'],
      ['/api/v1/agreements', '/api/v1/agreements'],
      ['/api/v1/agreements?partner=deyang&year=2020', '/api/v1/agreements'],
      ['/api/v1/organisations', '/api/v1/organisations'],
      ['/api/v1/organisations?kind=REGION&parent=sichuan', '/api/v1/organisations'],
      ['/api/v1/sources', '/api/v1/sources'],
      ['/api/v1/citations?limit=200', '/api/v1/citations'],
      ['/api/v1/citations?source=jiangbei-yearbook-2020', '/api/v1/citations'],
    ];
    for (const [request, path] of cases) {
      const response = await call(request);
      expect(response.status, request).toBe(200);
      validate(path, '200', await response.json());
    }
    const gdp = (await (await call('/api/v1/metrics/gdp')).json()) as {
      observations: Array<{ period: string; value: string; ranks: Array<{ position: number; group: string }> }>;
    };
    expect(gdp.observations.map((o) => [o.period, o.value])).toEqual([
      ['2016', '778'],
      ['2019', '1240'],
      ['2020', '1325'],
      ['2022', '1600'],
    ]);
    // 跻身全市第4位；增速位居主城都市区中心城区第1位: two ranks, each with the group it is counted in.
    expect(gdp.observations.find((o) => o.period === '2020')!.ranks).toEqual([
      expect.objectContaining({ position: 4, group: '全市' }),
      expect.objectContaining({ position: 1, group: '主城都市区中心城区' }),
    ]);
    // Documents that disagree about a project: every statement, each a citation with its quote.
    const projects = (await (await call('/api/v1/projects?limit=200&topic=consumption')).json()) as {
      data: Array<{
        slug: string;
        discrepancies: Array<{ aspect: string; statements: Array<{ reading: string; citation: { quote: string } }> }>;
      }>;
    };
    validate('/api/v1/projects', '200', projects);
    const taikooLi = projects.data.find((p) => p.slug === 'upgraded-taikoo-li');
    expect(taikooLi?.discrepancies).toEqual([
      expect.objectContaining({
        aspect: 'STATUS',
        statements: [
          expect.objectContaining({ reading: '取得实质进展' }),
          expect.objectContaining({ reading: '提上日程' }),
          expect.objectContaining({ reading: '落户' }),
        ],
      }),
    ]);
    expect(taikooLi!.discrepancies[0]!.statements[1]!.citation.quote.replace(/\s+/g, '')).toContain('提上日程');
    expect(taikooLi!.discrepancies[0]!.statements[2]!.citation.quote).toBe('“升级版太古里”等大商好商落户');
    const deyang = (await (await call('/api/v1/agreements?partner=deyang')).json()) as { data: unknown[] };
    expect(deyang.data).toHaveLength(10);
    // The validator is live: a body that breaks the description fails it.
    const topicsRef = `openapi#/${pointer('paths', '/api/v1/topics', 'get', 'responses', '200', 'content', 'application/json', 'schema')}`;
    expect(
      ajv.validate(
        { $ref: topicsRef },
        { data: [{ slug: 'x', nameZh: '甲', nameEn: 'a', description: '', extra: 1 }], next: null },
      ),
    ).toBe(false);
    expect(ajv.validate({ $ref: topicsRef }, { data: [], next: null })).toBe(true);
    const spec = (await (await call('/api/v1/openapi.json')).json()) as { openapi: string };
    expect(spec.openapi).toBe('3.1.0');
  });

  it('shows a discrepancy between observations of two metrics on both, each value linked to its metric', async () => {
    type Metric = {
      observations: Array<{ id: string; value: string; discrepancy: string | null }>;
      discrepancies: Array<{
        id: string;
        note: string;
        observations: Array<{ id: string; metric: string; value: string; url: string }>;
      }>;
    };
    const near50 = (await (await call('/api/v1/metrics/agreements-signed-with-sichuan')).json()) as Metric;
    const special = (await (await call('/api/v1/metrics/sichuan-partner-special-agreements-count')).json()) as Metric;
    validate('/api/v1/metrics/{slug}', '200', near50);
    validate('/api/v1/metrics/{slug}', '200', special);
    // The yearbook's 105 is recorded once, in its own metric; the 近50 metric keeps only its value.
    expect(near50.observations.map((o) => o.value)).toEqual(['50']);
    expect(special.observations.map((o) => o.value)).toEqual(['105']);
    expect(near50.discrepancies).toHaveLength(1);
    expect(special.discrepancies).toEqual(near50.discrepancies);
    const [discrepancy] = near50.discrepancies;
    // The preferred 105 first, then the 近50 of the other metric.
    expect(discrepancy!.observations.map((o) => [o.metric, o.value])).toEqual([
      ['sichuan-partner-special-agreements-count', '105'],
      ['agreements-signed-with-sichuan', '50'],
    ]);
    expect(discrepancy!.observations[0]!.url).toMatch(
      new RegExp(`/metrics/sichuan-partner-special-agreements-count#obs-${special.observations[0]!.id}$`),
    );
    expect(near50.observations[0]!.discrepancy).toBe(discrepancy!.id);
    expect(special.observations[0]!.discrepancy).toBe(discrepancy!.id);
  });

  it('gives a project’s aliases and an observation’s scope', async () => {
    const projects = (await (await call('/api/v1/projects?limit=200&topic=consumption')).json()) as {
      data: Array<{ slug: string; aliases: string[] }>;
    };
    expect(projects.data.find((p) => p.slug === 'jiujie')!.aliases.sort()).toEqual(['不夜九街', '大九街'].sort());
    const institutions = (await (await call('/api/v1/metrics/financial-institutions-count')).json()) as {
      observations: Array<{ value: string; scope: string | null }>;
    };
    expect(institutions.observations.map((o) => [o.value, o.scope])).toEqual([
      ['473', '江北嘴金融核心区'],
      ['490', null],
    ]);
  });

  it('walks every published metric exactly once with cursors, and never shows a draft', async () => {
    const seen: string[] = [];
    let next: string | null = '/api/v1/metrics?limit=17';
    while (next) {
      const page = (await (await call(next)).json()) as { data: Array<{ slug: string }>; next: string | null };
      seen.push(...page.data.map((m) => m.slug));
      next = page.next;
    }
    const published = await database.db.metric.count({ where: { status: 'PUBLISHED', deletedAt: null } });
    expect(seen).toHaveLength(published);
    expect(new Set(seen).size).toBe(published);
    expect(seen).not.toContain('api-draft-metric');
    expect((await call('/api/v1/metrics/api-draft-metric')).status).toBe(404);
  });

  it('walks every public citation by id', async () => {
    const seen: string[] = [];
    let next: string | null = '/api/v1/citations?limit=100';
    while (next) {
      const page = (await (await call(next)).json()) as { data: Array<{ id: string }>; next: string | null };
      seen.push(...page.data.map((c) => c.id));
      next = page.next;
    }
    expect(new Set(seen).size).toBe(seen.length);
    // Every seed citation, and none of the draft metric's.
    expect(seen.length).toBe(planDataset(await readDataset()).citations.length);
  });

  it('answers a matching If-None-Match with 304 and caching headers', async () => {
    const first = await call('/api/v1/topics');
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    const again = await call('/api/v1/topics', { 'if-none-match': etag });
    expect(again.status).toBe(304);
  });

  it('refuses bad parameters with JSON errors', async () => {
    for (const [request, status] of [
      ['/api/v1/metrics?limit=0', 400],
      ['/api/v1/metrics?limit=abc', 400],
      ['/api/v1/metrics?limit=1000', 400],
      ['/api/v1/metrics?cursor=%%%', 400],
      ['/api/v1/metrics?sort=name', 400],
      ['/api/v1/projects?status=DONE', 400],
      ['/api/v1/agreements?year=20201', 400],
      ['/api/v1/metrics/Bad%20Slug', 404],
      ['/api/v1/nothing', 404],
    ] as const) {
      const response = await call(request);
      expect(response.status, request).toBe(status);
      const body = await response.json();
      expect(ajv.validate({ $ref: 'openapi#/components/schemas/Error' }, body), request).toBe(true);
    }
  });
});
