export { createEntitiesStage, entitiesStage, ENTITIES_DEFAULTS, canonicalOffice, oneHolderOffice } from './stage.js';
export type { EntitiesOptions } from './stage.js';
export type { EntityTagger, NerSpanLike } from './candidates/index.js';
export type { EntityLexicon } from './lexicon/index.js';
export { canonicalName, entityKey, foldDiacritics, nameFold, slugify, stripHonorifics, stripPossessive, surnameOf } from './names/index.js';
export { byPreference, primaryRole } from './roles/index.js';
export { mentionOverlapping, mentionsStartingIn } from './mentions-near.js';
export type { DocumentEntity, EntitiesOutput, EntityMention, EntityType, Office, OfficeMention, RoleEvidence, SpeakerLabelSpan } from './types.js';
