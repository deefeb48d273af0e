// SVG elements, built the way dom.ts builds HTML: attributes set one by one
// (presentation attributes such as stroke-width are attributes, not the
// `style` the Content-Security-Policy blocks), text only as text nodes.
import { append, setAttrs, type Attrs, type Child } from './dom.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: readonly (Child | readonly Child[])[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  if (attrs) setAttrs(element, attrs);
  append(element, children);
  return element;
}
