import 'server-only';
// A fact removed by a published change leaves a notice behind: its id keeps answering with what it
// said, when it was withdrawn and why (the change's public reason), so shared links never go blank.
import type { Tx } from '@/lib/db/client';
import type { RecordType } from '@/lib/generated/prisma/enums';
import type { Fact } from '@/lib/records/facts';
import { factDelta } from '@/lib/records/sync-facts';

/** A short text saying what the fact stated: the quote, "2021年 1600亿元", "长度 11.2公里". */
function factLabel(fact: Fact, record: Record<string, unknown>, organisationNames: Map<string, string>): string {
  const v = fact.value as Record<string, string | undefined>;
  switch (fact.type) {
    case 'CITATION':
      return v.exact ?? '';
    case 'OBSERVATION':
      return `${v.periodLabel ?? v.period ?? ''} ${v.value ?? ''}${typeof record.unit === 'string' ? record.unit : ''}`;
    case 'MEASURE':
      return `${v.label ?? ''} ${v.value ?? ''}${v.unit ?? ''}`;
    case 'MILESTONE':
      return [v.date, v.note].filter(Boolean).join(' ');
    case 'PARTY':
      return organisationNames.get(v.organisationId ?? '') ?? v.organisationId ?? '';
  }
}

export async function recordWithdrawnFacts(
  tx: Tx,
  input: {
    recordType: RecordType;
    recordId: string;
    before: unknown;
    after: unknown;
    changeId: string;
    reason: string | null;
    at: Date;
  },
) {
  const removed = factDelta(input.before, input.after).removed();
  if (removed.length === 0) return;
  const partyOrganisations = removed.flatMap((fact) =>
    fact.type === 'PARTY' ? [String((fact.value as { organisationId?: string }).organisationId)] : [],
  );
  const organisations = partyOrganisations.length
    ? await tx.organisation.findMany({ where: { id: { in: partyOrganisations } }, select: { id: true, name: true } })
    : [];
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  const record = (input.before ?? {}) as Record<string, unknown>;
  await tx.withdrawnFact.createMany({
    data: removed.map((fact) => ({
      factId: fact.id,
      factType: fact.type,
      recordType: input.recordType,
      recordId: input.recordId,
      label: factLabel(fact, record, names),
      sourceVersionId:
        fact.type === 'CITATION' ? String((fact.value as { sourceVersionId: string }).sourceVersionId) : null,
      changeId: input.changeId,
      reason: input.reason,
      withdrawnAt: input.at,
    })),
  });
}
