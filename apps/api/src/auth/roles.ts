import { type Role, roleAtLeast } from '@supportlink/rules';
import { forbidden } from '../errors.js';

export function requireRole(role: Role, needed: Role): void {
  if (!roleAtLeast(role, needed)) throw forbidden(`This needs the ${needed} role or higher.`);
}

/** Viewers see counts and states, never the Access ID or Contract ID. */
export function canSeeSecrets(role: Role): boolean {
  return roleAtLeast(role, 'member');
}
