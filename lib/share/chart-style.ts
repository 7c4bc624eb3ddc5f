// The chart's look in a standalone SVG file comes from the site's own stylesheet: its chart rules
// (selectors naming .chart__…) are copied into the file, with the custom properties they use
// written out, since neither an image viewer nor resvg knows the page's :root variables. Rules
// inside @media blocks are for the page's phone layout and stay behind.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The .chart__ rules of a stylesheet as plain CSS, var(--x) replaced by :root's values. */
export function chartStyleRules(css: string): string {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const topLevel = withoutMediaBlocks(withoutComments);
  const variables = new Map<string, string>();
  const root = /:root\s*\{([^}]*)\}/.exec(topLevel)?.[1] ?? '';
  for (const [, name, value] of root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) variables.set(name!, value!.trim());
  const rules: string[] = [];
  for (const [, selector, body] of topLevel.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = selector!.split(',').map((s) => s.trim());
    if (!selectors.every((s) => s.includes('.chart__'))) continue;
    const declarations = body!
      .replace(/var\((--[\w-]+)\)/g, (whole, name: string) => variables.get(name) ?? whole)
      .replace(/\s+/g, ' ')
      .trim();
    rules.push(`${selectors.join(', ')} { ${declarations} }`);
  }
  return rules.join('\n');
}

function withoutMediaBlocks(css: string): string {
  let result = '';
  let index = 0;
  for (let start = css.indexOf('@media', index); start !== -1; start = css.indexOf('@media', index)) {
    result += css.slice(index, start);
    let depth = 0;
    let end = css.indexOf('{', start);
    do {
      if (css[end] === '{') depth++;
      else if (css[end] === '}') depth--;
      end++;
    } while (depth > 0 && end < css.length);
    index = end;
  }
  return result + css.slice(index);
}

let rules: string | undefined;

/** The site's chart rules, read once from app/globals.css. */
export function chartStyles(): string {
  rules ??= chartStyleRules(readFileSync(path.join(process.cwd(), 'app/globals.css'), 'utf8'));
  return rules;
}
