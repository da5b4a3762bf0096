import { processIo, runCommand } from './cli-commands.js';

process.exitCode = await runCommand(process.argv.slice(2), process.env, processIo);
