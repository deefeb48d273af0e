export interface LinkOptions {
  /**
   * A surname alone ("Peters") in a document dated in year Y links to the
   * one full-name person of that surname seen from Y − n to Y + n (calendar
   * years); with none or several it stays its own entity.
   */
  readonly surnameWindowYears: number;
  /** Queued documents per resolution transaction. */
  readonly batchSize: number;
}

export const LINK_DEFAULTS: LinkOptions = Object.freeze({ surnameWindowYears: 1, batchSize: 500 });
