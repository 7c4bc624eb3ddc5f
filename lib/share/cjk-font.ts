// The Chinese font for generated images (chart PNGs, share images): Noto Sans SC (SIL Open Font
// License 1.1) from the npm package @fontsource/noto-sans-sc, so every machine that runs
// `npm install` has it and nothing is fetched at run time. Its "chinese-simplified" subset holds
// 7,946 characters (the common Simplified Chinese set, ASCII and CJK punctuation) in WOFF 1.0;
// the rasteriser (resvg) reads only TrueType/OpenType from files, so each weight is unpacked to a
// TTF file on first use.
import 'server-only';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { woffToSfnt } from '@/lib/share/woff';

const WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof WEIGHTS)[number];

/** The family name inside the subset files (what resvg matches on); share images name it themselves. */
export const CJK_FONT_FAMILY = 'Noto Sans SC Thin';

const fontPath = (weight: FontWeight) =>
  path.join(
    process.cwd(),
    'node_modules/@fontsource/noto-sans-sc/files',
    `noto-sans-sc-chinese-simplified-${weight}-normal.woff`,
  );

let fonts: Map<FontWeight, Buffer> | undefined;

/** The TrueType data of each weight, unpacked on first use. */
export function cjkFonts(): Map<FontWeight, Buffer> {
  fonts ??= new Map(WEIGHTS.map((weight) => [weight, woffToSfnt(readFileSync(fontPath(weight)))]));
  return fonts;
}

let files: string[] | undefined;

/** The same fonts as files for resvg, in the temporary folder, named by their content. */
export function cjkFontFiles(): string[] {
  if (!files) {
    const folder = path.join(tmpdir(), 'jiangbei-cms-fonts');
    mkdirSync(folder, { recursive: true });
    files = [...cjkFonts().values()].map((data) => {
      const file = path.join(folder, `${createHash('sha256').update(data).digest('hex').slice(0, 16)}.ttf`);
      if (!existsSync(file)) {
        // Written under another name first, so that another server never reads half a file.
        writeFileSync(`${file}.${process.pid}`, data);
        renameSync(`${file}.${process.pid}`, file);
      }
      return file;
    });
  }
  return files;
}
