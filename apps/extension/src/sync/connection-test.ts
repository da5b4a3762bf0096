/**
 * "Test connection": finds out which of the usual first-run problems stops sync, in order —
 * the server cannot be reached, it refuses this extension's origin (CORS) or the browser did
 * not grant the host permission, the address is not a SupportLink server, its API version is
 * incompatible, the token is refused. The token goes only to `/v1/me` of the URL being tested, and
 * without a token nothing is requested at all.
 */
import { ApiClient, ApiError, type FetchLike, type Me } from './api-client';

/** The API major version this extension speaks; the server reports its version on /healthz. */
export const CLIENT_API_MAJOR = 1;

export type ConnectionProblem =
  | 'no-token'
  | 'no-token-for-server'
  | 'permission'
  | 'origin'
  | 'unreachable'
  | 'not-supportlink'
  | 'version'
  | 'token'
  | 'forbidden'
  | 'server';

export interface ConnectionReport {
  ok: boolean;
  me: Me | null;
  problem: ConnectionProblem | null;
  /** The server's origin, for messages. */
  origin: string;
  /** The line that makes the server accept this extension, e.g. `CORS_ORIGINS=moz-extension://…`. */
  corsLine: string;
  serverVersion: string | null;
  /** The server's own words for an unexpected error (never contains the token). */
  detail: string | null;
}

export interface ConnectionTestInput {
  /** Already normalised (`normalizeServerUrl`). */
  serverUrl: string;
  token: string | null;
  /** No token was typed and the stored one belongs to another server (so it is not sent here). */
  savedTokenElsewhere?: boolean;
  fetch: FetchLike;
  /** This extension's origin, e.g. `chrome-extension://<id>`. */
  extensionOrigin: string;
  /** Whether the browser holds the host permission for the server. */
  permitted: boolean;
  /** Per-probe deadline (ms); tests shorten it. */
  timeoutMs?: number;
}

/** Each probe of the test gives up after this long: a server that accepts and never answers is unreachable. */
export const PROBE_TIMEOUT_MS = 10_000;

const quiet = (timeoutMs = PROBE_TIMEOUT_MS): RequestInit => ({
  credentials: 'omit',
  cache: 'no-store',
  signal: AbortSignal.timeout(timeoutMs),
});

/** Does anything answer at all? An opaque (no-cors) request succeeds even when CORS would refuse us. */
async function answers(fetchImpl: FetchLike, url: string, timeoutMs?: number): Promise<boolean> {
  try {
    await fetchImpl(url, { ...quiet(timeoutMs), mode: 'no-cors' });
    return true;
  } catch {
    return false;
  }
}

type Health = { ok: true; version: string | null } | { ok: false };

async function readHealth(response: Response): Promise<Health> {
  if (!response.ok) return { ok: false };
  try {
    const body = (await response.json()) as { status?: unknown; service?: unknown; version?: unknown };
    if (body.status !== 'ok') return { ok: false };
    // Servers from before the version field answered `{ status: 'ok' }` only; they speak version 1.
    if (body.service !== undefined && body.service !== 'supportlink-api') return { ok: false };
    return { ok: true, version: typeof body.version === 'string' ? body.version : null };
  } catch {
    return { ok: false };
  }
}

export async function testConnection(input: ConnectionTestInput): Promise<ConnectionReport> {
  const origin = new URL(input.serverUrl).origin;
  const report = (
    problem: ConnectionProblem | null,
    extra: Partial<ConnectionReport> = {},
  ): ConnectionReport => ({
    ok: problem === null,
    me: null,
    problem,
    origin,
    corsLine: `CORS_ORIGINS=${input.extensionOrigin}`,
    serverVersion: null,
    detail: null,
    ...extra,
  });

  // Without a token nothing is sent at all: the user has to type one anyway.
  if (!input.token) return report(input.savedTokenElsewhere ? 'no-token-for-server' : 'no-token');
  const healthUrl = `${input.serverUrl}/healthz`;
  let response: Response;
  try {
    response = await input.fetch(healthUrl, {
      ...quiet(input.timeoutMs),
      headers: { Accept: 'application/json' },
    });
  } catch {
    if (!(await answers(input.fetch, healthUrl, input.timeoutMs))) return report('unreachable');
    return report(input.permitted ? 'origin' : 'permission');
  }
  const health = await readHealth(response);
  if (!health.ok) return report('not-supportlink');
  const serverVersion = health.version;
  if (serverVersion !== null && Number(serverVersion.split('.')[0]) !== CLIENT_API_MAJOR) {
    return report('version', { serverVersion });
  }
  if (!input.token)
    return report(input.savedTokenElsewhere ? 'no-token-for-server' : 'no-token', { serverVersion });
  try {
    const me = await new ApiClient(input.serverUrl, input.token, input.fetch, input.timeoutMs).me();
    return report(null, { me, serverVersion });
  } catch (error) {
    if (!(error instanceof ApiError)) return report('server', { serverVersion, detail: String(error) });
    if (error.kind === 'unauthorized') return report('token', { serverVersion });
    if (error.kind === 'forbidden') return report('forbidden', { serverVersion });
    // /healthz answered but /v1/me could not be fetched: the preflight of an authorised request was refused.
    if (error.kind === 'offline') return report(input.permitted ? 'origin' : 'permission', { serverVersion });
    return report('server', { serverVersion, detail: `${error.status} ${error.message}` });
  }
}
