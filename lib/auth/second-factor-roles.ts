import type { Role } from '@/lib/generated/prisma/enums';

/** Roles that must confirm sign-in with a second factor (ASVS level 2); editors may opt in. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['ADMIN', 'REVIEWER'];
