// The agreement form's data: both sides as organisations, the date to the precision stated, cited.
import { z } from 'zod';
import { AgreementDomain, AgreementKind, AgreementSide } from '@/lib/generated/prisma/enums';
import { parsePartialDate } from '@/lib/dates/partial-date';
import { citationsField, optionalText, requiredText, slugField } from '../fields';

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
    parties: z
      .array(z.strictObject({ organisationId: z.string().uuid('请选择机构'), side: z.enum(AgreementSide) }))
      .min(2, '协议至少有两方')
      .max(20),
    citations: citationsField,
  })
  .superRefine((agreement, ctx) => {
    const sides = new Set(agreement.parties.map((p) => p.side));
    if (agreement.parties.length >= 2 && (!sides.has('JIANGBEI') || !sides.has('PARTNER'))) {
      ctx.addIssue({ code: 'custom', path: ['parties'], message: '须有江北一方和合作一方' });
    }
    const seen = new Set<string>();
    agreement.parties.forEach((party, index) => {
      if (seen.has(party.organisationId)) {
        ctx.addIssue({ code: 'custom', path: ['parties', index, 'organisationId'], message: '同一机构不能重复列出' });
      }
      seen.add(party.organisationId);
    });
  });

export type AgreementDraft = z.infer<typeof agreementDraftSchema>;
