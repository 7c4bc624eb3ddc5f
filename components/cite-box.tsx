// "引用本文件 / 引用此数据": the same reference as GB/T 7714-2015, BibTeX and CSL-JSON, each in a
// block a reader selects with one click (public pages run no script, so there is no copy button).
import { bibtex, cslJson, gbt7714, type CitableSource, type CiteOptions } from '@/lib/sources/cite';

export function CiteBox({
  source,
  options,
  label,
  open = false,
}: {
  source: CitableSource;
  options: CiteOptions;
  label: string;
  open?: boolean;
}) {
  const formats = [
    ['GB/T 7714-2015', gbt7714(source, options)],
    ['BibTeX', bibtex(source, options)],
    ['CSL-JSON', JSON.stringify(cslJson(source, options), null, 2)],
  ] as const;
  return (
    <details className="cite-box" open={open}>
      <summary>{label}</summary>
      {formats.map(([name, text]) => (
        <section key={name} aria-label={name}>
          <h3 className="cite-box__format">{name}</h3>
          <pre className="cite-box__text" tabIndex={0}>
            {text}
          </pre>
        </section>
      ))}
    </details>
  );
}
