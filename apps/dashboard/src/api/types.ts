/** The API's response shapes as the dashboard reads them (see apps/api/README.md, HTTP contract). */
import type {
  Allotment,
  Benefit,
  ContractStateName,
  ContractStateReason,
  OfferId,
  PortalId,
  Role,
  RulesetId,
} from '@supportlink/rules';

export type { Role };

export interface Me {
  orgId: string;
  orgName: string;
  member: { id: string; name: string; role: Role };
  tokenId: string;
}

export interface SummaryItem {
  id: string;
  label: string | null;
  ruleset: RulesetId;
  offer: OfferId;
  benefit: Benefit;
  startDate: string;
  endDate: string;
  /** The start date was estimated from the end date (Partner Center showed none). */
  startDateEstimated?: boolean;
  remaining: Allotment;
  allotment: Allotment;
  state: ContractStateName;
  daysToExpiry: number;
  hiddenInAzure: boolean;
  usable: boolean;
  reasons: ContractStateReason[];
  observedAt: string | null;
  confidence: 'documented' | 'unverified';
  /** The rules' forecast() for this contract (absent from servers older than the dashboard). */
  forecast?: ForecastBrief | null;
}

/** The fields of the rules' Forecast the summary carries. */
export interface ForecastBrief {
  kind: string;
  runsOutOn: string | null;
  unusedAtExpiry: number | null;
  pacePerMonth: number | null;
  confidence: string;
  reasons: string[];
  basis?: { usageEvents: number; days: number };
}

export interface Summary {
  generatedAt: string;
  rulesVersion: string;
  contracts: SummaryItem[];
}

export interface ContractRecord {
  id: string;
  ruleset: RulesetId;
  offer: OfferId;
  benefit: Benefit;
  competency: 'cloud' | 'other' | null;
  label: string | null;
  startDate: string;
  endDate: string;
  startDateEstimated?: boolean;
  allotmentOverride: Allotment | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

interface EventBase {
  id: string;
  contractId: string;
  at: string;
  recordedAt: string;
}
export type LedgerEvent =
  | (EventBase & { type: 'opened' | 'refunded'; count: number; note: string | null })
  | (EventBase & { type: 'observed'; remaining: Allotment; portal: PortalId | null })
  | (EventBase & { type: 'adjusted'; delta: number; note: string | null });

export interface LinkRecord {
  id: string;
  contractId: string;
  portal: PortalId;
  account: string;
  linkedAt: string;
  linkedBy: string;
}

export interface Member {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  updatedAt: string;
}

export interface TokenInfo {
  id: string;
  name: string;
  memberId: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

export interface IssuedToken extends TokenInfo {
  token: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string;
  detail: Record<string, unknown>;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: string | null;
}
