import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AuthService } from './auth/service.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db } from './db/connect.js';
import type { Role } from './db/schema.js';
import type { Writer } from './db/write.js';
import type { SecretBox } from './lib/secret-box.js';
import type { Logger } from './logger.js';

export interface Principal {
  tokenId: string;
  orgId: string;
  memberId: string;
  memberName: string;
  role: Role;
  expiresAt: number | null;
}

export type AppEnv = {
  Variables: { principal: Principal };
  /** Set by @hono/node-server; absent under app.request() in tests. */
  Bindings: { incoming?: { socket?: { remoteAddress?: string } } };
};

export type Router = OpenAPIHono<AppEnv>;

/** Everything a route needs, built once by createApp. */
export interface Deps {
  db: Db;
  clock: Clock;
  config: Config;
  logger: Logger;
  secrets: SecretBox;
  auth: AuthService;
  /** All organisation writes go through here (group commit on SQLite). */
  writer: Writer;
}
