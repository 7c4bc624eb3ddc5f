import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor-type';
import { defineAction } from './define-action';

// The request's world, replaced: who is signed in, the audit table, and Next's request APIs.
const state = vi.hoisted(() => ({
  actor: null as Actor | null,
  audited: [] as unknown[],
  revalidated: [] as unknown[][],
}));
vi.mock('@/lib/auth/actor', () => ({ currentActor: async () => state.actor }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => null }));
vi.mock('@/lib/db', () => ({
  db: { auditEntry: { create: async (entry: unknown) => void state.audited.push(entry) } },
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));
vi.mock('next/cache', () => ({ revalidatePath: (...args: unknown[]) => void state.revalidated.push(args) }));

const editor: Actor = { id: 'e1', email: 'editor@example.org', role: 'EDITOR' };
const reviewer: Actor = { id: 'r1', email: 'reviewer@example.org', role: 'REVIEWER' };

function renameAction() {
  const run = vi.fn(async ({ input }: { input: { title: string } }) => input.title);
  const action = defineAction({
    name: 'rename',
    permission: 'record.edit',
    schema: z.strictObject({ title: z.string().trim().min(1, '请填写标题') }),
    run,
    revalidate: ['/admin', 'layout'],
  });
  return { action, run };
}

describe('defineAction', () => {
  beforeEach(() => {
    state.actor = editor;
    state.audited = [];
    state.revalidated = [];
  });

  it('runs the body on the parsed input and revalidates afterwards', async () => {
    const { action, run } = renameAction();
    expect(await action({ title: '  新标题 ' })).toEqual({ ok: true, value: '新标题' });
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ actor: editor, input: { title: '新标题' } }));
    expect(state.revalidated).toEqual([['/admin', 'layout']]);
  });

  it('answers input its schema refuses with field errors, and never runs the body', async () => {
    const { action, run } = renameAction();
    const result = await action({ title: '' });
    expect(result).toEqual({
      ok: false,
      code: 'VALIDATION',
      message: '请修正标出的字段。',
      fieldErrors: { title: '请填写标题' },
    });
    // A forged request of the wrong shape is refused the same way.
    expect(await action({ title: 42, extra: true } as never)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(run).not.toHaveBeenCalled();
    expect(state.revalidated).toEqual([]);
  });

  it('refuses an actor without the permission before reading the input, and audits the refusal', async () => {
    const { action, run } = renameAction();
    state.actor = reviewer;
    expect(await action({ title: '' })).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: '您没有执行此操作的权限。',
      fieldErrors: {},
    });
    state.actor = null;
    expect(await action({ title: 'x' })).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '请先登录。' });
    expect(run).not.toHaveBeenCalled();
    expect(state.audited).toHaveLength(2);
    expect(state.audited[0]).toMatchObject({ data: { action: 'access.refused', detail: { action: 'rename' } } });
  });

  it('takes its actor from the action when one is given, and no input when the schema wants none', async () => {
    const run = vi.fn(async ({ actor }: { actor: { id: string } | null }) => actor?.id ?? null);
    const action = defineAction({ name: 'whoami', schema: z.undefined(), actor: async () => ({ id: 'u9' }), run });
    expect(await action()).toEqual({ ok: true, value: 'u9' });
    expect(await action('surprise' as never)).toMatchObject({ ok: false, code: 'VALIDATION' });
  });
});
