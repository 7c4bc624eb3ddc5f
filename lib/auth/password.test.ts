import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyAgainstDummy, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores argon2id with at least m=19456, t=2, p=1, never the password', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored).not.toContain('correct horse');
  });

  it('verifies the right password and refuses a wrong one or a broken hash', async () => {
    const stored = await hashPassword('长的中文密码也可以用来登录');
    expect(await verifyPassword(stored, '长的中文密码也可以用来登录')).toBe(true);
    expect(await verifyPassword(stored, '长的中文密码也可以用来登录!')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
    expect(await verifyAgainstDummy('anything')).toBe(false);
  });
});

describe('password policy', () => {
  it('refuses short and common passwords, accepts long pasted ones', () => {
    expect(passwordProblem('short')).toMatch(/至少需要 8 个字符/);
    expect(passwordProblem('Password123')).toMatch(/过于常见/);
    expect(passwordProblem('x'.repeat(200))).toBeNull();
    expect(passwordProblem('x'.repeat(257))).toMatch(/不能超过/);
    expect(passwordProblem('江北数据编辑部的密码')).toBeNull();
  });
});
