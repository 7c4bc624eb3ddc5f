import 'server-only';
// Which text of a source document the public reads. A version's text goes public only when a
// reviewer approves the change that names it (lib/records/source); the public version is then the
// highest approved version, except that it stays on an older approved version while published
// citations still point at it, so no reader loses a highlighted passage while the changes moving
// those citations wait for review. An unapproved version is never public.
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/** Moves each document's public version as the rule above says; documents without approval stay as they are. */
export async function settlePublicVersions(tx: Tx, documentIds: string[]) {
  for (const documentId of new Set(documentIds)) {
    const document = await tx.sourceDocument.findUnique({
      where: { id: documentId },
      select: {
        currentVersion: { select: { id: true, number: true, approvedAt: true } },
        versions: {
          where: { approvedAt: { not: null } },
          orderBy: { number: 'desc' },
          take: 1,
          select: { id: true, number: true },
        },
      },
    });
    const highest = document?.versions[0];
    if (!document || !highest) continue;
    const current = document.currentVersion;
    const keepCurrent =
      current !== null &&
      current.approvedAt !== null &&
      current.number < highest.number &&
      (await tx.citation.count({ where: { sourceVersionId: current.id } })) > 0;
    if (!keepCurrent && current?.id !== highest.id) {
      await tx.sourceDocument.update({ where: { id: documentId }, data: { currentVersionId: highest.id } });
    }
  }
}

/** After a record is published: the documents it cites may move on to their newest approved version. */
export async function settleCitedSources(tx: Tx, citedVersionIds: string[]) {
  if (citedVersionIds.length === 0) return;
  const versions = await tx.sourceVersion.findMany({
    where: { id: { in: citedVersionIds } },
    select: { documentId: true },
  });
  await settlePublicVersions(
    tx,
    versions.map((version) => version.documentId),
  );
}

/**
 * Refuses to publish a record whose citations point at source text no reviewer approved: approving
 * the record would otherwise put the whole unreviewed document in front of the public.
 */
export async function refuseUnapprovedSources(tx: Tx, citedVersionIds: string[]) {
  const problem = await unapprovedSourceNote(tx, citedVersionIds);
  if (problem) throw new AppError('CONFLICT', problem);
}

/** The reviewer's note about cited source versions still waiting for approval, or null. */
export async function unapprovedSourceNote(tx: Tx, citedVersionIds: string[]): Promise<string | null> {
  if (citedVersionIds.length === 0) return null;
  const pending = await tx.sourceVersion.findMany({
    where: { id: { in: citedVersionIds }, approvedAt: null },
    orderBy: { number: 'asc' },
    select: { number: true, document: { select: { title: true } } },
  });
  if (pending.length === 0) return null;
  const names = pending.map((version) => `《${version.document.title}》第 ${version.number} 版`).join('、');
  return `引文所在的原始文件${names}尚未审核通过：请先批准该文件版本的修改，再批准这项修改。`;
}
