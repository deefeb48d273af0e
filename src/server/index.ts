export { createServerApp } from './app.js';
export type { ServerOptions } from './app.js';
export { startServer } from './start.js';
export type { StartOptions, RunningServer } from './start.js';
export { openApiDocument } from './openapi.js';
