// Who performs a write: the signed-in user and the address the request came from (for audit). Its
// own module so that every data-layer domain can name it without importing another domain.
import type { Role } from '@/lib/generated/prisma/enums';

export type Actor = { id: string; email: string; role: Role; address?: string | null };
