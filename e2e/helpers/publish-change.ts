// Publishes a change through the data layer (save → submit → approve, as the admin pages do) for
// specs that need a published edit without driving the editor's form; without a reviewer, the
// change is left in review. The data layer is
// server-only, so specs run this in a process of its own: see publishChange in data-layer.ts.
import { readFileSync } from 'node:fs';
import type { Actor } from '@/lib/auth/actor-type';
import { decideChange, saveChange, submitChange } from '@/lib/changes/changes';
import type { SaveChangeInput } from '@/lib/changes/inputs';
import { createPrismaClient } from '@/lib/db/client';

async function main() {
  const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
  const { editor, reviewer, input } = JSON.parse(readFileSync(0, 'utf8')) as {
    editor: Actor;
    reviewer: Actor | null;
    input: SaveChangeInput;
  };
  try {
    const saved = await saveChange(db, editor, input);
    const submitted = await submitChange(db, editor, { changeId: saved.id, changeVersion: saved.version });
    if (!reviewer) return void process.stdout.write(JSON.stringify({ changeId: saved.id }));
    await decideChange(db, reviewer, {
      changeId: saved.id,
      outcome: 'APPROVED',
      comment: '',
      contentHash: submitted.contentHash,
    });
    const published = await db.change.findUniqueOrThrow({ where: { id: saved.id }, select: { recordId: true } });
    process.stdout.write(JSON.stringify(published));
  } finally {
    await db.$disconnect();
  }
}

void main();
