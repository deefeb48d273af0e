// Given names in their familiar forms ("Bob" for "Robert"): the office-holders list, a
// transcript's metadata ("Hawke, Robert") and the text ("Bob Hawke") may each write either.

/** Formal given names and their familiar forms, lower case. */
const PAIRS: readonly (readonly [string, readonly string[]])[] = [
  ['william', ['bill', 'billy', 'will']],
  ['robert', ['bob', 'rob', 'bobby']],
  ['james', ['jim', 'jimmy']],
  ['anthony', ['tony']],
  ['michael', ['mike']],
  ['richard', ['dick', 'rick']],
  ['thomas', ['tom']],
  ['joseph', ['joe']],
  ['edward', ['ted', 'ed']],
  ['charles', ['chuck']],
  ['christopher', ['chris']],
  ['kenneth', ['ken']],
  ['ronald', ['ron']],
  ['donald', ['don']],
  ['gerald', ['gerry', 'jerry']],
  ['elizabeth', ['liz']],
  ['margaret', ['maggie']],
  ['benjamin', ['ben']],
  ['stephen', ['steve']],
  ['steven', ['steve']],
  ['alexander', ['alex']],
  ['lawrence', ['larry']],
  ['nicholas', ['nick']],
  ['daniel', ['dan']],
  ['samuel', ['sam']],
];

/** Given names and their familiar forms, both ways, as `holderKey` folds them: "William" ↔ "Bill". */
export const FAMILIAR_FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [formal, familiar] of PAIRS) {
    out.set(formal, [...(out.get(formal) ?? []), ...familiar]);
    for (const f of familiar) out.set(f, [...(out.get(f) ?? []), formal]);
  }
  return out;
})();

/** Familiar form → its one formal name; a form of two ("steve": Stephen or Steven) is left out. */
const FORMAL: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const [formal, familiar] of PAIRS) {
    for (const f of familiar) {
      if (out.has(f) && out.get(f) !== formal) shared.add(f);
      out.set(f, formal);
    }
  }
  for (const f of shared) out.delete(f);
  return out;
})();

/** The formal given name a familiar form stands for ("bob" → "robert"); any other word as it is. Lower case in, lower case out. */
export function formalGiven(folded: string): string {
  return FORMAL.get(folded) ?? folded;
}
