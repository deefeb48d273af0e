// Which of a sentence's dates dates the engagement: the nearest to its
// trigger, after it first ("met … on 02 February 2026"), then before it
// ("Today Mr Peters met …").
import type { Span } from '../../core/index.js';
import type { TimeExpression } from '../times/index.js';

/** Characters a date may lie from its trigger and still belong to it. */
const REACH_AFTER = 160;
const REACH_BEFORE = 120;

export function timeOf(times: readonly TimeExpression[], sentence: Span, trigger: Span): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  times.forEach((t, i) => {
    // Only a calendar value dates an engagement: "now" (PRESENT_REF) and seasons do not.
    if (t.start < sentence.start || t.end > sentence.end || (t.value !== null && !/^\d{4}(?:-(?:\d{2}|W\d{2}|Q[1-4]))?(?:-\d{2})?$/.test(t.value))) return;
    const after = t.start >= trigger.end;
    const distance = after ? t.start - trigger.end : trigger.start - t.end;
    if (distance > (after ? REACH_AFTER : REACH_BEFORE)) return;
    const weighted = after ? distance : distance * 1.3;
    if (weighted < bestDistance) {
      best = i;
      bestDistance = weighted;
    }
  });
  return best;
}
