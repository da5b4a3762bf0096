#!/usr/bin/env node
import { relative } from 'node:path';
import { processIo, runCommand } from './cli-commands.js';

// Hints name the command the way it was started: `npm run cli --` or `node <path>/cli.js`.
const prog =
  process.env.npm_lifecycle_event === 'cli'
    ? 'npm run cli --'
    : `node ${relative(process.cwd(), process.argv[1] ?? 'cli.js') || 'cli.js'}`;
process.exitCode = await runCommand(process.argv.slice(2), process.env, { ...processIo, prog });
