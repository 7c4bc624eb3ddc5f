'use client';
// The fact desk's list of statements and the panel for the chosen one: select words in a statement
// (with a mouse, by touch, or with the keyboard's caret browsing) or choose the whole statement with
// its 处理这条 button, and open a prefilled form, create one draft per name of a list, or propose to
// set the statement aside with a reason. Reviewers confirm or reject set-asides.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { decideSetAsideAction, draftsFromNamesAction, proposeSetAsideAction } from '@/lib/actions/fact-desk';
import { formatQuoteRef, type QuoteRef } from '@/lib/fact-desk/inputs';
import { usePending } from './use-pending';

type Choice = { id: string; label: string };
type Check = { text: string; covered: boolean };
type NameCheck = Check & { start: number; end: number };
export type DeskStatementView = {
  number: number;
  line: number;
  start: number;
  end: number;
  text: string;
  state: 'cited' | 'set-aside' | 'open';
  figures: Check[];
  names: NameCheck[];
  citedBy: Array<{ href: string; label: string; kind: string }>;
  drafts: Array<{ id: string; title: string; status: string }>;
  setAsides: Array<{
    id: string;
    reason: string;
    status: 'PROPOSED' | 'CONFIRMED' | 'REJECTED';
    proposedBy: string | null;
    decidedBy: string | null;
    mine: boolean;
  }>;
};

type Props = {
  /** What to say when the filter leaves no statement. */
  emptyText: string;
  documentId: string;
  versionId: string;
  statements: DeskStatementView[];
  canEdit: boolean;
  canReview: boolean;
  metrics: Choice[];
  topics: Choice[];
};

const STATE_LABEL = { cited: '已引用', 'set-aside': '已搁置', open: '待处理' } as const;

/** The statement's own span without the whitespace around it. */
function trimmedSpan(statement: DeskStatementView): QuoteRef & { text: string } {
  const chars = [...statement.text];
  let from = 0;
  let to = chars.length;
  while (from < to && /\s/u.test(chars[from]!)) from += 1;
  while (to > from && /\s/u.test(chars[to - 1]!)) to -= 1;
  return {
    versionId: '',
    start: statement.start + from,
    end: statement.start + to,
    text: chars.slice(from, to).join(''),
  };
}

/** How long a selection must stay unchanged before the panel follows it (a drag or a handle moves it). */
const SELECTION_SETTLE_MS = 250;

type Picked = { number: number; start: number; end: number; text: string };

/**
 * The window's selection as a code point span of the one statement it touches, clipped to that
 * statement's text (a triple click runs past its end); null when it is empty or touches two.
 */
function selectionInStatements(list: HTMLElement): Picked | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const touched = [...list.querySelectorAll<HTMLElement>('[data-statement]')].filter((element) =>
    element.firstChild ? range.intersectsNode(element.firstChild) : false,
  );
  if (touched.length !== 1) return null;
  const element = touched[0]!;
  const node = element.firstChild!;
  const text = node.textContent ?? '';
  const from = range.startContainer === node ? range.startOffset : 0;
  const to = range.endContainer === node ? range.endOffset : text.length;
  // DOM offsets count UTF-16 units; quotes count code points.
  const start = [...text.slice(0, from)].length;
  const end = [...text.slice(0, to)].length;
  const picked = [...text].slice(start, end).join('');
  if (picked.trim() === '') return null;
  const offset = Number(element.dataset.start);
  return { number: Number(element.dataset.statement), start: offset + start, end: offset + end, text: picked };
}

export function FactDesk({ emptyText, documentId, versionId, statements, canEdit, canReview, metrics, topics }: Props) {
  const [chosen, setChosen] = useState<number | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number; text: string } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // One listener for every way of selecting (mouse, touch handles, caret browsing, assistive tools):
  // they all move the document's selection, while only the mouse ends with a mouseup on the text.
  // A selection that collapses (a click in the panel) or leaves the statements keeps the panel as is.
  useEffect(() => {
    if (!canEdit) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onSelectionChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const picked = listRef.current ? selectionInStatements(listRef.current) : null;
        if (!picked) return;
        setChosen(picked.number);
        setSelection({ start: picked.start, end: picked.end, text: picked.text });
      }, SELECTION_SETTLE_MS);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [canEdit]);

  if (statements.length === 0) {
    return <p className="empty">{emptyText}</p>;
  }
  return (
    <ol className="desk-list" ref={listRef}>
      {statements.map((statement) => {
        const isChosen = chosen === statement.number;
        const whole = { ...trimmedSpan(statement), versionId };
        const quote = isChosen && selection ? { ...selection, versionId } : whole;
        return (
          <li
            key={statement.number}
            id={`s-${statement.number}`}
            className={`desk-item desk-item--${statement.state}${isChosen ? ' is-chosen' : ''}`}
          >
            <div className="desk-item__head">
              <span className="desk-item__number">#{statement.number}</span>
              <span className="muted">第 {statement.line} 行</span>
              <span className={`badge desk-state desk-state--${statement.state}`}>{STATE_LABEL[statement.state]}</span>
              {canEdit && (
                <button
                  type="button"
                  className="button button--small"
                  aria-expanded={isChosen}
                  aria-controls={isChosen ? `s-${statement.number}-panel` : undefined}
                  onClick={() => {
                    setChosen(isChosen ? null : statement.number);
                    setSelection(null);
                  }}
                >
                  {isChosen ? '收起' : '处理这条'}
                </button>
              )}
            </div>
            <p className="desk-item__text" data-statement={statement.number} data-start={statement.start}>
              {statement.text}
            </p>
            <Checks label="数字" checks={statement.figures} />
            <Checks label="名称" checks={statement.names} />
            {statement.citedBy.length > 0 && (
              <p className="desk-item__refs">
                被引用：
                {statement.citedBy.map((target, index) => (
                  <span key={target.href}>
                    {index > 0 && '；'}
                    {target.kind} <Link href={target.href}>{target.label}</Link>
                  </span>
                ))}
              </p>
            )}
            {statement.drafts.length > 0 && (
              <p className="desk-item__refs">
                修改中：
                {statement.drafts.map((draft, index) => (
                  <span key={draft.id}>
                    {index > 0 && '；'}
                    <Link href={`/admin/changes/${draft.id}`}>{draft.title}</Link>
                  </span>
                ))}
              </p>
            )}
            {statement.setAsides.map((row) => (
              <SetAsideRow key={row.id} row={row} canReview={canReview} />
            ))}
            {isChosen && (
              <DeskPanel
                key={`${quote.start}-${quote.end}`}
                id={`s-${statement.number}-panel`}
                documentId={documentId}
                quote={quote}
                isSelection={selection !== null}
                names={statement.names}
                metrics={metrics}
                topics={topics}
                onWhole={() => setSelection(null)}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}

function Checks({ label, checks }: { label: string; checks: Check[] }) {
  if (checks.length === 0) return null;
  return (
    <p className="desk-item__checks">
      {label}：
      {checks.map((check, index) => (
        <span key={`${check.text}-${index}`} className={check.covered ? 'desk-check is-covered' : 'desk-check'}>
          {check.covered ? '✓' : '○'} {check.text.replace(/\s+/gu, '')}
        </span>
      ))}
    </p>
  );
}

function SetAsideRow({ row, canReview }: { row: DeskStatementView['setAsides'][number]; canReview: boolean }) {
  const router = useRouter();
  const { pending, whilePending } = usePending();
  const [error, setError] = useState<string | null>(null);
  const decide = async (confirm: boolean) => {
    const result = await whilePending(() => decideSetAsideAction({ id: row.id, confirm }));
    if (result.ok) router.refresh();
    else setError(result.message);
  };
  const who = row.proposedBy ? `${row.proposedBy}提议` : '种子数据';
  return (
    <div className="desk-set-aside">
      <p>
        {row.status === 'CONFIRMED' ? '已搁置' : '提议搁置（待确认）'}：{row.reason}
        <span className="muted">
          {' '}
          （{who}
          {row.decidedBy ? `，${row.decidedBy}确认` : ''}）
        </span>
      </p>
      {row.status === 'PROPOSED' && canReview && !row.mine && (
        <p className="change-actions__row">
          <button type="button" className="button button--small" disabled={pending} onClick={() => decide(true)}>
            确认搁置
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            disabled={pending}
            onClick={() => decide(false)}
          >
            驳回
          </button>
        </p>
      )}
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

type PanelProps = {
  id: string;
  documentId: string;
  quote: QuoteRef & { text: string };
  isSelection: boolean;
  names: NameCheck[];
  metrics: Choice[];
  topics: Choice[];
  onWhole: () => void;
};

function DeskPanel({ id, documentId, quote, isSelection, names, metrics, topics, onWhole }: PanelProps) {
  const from = encodeURIComponent(formatQuoteRef(quote));
  const [metricId, setMetricId] = useState('');
  // Only the names inside the quote: a draft cites the quote, which must name it.
  const quoted = names.filter((name) => quote.start <= name.start && name.end <= quote.end);
  return (
    <section id={id} className="desk-panel" aria-label="处理所选原文">
      <p className="desk-panel__quote">
        {isSelection ? '所选原文' : '整条语句'}：「{quote.text.replace(/\s+/gu, '')}」
        {isSelection && (
          <button type="button" className="button button--quiet button--small" onClick={onWhole}>
            改用整条语句
          </button>
        )}
      </p>
      <p className="muted">在上方语句中选中部分文字（鼠标拖选、触屏长按或键盘光标浏览），可只引用所选部分。</p>
      <div className="desk-panel__row">
        <Link className="button" href={`/admin/projects/new?from=${from}`}>
          新建项目
        </Link>
        <Link className="button" href={`/admin/agreements/new?from=${from}`}>
          新建协议
        </Link>
        <Link className="button" href={`/admin/organisations/new?from=${from}`}>
          新建机构
        </Link>
        <Link className="button" href={`/admin/sources/${documentId}/desk/attach?from=${from}`}>
          加到已有记录
        </Link>
      </div>
      <div className="desk-panel__row">
        <label className="form__field">
          <span>新建观测值：所属指标</span>
          <select value={metricId} onChange={(event) => setMetricId(event.target.value)}>
            <option value="">请选择指标</option>
            {metrics.map((metric) => (
              <option key={metric.id} value={metric.id}>
                {metric.label}
              </option>
            ))}
          </select>
        </label>
        {metricId ? (
          <Link className="button" href={`/admin/metrics/${metricId}/observations/new?from=${from}`}>
            新建观测值
          </Link>
        ) : (
          <button type="button" className="button" disabled>
            新建观测值
          </button>
        )}
      </div>
      {quoted.length > 0 && <NamesToDrafts quote={quote} names={quoted} topics={topics} />}
      <SetAsideForm quote={quote} />
    </section>
  );
}

function NamesToDrafts({ quote, names, topics }: { quote: QuoteRef; names: Check[]; topics: Choice[] }) {
  const router = useRouter();
  const unique = [...new Set(names.map((name) => name.text.replace(/\s+/gu, '')))];
  const [picked, setPicked] = useState<Set<string>>(
    () => new Set(unique.filter((name) => names.some((n) => n.text.replace(/\s+/gu, '') === name && !n.covered))),
  );
  const [recordType, setRecordType] = useState<'ORGANISATION' | 'PROJECT'>('ORGANISATION');
  const [topicId, setTopicId] = useState('');
  const [submit, setSubmit] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Array<{ id: string; title: string }>>([]);
  const { pending, whilePending } = usePending();
  const create = async () => {
    setError(null);
    const result = await whilePending(() =>
      draftsFromNamesAction({
        quote: { versionId: quote.versionId, start: quote.start, end: quote.end },
        recordType,
        names: unique.filter((name) => picked.has(name)),
        topicId: recordType === 'PROJECT' ? topicId || null : null,
        submit,
      }),
    );
    if (result.ok) {
      setCreated(result.value);
      router.refresh();
    } else {
      setError(result.fieldErrors.names ?? result.fieldErrors.topicId ?? result.message);
    }
  };
  return (
    <fieldset className="desk-panel__names">
      <legend>为每个名称新建一条草稿（均引用上方原文）</legend>
      <div className="desk-panel__row">
        {unique.map((name) => (
          <label key={name} className="checkbox">
            <input
              type="checkbox"
              checked={picked.has(name)}
              onChange={(event) => {
                const next = new Set(picked);
                if (event.target.checked) next.add(name);
                else next.delete(name);
                setPicked(next);
              }}
            />{' '}
            {name}
          </label>
        ))}
      </div>
      <div className="desk-panel__row">
        <label className="radio">
          <input type="radio" checked={recordType === 'ORGANISATION'} onChange={() => setRecordType('ORGANISATION')} />{' '}
          机构
        </label>
        <label className="radio">
          <input type="radio" checked={recordType === 'PROJECT'} onChange={() => setRecordType('PROJECT')} /> 项目
        </label>
        {recordType === 'PROJECT' && (
          <label className="form__field">
            <span>专题</span>
            <select value={topicId} onChange={(event) => setTopicId(event.target.value)}>
              <option value="">请选择专题</option>
              {topics.map((topic) => (
                <option key={topic.id} value={topic.id}>
                  {topic.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={submit} onChange={(event) => setSubmit(event.target.checked)} /> 同时提交审核
        </label>
      </div>
      <button type="button" className="button button--primary" disabled={pending || picked.size === 0} onClick={create}>
        {pending ? '正在新建…' : `新建 ${picked.size} 条草稿`}
      </button>
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      {created.length > 0 && (
        <div role="status">
          <p>
            已新建 {created.length} 条{submit ? '并提交审核' : '草稿'}：
          </p>
          <ul>
            {created.map((change) => (
              <li key={change.id}>
                <Link href={`/admin/changes/${change.id}`}>{change.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}

function SetAsideForm({ quote }: { quote: QuoteRef }) {
  const router = useRouter();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { pending, whilePending } = usePending();
  return (
    <form
      className="desk-panel__set-aside"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setError(null);
        const result = await whilePending(() =>
          proposeSetAsideAction({ quote: { versionId: quote.versionId, start: quote.start, end: quote.end }, reason }),
        );
        if (result.ok) {
          setReason('');
          router.refresh();
        } else {
          setError(result.fieldErrors.reason ?? result.message);
        }
      }}
    >
      <label className="form__field">
        <span>搁置理由（如：标题框重复正文、图片说明、口号）</span>
        <textarea value={reason} rows={2} onChange={(event) => setReason(event.target.value)} aria-invalid={!!error} />
      </label>
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={pending}>
        提议搁置（需另一人确认）
      </button>
    </form>
  );
}
