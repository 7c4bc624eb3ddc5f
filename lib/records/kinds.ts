import 'server-only';
// The record kinds the editorial workflow knows, by RecordType.
import type { RecordType } from '@/lib/generated/prisma/enums';
import { AppError } from '@/lib/errors';
import { agreementKind } from './agreement/record';
import { metricKind } from './metric/record';
import { organisationKind } from './organisation/record';
import { projectKind } from './project/record';
import type { RecordKind } from './record-kind';
import { sourceKind } from './source/record';
import { topicKind } from './topic/record';

const kinds: Partial<Record<RecordType, RecordKind<unknown>>> = {
  TOPIC: topicKind as RecordKind<unknown>,
  ORGANISATION: organisationKind as RecordKind<unknown>,
  AGREEMENT: agreementKind as RecordKind<unknown>,
  METRIC: metricKind as RecordKind<unknown>,
  PROJECT: projectKind as RecordKind<unknown>,
  SOURCE_DOCUMENT: sourceKind as RecordKind<unknown>,
};

export function recordKind(recordType: RecordType): RecordKind<unknown> {
  const kind = kinds[recordType];
  if (!kind) throw new AppError('VALIDATION', '暂不支持编辑此类记录。');
  return kind;
}

/** The kind for a record type, or null where the workflow does not edit that type yet. */
export function recordKindOrNull(recordType: RecordType): RecordKind<unknown> | null {
  return kinds[recordType] ?? null;
}
