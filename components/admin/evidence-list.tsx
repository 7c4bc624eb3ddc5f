// The evidence beside a change's diff: each changed value with its quotes in context, the number
// and the period highlighted, and what the checks found.
import type { FactEvidence } from '@/lib/admin/evidence';

export function EvidenceList({ facts }: { facts: FactEvidence[] }) {
  if (facts.length === 0) return null;
  return (
    <section aria-labelledby="evidence-title" className="evidence">
      <h2 id="evidence-title">引文与核验</h2>
      <p className="muted">
        每个改动的数值及其引文，引文在原文中的上下文：<mark>引文</mark>、
        <strong className="evidence__number">数值</strong>、<span className="evidence__period">时期</span>。
      </p>
      {facts.map((fact) => (
        <article key={fact.path} className="evidence__fact" aria-label={`核验：${fact.label}`}>
          <h3>
            {fact.label} <span className="muted">{fact.claims.join(' · ')}</span>
          </h3>
          {fact.periodOk === false && (
            <p className="evidence__warning" role="note">
              <strong>时期警告：</strong>
              {fact.citations.map((c) => (c.period && !c.period.ok ? c.period.message : '')).find(Boolean) ??
                '引文中找不到时期的依据'}
              <br />
              编辑的理由：{fact.periodReason || '（未填写）'}
            </p>
          )}
          {fact.citations.map((citation) => (
            <figure key={citation.key} className="evidence__citation">
              <blockquote>
                {citation.segments.map((segment, index) => {
                  let content: React.ReactNode = segment.text;
                  if (segment.number) content = <strong className="evidence__number">{content}</strong>;
                  if (segment.period) content = <span className="evidence__period">{content}</span>;
                  return segment.quote ? <mark key={index}>{content}</mark> : <span key={index}>{content}</span>;
                })}
              </blockquote>
              <figcaption>
                <a href={citation.href}>{citation.sourceTitle}</a>
                {citation.number && (
                  <span className={citation.number.ok ? 'check check--ok' : 'check check--fail'}>
                    {citation.number.ok
                      ? `✓ 数值 ${citation.number.text} 见于引文`
                      : `✗ 数值 ${citation.number.text} 不在引文中`}
                  </span>
                )}
                {citation.period && (
                  <span className={citation.period.ok ? 'check check--ok' : 'check check--warn'}>
                    {citation.period.ok
                      ? `✓ 时期见于${scopeLabel[citation.period.evidence[0]?.scope ?? 'quote']}：${citation.period.evidence[0]?.text ?? ''}`
                      : '⚠ 时期未核实'}
                  </span>
                )}
              </figcaption>
            </figure>
          ))}
        </article>
      ))}
    </section>
  );
}

const scopeLabel = { quote: '引文', sentence: '所在句子', paragraph: '所在段落', heading: '小节标题' } as const;
