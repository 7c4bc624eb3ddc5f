import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/errors';
import { toActionResult } from './action-result';

describe('toActionResult', () => {
  afterEach(() => vi.restoreAllMocks());

  it('passes on a data-layer error as its message and field errors', async () => {
    const result = await toActionResult('save', async () => {
      throw new AppError('VALIDATION', '请修正标出的字段。', { fieldErrors: { slug: '请填写网址标识' } });
    });
    expect(result).toEqual({
      ok: false,
      code: 'VALIDATION',
      message: '请修正标出的字段。',
      fieldErrors: { slug: '请填写网址标识' },
    });
  });

  it('records a refused authorization once, and still answers with the refusal', async () => {
    const refusals: string[] = [];
    const result = await toActionResult(
      'decideChange',
      async () => {
        throw new AppError('FORBIDDEN', '您没有执行此操作的权限。');
      },
      async (action) => void refusals.push(action),
    );
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(refusals).toEqual(['decideChange']);
  });

  it('turns an unexpected failure (a database error) into a short message without SQL or a stack', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await toActionResult('save', async () => {
      throw new Error(
        'Invalid `prisma.project.update()` invocation: SELECT * FROM "Project" WHERE ... at /srv/lib/x.ts:1',
      );
    });
    expect(result).toEqual({
      ok: false,
      code: 'INTERNAL',
      message: '保存失败，请稍后再试。您的输入仍保留在表单中。',
      fieldErrors: {},
    });
    expect(JSON.stringify(result)).not.toMatch(/SELECT|prisma|\.ts/);
    expect(logged).toHaveBeenCalledOnce();
  });
});
