'use server';
// User management's server actions; lib/users/manage-users checks again that the actor is an admin.
import { changeRole, inviteUser, resetPassword, resetSecondFactor, setUserActive } from '@/lib/users/manage-users';
import { activeChangeSchema, newUserSchema, roleChangeSchema, userTargetSchema } from '@/lib/users/schema';
import { defineAction } from './define-action';

const manageUsers = { permission: 'users.manage', revalidate: ['/admin/users'] } as const;
const nothing = () => undefined;

export const inviteUserAction = defineAction({
  ...manageUsers,
  name: 'inviteUser',
  schema: newUserSchema,
  run: async ({ db, actor, input }) => {
    const { user, temporaryPassword } = await inviteUser(db, actor, input);
    return { email: user.email, temporaryPassword };
  },
});

export const changeRoleAction = defineAction({
  ...manageUsers,
  name: 'changeRole',
  schema: roleChangeSchema,
  run: ({ db, actor, input }) => changeRole(db, actor, input).then(nothing),
});

export const setUserActiveAction = defineAction({
  ...manageUsers,
  name: 'setUserActive',
  schema: activeChangeSchema,
  run: ({ db, actor, input }) => setUserActive(db, actor, input).then(nothing),
});

export const resetPasswordAction = defineAction({
  ...manageUsers,
  name: 'resetPassword',
  schema: userTargetSchema,
  run: ({ db, actor, input }) => resetPassword(db, actor, input),
});

export const resetSecondFactorAction = defineAction({
  ...manageUsers,
  name: 'resetSecondFactor',
  schema: userTargetSchema,
  run: ({ db, actor, input }) => resetSecondFactor(db, actor, input).then(nothing),
});
