import type { AuditEntry } from '../api/types';
import { type MessageKey, t } from '../i18n';

const KNOWN_ACTIONS = new Set([
  'contract.create',
  'contract.update',
  'contract.delete',
  'link.create',
  'member.create',
  'member.update',
  'member.delete',
  'token.create',
  'token.revoke',
  'org.create',
  'org.export',
  'org.import',
  'org.rename',
  'alerts.settings.update',
  'alerts.channel.create',
  'alerts.channel.update',
  'alerts.channel.delete',
]);
const KNOWN_TARGETS = new Set([
  'contract',
  'link',
  'member',
  'token',
  'org',
  'alert_settings',
  'alert_channel',
]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "Contract added"; an action this dashboard does not know yet reads as its code. */
export function auditAction(action: string): string {
  return KNOWN_ACTIONS.has(action) ? t(`audit.action.${action}` as MessageKey) : action;
}

/** A record id as the team knows it: a contract's or member's name, else its first 8 characters. */
function named(id: string, names: ReadonlyMap<string, string>): string {
  return names.get(id) ?? (UUID.test(id) ? id.slice(0, 8) : id);
}

function value(v: unknown, names: ReadonlyMap<string, string>): string {
  if (Array.isArray(v)) return v.map((x) => value(x, names)).join(', ');
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return named(v, names);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The entry's target and detail as one line (the server records field names, never secrets). */
export function auditDetail(e: AuditEntry, names: ReadonlyMap<string, string> = new Map()): string {
  const type = KNOWN_TARGETS.has(e.targetType)
    ? t(`audit.target.${e.targetType}` as MessageKey)
    : e.targetType;
  const parts = [`${type} ${named(e.targetId, names)}`];
  for (const [k, v] of Object.entries(e.detail ?? {})) parts.push(`${k}: ${value(v, names)}`);
  return parts.join(' · ');
}
