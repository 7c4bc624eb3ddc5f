import 'server-only';
// What the change workflow needs to know about one kind of record. Each kind lives in its own
// folder (schema.ts for the form and server, record.ts for reading and publishing).
import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { RecordStatus, RecordType } from '@/lib/generated/prisma/enums';
import type { FieldErrors } from './field-errors';
import type { CitedValue } from './verify-citations';
import type { CitedPeriod } from './verify-periods';

export type LoadedRecord<T> = { data: T; version: number; status: RecordStatus; deletedAt: Date | null };
/** A record created along with the one being published (an agreement's new party organisation). */
export type CompanionRecord = { recordType: RecordType; recordId: string };

export type WriteInput<T> = {
  /** null for a new record */
  id: string | null;
  data: T;
  expectedVersion: number | null;
  /** The record as it is now (as `load` gives it), null for a new record. */
  current: T | null;
  /** Records created along with this one are added here, to be given their own revision. */
  companions: CompanionRecord[];
  now: Date;
};

export type RecordKind<T> = {
  recordType: RecordType;
  /** The Chinese noun for messages and lists: 项目, 指标, … */
  label: string;
  schema: z.ZodType<T, unknown>;
  title: (data: T) => string;
  load: (tx: Tx, id: string) => Promise<LoadedRecord<T> | null>;
  /**
   * Writes the record's published state; returns its id (new for a create). An update matches the
   * expected version in its WHERE clause, so a concurrent publish makes it fail (P2025), never overwrite.
   * Facts are written in place against `current` (see sync-facts.ts).
   */
  write: (tx: Tx, input: WriteInput<T>) => Promise<string>;
  citedValues: (data: T) => CitedValue[];
  /** Periods and dates the record states, checked against their quotes' context. */
  citedPeriods?: (data: T) => CitedPeriod[];
  /** Field errors for values that must be unique among records (slugs). */
  uniqueChecks: (tx: Tx, id: string | null, data: T) => Promise<FieldErrors>;
  /** Things a reviewer should look at that do not block publishing (e.g. a date after its source). */
  warnings?: (tx: Tx, data: T) => Promise<string[]>;
  setDeleted: (tx: Tx, id: string, deletedAt: Date | null, expectedVersion: number) => Promise<void>;
};
