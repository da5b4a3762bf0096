/**
 * Every HTTP shape of the SupportLink API in one file, so aligning with the server
 * is a change here only. Times travel as ISO 8601, dates as YYYY-MM-DD; the
 * extension stores epoch milliseconds. The token goes in the Authorization header
 * only — never in a URL, never in an error message.
 */
import type {
  Allotment,
  Benefit,
  CompetencyCategory,
  IncidentEvent,
  OfferId,
  PortalId,
  Role,
  RulesetId,
} from '@supportlink/rules';

export interface ApiContractFields {
  ruleset: RulesetId;
  offer: OfferId;
  benefit: Benefit;
  competency: CompetencyCategory | null;
  label: string | null;
  accessId: string;
  contractId: string;
  startDate: string;
  endDate: string;
  /** Absent from servers older than migration 0005 (read as false). */
  startDateEstimated?: boolean;
  allotmentOverride: Allotment | null;
}

export interface ApiContract extends ApiContractFields {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Viewers get the two IDs as null. */
export type ApiContractRead = Omit<ApiContract, 'accessId' | 'contractId'> & {
  accessId: string | null;
  contractId: string | null;
};

export type ApiEvent =
  | { id: string; type: 'opened' | 'refunded'; at: string; count?: number; note?: string | null }
  | { id: string; type: 'observed'; at: string; remaining: Allotment; portal?: PortalId | null }
  | { id: string; type: 'adjusted'; at: string; delta: number; note?: string | null };

export interface ApiLink {
  id: string;
  contractId: string;
  portal: PortalId;
  account: string;
  linkedAt: string;
  linkedBy: string | null;
}

/** One page of `GET /v1/sync`. Tombstones come as `deleted: true` (only for deltas, not snapshots). */
export interface SyncDelta {
  contracts: Array<ApiContractRead & { deleted: boolean }>;
  events: Array<ApiEvent & { contractId: string; recordedAt?: string }>;
  links: Array<ApiLink & { deleted?: boolean }>;
  cursor: string;
  hasMore: boolean;
  snapshot?: boolean;
}

export type { Role };

export interface Me {
  orgId: string;
  orgName: string;
  member: { id: string; name: string; role: Role };
  tokenId: string;
}

export interface Member {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  updatedAt: string;
}

export interface TokenInfo {
  id: string;
  name: string;
  memberId: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

export type ApiErrorKind =
  | 'offline'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'precondition'
  | 'gone'
  | 'invalid'
  | 'rate-limited'
  | 'server';

/** What a problem+json answer said beyond its title and detail. */
export interface ProblemFacts {
  /** The problem type's last segment (`urn:supportlink:problem:<code>`). */
  code?: string | null;
  /** Fields the server named as failing. */
  fields?: string[];
  /** Seconds from Retry-After (429, 503). */
  retryAfter?: number | null;
}

export class ApiError extends Error {
  readonly code: string | null;
  readonly fields: string[];
  readonly retryAfter: number | null;
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    message: string,
    facts: ProblemFacts = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = facts.code ?? null;
    this.fields = facts.fields ?? [];
    this.retryAfter = facts.retryAfter ?? null;
  }
}

/** How long one request may take before it counts as offline (and is retried with backoff). */
export const REQUEST_TIMEOUT_MS = 20_000;

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export function toApiEvent(event: IncidentEvent): ApiEvent {
  const at = new Date(event.at).toISOString();
  switch (event.type) {
    case 'observed':
      return { id: event.id, type: 'observed', at, remaining: event.remaining, portal: event.portal ?? null };
    case 'adjusted':
      return { id: event.id, type: 'adjusted', at, delta: event.delta, note: event.note ?? null };
    default:
      return { id: event.id, type: event.type, at, count: event.count ?? 1, note: event.note ?? null };
  }
}

export function fromApiEvent(event: ApiEvent): IncidentEvent {
  const at = Date.parse(event.at);
  switch (event.type) {
    case 'observed':
      return { id: event.id, type: 'observed', at, remaining: event.remaining, portal: event.portal ?? null };
    case 'adjusted':
      return { id: event.id, type: 'adjusted', at, delta: event.delta, note: event.note ?? null };
    default:
      return { id: event.id, type: event.type, at, count: event.count ?? 1, note: event.note ?? null };
  }
}

/** Normalises a user-typed server address to its origin plus path, without a trailing slash. */
export function normalizeServerUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ServerUrlError('invalid');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ServerUrlError('invalid');
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol === 'http:' && !loopback) throw new ServerUrlError('http-not-allowed');
  if (url.username || url.password || url.search || url.hash) throw new ServerUrlError('invalid');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export class ServerUrlError extends Error {
  constructor(readonly reason: 'invalid' | 'http-not-allowed') {
    super(reason);
    this.name = 'ServerUrlError';
  }
}

/** The optional host permission pattern that covers a server URL. */
export function originPattern(serverUrl: string): string {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
    private readonly timeoutMs = REQUEST_TIMEOUT_MS,
  ) {}

  me(): Promise<Me> {
    return this.request<Me>('GET', '/v1/me');
  }

  sync(since: string | null, limit = 500): Promise<SyncDelta> {
    const query = new URLSearchParams({ limit: String(limit) });
    if (since !== null) query.set('since', since);
    return this.request<SyncDelta>('GET', `/v1/sync?${query}`);
  }

  getContract(id: string): Promise<ApiContractRead> {
    return this.request<ApiContractRead>('GET', `/v1/contracts/${encodeURIComponent(id)}`);
  }

  /** The client's id is the contract's id, so a retried create cannot make a second contract. */
  createContract(id: string, fields: ApiContractFields): Promise<ApiContract> {
    return this.request<ApiContract>('POST', '/v1/contracts', { id, ...fields });
  }

  updateContract(id: string, version: number, fields: Partial<ApiContractFields>): Promise<ApiContract> {
    return this.request<ApiContract>('PATCH', `/v1/contracts/${encodeURIComponent(id)}`, fields, {
      'If-Match': etag(version),
    });
  }

  async deleteContract(id: string, version: number): Promise<void> {
    await this.request<unknown>('DELETE', `/v1/contracts/${encodeURIComponent(id)}`, undefined, {
      'If-Match': etag(version),
    });
  }

  /** Idempotent by the event's client id. */
  appendEvent(contractId: string, event: ApiEvent): Promise<unknown> {
    return this.request<unknown>('POST', `/v1/contracts/${encodeURIComponent(contractId)}/events`, event);
  }

  /** Idempotent per contract, portal and account. */
  putLink(contractId: string, portal: PortalId, account: string, linkedAt: number): Promise<ApiLink> {
    return this.request<ApiLink>(
      'PUT',
      `/v1/contracts/${encodeURIComponent(contractId)}/links/${encodeURIComponent(portal)}`,
      { account, linkedAt: new Date(linkedAt).toISOString() },
    );
  }

  async listMembers(): Promise<Member[]> {
    return (await this.request<{ members: Member[] }>('GET', '/v1/members')).members;
  }

  addMember(name: string, role: Role): Promise<Member> {
    return this.request<Member>('POST', '/v1/members', { name, role });
  }

  /** Removes a member and revokes all their tokens. */
  async removeMember(memberId: string): Promise<void> {
    await this.request<unknown>('DELETE', `/v1/members/${encodeURIComponent(memberId)}`);
  }

  /** The token's secret is in the answer once and never again. */
  createToken(memberId: string, name = 'SupportLink'): Promise<TokenInfo & { token: string }> {
    return this.request<TokenInfo & { token: string }>(
      'POST',
      `/v1/members/${encodeURIComponent(memberId)}/tokens`,
      { name },
    );
  }

  /** The caller's own live tokens. */
  async listOwnTokens(): Promise<TokenInfo[]> {
    return (await this.request<{ tokens: TokenInfo[] }>('GET', '/v1/tokens')).tokens;
  }

  /** Revokes one of the caller's own tokens. */
  async revokeToken(tokenId: string): Promise<void> {
    await this.request<unknown>('DELETE', `/v1/tokens/${encodeURIComponent(tokenId)}`);
  }

  private async request<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    let response: Response;
    // One deadline for the whole exchange, body included: a server that stops mid-answer is offline too.
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      response = await this.fetchImpl(`${this.baseUrl}${path}`, {
        signal,
        method,
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${this.token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw offline(signal);
    }
    if (response.ok) {
      if (response.status === 204) return undefined as T;
      let text: string;
      try {
        text = await response.text();
      } catch {
        throw offline(signal);
      }
      return (text ? JSON.parse(text) : undefined) as T;
    }
    const problem = await readProblem(response);
    throw new ApiError(kindOf(response.status), response.status, problem.message, problem);
  }
}

function offline(signal: AbortSignal): ApiError {
  return signal.aborted
    ? new ApiError('offline', 0, 'The server did not answer in time', { code: 'timeout' })
    : new ApiError('offline', 0, 'The server could not be reached', { code: 'unreachable' });
}

function etag(version: number): string {
  return `"${version}"`;
}

function kindOf(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 410) return 'gone';
  if (status === 412 || status === 428) return 'precondition';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'invalid';
}

/** The problem document's title/detail, type and failing fields; the server promises never to echo secrets there. */
async function readProblem(response: Response): Promise<ProblemFacts & { message: string }> {
  const retryAfter = Number(response.headers.get('Retry-After'));
  const facts: ProblemFacts = {
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  };
  try {
    const problem = (await response.json()) as {
      title?: unknown;
      detail?: unknown;
      type?: unknown;
      errors?: unknown;
    };
    const parts = [problem.title, problem.detail].filter(
      (p): p is string => typeof p === 'string' && p.length > 0,
    );
    if (typeof problem.type === 'string' && problem.type.startsWith('urn:supportlink:problem:'))
      facts.code = problem.type.slice('urn:supportlink:problem:'.length).slice(0, 60);
    if (Array.isArray(problem.errors))
      facts.fields = problem.errors
        .map((e: { field?: unknown }) => (typeof e?.field === 'string' ? e.field.slice(0, 60) : ''))
        .filter(Boolean)
        .slice(0, 10);
    if (parts.length) return { ...facts, message: parts.join(': ').slice(0, 300) };
  } catch {
    // not JSON; fall through to the status line
  }
  return { ...facts, message: `HTTP ${response.status}` };
}
