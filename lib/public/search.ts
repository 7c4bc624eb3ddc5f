import 'server-only';
// Search across published records and source texts. Chinese has no spaces between words, so
// whole-word full-text search finds little; a substring match does what a reader expects
// (德阳 finds 德阳市 and 四川省德阳市). Results are grouped by type and ranked: a name that equals
// the query, then one that starts with it, then one that contains it, then matches elsewhere.
import { db } from '@/lib/db';
import { organisationKindLabel } from '@/lib/labels';
import { Prisma } from '@/lib/generated/prisma/client';
import { publicFilter } from './visibility';
import { likePattern } from '@/lib/db/like-pattern';

export const MAX_QUERY_LENGTH = 100;
export const RESULTS_PER_GROUP = 10;

export type SearchHit = {
  href: string;
  title: string;
  snippet: string | null;
  kind: string;
  /** Other names the record goes by, ranked like the title (德阳 is 四川省德阳市's short name). */
  names?: string[];
};
export type SearchGroup = { key: string; label: string; total: number; hits: SearchHit[]; best: number };

/** 0: the title is the query, 1: starts with it, 2: contains it, 3: matched elsewhere. */
function titleScore(query: string, title: string): number {
  const lower = query.toLowerCase();
  const t = title.toLowerCase();
  return t === lower ? 0 : t.startsWith(lower) ? 1 : t.includes(lower) ? 2 : 3;
}

function bestScore(query: string, item: { title: string; names?: string[] }): number {
  return Math.min(...[item.title, ...(item.names ?? [])].map((name) => titleScore(query, name)));
}

function rankByTitle<T extends { title: string; names?: string[] }>(query: string, items: T[]): T[] {
  return [...items].sort((a, b) => bestScore(query, a) - bestScore(query, b) || a.title.length - b.title.length);
}

/** Up to `radius` characters either side of the first match, with ellipses where text was cut. */
export function snippetAround(text: string, query: string, radius = 40): string | null {
  const flat = text.replace(/\s+/g, '');
  const at = flat.toLowerCase().indexOf(query.toLowerCase().replace(/\s+/g, ''));
  if (at < 0) return null;
  const start = Math.max(0, at - radius);
  const end = Math.min(flat.length, at + query.length + radius);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/** The first of a record's other names that contains the query: shown so readers see why it matched. */
export function matchedAlias(query: string, names: Array<string | null>): string | null {
  const lower = query.toLowerCase();
  return names.find((name): name is string => !!name && name.toLowerCase().includes(lower)) ?? null;
}

type Ids = { id: string }[];

/**
 * The SQL that finds each group's candidate ids (at most 200). Each text is first narrowed by its
 * n-gram GIN index (`cms_search_grams`, see the search_ngram_indexes migration), then checked as a
 * true substring with ILIKE. The index expressions must be written here exactly as in the migration.
 */
export function searchCandidateQueries(query: string) {
  const pattern = likePattern(query);
  const grams = Prisma.sql`cms_query_grams(${query})`;
  return {
    metrics: Prisma.sql`
      SELECT m.id FROM "Metric" m
      WHERE m.status = 'PUBLISHED' AND m."deletedAt" IS NULL
        AND cms_search_grams(VARIADIC ARRAY[m."nameZh", m."nameEn", m.description] || m.synonyms) @> ${grams}
        AND (m."nameZh" ILIKE ${pattern} OR m."nameEn" ILIKE ${pattern} OR m.description ILIKE ${pattern}
          OR array_to_string(m.synonyms, ' ') ILIKE ${pattern})
      UNION
      SELECT m.id FROM "Observation" o JOIN "Metric" m ON m.id = o."metricId"
      WHERE m.status = 'PUBLISHED' AND m."deletedAt" IS NULL AND o.status = 'PUBLISHED' AND o."deletedAt" IS NULL
        AND cms_search_grams(o."periodLabel", o.note, o."rankStatement") @> ${grams}
        AND (o."periodLabel" ILIKE ${pattern} OR o.note ILIKE ${pattern} OR o."rankStatement" ILIKE ${pattern})
      LIMIT 200`,
    projects: Prisma.sql`
      SELECT id FROM "Project"
      WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL
        AND cms_search_grams(VARIADIC ARRAY[name, description, location] || aliases) @> ${grams}
        AND (name ILIKE ${pattern} OR description ILIKE ${pattern} OR location ILIKE ${pattern}
          OR array_to_string(aliases, ' ') ILIKE ${pattern})
      LIMIT 200`,
    agreements: Prisma.sql`
      SELECT a.id FROM "Agreement" a
      WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL
        AND cms_search_grams(a.title, a.summary) @> ${grams}
        AND (a.title ILIKE ${pattern} OR a.summary ILIKE ${pattern})
      UNION
      SELECT a.id FROM "Organisation" o
      JOIN "AgreementParty" p ON p."organisationId" = o.id
      JOIN "Agreement" a ON a.id = p."agreementId"
      WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL
        AND cms_search_grams(VARIADIC ARRAY[o.name, o."shortName"] || o.aliases) @> ${grams}
        AND o.name ILIKE ${pattern}
      LIMIT 200`,
    organisations: Prisma.sql`
      SELECT id FROM "Organisation"
      WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL
        AND cms_search_grams(VARIADIC ARRAY[name, "shortName"] || aliases) @> ${grams}
        AND (name ILIKE ${pattern} OR "shortName" ILIKE ${pattern} OR array_to_string(aliases, ' ') ILIKE ${pattern})
      LIMIT 200`,
    // Long texts: their n-grams are stored once per version ("SourceVersionSearch"), not computed.
    sources: Prisma.sql`
      SELECT d.id FROM "SourceDocument" d
      WHERE d.status = 'PUBLISHED' AND d."deletedAt" IS NULL AND d.title ILIKE ${pattern}
      UNION
      SELECT d.id FROM "SourceVersionSearch" s
      JOIN "SourceVersion" v ON v.id = s."sourceVersionId"
      JOIN "SourceDocument" d ON d."currentVersionId" = v.id
      WHERE d.status = 'PUBLISHED' AND d."deletedAt" IS NULL
        AND s.grams @> ${grams}
        AND regexp_replace(v.text, '\\s+', '', 'g') ILIKE ${pattern}
      LIMIT 200`,
  };
}

/**
 * All groups with their first results, or with `only` one group's given page of results
 * (`RESULTS_PER_GROUP` a page).
 */
export async function search(query: string, only?: { group: string; page: number }): Promise<SearchGroup[]> {
  const candidates = searchCandidateQueries(query);
  const [metricIds, projectIds, agreementIds, organisationIds, sourceIds] = await Promise.all([
    db.$queryRaw<Ids>(candidates.metrics),
    db.$queryRaw<Ids>(candidates.projects),
    db.$queryRaw<Ids>(candidates.agreements),
    db.$queryRaw<Ids>(candidates.organisations),
    db.$queryRaw<Ids>(candidates.sources),
  ]);
  const ids = (rows: Ids) => rows.map((r) => r.id);
  const [metrics, projects, agreements, organisations, sources] = await Promise.all([
    db.metric.findMany({
      where: { id: { in: ids(metricIds) }, ...publicFilter },
      select: {
        slug: true,
        nameZh: true,
        nameEn: true,
        synonyms: true,
        unit: true,
        description: true,
        topic: { select: { nameZh: true } },
      },
    }),
    db.project.findMany({
      where: { id: { in: ids(projectIds) }, ...publicFilter },
      select: { slug: true, name: true, aliases: true, description: true, location: true },
    }),
    db.agreement.findMany({
      where: { id: { in: ids(agreementIds) }, ...publicFilter },
      select: {
        slug: true,
        title: true,
        summary: true,
        parties: { select: { organisation: { select: { name: true } } } },
      },
    }),
    db.organisation.findMany({
      where: { id: { in: ids(organisationIds) }, ...publicFilter },
      select: { slug: true, name: true, shortName: true, aliases: true, kind: true, region: true },
    }),
    db.sourceDocument.findMany({
      where: { id: { in: ids(sourceIds) }, ...publicFilter },
      select: { slug: true, title: true, currentVersion: { select: { text: true } } },
    }),
  ]);

  const group = (key: string, label: string, hits: Array<SearchHit>): SearchGroup => {
    const ranked = rankByTitle(query, hits);
    const best = ranked[0] ? bestScore(query, ranked[0]) : 3;
    const from = only?.group === key ? (only.page - 1) * RESULTS_PER_GROUP : 0;
    return { key, label, total: ranked.length, hits: ranked.slice(from, from + RESULTS_PER_GROUP), best };
  };
  return (
    [
      group(
        'metrics',
        '指标',
        metrics.map((m) => {
          const alias = matchedAlias(query, [m.nameEn, ...m.synonyms]);
          return {
            kind: '指标',
            href: `/metrics/${m.slug}`,
            title: m.nameZh,
            snippet: `${alias ? `又称 ${alias} · ` : ''}${m.topic.nameZh}${m.unit ? ` · 单位：${m.unit}` : ''}${m.description ? ` · ${m.description}` : ''}`,
          };
        }),
      ),
      group(
        'projects',
        '项目',
        projects.map((p) => {
          const alias = matchedAlias(query, p.aliases);
          const snippet = snippetAround(`${p.location ?? ''} ${p.description}`, query) ?? (p.description || null);
          return {
            kind: '项目',
            href: `/projects/${p.slug}`,
            title: p.name,
            snippet: alias ? `又称 ${alias}${snippet ? ` · ${snippet}` : ''}` : snippet,
            // Ranked like the name: 大九街 is 九街's own name, not a mention in its description.
            names: p.aliases,
          };
        }),
      ),
      group(
        'agreements',
        '合作协议',
        agreements.map((a) => ({
          kind: '合作协议',
          href: `/agreements/${a.slug}`,
          title: a.title,
          snippet: a.parties.map((p) => p.organisation.name).join('、'),
        })),
      ),
      group(
        'organisations',
        '机构与地点',
        organisations.map((o) => ({
          kind: o.kind === 'REGION' ? '合作地区' : organisationKindLabel[o.kind],
          href: `/partners/${o.slug}`,
          title: o.name,
          snippet: o.region,
          names: [o.shortName ?? '', ...o.aliases].filter((name) => name !== ''),
        })),
      ),
      group(
        'sources',
        '原始文件',
        sources.map((s) => ({
          kind: '原始文件',
          href: `/sources/${s.slug}`,
          title: s.title,
          snippet: snippetAround(s.currentVersion?.text ?? '', query),
        })),
      ),
    ]
      .filter((g) => g.total > 0 && (!only || g.key === only.group))
      // Groups whose best title matches the query most closely come first; ties keep this order.
      .sort((a, b) => a.best - b.best)
  );
}
