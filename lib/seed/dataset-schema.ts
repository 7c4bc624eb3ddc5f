// The shape of the seed files under seeds/: readable, reviewable JSON that editors can diff.
// Citations name their source by slug and give the quote; offsets are computed (and checked)
// by the citation engine at load time, so a seed file never carries numbers a human must count.
import { z } from 'zod';
import {
  AgreementDomain,
  AgreementKind,
  AgreementSide,
  DatePrecision,
  DiscrepancyAspect,
  MilestoneKind,
  OrganisationKind,
  ProjectKind,
  ProjectRole,
  ProjectStatus,
  SourceKind,
  StatementRank,
  ValueBasis,
  ValueQualifier,
  Vintage,
} from '@/lib/generated/prisma/enums';
import { parsePartialDate } from '@/lib/dates/partial-date';
import { parsePeriod } from '@/lib/dates/period';
import { SLUG_PATTERN } from '@/lib/ids/slug';

const slug = z.string().regex(SLUG_PATTERN, 'lower-case ASCII words joined by hyphens');
const decimal = z.string().regex(/^-?\d+(?:\.\d+)?$/, 'a decimal written as a string, e.g. "1325" or "3.9"');
const partialDate = z.string().refine((value) => parsePartialDate(value) !== null, 'YYYY, YYYY-MM or YYYY-MM-DD');
const period = z
  .string()
  .refine((value) => parsePeriod(value) !== null, 'YYYY, YYYY/YYYY, YYYY-H1, YYYY-Q1, YYYY-MM or YYYY-MM-DD');

export const seedCitationSchema = z.strictObject({
  // Defaults to the records file's own `source`.
  source: slug.optional(),
  quote: z.string().min(1),
  // Only when the quote occurs more than once in the source: the occurrence's start offset or context.
  start: z.number().int().nonnegative().optional(),
  prefix: z.string().optional(),
  field: z.string().optional(),
  note: z.string().optional(),
});

export const seedSourceSchema = z.strictObject({
  file: z.string().regex(/^[\w.-]+\.txt$/),
  slug,
  title: z.string().min(1),
  kind: z.enum(SourceKind),
  byline: z.string().nullable().optional(),
  publisher: z.string().nullable().optional(),
  originalUrl: z.string().url().nullable().optional(),
  statedDate: partialDate.nullable().optional(),
  statedDatePrecision: z.enum(DatePrecision).nullable().optional(),
  // When an undated text was written, as the editor estimates it from the text (reason in datingNote).
  estimatedDate: partialDate.nullable().optional(),
  datingNote: z.string().nullable().optional(),
});

export const seedTopicSchema = z.strictObject({
  slug,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  description: z.string().default(''),
  sortOrder: z.number().int(),
});

export const seedOrganisationSchema = z.strictObject({
  slug,
  name: z.string().min(1),
  shortName: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  kind: z.enum(OrganisationKind),
  region: z.string().optional(),
  parent: slug.optional(),
  description: z.string().default(''),
  citations: z.array(seedCitationSchema).default([]),
});

export const seedObservationSchema = z.strictObject({
  // Stable identity inside its metric; defaults to period + basis.
  key: z.string().optional(),
  period,
  periodLabel: z.string().min(1),
  value: decimal,
  qualifier: z.enum(ValueQualifier).default('EXACT'),
  basis: z.enum(ValueBasis).default('REPORTED'),
  isCumulative: z.boolean().default(false),
  growthRate: decimal.optional(),
  growthQualifier: z.enum(ValueQualifier).optional(),
  rankStatement: z.string().optional(),
  // The subject the figure is about when narrower than the metric's (江北嘴金融核心区).
  scope: z.string().min(1).optional(),
  note: z.string().optional(),
  vintage: z.enum(Vintage).default('FINAL'),
  rank: z.enum(StatementRank).default('NORMAL'),
  rankReason: z.string().optional(),
  citations: z.array(seedCitationSchema).min(1, 'every observation needs a citation'),
});

export const seedMetricSchema = z.strictObject({
  slug,
  nameZh: z.string().min(1),
  nameEn: z.string().optional(),
  synonyms: z.array(z.string().min(1)).default([]),
  unit: z.string(),
  topic: slug,
  subject: slug.optional(),
  description: z.string().default(''),
  featured: z.boolean().default(false),
  sortOrder: z.number().int().default(0),
  observations: z.array(seedObservationSchema).min(1),
  discrepancies: z
    .array(
      z.strictObject({
        note: z.string().min(1),
        // An observation's key in this metric, or { metric, key } for one of another metric.
        observations: z.array(z.union([z.string(), z.strictObject({ metric: slug, key: z.string() })])).min(2),
      }),
    )
    .default([]),
});

const seedQuantitySchema = {
  value: decimal,
  unit: z.string().min(1),
  qualifier: z.enum(ValueQualifier).default('EXACT'),
  basis: z.enum(ValueBasis).default('REPORTED'),
};

export const seedProjectSchema = z.strictObject({
  slug,
  name: z.string().min(1),
  // Other names the documents use; each must be written in one of the project's own quotes.
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(ProjectKind),
  projectStatus: z.enum(ProjectStatus).default('UNKNOWN'),
  topic: slug,
  location: z.string().optional(),
  place: slug.optional(),
  investment: z
    .strictObject({ amount: decimal, unit: z.string().min(1), qualifier: z.enum(ValueQualifier).default('EXACT') })
    .optional(),
  description: z.string().default(''),
  parties: z.array(z.strictObject({ organisation: slug, role: z.enum(ProjectRole) })).default([]),
  milestones: z
    .array(
      z.strictObject({
        kind: z.enum(MilestoneKind),
        date: partialDate,
        basis: z.enum(ValueBasis).default('REPORTED'),
        note: z.string().optional(),
        citations: z.array(seedCitationSchema).min(1),
      }),
    )
    .default([]),
  measures: z
    .array(
      z.strictObject({
        label: z.string().min(1),
        ...seedQuantitySchema,
        citations: z.array(seedCitationSchema).min(1),
      }),
    )
    .default([]),
  citations: z.array(seedCitationSchema).min(1, 'every project needs a citation'),
});

export const seedAgreementSchema = z.strictObject({
  slug,
  title: z.string().min(1),
  kind: z.enum(AgreementKind),
  domain: z.enum(AgreementDomain),
  topic: slug,
  partnerRegion: slug.optional(),
  signedOn: partialDate.optional(),
  summary: z.string().default(''),
  parties: z
    .array(z.strictObject({ organisation: slug, side: z.enum(AgreementSide) }))
    .min(2, 'an agreement has two or more parties'),
  citations: z.array(seedCitationSchema).min(1, 'every agreement needs a citation'),
});

// Documents that disagree about a project, an agreement or an organisation. Each statement is a
// record's citation (same source and quote), with what it says. One record of each kind at most: a
// project against the agreement another document reports, say.
export const seedDiscrepancySchema = z
  .strictObject({
    // Stable identity of the discrepancy: its id derives from it.
    key: slug,
    aspect: z.enum(DiscrepancyAspect),
    project: slug.optional(),
    agreement: slug.optional(),
    organisation: slug.optional(),
    note: z.string().min(1),
    statements: z
      .array(
        z.strictObject({
          source: slug.optional(),
          quote: z.string().min(1),
          reading: z.string().min(1),
          preferred: z.boolean().default(false),
          // Which citation of the quote the statement is, when more than one record or fact cites it:
          // "project", "agreement", "organisation" (the discrepancy's own record), "milestone:KIND:date"
          // or "measure:label" (of its project, keyed as the seed merges them), "project:slug" etc. for
          // another record, "project:slug/milestone:KIND:date" for another project's fact.
          on: z.string().min(1).optional(),
        }),
      )
      .min(2, 'a discrepancy sets two or more statements side by side'),
  })
  .refine((d) => d.project ?? d.agreement ?? d.organisation, {
    message: 'name the project, agreement or organisation the documents disagree about',
  });

export type SeedCitation = z.infer<typeof seedCitationSchema>;
export type SeedSource = z.infer<typeof seedSourceSchema>;
export type SeedTopic = z.infer<typeof seedTopicSchema>;
export type SeedOrganisation = z.infer<typeof seedOrganisationSchema>;
export type SeedMetric = z.infer<typeof seedMetricSchema>;
export type SeedObservation = z.infer<typeof seedObservationSchema>;
export type SeedProject = z.infer<typeof seedProjectSchema>;
export type SeedAgreement = z.infer<typeof seedAgreementSchema>;

/** A file under seeds/records/: the records one source document states (usually one file per source). */
export const seedRecordsFileSchema = z.strictObject({
  source: slug.optional(),
  organisations: z.array(seedOrganisationSchema).default([]),
  metrics: z.array(seedMetricSchema).default([]),
  projects: z.array(seedProjectSchema).default([]),
  agreements: z.array(seedAgreementSchema).default([]),
  discrepancies: z.array(seedDiscrepancySchema).default([]),
});
export type SeedRecordsFile = z.infer<typeof seedRecordsFileSchema>;

/** A citation after reading: its source resolved and the file it came from remembered for messages. */
export type ResolvedSeedCitation = SeedCitation & { source: string; file: string };
type WithCitations<T, K extends string = never> = Omit<T, 'citations' | K> & { citations: ResolvedSeedCitation[] };

export type DatasetObservation = WithCitations<SeedObservation>;
export type DatasetMetric = Omit<SeedMetric, 'observations'> & { observations: DatasetObservation[]; files: string[] };
export type DatasetOrganisation = WithCitations<SeedOrganisation> & { files: string[] };
export type DatasetProject = Omit<WithCitations<SeedProject>, 'milestones' | 'measures'> & {
  milestones: Array<WithCitations<SeedProject['milestones'][number]>>;
  measures: Array<WithCitations<SeedProject['measures'][number]>>;
  files: string[];
};
export type DatasetAgreement = WithCitations<SeedAgreement> & { files: string[] };
export type DatasetDiscrepancy = Omit<z.infer<typeof seedDiscrepancySchema>, 'statements'> & {
  statements: Array<z.infer<typeof seedDiscrepancySchema>['statements'][number] & { source: string }>;
  file: string;
};

/** The whole dataset after reading and merging the records files by slug. */
export type SeedDataset = {
  sources: Array<SeedSource & { text: string }>;
  topics: SeedTopic[];
  organisations: DatasetOrganisation[];
  metrics: DatasetMetric[];
  projects: DatasetProject[];
  agreements: DatasetAgreement[];
  discrepancies: DatasetDiscrepancy[];
};
