// The editorial rules, named once: who may work on a change and who may decide it. The data layer
// enforces them (with a message for each refusal) and the admin pages use them to offer only what
// will be allowed.
import { can } from '@/lib/auth/permissions';
import type { ChangeStatus, Role } from '@/lib/generated/prisma/enums';

type Person = { id: string; role: Role };
type Status = { status: ChangeStatus };
type Authored = { authorId: string };
type Edited = Authored & { revisions: readonly { editorId: string }[] };

/** Statuses in which the author may still change the content, submit or discard a change. */
export const EDITABLE_STATUSES = ['DRAFT', 'CHANGES_REQUESTED'] as const satisfies readonly ChangeStatus[];
/** Statuses of a change not yet decided: it may still be moved onto a newer record version. */
const OPEN_STATUSES = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED'] as const satisfies readonly ChangeStatus[];

export function isEditable(change: Status): boolean {
  return (EDITABLE_STATUSES as readonly ChangeStatus[]).includes(change.status);
}

export function isOpen(change: Status): boolean {
  return (OPEN_STATUSES as readonly ChangeStatus[]).includes(change.status);
}

/** A change is its author's: only they (or an admin) work on it; everyone else comments. */
export function ownsChange(actor: Person, change: Authored): boolean {
  return change.authorId === actor.id || actor.role === 'ADMIN';
}

/** Four eyes: whoever wrote or saved any revision of a change may not review it. */
export function hasEdited(actor: Pick<Person, 'id'>, change: Edited): boolean {
  return change.authorId === actor.id || change.revisions.some((revision) => revision.editorId === actor.id);
}

export function canEdit(actor: Person, change: Authored & Status): boolean {
  return can(actor.role, 'record.edit') && ownsChange(actor, change) && isEditable(change);
}

/** Moving a change onto the record's current version (rebase) is the author's work too. */
export function canRebase(actor: Person, change: Authored & Status): boolean {
  return can(actor.role, 'record.edit') && ownsChange(actor, change) && isOpen(change);
}

export function canDecide(actor: Person, change: Edited & Status): boolean {
  return change.status === 'IN_REVIEW' && can(actor.role, 'change.review') && !hasEdited(actor, change);
}
