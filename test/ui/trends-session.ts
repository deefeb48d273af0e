// The trends and shifts browser tests' session: the fixtures in
// trends-fixtures/ (releases and stories from two outlets, 2019 to 2024:
// "traditional partners" in the early years, "climate resilience" in the
// later ones, a 2021 release with neither). Not a test file itself.
import { fileURLToPath } from 'node:url';
import { openFixtureSession, type UiSession } from './fixture-session.js';

export const TRENDS_FIXTURES = fileURLToPath(new URL('./trends-fixtures/', import.meta.url));
export type TrendsUiSession = UiSession;
export const openTrendsSession = (): Promise<TrendsUiSession> => openFixtureSession(TRENDS_FIXTURES, 'trends fixtures');
