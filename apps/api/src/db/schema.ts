import type { Benefit, CompetencyCategory, OfferId, PortalId, Role, RulesetId } from '@supportlink/rules';
import type { Generated } from 'kysely';

export type EventType = 'opened' | 'refunded' | 'observed' | 'adjusted';

/** Booleans are 0/1 integers and times epoch milliseconds, so both dialects return the same types. */
export interface OrgsTable {
  id: string;
  name: string;
  /** Bumped once inside every write transaction of the organisation. */
  revision: number;
  /** Sync cursors below this revision can no longer be served (tombstones compacted). */
  sync_floor: number;
  /** Bumped by every member or token change; the update is what locks the organisation for it. */
  auth_epoch: number;
  created_at: number;
}

export type { Role };

export interface MembersTable {
  org_id: string;
  id: string;
  name: string;
  role: Role;
  created_at: number;
  updated_at: number;
  deleted: number;
}

export interface TokensTable {
  id: string;
  org_id: string;
  member_id: string;
  name: string;
  hash: string;
  created_at: number;
  expires_at: number | null;
  last_used_at: number | null;
  revoked_at: number | null;
  /** The token that minted this one; null when created by the CLI or at start-up. */
  parent_id: string | null;
}

export interface ContractsTable {
  org_id: string;
  id: string;
  ruleset: RulesetId;
  offer: OfferId;
  benefit: Benefit;
  competency: CompetencyCategory | null;
  label: string | null;
  /** Plain text, or sealed when `ids_sealed` is 1 (see lib/contract-ids.ts); a prefix means nothing. */
  access_id: string;
  contract_id: string;
  /** 1 when both IDs are ciphertext. Set by the server only; no request field maps to it. */
  ids_sealed: number;
  start_date: string;
  end_date: string;
  /** 1 when the start date was estimated from the end date (migration 0005). */
  start_date_estimated: number;
  allotment_override: number | null;
  allotment_override_unlimited: number;
  version: number;
  created_at: number;
  updated_at: number;
  created_by: string | null;
  updated_by: string | null;
  deleted: number;
  revision: number;
}

export interface EventsTable {
  org_id: string;
  id: string;
  contract_id: string;
  type: EventType;
  at: number;
  count: number | null;
  remaining: number | null;
  remaining_unlimited: number;
  delta: number | null;
  portal: PortalId | null;
  note: string | null;
  created_at: number;
  created_by: string | null;
  deleted: number;
  revision: number;
}

export interface LinksTable {
  org_id: string;
  id: string;
  contract_id: string;
  portal: PortalId;
  account: string;
  linked_at: number;
  created_by: string | null;
  updated_at: number;
  deleted: number;
  revision: number;
}

export interface AuditTable {
  seq: Generated<number>;
  org_id: string;
  at: number;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  /** JSON: names of changed fields and non-secret values; never Access ID / Contract ID / tokens. */
  detail: string;
}

/** Writes per member in the current fixed window, shared by every replica. */
export interface WriteCountsTable {
  org_id: string;
  member_id: string;
  window_start: number;
  count: number;
}

export type AlertChannelKind = 'webhook' | 'email';
export type OutboxStatus = 'pending' | 'sending' | 'delivered' | 'failed' | 'cancelled';

export interface AlertSettingsTable {
  org_id: string;
  /** JSON; see alerts/settings.ts. */
  settings: string;
  updated_at: number;
  updated_by: string | null;
}

export interface AlertScheduleTable {
  org_id: string;
  next_run_at: number;
  last_run_at: number | null;
}

export interface AlertChannelsTable {
  org_id: string;
  id: string;
  kind: AlertChannelKind;
  name: string;
  enabled: number;
  /** JSON of the non-secret settings. */
  config: string;
  /** Webhook URL or SMTP password, sealed like the IDs when `secret_sealed`; '' when none. */
  secret: string;
  /** 1 when the server sealed `secret` (the only thing that marks it as ciphertext), else 0. */
  secret_sealed: number;
  /** What may be shown of the secret (scheme, host, last characters), never all of it. */
  secret_hint: string | null;
  created_at: number;
  updated_at: number;
  created_by: string | null;
  deleted: number;
}

export interface AlertConditionsTable {
  org_id: string;
  key: string;
  contract_id: string;
  active: number;
  since: number;
  cleared_at: number | null;
  alert_id: string | null;
}

export interface AlertsTable {
  org_id: string;
  id: string;
  key: string;
  condition: string;
  threshold: number | null;
  contract_id: string;
  member_id: string | null;
  fired_at: number;
  cleared_at: number | null;
  /** JSON: title, text, link, facts, locale. */
  payload: string;
}

export interface AlertOutboxTable {
  id: string;
  org_id: string;
  alert_id: string;
  channel_id: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: number;
  lease_until: number | null;
  created_at: number;
  finished_at: number | null;
}

export interface AlertDeliveriesTable {
  seq: Generated<number>;
  org_id: string;
  outbox_id: string | null;
  alert_id: string | null;
  channel_id: string;
  at: number;
  attempt: number;
  status: 'delivered' | 'failed';
  detail: string;
  duration_ms: number;
  next_attempt_at: number | null;
  gave_up: number;
  test: number;
}

export interface Database {
  orgs: OrgsTable;
  members: MembersTable;
  tokens: TokensTable;
  contracts: ContractsTable;
  events: EventsTable;
  links: LinksTable;
  audit_log: AuditTable;
  write_counts: WriteCountsTable;
  alert_settings: AlertSettingsTable;
  alert_schedule: AlertScheduleTable;
  alert_channels: AlertChannelsTable;
  alert_conditions: AlertConditionsTable;
  alerts: AlertsTable;
  alert_outbox: AlertOutboxTable;
  alert_deliveries: AlertDeliveriesTable;
}
