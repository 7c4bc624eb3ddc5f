// The OpenAPI 3.1 description of /api/v1/. Responses are tested against these schemas
// (tests/integration/api.test.ts), so the document and the API cannot drift apart unnoticed.
import { OrganisationKind } from '@/lib/generated/prisma/enums';
const nullableString = { type: ['string', 'null'] };
const decimal = { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$' };
const slug = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' };
const synonyms = { type: 'array', items: { type: 'string' }, description: 'Other names: abbreviations, English names' };
/** What a metric says of itself, in the list and in full. */
const metricSummaryRequired = ['slug', 'nameZh', 'nameEn', 'synonyms', 'unit', 'topic'];
const metricSummaryProperties = {
  slug,
  nameZh: { type: 'string' },
  nameEn: nullableString,
  synonyms,
  unit: { type: 'string' },
  topic: slug,
};
const page = (item: string) => ({
  type: 'object',
  additionalProperties: false,
  required: ['data', 'next'],
  properties: {
    data: { type: 'array', items: { $ref: `#/components/schemas/${item}` } },
    next: { ...nullableString, description: 'The next page (same filters), or null on the last page.' },
  },
});
const paging = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
  { name: 'cursor', in: 'query', schema: { type: 'string' }, description: "From the previous page's `next`." },
];
const errors = {
  '400': {
    description: 'A bad parameter',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
  '304': { description: 'Not modified (If-None-Match matched the ETag)' },
};
const list = (summary: string, item: string, filters: object[] = []) => ({
  get: {
    summary,
    parameters: [...filters, ...paging],
    responses: {
      '200': {
        description: summary,
        headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } },
        content: { 'application/json': { schema: page(item) } },
      },
      ...errors,
    },
  },
});
const filter = (name: string, description: string, schema: object = slug) => ({
  name,
  in: 'query',
  description,
  schema,
});

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: '江北数据 API',
    version: '1.0.0',
    description: 'Published figures about 江北区 with the exact quotes they come from. Read-only; only published data.',
  },
  paths: {
    '/api/v1/topics': list('Topics', 'Topic'),
    '/api/v1/metrics': list('Metrics', 'MetricSummary', [filter('topic', 'A topic slug')]),
    '/api/v1/metrics/{slug}': {
      get: {
        summary: 'A metric with every published observation and its citations',
        parameters: [{ name: 'slug', in: 'path', required: true, schema: slug }],
        responses: {
          '200': {
            description: 'The metric',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Metric' } } },
          },
          '404': {
            description: 'No such published metric',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
          ...errors,
        },
      },
    },
    '/api/v1/projects': list('Projects', 'Project', [
      filter('topic', 'A topic slug'),
      filter('status', 'Project status', {
        enum: ['PLANNED', 'SIGNED', 'STARTED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'IN_USE', 'UNKNOWN'],
      }),
    ]),
    '/api/v1/agreements': list('Partnership agreements', 'Agreement', [
      filter('partner', "The partner region's slug, e.g. deyang"),
      filter('year', 'Year signed', { type: 'string', pattern: '^(19|20)\\d{2}$' }),
    ]),
    '/api/v1/organisations': list('Organisations and places', 'Organisation', [
      filter('kind', 'Organisation kind', { type: 'string', enum: Object.values(OrganisationKind) }),
      filter('parent', "The parent organisation's slug"),
    ]),
    '/api/v1/sources': list('Source documents', 'Source'),
    '/api/v1/citations': list('Citations (by id)', 'Citation', [filter('source', "A source document's slug")]),
  },
  components: {
    schemas: {
      Error: {
        type: 'object',
        additionalProperties: false,
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            additionalProperties: false,
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
      Citation: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'source',
          'sourceTitle',
          'publisher',
          'sourceDate',
          'quote',
          'start',
          'end',
          'field',
          'page',
          'url',
        ],
        properties: {
          id: { type: 'string', format: 'uuid' },
          source: slug,
          sourceTitle: { type: 'string' },
          publisher: {
            type: ['string', 'null'],
            description: 'The publisher the document names; null where it does not',
          },
          sourceDate: {
            type: ['string', 'null'],
            pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
            description: 'The date the document states of itself, as precise as it states it; null where it does not',
          },
          quote: { type: 'string', minLength: 1 },
          start: { type: 'integer', minimum: 0, description: 'Unicode code point offset in the source text' },
          end: { type: 'integer', minimum: 1 },
          field: {
            type: ['string', 'null'],
            description:
              'The figure of an observation the quote supports (value, growthRate, rankStatement); null: the whole fact',
          },
          page: { type: ['integer', 'null'], minimum: 1, description: 'Page of the PDF original, if any' },
          url: { type: 'string', description: 'The highlighted passage on the source page' },
        },
      },
      Discrepancy: {
        type: 'object',
        additionalProperties: false,
        description: 'Documents that disagree about the record (its stage, a date, its name), side by side',
        required: ['id', 'aspect', 'note', 'statements'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          aspect: { enum: ['STATUS', 'DATE', 'NAME', 'COUNT', 'SCOPE'] },
          note: { type: 'string', description: "The editor's explanation, and why a statement is preferred" },
          statements: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['reading', 'preferred', 'citation'],
              properties: {
                reading: { type: 'string', description: 'What this statement says' },
                preferred: { type: 'boolean' },
                citation: { $ref: '#/components/schemas/Citation' },
              },
            },
          },
        },
      },
      Organisation: {
        type: 'object',
        additionalProperties: false,
        required: ['slug', 'name', 'shortName', 'kind', 'region', 'parent'],
        properties: {
          slug,
          name: { type: 'string' },
          shortName: nullableString,
          kind: { type: 'string' },
          region: nullableString,
          parent: { oneOf: [slug, { type: 'null' }] },
        },
      },
      Source: {
        type: 'object',
        additionalProperties: false,
        required: [
          'slug',
          'title',
          'kind',
          'byline',
          'publisher',
          'originalUrl',
          'statedDate',
          'estimatedDate',
          'datingNote',
          'retrievedOn',
          'language',
          'rightsNote',
          'sha256',
          'charCount',
          'url',
        ],
        properties: {
          slug,
          title: { type: 'string' },
          kind: { type: 'string' },
          byline: nullableString,
          publisher: nullableString,
          originalUrl: nullableString,
          statedDate: { type: ['string', 'null'], pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
          estimatedDate: { type: ['string', 'null'], pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
          datingNote: nullableString,
          retrievedOn: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          language: { type: 'string' },
          rightsNote: nullableString,
          sha256: { type: ['string', 'null'], pattern: '^[0-9a-f]{64}$' },
          charCount: { type: ['integer', 'null'], minimum: 0 },
          url: { type: 'string' },
        },
      },
      Topic: {
        type: 'object',
        additionalProperties: false,
        required: ['slug', 'nameZh', 'nameEn', 'description'],
        properties: { slug, nameZh: { type: 'string' }, nameEn: { type: 'string' }, description: { type: 'string' } },
      },
      MetricSummary: {
        type: 'object',
        additionalProperties: false,
        required: metricSummaryRequired,
        properties: metricSummaryProperties,
      },
      Observation: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'period',
          'periodLabel',
          'value',
          'qualifier',
          'basis',
          'isCumulative',
          'growthRate',
          'rankStatement',
          'ranks',
          'scope',
          'note',
          'discrepancy',
          'citations',
        ],
        properties: {
          id: { type: 'string', format: 'uuid' },
          period: { type: 'string', description: '2020, 2016/2020, 2020-H1, 2020-Q3, 2020-09 or 2020-12-31' },
          periodLabel: { type: 'string' },
          value: decimal,
          qualifier: { enum: ['EXACT', 'OVER', 'ABOUT', 'UNDER'] },
          basis: { enum: ['REPORTED', 'EXPECTED', 'TARGET'] },
          isCumulative: { type: 'boolean' },
          growthRate: { oneOf: [decimal, { type: 'null' }], description: 'Percent' },
          rankStatement: nullableString,
          ranks: {
            type: 'array',
            description: 'The ranks the rank statement states, read by rule: 全市第4位 → position 4 in 全市',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['statement', 'position', 'group', 'top'],
              properties: {
                statement: { type: 'string' },
                position: { type: 'integer', minimum: 1 },
                group: { type: 'string', description: 'What it is counted among, e.g. 全市 or 主城都市区中心城区' },
                top: { type: 'boolean', description: 'True for 前5: among the first `position`' },
              },
            },
          },
          scope: {
            type: ['string', 'null'],
            description:
              "The subject the value is about when narrower than the metric's (江北嘴金融核心区); null: the metric's own",
          },
          note: nullableString,
          discrepancy: {
            type: ['string', 'null'],
            format: 'uuid',
            description: "The id of the metric's `discrepancies` entry this value is in, if sources disagree",
          },
          citations: { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/Citation' } },
        },
      },
      ObservationDiscrepancy: {
        type: 'object',
        additionalProperties: false,
        description: 'Values that sources give differently, side by side; they may belong to different metrics',
        required: ['id', 'note', 'observations'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          note: { type: 'string', description: "The editor's explanation, and why a value is preferred" },
          observations: {
            type: 'array',
            minItems: 2,
            items: {
              type: 'object',
              additionalProperties: false,
              required: [
                'id',
                'metric',
                'metricName',
                'period',
                'periodLabel',
                'value',
                'unit',
                'scope',
                'rank',
                'url',
              ],
              properties: {
                id: { type: 'string', format: 'uuid' },
                metric: slug,
                metricName: { type: 'string' },
                period: { type: 'string' },
                periodLabel: { type: 'string' },
                value: decimal,
                unit: { type: 'string' },
                scope: nullableString,
                rank: { enum: ['PREFERRED', 'NORMAL', 'DEPRECATED'] },
                url: { type: 'string', description: "The value's row on its metric's page" },
              },
            },
          },
        },
      },
      Metric: {
        type: 'object',
        additionalProperties: false,
        required: [...metricSummaryRequired, 'observations', 'discrepancies'],
        properties: {
          ...metricSummaryProperties,
          observations: { type: 'array', items: { $ref: '#/components/schemas/Observation' } },
          discrepancies: { type: 'array', items: { $ref: '#/components/schemas/ObservationDiscrepancy' } },
        },
      },
      Project: {
        type: 'object',
        additionalProperties: false,
        required: [
          'slug',
          'name',
          'aliases',
          'kind',
          'status',
          'topic',
          'location',
          'investment',
          'citations',
          'discrepancies',
        ],
        properties: {
          slug,
          name: { type: 'string' },
          aliases: {
            type: 'array',
            items: { type: 'string' },
            description: 'Other names the documents use, each written in one of its quotes',
          },
          kind: { type: 'string' },
          status: { type: 'string' },
          topic: slug,
          location: nullableString,
          investment: {
            oneOf: [
              {
                type: 'object',
                additionalProperties: false,
                required: ['amount', 'unit', 'qualifier'],
                properties: {
                  amount: decimal,
                  unit: { type: 'string' },
                  qualifier: {
                    type: ['string', 'null'],
                    description: 'EXACT, OVER (超), ABOUT (约) or UNDER (不足); null where not recorded',
                  },
                },
              },
              { type: 'null' },
            ],
          },
          citations: { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/Citation' } },
          discrepancies: { type: 'array', items: { $ref: '#/components/schemas/Discrepancy' } },
        },
      },
      Agreement: {
        type: 'object',
        additionalProperties: false,
        required: [
          'slug',
          'title',
          'kind',
          'domain',
          'signedOn',
          'partnerRegion',
          'parties',
          'citations',
          'discrepancies',
        ],
        properties: {
          slug,
          title: { type: 'string' },
          kind: { type: 'string' },
          domain: { type: 'string' },
          signedOn: {
            type: ['string', 'null'],
            pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
            description: 'As precise as the source: YYYY, YYYY-MM or YYYY-MM-DD',
          },
          partnerRegion: { oneOf: [slug, { type: 'null' }] },
          parties: {
            type: 'array',
            minItems: 2,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['organisation', 'name', 'side'],
              properties: { organisation: slug, name: { type: 'string' }, side: { enum: ['JIANGBEI', 'PARTNER'] } },
            },
          },
          citations: { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/Citation' } },
          discrepancies: { type: 'array', items: { $ref: '#/components/schemas/Discrepancy' } },
        },
      },
    },
  },
} as const;
