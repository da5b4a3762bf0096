import type { AuditEntry } from '../api/types';
import { type MessageKey, t } from '../i18n';

const KNOWN = new Set([
  'contract.create',
  'contract.update',
  'contract.delete',
  'link.create',
  'member.create',
  'member.update',
  'member.delete',
  'token.create',
  'token.revoke',
]);

/** "Contract added"; an action this dashboard does not know yet reads as its code. */
export function auditAction(action: string): string {
  return KNOWN.has(action) ? t(`audit.action.${action}` as MessageKey) : action;
}

function value(v: unknown): string {
  if (Array.isArray(v)) return v.map(value).join(', ');
  if (v === null || v === undefined) return '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The entry's target and detail as one line (the server records field names, never secrets). */
export function auditDetail(e: AuditEntry): string {
  const parts = [`${e.targetType} ${e.targetId.slice(0, 8)}`];
  for (const [k, v] of Object.entries(e.detail ?? {})) parts.push(`${k}: ${value(v)}`);
  return parts.join(' · ');
}
