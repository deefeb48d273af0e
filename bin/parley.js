#!/usr/bin/env -S node --max-semi-space-size=32
// A larger young generation (32 MB semi-spaces instead of 16) cuts the
// scavenges that extraction's many short-lived strings cause: the entity
// stage runs about a fifth faster (BENCHMARKS.md). npm scripts pass it too.
// Thin launcher: the CLI is compiled to dist/ by `npm ci` (the prepare script).
import { runCli } from '../dist/cli/index.js';

// `serve` returns 0 once listening; its open socket keeps the process alive.
process.exitCode = await runCli(process.argv.slice(2));
