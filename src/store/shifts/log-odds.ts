/**
 * The weighted log-odds ratio with an informative Dirichlet prior (Monroe,
 * Colaresi and Quinn 2008, "Fightin' Words", eq. 16–22): the log-odds of the
 * phrase in b minus in a, each smoothed by the prior's pseudo-counts, and its
 * z-score against the approximate variance 1/(y_b+α) + 1/(y_a+α).
 *
 * @param ya, yb the phrase's counts in each group
 * @param na, nb the groups' token counts
 * @param alpha the phrase's pseudo-count α_w
 * @param alpha0 the prior's total pseudo-count α_0 = Σ α_w
 */
export function logOdds(ya: number, yb: number, na: number, nb: number, alpha: number, alpha0: number): { delta: number; z: number } {
  const a = ya + alpha;
  const b = yb + alpha;
  const delta = Math.log(b / (nb + alpha0 - b)) - Math.log(a / (na + alpha0 - a));
  return { delta, z: delta / Math.sqrt(1 / b + 1 / a) };
}
