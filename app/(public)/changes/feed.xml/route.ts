// The public change feed as Atom: what was published recently and what it changed (old → new),
// each entry linking to its record and to that version in the record's history.
import { env } from '@/lib/env';
import { escapeXml } from '@/lib/format/xml';
import { listRecentChanges } from '@/lib/public/home';

export const dynamic = 'force-dynamic';

export async function GET() {
  const base = env.siteUrl();
  const changes = await listRecentChanges(50);
  const updated = (changes[0]?.publishedAt ?? new Date(0)).toISOString();
  const entries = changes
    .map((change) => {
      const { title, lines } = change.summary;
      // A record taken down has no page left: its entry points at the list of changes.
      const link = change.href ? base + change.href : `${base}/changes#${change.id}`;
      const history = change.historyHref && base + change.historyHref;
      const summary = [...lines, history && `修改历史：${history}`].filter(Boolean).join('\n');
      return [
        '  <entry>',
        `    <id>${base}/changes#${change.id}</id>`,
        `    <title>${escapeXml(title)}</title>`,
        `    <link href="${escapeXml(link)}"/>`,
        history && `    <link rel="related" href="${escapeXml(history)}"/>`,
        `    <updated>${change.publishedAt.toISOString()}</updated>`,
        `    <summary type="text">${escapeXml(summary || title)}</summary>`,
        '  </entry>',
      ]
        .filter(Boolean)
        .join('\n');
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${base}/changes</id>
  <title>江北数据 · 最近发布</title>
  <link rel="self" href="${base}/changes/feed.xml"/>
  <link href="${base}/changes"/>
  <updated>${updated}</updated>
  <author><name>江北数据</name></author>
${entries}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
