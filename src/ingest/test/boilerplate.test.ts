import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bylineName, classifyLine, isCaptionList, isHeadlineShaped, stripInlineMarkers } from '../boilerplate.js';

describe('classifyLine: boilerplate', () => {
  const positives: Array<[string, string]> = [
    ['Advertisement', 'boilerplate-advertisement'],
    ['AdvertisementAdvertise with NZME.', 'boilerplate-advertisement'],
    ['Advertise with Stuff', 'boilerplate-advertisement'],
    ['Sponsored content', 'boilerplate-advertisement'],
    ['Article continues below', 'boilerplate-advertisement'],
    ['- NZPA', 'boilerplate-signoff'],
    ['– AAP', 'boilerplate-signoff'],
    ['— Reuters', 'boilerplate-signoff'],
    ['-RNZ', 'boilerplate-signoff'],
    ['- AP/Reuters', 'boilerplate-signoff'],
    ['(AAP)', 'boilerplate-signoff'],
    ['ENDS', 'boilerplate-ends'],
    ['-ends-', 'boilerplate-ends'],
    ['[ends]', 'boilerplate-ends'],
    ['(Ends...)', 'boilerplate-ends'],
    ['###', 'boilerplate-ends'],
    ['E&OE....................', 'boilerplate-eoe'],
    ['E&OE?????', 'boilerplate-eoe'],
    ['E & O E - PROOF ONLY', 'boilerplate-eoe'],
    ['CHECK AGAINST DELIVERY', 'boilerplate-check-against-delivery'],
    ['(Reporting by Lucy Craymer; Editing by Michael Perry)', 'boilerplate-staff-credits'],
    ['(Reporting by Lucy Craymer in Wellington; Additional reporting by Kirsty Needham in Sydney; Editing by Michael Perry)', 'boilerplate-staff-credits'],
    ['Reporting by Lucy Craymer; editing by Michael Perry', 'boilerplate-staff-credits'],
    ['(Compiled by Praveen Menon)', 'boilerplate-staff-credits'],
    ['Associated Press writer Liang Weiming in Beijing contributed to this report.', 'boilerplate-staff-credits'],
    ['AP writers Jim Gomez in Manila and Aaron Favila contributed.', 'boilerplate-staff-credits'],
    ['**Check against delivery**', 'boilerplate-check-against-delivery'],
    ['Junko Kimura – Getty Images U.S. Assistant Secretary of State Kurt Campbell', 'boilerplate-photo-credit'],
    ['Photo / Supplied', 'boilerplate-photo-credit'],
    ['Photo: Mr Key at the summit in Washington.', 'boilerplate-photo-credit'],
    ['File photo: the Beehive in Wellington', 'boilerplate-photo-credit'],
    ['Prime Minister Chris Hipkins in Beijing. Photo / Mark Mitchell', 'boilerplate-photo-credit'],
    ['Mr Key and Mr Obama at the White House (AP Photo/Evan Vucci).', 'boilerplate-photo-credit'],
    ['AP Photo/Evan Vucci', 'boilerplate-photo-credit'],
    ['Delegates at the opening session via Reuters', 'boilerplate-photo-credit'],
    [
      "NATO's Indo-Pacific partners; Tim Watts, Australia's Assistant Minister of Foreign Affairs; Kyoto Tsuji, Japan's Minister of State for Foreign Affairs; Jens Stoltenberg, NATO Secretary General.",
      'boilerplate-caption',
    ],
    ['Mere Tapsell, Fiji Foreign Minister; Sione Vaea, Tonga Deputy Prime Minister; Anna Berg, Swedish State Secretary', 'boilerplate-caption'],
  ];
  for (const [line, code] of positives) {
    it(`removes ${JSON.stringify(line.slice(0, 50))} as ${code}`, () => {
      assert.equal(classifyLine(line)?.code ?? null, code);
    });
  }

  it('names the agency of a sign-off', () => {
    assert.equal(classifyLine('- NZPA')?.agency, 'NZPA');
    assert.equal(classifyLine('— Reuters')?.agency, 'Reuters');
  });

  // Real sentences that look a little like furniture and must survive.
  const falsePositives: string[] = [
    'Reuters reported that the talks had stalled.',
    'Reuters and other agencies were briefed separately after the talks.',
    'The agency – Reuters – said talks had stalled.',
    'Getty Images sold to new owner',
    '"We came here to be heard."',
    '"No."',
    'Ends meet.',
    'The talks ends on Friday.',
    'Advertisement of the new policy was left to the final week.',
    'Advertisements for the roles closed on Friday.',
    'Sponsored by the Ministry, the visit went ahead.',
    '- the first point of a list',
    '- Tim Watts',
    '- NZ First wants a referendum.',
    'AP',
    'NZPA reported the figures on Monday.',
    'The meeting covered fisheries enforcement; climate finance, which several delegations said was slow; and regional policing.',
    "He took part in a meeting of NATO's Indo-Pacific Partners; Australia, Japan, New Zealand, and the Republic of Korea.",
    'The delegation included Tim Watts, the assistant minister; Jane Doe, an adviser; and John Roe, a trade official.',
    'Meetings are planned in Paris, France; Berlin, Germany; and Rome, Italy.',
    'Michael Caltabiano, the State President; Shane Stone, the Federal President; Lawrence Springborg, the Opposition leader.',
    'The appointment of Mr Tony Negus APM, as Commissioner of the Australian Federal Police (AFP).',
    'He shook hands with the President (photo).',
    'Photographs of the meeting were released later.',
    'Mr Peters met US Secretary of State Antony Blinken today.',
    'It has become usual for New Zealand foreign ministers to attend the annual NATO foreign ministers summit; Nanaia Mahuta went last year.',
    'E&OE is printed on every transcript, the clerk explained.',
    'Check against delivery, the speechwriter said, before the minister spoke.',
    'Reporting by the BBC found the talks had stalled.',
    'Editing by hand is slow, the clerk said.',
    '(Reporting by the ministry was late.) The talks went on.',
    'Associated Press reporters who covered the summit said the talks had stalled, and others contributed.',
    'Reuters journalists were told the fund had contributed to the relief effort.',
  ];
  for (const line of falsePositives) {
    it(`keeps ${JSON.stringify(line.slice(0, 60))}`, () => {
      assert.equal(classifyLine(line), null);
    });
  }

  it('skips captions where the source has none', () => {
    assert.equal(classifyLine('Photo / Supplied', { captions: false }), null);
    assert.equal(classifyLine('Mere Tapsell, Fiji Foreign Minister; Sione Vaea, Tonga Deputy; Anna Berg, Swedish State Secretary', { captions: false }), null);
    assert.equal(classifyLine('[ends]', { captions: false })?.code, 'boilerplate-ends');
  });

  it('needs three named segments for a caption list', () => {
    assert.equal(isCaptionList('Tim Watts, Assistant Minister; Jane Doe, Adviser'), false);
    assert.equal(isCaptionList('Tim Watts, Assistant Minister; Jane Doe, Adviser; Sam Lee, Trade Official'), true);
  });
});

describe('isHeadlineShaped', () => {
  const table: Array<[string, boolean]> = [
    ['John Key leaves US for Canada', true],
    ['Peters to press Pacific partners on security', true],
    ["'Natural partners': Key in Washington", true],
    ['NZ AND US RENEW PARTNERSHIP', true],
    ['Prime Minister John Key leaves Washington tonight confident that the relationship is stronger.', false],
    ['He is currently in Brussels at a NATO summit.', false],
    ['Is this the end?', false],
    ['WELLINGTON, April 11 (Reuters) -', false],
    ['11 April 2024', false],
    ['Brief', false],
    ['lower case start of a line', false],
    ['Talks continue, officials say,', false],
    ['This headline has far too many words to be a headline because it just keeps on going and going', false],
  ];
  for (const [line, expected] of table) {
    it(`${JSON.stringify(line)} → ${expected}`, () => assert.equal(isHeadlineShaped(line), expected));
  }
});

describe('bylineName', () => {
  const table: Array<[string, string | null]> = [
    ['By Jane Whitcombe', 'Jane Whitcombe'],
    ['By Jane Whitcombe, Political Editor', 'Jane Whitcombe'],
    ['By Sam Lee and Alex Kim', 'Sam Lee and Alex Kim'],
    // An agency after the name with no comma is not part of it; a one-word name keeps what it has.
    ['By TERESA ALCANTARA Associated Press', 'TERESA ALCANTARA'],
    ['By Jane Whitcombe Reuters', 'Jane Whitcombe'],
    ['By Jane AP', 'Jane AP'],
    ['By the end of the week talks had stalled', null],
    ['By Tuesday, talks had stalled.', null],
    ['By Tuesday', null],
    ['Jane Whitcombe', null],
  ];
  for (const [line, expected] of table) {
    it(`${JSON.stringify(line)} → ${expected}`, () => assert.equal(bylineName(line), expected));
  }
});

describe('stripInlineMarkers', () => {
  it('cuts a notice glued to a dateline and says where', () => {
    const r = stripInlineMarkers('24 May 1996 E&OE......... Well thank you');
    assert.equal(r.text, '24 May 1996 Well thank you');
    assert.deepEqual(r.cuts.map((c) => [c.at, c.code, c.excerpt]), [[11, 'boilerplate-eoe', 'E&OE.........']]);
  });

  it('cuts a notice glued to the first word', () => {
    const r = stripInlineMarkers('CHECK AGAINST DELIVERYI acknowledge the First Australians');
    assert.equal(r.text, 'I acknowledge the First Australians');
    assert.equal(r.cuts[0]?.at, 0);
  });

  it('leaves prose alone', () => {
    const text = 'Checking against delivery dates, the E&O team reported.';
    assert.deepEqual(stripInlineMarkers(text), { text, cuts: [] });
  });
});
