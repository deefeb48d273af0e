import { ENTITIES_DEFAULTS } from '../extract/entities/index.js';
import type { Gender, NameForm, PersonCandidate } from '../store/index.js';

const GENDERS = ENTITIES_DEFAULTS.lexicon.givenNameGenders;
const FEMALE = new Set(GENDERS?.female.map((n) => n.toLowerCase()) ?? []);
const MALE = new Set(GENDERS?.male.map((n) => n.toLowerCase()) ?? []);

/** A full-name person's sex as their first given name says (`person:jim-bolger` → 'm'), from the entities stage's list; null when unlisted. */
export function genderOfId(id: string): Gender | null {
  const first = id.replace(/^person:/, '').split('-')[0] ?? '';
  return FEMALE.has(first) ? 'f' : MALE.has(first) ? 'm' : null;
}

/** "Mrs Bolger" ('f') never joins Jim Bolger ('m'); unknown on either side never blocks. */
const conflicts = (gender: Gender | null | undefined, candidate: string) => {
  if (!gender) return false;
  const other = genderOfId(candidate);
  return other !== null && other !== gender;
};

/** Inclusive calendar years; null means any year, undated documents included. */
export interface YearWindow {
  readonly fromYear: string;
  readonly toYear: string;
}

/** A full-name person seen in a year (null: in an undated document). */
export interface SeenPerson extends PersonCandidate {
  readonly year: string | null;
  /** Document entities naming the person in full that year. */
  readonly rows: number;
}

const year = (n: number) => String(Math.max(0, Math.min(9999, n))).padStart(4, '0');

/** The calendar year of a `YYYY-MM-DD` date, or null. */
export function yearOf(published: string | null): string | null {
  return published !== null && /^\d{4}/.test(published) ? published.slice(0, 4) : null;
}

/** Years `years` either side of `y`. */
export function yearsAround(y: string, years: number): YearWindow {
  return { fromYear: year(Number(y) - years), toYear: year(Number(y) + years) };
}

/**
 * Where a short name looks for its full name. Initials are specific enough
 * to match across the whole corpus ("W. R. Peters"); a surname alone only
 * within a window of years around its document, and anywhere when its
 * document is undated.
 */
export function windowOf(form: NameForm, published: string | null, years: number): YearWindow | null {
  const y = yearOf(published);
  return form !== 'surname' || y === null ? null : yearsAround(y, years);
}

export function inWindow(seen: string | null, window: YearWindow | null): boolean {
  return window === null || (seen !== null && seen >= window.fromYear && seen <= window.toYear);
}

/**
 * The canonical id of a short name: the one full-name person among the
 * candidates it fits (initials must begin the full name's initials), or its
 * own id when there is none. A candidate whose first given name is of the
 * other sex than the short name's honorific says is none ("Mrs Bolger" and
 * Jim Bolger). With several, a dated surname still links to
 * the one that outnumbers the rest together `dominance` times over, counted
 * in documents within the window; otherwise ambiguity never merges.
 */
export function resolveShortForm(
  row: { readonly form: NameForm; readonly initials: string | null; readonly own: string; readonly gender?: Gender | null },
  candidates: Iterable<SeenPerson>,
  dominance = 0,
): string {
  if (row.form === 'full') return row.own;
  const rows = new Map<string, number>();
  for (const candidate of candidates) {
    if (row.form === 'initials' && !(candidate.initials ?? '').startsWith(row.initials ?? '')) continue;
    if (conflicts(row.gender, candidate.auto)) continue;
    rows.set(candidate.auto, (rows.get(candidate.auto) ?? 0) + candidate.rows);
    if (rows.size > 1 && dominance <= 0) return row.own;
  }
  if (rows.size <= 1) return [...rows.keys()][0] ?? row.own;
  const ranked = [...rows].sort((a, b) => b[1] - a[1]);
  const [top, topRows] = ranked[0]!;
  const others = ranked.slice(1).reduce((sum, [, n]) => sum + n, 0);
  return topRows >= dominance * others ? top : row.own;
}

/**
 * Full-name people seen per block, each (person, year) once, with the
 * candidates of a window remembered: one batch asks the same block and window
 * for many short names.
 */
export class PeopleSeen {
  private readonly byBlock = new Map<string, Map<string, SeenPerson>>();
  private readonly answers = new Map<string, SeenPerson[]>();
  private readonly variants = new Map<string, string>();

  /**
   * `variantYears`: how far either side of its year a full name with one
   * given name ("George Bush") looks for a fuller variant ("George W.
   * Bush"); 0 turns variants off. `dominance` picks among several.
   */
  constructor(private readonly options: { readonly variantYears: number; readonly dominance: number } = { variantYears: 0, dominance: 0 }) {}

  /**
   * The id a full name with one given name stands for in `year`: the one
   * fuller name of its block within `variantYears` that opens with the same
   * given name and whose initials extend its own ("George Bush" in 2003 →
   * George W. Bush; in 1997, with no George W. Bush near, itself). Several:
   * the dominant one, else itself. Any other name: itself.
   */
  variantOf(block: string, own: string, initials: string | null, year: string | null): string {
    const { variantYears, dominance } = this.options;
    if (variantYears <= 0 || year === null || initials?.length !== 1) return own;
    const key = `${block}\u0000${own}\u0000${year}`;
    let found = this.variants.get(key);
    if (found === undefined) {
      const first = `person:${own.slice('person:'.length).split('-')[0]}-`;
      const window = yearsAround(year, variantYears);
      const fuller = [...(this.byBlock.get(block)?.values() ?? [])].filter(
        (p) => p.auto !== own && (p.initials?.length ?? 0) > 1 && p.initials!.startsWith(initials) && p.auto.startsWith(first) && inWindow(p.year, window),
      );
      found = resolveShortForm({ form: 'surname', initials: null, own }, fuller, dominance);
      this.variants.set(key, found);
    }
    return found;
  }

  /** Counts `person.rows` more for the person's year. */
  add(block: string, person: SeenPerson): void {
    let people = this.byBlock.get(block);
    if (!people) this.byBlock.set(block, (people = new Map()));
    const key = `${person.auto}\u0000${person.year ?? ''}`;
    const before = people.get(key);
    people.set(key, before ? { ...before, rows: before.rows + person.rows } : person);
    this.answers.clear();
    this.variants.clear();
  }

  candidates(block: string, window: YearWindow | null): readonly SeenPerson[] {
    const key = `${block}\u0000${window?.fromYear ?? ''}\u0000${window?.toYear ?? ''}`;
    let found = this.answers.get(key);
    if (!found) {
      // A one-given-name full name counts as the fuller variant it stands for that year.
      found = [...(this.byBlock.get(block)?.values() ?? [])]
        .filter((person) => inWindow(person.year, window))
        .map((person) => {
          const auto = this.variantOf(block, person.auto, person.initials, person.year);
          return auto === person.auto ? person : { ...person, auto };
        });
      this.answers.set(key, found);
    }
    return found;
  }

  /**
   * The canonical id of a name read as `row`, in a document dated `published`.
   * Dominance applies to dated surnames only: their window is what a
   * change of counts revisits (`changedRanges` in `link-pending.ts`).
   */
  resolve(
    row: { readonly form: NameForm; readonly initials: string | null; readonly own: string; readonly block: string; readonly gender?: Gender | null },
    published: string | null,
    windowYears: number,
    dominance = 0,
  ): string {
    if (row.form === 'full') return this.variantOf(row.block, row.own, row.initials, yearOf(published));
    const window = windowOf(row.form, published, windowYears);
    return resolveShortForm(row, this.candidates(row.block, window), window === null ? 0 : dominance);
  }
}
