// Record factories for integration and Playwright tests: they write through the same tables the
// seed step uses, with citations anchored by the citation engine on the stored source text.
import { anchorQuote } from '@/lib/citations';
import type { Db } from '@/lib/db/client';
import { parsePeriod } from '@/lib/dates/period';
import { hashPassword } from '@/lib/auth/password';
import type { RecordStatus, Role } from '@/lib/generated/prisma/enums';

async function citationFor(db: Db, sourceSlug: string, quote: string) {
  const source = await db.sourceDocument.findUniqueOrThrow({
    where: { slug: sourceSlug },
    select: { currentVersion: { select: { id: true, text: true } } },
  });
  const version = source.currentVersion!;
  const anchored = anchorQuote(version.text, quote);
  if (!anchored.ok) throw new Error(`factory quote not in ${sourceSlug}: ${anchored.message}`);
  const { exact, prefix, suffix, start, end } = anchored.anchor;
  return {
    sourceVersionId: version.id,
    exact,
    prefix,
    suffix,
    startOffset: start,
    endOffset: end,
    verifiedAt: new Date(),
  };
}

export async function seedTopic(db: Db, options: { slug: string; nameZh: string; status?: RecordStatus }) {
  return db.topic.create({
    data: { slug: options.slug, nameZh: options.nameZh, nameEn: options.slug, status: options.status ?? 'PUBLISHED' },
  });
}

export async function seedMetric(
  db: Db,
  options: {
    slug: string;
    nameZh: string;
    unit: string;
    topicId: string;
    status?: RecordStatus;
    observations: Array<{
      period: string;
      periodLabel: string;
      value: string;
      source: string;
      quote: string;
      status?: RecordStatus;
    }>;
  },
) {
  const metric = await db.metric.create({
    data: {
      slug: options.slug,
      nameZh: options.nameZh,
      unit: options.unit,
      topicId: options.topicId,
      status: options.status ?? 'PUBLISHED',
    },
  });
  const observations = [];
  for (const o of options.observations) {
    const period = parsePeriod(o.period)!;
    observations.push(
      await db.observation.create({
        data: {
          metricId: metric.id,
          periodKind: period.kind,
          periodStart: period.start,
          periodEnd: period.end,
          periodLabel: o.periodLabel,
          value: o.value,
          status: o.status ?? 'PUBLISHED',
          citations: { create: await citationFor(db, o.source, o.quote) },
        },
        include: { citations: true },
      }),
    );
  }
  return { metric, observations };
}

export async function seedProject(
  db: Db,
  options: { slug: string; name: string; topicId: string; source: string; quote: string; status?: RecordStatus },
) {
  return db.project.create({
    data: {
      slug: options.slug,
      name: options.name,
      kind: 'OTHER',
      topicId: options.topicId,
      status: options.status ?? 'PUBLISHED',
      citations: { create: await citationFor(db, options.source, options.quote) },
    },
  });
}

export async function seedUser(
  db: Db,
  options: { email: string; role: Role; password: string; name?: string; active?: boolean; totpSecret?: string },
) {
  return db.user.create({
    data: {
      email: options.email.toLowerCase(),
      name: options.name ?? options.email.split('@')[0]!,
      role: options.role,
      active: options.active ?? true,
      passwordHash: await hashPassword(options.password),
      ...(options.totpSecret ? { totpSecret: options.totpSecret, totpEnabledAt: new Date() } : {}),
    },
    select: { id: true, email: true, role: true, version: true, sessionVersion: true },
  });
}

/** A record's form data without its facts' ids: a copy to use as a new record. */
export function withoutFactIds<T>(data: T): T {
  return JSON.parse(JSON.stringify(data, (key, value: unknown) => (key === 'id' ? undefined : value))) as T;
}
