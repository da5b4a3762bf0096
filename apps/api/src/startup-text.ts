import { EXTENSION_ORIGINS } from './extension-origins.js';
import type { CreatedOrg } from './services/orgs.js';

/** How to run the CLI from the repository folder (the root package's `cli` script). */
export const CLI = 'npm run cli --';

/**
 * What the server tells people on start, after the "listening on" line: where the data is,
 * which browser origins may call it, where the docs are, and — on the very first start — the
 * owner token with how to rename the organisation and owner and how to replace a lost token.
 */
export function startupLines(input: {
  base: string;
  database: string;
  corsOrigins: string[];
  created: CreatedOrg | null;
}): string[] {
  const builtIn = new Set(EXTENSION_ORIGINS.map((e) => e.origin));
  const extra = input.corsOrigins.filter((o) => !builtIn.has(o));
  const lines = [
    `Database: ${input.database}`,
    `Allowed extension origins: ${EXTENSION_ORIGINS.map((e) => `${e.origin} (${e.browsers})`).join(', ')}` +
      (extra.length
        ? `; from CORS_ORIGINS: ${extra.join(', ')}`
        : '; add more with CORS_ORIGINS=origin1,origin2'),
    'Firefox: allow the server when "Test connection" asks (its origin differs per installation).',
    `Team dashboard: ${input.base}/ (sign in with a SupportLink token)`,
    `API docs: ${input.base}/docs`,
  ];
  const c = input.created;
  if (!c) return lines;
  return [
    ...lines,
    '',
    `First start: created the organisation "${c.orgName}" with the owner "${c.ownerName}".`,
    `Owner token (shown once, keep it safe): ${c.token}`,
    `In the extension: Options → "Where your contracts are kept" → "Sync with a SupportLink server",`,
    `  Server URL ${input.base}, Access token: the owner token → "Test connection" → "Save sync settings".`,
    'Rename them (run in the repository folder):',
    `  ${CLI} org rename --name "Your company"`,
    `  ${CLI} members rename --member ${c.memberId} --name "Your name"`,
    'Lost the owner token? Make a new one, then revoke the old one:',
    `  ${CLI} token create --member ${c.memberId}`,
    `  ${CLI} token list --member ${c.memberId}   then   ${CLI} token revoke TOKEN_ID`,
  ];
}
