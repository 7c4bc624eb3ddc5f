import { describe, expect, it } from 'vitest';
import { isCommonPassword, breachedPasswordCount } from '@/lib/auth/common-passwords';
import { fieldErrorsOf } from '@/lib/records/field-errors';
import { passwordChangeSchema } from './schema';

const email = 'Zhang.Wei@example.cn';
const good = {
  currentPassword: 'the old passphrase',
  newPassword: '江北区统计年鉴二〇二〇',
  confirmPassword: '江北区统计年鉴二〇二〇',
};

function errors(input: unknown, isBreached?: (password: string) => boolean) {
  const parsed = passwordChangeSchema({ email, isBreached }).safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe('the breached-password list the project ships', () => {
  it('holds thousands of real breached passwords, compared ignoring case and Unicode width', () => {
    expect(breachedPasswordCount()).toBeGreaterThan(15_000);
    for (const password of [
      'password123',
      'Iloveyou1',
      'qwertyuiop',
      '1q2w3e4r5t',
      'woaini1314',
      'ｐａｓｓｗｏｒｄ１',
    ]) {
      expect(isCommonPassword(password)).toBe(true);
    }
    expect(isCommonPassword('江北区统计年鉴二〇二〇')).toBe(false);
    expect(isCommonPassword('a long enough passphrase')).toBe(false);
  });
});

describe('the own-password form’s rules', () => {
  it('accepts a long new password typed twice', () => {
    expect(errors(good, isCommonPassword)).toEqual({});
  });

  it('puts each problem next to its field', () => {
    expect(errors({ currentPassword: '', newPassword: 'short', confirmPassword: 'other' })).toEqual({
      currentPassword: '请输入当前密码',
      newPassword: '密码至少需要 8 个字符（建议 15 个以上）。',
      confirmPassword: '两次输入的新密码不一致。',
    });
    expect(errors({ ...good, newPassword: 'x'.repeat(257), confirmPassword: 'x'.repeat(257) })).toEqual({
      newPassword: '密码不能超过 256 个字符。',
    });
  });

  it('refuses a breached password on the server, where the list is', () => {
    const breached = { ...good, newPassword: 'Password123', confirmPassword: 'Password123' };
    expect(errors(breached)).toEqual({});
    expect(errors(breached, isCommonPassword).newPassword).toMatch(/已泄露/);
  });

  it('refuses the e-mail (or its name part) and the current password, ignoring case', () => {
    for (const newPassword of ['zhang.wei@example.cn', 'ZHANG.WEI']) {
      expect(errors({ ...good, newPassword, confirmPassword: newPassword }).newPassword).toBe('新密码不能与邮箱相同。');
    }
    const same = {
      currentPassword: 'the old passphrase',
      newPassword: 'the old passphrase',
      confirmPassword: 'the old passphrase',
    };
    expect(errors(same).newPassword).toBe('新密码不能与当前密码相同。');
  });

  it('never trims a password and refuses unknown fields', () => {
    const spaced = { ...good, newPassword: ' 江北区统计年鉴二〇二〇 ' };
    expect(errors(spaced).confirmPassword).toBe('两次输入的新密码不一致。');
    expect(Object.keys(errors({ ...good, mustChangePassword: false }))).toEqual(['']);
  });
});
