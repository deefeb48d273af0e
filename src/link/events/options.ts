/** When two reports with the same participants and type family are one engagement (docs/events.md). */
export interface EventMergeOptions {
  /**
   * Dated reports: at most this many days between their dates (periods for
   * "next week", "in May"). 3: a visit reported on its first and last day,
   * or a date a report gives a day off, stays one engagement; the same two
   * ministers meeting again the next week are two.
   */
  readonly dateDays: number;
  /**
   * A report without a date matches on its document's date: at most this
   * many days between the two publications. 7: news of a meeting runs for
   * about a week; a month later it is another meeting.
   */
  readonly publishedDays: number;
}

export const EVENT_MERGE_DEFAULTS: EventMergeOptions = Object.freeze({ dateDays: 3, publishedDays: 7 });

/**
 * Types that merge with one another when the participants match: a meeting
 * one report calls "talks", another "a visit", a third "the summit". A call
 * and a signing are their own events, even between the same people the same
 * day (a leaders' call and a signing are not the meeting).
 */
export const TYPE_FAMILIES: Readonly<Record<string, string>> = Object.freeze({
  meet: 'meeting',
  visit: 'meeting',
  dialogue: 'meeting',
  summit: 'meeting',
  call: 'call',
  agreement: 'agreement',
});
