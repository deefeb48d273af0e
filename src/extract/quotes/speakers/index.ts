export { collectCandidates, isOfficeNoun } from './candidates.js';
export type { Candidate, CandidateKind, Candidates } from './candidates.js';
export { resolveSpeaker, releaseAuthor } from './resolve.js';
export type { SpeakerContext } from './resolve.js';
