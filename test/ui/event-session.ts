// The engagement browser tests' session: the fixtures in event-fixtures/
// (releases and stories in NZ, AU, UK and US styles reporting meetings, calls,
// a planned visit and a cancelled one). Not a test file itself.
import { fileURLToPath } from 'node:url';
import { openFixtureSession, type UiSession } from './fixture-session.js';

export const EVENT_FIXTURES = fileURLToPath(new URL('./event-fixtures/', import.meta.url));
export type EventUiSession = UiSession;
export const openEventSession = (): Promise<EventUiSession> => openFixtureSession(EVENT_FIXTURES, 'event fixtures');
