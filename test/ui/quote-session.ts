// The quote browser tests' session: the fixtures in quote-fixtures/ (a
// release, two stories reprinting its quote a day and four days later, one
// reworded, and a second minister's release). Not a test file itself.
import { fileURLToPath } from 'node:url';
import { openFixtureSession, type UiSession } from './fixture-session.js';

export const QUOTE_FIXTURES = fileURLToPath(new URL('./quote-fixtures/', import.meta.url));
export type QuoteUiSession = UiSession;
export const openQuoteSession = (): Promise<QuoteUiSession> => openFixtureSession(QUOTE_FIXTURES, 'quote fixtures');
