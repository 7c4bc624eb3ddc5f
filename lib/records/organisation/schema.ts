// The organisation form's data: one row per real body or place, with its parent and region.
import { z } from 'zod';
import { OrganisationKind } from '@/lib/generated/prisma/enums';
import { recordDiscrepanciesField } from '../discrepancy-schema';
import { citationField, optionalText, requiredText, slugField } from '../fields';

export const organisationDraftSchema = z.strictObject({
  slug: slugField,
  name: requiredText('全称', 120),
  shortName: optionalText('简称', 60),
  aliases: z.array(requiredText('别名', 60)).max(20).default([]),
  kind: z.enum(OrganisationKind, '请选择类型'),
  region: optionalText('所在地区', 60),
  parentId: z.string().uuid('请选择上级机构').nullable().default(null),
  description: optionalText('说明'),
  // Optional: an organisation is often only named; a description with figures should be cited.
  citations: z.array(citationField).max(20).default([]),
  recordDiscrepancies: recordDiscrepanciesField,
});

export type OrganisationDraft = z.infer<typeof organisationDraftSchema>;

/** A new record's form before the editor types anything. */
export const emptyOrganisation = (): OrganisationDraft => ({
  slug: '',
  name: '',
  shortName: '',
  aliases: [],
  kind: 'GOVERNMENT_BODY',
  region: '',
  parentId: null,
  description: '',
  citations: [],
  recordDiscrepancies: [],
});
