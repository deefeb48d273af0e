// A release of six paragraphs and helpers to edit it as newsrooms do. Not a test file.

export const RELEASE = [
  'New Zealand is committed to working more closely with NATO partners to support collective security in a worsening strategic environment, Foreign Minister Winston Peters says.',
  '“The Coalition Government has made clear the strong emphasis it places on cooperation with New Zealand’s traditional partners, and NATO is a big part of that,” Mr Peters says, as he concludes a two-day visit to Belgium.',
  '“Challenges to the international rules-based system, whether in Europe or in the Indo-Pacific, impact everyone’s stability and security. The outcome of the war in Ukraine will have profound impacts on global security, and that is why New Zealand must be prepared to do its part,” Mr Peters says.',
  '“NATO is the world’s largest and oldest political military organisation, which New Zealand has cooperated with for decades, from Kosovo to Afghanistan. But as our shared values come under sustained attack, our longstanding cooperation with our traditional partners must be enhanced.',
  '“New Zealand and NATO are working towards renewal of our long-standing partnership through our Individually Tailored Partnership Programme. We expect to conclude this partnership in the coming months, agreeing tangible areas of cooperation,” Mr Peters says.',
  'While in Brussels, Mr Peters also had bilateral meetings with his counterparts from Belgium, the Netherlands, South Korea, Ukraine, the United Kingdom and the European Commission.',
];

export const OTHER = [
  'The price of dairy exports rose for a third month in a row as demand from South-East Asian buyers recovered after a slow winter on the farms.',
  'Farmers in the Waikato said the increase would help with rising costs of feed and fertiliser, though many remain cautious about the season ahead of them.',
];

export const join = (paragraphs: readonly string[]) => paragraphs.join('\n\n');

/** Where `part` sits in `text`; throws when it is not there, so a broken fixture fails loudly. */
export function locate(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`not in text: ${part.slice(0, 40)}`);
  return { start, end: start + part.length };
}
