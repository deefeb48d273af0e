// Exporting a drawn chart: the SVG with the page's computed styles written
// into each element (so the file stands alone, in the colours the reader
// saw), the same drawn onto a canvas as a PNG, and a download of either.
//
// Under the page's Content-Security-Policy (no 'unsafe-inline', img-src
// 'self' data:) this works because styles are set through CSSOM on a detached
// copy, never as a style attribute in the page; the SVG reaches the canvas as
// a data: image, which img-src allows (blob: images it does not); and the
// downloads are blob: links, which are navigations, not fetches.

/** Properties that decide how an SVG element looks. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/**
 * The chart as an SVG document: a copy with each element's computed style
 * inline, links reduced to groups (their addresses mean nothing outside the
 * page), and a background, so it reads the same in any viewer.
 */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!(target instanceof SVGElement)) return;
    const computed = getComputedStyle(original);
    for (const property of PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value !== '') target.style.setProperty(property, value);
    }
    target.removeAttribute('class');
    target.removeAttribute('data-testid');
    target.removeAttribute('tabindex');
  });
  copy.style.setProperty('background', getComputedStyle(svg).backgroundColor);
  for (const link of [...copy.querySelectorAll('a')]) {
    const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    // Styles through CSSOM: a style attribute set in the page would break the Content-Security-Policy.
    for (let i = 0; i < link.style.length; i++) {
      const property = link.style.item(i);
      group.style.setProperty(property, link.style.getPropertyValue(property));
    }
    const label = link.getAttribute('aria-label');
    if (label !== null) group.setAttribute('aria-label', label);
    group.append(...link.childNodes);
    link.replaceWith(group);
  }
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.style.setProperty('fill', getComputedStyle(svg).backgroundColor || '#ffffff');
  copy.prepend(background);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** The chart as a PNG, `scale` times its own size (2: sharp on high-density screens). */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const text = standaloneSvg(svg);
  const width = svg.viewBox.baseVal.width || svg.clientWidth;
  const height = svg.viewBox.baseVal.height || svg.clientHeight;
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser gives no 2D canvas to draw the PNG on.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas made no PNG.'))), 'image/png'));
}

/** Saves `blob` as `name` through a temporary link. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
