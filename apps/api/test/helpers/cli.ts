import { runCommand } from '../../src/cli-commands.js';

/** Runs a CLI command in-process with captured output (the real-process path is tested separately). */
export async function cli(args: string[], env: Record<string, string>, input?: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCommand(
    args,
    { ...process.env, LOG_LEVEL: 'warn', ...env },
    {
      out: (t) => {
        stdout += t;
      },
      err: (t) => {
        stderr += t;
      },
      readInput: () => input ?? '',
    },
  );
  return { code, stdout, stderr };
}
