// What changed between two versions of a source text, for reviewers: the changed lines with a
// little context, and inside a replaced line the exact characters that changed (a corrected
// figure in a long paragraph must stand out). Versions that differ too much to compare line by
// line in reasonable time are reported as such rather than stalling the page.
import { diffChars, diffLines } from 'diff';

export type DiffPiece = { text: string; kind: 'same' | 'added' | 'removed' };
export type DiffLine =
  | { kind: 'same'; before: number; after: number; text: string }
  | { kind: 'removed'; before: number; pieces: DiffPiece[] }
  | { kind: 'added'; after: number; pieces: DiffPiece[] };
export type DiffHunk = { lines: DiffLine[] };
export type TextDiff =
  | { status: 'identical' }
  | { status: 'too-different' }
  | { status: 'changed'; hunks: DiffHunk[]; added: number; removed: number };

const TIMEOUT_MS = 1500;
// Character diffs of a replaced line pair only below this length: beyond it the line is shown whole.
const MAX_INLINE_CHARS = 4000;

const splitLines = (value: string) => value.replace(/\n$/, '').split('\n');

/** Character-level pieces of a replaced line pair: one side's view of it. */
function inlinePieces(before: string, after: string): { removed: DiffPiece[]; added: DiffPiece[] } {
  const whole = {
    removed: [{ text: before, kind: 'removed' as const }],
    added: [{ text: after, kind: 'added' as const }],
  };
  if (before.length + after.length > MAX_INLINE_CHARS) return whole;
  const parts = diffChars(before, after, { timeout: 200 });
  if (!parts) return whole;
  return {
    removed: parts.flatMap((p) =>
      p.added ? [] : [{ text: p.value, kind: p.removed ? ('removed' as const) : ('same' as const) }],
    ),
    added: parts.flatMap((p) =>
      p.removed ? [] : [{ text: p.value, kind: p.added ? ('added' as const) : ('same' as const) }],
    ),
  };
}

export function diffTexts(before: string, after: string, context = 2): TextDiff {
  if (before === after) return { status: 'identical' };
  // A last line without its newline is still the same line.
  const withEnd = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  const parts = diffLines(withEnd(before), withEnd(after), { timeout: TIMEOUT_MS });
  if (!parts) return { status: 'too-different' };

  // Every line of both texts in order, numbered on its side.
  const lines: DiffLine[] = [];
  let beforeNo = 1;
  let afterNo = 1;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      for (const text of splitLines(part.value))
        lines.push({ kind: 'same', before: beforeNo++, after: afterNo++, text });
      continue;
    }
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      const removed = splitLines(part.value);
      const added = splitLines(next.value);
      // Pair replaced lines one to one for character diffs; the rest stay whole.
      const paired = removed.map((line, k) => (k < added.length ? inlinePieces(line, added[k]!) : null));
      removed.forEach((line, k) =>
        lines.push({
          kind: 'removed',
          before: beforeNo++,
          pieces: paired[k]?.removed ?? [{ text: line, kind: 'removed' }],
        }),
      );
      added.forEach((line, k) =>
        lines.push({ kind: 'added', after: afterNo++, pieces: paired[k]?.added ?? [{ text: line, kind: 'added' }] }),
      );
      i += 1;
      continue;
    }
    for (const text of splitLines(part.value)) {
      lines.push(
        part.added
          ? { kind: 'added', after: afterNo++, pieces: [{ text, kind: 'added' }] }
          : { kind: 'removed', before: beforeNo++, pieces: [{ text, kind: 'removed' }] },
      );
    }
  }

  // Changed lines with `context` unchanged lines around them, grouped into hunks.
  const keep = lines.map(() => false);
  lines.forEach((line, index) => {
    if (line.kind === 'same') return;
    for (let k = Math.max(0, index - context); k <= Math.min(lines.length - 1, index + context); k++) keep[k] = true;
  });
  const hunks: DiffHunk[] = [];
  let open: DiffHunk | null = null;
  lines.forEach((line, index) => {
    if (!keep[index]) {
      open = null;
      return;
    }
    if (!open) hunks.push((open = { lines: [] }));
    open.lines.push(line);
  });
  return {
    status: 'changed',
    hunks,
    added: lines.filter((line) => line.kind === 'added').length,
    removed: lines.filter((line) => line.kind === 'removed').length,
  };
}
