import { isIP } from 'node:net';
import { z } from '@hono/zod-openapi';
import ipaddr from 'ipaddr.js';
import type { AlertChannelsTable } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { hasSealedShape, type SecretBox, SecretUnavailableError } from '../lib/secret-box.js';
import { iso } from '../lib/views.js';

export const WEBHOOK_FORMATS = ['generic', 'teams', 'slack'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];
export const SMTP_SECURITY = ['tls', 'starttls', 'none'] as const;

const Name = z.string().trim().min(1).max(100);
const Email = z.string().trim().max(320).email('Expected an e-mail address');
const Host = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.:[\]-]+$/, 'Expected a host name or IP address');

const WebhookUrl = z
  .string()
  .max(2000)
  .superRefine((v, ctx) => {
    let u: URL;
    try {
      u = new URL(v);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Expected an http(s) URL' });
      return;
    }
    if (!/^https?:$/.test(u.protocol))
      ctx.addIssue({ code: 'custom', message: 'Only http and https webhooks' });
    else if (u.username || u.password)
      ctx.addIssue({ code: 'custom', message: 'No user or password in the URL' });
  })
  .openapi({ description: 'Write-only: responses show only urlHint.' });

const webhookFields = {
  name: Name,
  kind: z.literal('webhook'),
  format: z.enum(WEBHOOK_FORMATS),
  url: WebhookUrl,
  enabled: z.boolean().optional(),
};
const emailFields = {
  name: Name,
  kind: z.literal('email'),
  to: z.array(Email).min(1).max(20),
  from: Email,
  host: Host,
  port: z.number().int().min(1).max(65535),
  security: z.enum(SMTP_SECURITY),
  username: z.string().max(200).nullable().optional(),
  password: z
    .string()
    .max(500)
    .nullable()
    .optional()
    .openapi({ description: 'Write-only: responses show passwordSet.' }),
  enabled: z.boolean().optional(),
};

export const ChannelCreate = z
  .discriminatedUnion('kind', [z.strictObject(webhookFields), z.strictObject(emailFields)])
  .openapi('AlertChannelCreate');
export type ChannelCreate = z.infer<typeof ChannelCreate>;

/** Any field of either kind except `kind`; the route checks the fields fit the channel's kind. */
export const ChannelPatch = z
  .strictObject({
    name: Name.optional(),
    enabled: z.boolean().optional(),
    format: webhookFields.format.optional(),
    url: WebhookUrl.optional(),
    to: emailFields.to.optional(),
    from: Email.optional(),
    host: Host.optional(),
    port: emailFields.port.optional(),
    security: emailFields.security.optional(),
    username: emailFields.username,
    password: emailFields.password,
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one field to change' })
  .openapi('AlertChannelPatch');
export type ChannelPatch = z.infer<typeof ChannelPatch>;

export const ChannelView = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['webhook', 'email']),
    enabled: z.boolean(),
    webhook: z.object({ format: z.enum(WEBHOOK_FORMATS), urlHint: z.string() }).nullable(),
    email: z
      .object({
        to: z.array(z.string()),
        from: z.string(),
        host: z.string(),
        port: z.number().int(),
        security: z.enum(SMTP_SECURITY),
        username: z.string().nullable(),
        passwordSet: z.boolean(),
      })
      .nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    lastDelivery: z.object({ at: z.string(), status: z.enum(['delivered', 'failed']) }).nullable(),
  })
  .openapi('AlertChannel');

export interface WebhookConfig {
  format: WebhookFormat;
}
export interface EmailConfig {
  to: string[];
  from: string;
  host: string;
  port: number;
  security: (typeof SMTP_SECURITY)[number];
  username: string | null;
}

/** A channel ready to send: config parsed, secret opened. Never logged or returned. */
export type OpenChannel =
  | { id: string; orgId: string; name: string; kind: 'webhook'; config: WebhookConfig; url: string }
  | { id: string; orgId: string; name: string; kind: 'email'; config: EmailConfig; password: string | null };

export const channelSecretContext = (orgId: string, channelId: string) =>
  `${orgId}/alert_channels/${channelId}/secret`;

/** Scheme, host and the last four characters: enough to recognise a URL, not to use it. */
export function urlHint(url: string): string {
  const u = new URL(url);
  const tail = url.length > 12 ? url.slice(-4) : '';
  return `${u.protocol}//${u.host}/…${tail}`;
}

/**
 * Refuses webhook URLs whose host is an IP literal outside public unicast space (loopback, private,
 * link-local, CGNAT, multicast, unspecified…) unless the server allows private targets. Host names
 * are checked again after DNS resolution at send time (see webhook.ts), which also covers rebinding.
 */
export function checkWebhookTarget(url: string, allowPrivate: boolean): void {
  if (allowPrivate) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host) !== 0;
  if ((literal && ipaddr.process(host).range() !== 'unicast') || /^localhost\.?$/i.test(host)) {
    throw badRequest('url: This server does not send webhooks to private or loopback addresses', [
      { field: 'url', in: 'body', message: 'Private, loopback and link-local addresses are not allowed' },
    ]);
  }
}

function parseConfig(row: AlertChannelsTable): WebhookConfig | EmailConfig {
  return JSON.parse(row.config) as WebhookConfig | EmailConfig;
}

export function channelView(
  row: AlertChannelsTable,
  last: { at: number; status: 'delivered' | 'failed' } | null,
) {
  const config = parseConfig(row);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    enabled: row.enabled === 1,
    webhook:
      row.kind === 'webhook'
        ? { format: (config as WebhookConfig).format, urlHint: row.secret_hint ?? '' }
        : null,
    email:
      row.kind === 'email'
        ? {
            to: (config as EmailConfig).to,
            from: (config as EmailConfig).from,
            host: (config as EmailConfig).host,
            port: (config as EmailConfig).port,
            security: (config as EmailConfig).security,
            username: (config as EmailConfig).username,
            passwordSet: row.secret !== '',
          }
        : null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    lastDelivery: last ? { at: iso(last.at), status: last.status } : null,
  };
}

/** The secret's columns: sealed and flagged when a key is configured (and there is a secret), else plain. */
function storeSecret(plain: string, context: string, secrets: SecretBox) {
  if (!secrets.encrypting || plain === '') return { secret: plain, secret_sealed: 0 };
  return { secret: secrets.seal(plain, context), secret_sealed: 1 };
}

/** The columns for a channel after create or patch: config JSON, secret (sealed and flagged) and its hint. */
export function channelColumns(
  orgId: string,
  id: string,
  kind: 'webhook' | 'email',
  merged: Record<string, unknown>,
  secrets: SecretBox,
) {
  const context = channelSecretContext(orgId, id);
  if (kind === 'webhook') {
    const url = merged.url as string;
    return {
      config: JSON.stringify({ format: merged.format as WebhookFormat } satisfies WebhookConfig),
      ...storeSecret(url, context, secrets),
      secret_hint: urlHint(url),
    };
  }
  const config: EmailConfig = {
    to: merged.to as string[],
    from: merged.from as string,
    host: merged.host as string,
    port: merged.port as number,
    security: merged.security as EmailConfig['security'],
    username: (merged.username as string | null | undefined) ?? null,
  };
  const password = (merged.password as string | null | undefined) ?? '';
  return { config: JSON.stringify(config), ...storeSecret(password, context, secrets), secret_hint: null };
}

/**
 * The plain secret of a row. Only the row's flag marks ciphertext: a plain password that happens to
 * start with "enc1:" is returned as typed. Throws SecretUnavailableError when a sealed one cannot be opened.
 */
export function readSecret(row: AlertChannelsTable, secrets: SecretBox): string {
  if (!row.secret_sealed) return row.secret;
  if (!hasSealedShape(row.secret))
    throw new SecretUnavailableError('a sealed channel secret is not well-formed');
  return secrets.open(row.secret, channelSecretContext(row.org_id, row.id));
}

/** Current values of a channel as create-fields (secret opened), for merging a patch. */
export function channelFields(row: AlertChannelsTable, secrets: SecretBox): Record<string, unknown> {
  const plain = readSecret(row, secrets);
  const config = parseConfig(row);
  if (row.kind === 'webhook') return { ...config, url: plain };
  return { ...config, password: plain === '' ? null : plain };
}

export function openChannel(row: AlertChannelsTable, secrets: SecretBox): OpenChannel {
  const fields = channelFields(row, secrets);
  const base = { id: row.id, orgId: row.org_id, name: row.name };
  if (row.kind === 'webhook') {
    return { ...base, kind: 'webhook', config: parseConfig(row) as WebhookConfig, url: fields.url as string };
  }
  return {
    ...base,
    kind: 'email',
    config: parseConfig(row) as EmailConfig,
    password: (fields.password as string | null) ?? null,
  };
}

const WEBHOOK_ONLY = ['format', 'url'] as const;
const EMAIL_ONLY = ['to', 'from', 'host', 'port', 'security', 'username', 'password'] as const;

/** A patch may only touch the fields of the channel's kind. */
export function checkPatchFits(kind: 'webhook' | 'email', patch: ChannelPatch): void {
  const foreign = (kind === 'webhook' ? EMAIL_ONLY : WEBHOOK_ONLY).filter((k) => k in patch);
  if (foreign.length > 0) {
    throw badRequest(
      `${foreign[0]}: not a field of a ${kind} channel`,
      foreign.map((field) => ({ field, in: 'body', message: `Not a field of a ${kind} channel` })),
    );
  }
}
