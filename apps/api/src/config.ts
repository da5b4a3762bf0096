import { isAbsolute, resolve } from 'node:path';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** 32-byte AES-256-GCM key for Access ID / Contract ID at rest, when configured. */
  encryptionKey: Buffer | null;
  logLevel: LogLevel;
  corsOrigins: string[];
  bodyLimitBytes: number;
  /** Failed authentications allowed per client address per minute. */
  authFailuresPerMinute: number;
  /** Writes allowed per token per minute. */
  writesPerMinute: number;
  /** Seconds a token lookup may be served from the in-memory cache. */
  tokenCacheTtlSeconds: number;
  /**
   * Proxies whose X-Forwarded-For is believed (addresses, CIDR ranges or `loopback`, `linklocal`,
   * `uniquelocal`); empty: the client address is the socket's peer and the header is ignored.
   */
  trustProxy: string[];
  /** Seconds between ticks of the alert loop (evaluate due organisations, deliver due alerts); 0 = off. */
  alertsTickSeconds: number;
  /** Each organisation's alert conditions are evaluated at most this often. */
  alertsEvaluateEverySeconds: number;
  /** Lets webhooks reach loopback/private addresses (on-premises receivers, tests). */
  alertsAllowPrivateWebhooks: boolean;
  /** Public base URL of this server (the dashboard), for links in alerts; null = relative links. */
  publicUrl: string | null;
}

export const DEFAULT_SQLITE_PATH = './data/supportlink.sqlite';

export class ConfigError extends Error {}

export function parseDatabaseUrl(raw: string | undefined, cwd = process.cwd()): DatabaseConfig {
  const value = raw?.trim() || DEFAULT_SQLITE_PATH;
  if (/^postgres(ql)?:\/\//i.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new ConfigError('DATABASE_URL is not a valid postgres:// URL');
    }
    return { kind: 'postgres', url: value };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith('file:')) {
    throw new ConfigError('DATABASE_URL must be postgres://…, file:/path/to/db.sqlite or a plain file path');
  }
  let path = value.startsWith('file:') ? value.slice('file:'.length) : value;
  if (path.startsWith('//')) path = path.slice(2);
  if (path === '') throw new ConfigError('DATABASE_URL names an empty SQLite path');
  if (path === ':memory:') return { kind: 'sqlite', path };
  return { kind: 'sqlite', path: isAbsolute(path) ? path : resolve(cwd, path) };
}

export function parseEncryptionKey(raw: string | undefined): Buffer | null {
  const value = raw?.trim();
  if (!value) return null;
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) {
    const key = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (key.length === 32) return key;
  }
  throw new ConfigError('SUPPORTLINK_ENCRYPTION_KEY must be 32 bytes as 64 hex characters or base64');
}

function parseOrigins(raw: string | undefined): string[] {
  if (!raw?.trim()) return [];
  return raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((origin) => {
      if (origin.includes('*')) {
        throw new ConfigError(`CORS_ORIGINS takes exact origins, not wildcards: ${origin}`);
      }
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        throw new ConfigError(`CORS_ORIGINS has an invalid origin: ${origin}`);
      }
      // chrome-extension:// and moz-extension:// URLs have an opaque origin in WHATWG URL, so rebuild it.
      const normalised = `${url.protocol}//${url.host}`;
      if (!url.host || normalised !== origin.replace(/\/$/, '')) {
        throw new ConfigError(
          `CORS_ORIGINS entries must be bare origins like chrome-extension://<id>: ${origin}`,
        );
      }
      return normalised;
    });
}

/** TRUST_PROXY: comma-separated addresses, CIDRs or proxy-addr's names; unset, `false` or `none`: trust none. */
export function parseTrustProxy(raw: string | undefined): string[] {
  const value = raw?.trim() ?? '';
  if (value === '' || /^(false|none)$/i.test(value)) return [];
  if (/^(true|\*)$/i.test(value)) {
    throw new ConfigError(
      'TRUST_PROXY must name the proxies (addresses, CIDRs, loopback…), not trust everyone',
    );
  }
  const list = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  try {
    proxyAddr.compile(list);
  } catch {
    throw new ConfigError(`TRUST_PROXY has an invalid address or range: ${value}`);
  }
  return list;
}

const intFrom = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${name} must be an integer from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

const envSchema = z.object({
  PORT: intFrom('PORT', 0, 65535, 8787),
  HOST: z
    .string()
    .optional()
    .transform((v) => v?.trim() || '127.0.0.1'),
  LOG_LEVEL: z
    .string()
    .optional()
    .transform((v) => v?.trim().toLowerCase() || 'info')
    .pipe(
      z.enum(['debug', 'info', 'warn', 'error', 'silent'], {
        message: 'LOG_LEVEL must be debug, info, warn, error or silent',
      }),
    ),
  BODY_LIMIT_BYTES: intFrom('BODY_LIMIT_BYTES', 1024, 10 * 1024 * 1024, 64 * 1024),
  RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: intFrom('RATE_LIMIT_AUTH_FAILURES_PER_MINUTE', 1, 1_000_000, 30),
  RATE_LIMIT_WRITES_PER_MINUTE: intFrom('RATE_LIMIT_WRITES_PER_MINUTE', 1, 10_000_000, 1200),
  TOKEN_CACHE_TTL_SECONDS: intFrom('TOKEN_CACHE_TTL_SECONDS', 0, 3600, 15),
  ALERTS_TICK_SECONDS: intFrom('ALERTS_TICK_SECONDS', 0, 86_400, 15),
  ALERTS_EVALUATE_EVERY_SECONDS: intFrom('ALERTS_EVALUATE_EVERY_SECONDS', 10, 86_400, 300),
  ALERTS_ALLOW_PRIVATE_WEBHOOKS: z
    .string()
    .optional()
    .transform((v) => v?.trim().toLowerCase() ?? '')
    .pipe(
      z.enum(['', 'true', 'false', '1', '0'], {
        message: 'ALERTS_ALLOW_PRIVATE_WEBHOOKS must be true or false',
      }),
    )
    .transform((v) => v === 'true' || v === '1'),
});

function parsePublicUrl(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('PUBLIC_URL must be an http(s) URL such as https://supportlink.example.com');
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
    throw new ConfigError('PUBLIC_URL must be an http(s) URL without credentials, query or fragment');
  }
  return url.href.replace(/\/+$/, '');
}

/** Parses the environment; throws ConfigError with a one-line message on invalid configuration. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(
      issue?.code === 'custom' ? issue.message : `${where}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: parseDatabaseUrl(env.DATABASE_URL, cwd),
    encryptionKey: parseEncryptionKey(env.SUPPORTLINK_ENCRYPTION_KEY),
    logLevel: e.LOG_LEVEL,
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    authFailuresPerMinute: e.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE,
    writesPerMinute: e.RATE_LIMIT_WRITES_PER_MINUTE,
    tokenCacheTtlSeconds: e.TOKEN_CACHE_TTL_SECONDS,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    alertsTickSeconds: e.ALERTS_TICK_SECONDS,
    alertsEvaluateEverySeconds: e.ALERTS_EVALUATE_EVERY_SECONDS,
    alertsAllowPrivateWebhooks: e.ALERTS_ALLOW_PRIVATE_WEBHOOKS,
    publicUrl: parsePublicUrl(env.PUBLIC_URL),
  };
}

/** A config for tests and tools: in-memory SQLite, generous limits. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    database: { kind: 'sqlite', path: ':memory:' },
    encryptionKey: null,
    logLevel: 'silent',
    corsOrigins: [],
    bodyLimitBytes: 64 * 1024,
    authFailuresPerMinute: 1_000_000,
    writesPerMinute: 10_000_000,
    tokenCacheTtlSeconds: 15,
    trustProxy: [],
    alertsTickSeconds: 0,
    alertsEvaluateEverySeconds: 300,
    alertsAllowPrivateWebhooks: false,
    publicUrl: null,
    ...overrides,
  };
}
