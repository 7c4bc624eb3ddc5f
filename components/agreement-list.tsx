import Link from 'next/link';
import { CitationMarkers } from '@/components/citation-marker';
import { formatPartialDateZh } from '@/lib/dates/partial-date';
import { agreementDomainLabel, agreementKindLabel } from '@/lib/labels';
import type { AgreementListItem } from '@/lib/records/agreement/public';

export function agreementDate(agreement: Pick<AgreementListItem, 'signedOn' | 'signedOnPrecision'>): string {
  return agreement.signedOn && agreement.signedOnPrecision
    ? formatPartialDateZh({ date: agreement.signedOn, precision: agreement.signedOnPrecision })
    : '日期不详';
}

function AgreementItem({ agreement, numbers }: { agreement: AgreementListItem; numbers: Map<string, number> }) {
  const partners = agreement.parties.filter((p) => p.side === 'PARTNER').map((p) => p.organisation.name);
  return (
    <li>
      <Link href={`/agreements/${agreement.slug}`}>{agreement.title}</Link>
      <CitationMarkers citations={agreement.citations} numbers={numbers} />
      <span className="record-list__meta">
        {agreementDate(agreement)} · {agreementKindLabel[agreement.kind]} · {agreementDomainLabel[agreement.domain]}
        {partners.length > 0 && ` · 合作方：${partners.join('、')}`}
      </span>
    </li>
  );
}

export function AgreementList({
  agreements,
  numbers,
}: {
  agreements: AgreementListItem[];
  numbers: Map<string, number>;
}) {
  if (agreements.length === 0) return <p className="empty">没有符合条件的协议。</p>;
  return (
    <ul className="record-list">
      {agreements.map((agreement) => (
        <AgreementItem key={agreement.slug} agreement={agreement} numbers={numbers} />
      ))}
    </ul>
  );
}

/** The same agreements grouped by year on a vertical timeline. */
export function AgreementTimeline({
  agreements,
  numbers,
}: {
  agreements: AgreementListItem[];
  numbers: Map<string, number>;
}) {
  if (agreements.length === 0) return <p className="empty">没有符合条件的协议。</p>;
  const groups = new Map<string, AgreementListItem[]>();
  for (const agreement of agreements) {
    const year = agreement.signedOn ? `${agreement.signedOn.getUTCFullYear()}年` : '日期不详';
    groups.set(year, [...(groups.get(year) ?? []), agreement]);
  }
  return (
    <div className="agreement-timeline">
      {[...groups].map(([year, items]) => (
        <section key={year} aria-label={year}>
          <h2 className="agreement-timeline__year">{year}</h2>
          <ol className="timeline">
            {items.map((agreement) => (
              <li key={agreement.slug}>
                <time>{agreementDate(agreement)}</time>{' '}
                <Link href={`/agreements/${agreement.slug}`}>{agreement.title}</Link>
                <CitationMarkers citations={agreement.citations} numbers={numbers} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
