import type {
  AuditPage,
  ContractRecord,
  IssuedToken,
  LedgerEvent,
  LinkRecord,
  Me,
  Member,
  Role,
  Summary,
  TokenInfo,
} from './types';

/** A refused or failed request, with what the server said (problem+json) when it said anything. */
export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached, -1 on timeout. */
    readonly status: number,
    /** The problem type's last segment (`not-found`, `stale`…) or a local code. */
    readonly code: string,
    /** The server's explanation (English), never containing secrets. */
    readonly detail: string,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(detail || code);
    this.name = 'ApiError';
  }
}

export type Fetch = typeof fetch;
const TIMEOUT_MS = 15_000;

async function problemOf(res: Response): Promise<ApiError> {
  let body: {
    type?: string;
    detail?: string;
    title?: string;
    errors?: { field: string; message: string }[];
  } = {};
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  const code = (body.type ?? '').split(/[/:]/).pop() || `http-${res.status}`;
  return new ApiError(res.status, code, body.detail ?? body.title ?? res.statusText, body.errors ?? []);
}

export interface ApiClient {
  me(): Promise<Me>;
  summary(): Promise<Summary>;
  contract(id: string): Promise<ContractRecord>;
  events(id: string): Promise<LedgerEvent[]>;
  links(id: string): Promise<LinkRecord[]>;
  members(): Promise<Member[]>;
  addMember(name: string, role: Role): Promise<Member>;
  changeRole(id: string, role: Role): Promise<Member>;
  removeMember(id: string): Promise<void>;
  issueToken(memberId: string, name: string): Promise<IssuedToken>;
  tokens(): Promise<TokenInfo[]>;
  createToken(name: string): Promise<IssuedToken>;
  revokeToken(id: string): Promise<void>;
  audit(before?: string | null): Promise<AuditPage>;
  exportOrg(): Promise<Blob>;
  /** Any other JSON route (alert settings, deliveries): the same auth, errors and timeout. */
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/** Same-origin requests with the session's token; errors become ApiError, 401 calls `onUnauthorized`. */
export function createApiClient(
  token: string,
  opts: { fetch?: Fetch; base?: string; onUnauthorized?: () => void } = {},
): ApiClient {
  const doFetch = opts.fetch ?? ((input, init) => fetch(input, init));
  const base = opts.base ?? '';

  async function send(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (err) {
      const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
      throw new ApiError(timedOut ? -1 : 0, timedOut ? 'timeout' : 'unreachable', '');
    }
    if (res.status === 401) opts.onUnauthorized?.();
    if (!res.ok) throw await problemOf(res);
    return res;
  }

  async function json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await send(method, path, body);
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }

  const enc = encodeURIComponent;
  return {
    me: () => json('GET', '/v1/me'),
    summary: () => json('GET', '/v1/summary'),
    contract: (id) => json('GET', `/v1/contracts/${enc(id)}`),
    events: async (id) =>
      (await json<{ events: LedgerEvent[] }>('GET', `/v1/contracts/${enc(id)}/events`)).events,
    links: async (id) => (await json<{ links: LinkRecord[] }>('GET', `/v1/contracts/${enc(id)}/links`)).links,
    members: async () => (await json<{ members: Member[] }>('GET', '/v1/members')).members,
    addMember: (name, role) => json('POST', '/v1/members', { name, role }),
    changeRole: (id, role) => json('PATCH', `/v1/members/${enc(id)}`, { role }),
    removeMember: (id) => json('DELETE', `/v1/members/${enc(id)}`),
    issueToken: (memberId, name) => json('POST', `/v1/members/${enc(memberId)}/tokens`, { name }),
    tokens: async () => (await json<{ tokens: TokenInfo[] }>('GET', '/v1/tokens')).tokens,
    createToken: (name) => json('POST', '/v1/tokens', { name }),
    revokeToken: (id) => json('DELETE', `/v1/tokens/${enc(id)}`),
    audit: (before) => json('GET', `/v1/audit${before ? `?before=${enc(before)}` : ''}`),
    exportOrg: async () => (await send('GET', '/v1/export')).blob(),
    request: json,
  };
}
