'use server';
// The discrepancy forms' choices: read-only, for editors. A statement may cite any verified
// citation, so the form looks other records' citations up by words of their quote; a value
// discrepancy names another metric's observations it holds.
import { z } from 'zod';
import { describeCitations, searchCitations } from '@/lib/admin/citation-search';
import { observationNames } from '@/lib/records/names';
import { defineAction } from './define-action';

export const searchCitationsAction = defineAction({
  name: 'searchCitations',
  permission: 'record.edit',
  schema: z.string().trim().min(1, '请输入引文中的几个字').max(100, '搜索词不能超过 100 个字符'),
  run: ({ input }) => searchCitations(input),
});

export const describeCitationsAction = defineAction({
  name: 'describeCitations',
  permission: 'record.edit',
  schema: z.array(z.guid()).max(200),
  run: ({ input }) => describeCitations(input),
});

export const describeObservationsAction = defineAction({
  name: 'describeObservations',
  permission: 'record.edit',
  schema: z.array(z.guid()).max(200),
  run: async ({ input }) => Object.fromEntries(await observationNames(input)),
});
