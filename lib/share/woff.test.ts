import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '@/lib/share/woff';

const woff = readFileSync(
  'node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff',
);

function tableOffset(sfnt: Buffer, tag: string): number {
  for (let index = 0; index < sfnt.readUInt16BE(4); index++) {
    const record = 12 + index * 16;
    if (sfnt.toString('latin1', record, record + 4) === tag) return sfnt.readUInt32BE(record + 8);
  }
  throw new Error(`no ${tag} table`);
}

describe('woffToSfnt', () => {
  it('unpacks the shipped Chinese font into a TrueType font with readable tables', () => {
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // WOFF's totalSfntSize
    // The head table's magic number sits 12 bytes in; a misplaced table would not have it.
    expect(sfnt.readUInt32BE(tableOffset(sfnt, 'head') + 12)).toBe(0x5f0f3cf5);
    expect(sfnt.readUInt16BE(tableOffset(sfnt, 'OS/2') + 4)).toBe(400);
  });

  it('refuses anything that is not WOFF 1.0', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2 not this one'.padEnd(60)))).toThrow(/not a WOFF/);
  });
});
