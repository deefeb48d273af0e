#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm ci` (the prepare script).
import { runCli } from '../dist/cli/index.js';

// `serve` returns 0 once listening; its open socket keeps the process alive.
process.exitCode = await runCli(process.argv.slice(2));
