'use server';
// The change workflow's server actions. The data layer (lib/changes) checks permissions again,
// validates the record against its kind's schema and writes in a transaction.
import { sourceVersionText } from '@/lib/admin/queries';
import { refreshPublicPages } from '@/lib/cache/refresh-public-pages';
import {
  commentOnChange,
  decideChange,
  discardChange,
  proposeDeletion,
  rebaseChange,
  restoreRevision,
  saveChange,
  submitChange,
} from '@/lib/changes/changes';
import { saveFactChange } from '@/lib/changes/fact-changes';
import {
  changeRefSchema,
  commentInputSchema,
  decideInputSchema,
  deletionInputSchema,
  factChangeInputSchema,
  restoreInputSchema,
  saveChangeInputSchema,
} from '@/lib/changes/inputs';
import { AppError } from '@/lib/errors';
import { idSchema } from '@/lib/ids/uuid';
import { defineAction } from './define-action';

const savedChange = ({ id, version }: { id: string; version: number }) => ({ id, version });
const nothing = () => undefined;

export const saveChangeAction = defineAction({
  name: 'saveChange',
  permission: 'record.edit',
  schema: saveChangeInputSchema,
  run: async ({ db, actor, input }) => savedChange(await saveChange(db, actor, input)),
});

export const saveFactChangeAction = defineAction({
  name: 'saveFactChange',
  permission: 'record.edit',
  schema: factChangeInputSchema,
  run: async ({ db, actor, input }) => savedChange(await saveFactChange(db, actor, input)),
});

export const submitChangeAction = defineAction({
  name: 'submitChange',
  permission: 'record.edit',
  schema: changeRefSchema,
  run: ({ db, actor, input }) => submitChange(db, actor, input).then(nothing),
  revalidate: ['/admin', 'layout'],
});

export const discardChangeAction = defineAction({
  name: 'discardChange',
  permission: 'record.edit',
  schema: changeRefSchema,
  run: ({ db, actor, input }) => discardChange(db, actor, input).then(nothing),
});

export const rebaseChangeAction = defineAction({
  name: 'rebaseChange',
  permission: 'record.edit',
  schema: changeRefSchema,
  run: ({ db, actor, input }) => rebaseChange(db, actor, input).then(nothing),
});

export const decideChangeAction = defineAction({
  name: 'decideChange',
  permission: 'change.review',
  schema: decideInputSchema,
  run: ({ db, actor, input }) => decideChange(db, actor, input, { refreshPublicPages }).then(nothing),
});

/** The text of a source version, for the citation picker. Editors only. */
export const sourceTextAction = defineAction({
  name: 'sourceText',
  permission: 'record.edit',
  schema: idSchema,
  run: async ({ input }) => {
    const version = await sourceVersionText(input);
    if (!version) throw new AppError('NOT_FOUND', '找不到这份原始文件。');
    return version.text;
  },
});

export const restoreRevisionAction = defineAction({
  name: 'restoreRevision',
  permission: 'record.edit',
  schema: restoreInputSchema,
  run: async ({ db, actor, input }) => ({ id: (await restoreRevision(db, actor, input)).id }),
});

export const proposeDeletionAction = defineAction({
  name: 'proposeDeletion',
  permission: 'record.edit',
  schema: deletionInputSchema,
  run: async ({ db, actor, input }) => ({ id: (await proposeDeletion(db, actor, input)).id }),
});

export const commentAction = defineAction({
  name: 'commentOnChange',
  permission: 'admin.access',
  schema: commentInputSchema,
  run: ({ db, actor, input }) => commentOnChange(db, actor, input).then(nothing),
});
