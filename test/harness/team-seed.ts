/**
 * A team's contracts, ledgers and links, relative to today, written through the real API:
 * the dashboard scenario and its benchmark both start from here.
 */
import { type Benefit, type OfferId, rulesetForDate, rulesets } from '@supportlink/rules';
import type { Api } from './api.js';

const DAY = 86_400_000;
export const dayFrom = (now: number, days: number) => new Date(now + days * DAY).toISOString().slice(0, 10);
export const instantFrom = (now: number, days: number) => new Date(now + days * DAY).toISOString();

export interface SeedContract {
  label: string;
  benefit: Benefit;
  /** Days from today. */
  start: number;
  end: number;
  allotment: number | 'unlimited';
  /** Days from today of each opened incident. */
  opened?: number[];
  refunded?: number[];
  observed?: { day: number; remaining: number }[];
  links?: { portal: string; account: string }[];
}

/** The ruleset in force on the start date and one of its offers: the contract passes validation in any year. */
export function termFields(now: number, start: number, end: number) {
  const startDate = dayFrom(now, start);
  const ruleset = rulesetForDate(startDate);
  const offer = Object.keys(rulesets[ruleset].offers)[0] as OfferId;
  return { ruleset, offer, startDate, endDate: dayFrom(now, end) };
}

let n = 0;
const id = (kind: string) => `${kind}-${process.pid}-${Date.now().toString(36)}-${++n}`;

export async function seedContract(
  api: Api,
  token: string,
  c: SeedContract,
  now = Date.now(),
): Promise<string> {
  const body = {
    ...termFields(now, c.start, c.end),
    benefit: c.benefit,
    label: c.label,
    accessId: `ACC-${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    contractId: `CON-${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    allotmentOverride: c.allotment,
  };
  const created = await api.json<{ id: string }>(token, '/v1/contracts', {
    method: 'POST',
    body: JSON.stringify(body),
  });
  const post = (event: Record<string, unknown>) =>
    api.json(token, `/v1/contracts/${created.id}/events`, {
      method: 'POST',
      body: JSON.stringify({ id: id('ev'), ...event }),
    });
  for (const d of c.opened ?? []) await post({ type: 'opened', at: instantFrom(now, d) });
  for (const d of c.refunded ?? []) await post({ type: 'refunded', at: instantFrom(now, d) });
  for (const o of c.observed ?? [])
    await post({
      type: 'observed',
      at: instantFrom(now, o.day),
      remaining: o.remaining,
      portal: 'serviceshub',
    });
  for (const l of c.links ?? []) {
    await api.json(token, `/v1/contracts/${created.id}/links/${l.portal}`, {
      method: 'PUT',
      body: JSON.stringify({ account: l.account }),
    });
  }
  return created.id;
}

/** A team with one of each situation the dashboard must tell apart; the first expires in 20 days with incidents unused. */
export const TEAM: SeedContract[] = [
  {
    label: 'Tailspin cloud (used up)',
    benefit: 'cloud',
    start: -200,
    end: 165,
    allotment: 5,
    opened: [-190, -150, -120, -60, -10],
  },
  {
    label: 'Northwind on-premises',
    benefit: 'on-premises',
    start: -100,
    end: 265,
    allotment: 10,
    opened: [-80],
  },
  {
    label: 'Legacy support 2025',
    benefit: 'on-premises',
    start: -400,
    end: -35,
    allotment: 20,
    opened: [-300, -200, -100, -90, -50],
  },
  {
    label: 'Fabrikam cloud',
    benefit: 'cloud',
    start: -60,
    end: 305,
    allotment: 10,
    opened: [-55, -45, -38, -30, -21, -14, -5],
    refunded: [-20],
  },
  {
    label: 'Contoso on-premises',
    benefit: 'on-premises',
    start: -345,
    end: 20,
    allotment: 20,
    opened: [-300, -240, -120],
    refunded: [-235],
    observed: [{ day: -110, remaining: 18 }],
    links: [
      { portal: 'azure', account: 'alice@contoso.example' },
      { portal: 'serviceshub', account: 'bob@contoso.example' },
    ],
  },
  {
    label: 'Unlimited cloud',
    benefit: 'cloud',
    start: -30,
    end: 335,
    allotment: 'unlimited',
    opened: [-20, -3],
  },
  {
    label: 'Next year on-premises',
    benefit: 'on-premises',
    start: 30,
    end: 395,
    allotment: 20,
  },
];
