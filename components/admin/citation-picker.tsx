'use client';
// Pick a quote from a source document: select it with the mouse (or find it by typing), and the
// exact text, code point offsets, prefix and suffix are filled in and checked with the citation
// engine — that the quote is in the source, and that the value being entered appears in it.
import { useEffect, useRef, useState } from 'react';
import { sourceTextAction } from '@/lib/actions/changes';
import { buildAnchor, findNumberInQuote, locateQuote, verifyAnchor, type TextQuoteAnchor } from '@/lib/citations';
import type { CitationInput } from '@/lib/records/fields';

export type SourceChoice = { versionId: string; title: string };

type Props = {
  sources: SourceChoice[];
  /** The value the citation must support, checked live against the chosen quote. */
  value?: string;
  unit?: string;
  onPick: (citation: CitationInput) => void;
  onClose: () => void;
};

const codePoints = (text: string) => [...text].length;

/** The text of one source version, as loaded; a stale load (another version chosen since) shows nothing. */
function useSourceText(versionId: string) {
  const [loaded, setLoaded] = useState<{ versionId: string; text: string | null; error: string | null } | null>(null);
  useEffect(() => {
    if (!versionId) return;
    let stale = false;
    void sourceTextAction(versionId).then((result) => {
      if (stale) return;
      setLoaded({ versionId, text: result.ok ? result.value : null, error: result.ok ? null : result.message });
    });
    return () => {
      stale = true;
    };
  }, [versionId]);
  const current = loaded?.versionId === versionId ? loaded : null;
  return { text: current?.text ?? null, error: current?.error ?? null };
}

/** The window's selection inside the text box as a code point span of `text` (as the citation engine counts). */
function selectedSpan(box: HTMLElement, text: string) {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
  // UTF-16 offsets within the whole text box first.
  const before = document.createRange();
  before.selectNodeContents(box);
  before.setEnd(range.startContainer, range.startOffset);
  const start16 = before.toString().length;
  const end16 = start16 + range.toString().length;
  const start = codePoints(text.slice(0, start16));
  const end = start + codePoints(text.slice(start16, end16));
  if (end <= start) return null;
  selection.removeAllRanges();
  return { start, end };
}

export function CitationPicker({ sources, value, unit, onPick, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const textBox = useRef<HTMLDivElement>(null);
  const [versionId, setVersionId] = useState(sources[0]?.versionId ?? '');
  const { text, error: loadError } = useSourceText(versionId);
  const [anchor, setAnchor] = useState<TextQuoteAnchor | null>(null);
  const [search, setSearch] = useState('');
  const [searchMessage, setSearchMessage] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    textBox.current?.querySelector('mark')?.scrollIntoView({ block: 'center' });
  }, [anchor]);

  function captureSelection() {
    const span = textBox.current && text !== null ? selectedSpan(textBox.current, text) : null;
    if (!span || text === null) return;
    setAnchor(buildAnchor(text, span));
    setSearchMessage(null);
  }

  function find() {
    if (text === null) return;
    const located = locateQuote(text, search);
    if (located.ok) {
      setAnchor(buildAnchor(text, located.span));
      setSearchMessage(null);
    } else {
      setAnchor(null);
      setSearchMessage(
        located.code === 'AMBIGUOUS'
          ? `这段文字在原文中出现 ${located.occurrences.length} 次，请用鼠标在原文中选择其中一处。`
          : '原文中找不到这段文字（已忽略空白），请检查后再试。',
      );
    }
  }

  const verified = text !== null && anchor !== null && verifyAnchor(text, anchor).ok;
  const chars = text === null ? [] : [...text];

  return (
    <dialog ref={dialog} className="picker" aria-labelledby="picker-title" onClose={onClose}>
      <div className="picker__head">
        <h2 id="picker-title">选择引文</h2>
        <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
          关闭
        </button>
      </div>
      <div className="picker__controls">
        <label className="form__field">
          <span>原始文件</span>
          <select
            value={versionId}
            onChange={(event) => {
              setVersionId(event.target.value);
              setAnchor(null);
            }}
          >
            {sources.map((source) => (
              <option key={source.versionId} value={source.versionId}>
                {source.title}
              </option>
            ))}
          </select>
        </label>
        <div className="form__field">
          <label htmlFor="picker-search">查找原文</label>
          <div className="picker__search">
            <input
              id="picker-search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  find();
                }
              }}
              placeholder="输入或粘贴一段原文"
            />
            <button type="button" className="button" onClick={find} disabled={text === null || search.trim() === ''}>
              查找
            </button>
          </div>
        </div>
      </div>
      {searchMessage && (
        <p className="form__error" role="alert">
          {searchMessage}
        </p>
      )}
      <p className="picker__hint">用鼠标在下方原文中选中一段文字，或在上方查找。</p>
      {loadError && <p className="form__error">{loadError}</p>}
      {text === null && !loadError && <p aria-live="polite">正在载入原文…</p>}
      {text !== null && (
        <div
          ref={textBox}
          className="picker__text"
          data-testid="picker-text"
          tabIndex={0}
          aria-label="原文"
          onMouseUp={captureSelection}
          onKeyUp={captureSelection}
        >
          {anchor ? (
            <>
              {chars.slice(0, anchor.start).join('')}
              <mark>{anchor.exact}</mark>
              {chars.slice(anchor.end).join('')}
            </>
          ) : (
            text
          )}
        </div>
      )}
      <div className="picker__result" aria-live="polite">
        {anchor ? (
          <QuoteChecks anchor={anchor} verified={verified} value={value} unit={unit} />
        ) : (
          <p className="muted">尚未选择引文。</p>
        )}
      </div>
      <div className="picker__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!verified}
          onClick={() => {
            if (!anchor) return;
            onPick({ sourceVersionId: versionId, ...anchor });
            dialog.current?.close();
          }}
        >
          使用这段引文
        </button>
      </div>
    </dialog>
  );
}

/** The chosen quote and what the citation engine found: that it is in the text, and that it states the value. */
function QuoteChecks(props: { anchor: TextQuoteAnchor; verified: boolean; value?: string; unit?: string }) {
  const { anchor, verified, value, unit } = props;
  const numberCheck = value ? findNumberInQuote(anchor.exact, value, unit) : null;
  return (
    <>
      <blockquote className="picker__quote">{anchor.exact}</blockquote>
      <ul className="checks">
        <li data-ok={verified}>
          {verified ? '✓' : '✗'} 引文{verified ? '已' : '未能'}在原文中核实（第 {anchor.start + 1}–{anchor.end} 字）
        </li>
        {numberCheck && (
          <li data-ok={numberCheck.ok}>
            {numberCheck.ok ? `✓ 数值 ${value}${unit ?? ''} 出现在引文中` : `✗ 引文中没有数值 ${value}${unit ?? ''}`}
          </li>
        )}
      </ul>
    </>
  );
}
