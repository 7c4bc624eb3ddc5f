// A record's discrepancies between documents (来源分歧) in the form's shape: what the documents
// disagree about, the editor's note, and two or more statements, each an existing citation (of this
// record or another) with what it says. Part of the project, agreement and organisation schemas,
// so a discrepancy is reviewed, published and kept in the history with its record.
import { z } from 'zod';
import { DiscrepancyAspect } from '@/lib/generated/prisma/enums';
import { factIdField, requiredText } from './fields';

/** Below this many characters a note cannot say why one statement is preferred. */
export const PREFERRED_NOTE_MIN = 10;

export const discrepancyStatementSchema = z.strictObject({
  id: factIdField,
  // Seeded citations carry md5-derived ids, which are not RFC 4122 versions (see factIdField).
  citationId: z.guid('请为这条表述选择一条引文'),
  reading: requiredText('该文件的说法', 200),
  preferred: z.boolean().default(false),
});

export const recordDiscrepancySchema = z
  .strictObject({
    id: factIdField,
    aspect: z.enum(DiscrepancyAspect, '请选择分歧所涉方面'),
    note: requiredText('说明', 2000),
    statements: z.array(discrepancyStatementSchema).min(2, '至少需要两条表述才能构成分歧').max(10, '表述最多 10 条'),
  })
  .superRefine((discrepancy, ctx) => {
    const preferred = discrepancy.statements.filter((s) => s.preferred).length;
    if (preferred > 1) {
      ctx.addIssue({ code: 'custom', path: ['statements'], message: '最多只能有一条表述标为优先采用' });
    }
    if (preferred === 1 && [...discrepancy.note.trim()].length < PREFERRED_NOTE_MIN) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `已标出优先采用的表述，请在说明中写明理由（至少 ${PREFERRED_NOTE_MIN} 个字）`,
      });
    }
    const seen = new Set<string>();
    discrepancy.statements.forEach((statement, index) => {
      if (statement.citationId && seen.has(statement.citationId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['statements', index, 'citationId'],
          message: '这条引文已在本分歧中列出',
        });
      }
      seen.add(statement.citationId);
    });
  });

/** The list a record's schema holds, under the key `recordDiscrepancies`. */
export const recordDiscrepanciesField = z.array(recordDiscrepancySchema).max(20, '来源分歧最多 20 条').default([]);

export type RecordDiscrepancyInput = z.infer<typeof recordDiscrepancySchema>;
export type DiscrepancyStatementInput = z.infer<typeof discrepancyStatementSchema>;

export const emptyStatement = (): DiscrepancyStatementInput => ({ citationId: '', reading: '', preferred: false });

/** A new discrepancy before the editor chooses anything: two empty statements, the least there can be. */
export const emptyDiscrepancy = (): RecordDiscrepancyInput => ({
  aspect: 'STATUS',
  note: '',
  statements: [emptyStatement(), emptyStatement()],
});
