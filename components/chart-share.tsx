// Below a metric's chart: the chart as SVG and PNG files, and the code that puts it on another
// site (an iframe of /embed/metrics/{slug}, the only pages other sites may frame). Plain links and
// a <details> element: public pages run no script.
import { escapeXml } from '@/lib/format/xml';

type Props = { slug: string; title: string; siteUrl: string };

export function ChartShare({ slug, title, siteUrl }: Props) {
  const snippet =
    `<iframe src="${siteUrl}/embed/metrics/${slug}" title="${escapeXml(title)} · 江北数据" ` +
    `width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
  return (
    <div className="chart-share">
      <p className="download-links">
        下载图表：
        <a href={`/metrics/${slug}/chart.svg`} download>
          SVG
        </a>{' '}
        ·{' '}
        <a href={`/metrics/${slug}/chart.png`} download>
          PNG
        </a>
      </p>
      <details className="chart-share__embed">
        <summary>嵌入此图表</summary>
        <p className="muted">把下面的代码粘贴到网页中，图表会随本站数据更新：</p>
        <textarea readOnly rows={4} aria-label="嵌入代码" value={snippet} spellCheck={false} />
      </details>
    </div>
  );
}
