import 'server-only';
import { hashPassword, passwordProblem } from '@/lib/auth/password';
import type { Db } from '@/lib/db/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { AppError } from '@/lib/errors';

export async function createUser(
  db: Db,
  input: { email: string; name: string; role: Role; password: string; actorLabel: string; totpSecret?: string },
) {
  const problem = passwordProblem(input.password);
  if (problem) throw new AppError('VALIDATION', problem, { field: 'password' });
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: input.email.trim().toLowerCase(),
        name: input.name,
        role: input.role,
        passwordHash,
        ...(input.totpSecret ? { totpSecret: input.totpSecret, totpEnabledAt: new Date() } : {}),
      },
      select: { id: true, email: true, role: true },
    });
    await tx.auditEntry.create({
      data: {
        actorLabel: input.actorLabel,
        action: 'user.create',
        detail: { userId: user.id, email: user.email, role: user.role },
      },
    });
    return user;
  });
}
