'use server';
// The discrepancy form's citation choices: read-only, for editors. A statement may cite any
// verified citation, so the form looks other records' citations up by words of their quote.
import { z } from 'zod';
import { describeCitations, searchCitations } from '@/lib/admin/citation-search';
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
