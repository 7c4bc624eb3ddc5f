import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { WithdrawnNotices } from '@/components/withdrawn-notices';
import { isUuid } from '@/lib/ids/uuid';
import { resolveCitationLink } from '@/lib/public/history';

// A citation's permanent address: the highlighted passage while the citation stands, a notice of
// when and why once it was withdrawn. Resolved on every request: it is one indexed lookup.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: '引文', robots: { index: false } };

export default async function CitationPage({ params }: Props) {
  const { id } = await params;
  const link = isUuid(id) ? await resolveCitationLink(id) : null;
  if (!link) notFound();
  if (link.kind === 'live') redirect(link.href);
  return (
    <article className="withdrawn-page">
      <h1>引文已撤回</h1>
      <WithdrawnNotices notices={[link.notice]} prefix="cite" />
      <p>
        <Link href="/sources">全部原始文件</Link>
      </p>
    </article>
  );
}
