import Link from 'next/link';
import { formatDayZh } from '@/lib/format/date-time';

/**
 * When a public record last changed, the way to its history of published versions, and (shown to
 * signed-in editors only, see app/api/editor-tools.css) the way to edit it.
 */
export function RecordUpdated({ updatedAt, href, editHref }: { updatedAt: Date; href: string; editHref: string }) {
  return (
    <p className="muted">
      最后更新：{formatDayZh(updatedAt)} · <Link href={`${href}/history`}>修改历史</Link>
      <EditorLink href={editHref} label="编辑" />
    </p>
  );
}

/** A link for editors only: hidden for everyone else by the public stylesheet. */
export function EditorLink({ href, label }: { href: string; label: string }) {
  return (
    <a className="editor-only" href={href} rel="nofollow">
      {label}
    </a>
  );
}
