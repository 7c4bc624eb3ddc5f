// The editorial write path against PostgreSQL: every role × action, validation of citations,
// optimistic concurrency, the four-eyes rule, approvals bound to content, atomic publishing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor-type';
import { anchorQuote } from '@/lib/citations';
import {
  commentOnChange,
  decideChange,
  discardChange,
  rebaseChange,
  saveChange,
  submitChange,
} from '@/lib/changes/changes';
import type { DecideInput } from '@/lib/changes/inputs';
import { createPrismaClient } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import { metricKind } from '@/lib/records/metric/record';
import { projectKind } from '@/lib/records/project/record';
import type { MetricDraft } from '@/lib/records/metric/schema';
import type { ProjectDraftInput } from '@/lib/records/project/schema';
import { seedDatabase } from '@/lib/seed/seed-database';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';
import { seedUser, withoutFactIds } from '@/tests/helpers/factories';

let database: TestDatabase;
const actors: Record<string, Actor> = {};
let source: { versionId: string; text: string };
let topicId: string;

async function makeActor(key: string, role: Role) {
  const user = await seedUser(database.db, {
    email: `${key}@test.local`,
    name: `测试${key}`,
    role,
    password: 'unused-Passw0rd-for-tests',
  });
  actors[key] = { id: user.id, email: user.email, role, address: '203.0.113.7' };
}

function cite(quote: string) {
  const anchored = anchorQuote(source.text, quote);
  if (!anchored.ok) throw new Error(anchored.message);
  return { sourceVersionId: source.versionId, ...anchored.anchor };
}

const QUOTE = '新年伊始，江北区2023年首批42个重点项目签约，投资总金额302.5亿元';
function newProject(slug: string, overrides: Partial<ProjectDraftInput> = {}): ProjectDraftInput {
  return {
    slug,
    name: `测试项目 ${slug}`,
    kind: 'PROGRAMME',
    projectStatus: 'SIGNED',
    topicId,
    investment: { amount: '302.5', unit: '亿元' },
    measures: [{ label: '签约项目', value: '42', unit: '个', citations: [cite(QUOTE)] }],
    milestones: [{ kind: 'SIGNED', date: '2023-01-09', citations: [cite('集中签约仪式于1月9日在江北嘴隆重举行')] }],
    citations: [cite(QUOTE)],
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const create = (actor: Actor | null, data: unknown) =>
  saveChange(database.db, actor, {
    recordType: 'PROJECT',
    recordId: null,
    baseVersion: null,
    changeId: null,
    changeVersion: null,
    data,
  });

async function submitted(actor: Actor, data: unknown) {
  const change = await create(actor, data);
  return submitChange(database.db, actor, { changeId: change.id, changeVersion: change.version });
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase({ databaseUrl: database.url });
  await makeActor('admin', 'ADMIN');
  await makeActor('admin2', 'ADMIN');
  await makeActor('editor', 'EDITOR');
  await makeActor('editor2', 'EDITOR');
  await makeActor('reviewer', 'REVIEWER');
  const document = await database.db.sourceDocument.findUniqueOrThrow({
    where: { slug: 'jiangbei-vision-to-reality' },
    select: { currentVersion: { select: { id: true, text: true } } },
  });
  source = { versionId: document.currentVersion!.id, text: document.currentVersion!.text };
  topicId = (await database.db.topic.findUniqueOrThrow({ where: { slug: 'investment' } })).id;
}, 120_000);

afterAll(async () => {
  await database.drop();
});

describe('role × action', () => {
  const cases: Array<[string, string, boolean]> = [
    ['admin', 'save', true],
    ['editor', 'save', true],
    ['reviewer', 'save', false],
    ['admin', 'approve', true],
    ['reviewer', 'approve', true],
    ['editor', 'approve', false],
    ['reviewer', 'request changes', true],
    ['editor', 'reject', false],
  ];
  let counter = 0;
  for (const [who, action, allowed] of cases) {
    it(`${who} ${allowed ? 'may' : 'may not'} ${action}`, async () => {
      counter += 1;
      const slug = `matrix-${counter}`;
      const author = who === 'editor' ? actors.editor2! : actors.editor!;
      const attempt = async () => {
        if (action === 'save') return create(actors[who]!, newProject(slug));
        const change = await submitted(author, newProject(slug));
        const outcome = action === 'approve' ? 'APPROVED' : action === 'reject' ? 'REJECTED' : 'CHANGES_REQUESTED';
        return decideChange(database.db, actors[who]!, {
          changeId: change.id,
          outcome,
          comment: '请补充',
          contentHash: change.contentHash,
        });
      };
      if (allowed) await expect(attempt()).resolves.toBeTruthy();
      else expect((await failure(attempt())).code).toBe('FORBIDDEN');
    });
  }

  it('refuses an anonymous caller for every action', async () => {
    const nobody = null;
    expect((await failure(create(nobody, newProject('anonymous')))).code).toBe('FORBIDDEN');
    const change = await submitted(actors.editor!, newProject('anonymous-2'));
    const decision = decideChange(database.db, nobody, {
      changeId: change.id,
      outcome: 'APPROVED',
      comment: '',
      contentHash: change.contentHash,
    });
    expect((await failure(decision)).code).toBe('FORBIDDEN');
    expect(
      (await failure(submitChange(database.db, nobody, { changeId: change.id, changeVersion: change.version }))).code,
    ).toBe('FORBIDDEN');
  });
});

describe('a change from draft to the public record', () => {
  it('stays out of the public tables until a reviewer approves, then publishes with history and audit', async () => {
    const change = await create(actors.editor!, newProject('journey'));
    expect(change.status).toBe('DRAFT');
    expect(await database.db.project.count({ where: { slug: 'journey' } })).toBe(0);

    const inReview = await submitChange(database.db, actors.editor!, {
      changeId: change.id,
      changeVersion: change.version,
    });
    expect(inReview.status).toBe('IN_REVIEW');
    expect(await database.db.project.count({ where: { slug: 'journey' } })).toBe(0);

    let refreshes = 0;
    const published = await decideChange(
      database.db,
      actors.reviewer!,
      { changeId: change.id, outcome: 'APPROVED', comment: '', contentHash: inReview.contentHash },
      { refreshPublicPages: () => void refreshes++ },
    );
    expect(published.status).toBe('PUBLISHED');
    const project = await database.db.project.findUniqueOrThrow({
      where: { slug: 'journey' },
      include: { measures: { include: { citations: true } }, milestones: true, citations: true },
    });
    expect(project.status).toBe('PUBLISHED');
    expect(project.investmentAmount?.toString()).toBe('302.5');
    expect(project.measures[0]?.citations[0]?.exact).toBe(QUOTE);
    expect(project.milestones[0]?.datePrecision).toBe('DAY');
    expect(refreshes).toBe(1);

    const revision = await database.db.revision.findFirstOrThrow({ where: { recordId: project.id } });
    expect(revision).toMatchObject({ version: 1, authorId: actors.editor!.id, reviewerId: actors.reviewer!.id });
    const actions = await database.db.auditEntry.findMany({ where: { changeId: change.id }, orderBy: { id: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual([
      'change.create',
      'change.submit',
      'change.approve',
      'record.publish',
    ]);
    expect(actions.every((a) => a.address === '203.0.113.7')).toBe(true);
  });
});

describe('validation', () => {
  it('reports bad fields by path and stores nothing', async () => {
    const before = await database.db.change.count();
    const error = await failure(
      create(actors.editor!, {
        ...newProject('Bad Slug'),
        investment: { amount: '-5', unit: '亿元' },
        milestones: [{ kind: 'SIGNED', date: '2020-02-30', citations: [cite(QUOTE)] }],
      }),
    );
    expect(error.code).toBe('VALIDATION');
    const fieldErrors = error.details.fieldErrors as Record<string, string>;
    expect(Object.keys(fieldErrors).sort()).toEqual(['investment.amount', 'milestones.0.date', 'slug']);
    expect(fieldErrors['milestones.0.date']).toContain('真实日期');
    expect(await database.db.change.count()).toBe(before);
  });

  it('refuses a quote that is not at its offsets and a value absent from its quotes', async () => {
    const moved = { ...cite(QUOTE), start: 3, end: 3 + [...QUOTE].length };
    const error = await failure(
      create(actors.editor!, {
        ...newProject('bad-citations'),
        citations: [moved],
        measures: [{ label: '签约项目', value: '43', unit: '个', citations: [cite(QUOTE)] }],
      }),
    );
    expect(error.details.fieldErrors).toEqual({
      'citations.0.exact': expect.stringContaining('不一致') as string,
      'measures.0.value': expect.stringContaining('43') as string,
    });
  });

  it('requires a verified citation for the record and every value', async () => {
    const error = await failure(create(actors.editor!, { ...newProject('uncited'), citations: [] }));
    expect(error.details.fieldErrors).toMatchObject({ citations: '至少需要一条经核验的引文' });
  });

  it('requires a comment to reject or request changes', async () => {
    const change = await submitted(actors.editor!, newProject('needs-comment'));
    const error = await failure(
      decideChange(database.db, actors.reviewer!, {
        changeId: change.id,
        outcome: 'REJECTED',
        comment: ' ',
        contentHash: change.contentHash,
      }),
    );
    expect(error.code).toBe('VALIDATION');
  });
});

describe('four eyes and content binding', () => {
  it('refuses an admin approving a change they authored or edited', async () => {
    const own = await submitted(actors.admin!, newProject('admin-own'));
    const decide = (change: { id: string; contentHash: string }) =>
      decideChange(database.db, actors.admin!, {
        changeId: change.id,
        outcome: 'APPROVED',
        comment: '',
        contentHash: change.contentHash,
      });
    expect((await failure(decide(own))).code).toBe('FORBIDDEN');

    const byEditor = await create(actors.editor!, newProject('admin-edited'));
    const edited = await saveChange(database.db, actors.admin!, {
      recordType: 'PROJECT',
      recordId: null,
      baseVersion: null,
      changeId: byEditor.id,
      changeVersion: byEditor.version,
      data: newProject('admin-edited', { name: '管理员改过的名称' }),
    });
    const inReview = await submitChange(database.db, actors.editor!, {
      changeId: edited.id,
      changeVersion: edited.version,
    });
    expect((await failure(decide(inReview))).code).toBe('FORBIDDEN');
    // Another admin who never edited it may approve.
    await expect(
      decideChange(database.db, actors.admin2!, {
        changeId: inReview.id,
        outcome: 'APPROVED',
        comment: '',
        contentHash: inReview.contentHash,
      }),
    ).resolves.toMatchObject({ status: 'PUBLISHED' });
  });

  it('voids an approval made on content that was edited after review', async () => {
    const change = await submitted(actors.editor!, newProject('hash-bound'));
    const error = await failure(
      decideChange(database.db, actors.reviewer!, {
        changeId: change.id,
        outcome: 'APPROVED',
        comment: '',
        contentHash: 'f'.repeat(64),
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(await database.db.project.count({ where: { slug: 'hash-bound' } })).toBe(0);
  });
});

describe('concurrency', () => {
  it('tells the author who saved their change first, refuses other editors, and keeps the first save', async () => {
    const change = await create(actors.editor!, newProject('two-editors'));
    const save = (actor: Actor, name: string) =>
      saveChange(database.db, actor, {
        recordType: 'PROJECT',
        recordId: null,
        baseVersion: null,
        changeId: change.id,
        changeVersion: change.version,
        data: newProject('two-editors', { name }),
      });
    // Another editor may not touch it at all (checklist 4); an admin may, and is named to the author.
    expect((await failure(save(actors.editor2!, '别人的修改'))).code).toBe('FORBIDDEN');
    await save(actors.admin!, '第一位编辑的名称');
    const error = await failure(save(actors.editor!, '第二位编辑的名称'));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('测试admin');
    const stored = await database.db.change.findUniqueOrThrow({ where: { id: change.id } });
    expect(stored.title).toBe('第一位编辑的名称');
  });

  it('refuses the second of two approvals from the same base, and loses neither change', async () => {
    const project = await database.db.project.findUniqueOrThrow({ where: { slug: 'beibin-road-east-extension' } });
    const current = (await database.db.$transaction((tx) => projectKind.load(tx, project.id)))!;
    const edit = (name: string) =>
      saveChange(database.db, actors.editor!, {
        recordType: 'PROJECT',
        recordId: project.id,
        baseVersion: current.version,
        changeId: null,
        changeVersion: null,
        data: { ...current.data, name },
      }).then((c) => submitChange(database.db, actors.editor!, { changeId: c.id, changeVersion: c.version }));
    const first = await edit('北滨路东延伸段（第一次修改）');
    const second = await edit('北滨路东延伸段（第二次修改）');
    const approve = (change: { id: string; contentHash: string }) =>
      decideChange(database.db, actors.reviewer!, {
        changeId: change.id,
        outcome: 'APPROVED',
        comment: '',
        contentHash: change.contentHash,
      });
    await approve(first);
    const error = await failure(approve(second));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('测试editor');
    expect((await database.db.project.findUniqueOrThrow({ where: { id: project.id } })).name).toBe(
      '北滨路东延伸段（第一次修改）',
    );
    expect((await database.db.change.findUniqueOrThrow({ where: { id: second.id } })).status).toBe('IN_REVIEW');
    // The author rebases the refused change on the new version; it goes back through review and can then be approved.
    const rebased = await rebaseChange(database.db, actors.editor!, {
      changeId: second.id,
      changeVersion: second.version,
    });
    expect(rebased).toMatchObject({ status: 'DRAFT', baseVersion: current.version + 1 });
    const resubmitted = await submitChange(database.db, actors.editor!, {
      changeId: second.id,
      changeVersion: rebased.version,
    });
    await approve(resubmitted);
    expect((await database.db.project.findUniqueOrThrow({ where: { id: project.id } })).name).toBe(
      '北滨路东延伸段（第二次修改）',
    );
    // A stale editor opening the old version is told too.
    const stale = await failure(
      saveChange(database.db, actors.editor2!, {
        recordType: 'PROJECT',
        recordId: project.id,
        baseVersion: current.version,
        changeId: null,
        changeVersion: null,
        data: current.data,
      }),
    );
    expect(stale.code).toBe('CONFLICT');
  });

  it('leaves the record, history and change untouched when the revision insert fails half-way', async () => {
    const project = await database.db.project.findUniqueOrThrow({ where: { slug: 'mixc-zhonghuan' } });
    const current = (await database.db.$transaction((tx) => projectKind.load(tx, project.id)))!;
    const saved = await saveChange(database.db, actors.editor!, {
      recordType: 'PROJECT',
      recordId: project.id,
      baseVersion: current.version,
      changeId: null,
      changeVersion: null,
      data: { ...current.data, name: '中环万象城（不会发布）' },
    });
    const change = await submitChange(database.db, actors.editor!, {
      changeId: saved.id,
      changeVersion: saved.version,
    });
    // A real fault in the middle of publishing: the revision the publish will write already exists.
    await database.db.revision.create({
      data: { recordType: 'PROJECT', recordId: project.id, version: current.version + 1, data: {} },
    });
    const before = { revisions: await database.db.revision.count(), audit: await database.db.auditEntry.count() };
    let refreshes = 0;
    const error = await decideChange(
      database.db,
      actors.reviewer!,
      { changeId: change.id, outcome: 'APPROVED', comment: '', contentHash: change.contentHash },
      { refreshPublicPages: () => void refreshes++ },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await database.db.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      name: project.name,
      version: project.version,
    });
    expect(await database.db.revision.count()).toBe(before.revisions);
    expect(await database.db.auditEntry.count()).toBe(before.audit);
    expect((await database.db.change.findUniqueOrThrow({ where: { id: change.id } })).status).toBe('IN_REVIEW');
    expect(await database.db.reviewDecision.count({ where: { changeId: change.id } })).toBe(0);
    expect(refreshes).toBe(0);
  });

  it('refreshes cached pages only after the commit, and a failing refresh never undoes a publish', async () => {
    const observer = createPrismaClient(database.url);
    try {
      const change = await submitted(actors.editor!, newProject('refresh-after-commit'));
      let visibleAtRefresh = false;
      await decideChange(
        database.db,
        actors.reviewer!,
        { changeId: change.id, outcome: 'APPROVED', comment: '', contentHash: change.contentHash },
        {
          refreshPublicPages: async () => {
            visibleAtRefresh = (await observer.project.count({ where: { slug: 'refresh-after-commit' } })) === 1;
            throw new Error('cache refresh failed');
          },
        },
      );
      expect(visibleAtRefresh).toBe(true);
      expect(await database.db.project.count({ where: { slug: 'refresh-after-commit', status: 'PUBLISHED' } })).toBe(1);
    } finally {
      await observer.$disconnect();
    }
  });

  it('lets exactly one of two concurrent approvals of the same record win', async () => {
    const project = await database.db.project.findUniqueOrThrow({ where: { slug: 'hongensi-library' } });
    const current = (await database.db.$transaction((tx) => projectKind.load(tx, project.id)))!;
    const propose = async (name: string) => {
      const saved = await saveChange(database.db, actors.editor!, {
        recordType: 'PROJECT',
        recordId: project.id,
        baseVersion: current.version,
        changeId: null,
        changeVersion: null,
        data: { ...current.data, name },
      });
      return submitChange(database.db, actors.editor!, { changeId: saved.id, changeVersion: saved.version });
    };
    const [a, b] = [await propose('鸿恩寺馆（甲）'), await propose('鸿恩寺馆（乙）')];
    const approve = (change: { id: string; contentHash: string }, reviewer: Actor) =>
      decideChange(database.db, reviewer, {
        changeId: change.id,
        outcome: 'APPROVED',
        comment: '',
        contentHash: change.contentHash,
      });
    const results = await Promise.allSettled([approve(a, actors.reviewer!), approve(b, actors.admin!)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((refused.reason as AppError).code).toBe('CONFLICT');
    const after = await database.db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(after.version).toBe(current.version + 1);
    expect(['鸿恩寺馆（甲）', '鸿恩寺馆（乙）']).toContain(after.name);
    expect(await database.db.revision.count({ where: { recordId: project.id } })).toBe(current.version + 1);
  });

  it('lets exactly one of two reviewers approving the same change at once publish it', async () => {
    const change = await submitted(actors.editor!, newProject('double-approval'));
    const approve = (reviewer: Actor) =>
      decideChange(database.db, reviewer, {
        changeId: change.id,
        outcome: 'APPROVED',
        comment: '',
        contentHash: change.contentHash,
      });
    const results = await Promise.allSettled([approve(actors.reviewer!), approve(actors.admin!)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await database.db.project.count({ where: { slug: 'double-approval' } })).toBe(1);
    expect(await database.db.reviewDecision.count({ where: { changeId: change.id } })).toBe(1);
  });

  it('lets only the author or an admin discard a draft', async () => {
    const change = await create(actors.editor!, newProject('discard-me'));
    const other = await failure(
      discardChange(database.db, actors.editor2!, { changeId: change.id, changeVersion: change.version }),
    );
    expect(other.code).toBe('FORBIDDEN');
    await discardChange(database.db, actors.editor!, { changeId: change.id, changeVersion: change.version });
    expect((await database.db.change.findUniqueOrThrow({ where: { id: change.id } })).status).toBe('DISCARDED');
  });
});

describe('metrics', () => {
  async function editMetric(slug: string, edit: (data: MetricDraft) => MetricDraft) {
    const metric = await database.db.metric.findUniqueOrThrow({ where: { slug } });
    const current = (await database.db.$transaction((tx) => metricKind.load(tx, metric.id)))!;
    const input = {
      recordType: 'METRIC' as const,
      recordId: metric.id,
      baseVersion: current.version,
      changeId: null,
      changeVersion: null,
      data: edit(structuredClone(current.data)),
    };
    return { metric, current, save: () => saveChange(database.db, actors.editor!, input) };
  }

  it('checks a growth rate against the quotes and refuses an observation of another metric', async () => {
    const other = await database.db.observation.findFirstOrThrow({
      where: { metric: { slug: 'all-caliber-tax-revenue' } },
    });
    const { save } = await editMetric('gdp', (data) => {
      const year2020 = data.observations.find((o) => o.period === '2020')!;
      year2020.growthRate = '4.9';
      data.observations[0]!.id = other.id;
      return data;
    });
    const error = await failure(save());
    const fieldErrors = error.details.fieldErrors as Record<string, string>;
    expect(Object.values(fieldErrors).some((m) => m.includes('4.9'))).toBe(true);
    expect(fieldErrors['observations.0.id']).toBe('编号已属于另一条记录');
  });

  it('seeds each quote assigned to the figure it states, and keeps an editor’s assignment through publish', async () => {
    const gdp = await database.db.metric.findUniqueOrThrow({ where: { slug: 'gdp' } });
    const year2019 = await database.db.observation.findFirstOrThrow({
      where: { metricId: gdp.id, periodLabel: '2019年' },
      // The form's order of citations.
      include: { citations: { orderBy: [{ sortOrder: 'asc' }, { startOffset: 'asc' }, { id: 'asc' }] } },
    });
    // "1240亿元、增长8%" states both figures: the quote supports the observation as a whole.
    expect(year2019.citations.map((c) => c.field)).toEqual([null, null]);
    const year2020 = await database.db.observation.findFirstOrThrow({
      where: { metricId: gdp.id, periodLabel: '2020年' },
      include: { citations: { orderBy: { startOffset: 'asc' } } },
    });
    const fields = new Map(year2020.citations.map((c) => [c.exact.includes('1325') ? 'value-quote' : c.id, c.field]));
    expect(fields.get('value-quote')).toBe('value');
    expect(year2020.citations.filter((c) => c.field === 'growthRate')).toHaveLength(1);

    // A quote marked as the growth rate's must state it.
    const wrong = await editMetric('gdp', (data) => {
      const o = data.observations.find((row) => row.period === '2020')!;
      const index = o.citations.findIndex((c) => c.exact.includes('1325'));
      o.citations[index] = { ...o.citations[index]!, field: 'growthRate' };
      return data;
    });
    const error = await failure(wrong.save());
    const fieldErrors = error.details.fieldErrors as Record<string, string>;
    const key = Object.keys(fieldErrors).find((k) => k.endsWith('.field'));
    expect(key).toMatch(/^observations\.\d+\.citations\.\d+\.field$/);
    expect(fieldErrors[key!]).toContain('增速');

    // An editor narrows a two-figure quote to the value; the citation keeps its id and gets the field.
    const narrowed = await editMetric('gdp', (data) => {
      const o = data.observations.find((row) => row.period === '2019')!;
      o.citations[0] = { ...o.citations[0]!, field: 'value' };
      return data;
    });
    const change = await submitChange(database.db, actors.editor!, {
      changeId: (await narrowed.save()).id,
      changeVersion: 1,
    });
    await decideChange(database.db, actors.reviewer!, {
      changeId: change.id,
      outcome: 'APPROVED',
      comment: '',
      contentHash: change.contentHash,
    });
    const after = await database.db.citation.findUniqueOrThrow({ where: { id: year2019.citations[0]!.id } });
    expect(after.field).toBe('value');
    expect(after.exact).toBe(year2019.citations[0]!.exact);
  });

  it('publishes an edited observation in place, keeping ids and discrepancy links, and deletes a removed one', async () => {
    const { metric, current, save } = await editMetric('new-market-entities', (data) => {
      data.observations[0]!.note = '编辑补充的说明';
      return data;
    });
    const before = await database.db.observation.findMany({ where: { metricId: metric.id }, orderBy: { id: 'asc' } });
    expect(before.every((o) => o.discrepancyId !== null)).toBe(true);
    const change = await submitChange(database.db, actors.editor!, { changeId: (await save()).id, changeVersion: 1 });
    await decideChange(database.db, actors.reviewer!, {
      changeId: change.id,
      outcome: 'APPROVED',
      comment: '',
      contentHash: change.contentHash,
    });
    const after = await database.db.observation.findMany({ where: { metricId: metric.id }, orderBy: { id: 'asc' } });
    expect(after.map((o) => [o.id, o.discrepancyId])).toEqual(before.map((o) => [o.id, o.discrepancyId]));
    expect(after.find((o) => o.id === current.data.observations[0]!.id)?.note).toBe('编辑补充的说明');

    // A value removed from the metric leaves its discrepancy, which needs two values to stand.
    const kept = current.data.observations[0]!.id!;
    const refused = await editMetric('new-market-entities', (data) => ({
      ...data,
      observations: data.observations.slice(0, 1),
    }));
    await expect(refused.save()).rejects.toMatchObject({
      details: { fieldErrors: { 'valueDiscrepancies.0.observationIds': '所选观测值已不在本指标中，请重新选择' } },
    });
    const second = await editMetric('new-market-entities', (data) => ({
      ...data,
      observations: data.observations.slice(0, 1),
      valueDiscrepancies: data.valueDiscrepancies.filter((d) => !d.observationIds.includes(kept)),
    }));
    const removal = await submitChange(database.db, actors.editor!, {
      changeId: (await second.save()).id,
      changeVersion: 1,
    });
    await decideChange(database.db, actors.reviewer!, {
      changeId: removal.id,
      outcome: 'APPROVED',
      comment: '',
      contentHash: removal.contentHash,
    });
    expect(await database.db.observation.count({ where: { metricId: metric.id } })).toBe(1);
    const revisions = await database.db.revision.findMany({
      where: { recordId: metric.id },
      orderBy: { version: 'asc' },
    });
    expect(revisions.map((r) => r.version)).toEqual([1, 2, 3]);
  });
});

describe('agreements, organisations and topics', () => {
  const orgId = async (slug: string) => (await database.db.organisation.findUniqueOrThrow({ where: { slug } })).id;
  const saveNew = (recordType: 'AGREEMENT' | 'ORGANISATION' | 'TOPIC', data: unknown) =>
    saveChange(database.db, actors.editor!, {
      recordType,
      recordId: null,
      baseVersion: null,
      changeId: null,
      changeVersion: null,
      data,
    });
  const publish = async (saved: { id: string; version: number }) => {
    const change = await submitChange(database.db, actors.editor!, {
      changeId: saved.id,
      changeVersion: saved.version,
    });
    return decideChange(database.db, actors.reviewer!, {
      changeId: change.id,
      outcome: 'APPROVED',
      comment: '',
      contentHash: change.contentHash,
    });
  };

  it('publishes an agreement with both sides, and warns when it is dated after its source', async () => {
    const yearbook = await database.db.sourceDocument.findUniqueOrThrow({
      where: { slug: 'jiangbei-yearbook-2020' },
      select: { currentVersion: { select: { id: true, text: true } } },
    });
    const anchored = anchorQuote(
      yearbook.currentVersion!.text,
      '重庆市江北区退役军人事务局和四川省德阳市退役军人事务局签订',
    );
    if (!anchored.ok) throw new Error(anchored.message);
    const citation = { sourceVersionId: yearbook.currentVersion!.id, ...anchored.anchor };
    const topic = (await database.db.topic.findUniqueOrThrow({ where: { slug: 'chengdu-chongqing' } })).id;
    const agreement = {
      slug: 'test-veterans-agreement',
      title: '测试协议',
      kind: 'FRAMEWORK',
      domain: 'OTHER',
      topicId: topic,
      partnerRegionId: await orgId('deyang'),
      signedOn: '2020-11-30',
      parties: [
        { organisationId: await orgId('jiangbei-veterans-affairs-bureau'), side: 'JIANGBEI' },
        { organisationId: await orgId('deyang-veterans-affairs-bureau'), side: 'PARTNER' },
      ],
      citations: [citation],
    };
    const oneSided = await failure(
      saveNew('AGREEMENT', { ...agreement, parties: agreement.parties.map((p) => ({ ...p, side: 'JIANGBEI' })) }),
    );
    expect(oneSided.details.fieldErrors).toMatchObject({ parties: '须有江北一方和合作一方' });

    // The quote's 11月30日 is read in the yearbook's year (2020): another day needs the editor's reason.
    const unexplained = await failure(saveNew('AGREEMENT', { ...agreement, signedOn: '2020-11-29' }));
    expect(unexplained.details.fieldErrors).toMatchObject({ periodReason: expect.stringContaining('2020') as string });
    await publish(await saveNew('AGREEMENT', agreement));
    const stored = await database.db.agreement.findUniqueOrThrow({
      where: { slug: 'test-veterans-agreement' },
      include: { parties: true, citations: true },
    });
    expect(stored).toMatchObject({ status: 'PUBLISHED', signedOnPrecision: 'DAY' });
    expect(stored.parties).toHaveLength(2);
    expect(stored.citations[0]?.exact).toBe(citation.exact);

    const { agreementKind } = await import('@/lib/records/agreement/record');
    const late = await database.db.$transaction((tx) =>
      agreementKind.warnings!(tx, { ...agreement, signedOn: '2030-01-01', summary: '' } as never),
    );
    const onTime = await database.db.$transaction((tx) =>
      agreementKind.warnings!(tx, { ...agreement, summary: '' } as never),
    );
    const yearbookDated = (
      await database.db.sourceDocument.findUniqueOrThrow({ where: { slug: 'jiangbei-yearbook-2020' } })
    ).statedDate;
    expect(late).toHaveLength(yearbookDated ? 1 : 0);
    expect(onTime).toEqual([]);
  });

  it('creates a new party organisation with the agreement, checked and with its own history', async () => {
    const existing = await database.db.agreement.findUniqueOrThrow({
      where: { slug: 'test-veterans-agreement' },
      include: { parties: true, citations: true },
    });
    const { agreementKind } = await import('@/lib/records/agreement/record');
    // A copy of another agreement, without the ids of its facts (those stay with that agreement).
    const base = {
      ...withoutFactIds((await database.db.$transaction((tx) => agreementKind.load(tx, existing.id)))!.data),
      periodReason: '测试：日期取自另一份文件',
    };
    const jiangbei = base.parties.find((p) => p.side === 'JIANGBEI')!;
    const withNew = (newOrganisation: Record<string, string>) => ({
      ...base,
      slug: 'test-new-party-agreement',
      parties: [jiangbei, { organisationId: '', newOrganisation, side: 'PARTNER' }],
    });
    const deyang = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'deyang' } });

    // Both a choice and a new organisation, neither, or a name that exists: refused at the field.
    const both = await failure(
      saveNew('AGREEMENT', {
        ...withNew({}),
        parties: [
          jiangbei,
          { organisationId: deyang.id, newOrganisation: { name: '甲', slug: 'jia', kind: 'REGION' }, side: 'PARTNER' },
        ],
      }),
    );
    expect(both.details.fieldErrors).toMatchObject({
      'parties.1.organisationId': '选择已有机构或新建机构，只能二选一',
    });
    const duplicate = await failure(
      saveNew('AGREEMENT', withNew({ name: deyang.name, slug: 'deyang-2', kind: 'REGION' })),
    );
    expect(duplicate.details.fieldErrors).toMatchObject({
      'parties.1.newOrganisation.name': expect.stringContaining('同名') as string,
    });

    const change = await saveNew(
      'AGREEMENT',
      withNew({
        name: '四川省测试市教育局',
        slug: 'test-city-education-bureau',
        kind: 'GOVERNMENT_BODY',
        region: '测试市',
      }),
    );
    expect(await database.db.organisation.count({ where: { slug: 'test-city-education-bureau' } })).toBe(0);
    await publish(change);

    const created = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'test-city-education-bureau' } });
    expect(created).toMatchObject({
      name: '四川省测试市教育局',
      kind: 'GOVERNMENT_BODY',
      region: '测试市',
      status: 'PUBLISHED',
    });
    const agreement = await database.db.agreement.findUniqueOrThrow({
      where: { slug: 'test-new-party-agreement' },
      include: { parties: true },
    });
    expect(agreement.parties.map((p) => p.organisationId)).toContain(created.id);
    const history = await database.db.revision.findMany({
      where: { recordType: 'ORGANISATION', recordId: created.id },
    });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ version: 1, authorId: actors.editor!.id, reviewerId: actors.reviewer!.id });
    expect(history[0]!.comment).toBe(`随合作协议《${agreement.title}》一并发布`);
  });

  it('keeps one record per organisation and refuses a parent loop', async () => {
    const deyang = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'deyang' } });
    const duplicate = await failure(
      saveNew('ORGANISATION', { slug: 'deyang-again', name: deyang.name, kind: 'REGION' }),
    );
    expect(duplicate.details.fieldErrors).toMatchObject({ name: expect.stringContaining('同名') as string });

    const sichuan = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'sichuan' } });
    const current = (await database.db.$transaction(async (tx) => {
      const { organisationKind } = await import('@/lib/records/organisation/record');
      return organisationKind.load(tx, sichuan.id);
    }))!;
    const loop = await failure(
      saveChange(database.db, actors.editor!, {
        recordType: 'ORGANISATION',
        recordId: sichuan.id,
        baseVersion: current.version,
        changeId: null,
        changeVersion: null,
        data: { ...current.data, parentId: deyang.id },
      }),
    );
    expect(loop.details.fieldErrors).toMatchObject({ parentId: '上级机构不能是它自己或它的下级' });
  });

  it('publishes a new topic', async () => {
    await publish(
      await saveNew('TOPIC', { slug: 'test-topic', nameZh: '测试专题', nameEn: 'Test topic', sortOrder: 99 }),
    );
    expect(await database.db.topic.findUniqueOrThrow({ where: { slug: 'test-topic' } })).toMatchObject({
      status: 'PUBLISHED',
      sortOrder: 99,
    });
  });
});

describe('hostile input (checklist 5 and 16)', () => {
  it('rejects extra keys such as status or authorId, and changes nothing', async () => {
    const before = await database.db.change.count();
    for (const extra of [
      { status: 'PUBLISHED' },
      { authorId: actors.admin!.id },
      { reviewerId: actors.reviewer!.id },
    ]) {
      const error = await failure(create(actors.editor!, { ...newProject('mass-assignment'), ...extra }));
      expect(error.code).toBe('VALIDATION');
    }
    const proto = JSON.parse(`{"__proto__": {"polluted": true}, "slug": "proto"}`) as object;
    expect((await failure(create(actors.editor!, { ...newProject('proto-test'), ...proto }))).code).toBe('VALIDATION');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(await database.db.change.count()).toBe(before);
  });

  it('answers wrong types and a 10 MB string with field errors, not a crash', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const cases: unknown[] = [
      { ...newProject('huge'), name: huge },
      { ...newProject('huge-2'), citations: [{ ...cite(QUOTE), exact: huge }] },
      { ...newProject('types'), name: 42, measures: 'not a list' },
      null,
      'a string',
    ];
    for (const data of cases) {
      const error = await failure(create(actors.editor!, data));
      expect(error.code).toBe('VALIDATION');
      expect(JSON.stringify(error.details).length).toBeLessThan(5000);
    }
  });

  it('refuses a malformed workflow input with a validation error, not a TypeError', async () => {
    const change = await submitted(actors.editor!, newProject('malformed-decision'));
    const decide = (input: unknown) => decideChange(database.db, actors.reviewer!, input as DecideInput);
    const valid = { changeId: change.id, outcome: 'REJECTED', comment: '请补充', contentHash: change.contentHash };
    const comment = await failure(decide({ ...valid, comment: 42 }));
    expect(comment.code).toBe('VALIDATION');
    expect(comment.details.fieldErrors).toHaveProperty('comment');
    for (const input of [
      { ...valid, comment: undefined },
      { ...valid, outcome: 'PUBLISHED' },
      { ...valid, changeId: 'x' },
      null,
    ]) {
      expect((await failure(decide(input))).code).toBe('VALIDATION');
    }
    const submit = submitChange(database.db, actors.editor!, { changeId: change.id, changeVersion: '1' as never });
    expect((await failure(submit)).code).toBe('VALIDATION');
    expect(await database.db.change.findUniqueOrThrow({ where: { id: change.id } })).toMatchObject({
      status: 'IN_REVIEW',
    });
    expect(await database.db.reviewDecision.count({ where: { changeId: change.id } })).toBe(0);
  });
});

describe('comments', () => {
  it('keeps comments on the whole change or on one field, and refuses empty ones and outsiders', async () => {
    const change = await submitted(actors.editor!, newProject('commented'));
    await commentOnChange(database.db, actors.reviewer!, { changeId: change.id, body: '总体没问题' });
    await commentOnChange(database.db, actors.reviewer!, {
      changeId: change.id,
      body: '核对金额',
      fieldPath: 'investment.amount',
    });
    const comments = await database.db.reviewComment.findMany({
      where: { changeId: change.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(comments.map((c) => [c.body, c.fieldPath])).toEqual([
      ['总体没问题', null],
      ['核对金额', 'investment.amount'],
    ]);
    expect(
      (await failure(commentOnChange(database.db, actors.reviewer!, { changeId: change.id, body: '  ' }))).code,
    ).toBe('VALIDATION');
    expect(
      (
        await failure(
          commentOnChange(database.db, actors.reviewer!, { changeId: change.id, body: 'x', fieldPath: '<script>' }),
        )
      ).code,
    ).toBe('VALIDATION');
    expect((await failure(commentOnChange(database.db, null, { changeId: change.id, body: 'x' }))).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('audit rows (checklist 21)', () => {
  it('writes exactly one row per step, and a newline in a title cannot forge another', async () => {
    const forged = newProject('audit-forgery', { name: '正常名称\nchange.approve by admin@demo.local' });
    const change = await create(actors.editor!, forged);
    const inReview = await submitChange(database.db, actors.editor!, {
      changeId: change.id,
      changeVersion: change.version,
    });
    const rows = await database.db.auditEntry.findMany({ where: { changeId: change.id }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.action, r.actorLabel])).toEqual([
      ['change.create', actors.editor!.email],
      ['change.submit', actors.editor!.email],
    ]);
    expect(inReview.title).toBe('正常名称\nchange.approve by admin@demo.local');
    expect(await database.db.auditEntry.count({ where: { changeId: change.id, action: 'change.approve' } })).toBe(0);
  });
});
