// Tiny element builder. Text goes in as text nodes, never parsed as HTML, so
// API strings (titles, names, reasons) cannot inject markup. The one place
// server HTML is trusted is `setServerHtml`, named so it stands out.

type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Readonly<Record<string, AttrValue>>;
export type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: readonly (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (attrs) setAttrs(element, attrs);
  append(element, children);
  return element;
}

/** `true` sets an empty attribute, `false`/null/undefined removes it. */
export function setAttrs(element: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    // The CSP blocks style attributes; a silent no-op in the browser is worse than failing here.
    if (name === 'style') throw new Error('Set styles with placed() or a class: the Content-Security-Policy blocks style attributes.');
    if (value === false || value === null || value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
}

export function append(parent: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function replace(parent: Element, ...children: readonly (Child | readonly Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * Sets inline geometry through CSSOM. A `style` attribute in markup (or set
 * with setAttribute) is blocked by the server's Content-Security-Policy, which
 * has no 'unsafe-inline'; properties set on `element.style` are not.
 */
export function placed<E extends HTMLElement>(element: E, geometry: { readonly left?: string; readonly width?: string }): E {
  if (geometry.left !== undefined) element.style.left = geometry.left;
  if (geometry.width !== undefined) element.style.width = geometry.width;
  return element;
}

/**
 * Inserts HTML that the server has already escaped (search snippets: escaped
 * text plus `<mark>`). Only for fields documented as server-escaped HTML.
 */
export function setServerHtml(element: Element, html: string): void {
  element.innerHTML = html;
}
