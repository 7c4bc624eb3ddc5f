// The integrity rules written by hand at the end of the initial migration (what Prisma's schema
// language cannot say) hold whatever code path writes: the Prisma client or plain SQL.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';

const TEXT = '地区生产总值1325亿元，增长3.9%。';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('database integrity rules', () => {
  let database: TestDatabase;
  let sql: pg.Client;
  let userId: string;
  let documentId: string;
  let otherDocumentId: string;
  let versionId: string;
  let topicId: string;
  let metricId: string;
  let observationId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { db } = database;
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();

    userId = (
      await db.user.create({
        data: { email: 'guard@example.test', name: 'Guard', role: 'EDITOR', passwordHash: 'not-a-real-hash' },
      })
    ).id;
    documentId = (await db.sourceDocument.create({ data: { slug: 'guard-source', title: '测试文件', kind: 'OTHER' } }))
      .id;
    otherDocumentId = (
      await db.sourceDocument.create({ data: { slug: 'guard-other', title: '另一文件', kind: 'OTHER' } })
    ).id;
    versionId = (
      await db.sourceVersion.create({
        data: {
          documentId,
          number: 1,
          fileName: 'guard.txt',
          text: TEXT,
          sha256: sha256(TEXT),
          charCount: [...TEXT].length,
          importedById: userId,
        },
      })
    ).id;
    await db.sourceDocument.update({ where: { id: documentId }, data: { currentVersionId: versionId } });
    topicId = (await db.topic.create({ data: { slug: 'guard', nameZh: '测试', nameEn: 'Guard' } })).id;
    metricId = (await db.metric.create({ data: { slug: 'guard-gdp', nameZh: '地区生产总值', unit: '亿元', topicId } }))
      .id;
    observationId = (
      await db.observation.create({
        data: {
          metricId,
          periodKind: 'YEAR',
          periodStart: new Date('2020-01-01'),
          periodEnd: new Date('2020-12-31'),
          periodLabel: '2020年',
          value: '1325',
        },
      })
    ).id;
  });
  afterAll(async () => {
    await sql?.end();
    await database?.drop();
  });

  // '地区生产总值1325亿元' is code points 0–12 of TEXT.
  const citation = (
    targets: Record<string, string>,
    anchor: { startOffset: number; endOffset: number; exact: string } = {
      startOffset: 0,
      endOffset: 12,
      exact: '地区生产总值1325亿元',
    },
  ) => ({ sourceVersionId: versionId, ...anchor, ...targets });

  describe('Citation', () => {
    it('accepts a citation with exactly one target', async () => {
      await expect(database.db.citation.create({ data: citation({ observationId }) })).resolves.toMatchObject({
        observationId,
      });
      await expect(database.db.citation.create({ data: citation({ metricId }) })).resolves.toMatchObject({ metricId });
    });

    it('refuses a citation with two targets', async () => {
      await expect(database.db.citation.create({ data: citation({ observationId, metricId }) })).rejects.toThrow(
        /Citation_exactly_one_target_check/,
      );
    });

    it('refuses a citation with no target', async () => {
      await expect(database.db.citation.create({ data: citation({}) })).rejects.toThrow(
        /Citation_exactly_one_target_check/,
      );
    });

    it('refuses a citation whose end offset is not after its start, or whose start is negative', async () => {
      for (const [startOffset, endOffset] of [
        [5, 5],
        [6, 5],
        [-1, 5],
      ] as const) {
        await expect(
          database.db.citation.create({
            data: citation({ observationId }, { startOffset, endOffset, exact: '总值' }),
          }),
          `offsets ${startOffset}–${endOffset}`,
        ).rejects.toThrow(/Citation_offsets_check/);
      }
    });

    it('refuses an empty quote', async () => {
      await expect(
        database.db.citation.create({ data: citation({ observationId }, { startOffset: 0, endOffset: 1, exact: '' }) }),
      ).rejects.toThrow(/Citation_exact_not_empty_check/);
    });

    it('refuses to delete a source version that citations quote', async () => {
      await database.db.citation.create({ data: citation({ metricId }) });
      await expect(sql.query('DELETE FROM "SourceVersion" WHERE id = $1', [versionId])).rejects.toThrow(
        /Citation_sourceVersionId_fkey/,
      );
    });
  });

  describe('Observation', () => {
    it('refuses a period that ends before it starts, and accepts a one-day period', async () => {
      const observation = (periodStart: string, periodEnd: string) => ({
        metricId,
        periodKind: 'DAY' as const,
        periodStart: new Date(periodStart),
        periodEnd: new Date(periodEnd),
        periodLabel: '2020年',
        value: '1',
      });
      await expect(database.db.observation.create({ data: observation('2020-12-31', '2020-01-01') })).rejects.toThrow(
        /Observation_period_order_check/,
      );
      await expect(
        database.db.observation.create({ data: observation('2020-12-31', '2020-12-31') }),
      ).resolves.toMatchObject({ metricId });
    });
  });

  describe('dates and their precision come together', () => {
    const agreement = (slug: string, dated: { signedOn?: Date; signedOnPrecision?: 'DAY' | 'MONTH' | 'YEAR' }) => ({
      slug,
      title: '协议',
      kind: 'OTHER' as const,
      domain: 'OTHER' as const,
      topicId,
      ...dated,
    });

    it('refuses an agreement date without its precision, or a precision without a date', async () => {
      await expect(
        database.db.agreement.create({ data: agreement('guard-a1', { signedOn: new Date('2020-05-19') }) }),
      ).rejects.toThrow(/Agreement_signed_on_precision_check/);
      await expect(
        database.db.agreement.create({ data: agreement('guard-a2', { signedOnPrecision: 'DAY' }) }),
      ).rejects.toThrow(/Agreement_signed_on_precision_check/);
    });

    it('accepts an agreement with both or neither', async () => {
      await expect(
        database.db.agreement.create({
          data: agreement('guard-a3', { signedOn: new Date('2020-05-19'), signedOnPrecision: 'DAY' }),
        }),
      ).resolves.toMatchObject({ signedOnPrecision: 'DAY' });
      await expect(database.db.agreement.create({ data: agreement('guard-a4', {}) })).resolves.toMatchObject({
        signedOn: null,
      });
    });

    it('refuses a source document date without its precision, or a precision without a date', async () => {
      await expect(
        database.db.sourceDocument.update({ where: { id: documentId }, data: { statedDate: new Date('2021-01-05') } }),
      ).rejects.toThrow(/SourceDocument_stated_date_precision_check/);
      await expect(
        database.db.sourceDocument.update({ where: { id: documentId }, data: { statedDatePrecision: 'YEAR' } }),
      ).rejects.toThrow(/SourceDocument_stated_date_precision_check/);
      await expect(
        database.db.sourceDocument.update({
          where: { id: documentId },
          data: { statedDate: new Date('2021-01-01'), statedDatePrecision: 'YEAR' },
        }),
      ).resolves.toMatchObject({ statedDatePrecision: 'YEAR' });
    });
  });

  describe('SourceVersion', () => {
    it('never changes the stored text, its hash, its length, its document or its number', async () => {
      const edits = [
        { text: '地区生产总值1326亿元，增长3.9%。' },
        { sha256: sha256('something else') },
        { charCount: 1 },
        { documentId: otherDocumentId },
        { number: 2 },
      ];
      for (const data of edits) {
        await expect(
          database.db.sourceVersion.update({ where: { id: versionId }, data }),
          `update of ${Object.keys(data).join()}`,
        ).rejects.toThrow(/SourceVersion text is immutable/);
      }
      await expect(sql.query(`UPDATE "SourceVersion" SET "text" = "text" || 'x'`)).rejects.toThrow(/immutable/);
      const stored = await database.db.sourceVersion.findUniqueOrThrow({ where: { id: versionId } });
      expect(stored).toMatchObject({
        text: TEXT,
        sha256: sha256(TEXT),
        charCount: [...TEXT].length,
        documentId,
        number: 1,
      });
    });

    it('still lets metadata that is not the text be corrected', async () => {
      await expect(
        database.db.sourceVersion.update({
          where: { id: versionId },
          data: { note: '已校对', fileName: 'guard-2.txt' },
        }),
      ).resolves.toMatchObject({ note: '已校对', fileName: 'guard-2.txt', text: TEXT });
    });

    it('numbers versions from 1', async () => {
      await expect(
        database.db.sourceVersion.create({
          data: {
            documentId: otherDocumentId,
            number: 0,
            fileName: 'zero.txt',
            text: '零',
            sha256: sha256('零'),
            charCount: 1,
          },
        }),
      ).rejects.toThrow(/SourceVersion_number_check/);
    });
  });

  describe('Revision', () => {
    it('numbers record versions from 1', async () => {
      await expect(
        database.db.revision.create({ data: { recordType: 'TOPIC', recordId: topicId, version: 0, data: {} } }),
      ).rejects.toThrow(/Revision_version_check/);
    });
  });

  describe('AuditEntry', () => {
    it('is append-only: no update, delete or truncate, through Prisma or plain SQL', async () => {
      const entry = await database.db.auditEntry.create({
        data: { actorId: userId, actorLabel: 'guard@example.test', action: 'guard.check', detail: { a: 1 } },
      });
      await expect(
        database.db.auditEntry.update({ where: { id: entry.id }, data: { action: 'forged' } }),
      ).rejects.toThrow(/AuditEntry is append-only/);
      await expect(database.db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(
        /AuditEntry is append-only/,
      );
      await expect(sql.query(`UPDATE "AuditEntry" SET "actorLabel" = 'someone else'`)).rejects.toThrow(
        /AuditEntry is append-only/,
      );
      await expect(sql.query('DELETE FROM "AuditEntry"')).rejects.toThrow(/AuditEntry is append-only/);
      await expect(sql.query('TRUNCATE "AuditEntry"')).rejects.toThrow(/AuditEntry is append-only/);

      const stored = await database.db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } });
      expect(stored).toEqual(entry);
      // A user who has audit entries cannot be deleted (the foreign key restricts it) — deactivate instead.
      await expect(database.db.user.delete({ where: { id: userId } })).rejects.toThrow(/AuditEntry_actorId_fkey/);
      // Appending still works.
      await expect(
        database.db.auditEntry.create({ data: { actorLabel: 'system', action: 'guard.again' } }),
      ).resolves.toMatchObject({ action: 'guard.again' });
    });
  });
});
