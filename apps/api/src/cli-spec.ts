import type { Db } from './db/connect.js';
import type { SecretBox } from './lib/secret-box.js';

/** One option of a CLI command, as its help shows it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** The placeholder in usage lines, e.g. `ID`. */
  value?: string;
  help: string;
}

export interface CliContext {
  db: Db;
  io: { out(text: string): void; err(text: string): void; readInput(file: string | undefined): string };
  /** The database, for people: "SQLite file /…" or "PostgreSQL database … on …". */
  where: string;
  now: number;
  secrets: SecretBox;
  /** A result line on stdout. */
  out(line: string): void;
  /** A message line on stderr. */
  err(line: string): void;
}

export interface CommandSpec {
  /** One or two words: `init`, `members list`. */
  name: string;
  /** Positional argument in usage lines, e.g. `TOKEN_ID`. */
  args?: string;
  summary: string;
  options: Record<string, OptionSpec>;
  run(
    ctx: CliContext,
    parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] },
  ): Promise<void>;
}

/**
 * A mistake in how the command was called, or something it names that is not there: one line,
 * exit code 2. Usage mistakes end with a pointer to the command's help; a message that already
 * says what to do next passes `{ hint: false }`.
 */
export class CliUsageError extends Error {
  readonly spec: CommandSpec | undefined;
  readonly hint: boolean;
  constructor(message: string, opts: { spec?: CommandSpec; hint?: boolean } = {}) {
    super(message);
    this.spec = opts.spec;
    this.hint = opts.hint ?? true;
  }
}
