// The agreement form's data: both sides as organisations, the date to the precision stated, cited.
import { z } from 'zod';
import { AgreementDomain, AgreementKind, AgreementSide } from '@/lib/generated/prisma/enums';
import { parsePartialDate } from '@/lib/dates/partial-date';
import { isUuid } from '@/lib/ids/uuid';
import { citationsField, factIdField, optionalText, periodReasonField, requiredText, slugField } from '../fields';
import { recordDiscrepanciesField } from '../discrepancy-schema';
import { organisationDraftSchema } from '../organisation/schema';

/** A party that has no organisation record yet: the organisation is created when the agreement is published. */
export const newPartyOrganisationSchema = organisationDraftSchema.pick({
  slug: true,
  name: true,
  kind: true,
  region: true,
});
export type NewPartyOrganisation = z.infer<typeof newPartyOrganisationSchema>;

export const agreementPartySchema = z.strictObject({
  id: factIdField,
  // '' when the party is a new organisation.
  organisationId: z
    .string()
    .refine((value) => value === '' || isUuid(value), '请选择机构')
    .default(''),
  newOrganisation: newPartyOrganisationSchema.nullable().default(null),
  side: z.enum(AgreementSide),
});

export const agreementDraftSchema = z
  .strictObject({
    slug: slugField,
    title: requiredText('协议名称'),
    kind: z.enum(AgreementKind, '请选择协议类型'),
    domain: z.enum(AgreementDomain, '请选择领域'),
    topicId: z.string().uuid('请选择专题'),
    partnerRegionId: z.string().uuid('请选择合作地区').nullable().default(null),
    // Empty when the text gives no date; otherwise as precise as the text: 2020, 2020-09 or 2020-09-27.
    signedOn: z
      .string()
      .trim()
      .refine(
        (value) => value === '' || parsePartialDate(value) !== null,
        '日期格式为 2020、2020-09 或 2020-09-27，且须是真实日期',
      )
      .default(''),
    summary: optionalText('摘要'),
    parties: z.array(agreementPartySchema).min(2, '协议至少有两方').max(20),
    citations: citationsField,
    // For the signing date, checked against the citations like an observation's period.
    periodReason: periodReasonField,
    recordDiscrepancies: recordDiscrepanciesField,
  })
  .superRefine((agreement, ctx) => {
    const sides = new Set(agreement.parties.map((p) => p.side));
    if (agreement.parties.length >= 2 && (!sides.has('JIANGBEI') || !sides.has('PARTNER'))) {
      ctx.addIssue({ code: 'custom', path: ['parties'], message: '须有江北一方和合作一方' });
    }
    const seen = new Set<string>();
    agreement.parties.forEach((party, index) => {
      if ((party.organisationId === '') === (party.newOrganisation === null)) {
        const message = party.newOrganisation ? '选择已有机构或新建机构，只能二选一' : '请选择机构';
        ctx.addIssue({ code: 'custom', path: ['parties', index, 'organisationId'], message });
        return;
      }
      const key = party.newOrganisation ? `new:${party.newOrganisation.name}` : party.organisationId;
      if (seen.has(key)) {
        const path = party.newOrganisation
          ? ['parties', index, 'newOrganisation', 'name']
          : ['parties', index, 'organisationId'];
        ctx.addIssue({ code: 'custom', path, message: '同一机构不能重复列出' });
      }
      seen.add(key);
    });
  });

export type AgreementDraft = z.infer<typeof agreementDraftSchema>;

/** A new record's form before the editor types anything. */
export const emptyAgreement = (): AgreementDraft => ({
  slug: '',
  title: '',
  kind: 'FRAMEWORK',
  domain: 'COMPREHENSIVE',
  topicId: '',
  partnerRegionId: null,
  signedOn: '',
  summary: '',
  parties: [
    { organisationId: '', newOrganisation: null, side: 'JIANGBEI' },
    { organisationId: '', newOrganisation: null, side: 'PARTNER' },
  ],
  citations: [],
  periodReason: '',
  recordDiscrepancies: [],
});
