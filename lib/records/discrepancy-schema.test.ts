import { describe, expect, it } from 'vitest';
import { projectDraftSchema, emptyProject } from './project/schema';
import { recordDiscrepancySchema } from './discrepancy-schema';
import { withFactIds } from './facts';
import { diffRecords } from './record-diff';
import { fieldErrorsOf } from './field-errors';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const statement = (citationId: string, reading: string, preferred = false) => ({ citationId, reading, preferred });
const discrepancy = (overrides: Record<string, unknown> = {}) => ({
  aspect: 'STATUS',
  note: '年鉴说已建成，报道说初具规模，无从判断，均不作首选。',
  statements: [statement(A, '已建成'), statement(B, '初具规模')],
  ...overrides,
});
const errorsOf = (input: unknown) => {
  const parsed = recordDiscrepancySchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe('a record discrepancy as the form and the server parse it', () => {
  it('accepts two statements with readings and a note', () => {
    expect(errorsOf(discrepancy())).toEqual({});
  });

  it('refuses fewer than two statements', () => {
    expect(errorsOf(discrepancy({ statements: [statement(A, '已建成')] }))).toEqual({
      statements: '至少需要两条表述才能构成分歧',
    });
  });

  it('requires a reading and a citation for every statement, and a note', () => {
    expect(errorsOf(discrepancy({ note: ' ', statements: [statement('', ''), statement(B, '初具规模')] }))).toEqual({
      note: '请填写说明',
      'statements.0.citationId': '请为这条表述选择一条引文',
      'statements.0.reading': '请填写该文件的说法',
    });
  });

  it('allows at most one preferred statement', () => {
    const both = discrepancy({ statements: [statement(A, '已建成', true), statement(B, '初具规模', true)] });
    expect(errorsOf(both)).toEqual({ statements: '最多只能有一条表述标为优先采用' });
  });

  it('asks for the reason in the note when one statement is preferred', () => {
    const preferred = [statement(A, '已建成', true), statement(B, '初具规模')];
    expect(errorsOf(discrepancy({ note: '以年鉴为准', statements: preferred }))).toEqual({
      note: '已标出优先采用的表述，请在说明中写明理由（至少 10 个字）',
    });
    expect(
      errorsOf(discrepancy({ note: '以年鉴为准：年鉴写明了建成时间和进驻企业。', statements: preferred })),
    ).toEqual({});
  });

  it('refuses the same citation twice in one discrepancy', () => {
    expect(errorsOf(discrepancy({ statements: [statement(A, '已建成'), statement(A, '初具规模')] }))).toEqual({
      'statements.1.citationId': '这条引文已在本分歧中列出',
    });
  });

  it('refuses an unknown aspect and unknown keys', () => {
    expect(errorsOf(discrepancy({ aspect: 'COLOUR' }))).toEqual({ aspect: '请选择分歧所涉方面' });
    expect(Object.keys(errorsOf(discrepancy({ projectId: A })))).toEqual(['']);
  });
});

describe('discrepancies in a project record', () => {
  it('default to none, and get ids for themselves and their statements when saved', () => {
    const project = projectDraftSchema.parse({
      ...emptyProject(),
      slug: 'p',
      name: '项目',
      topicId: A,
      citations: [{ sourceVersionId: A, exact: '建成', start: 0, end: 2 }],
      recordDiscrepancies: undefined,
    });
    expect(project.recordDiscrepancies).toEqual([]);
    let n = 0;
    const ids = withFactIds({ ...project, recordDiscrepancies: [discrepancy()] }, () => `id-${++n}`);
    const saved = ids.recordDiscrepancies[0] as { id?: string; statements: Array<{ id?: string }> };
    expect(saved.id).toMatch(/^id-/);
    expect(saved.statements.map((s) => s.id)).toEqual(expect.arrayContaining([expect.stringMatching(/^id-/)]));
    expect(new Set([saved.id, ...saved.statements.map((s) => s.id)]).size).toBe(3);
  });

  it('diff by id and are named by their aspect and readings', () => {
    const withIds = (d: ReturnType<typeof discrepancy>) => ({
      ...d,
      id: A,
      statements: (d.statements as Array<ReturnType<typeof statement>>).map((s, i) => ({ ...s, id: [A, B][i] })),
    });
    const before = { recordDiscrepancies: [withIds(discrepancy())] };
    const after = {
      recordDiscrepancies: [
        withIds(discrepancy({ statements: [statement(A, '已建成并投用'), statement(B, '初具规模')] })),
      ],
    };
    const rows = diffRecords(before, after, new Map([[A, '“已建成”（年鉴）']])).filter((r) => r.kind !== 'unchanged');
    expect(rows).toEqual([
      expect.objectContaining({
        label: '来源分歧 进展 › 表述 「已建成并投用」 › 说法',
        before: '已建成',
        after: '已建成并投用',
      }),
    ]);
  });
});
