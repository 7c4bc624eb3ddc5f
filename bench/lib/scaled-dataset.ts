// A scaled dataset on top of the seed: generated topics, metrics with yearly observations,
// agreements with Sichuan partner cities and projects, all published and each cited by a real seed passage, so
// public pages, lists and search see them as they would see editors' work. Plain SQL, one
// transaction: 100,000 observations take seconds, not the minutes row-by-row inserts would.
import pg from 'pg';

export type Scale = {
  topics: number;
  metrics: number;
  observationsPerMetric: number;
  agreements: number;
  projects: number;
};

export const DEFAULT_SCALE: Scale = {
  topics: 100,
  metrics: 10_000,
  observationsPerMetric: 10,
  agreements: 5_000,
  projects: 20_000,
};

export async function generateScaledDataset(databaseUrl: string, scale: Scale): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const count = async (sql: string, values: unknown[] = []) => (await client.query(sql, values)).rowCount ?? 0;
  try {
    await client.query('BEGIN');
    // One verified seed citation whose text every generated row cites.
    const template = `(SELECT "sourceVersionId", exact, prefix, suffix, "startOffset", "endOffset"
                       FROM "Citation" WHERE "observationId" IS NOT NULL ORDER BY "createdAt", id LIMIT 1)`;
    const topics = await count(
      `INSERT INTO "Topic" (slug, "nameZh", "nameEn", description, "sortOrder", status)
       SELECT 'bench-topic-' || i, '生成专题' || i, 'Generated topic ' || i, '基准测试生成的专题', 100 + i, 'PUBLISHED'
       FROM generate_series(1, $1) AS i`,
      [scale.topics],
    );
    const metrics = await count(
      `INSERT INTO "Metric" (slug, "nameZh", unit, description, "topicId", status)
       SELECT 'bench-metric-' || i,
              '生成指标' || i || '号' || (ARRAY['工业产值', '财政收入', '固定资产投资', '常住人口', '绿地面积'])[1 + i % 5],
              '亿元', '基准测试生成的指标，编号' || i, t.id, 'PUBLISHED'
       FROM generate_series(1, $1) AS i
       JOIN "Topic" t ON t.slug = 'bench-topic-' || (1 + i % $2)`,
      [scale.metrics, scale.topics],
    );
    const observations = await count(
      `INSERT INTO "Observation" ("metricId", "periodKind", "periodStart", "periodEnd", "periodLabel", value, "growthRate", status)
       SELECT m.id, 'YEAR', make_date(2010 + y, 1, 1), make_date(2010 + y, 12, 31), (2010 + y) || '年',
              round((100 + random() * 900)::numeric, 1), round((random() * 10)::numeric, 1), 'PUBLISHED'
       FROM "Metric" m, generate_series(0, $1 - 1) AS y
       WHERE m.slug LIKE 'bench-metric-%'`,
      [scale.observationsPerMetric],
    );
    const agreements = await count(
      `WITH regions AS (
         SELECT array_agg(id ORDER BY slug) AS ids, array_agg(name ORDER BY slug) AS names
         FROM "Organisation" WHERE kind = 'REGION' AND slug <> 'jiangbei-district' AND "deletedAt" IS NULL
       )
       INSERT INTO "Agreement" (slug, title, kind, domain, "partnerRegionId", "signedOn", "signedOnPrecision", summary, "topicId", status)
       SELECT 'bench-agreement-' || i,
              '江北区与' || regions.names[1 + i % array_length(regions.ids, 1)] || '第' || i || '号合作协议',
              'FRAMEWORK', 'OTHER', regions.ids[1 + i % array_length(regions.ids, 1)],
              make_date(2015 + i % 10, 1 + i % 12, 1 + i % 28), 'DAY', '基准测试生成的合作协议', t.id, 'PUBLISHED'
       FROM generate_series(1, $1) AS i, regions
       JOIN "Topic" t ON t.slug = 'bench-topic-1'`,
      [scale.agreements],
    );
    await count(
      `INSERT INTO "AgreementParty" ("agreementId", "organisationId", side)
       SELECT a.id, o.id, 'JIANGBEI'::"AgreementSide" FROM "Agreement" a, "Organisation" o
       WHERE a.slug LIKE 'bench-agreement-%' AND o.slug = 'jiangbei-district'
       UNION ALL
       SELECT a.id, a."partnerRegionId", 'PARTNER'::"AgreementSide" FROM "Agreement" a WHERE a.slug LIKE 'bench-agreement-%'`,
    );
    // Projects spread over the seed's topics too, so the seed's filtered lists grow as well.
    const projects = await count(
      `WITH topics AS (SELECT array_agg(id ORDER BY slug) AS ids FROM "Topic")
       INSERT INTO "Project" (slug, name, kind, "projectStatus", location, "investmentAmount", "investmentUnit",
                              description, "topicId", status)
       SELECT 'bench-project-' || i,
              '生成项目' || i || '号' || (ARRAY['产业园', '数据中心', '滨江步道', '城市更新片区', '科创平台'])[1 + i % 5],
              (ARRAY['INDUSTRIAL', 'INFRASTRUCTURE', 'URBAN_RENEWAL', 'COMMERCIAL', 'RESEARCH_PLATFORM'])[1 + i % 5]::"ProjectKind",
              (ARRAY['PLANNED', 'SIGNED', 'STARTED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'IN_USE'])[1 + i % 6]::"ProjectStatus",
              '江北区', round((1 + random() * 200)::numeric, 1), '亿元', '基准测试生成的项目',
              topics.ids[1 + i % array_length(topics.ids, 1)], 'PUBLISHED'
       FROM generate_series(1, $1) AS i, topics`,
      [scale.projects],
    );
    const citations =
      (await count(
        `INSERT INTO "Citation" ("sourceVersionId", exact, prefix, suffix, "startOffset", "endOffset", "verifiedAt", "observationId")
         SELECT c."sourceVersionId", c.exact, c.prefix, c.suffix, c."startOffset", c."endOffset", now(), o.id
         FROM "Observation" o JOIN "Metric" m ON m.id = o."metricId", ${template} AS c
         WHERE m.slug LIKE 'bench-metric-%'`,
      )) +
      (await count(
        `INSERT INTO "Citation" ("sourceVersionId", exact, prefix, suffix, "startOffset", "endOffset", "verifiedAt", "agreementId")
         SELECT c."sourceVersionId", c.exact, c.prefix, c.suffix, c."startOffset", c."endOffset", now(), a.id
         FROM "Agreement" a, ${template} AS c
         WHERE a.slug LIKE 'bench-agreement-%'`,
      )) +
      (await count(
        `INSERT INTO "Citation" ("sourceVersionId", exact, prefix, suffix, "startOffset", "endOffset", "verifiedAt", "projectId")
         SELECT c."sourceVersionId", c.exact, c.prefix, c.suffix, c."startOffset", c."endOffset", now(), p.id
         FROM "Project" p, ${template} AS c
         WHERE p.slug LIKE 'bench-project-%'`,
      ));
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return { topics, metrics, observations, agreements, projects, citations };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
