/**
 * An in-memory stand-in for the SupportLink API, speaking the shapes in api-client.ts:
 * versions with If-Match, idempotent event ids, a revision-ordered sync feed with
 * tombstones, and switches to go offline, expire cursors or reject the token.
 */
import type { ApiContract, ApiContractFields, ApiEvent, ApiLink } from '../api-client';

interface Row {
  contract: ApiContract;
  revision: number;
  deleted: boolean;
}

export class FakeApi {
  token = 'good-token';
  offline = false;
  /** Cursors below this revision answer 410. */
  oldestCursor = 0;
  /** Fail the next N requests with a network error. */
  dropNext = 0;
  /** Apply the next write but lose the response (the client sees a network error). */
  loseNextResponse = false;
  /** The role /v1/me reports for the token, and a status it fails with instead when set. */
  role = 'owner';
  meFails: number | null = null;
  readonly requests: string[] = [];
  /**
   * Decides to refuse a write as a real server would (validation, role, rules): return a
   * problem to answer with, or null to let the write through.
   */
  refuse: (method: string, path: string, body: Record<string, unknown> | undefined) => FakeProblem | null =
    () => null;
  /** Answer every request with this status (e.g. 429 or 503) while set. */
  failWith: { status: number; retryAfter?: number } | null = null;
  private revision = 0;
  private readonly rows = new Map<string, Row>();
  readonly events = new Map<string, { contractId: string; event: ApiEvent; revision: number }>();
  readonly links: Array<ApiLink & { revision: number }> = [];

  fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const method = init.method ?? 'GET';
    const url = new URL(input);
    this.requests.push(`${method} ${url.pathname}${url.search}`);
    if (this.offline || this.dropNext > 0) {
      this.dropNext = Math.max(0, this.dropNext - 1);
      throw new TypeError('Failed to fetch');
    }
    const headers = new Headers(init.headers);
    if (headers.get('Authorization') !== `Bearer ${this.token}`) return problem(401, 'Unauthorized');
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    if (this.failWith) {
      const { status, retryAfter } = this.failWith;
      return problem(status, 'Unavailable', retryAfter ? { 'Retry-After': String(retryAfter) } : {});
    }
    const refusal = method === 'GET' ? null : this.refuse(method, url.pathname, body);
    if (refusal) return problemOf(refusal);
    const response = this.route(method, url, headers, body);
    if (this.loseNextResponse && method !== 'GET') {
      this.loseNextResponse = false;
      throw new TypeError('Failed to fetch');
    }
    return response;
  };

  /** A change made by someone else. */
  seed(fields: ApiContractFields & { id?: string }): ApiContract {
    const id = fields.id ?? crypto.randomUUID();
    const now = new Date().toISOString();
    const contract: ApiContract = { ...fields, id, version: 1, createdAt: now, updatedAt: now };
    this.rows.set(id, { contract, revision: ++this.revision, deleted: false });
    return contract;
  }

  editElsewhere(id: string, patch: Partial<ApiContractFields>): ApiContract {
    const row = this.rows.get(id)!;
    row.contract = { ...row.contract, ...patch, version: row.contract.version + 1 };
    row.revision = ++this.revision;
    return row.contract;
  }

  deleteElsewhere(id: string): void {
    const row = this.rows.get(id)!;
    row.deleted = true;
    row.revision = ++this.revision;
  }

  contract(id: string): ApiContract | undefined {
    const row = this.rows.get(id);
    return row && !row.deleted ? row.contract : undefined;
  }

  liveContracts(): ApiContract[] {
    return [...this.rows.values()].filter((r) => !r.deleted).map((r) => r.contract);
  }

  eventsOf(contractId: string): ApiEvent[] {
    return [...this.events.values()].filter((e) => e.contractId === contractId).map((e) => e.event);
  }

  private route(
    method: string,
    url: URL,
    headers: Headers,
    body: Record<string, unknown> | undefined,
  ): Response {
    const path = url.pathname;
    if (method === 'GET' && path === '/v1/me') {
      if (this.meFails) return problem(this.meFails, 'Unavailable');
      return json(200, {
        orgId: 'o1',
        orgName: 'Contoso',
        member: { id: 'm1', name: 'Ada', role: this.role },
        tokenId: 't1',
      });
    }
    if (method === 'GET' && path === '/v1/sync') return this.sync(url);
    if (method === 'POST' && path === '/v1/contracts') {
      const id = String(body?.id);
      const { id: _id, ...fields } = body as unknown as ApiContractFields & { id: string };
      const known = this.rows.get(id);
      if (known) {
        const same = Object.entries(fields).every(
          ([k, v]) => known.contract[k as keyof ApiContractFields] === v,
        );
        return same && !known.deleted ? json(200, known.contract) : problem(409, 'Conflict');
      }
      return json(201, this.seed({ ...fields, id }));
    }
    const m = path.match(/^\/v1\/contracts\/([^/]+)(?:\/(events|links)(?:\/([^/]+))?)?$/);
    if (!m) return problem(404, 'Not found');
    const id = decodeURIComponent(m[1]!);
    const row = this.rows.get(id);
    if (!row || row.deleted) return problem(404, 'Not found');
    if (!m[2]) {
      if (method === 'GET') return json(200, row.contract);
      const ifMatch = headers.get('If-Match');
      if (!ifMatch) return problem(428, 'Precondition required');
      if (ifMatch !== `"${row.contract.version}"`) return problem(412, 'Precondition failed');
      if (method === 'PATCH') return json(200, this.editElsewhere(id, body as Partial<ApiContractFields>));
      if (method === 'DELETE') {
        this.deleteElsewhere(id);
        return new Response(null, { status: 204 });
      }
    }
    if (m[2] === 'events' && method === 'POST') {
      const event = body as unknown as ApiEvent;
      const known = this.events.get(event.id);
      if (known) {
        return JSON.stringify(known.event) === JSON.stringify(event)
          ? json(200, event)
          : problem(409, 'Conflict');
      }
      this.events.set(event.id, { contractId: id, event, revision: ++this.revision });
      return json(201, event);
    }
    if (m[2] === 'links' && method === 'PUT' && m[3]) {
      const portal = decodeURIComponent(m[3]) as ApiLink['portal'];
      const account = body?.account;
      if (typeof account !== 'string' || !account) return problem(400, 'account is required');
      const link: ApiLink = {
        id: crypto.randomUUID(),
        contractId: id,
        portal,
        account,
        linkedAt: String(body?.linkedAt ?? new Date().toISOString()),
        linkedBy: 'm1',
      };
      this.links.push({ ...link, revision: ++this.revision });
      return json(201, link);
    }
    return problem(405, 'Method not allowed');
  }

  private sync(url: URL): Response {
    const since = url.searchParams.get('since');
    const from = since === null ? 0 : Number(since);
    if (since !== null && from < this.oldestCursor) return problem(410, 'Cursor too old');
    const contracts = [...this.rows.values()]
      .filter((r) => r.revision > from && (since !== null || !r.deleted))
      .map((r) =>
        r.deleted
          ? { ...r.contract, accessId: null, contractId: null, deleted: true }
          : { ...r.contract, deleted: false },
      );
    const events = [...this.events.values()]
      .filter((e) => e.revision > from)
      .map((e) => ({ ...e.event, contractId: e.contractId }));
    const links = this.links.filter((l) => l.revision > from).map(({ revision: _r, ...l }) => l);
    const page = {
      contracts,
      events,
      links,
      cursor: String(this.revision),
      hasMore: false,
      snapshot: since === null,
    };
    return json(200, page);
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export interface FakeProblem {
  status: number;
  code: string;
  title: string;
  detail: string;
  fields?: string[];
}

function problem(status: number, title: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

function problemOf(p: FakeProblem): Response {
  const body = {
    type: `urn:supportlink:problem:${p.code}`,
    title: p.title,
    status: p.status,
    detail: p.detail,
    ...(p.fields ? { errors: p.fields.map((field) => ({ field, in: 'body', message: 'Invalid' })) } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}
