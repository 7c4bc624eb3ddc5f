import 'server-only';
// Every server action has one shape: who acts → may they (lib/auth/permissions.ts) → the input
// parsed with its zod schema → the data layer, handed the database → a typed ActionResult → the
// admin pages it changed revalidated. A refusal or a parse failure becomes the same result as an
// AppError from the data layer (toActionResult), and the body never runs on input it did not parse.
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { currentActor } from '@/lib/auth/actor';
import type { Actor } from '@/lib/auth/actor-type';
import { assertCan, type Permission } from '@/lib/auth/permissions';
import { toActionResult, type ActionResult } from '@/lib/changes/action-result';
import { db } from '@/lib/db';
import type { Db } from '@/lib/db/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { parseInput } from '@/lib/records/field-errors';

export type ActionSpec<S extends z.ZodType, T, A> = {
  /** The action's name in the audit log when it is refused. */
  name: string;
  schema: S;
  /** Checked before the input is read (the data layer checks again); needs an actor with a role. */
  permission?: [A] extends [{ role: Role } | null] ? Permission : never;
  /** Who acts: by default the signed-in user who may write (currentActor), or null. */
  actor?: () => Promise<A>;
  run: (context: { actor: A; input: z.output<S>; db: Db }) => Promise<T>;
  /** The admin path whose rendered data the action changes, as revalidatePath takes it. */
  revalidate?: readonly [path: string, type?: 'layout' | 'page'];
};

/** An action whose schema takes no input is called without an argument. */
type InputArgs<S extends z.ZodType> = undefined extends z.input<S> ? [input?: z.input<S>] : [input: z.input<S>];

export function defineAction<S extends z.ZodType, T, A = Actor | null>(
  spec: ActionSpec<S, T, A>,
): (...input: InputArgs<S>) => Promise<ActionResult<T>> {
  const findActor = spec.actor ?? (currentActor as () => Promise<A>);
  return async (...[input]) =>
    toActionResult(spec.name, async () => {
      const actor = await findActor();
      if (spec.permission) assertCan(actor as { role: Role } | null, spec.permission);
      const value = await spec.run({ actor, input: parseInput(spec.schema, input) as z.output<S>, db });
      if (spec.revalidate) revalidatePath(...spec.revalidate);
      return value;
    });
}
