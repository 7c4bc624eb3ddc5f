// A reviewer's view of what changed between two versions of a source text (lib/sources/text-diff.ts):
// changed lines marked with − and +, the changed characters inside them highlighted, and line
// numbers of both versions; unchanged stretches are left out.
import { Fragment } from 'react';
import type { DiffLine, DiffPiece, TextDiff } from '@/lib/sources/text-diff';

function Pieces({ pieces }: { pieces: DiffPiece[] }) {
  return pieces.map((piece, index) =>
    piece.kind === 'same' ? (
      <Fragment key={index}>{piece.text}</Fragment>
    ) : piece.kind === 'added' ? (
      <ins key={index}>{piece.text}</ins>
    ) : (
      <del key={index}>{piece.text}</del>
    ),
  );
}

function Line({ line }: { line: DiffLine }) {
  const [before, after, mark] =
    line.kind === 'same'
      ? [line.before, line.after, ' ']
      : line.kind === 'added'
        ? ['', line.after, '+']
        : [line.before, '', '−'];
  return (
    <tr data-kind={line.kind}>
      <td className="text-diff__no">{before}</td>
      <td className="text-diff__no">{after}</td>
      <td
        className="text-diff__mark"
        aria-label={line.kind === 'same' ? undefined : line.kind === 'added' ? '新增' : '删除'}
      >
        {mark}
      </td>
      <td className="text-diff__text">{line.kind === 'same' ? line.text : <Pieces pieces={line.pieces} />}</td>
    </tr>
  );
}

export function SourceTextDiff({ diff, before, after }: { diff: TextDiff; before: string; after: string }) {
  if (diff.status === 'identical') return <p className="empty">两个版本的文本完全相同。</p>;
  if (diff.status === 'too-different') {
    return <p className="form__conflict">两个版本差异过大，无法逐行比较：请阅读新版本全文。</p>;
  }
  return (
    <section className="text-diff" aria-label={`${before}与${after}的差异`}>
      <p className="muted">
        {after}相对{before}：新增 {diff.added} 行，删除 {diff.removed} 行（只显示改动处及其前后各两行）。
      </p>
      {diff.hunks.map((hunk, index) => (
        <div className="table-scroll" key={index}>
          <table className="text-diff__hunk">
            <thead className="visually-hidden">
              <tr>
                <th scope="col">{before}行号</th>
                <th scope="col">{after}行号</th>
                <th scope="col">改动</th>
                <th scope="col">文本</th>
              </tr>
            </thead>
            <tbody>
              {hunk.lines.map((line, k) => (
                <Line key={k} line={line} />
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
