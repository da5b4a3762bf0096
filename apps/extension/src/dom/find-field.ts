/**
 * Plan: decide from the collected snapshot which field gets which value. Pure; the
 * label → role decision is the rules package's (`fieldRole`, every portal locale).
 */
import type { FieldRole } from '@supportlink/rules';
import type { FieldSnapshot } from './collect';

export type RoleOf = (labelText: string) => FieldRole | null;

export interface PlannedFill {
  key: string;
  role: FieldRole;
  value: string;
}

export interface FillPlan {
  fill: PlannedFill[];
  /** Fields found per role, whether or not they will be filled. */
  found: Partial<Record<FieldRole, FieldSnapshot>>;
  /** Roles whose field holds something the user typed: left alone. */
  skippedUserValue: FieldRole[];
}

export function roleOfField(field: FieldSnapshot, roleOf: RoleOf): FieldRole | null {
  for (const label of field.labels) {
    const role = roleOf(label.text);
    if (role) return role;
  }
  return null;
}

export function findFields(
  fields: FieldSnapshot[],
  roleOf: RoleOf,
): Partial<Record<FieldRole, FieldSnapshot>> {
  const found: Partial<Record<FieldRole, FieldSnapshot>> = {};
  for (const field of fields) {
    const role = roleOfField(field, roleOf);
    if (role && !found[role]) found[role] = field;
  }
  return found;
}

export function planFill(
  fields: FieldSnapshot[],
  values: Partial<Record<FieldRole, string>>,
  roleOf: RoleOf,
): FillPlan {
  const found = findFields(fields, roleOf);
  const plan: FillPlan = { fill: [], found, skippedUserValue: [] };
  for (const role of ['access-id', 'contract-id'] as const) {
    const field = found[role];
    const value = values[role];
    if (!field || !value) continue;
    if (!field.empty && !field.ours) {
      plan.skippedUserValue.push(role);
      continue;
    }
    plan.fill.push({ key: field.key, role, value });
  }
  return plan;
}
