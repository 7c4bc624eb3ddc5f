// schema.org JSON-LD for search engines: metrics as Datasets with their downloads and the source
// documents they cite, partners as Organizations, source documents as CreativeWorks.
type Source = { slug: string; title: string };

export function metricJsonLd(
  siteUrl: string,
  metric: {
    slug: string;
    nameZh: string;
    nameEn: string | null;
    unit: string;
    description: string;
    years: number[];
    sources: Source[];
  },
) {
  const url = `${siteUrl}/metrics/${metric.slug}`;
  const years = [...metric.years].sort((a, b) => a - b);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: metric.nameZh,
    ...(metric.nameEn ? { alternateName: metric.nameEn } : {}),
    description: metric.description || `重庆市江北区${metric.nameZh}（${metric.unit}）历年数据，每个数值附原文出处。`,
    url,
    inLanguage: 'zh-CN',
    isAccessibleForFree: true,
    spatialCoverage: '重庆市江北区',
    ...(years.length > 0 ? { temporalCoverage: `${years[0]}/${years[years.length - 1]}` } : {}),
    variableMeasured: { '@type': 'PropertyValue', name: metric.nameZh, unitText: metric.unit },
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${siteUrl}/data/metrics/${metric.slug}.csv` },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: `${siteUrl}/data/metrics/${metric.slug}.json`,
      },
    ],
    citation: uniqueSources(metric.sources).map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: `${siteUrl}/sources/${s.slug}`,
    })),
  };
}

export function organisationJsonLd(
  siteUrl: string,
  organisation: { slug: string; name: string; parent?: { name: string } | null },
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: organisation.name,
    url: `${siteUrl}/partners/${organisation.slug}`,
    ...(organisation.parent ? { parentOrganization: { '@type': 'Organization', name: organisation.parent.name } } : {}),
  };
}

export function sourceJsonLd(
  siteUrl: string,
  source: {
    slug: string;
    title: string;
    byline: string | null;
    publisher: string | null;
    statedDate: Date | null;
    news: boolean;
  },
) {
  return {
    '@context': 'https://schema.org',
    '@type': source.news ? 'NewsArticle' : 'CreativeWork',
    [source.news ? 'headline' : 'name']: source.title,
    url: `${siteUrl}/sources/${source.slug}`,
    inLanguage: 'zh-CN',
    ...(source.byline ? { author: { '@type': 'Person', name: source.byline } } : {}),
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    ...(source.statedDate ? { datePublished: source.statedDate.toISOString().slice(0, 10) } : {}),
  };
}

function uniqueSources(sources: Source[]): Source[] {
  return [...new Map(sources.map((s) => [s.slug, s])).values()];
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the tag. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
