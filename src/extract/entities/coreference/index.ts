// A document's person mentions clustered: surnames and honorific mentions joined
// to the full name they stand for.
export { bestName, clusterPersons, type PersonCluster, personMention, type PersonMention } from './coreference.js';
