import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceTexts } from './support.js';

// [input, expected sentences]. Each row is one trap of English news and
// government prose; the texts are this suite's own.
const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['The talks ended. Mr Peters flew home.', ['The talks ended.', 'Mr Peters flew home.']],
  ['Did they agree? Yes! They did.', ['Did they agree?', 'Yes!', 'They did.']],
  // Honorifics and titles never end a sentence.
  ['Mr. Peters met Dr. Ayesha Verrall and Prof. Smith today.', ['Mr. Peters met Dr. Ayesha Verrall and Prof. Smith today.']],
  ['Gen. Lt. Col. Sen. Rep. Gov. titles all stay. Then it ends.', ['Gen. Lt. Col. Sen. Rep. Gov. titles all stay.', 'Then it ends.']],
  // A list written one entry a line: each line its own sentence; hard-wrapped prose keeps its sentence across the break.
  ['Nicola Willis: Finance, Social Investment\nChris Bishop: Housing, Infrastructure\nMelissa Lee: Economic Development', ['Nicola Willis: Finance, Social Investment', 'Chris Bishop: Housing, Infrastructure', 'Melissa Lee: Economic Development']],
  ['The minister said the talks went\nwell and that officials would meet\nagain in March.', ['The minister said the talks went\nwell and that officials would meet\nagain in March.']],
  // Initials.
  ['President John F. Kennedy visited in 1963.', ['President John F. Kennedy visited in 1963.']],
  ['George H. W. Bush met Mr Lange. They talked.', ['George H. W. Bush met Mr Lange.', 'They talked.']],
  ['The group is called Plan B. The minister backs it.', ['The group is called Plan B.', 'The minister backs it.']],
  // Decimals and versions have no space after the stop.
  ['Growth was 3.5 per cent. Version v2.0 shipped.', ['Growth was 3.5 per cent.', 'Version v2.0 shipped.']],
  // Ellipses end a sentence only before a common opener.
  ['We will see... The talks resume Monday.', ['We will see...', 'The talks resume Monday.']],
  ['He paused … New Zealand will act.', ['He paused … New Zealand will act.']],
  ['The minister said … well, nothing.', ['The minister said … well, nothing.']],
  // Stops inside closing quotes.
  ['“We are close partners,” he said. “We will stay so.”', ['“We are close partners,” he said.', '“We will stay so.”']],
  ['“We are close partners.” he said.', ['“We are close partners.” he said.']],
  ['“The talks were useful.” Mr Peters says.', ['“The talks were useful.” Mr Peters says.']],
  ['"The talks were useful." Mr Peters said. "We agreed."', ['"The talks were useful." Mr Peters said.', '"We agreed."']],
  ['“The talks were useful.” Foreign Minister Winston Peters said today.', ['“The talks were useful.” Foreign Minister Winston Peters said today.']],
  ['“The talks were useful.” Mr Peters said the visit would continue.', ['“The talks were useful.”', 'Mr Peters said the visit would continue.']],
  ['“Is it over?” Mr Peters asked. Nobody answered.', ['“Is it over?” Mr Peters asked.', 'Nobody answered.']],
  ['“It is over.” The delegation left.', ['“It is over.”', 'The delegation left.']],
  ['He called it ‘a turning point.’ Then he left.', ['He called it ‘a turning point.’', 'Then he left.']],
  // Brackets.
  ['The vote passed. (The Greens abstained.) Debate resumes today.', ['The vote passed.', '(The Greens abstained.)', 'Debate resumes today.']],
  ['Trade grew (by 4 per cent.) in March.', ['Trade grew (by 4 per cent.) in March.']],
  // Dotted acronyms at a sentence end split only before a sentence opener.
  ['He lives in Washington D.C. Mr Peters will visit him.', ['He lives in Washington D.C.', 'Mr Peters will visit him.']],
  ['While in Washington D.C. Mr Peters will also call on Capitol Hill.', ['While in Washington D.C.', 'Mr Peters will also call on Capitol Hill.']],
  ['U.S. officials said the visit went well.', ['U.S. officials said the visit went well.']],
  ['The meeting starts at 10 a.m. The public may attend.', ['The meeting starts at 10 a.m.', 'The public may attend.']],
  ['He met the U.N. Secretary-General. It was brief.', ['He met the U.N. Secretary-General.', 'It was brief.']],
  // Known limit: a capitalised word that is not a listed opener keeps the acronym's sentence going.
  ['The deal was signed in the U.K. Officials from both sides attended.', ['The deal was signed in the U.K. Officials from both sides attended.']],
  // Abbreviations that usually end sentences, and number prefixes.
  ['They discussed trade, security etc. Ministers will meet again.', ['They discussed trade, security etc.', 'Ministers will meet again.']],
  // "1st." is the end of a word, not the abbreviation "St.".
  ['He came 1st. Then he left.', ['He came 1st.', 'Then he left.']],
  ['The answer was No. The vote failed.', ['The answer was No.', 'The vote failed.']],
  ['Fonterra Co. Ltd. The company said so.', ['Fonterra Co. Ltd.', 'The company said so.']],
  ['The talks were on Jan. 12 in Wellington.', ['The talks were on Jan. 12 in Wellington.']],
  // List numbers opening a sentence are not sentences.
  ['1. Trade comes first.', ['1. Trade comes first.']],
  ['Prices rose in 2023. 2024 was calmer.', ['Prices rose in 2023.', '2024 was calmer.']],
  // A sentence never crosses a paragraph, and a line break alone is a space.
  ['The talks ended\n\nwith an agreement.', ['The talks ended', 'with an agreement.']],
  ['The talks ended\nwith an agreement.', ['The talks ended\nwith an agreement.']],
  // A stray opening quote at a paragraph end stays with its sentence.
  ['This is the architecture of allies. “', ['This is the architecture of allies. “']],
  ['  Leading and trailing space is trimmed.   ', ['Leading and trailing space is trimmed.']],
  ['', []],
];

for (const [input, expected] of cases) {
  test(`segments ${JSON.stringify(input)}`, () => {
    assert.deepEqual(sentenceTexts(input), expected);
  });
}
