// Which side limited a load run, read from the CPU each side used (./cpu.ts): a side whose
// process kept its core busy was saturated. The app's database work runs in PostgreSQL, outside the
// server process, so a server whose process and the rest of the machine together kept the machine
// busy was limited on the server's side too; when nothing was busy, both waited (one connection's
// round trips, or locks).
import { CORES } from './cpu';
import type { LoadResult } from './load';

const BUSY_PERCENT = 85;
const MACHINE_BUSY_PERCENT = 75;

export const cpuPercent = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)}%` : '—');

export function saturatedSide({ cpu }: LoadResult): string {
  if (cpu.generator >= BUSY_PERCENT) return 'generator (wrk)';
  if (cpu.server >= BUSY_PERCENT) return 'server';
  if (cpu.server + cpu.other >= MACHINE_BUSY_PERCENT * CORES) return 'server + PostgreSQL';
  return 'neither (waiting)';
}
