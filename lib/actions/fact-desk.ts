'use server';
// The fact desk's actions; lib/fact-desk checks permissions and input again.
import { decideSetAsideInputSchema, namesToDraftsInputSchema, setAsideInputSchema } from '@/lib/fact-desk/inputs';
import { decideSetAside, draftsFromNames, proposeSetAside } from '@/lib/fact-desk/writes';
import { defineAction } from './define-action';

const desk = { revalidate: ['/admin/sources', 'layout'] } as const;

export const proposeSetAsideAction = defineAction({
  ...desk,
  name: 'proposeSetAside',
  permission: 'record.edit',
  schema: setAsideInputSchema,
  run: async ({ db, actor, input }) => ({ id: (await proposeSetAside(db, actor, input)).id }),
});

export const decideSetAsideAction = defineAction({
  ...desk,
  name: 'decideSetAside',
  permission: 'change.review',
  schema: decideSetAsideInputSchema,
  run: ({ db, actor, input }) => decideSetAside(db, actor, input),
});

export const draftsFromNamesAction = defineAction({
  ...desk,
  name: 'draftsFromNames',
  permission: 'record.edit',
  schema: namesToDraftsInputSchema,
  run: ({ db, actor, input }) => draftsFromNames(db, actor, input),
});
