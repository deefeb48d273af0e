import type { ShownRole } from './entity-types.js';

/** An owner a document gives a person's title: stated, or inferred by the entities stage. */
export interface StatedOwner {
  /** The person's canonical id. */
  readonly person: string;
  readonly title: string;
  readonly of: string;
  /** The document stating it: owners are weighed by how many documents state them. */
  readonly document: string;
  /** The stage inferred it (venue, the document's country, the country named most): weaker than any stated owner. */
  readonly inferred?: boolean;
}

const key = (person: string, title: string) => `${person}\u0000${title}`;

/**
 * Whose office a shown role is, as evidence allows and never as a guess
 * (issue 13):
 * - an owner the document states stands, unless the corpus states another
 *   owner of the same title for the person in `dominance` times as many
 *   documents ("Iraqi President Clinton" once against "US President Bill
 *   Clinton" in many): then that one;
 * - an owner the stage inferred (the venue, the document's country), or left
 *   unknown, yields to the owner the person is stated to hold the title for
 *   elsewhere ("US President George Bush" in another document makes a bare
 *   "President Bush" the United States'), the dominant one when several;
 * - an inference that is not the country the person is stated to serve in
 *   their other roles (the dominant one; a country is an owner the stage
 *   also inferred for them somewhere, so a party never counts) is evidence
 *   disagreeing: null;
 * - with nothing stated anywhere, the inferences of all documents are weighed
 *   the same way: "President Clinton" inferred Iraq's in one transcript,
 *   Zimbabwe's in another and the United States' in six is the United
 *   States' everywhere; without a dominant one, null;
 * - stated owners none of which dominates, or an inference another holder's
 *   stated evidence contradicts (`credited` false), give null: not the
 *   publisher's country.
 */
export class RoleOwners {
  private readonly stated = new Map<string, Map<string, Set<string>>>();
  private readonly inferred = new Map<string, Map<string, Set<string>>>();
  /** Per person, the owners stated for any of their titles. */
  private readonly home = new Map<string, Map<string, Set<string>>>();
  /** Per person, every owner the stage inferred for them: inferences are countries, so these tell a country from a party. */
  private readonly guessed = new Map<string, Set<string>>();
  // Asked once per role row (thousands for a long-serving leader's roles over time): each weighing once.
  private readonly weighed = new WeakMap<ReadonlyMap<string, ReadonlySet<string>>, { top: string; dominant: string | null }>();
  private readonly homeCountry = new Map<string, string | null | undefined>();

  constructor(
    evidence: Iterable<StatedOwner>,
    private readonly dominance = 3,
  ) {
    for (const e of evidence) {
      const k = key(e.person, e.title);
      const map = e.inferred ? this.inferred : this.stated;
      const byOwner = map.get(k) ?? map.set(k, new Map()).get(k)!;
      (byOwner.get(e.of) ?? byOwner.set(e.of, new Set()).get(e.of)!).add(e.document);
      if (e.inferred) {
        (this.guessed.get(e.person) ?? this.guessed.set(e.person, new Set()).get(e.person)!).add(e.of);
        continue;
      }
      const home = this.home.get(e.person) ?? this.home.set(e.person, new Map()).get(e.person)!;
      (home.get(e.of) ?? home.set(e.of, new Set()).get(e.of)!).add(e.document);
    }
  }

  /** The owner in `dominance` times as many documents as all the others together, or null; `top` either way. */
  private weigh(byOwner: ReadonlyMap<string, ReadonlySet<string>>): { top: string; dominant: string | null } {
    const known = this.weighed.get(byOwner);
    if (known) return known;
    const ranked = [...byOwner].map(([of, docs]) => [of, docs.size] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [top, topDocs] = ranked[0]!;
    const others = ranked.slice(1).reduce((sum, [, n]) => sum + n, 0);
    const weighed = { top, dominant: others === 0 || topDocs >= this.dominance * others ? top : null };
    this.weighed.set(byOwner, weighed);
    return weighed;
  }

  /** The country a person's stated roles serve: the dominant one, null when none dominates, undefined when none is stated. Only countries count (see `ownerOf`). */
  private countryOf(person: string): string | null | undefined {
    if (!this.homeCountry.has(person)) {
      const guessed = this.guessed.get(person);
      const home = new Map([...(this.home.get(person) ?? [])].filter(([of]) => guessed?.has(of)));
      this.homeCountry.set(person, home.size > 0 ? this.weigh(home).dominant : undefined);
    }
    return this.homeCountry.get(person);
  }

  ownerOf(person: string, role: ShownRole, credited: boolean): string | null {
    const k = key(person, role.title);
    const byOwner = this.stated.get(k);
    const stated = role.of !== null && !role.ofInferred;
    if (byOwner && byOwner.size > 0) {
      const { top, dominant } = this.weigh(byOwner);
      if (stated) return role.of === top || dominant === null ? role.of : dominant;
      return dominant;
    }
    if (stated) return role.of;
    if (!credited || role.of === null) return null;
    // A guess against the country the person is stated to serve everywhere else is evidence disagreeing:
    // Helen Clark, New Zealand's in every stated role, is no "Leader of the Opposition" of Australia for being named in Canberra.
    // Only countries count: "National Party" spokesperson elsewhere says nothing against New Zealand's minister.
    const country = this.countryOf(person);
    if (country !== undefined && country !== role.of) return null;
    const guesses = this.inferred.get(k);
    return guesses && guesses.size > 0 ? this.weigh(guesses).dominant : role.of;
  }
}
