import assert from 'node:assert/strict';
import { it } from 'node:test';
import * as store from './index.js';

it('src/store/index.ts exports exactly the public surface', () => {
  // The contract suite is test-only: import it from ./contract.js.
  assert.deepEqual(Object.keys(store).sort(), ['CREDIT_WINDOW_YEARS', 'DEFAULT_MIN_SHARE', 'ENTITY_TYPES', 'EVENT_LEVELS', 'EVENT_LIMIT', 'EVENT_MAX_LIMIT', 'EVENT_STATUSES', 'EVENT_TYPES', 'FIELDS', 'MAX_QUERY_LENGTH', 'QUOTE_KINDS', 'QUOTE_LIMIT', 'QUOTE_MAX_LIMIT', 'REUSE_LIMIT', 'REUSE_MAX_LIMIT', 'RoleOwners', 'SHIFT_LIMIT', 'SHIFT_MAX_LIMIT', 'SHIFT_MIN_DOCS', 'TIME_GRAINS', 'compareQuoteAge', 'daysApart', 'officeLabel', 'openSqliteStore', 'parseQuery', 'participantKey', 'periodOf']);
});
