import 'server-only';
// A topic as one record.
import type { Tx } from '@/lib/db/client';
import type { RecordKind, WriteInput } from '../record-kind';
import { topicDraftSchema, type TopicDraft } from './schema';

async function load(tx: Tx, id: string) {
  const row = await tx.topic.findUnique({ where: { id } });
  if (!row) return null;
  const data: TopicDraft = {
    slug: row.slug,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    description: row.description,
    sortOrder: row.sortOrder,
  };
  return { data, version: row.version, status: row.status, deletedAt: row.deletedAt };
}

async function write(tx: Tx, { id, data, expectedVersion }: WriteInput<TopicDraft>) {
  if (id === null) return (await tx.topic.create({ data: { ...data, status: 'PUBLISHED' }, select: { id: true } })).id;
  await tx.topic.update({
    where: { id, version: expectedVersion ?? -1 },
    data: { ...data, version: { increment: 1 } },
  });
  return id;
}

export const topicKind: RecordKind<TopicDraft> = {
  recordType: 'TOPIC',
  label: '专题',
  schema: topicDraftSchema,
  title: (data) => data.nameZh,
  load,
  write,
  citedValues: () => [],
  uniqueChecks: async (tx, id, data) => {
    const notSelf = id ? { id: { not: id } } : {};
    const [slug, name] = await Promise.all([
      tx.topic.findFirst({ where: { slug: data.slug, ...notSelf }, select: { id: true } }),
      tx.topic.findFirst({ where: { nameZh: data.nameZh, ...notSelf }, select: { id: true } }),
    ]);
    const errors: Record<string, string> = {};
    if (slug) errors.slug = '该网址标识已被另一个专题使用';
    if (name) errors.nameZh = '已有同名专题';
    return errors;
  },
  setDeleted: async (tx, id, deletedAt, expectedVersion) => {
    await tx.topic.update({ where: { id, version: expectedVersion }, data: { deletedAt, version: { increment: 1 } } });
  },
};
