// Share images (og:image) through Next.js's ImageResponse, with the shipped Chinese font: satori
// draws text only with the fonts it is given, and has none for Chinese of its own.
import 'server-only';
import type { ReactElement } from 'react';
import { ImageResponse } from 'next/og';
import { cjkFonts } from '@/lib/share/cjk-font';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

export function shareImageResponse(element: ReactElement): ImageResponse {
  const fonts = [...cjkFonts()].map(([weight, data]) => ({
    name: 'Noto Sans SC',
    data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
    weight,
    style: 'normal' as const,
  }));
  return new ImageResponse(element, { ...SHARE_IMAGE_SIZE, fonts });
}
