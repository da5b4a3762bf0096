import { z } from '@hono/zod-openapi';
import type { Forecast } from '@supportlink/rules';

/** The part of the rules' forecast() the summary carries for each contract (the dashboard's list). */
export const ForecastBrief = z
  .object({
    kind: z.enum([
      'runs-out',
      'unused-at-expiry',
      'exhausted',
      'expired',
      'not-started',
      'unlimited',
      'invalid',
    ]),
    runsOutOn: z.string().nullable().openapi({ description: '`YYYY-MM-DD`, only for `runs-out`' }),
    unusedAtExpiry: z.number().int().nullable(),
    pacePerMonth: z
      .number()
      .nullable()
      .openapi({ description: 'Net incidents used per month in the term so far' }),
    confidence: z.enum(['low', 'medium', 'high']),
    reasons: z.array(z.string()),
    basis: z.object({ usageEvents: z.number().int(), days: z.number().int() }),
  })
  .openapi('ForecastBrief');

export function forecastView(f: Forecast): z.infer<typeof ForecastBrief> {
  return {
    kind: f.kind,
    runsOutOn: f.runsOutOn,
    unusedAtExpiry: f.unusedAtExpiry,
    pacePerMonth: f.pacePerMonth === null ? null : Math.round(f.pacePerMonth * 100) / 100,
    confidence: f.confidence,
    reasons: f.reasons,
    basis: f.basis,
  };
}
