/** The alert forms' text fields to API bodies; problems are message keys, said next to the field. */
import type { NewChannel, SmtpSecurity, WebhookFormat } from '../api/alerts';
import type { MessageKey } from '../i18n';

export type Parsed<T> = { ok: true; value: T } | { ok: false; field: string; problem: MessageKey };

/** "30, 7" → [30, 7]: one to five distinct whole numbers of days, 1–365. */
export function parseExpiryDays(text: string): Parsed<number[]> {
  const parts = text
    .split(/[,，\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const days = parts.map(Number);
  const bad =
    parts.length === 0 ||
    parts.length > 5 ||
    days.some((d) => !Number.isInteger(d) || d < 1 || d > 365) ||
    new Set(days).size !== days.length;
  if (bad) return { ok: false, field: 'alert-expiry-days', problem: 'alerts.problem.expiryDays' };
  return { ok: true, value: days.sort((a, b) => b - a) };
}

export function parseRemainingAtMost(text: string): Parsed<number> {
  const n = Number(text.trim());
  if (!text.trim() || !Number.isInteger(n) || n < 1 || n > 100) {
    return { ok: false, field: 'alert-remaining', problem: 'alerts.problem.remaining' };
  }
  return { ok: true, value: n };
}

export interface ChannelDraft {
  kind: 'webhook' | 'email';
  name: string;
  format: WebhookFormat;
  url: string;
  to: string;
  from: string;
  host: string;
  port: string;
  security: SmtpSecurity;
  username: string;
  password: string;
}

export const EMPTY_DRAFT: ChannelDraft = {
  kind: 'webhook',
  name: '',
  format: 'generic',
  url: '',
  to: '',
  from: '',
  host: '',
  port: '587',
  security: 'starttls',
  username: '',
  password: '',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !u.username && !u.password;
  } catch {
    return false;
  }
}

/** The first problem of a draft (the server checks again, and says why it refuses). */
export function channelBody(d: ChannelDraft): Parsed<NewChannel> {
  const name = d.name.trim();
  if (!name) return { ok: false, field: 'channel-name', problem: 'alerts.problem.name' };
  if (d.kind === 'webhook') {
    const url = d.url.trim();
    if (!isHttpUrl(url)) return { ok: false, field: 'channel-url', problem: 'alerts.problem.url' };
    return { ok: true, value: { kind: 'webhook', name, format: d.format, url } };
  }
  const to = d.to
    .split(/[,;，；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (to.length === 0 || to.length > 20 || !to.every((a) => EMAIL.test(a))) {
    return { ok: false, field: 'channel-to', problem: 'alerts.problem.to' };
  }
  const from = d.from.trim();
  if (!EMAIL.test(from)) return { ok: false, field: 'channel-from', problem: 'alerts.problem.from' };
  const host = d.host.trim();
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) {
    return { ok: false, field: 'channel-host', problem: 'alerts.problem.host' };
  }
  const port = Number(d.port.trim());
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    return { ok: false, field: 'channel-port', problem: 'alerts.problem.port' };
  }
  return {
    ok: true,
    value: {
      kind: 'email',
      name,
      to,
      from,
      host,
      port,
      security: d.security,
      username: d.username.trim() || null,
      password: d.password === '' ? null : d.password,
    },
  };
}
