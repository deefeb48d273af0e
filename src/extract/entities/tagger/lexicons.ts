import type { ClusterTable } from './clusters.js';
import type { Gazetteer } from './gazetteer.js';

/** The language data features read besides the words: word clusters and name lists. */
export interface Lexicons {
  /** Brown classes of the 40,000 most frequent words. */
  readonly clusters: ClusterTable;
  readonly gazetteer: Gazetteer;
  /**
   * Names seen in the training data (NAME_TYPES). Training reads, for each
   * document, a list built from the other folds only (see train.ts).
   */
  readonly names: Gazetteer;
}
