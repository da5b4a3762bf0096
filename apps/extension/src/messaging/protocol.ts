/**
 * Typed messages between content scripts / popup / options and the background.
 * This file is the contract between the extension's UI/feature code and its
 * background (storage + sync). Add messages freely; do not change existing shapes.
 */
import type {
  Allotment,
  Benefit,
  CaptureChoices,
  CaptureProposal,
  CaptureSnapshot,
  CompetencyCategory,
  Contract,
  ContractNotice,
  ContractProblem,
  ContractState,
  Diagnosis,
  DiagnosisContext,
  Guidance,
  GuidanceKey,
  IncidentEvent,
  MessageCatalogData,
  MessageId,
  OfferId,
  PortalId,
  RulesetId,
  UiLocale,
} from '@supportlink/rules';
import type { ContentKey } from '../i18n/catalogs/content.en';
import type { ContractSyncMark, SyncConflict } from '../storage/types';
import type { Me, Member, Role, TokenInfo } from '../sync/api-client';
import type { ConnectionReport } from '../sync/connection-test';
import type { SyncFailure } from '../sync/failure';

export interface LinkRecord {
  id: string;
  portal: PortalId;
  /** Signed-in account name/e-mail as the portal showed it, or null when unknown. */
  account: string | null;
  at: number;
}

/** A contract as stored in the extension (local id, secrets, ledger, links). */
export interface StoredContract extends Contract {
  /** Local id (uuid); equals the server id once synced. */
  id: string;
  accessId: string;
  contractId: string;
  label: string | null;
  events: IncidentEvent[];
  links: LinkRecord[];
  /** Server version for If-Match; null while never synced. */
  version: number | null;
  updatedAt: number;
  /** Last time the count was confirmed by a portal observation or a sync. */
  syncedAt: number | null;
}

/** What the UI shows: stored contract + state computed by the rules package. */
export interface ContractView extends StoredContract {
  state: ContractState;
  /**
   * What the state means for a reader (the rules' `contractNotices` at the time of listing), so
   * in-page features word it without bundling the rules' date logic. Pages that render over
   * time (popup, Options) recompute from `state` instead.
   */
  notices?: ContractNotice[];
  /** In sync mode, what the push queue holds for this contract (absent when nothing). */
  sync?: ContractSyncMark;
}

export interface Settings {
  mode: 'local' | 'sync';
  serverUrl: string | null;
  /** Language override; null follows the browser. */
  language: UiLocale | null;
  autoFill: boolean;
  dismissedHelp: string[];
}

export interface CapturedContract {
  accessId: string;
  contractId: string;
  benefit: Benefit;
  offer: OfferId;
  ruleset: RulesetId;
  competency?: CompetencyCategory | null;
  startDate?: string | null;
  endDate?: string | null;
  /** The start date was estimated from the end date (the page showed none). */
  startDateEstimated?: boolean | null;
  /** Remaining incidents the page showed, recorded as an `observed` event. */
  observedRemaining?: Allotment | null;
  label?: string | null;
  /** The pack's count when the page's pack name differs from the programme figure. */
  allotmentOverride?: Allotment | null;
}

export interface SyncStatus {
  mode: 'local' | 'sync';
  state: 'idle' | 'syncing' | 'offline' | 'error' | 'unauthorized';
  lastSyncAt: number | null;
  /** Changes waiting to be sent (refused ones not included). */
  pending: number;
  message: string | null;
  /** Why the last run failed: unreachable, timeout, server error… (absent/null when it did not). */
  failure?: SyncFailure | null;
  /** Changes the server refused, or waiting behind a refused create; they stay until the user acts. */
  refused?: number;
  /** Contracts with a refused change, oldest refusal first. */
  refusedContractIds?: string[];
  /** Attempts made so far for what is waiting (0 when nothing failed). */
  attempts?: number;
  /** When the next automatic attempt is due (epoch ms), while backing off. */
  nextAttemptAt?: number | null;
  /** The token's team role on the server (null/absent until a sync read it). */
  role?: Role | null;
}

/** `Omit` applied to each member of a union (plain `Omit` would keep only the common keys). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** request type → [payload, response] */
export interface MessageMap {
  'contracts:list': [Record<string, never>, { contracts: ContractView[] }];
  'contracts:save-captured': [CapturedContract, { contract: ContractView; created: boolean }];
  /**
   * Partner Center capture: the rules read what the page shows (`proposeCapture`) here, so the
   * content script need not bundle the vocabularies, date parsing and rulesets. Problems come
   * back as text in `locale`.
   */
  'capture:propose': [
    { snapshot: CaptureSnapshot; choices?: CaptureChoices | null; locale: UiLocale },
    { proposal: CaptureProposal; problemTexts: string[] },
  ];
  'contracts:upsert': [
    Omit<StoredContract, 'events' | 'links' | 'version' | 'updatedAt' | 'syncedAt'> & { id?: string },
    { contract: ContractView },
  ];
  'contracts:delete': [{ id: string }, { ok: true }];
  'events:append': [
    {
      contractId: string;
      event: DistributiveOmit<IncidentEvent, 'id' | 'at'> & { id?: string; at?: number };
    },
    { contract: ContractView },
  ];
  /**
   * `via`: the caption of the button clicked before the form went away or reported success; when
   * the rules call it a dismissal (Cancel, Close in any portal language) nothing is recorded.
   */
  'links:record': [
    { contractId: string; portal: PortalId; account: string | null; via?: string | null },
    { contract: ContractView; recorded?: boolean },
  ];
  'settings:get': [Record<string, never>, { settings: Settings }];
  'settings:set': [Partial<Settings>, { settings: Settings }];
  'sync:now': [Record<string, never>, { status: SyncStatus }];
  'sync:status': [Record<string, never>, { status: SyncStatus }];
  /** Switches mode / server. `token` undefined keeps the stored token; null removes it. */
  'sync:configure': [
    { mode: 'local' | 'sync'; serverUrl: string | null; token?: string | null },
    { status: SyncStatus; settings: Settings },
  ];
  /**
   * Diagnoses the connection (see sync/connection-test.ts) and calls GET /v1/me. Without `token`
   * the stored one is used, and only when `serverUrl` is the saved server.
   */
  'sync:test': [
    { serverUrl: string; token?: string | null },
    { ok: boolean; me: Me | null; error: string | null; report?: ConnectionReport },
  ];
  'sync:conflicts': [Record<string, never>, { conflicts: SyncConflict[] }];
  /**
   * A contract's refused changes: `retry` sends them again as they are (e.g. after a role
   * change); `discard` drops them and takes back what they did locally (a refused incident
   * leaves the ledger, a refused delete brings the server's copy back on the next sync).
   */
  'sync:refused': [{ contractId: string; action: 'retry' | 'discard' }, { status: SyncStatus }];
  'sync:conflicts-clear': [Record<string, never>, { ok: true }];
  'data:export': [Record<string, never>, { json: string }];
  /** A file the rules refuse writes nothing and answers `refused`: each row's problems, to word locally. */
  'data:import': [
    { json: string },
    { added: number; updated: number; refused?: Array<{ row: number; problem: ContractProblem }> },
  ];
  'team:members': [Record<string, never>, { me: Me; members: Member[] }];
  'team:add-member': [{ name: string; role: Role }, { member: Member; token: string }];
  'team:remove-member': [{ memberId: string }, { ok: true }];
  'team:create-token': [{ memberId: string }, { tokenId: string; token: string }];
  /** The caller's own live tokens (the API lets each member revoke only their own). */
  'team:tokens': [Record<string, never>, { tokens: TokenInfo[] }];
  'team:revoke-token': [{ tokenId: string }, { ok: true }];
  /** Guidance text lives in the background so content scripts need not bundle both catalogues. */
  'guidance:get': [{ key: GuidanceKey; locale: UiLocale }, { guidance: Guidance }];
  /**
   * The rules' message catalogue as data: content scripts build the classifier from it
   * (`classifierFromData`) rather than bundling every language's phrasings into every frame.
   */
  'messages:catalog': [Record<string, never>, { catalog: MessageCatalogData }];
  /** In-page strings of a UI language other than English (content scripts bundle English only). */
  'i18n:content': [{ locale: UiLocale }, { strings: Partial<Record<ContentKey, string>> }];
  /** The styles of the UI content scripts inject (in shadow roots), not bundled into every frame. */
  'ui:css': [Record<string, never>, { css: string }];
  /** The rules' diagnosis of a known message in the given context (needs the rulesets, kept here). */
  'messages:diagnose': [{ message: MessageId; context: DiagnosisContext }, { diagnosis: Diagnosis }];
}

export type MessageType = keyof MessageMap;
export type MessagePayload<T extends MessageType> = MessageMap[T][0];
export type MessageResponse<T extends MessageType> = MessageMap[T][1];

export interface Envelope<T extends MessageType = MessageType> {
  supportlink: 1;
  type: T;
  payload: MessagePayload<T>;
}

export type Reply<T extends MessageType> =
  | { ok: true; data: MessageResponse<T> }
  | { ok: false; error: string };
