import { createApp } from '../../src/app.js';
import { type Config, testConfig } from '../../src/config.js';
import type { Db, DialectName } from '../../src/db/connect.js';
import type { Role } from '../../src/db/schema.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { createOrgWithOwner } from '../../src/services/orgs.js';
import { freshDb, type TestDb } from './dialects.js';

export class FakeClock {
  constructor(public t = Date.parse('2026-03-01T12:00:00Z')) {}
  now = () => this.t;
  advance(ms: number) {
    this.t += ms;
  }
}

export interface Res {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: test responses are inspected loosely
  body: any;
}

export type Env = { incoming?: { socket?: { remoteAddress?: string } } };

export interface Harness {
  dialect: DialectName;
  tdb: TestDb;
  app: ReturnType<typeof createApp>;
  clock: FakeClock;
  logs: string[];
  req(
    method: string,
    path: string,
    opts?: { token?: string; body?: unknown; headers?: Record<string, string>; env?: Env },
  ): Promise<Res>;
  /** A new organisation with one token per role. */
  org(name?: string): Promise<Org>;
  close(): Promise<void>;
}

export interface Org {
  orgId: string;
  tokens: Record<Role, string>;
  memberIds: Record<Role, string>;
}

export interface Replica {
  app: ReturnType<typeof createApp>;
  logs: string[];
  req: Harness['req'];
}

/** An app instance on an open database: one "replica" with its own caches and limiters. */
export function replica(db: Db, clock: FakeClock, overrides: Partial<Config> = {}): Replica {
  const logs: string[] = [];
  const logger: Logger = createLogger('debug', (line) => logs.push(line));
  const app = createApp({ db, clock, config: testConfig(overrides), logger });
  const req: Harness['req'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await app.request(path, { method, headers, body }, opts.env ?? {});
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: res.status, headers: res.headers, text, body: parsed };
  };
  return { app, logs, req };
}

/** A new organisation with one token per role, made through `req` (so through the API's own rules). */
export async function createOrg(db: Db, clock: FakeClock, req: Harness['req'], name = 'Org'): Promise<Org> {
  const created = await createOrgWithOwner(db.kysely, {
    orgName: name,
    ownerName: 'Owner',
    now: clock.now(),
  });
  const tokens = { owner: created.token } as Record<Role, string>;
  const memberIds = { owner: created.memberId } as Record<Role, string>;
  for (const role of ['admin', 'member', 'viewer'] as const) {
    const m = await req('POST', '/v1/members', { token: created.token, body: { name: role, role } });
    if (m.status !== 201) throw new Error(`member create failed: ${m.status} ${m.text}`);
    const t = await req('POST', `/v1/members/${m.body.id}/tokens`, { token: created.token, body: {} });
    if (t.status !== 201) throw new Error(`token create failed: ${t.status} ${t.text}`);
    tokens[role] = t.body.token;
    memberIds[role] = m.body.id;
  }
  return { orgId: created.orgId, tokens, memberIds };
}

export async function harness(dialect: DialectName, overrides: Partial<Config> = {}): Promise<Harness> {
  const tdb = await freshDb(dialect);
  const clock = new FakeClock();
  const { app, logs, req } = replica(tdb.db, clock, overrides);
  const org: Harness['org'] = (name = 'Org') => createOrg(tdb.db, clock, req, name);
  return { dialect, tdb, app, clock, logs, req, org, close: () => tdb.drop() };
}

export const sampleContract = (over: Record<string, unknown> = {}) => ({
  ruleset: 'mpn-2021',
  offer: 'gold',
  benefit: 'on-premises',
  label: 'Gold on-prem',
  accessId: 'ACCESS-7f3a9c21',
  contractId: 'CONTRACT-5b8e0d44',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  ...over,
});

let seq = 0;
export const eventId = (prefix = 'ev') => `${prefix}-${process.pid}-${Date.now()}-${++seq}`;
