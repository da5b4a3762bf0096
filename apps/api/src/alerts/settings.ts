import { z } from '@hono/zod-openapi';
import { ALERT_CONDITIONS, type AlertPolicy, DEFAULT_ALERT_POLICY } from '@supportlink/rules';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

const HttpUrl = z
  .string()
  .max(500)
  .refine((v) => {
    try {
      const u = new URL(v);
      return /^https?:$/.test(u.protocol) && !u.username && !u.password;
    } catch {
      return false;
    }
  }, 'Expected an http(s) URL without credentials');

const conditionSwitches = z.strictObject(
  Object.fromEntries(ALERT_CONDITIONS.map((c) => [c, z.boolean().optional()])) as Record<
    (typeof ALERT_CONDITIONS)[number],
    z.ZodOptional<z.ZodBoolean>
  >,
);

/** PUT body: replaces the settings; omitted fields take their defaults. */
export const AlertSettingsInput = z
  .strictObject({
    enabled: z.boolean().optional(),
    locale: z.enum(['en', 'zh-CN']).optional(),
    dashboardUrl: HttpUrl.nullable().optional().openapi({
      description: 'Base URL for links in alerts; null uses the server PUBLIC_URL, else links are relative.',
    }),
    expiryDays: z
      .array(z.number().int().min(1).max(365))
      .min(1)
      .max(5)
      .refine((a) => new Set(a).size === a.length, 'Thresholds must be distinct')
      .optional(),
    remainingAtMost: z.number().int().min(1).max(100).optional(),
    forecastMinConfidence: z.enum(['low', 'medium', 'high']).optional(),
    conditions: conditionSwitches.optional(),
  })
  .openapi('AlertSettingsInput');
export type AlertSettingsInput = z.infer<typeof AlertSettingsInput>;

export interface AlertSettings {
  enabled: boolean;
  locale: 'en' | 'zh-CN';
  dashboardUrl: string | null;
  expiryDays: number[];
  remainingAtMost: number;
  forecastMinConfidence: 'low' | 'medium' | 'high';
  conditions: Record<(typeof ALERT_CONDITIONS)[number], boolean>;
}

export const AlertSettingsView = z
  .object({
    enabled: z.boolean(),
    locale: z.enum(['en', 'zh-CN']),
    dashboardUrl: z.string().nullable(),
    expiryDays: z.array(z.number().int()),
    remainingAtMost: z.number().int(),
    forecastMinConfidence: z.enum(['low', 'medium', 'high']),
    conditions: z.object(Object.fromEntries(ALERT_CONDITIONS.map((c) => [c, z.boolean()]))),
    updatedAt: z.string().nullable(),
  })
  .openapi('AlertSettings');

/** Fills defaults; also reads stored JSON written by an older or newer version leniently. */
export function normalizeSettings(input: Partial<AlertSettingsInput> | null | undefined): AlertSettings {
  const parsed = AlertSettingsInput.safeParse(input ?? {});
  const v = parsed.success ? parsed.data : {};
  return {
    enabled: v.enabled ?? true,
    locale: v.locale ?? 'en',
    dashboardUrl: v.dashboardUrl ? v.dashboardUrl.replace(/\/+$/, '') : null,
    expiryDays: [...(v.expiryDays ?? DEFAULT_ALERT_POLICY.expiryDays)].sort((a, b) => b - a),
    remainingAtMost: v.remainingAtMost ?? DEFAULT_ALERT_POLICY.remainingAtMost,
    forecastMinConfidence: v.forecastMinConfidence ?? DEFAULT_ALERT_POLICY.forecastMinConfidence,
    conditions: Object.fromEntries(ALERT_CONDITIONS.map((c) => [c, v.conditions?.[c] ?? true])) as Record<
      (typeof ALERT_CONDITIONS)[number],
      boolean
    >,
  };
}

export function policyOf(s: AlertSettings): AlertPolicy {
  return {
    expiryDays: s.expiryDays,
    remainingAtMost: s.remainingAtMost,
    forecastMinConfidence: s.forecastMinConfidence,
    conditions: s.conditions,
  };
}

export async function loadSettings(
  db: Kysely<Database>,
  orgId: string,
): Promise<{ settings: AlertSettings; updatedAt: number | null }> {
  const row = await db
    .selectFrom('alert_settings')
    .select(['settings', 'updated_at'])
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  if (!row) return { settings: normalizeSettings(null), updatedAt: null };
  let stored: unknown = null;
  try {
    stored = JSON.parse(row.settings);
  } catch {
    stored = null;
  }
  return { settings: normalizeSettings(stored as AlertSettingsInput), updatedAt: row.updated_at };
}

export async function saveSettings(
  db: Kysely<Database>,
  orgId: string,
  settings: AlertSettings,
  now: number,
  memberId: string,
): Promise<void> {
  const json = JSON.stringify(settings);
  await db
    .insertInto('alert_settings')
    .values({ org_id: orgId, settings: json, updated_at: now, updated_by: memberId })
    .onConflict((oc) =>
      oc.column('org_id').doUpdateSet({ settings: json, updated_at: now, updated_by: memberId }),
    )
    .execute();
}
