/**
 * Reads Services Hub / Engage Center support plan rows (start date, end date, incidents
 * remaining) from tables, grids or label/value cards, in the page's language and formats.
 */
import {
  type Allotment,
  type PlanColumn,
  parseLocaleCount,
  parseLocaleDate,
  planColumn,
} from '@supportlink/rules';
import { visibleText } from '../dom/text';

export interface PlanRow {
  start: string | null;
  end: string | null;
  remaining: Allotment | null;
  /** Row text, to match a contract's label. */
  text: string;
}

type Column = PlanColumn;

/** Column labels are short; longer text is a sentence that merely starts with one. */
function labelKind(text: string): Column | null {
  return text.length > 60 ? null : planColumn(text);
}

function parseCell(kind: Column, text: string, locale: string | null, row: Partial<PlanRow>) {
  if (kind === 'remaining') row.remaining = parseLocaleCount(text);
  else row[kind] = parseLocaleDate(text, locale);
}

function complete(row: Partial<PlanRow>, text: string): PlanRow | null {
  if (row.remaining === undefined || row.remaining === null) return null;
  if (!row.start && !row.end) return null;
  return { start: row.start ?? null, end: row.end ?? null, remaining: row.remaining, text };
}

/** Tables and ARIA grids with a header row naming the columns. */
function tableRows(root: ParentNode, locale: string | null): PlanRow[] {
  const rows: PlanRow[] = [];
  for (const table of Array.from(
    root.querySelectorAll('table, [role="table"], [role="grid"], [role="treegrid"]'),
  )) {
    const headers = Array.from(table.querySelectorAll('th, [role="columnheader"]'));
    const columns = new Map<number, Column>();
    headers.forEach((h, i) => {
      const kind = labelKind(visibleText(h, 60));
      if (kind) columns.set(i, kind);
    });
    if (!columns.size) continue;
    for (const tr of Array.from(table.querySelectorAll('tr, [role="row"]'))) {
      const cells = Array.from(tr.querySelectorAll('td, [role="gridcell"], [role="cell"]'));
      if (!cells.length) continue;
      const row: Partial<PlanRow> = {};
      for (const [i, kind] of columns) {
        const cell = cells[i];
        if (cell) parseCell(kind, visibleText(cell, 100), locale, row);
      }
      const done = complete(row, visibleText(tr, 500));
      if (done) rows.push(done);
    }
  }
  return rows;
}

/** Cards with "Label: value" text or a label element followed by its value element. */
function cardRows(root: Node, locale: string | null): PlanRow[] {
  const doc = root.ownerDocument ?? (root as Document);
  const found: Array<{ kind: Column; el: Element; value: string }> = [];
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const raw = (t.nodeValue ?? '').trim();
    if (!raw || raw.length > 80) continue;
    const el = t.parentElement;
    if (!el || el.closest('table, [role="table"], [role="grid"], [data-supportlink]')) continue;
    const colon = raw.search(/[:：]/);
    if (colon > 0 && colon < raw.length - 1) {
      const kind = labelKind(raw.slice(0, colon));
      if (kind) found.push({ kind, el, value: raw.slice(colon + 1) });
      continue;
    }
    const kind = labelKind(raw);
    if (!kind) continue;
    const valueEl = el.nextElementSibling ?? el.parentElement?.nextElementSibling ?? null;
    if (valueEl) found.push({ kind, el, value: visibleText(valueEl, 100) });
  }
  const rows = new Map<Element, Partial<PlanRow>>();
  for (const start of found.filter((f) => f.kind === 'remaining')) {
    // The row is the smallest ancestor holding exactly one remaining-count label.
    let container: Element | null = start.el;
    while (
      container &&
      found.filter((f) => f.kind === 'remaining' && container!.contains(f.el)).length === 1
    ) {
      const parent: Element | null = container.parentElement;
      if (!parent || found.filter((f) => f.kind === 'remaining' && parent.contains(f.el)).length > 1) break;
      container = parent;
    }
    if (!container) continue;
    const row: Partial<PlanRow> = {};
    for (const f of found) if (container.contains(f.el)) parseCell(f.kind, f.value, locale, row);
    rows.set(container, row);
  }
  const out: PlanRow[] = [];
  for (const [container, row] of rows) {
    const done = complete(row, visibleText(container, 500));
    if (done) out.push(done);
  }
  return out;
}

export function readPlanRows(roots: readonly (Document | ShadowRoot)[], locale: string | null): PlanRow[] {
  const rows: PlanRow[] = [];
  for (const root of roots) rows.push(...tableRows(root, locale), ...cardRows(root, locale));
  return rows;
}
