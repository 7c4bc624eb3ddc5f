import 'server-only';
// Enrolling an authenticator app: a pending secret shown as a QR code, confirmed with a first code;
// then ten recovery codes are shown once and every session ends, so the next sign-in asks for a code.
import QRCode from 'qrcode';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { hashPassword } from './password';
import { newRecoveryCodes } from './recovery-codes';
import { newTotpSecret, otpauthUri, verifyTotp } from './totp';

type Who = { id: string; email: string; address?: string | null };

export async function beginEnrollment(db: Db, who: Who | null) {
  if (!who) throw new AppError('FORBIDDEN', '请先登录。');
  const user = await db.user.findUniqueOrThrow({ where: { id: who.id }, select: { totpEnabledAt: true } });
  if (user.totpEnabledAt) throw new AppError('CONFLICT', '两步验证已经启用。');
  const secret = newTotpSecret();
  await db.user.update({ where: { id: who.id }, data: { totpSecret: secret } });
  const uri = otpauthUri(secret, who.email);
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrSvg };
}

export async function confirmEnrollment(db: Db, who: Who | null, code: string) {
  if (!who) throw new AppError('FORBIDDEN', '请先登录。');
  const user = await db.user.findUniqueOrThrow({
    where: { id: who.id },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new AppError('CONFLICT', '两步验证已经启用。');
  if (!user.totpSecret) throw new AppError('CONFLICT', '请先扫描二维码。');
  const step = verifyTotp(user.totpSecret, code, null);
  if (step === null) {
    throw new AppError('VALIDATION', '验证码不正确，请输入应用中当前显示的 6 位数字。', {
      fieldErrors: { code: '验证码不正确' },
    });
  }
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((c) => hashPassword(c)));
  await db.$transaction(async (tx) => {
    const enabled = await tx.user.updateMany({
      where: { id: who.id, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: {
        totpEnabledAt: new Date(),
        totpLastStep: step,
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
    });
    if (enabled.count !== 1) throw new AppError('CONFLICT', '两步验证的设置已在别处更改，请刷新后重试。');
    await tx.recoveryCode.deleteMany({ where: { userId: who.id } });
    await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId: who.id, codeHash })) });
    await tx.auditEntry.create({
      data: { actorId: who.id, actorLabel: who.email, address: who.address ?? null, action: 'user.totp_enabled' },
    });
  });
  return { recoveryCodes: codes };
}
