// A document's person mentions clustered: surnames and honorific mentions joined
// to the full name they stand for.
export { bestName, clusterPersons, type Gender, namesInRemovedHeaders, namesInTitle, type PersonCluster, personMention, type PersonMention, splitPersonCandidates, WEAK_CONFIDENCE } from './coreference.js';
export { authorOffice, labelOf, type LabelledAuthor, sameName, type SpeakerLabel, speakerLabels, withSpeakerLabels } from './labels.js';
