// An editor and a reviewer for workflow tests, and the submit-then-approve step they share.
import type { Actor } from '@/lib/auth/actor-type';
import { decideChange, submitChange } from '@/lib/changes/changes';
import type { Db } from '@/lib/db/client';
import { seedUser } from './factories';

export async function seedEditorAndReviewer(db: Db): Promise<{ editor: Actor; reviewer: Actor }> {
  const password = 'a long enough passphrase';
  const e = await seedUser(db, { email: 'workflow-editor@test.local', role: 'EDITOR', password });
  const r = await seedUser(db, { email: 'workflow-reviewer@test.local', role: 'REVIEWER', password });
  return {
    editor: { id: e.id, email: e.email, role: 'EDITOR' },
    reviewer: { id: r.id, email: r.email, role: 'REVIEWER' },
  };
}

/** The editor submits the change as it stands; the reviewer approves exactly that content. */
export async function submitAndApprove(db: Db, editor: Actor, reviewer: Actor, changeId: string) {
  const change = await db.change.findUniqueOrThrow({ where: { id: changeId } });
  const submitted = await submitChange(db, editor, { changeId, changeVersion: change.version });
  return decideChange(db, reviewer, {
    changeId,
    outcome: 'APPROVED',
    comment: '',
    contentHash: submitted.contentHash,
  });
}
