import { z } from 'zod';
import { searchParamsSchema } from '../app/index.js';

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
const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), position: z.number().int().optional() }),
});

const json = (schema: z.ZodType) => ({ 'application/json': { schema: z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) } });
const errors = {
  '400': { description: 'Invalid parameter or query syntax', content: json(errorBody) },
  '500': { description: 'Server error', content: json(errorBody) },
};

/** Query parameters derived from the same zod schema that validates them. */
function searchParameters(): object[] {
  const shape = z.toJSONSchema(searchParamsSchema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, object>;
  };
  return Object.entries(shape.properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    schema,
    ...(['source', 'kind', 'minister', 'portfolio'].includes(name) ? { explode: true, description: 'Repeat for any-of' } : {}),
  }));
}

/** The OpenAPI 3.1 description served at /api/openapi.json. */
export function openApiDocument(version: string): object {
  return {
    openapi: '3.1.0',
    info: { title: 'Parley API', version, description: 'Search foreign-affairs releases and news; every fact keeps its source span.' },
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
              content: json(z.object({ source: facetValues, kind: facetValues, year: facetValues, minister: facetValues, portfolio: facetValues })),
            },
            ...errors,
          },
        },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'One document with its text, metadata, messages and segments',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'The document' }, '404': { description: 'No such document', content: json(errorBody) } },
        },
      },
      '/api/stats': {
        get: { summary: 'Store size', responses: { '200': { description: 'Counts', content: json(z.object({ documents: z.number(), bytes: z.number() })) } } },
      },
    },
  };
}
