import { describe, expect, it } from 'vitest';
import { escapeXml } from './xml';

describe('escapeXml', () => {
  it('escapes markup and drops every character XML 1.0 forbids, keeping tab and line breaks', () => {
    expect(escapeXml(`专题\u0001\u000b<b>"A&B"</b>'`)).toBe('专题&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;&apos;');
    expect(escapeXml('a\tb\nc\rd')).toBe('a\tb\nc\rd');
    const forbidden = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\ufffe\uffff';
    expect(escapeXml(forbidden)).toBe('\t\n\r');
  });
});
