// Test fixtures only: the five real source documents, read byte for byte.
import { readFileSync } from 'node:fs';
import { locateQuote, type LocateOptions } from './locate';

function readSource(fileName: string): string {
  return readFileSync(new URL(`../../seeds/sources/${fileName}`, import.meta.url), 'utf8');
}

export const sources = {
  doc000: readSource('000_64ce75fe8c1fe396.txt'),
  doc001: readSource('001_6c7628ee31131891.txt'),
  doc002: readSource('002_caea318499b1554e.txt'),
  doc003: readSource('003_3cee71797152c799.txt'),
  doc004: readSource('004_1f6512d19d3a7c6b.txt'),
};

/** Code point slice, computed independently of the engine. */
export function codePointSlice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

/** The document's own text for a quote (with its real line breaks), for tests that need a real passage. */
export function passage(text: string, quote: string, options?: LocateOptions): string {
  const located = locateQuote(text, quote, options);
  if (!located.ok) {
    throw new Error(located.message);
  }
  return located.exact;
}
