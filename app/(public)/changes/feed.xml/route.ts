// The public change feed as Atom: what was published recently, each entry linking to its record.
import { env } from '@/lib/env';
import { escapeXml } from '@/lib/format/xml';
import { listRecentChanges } from '@/lib/public/home';

export const dynamic = 'force-dynamic';

export async function GET() {
  const base = env.siteUrl();
  const changes = await listRecentChanges(50);
  const updated = (changes[0]?.publishedAt ?? new Date(0)).toISOString();
  const entries = changes
    .map(
      (change) => `  <entry>
    <id>${base}/changes#${change.id}</id>
    <title>${escapeXml(`${change.kind}：${change.label}`)}</title>
    <link href="${escapeXml(base + change.href)}"/>
    <updated>${change.publishedAt.toISOString()}</updated>
  </entry>`,
    )
    .join('\n');
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${base}/changes</id>
  <title>江北数据 · 最近发布</title>
  <link rel="self" href="${base}/changes/feed.xml"/>
  <link href="${base}/changes"/>
  <updated>${updated}</updated>
${entries}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
