/**
 * Export/import of the user's contracts as JSON. Each contract's terms are checked by the rules'
 * `validateContract` (as the Options form, the capture and the API do); every bad row and field
 * is reported, and nothing is written unless the whole file is valid.
 */
import {
  type ContractProblem,
  contractProblemText,
  type IncidentEvent,
  PORTAL_IDS as PORTALS,
  validateContract,
} from '@supportlink/rules';
import type { LinkRecord, StoredContract } from '../messaging/protocol';
import { findByIds } from './contracts';

export const EXPORT_FORMAT = 'supportlink-contracts';

export class ImportError extends Error {
  constructor(
    readonly path: string,
    message: string,
    /** The rules' problems of the row, when the rules refused its terms. */
    readonly problems: ContractProblem[] = [],
    /** The row (0-based) the problems are about. */
    readonly row: number | null = null,
  ) {
    super(`${path}: ${message}`);
    this.name = 'ImportError';
  }
}

/** Every row the rules refused, each problem with its path: `contracts[2].startDate: …`. */
export class ImportRowsError extends ImportError {
  constructor(readonly rows: ImportError[]) {
    super(
      'contracts',
      'refused by the rules',
      rows.flatMap((r) => r.problems),
    );
    this.message = rows.map((r) => r.message).join('\n');
  }
}

export function exportContracts(list: StoredContract[], now: number): string {
  const contracts = list.map(({ version: _v, syncedAt: _s, ...rest }) => rest);
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: 1, exportedAt: new Date(now).toISOString(), contracts },
    null,
    2,
  );
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function oneOf<T extends string>(value: unknown, options: readonly T[], path: string): T {
  if (typeof value !== 'string' || !options.includes(value as T)) {
    throw new ImportError(path, `must be one of ${options.join(', ')}`);
  }
  return value as T;
}

function text(value: unknown, path: string, max = 200): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new ImportError(path, 'must be a non-empty string');
  if (value.length > max) throw new ImportError(path, `is longer than ${max} characters`);
  return value;
}

function optionalText(value: unknown, path: string): string | null {
  return value === undefined || value === null ? null : text(value, path);
}

function count(value: unknown, path: string, allowUnlimited = false): number | 'unlimited' {
  if (allowUnlimited && value === 'unlimited') return value;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10_000) {
    throw new ImportError(
      path,
      allowUnlimited ? 'must be a whole number or "unlimited"' : 'must be a whole number',
    );
  }
  return value;
}

function time(value: unknown, path: string): number {
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(ms)) throw new ImportError(path, 'must be a time');
  return ms;
}

function parseEvent(raw: unknown, path: string): IncidentEvent {
  if (!isObject(raw)) throw new ImportError(path, 'must be an object');
  const id = text(raw.id, `${path}.id`, 100);
  const at = time(raw.at, `${path}.at`);
  const type = oneOf(raw.type, ['opened', 'refunded', 'observed', 'adjusted'] as const, `${path}.type`);
  const note = optionalText(raw.note, `${path}.note`);
  if (type === 'observed') {
    const portal =
      raw.portal === undefined || raw.portal === null ? null : oneOf(raw.portal, PORTALS, `${path}.portal`);
    return { id, type, at, remaining: count(raw.remaining, `${path}.remaining`, true), portal };
  }
  if (type === 'adjusted') {
    if (typeof raw.delta !== 'number' || !Number.isInteger(raw.delta)) {
      throw new ImportError(`${path}.delta`, 'must be a whole number');
    }
    return { id, type, at, delta: raw.delta, note };
  }
  const n = raw.count === undefined ? 1 : count(raw.count, `${path}.count`);
  return { id, type, at, count: n as number, note };
}

function parseLink(raw: unknown, path: string): LinkRecord {
  if (!isObject(raw)) throw new ImportError(path, 'must be an object');
  return {
    id: text(raw.id, `${path}.id`, 100),
    portal: oneOf(raw.portal, PORTALS, `${path}.portal`),
    account: optionalText(raw.account, `${path}.account`),
    at: time(raw.at, `${path}.at`),
  };
}

/** The row's terms and IDs as the rules accept them; an ImportError per problem otherwise. */
function contractTerms(raw: Json, path: string, row: number | null) {
  const checked = validateContract(raw);
  if (checked.ok) return checked.value;
  const errors = checked.problems.filter((p) => p.severity === 'error');
  throw new ImportRowsError(
    errors.map((p) => new ImportError(`${path}.${p.field}`, contractProblemText(p, 'en'), [p], row)),
  );
}

export function parseContract(
  raw: unknown,
  path: string,
  now: number,
  row: number | null = null,
): StoredContract {
  if (!isObject(raw)) throw new ImportError(path, 'must be an object');
  const terms = contractTerms(raw, path, row);
  const events = raw.events === undefined ? [] : raw.events;
  const links = raw.links === undefined ? [] : raw.links;
  if (!Array.isArray(events)) throw new ImportError(`${path}.events`, 'must be a list');
  if (!Array.isArray(links)) throw new ImportError(`${path}.links`, 'must be a list');
  return {
    id: raw.id === undefined ? crypto.randomUUID() : text(raw.id, `${path}.id`, 100),
    ...terms,
    label: optionalText(raw.label, `${path}.label`),
    events: events.map((e, i) => parseEvent(e, `${path}.events[${i}]`)),
    links: links.map((l, i) => parseLink(l, `${path}.links[${i}]`)),
    version: null,
    updatedAt: raw.updatedAt === undefined ? now : time(raw.updatedAt, `${path}.updatedAt`),
    syncedAt: null,
  };
}

export function parseExport(json: string, now: number): StoredContract[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ImportError('file', 'is not valid JSON');
  }
  const list = Array.isArray(data) ? data : isObject(data) ? data.contracts : undefined;
  if (isObject(data) && data.format !== undefined && data.format !== EXPORT_FORMAT) {
    throw new ImportError('format', `must be "${EXPORT_FORMAT}"`);
  }
  if (!Array.isArray(list)) throw new ImportError('contracts', 'must be a list');
  if (list.length > 500) throw new ImportError('contracts', 'has more than 500 entries');
  const parsed: StoredContract[] = [];
  const refused: ImportError[] = [];
  list.forEach((c, i) => {
    try {
      parsed.push(parseContract(c, `contracts[${i}]`, now, i));
    } catch (error) {
      if (error instanceof ImportRowsError) refused.push(...error.rows);
      else throw error;
    }
  });
  if (refused.length > 0) throw new ImportRowsError(refused);
  return parsed;
}

/** A refused row's problems, for the UI to word in its own language. */
export interface ImportRefusal {
  /** 0-based index of the contract in the file. */
  row: number;
  problem: ContractProblem;
}

export function refusalsOf(error: ImportRowsError): ImportRefusal[] {
  return error.rows.flatMap((r) => r.problems.map((problem) => ({ row: r.row ?? 0, problem })));
}

/** Merges imported contracts: the same ID pair updates the stored one; events and links are united by id. */
export function mergeImport(
  existing: StoredContract[],
  incoming: StoredContract[],
): { list: StoredContract[]; added: StoredContract[]; updated: StoredContract[] } {
  let list = [...existing];
  const added: StoredContract[] = [];
  const updated: StoredContract[] = [];
  for (const c of incoming) {
    const same = findByIds(list, c.accessId, c.contractId);
    if (!same) {
      const fresh = list.some((x) => x.id === c.id) ? { ...c, id: crypto.randomUUID() } : c;
      list.push(fresh);
      added.push(fresh);
      continue;
    }
    const events = [...same.events, ...c.events.filter((e) => !same.events.some((x) => x.id === e.id))];
    const links = [...same.links, ...c.links.filter((l) => !same.links.some((x) => x.id === l.id))];
    const merged: StoredContract = {
      ...same,
      ruleset: c.ruleset,
      offer: c.offer,
      benefit: c.benefit,
      competency: c.competency,
      startDate: c.startDate,
      endDate: c.endDate,
      allotmentOverride: c.allotmentOverride,
      label: c.label ?? same.label,
      events,
      links,
      updatedAt: Math.max(same.updatedAt, c.updatedAt),
    };
    list = list.map((x) => (x.id === same.id ? merged : x));
    updated.push(merged);
  }
  return { list, added, updated };
}
