import type { Role } from '../db/schema.js';
import { forbidden } from '../errors.js';

const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

export const ROLES = ['owner', 'admin', 'member', 'viewer'] as const satisfies readonly Role[];

export function atLeast(role: Role, needed: Role): boolean {
  return rank[role] >= rank[needed];
}

export function requireRole(role: Role, needed: Role): void {
  if (!atLeast(role, needed)) throw forbidden(`This needs the ${needed} role or higher.`);
}

/** Viewers see counts and states, never the Access ID or Contract ID. */
export function canSeeSecrets(role: Role): boolean {
  return atLeast(role, 'member');
}
