import { z } from 'zod';
import {
  entityDetailSchema,
  entityListSchema,
  eventParamsSchema,
  networkParamsSchema,
  mergeSchema,
  officeSchema,
  quoteParamsSchema,
  renameSchema,
  reuseParamsSchema,
  revertSchema,
  searchParamsSchema,
  shiftParamsSchema,
  splitSchema,
  trendParamsSchema,
} from '../app/index.js';

const hit = z.object({
  id: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable().describe('YYYY-MM-DD'),
  source: z.string().nullable(),
  kind: z.enum(['release', 'news', 'speech', 'other']),
  snippet: z.string().describe('HTML-escaped text; matches wrapped in <mark>'),
  score: z.number().describe('Higher is better; 0 without a query'),
});
const facetValues = z.array(z.object({ value: z.string(), count: z.number().int() }));
const entityFacetValues = z.array(
  z.object({ value: z.string().describe('Canonical entity id'), label: z.string().describe('Its canonical name'), count: z.number().int().describe('Documents') }),
);
const entityType = z.enum(['person', 'org', 'place']);
const date = z.string().nullable().describe('YYYY-MM-DD');
const office = { title: z.string(), of: z.string().nullable().describe('Whose office (country or organisation); null when unknown') };
const officeHistory = z.object({
  office: z.object(office),
  terms: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      firstAttested: z.string().describe('Date of the first document naming the person in the office, in this term'),
      lastAttested: z.string(),
      documents: z.number().int(),
      until: z.string().nullable().describe("The successor's first evidence; null for the latest holder"),
    }),
  ),
});
const role = z.object({ ...office, from: date, to: date }).describe('An office held: dates of the first and last documents that show it');
const entitySummary = {
  id: z.string().describe('Canonical id, stable across runs: person:winston-peters'),
  type: entityType,
  name: z.string().describe('Canonical name'),
  mentions: z.number().int(),
  documents: z.number().int(),
  firstSeen: date,
  lastSeen: date,
};
const entityPage = z.object({ total: z.number().int(), results: z.array(z.object({ ...entitySummary, roles: z.array(role) })) });
const entityDetail = z.object({
  ...entitySummary,
  aliases: z.array(z.string()),
  roles: z.array(role.extend({ documents: z.number().int() })),
  documentsList: z
    .array(z.object({ id: z.string(), title: z.string().nullable(), published: date, source: z.string().nullable(), kind: hit.shape.kind, mentions: z.number().int() }))
    .describe('Newest first, undated last; paged by limit and offset'),
  coMentioned: z.array(z.object({ id: z.string(), type: entityType, name: z.string(), count: z.number().int().describe('Documents mentioning both') })),
});
const documentEntity = z.object({
  type: entityType,
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  id: z.string().nullable(),
  name: z.string().nullable(),
  role: z.string().nullable().describe('The role this document gives the entity'),
  roleOf: z.string().nullable().describe('Whose office the role is: a country or organisation; null when unknown or when the evidence disagrees'),
  roleTense: z.enum(['current', 'former', 'future']).nullable().describe('former: "former Prime Minister"; future: "Prime Minister-elect"'),
});
const officeMention = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  office: z.object(office),
  id: z.string().nullable().describe('Whoever held the office on the document date, from the role history in the corpus'),
  name: z.string().nullable(),
});
const span = z.object({ start: z.number().int(), end: z.number().int() });
const reuseSide = z.object({ id: z.string(), path: z.string(), title: z.string().nullable(), published: date, source: z.string().nullable(), kind: hit.shape.kind });
const reusePair = z.object({
  source: reuseSide.describe('The earlier document; on equal or unknown dates, the release'),
  target: reuseSide,
  sourceShare: z.number().describe("Fraction of the source's text found in the target"),
  targetShare: z.number().describe("Fraction of the target's text taken from the source"),
  lagDays: z.number().int().nullable().describe('Days from source to target; null when either date is unknown'),
  passages: z.array(z.object({ source: span, target: span })).describe('Reused passages: offsets into each text'),
});
const reusePage = z.object({ total: z.number().int(), pairs: z.array(reusePair) });
const quoteRow = z.object({
  id: z.string().describe('<documentId>:<start>: stable while the document is unchanged'),
  document: z.object({ id: z.string(), title: z.string().nullable(), published: date, source: z.string().nullable(), kind: hit.shape.kind, path: z.string() }),
  text: z.string().describe('The quoted words without the outer quotation marks: text.slice(start, end) of the document'),
  start: z.number().int(),
  end: z.number().int(),
  kind: z.enum(['direct', 'partial', 'turn']).describe('turn: a labelled speaker turn in a transcript'),
  cue: z.string().nullable().describe('The speech verb as written ("says", "told"), or null'),
  speaker: z
    .object({
      id: z.string().nullable().describe('Canonical entity id; null only for an office no one is known to hold at the date'),
      name: z.string().describe('Canonical name; the office title when only the office is known'),
      mention: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }).describe('The words naming the speaker here; an empty span at 0 for a release minister from metadata'),
      via: z.enum(['cue', 'pronoun', 'role', 'label', 'nearby', 'intro', 'release']),
      office: z.object(office).optional().describe('Only for a speaker named by office; resolved to whoever held it at the document date'),
    })
    .nullable(),
  cluster: z.string().nullable().describe('qc-…: the same quote in other documents; null when no other document carries it'),
  clusterSize: z.number().int().describe('Documents in its cluster; 1 when none'),
});
const quotePage = z.object({ total: z.number().int(), results: z.array(quoteRow) });
const quoteCluster = z.object({
  id: z.string(),
  size: z.number().int().describe('Documents carrying the quote'),
  earliest: z.object({ id: z.string().describe('Document id'), published: date }),
  members: z
    .array(quoteRow.extend({ lagDays: z.number().int().nullable().describe('Days from the earliest; null when either date is unknown') }))
    .describe('Oldest first: by date (undated last), a release before news, document id, start'),
});
const timeRow = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int().describe('The end offset, as for every annotation'),
  value: z.string().nullable().describe('TIMEX3: 2024-04-11, 2024-W15, 2024-04, 2024-Q2, 2024; null for a relative date with no publication date'),
  grain: z.enum(['day', 'week', 'month', 'quarter', 'year']).nullable(),
  until: z.object({ value: z.string(), grain: z.string() }).nullable().describe("A range's last value ('3–5 April')"),
  relative: z.boolean().describe('Resolved against the publication date'),
  direction: z.enum(['past', 'future', 'same']).nullable(),
});
const eventType = z.enum(['meet', 'visit', 'call', 'dialogue', 'summit', 'agreement']);
const eventStatus = z.enum(['held', 'planned', 'cancelled']);
const eventLevel = z.enum(['leader', 'minister', 'official', 'other']);
const eventMention = z.object({
  type: eventType,
  date: date,
  dateText: z.string().nullable(),
  place: z.string().nullable().describe('Canonical name'),
  status: eventStatus,
  level: eventLevel,
  plover: z.string().describe('PLOVER category: CONSULT, AGREE, SUPPORT'),
  participants: z.array(z.string()).describe('Canonical names; an office no one is known to hold by its label ("Minister of Foreign Affairs, Belgium")'),
  evidence: span,
  ploverMode: z.string().nullable(),
  cameo: z.string(),
  dateGrain: z.string().nullable(),
  participantIds: z.array(z.string().nullable()).describe('Canonical ids; null for an office no one is known to hold'),
  trigger: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }),
  engagement: z.string().nullable().describe('The merged engagement (ev-…); null until linking has run'),
});
const engagement = z.object({
  id: z.string().describe('ev-…: stable while its oldest report is'),
  type: eventType,
  status: eventStatus.describe('held once any report says it was held; otherwise what the latest report says'),
  level: eventLevel.describe("The highest participant's level, from their role on the date"),
  plover: z.string(),
  ploverMode: z.string().nullable(),
  cameo: z.string(),
  date: date.describe('TIMEX3 value; null when no report dates it'),
  dateGrain: z.string().nullable(),
  place: z.object({ id: z.string().nullable(), name: z.string() }).nullable(),
  participants: z.array(
    z.object({
      id: z.string().nullable(),
      name: z.string(),
      type: z.enum(['person', 'org', 'place', 'office']),
      role: z.string().nullable(),
      roleOf: z.string().nullable(),
    }),
  ),
  countries: z.array(z.string()).describe("The participants' roleOf, and country participants"),
  history: z.array(z.object({ status: eventStatus, document: z.string(), published: date })).describe('Each status with its first report'),
  sources: z.array(
    z.object({
      document: z.object({ id: z.string(), title: z.string().nullable(), published: date, source: z.string().nullable(), kind: hit.shape.kind, path: z.string() }),
      evidence: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }),
      dateText: z.string().nullable(),
      status: eventStatus,
    }),
  ),
});
const network = z.object({
  nodes: z.array(z.object({ id: z.string(), label: z.string(), type: z.string(), weight: z.number().int().describe('Engagements it takes part in') })),
  edges: z.array(z.object({ source: z.string(), target: z.string(), weight: z.number().int().describe('Engagements the two share'), events: z.array(z.string()) })),
});
const trendPoint = z.object({
  bucket: z.string().describe('2024-04-11, 2024-W15, 2024-04, 2024-Q2 or 2024'),
  matches: z.number().int().describe('Documents matching (per-million: occurrences); equals a search for the phrase over the bucket'),
  total: z.number().int().describe('Documents in scope (per-million: words): the denominator'),
  value: z.number(),
  from: z.string().describe("The bucket's first day"),
  to: z.string().describe("The bucket's last day"),
});
const trend = z.object({
  by: z.enum(['day', 'week', 'month', 'quarter', 'year']),
  measure: z.enum(['share', 'count', 'per-million']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  series: z.array(z.object({ phrase: z.string(), source: z.string().nullable(), kind: z.string().nullable(), points: z.array(trendPoint) })),
});
const shiftSide = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  group: z.string().nullable(),
  documents: z.number().int(),
  words: z.number().int(),
  sample: z.number().describe('Share of the side counted: 1, or less when a fixed sample stands for a side over the text budget'),
});
const shiftedPhrase = z.object({
  phrase: z.string(),
  z: z.number().describe('Weighted log-odds z-score; positive: more used on side b'),
  delta: z.number(),
  aCount: z.number().int(),
  bCount: z.number().int(),
  aDocs: z.number().int(),
  bDocs: z.number().int(),
  first: z.array(z.object({ id: z.string(), published: z.string().nullable(), title: z.string().nullable(), source: z.string().nullable() })),
  speakers: z.array(z.object({ id: z.string().nullable(), name: z.string(), published: z.string().nullable(), document: z.string() })),
});
const shifts = z.object({ a: shiftSide, b: shiftSide, rising: z.array(shiftedPhrase), falling: z.array(shiftedPhrase) });
const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), position: z.number().int().optional() }),
});

const mentionRef = z.object({ document: z.string(), start: z.number().int(), end: z.number().int() }).describe("One mention: its character span in the document's text");
const correction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('merge'), into: z.string().describe('The survivor: keeps its id and name'), from: z.string().describe('Merged away') }),
  z.object({
    kind: z.literal('split'),
    id: z.string(),
    documents: z.array(z.string()),
    mentions: z.array(mentionRef).optional().describe('Single mentions moved, when the split named any'),
    newId: z.string(),
    name: z.string(),
  }),
  z.object({ kind: z.literal('rename'), id: z.string(), name: z.string() }),
]);
const storedCorrection = correction.and(z.object({ seq: z.number().int().describe('Its number, as `parley entities corrections` lists it'), at: z.string().describe('ISO timestamp') }));
const correctionResult = z.object({
  correction,
  reassigned: z.number().int().describe('Document entities that changed canonical id'),
  entity: entityDetail.describe('The entity the correction leaves: the merged-into one, the new one of a split, the renamed one'),
  message: z.string().describe('What happened, in one sentence'),
});
const mergeResult = correctionResult.extend({
  merged: z.string().describe('The id merged away'),
  survivor: z
    .object({ id: z.string(), name: z.string(), mentions: z.number().int(), documents: z.number().int() })
    .describe('The entity that survives, keeping its id and name, with what it holds now'),
  message: z.string().describe('"Merged <from> into <into>; <into> (<name>) survives, N mentions in M documents."'),
});
const undoResult = z.object({
  undone: storedCorrection,
  reassigned: z.number().int().describe('Document entities that changed canonical id when the other corrections were replayed'),
  message: z.string(),
});
const revertResult = z.object({
  reverted: storedCorrection,
  reassigned: z.number().int().describe('Document entities that changed canonical id when the other corrections were replayed'),
  message: z.string(),
});

const json = (schema: z.ZodType) => ({ 'application/json': { schema: z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) } });
const errors = {
  '400': { description: 'Invalid parameter or query syntax', content: json(errorBody) },
  '500': { description: 'Server error', content: json(errorBody) },
};

/** Query parameters derived from the same zod schema that validates them. */
function queryParameters(schema: z.ZodType): object[] {
  const shape = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, object>;
  };
  return Object.entries(shape.properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    schema,
    ...(['source', 'kind', 'minister', 'portfolio', 'type', 'status', 'level', 'country', 'participant', 'phrase'].includes(name) ? { explode: true, description: 'Repeat for any-of' } : {}),
    ...(['person', 'org', 'place'].includes(name)
      ? { explode: true, description: 'Entity ids of this type (GET /api/entities); any of them, and every type given' }
      : {}),
  }));
}

/** A correction route: token-guarded, body validated by the same zod schema the CLI's flags go through. */
function correctionRoute(summary: string, body: z.ZodType | null, result: z.ZodType): object {
  return {
    post: {
      summary,
      security: [{ bearer: [] }],
      ...(body ? { requestBody: { required: true, content: json(body) } } : {}),
      responses: {
        '200': { description: 'Stored and applied; replayed after every later resolution', content: json(result) },
        '400': { description: 'Invalid body: the message names each field', content: json(errorBody) },
        '401': { description: 'Missing or wrong Authorization: Bearer <token>', content: json(errorBody) },
        '403': { description: 'The server has no token (read-only), or the Origin is another site', content: json(errorBody) },
        '404': { description: 'No such entity', content: json(errorBody) },
      },
    },
  };
}

const searchParameters = () => queryParameters(searchParamsSchema);
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

/** The OpenAPI 3.1 description served at /api/openapi.json. */
export function openApiDocument(version: string): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley API',
      version,
      description:
        'Search foreign-affairs releases and news; every fact keeps its source span. Reads are open; the correction routes need the ' +
        "server's token (`parley serve --token`) and, from a browser, a same-origin page. Requests whose Host is not the server's get 403.",
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The --token (or PARLEY_TOKEN) the server was started with' } } },
    paths: {
      '/api/search': {
        get: {
          summary: 'Full-text search with filters',
          parameters: searchParameters(),
          responses: { '200': { description: 'Matches', content: json(z.object({ total: z.number().int(), results: z.array(hit) })) }, ...errors },
        },
      },
      '/api/facets': {
        get: {
          summary: 'Facet counts over what a search matches',
          parameters: searchParameters(),
          responses: {
            '200': {
              description: 'Counts',
              content: json(
                z.object({
                  source: facetValues,
                  kind: facetValues,
                  year: facetValues,
                  minister: facetValues,
                  portfolio: facetValues,
                  person: entityFacetValues,
                  org: entityFacetValues,
                  place: entityFacetValues,
                }),
              ),
            },
            ...errors,
          },
        },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'One document with its text, metadata, messages, segments, entity mentions, office mentions, quotes, times and engagement reports',
          parameters: [idParameter],
          responses: {
            '200': {
              description: 'The document; `entities`, `officeMentions` and the speakers of `quotes` (in text order) carry canonical ids',
              content: json(z.object({ id: z.string(), text: z.string(), entities: z.array(documentEntity), officeMentions: z.array(officeMention), quotes: z.array(quoteRow), times: z.array(timeRow), events: z.array(eventMention) }).loose()),
            },
            '404': { description: 'No such document', content: json(errorBody) },
          },
        },
      },
      '/api/entities': {
        get: {
          summary: 'People, organisations and places resolved across documents, most mentioned first',
          parameters: queryParameters(entityListSchema),
          responses: { '200': { description: 'A page of entities', content: json(entityPage) }, ...errors },
        },
      },
      '/api/entities/{id}': {
        get: {
          summary: 'One entity: aliases, roles over time, its documents and who it is mentioned with',
          parameters: [idParameter, ...queryParameters(entityDetailSchema)],
          responses: {
            '200': { description: 'The entity', content: json(entityDetail) },
            '400': errors['400'],
            '404': { description: 'No such entity', content: json(errorBody) },
          },
        },
      },
      '/api/offices': {
        get: {
          summary: 'Who held an office (title and owner) over time, as `parley entities office`: each holder, when attested, and until the successor the corpus shows',
          parameters: queryParameters(officeSchema),
          responses: { '200': { description: 'The office and its terms in date order', content: json(officeHistory) }, ...errors },
        },
      },
      '/api/entities/merge': correctionRoute(
        'Merge entity `from` into `into`; `into` survives, keeping its id and name, and the response names it (`survivor`), as `parley entities merge <from> --into <into>`',
        mergeSchema,
        mergeResult,
      ),
      '/api/entities/split': correctionRoute(
        "Move an entity's mentions in `documents`, and the single `mentions` (by span), to a new entity named `name` (default: the same name, id `<id>~2`), as `parley entities split`. A mention must be one of the entity's: GET /api/documents/{id} lists them under `entities`",
        splitSchema,
        correctionResult,
      ),
      '/api/entities/rename': correctionRoute("Change an entity's canonical name; its id stays, as `parley entities rename`", renameSchema, correctionResult),
      '/api/entities/undo': correctionRoute(
        'Take back the last correction: it is removed and the others replayed over a full resolution (no body)',
        null,
        undoResult,
      ),
      '/api/entities/revert': correctionRoute(
        'Take back correction `seq` (as `parley entities corrections` numbers it): it is removed and the others replayed over a full resolution, as `parley entities revert <N>`. An unknown number is a 400 naming the valid ones',
        revertSchema,
        revertResult,
      ),
      '/api/reuse': {
        get: {
          summary: 'Related pairs: documents that reprint other documents, larger share first',
          parameters: queryParameters(reuseParamsSchema),
          responses: { '200': { description: 'A page of pairs', content: json(reusePage) }, ...errors },
        },
      },
      '/api/reuse/{a}/{b}': {
        get: {
          summary: 'The pair of two documents (either order), with its passages',
          parameters: [{ ...idParameter, name: 'a' }, { ...idParameter, name: 'b' }],
          responses: {
            '200': { description: 'The pair', content: json(reusePair) },
            '404': { description: 'No such document, or the two are not related', content: json(errorBody) },
          },
        },
      },
      '/api/documents/{id}/reuse': {
        get: {
          summary: 'The pairs of one document: what reprinted it, and what it reprinted',
          parameters: [idParameter, ...queryParameters(reuseParamsSchema)],
          responses: {
            '200': { description: 'A page of pairs', content: json(reusePage) },
            '400': errors['400'],
            '404': { description: 'No such document', content: json(errorBody) },
          },
        },
      },
      '/api/quotes': {
        get: {
          summary:
            'Quotes with resolved speakers, newest first, as `parley quotes`: `speaker` (id or name), `role` and `of` (whoever held that office at each quote\'s date, and quotes naming the office), `contains` (the search syntax over quote text), dates, source, kind, cluster',
          parameters: queryParameters(quoteParamsSchema),
          responses: {
            '200': { description: 'A page of quotes', content: json(quotePage) },
            ...errors,
            '503': { description: 'The query ran past the server\'s time budget (query-timeout)', content: json(errorBody) },
          },
        },
      },
      '/api/quotes/clusters/{id}': {
        get: {
          summary: 'One quote cluster: the same quote, trimmed or lightly edited, across documents, members oldest first with their lag',
          parameters: [idParameter],
          responses: {
            '200': { description: 'The cluster', content: json(quoteCluster) },
            '404': { description: 'No such cluster', content: json(errorBody) },
          },
        },
      },
      '/api/events': {
        get: {
          summary:
            'Engagements (meetings, visits, calls, talks, summits, signings) merged across their reports, oldest first (order=desc: newest), undated last, as `parley events`: type, status, level, country, participant (id or name), source, kind (each repeatable), match=all for every listed country and participant together (NZ–US meetings: country=New Zealand&country=United States&match=all), from and to on the engagement date',
          parameters: queryParameters(eventParamsSchema),
          responses: {
            '200': { description: 'A page of engagements', content: json(z.object({ total: z.number().int(), results: z.array(engagement) })) },
            ...errors,
            '503': { description: "The query ran past the server's time budget (query-timeout)", content: json(errorBody) },
          },
        },
      },
      '/api/events/{id}': {
        get: {
          summary: 'One engagement with every report of it',
          parameters: [idParameter],
          responses: {
            '200': { description: 'The engagement', content: json(engagement) },
            '404': { description: 'No such engagement', content: json(errorBody) },
          },
        },
      },
      '/api/network': {
        get: {
          summary: 'Who engages with whom over the engagements the /api/events filters pass: by=person (default) or country, as `parley network --json`',
          parameters: queryParameters(networkParamsSchema),
          responses: { '200': { description: 'Nodes weighted by engagements, edges by engagements shared', content: json(network) }, ...errors },
        },
      },
      '/api/trends': {
        get: {
          summary:
            'How often phrases are used over time, as `parley trends --json`: phrase (repeat, up to 10, each in the search syntax), by (day|week|month|quarter|year), measure (share|count|per-million), split (source|kind), smooth, from, to, source, kind, speaker, role, of',
          parameters: queryParameters(trendParamsSchema),
          responses: { '200': { description: 'One series per phrase (and split value), every bucket from the first to the last dated document in scope', content: json(trend) }, ...errors },
        },
      },
      '/api/shifts': {
        get: {
          summary:
            'The phrases whose use rose or fell most between two periods (from=1996..2000&to=2005..2009) or two groups (group=kind:release&vs=kind:news), as `parley shifts --json`; source, kind, minDocs, limit',
          parameters: queryParameters(shiftParamsSchema),
          responses: { '200': { description: 'Rising and falling phrases by weighted log-odds z-score, with who used each rising phrase first', content: json(shifts) }, ...errors },
        },
      },
      '/api/stats': {
        get: { summary: 'Store size', responses: { '200': { description: 'Counts', content: json(z.object({ documents: z.number(), bytes: z.number() })) } } },
      },
    },
  };
}
