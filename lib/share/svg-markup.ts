// React elements to SVG markup, for the standalone chart files. Route handlers run under React's
// "react-server" condition, where react-dom/server refuses to load ("react-dom/server is not
// supported in React Server Components") and React's own replacement, react-markup, is not
// released; so this renders what server-rendered SVG components use: host elements, function
// components without hooks, fragments, arrays, text. Anything else throws rather than guessing.
import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

type Props = Record<string, unknown> & { children?: ReactNode };
type HostElement = ReactElement<Props> & { type: string };

/** Calls function components until only host elements (svg, g, text…) and text are left. */
function expand(node: ReactNode, visit: (item: HostElement | string) => void): void {
  if (node === null || node === undefined || typeof node === 'boolean') return;
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return visit(String(node));
  if (Array.isArray(node)) return node.forEach((child) => expand(child as ReactNode, visit));
  if (!isValidElement<Props>(node)) throw new Error('svgMarkup: unsupported node');
  if (node.type === Fragment) return expand(node.props.children, visit);
  if (typeof node.type === 'function') return expand((node.type as (props: Props) => ReactNode)(node.props), visit);
  if (typeof node.type !== 'string') throw new Error('svgMarkup: unsupported element type');
  visit(node as HostElement);
}

/** The first host element of a type in what a component renders (e.g. the <svg> inside a <figure>). */
export function findHostElement(node: ReactNode, type: string): ReactElement<Props> | null {
  let found: ReactElement<Props> | null = null;
  const search = (current: ReactNode) =>
    expand(current, (item) => {
      if (found || typeof item === 'string') return;
      if (item.type === type) found = item;
      else search(item.props.children);
    });
  search(node);
  return found;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

// SVG attributes that are camelCase in SVG itself; React writes every other camelCase prop as
// its hyphenated attribute (textAnchor → text-anchor, strokeWidth → stroke-width).
const CAMEL_CASE_ATTRIBUTES = new Set([
  'viewBox',
  'preserveAspectRatio',
  'gradientTransform',
  'gradientUnits',
  'patternTransform',
  'patternUnits',
  'clipPathUnits',
  'markerHeight',
  'markerUnits',
  'markerWidth',
  'refX',
  'refY',
  'pathLength',
  'textLength',
  'lengthAdjust',
  'startOffset',
  'spreadMethod',
  'stdDeviation',
]);

function attributeName(prop: string): string {
  if (prop === 'className') return 'class';
  if (prop === 'xlinkHref') return 'xlink:href';
  if (prop === 'xmlSpace') return 'xml:space';
  if (CAMEL_CASE_ATTRIBUTES.has(prop)) return prop;
  return prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function attributes(props: Props): string {
  return Object.entries(props)
    .filter(([key, value]) => key !== 'children' && value !== undefined && value !== null && value !== false)
    .map(([key, value]) => {
      if (typeof value === 'object' || typeof value === 'function') {
        throw new Error(`svgMarkup: unsupported value for ${key}`);
      }
      return ` ${attributeName(key)}="${escape(value === true ? '' : String(value))}"`;
    })
    .join('');
}

/** Static markup of a tree of SVG elements, as react-dom/server's renderToStaticMarkup writes it. */
export function svgMarkup(node: ReactNode): string {
  let markup = '';
  expand(node, (item) => {
    markup +=
      typeof item === 'string'
        ? escape(item)
        : `<${item.type}${attributes(item.props)}>${svgMarkup(item.props.children)}</${item.type}>`;
  });
  return markup;
}
