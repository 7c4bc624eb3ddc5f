import { describe, expect, it } from 'vitest';
import { jsonLdText, metricJsonLd } from './structured-data';

describe('structured data', () => {
  it('describes a metric as a Dataset with its downloads and cited sources', () => {
    const data = metricJsonLd('https://example.org', {
      slug: 'gdp',
      nameZh: '地区生产总值',
      nameEn: 'Gross regional product',
      unit: '亿元',
      description: '',
      years: [2022, 2016, 2020],
      sources: [
        { slug: 'a', title: '文件甲' },
        { slug: 'a', title: '文件甲' },
        { slug: 'b', title: '文件乙' },
      ],
    });
    expect(data).toMatchObject({
      '@type': 'Dataset',
      temporalCoverage: '2016/2022',
      distribution: [
        { contentUrl: 'https://example.org/data/metrics/gdp.csv' },
        { encodingFormat: 'application/json' },
      ],
    });
    expect(data.citation).toHaveLength(2);
  });

  it('cannot be used to close the script tag', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
