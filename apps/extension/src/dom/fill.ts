/**
 * Execute: fill fields so that the page's framework (React, Knockout, Angular, Fluent)
 * sees the value, verify that it stuck, mark the field, and allow undo.
 */
import type { FieldRole } from '@supportlink/rules';
import type { FillableElement } from './collect';
import type { PlannedFill } from './find-field';

export const FILLED_ATTR = 'data-supportlink-filled';

export type FillOutcome = 'filled' | 'already' | 'user-value' | 'rejected' | 'missing';

export interface FillResult {
  role: FieldRole;
  outcome: FillOutcome;
}

export interface FillReport {
  results: FillResult[];
  /** True when every planned field now holds its value. */
  ok: boolean;
  /** Restores what the fields held before (only fields still holding our value). */
  undo(): Promise<void>;
}

export type Settle = () => Promise<void>;

/** Let the framework react (React re-renders synchronously; Knockout and others within a task). */
export const settleTick: Settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Sets the value through the prototype's native setter (a framework may wrap the instance property). */
export function setNativeValue(el: FillableElement, value: string): void {
  const win = el.ownerDocument.defaultView as Window & typeof globalThis;
  const proto =
    el.tagName === 'TEXTAREA' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  const InputEvt = win.InputEvent ?? win.Event;
  el.dispatchEvent(
    new InputEvt('input', {
      bubbles: true,
      composed: true,
      inputType: 'insertText',
      data: value,
    } as InputEventInit),
  );
  el.dispatchEvent(new win.Event('change', { bubbles: true }));
}

function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Focuses the field for the framework's sake, then gives focus back to wherever it was. */
function withFocus(el: FillableElement, action: () => void): void {
  const previous = deepActiveElement(el.ownerDocument);
  el.focus({ preventScroll: true });
  try {
    action();
  } finally {
    const body = el.ownerDocument.body;
    if (previous && previous !== el && previous !== body && 'focus' in previous) {
      (previous as HTMLElement).focus({ preventScroll: true });
    } else if (previous !== el) {
      el.blur();
    }
  }
}

export async function fillOne(
  el: FillableElement | undefined,
  value: string,
  role: FieldRole,
  settle: Settle = settleTick,
): Promise<FillResult & { previous?: string }> {
  if (!el?.isConnected) return { role, outcome: 'missing' };
  const previous = el.value;
  if (previous === value) {
    el.setAttribute(FILLED_ATTR, role);
    return { role, outcome: 'already', previous };
  }
  // A value the user typed is never overwritten; one we put there may be replaced.
  if (previous.trim() !== '' && !el.hasAttribute(FILLED_ATTR)) return { role, outcome: 'user-value' };
  withFocus(el, () => setNativeValue(el, value));
  await settle();
  if (el.value !== value) return { role, outcome: 'rejected', previous };
  el.setAttribute(FILLED_ATTR, role);
  return { role, outcome: 'filled', previous };
}

export async function executeFill(
  plan: PlannedFill[],
  elements: Map<string, FillableElement>,
  settle: Settle = settleTick,
): Promise<FillReport> {
  const done: Array<{ el: FillableElement; value: string; previous: string }> = [];
  const results: FillResult[] = [];
  for (const item of plan) {
    const el = elements.get(item.key);
    const result = await fillOne(el, item.value, item.role, settle);
    results.push({ role: result.role, outcome: result.outcome });
    if (el && result.outcome === 'filled')
      done.push({ el, value: item.value, previous: result.previous ?? '' });
  }
  return {
    results,
    ok: results.length > 0 && results.every((r) => r.outcome === 'filled' || r.outcome === 'already'),
    async undo() {
      for (const { el, value, previous } of done.reverse()) {
        if (!el.isConnected || el.value !== value) continue;
        withFocus(el, () => setNativeValue(el, previous));
        el.removeAttribute(FILLED_ATTR);
      }
      await settle();
    },
  };
}
