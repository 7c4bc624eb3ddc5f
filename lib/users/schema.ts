// The user management forms' data, shared by the browser and the server.
import { z } from 'zod';
import { Role } from '@/lib/generated/prisma/enums';
import { requiredText } from '@/lib/records/fields';

export const newUserSchema = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email('请输入有效的邮箱地址')),
  name: requiredText('姓名', 60),
  role: z.enum(Role, '请选择角色'),
});
export type NewUser = z.infer<typeof newUserSchema>;
