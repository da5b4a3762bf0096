import type { Role } from './types.js';

/** Team roles, least to most privileged. */
export const ROLES = ['viewer', 'member', 'admin', 'owner'] as const satisfies readonly Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` has at least the rights of `minimum`. */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}

/** The least role that may change contracts and their ledger (log an incident, refund). */
export const WRITE_ROLE: Role = 'member';

/** Whether `role` may change contracts and their ledger; a viewer only reads. */
export function canWrite(role: Role): boolean {
  return roleAtLeast(role, WRITE_ROLE);
}
