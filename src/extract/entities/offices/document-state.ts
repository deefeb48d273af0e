import type { Rules } from '../lexicon/index.js';
import { tokenizeText, type Tok } from '../text/index.js';

/** A state a document is in, with its country. */
export interface DocumentState {
  readonly state: string;
  readonly country: string;
}

/**
 * The one state whose seat of government the document's title or text
 * names ("Doorstop interview, Perth"; "great to be back in Perth"), or null
 * when it names none or the seats of two states. An Australian PM's
 * transcript beside a premier names the state's capital far more often than
 * the state ("the Premier, Roger Cook"): the premier is that state's.
 */
export function documentState(tokens: readonly Tok[], title: string | null, rules: Rules): DocumentState | null {
  const found = new Map<string, DocumentState>();
  const scan = (list: readonly Tok[]) => {
    for (let i = 0; i < list.length; i++) {
      const m = list[i]!.cap ? rules.seats.match(list, i) : null;
      if (m) found.set(m.value.state, m.value);
    }
  };
  scan(tokens);
  if (title) scan(tokenizeText(title));
  return found.size === 1 ? [...found.values()][0]! : null;
}
