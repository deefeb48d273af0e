export interface LinkOptions {
  /**
   * A surname alone ("Peters") in a document dated in year Y links to the
   * one full-name person of that surname seen from Y − n to Y + n (calendar
   * years); with none or several it stays its own entity.
   */
  readonly surnameWindowYears: number;
  /**
   * With several full-name people of the surname in that window, the surname
   * still links to the one whose documents there outnumber all the others'
   * together this many times ("Clark" in 2003: Helen Clark, not the one
   * story's Geoff Clark). 0 turns it off: ambiguity then never merges.
   */
  readonly dominance: number;
  /**
   * A full name with one given name ("George Bush") dated in year Y is the
   * one fuller name of its surname that opens with that given name ("George
   * W. Bush") seen from Y − n to Y + n. 0 turns it off.
   */
  readonly variantWindowYears: number;
  /** Queued documents per resolution transaction. */
  readonly batchSize: number;
}

export const LINK_DEFAULTS: LinkOptions = Object.freeze({ surnameWindowYears: 1, dominance: 5, variantWindowYears: 2, batchSize: 500 });
