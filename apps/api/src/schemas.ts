import { z } from '@hono/zod-openapi';
import { CONTRACT_FIELDS, CONTRACT_PROBLEM_CODES, ROLES } from '@supportlink/rules';
import { BENEFITS, COMPETENCIES, EVENT_TYPES, OFFER_IDS, PORTAL_IDS, RULESET_IDS } from './lib/enums.js';

// Request schemas are strict (unknown fields → 400) so no client can set orgId, version, role… by accident.

/**
 * A calendar date as sent. Only its shape is checked here: whether it is a real day in a sane
 * year is the rules' `parseCalendarDate` (via `validateContract`), which answers a typed problem.
 */
export const DateString = z
  .string()
  .max(40)
  .openapi({ example: '2026-06-30', format: 'date', description: 'YYYY-MM-DD, a real day, years 2000–2099' });

export const Instant = z.iso
  .datetime({ offset: true, message: 'Expected an ISO 8601 date-time, e.g. 2026-01-31T09:00:00Z' })
  .openapi({ example: '2026-01-31T09:00:00.000Z' });

/** Client-generated ids (events, optional for contracts): safe in URLs and logs. */
export const ClientId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'Use letters, digits, ".", "_", ":" or "-"')
  .openapi({ example: '0f8fad5b-d9cb-469f-a165-70867728950e' });

export const IdParam = z.object({ id: ClientId.openapi({ param: { name: 'id', in: 'path' } }) });

const Secret = (name: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .openapi({ description: `${name}. Whitespace and invisible characters are removed.` });

export const AllotmentOverride = z
  .union([z.number().int().min(0).max(100_000), z.literal('unlimited')])
  .nullable()
  .openapi({ description: "Replaces the ruleset's allotment (a purchased pack): a number or 'unlimited'." });

/**
 * One of the rules' ids. Only the type is checked here: which values are valid (and in which
 * ruleset) is `validateContract`'s decision, answered as a typed problem (`unknown-offer`…).
 */
const RulesId = (ids: readonly string[], description: string) =>
  z
    .string()
    .max(64)
    .openapi({ enum: [...ids], description });

const contractFields = {
  ruleset: RulesId(RULESET_IDS, 'The programme ruleset'),
  offer: RulesId(OFFER_IDS, 'The offer (must be part of the ruleset)'),
  benefit: RulesId(BENEFITS, 'Cloud or on-premises support'),
  competency: RulesId(COMPETENCIES, 'Cloud or other competency; null when unknown').nullable().optional(),
  label: z.string().max(200).nullable().optional(),
  accessId: Secret('Access ID'),
  contractId: Secret('Contract ID'),
  startDate: DateString,
  endDate: DateString,
  startDateEstimated: z.boolean().nullable().optional().openapi({
    description: 'True when the start date was estimated from the end date (Partner Center showed none)',
  }),
  allotmentOverride: z
    .union([z.number(), z.string().max(20)])
    .nullable()
    .optional()
    .openapi({
      description:
        "Replaces the ruleset's allotment (a purchased pack): a whole number 0–100000 or 'unlimited'.",
    }),
};

export const ContractCreate = z
  .strictObject({
    id: ClientId.optional().openapi({ description: 'Optional client id; a retried create is applied once.' }),
    ...contractFields,
    ruleset: RulesId(
      [...RULESET_IDS, 'auto'],
      "Omitted, null or 'auto': the rules choose it from the offer and start date (rulesetFor).",
    )
      .nullable()
      .optional(),
  })
  .openapi('ContractCreate');

export const ContractPatch = z
  .strictObject({
    ruleset: RulesId(
      [...RULESET_IDS, 'auto'],
      "'auto': the rules choose it again from the offer and start date (rulesetFor).",
    ).optional(),
    offer: contractFields.offer.optional(),
    benefit: contractFields.benefit.optional(),
    competency: contractFields.competency,
    label: contractFields.label,
    accessId: contractFields.accessId.optional(),
    contractId: contractFields.contractId.optional(),
    startDate: DateString.optional(),
    endDate: DateString.optional(),
    startDateEstimated: contractFields.startDateEstimated,
    allotmentOverride: contractFields.allotmentOverride,
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one field to change' })
  .openapi('ContractPatch');

export const Contract = z
  .object({
    id: z.string(),
    ruleset: z.enum(RULESET_IDS),
    offer: z.enum(OFFER_IDS),
    benefit: z.enum(BENEFITS),
    competency: z.enum(COMPETENCIES).nullable(),
    label: z.string().nullable(),
    accessId: z.string().nullable().openapi({ description: 'null for viewers' }),
    contractId: z.string().nullable().openapi({ description: 'The Contract ID (secret); null for viewers' }),
    idsUnreadable: z.literal(true).optional().openapi({
      description:
        'Present when the server cannot decrypt this contract’s IDs (SUPPORTLINK_ENCRYPTION_KEY missing or different); accessId and contractId are then null',
    }),
    startDate: z.string(),
    endDate: z.string(),
    startDateEstimated: z.boolean(),
    allotmentOverride: AllotmentOverride,
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Contract');

export const SyncContract = Contract.extend({ deleted: z.boolean() }).openapi('SyncContract');

const note = z.string().max(500).nullable().optional();
const count = z.number().int().min(1).max(1000).optional().openapi({ description: 'Incidents; default 1' });

export const EventCreate = z
  .discriminatedUnion('type', [
    z.strictObject({ id: ClientId, type: z.literal('opened'), at: Instant, count, note }),
    z.strictObject({ id: ClientId, type: z.literal('refunded'), at: Instant, count, note }),
    z.strictObject({
      id: ClientId,
      type: z.literal('observed'),
      at: Instant,
      remaining: z.union([z.number().int().min(0).max(100_000), z.literal('unlimited')]),
      portal: z.enum(PORTAL_IDS).nullable().optional(),
    }),
    z.strictObject({
      id: ClientId,
      type: z.literal('adjusted'),
      at: Instant,
      delta: z
        .number()
        .int()
        .min(-100_000)
        .max(100_000)
        .refine((d) => d !== 0, 'delta must not be 0'),
      note,
    }),
  ])
  .openapi('EventCreate');

export const IncidentEvent = z
  .object({
    id: z.string().openapi({ description: 'The client-generated id' }),
    contractId: z.string().openapi({ description: "The contract record's id" }),
    type: z.enum(EVENT_TYPES),
    at: z.string(),
    count: z.number().int().optional(),
    remaining: z.union([z.number().int(), z.literal('unlimited')]).optional(),
    delta: z.number().int().optional(),
    portal: z.enum(PORTAL_IDS).nullable().optional(),
    note: z.string().nullable().optional(),
    recordedAt: z.string(),
  })
  .openapi('IncidentEvent');

export const LinkPut = z
  .strictObject({
    account: z.string().min(1).max(320).openapi({ description: 'The account identifier used in the portal' }),
    linkedAt: Instant.optional(),
  })
  .openapi('LinkPut');

export const Link = z
  .object({
    id: z.string(),
    contractId: z.string(),
    portal: z.enum(PORTAL_IDS),
    account: z.string(),
    linkedAt: z.string(),
    linkedBy: z.string().nullable(),
  })
  .openapi('Link');

export const Role = z.enum(ROLES);

export const Member = z
  .object({ id: z.string(), name: z.string(), role: Role, createdAt: z.string(), updatedAt: z.string() })
  .openapi('Member');

const MemberName = z.string().trim().min(1).max(100);
export const MemberCreate = z.strictObject({ name: MemberName, role: Role }).openapi('MemberCreate');
export const MemberPatch = z
  .strictObject({ name: MemberName.optional(), role: Role.optional() })
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one field to change' })
  .openapi('MemberPatch');

export const TokenCreate = z
  .strictObject({
    name: z.string().trim().min(1).max(100).optional(),
    expiresAt: Instant.nullable().optional(),
  })
  .openapi('TokenCreate');

export const TokenInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    memberId: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('TokenInfo');

export const IssuedToken = TokenInfo.extend({
  token: z.string().openapi({ description: 'Shown once; only its hash is stored.' }),
}).openapi('IssuedToken');

export const ContractProblemSchema = z
  .object({
    field: z.enum(CONTRACT_FIELDS),
    code: z.enum(CONTRACT_PROBLEM_CODES),
    severity: z.enum(['error', 'warning']),
    offer: z.enum(OFFER_IDS).optional(),
    ruleset: z.enum(RULESET_IDS).optional(),
    benefit: z.enum(BENEFITS).optional(),
    message: z.string().openapi({ description: 'The rules package text (English)' }),
  })
  .openapi('ContractProblem');

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z
      .array(
        z.object({
          field: z.string(),
          in: z.string(),
          message: z.string(),
          code: z
            .enum(CONTRACT_PROBLEM_CODES)
            .optional()
            .openapi({ description: 'The rules package code, for a localized text' }),
        }),
      )
      .optional(),
    problems: z
      .array(ContractProblemSchema)
      .optional()
      .openapi({ description: 'A refused contract: every problem the rules found (errors and warnings)' }),
  })
  .openapi('Problem');
