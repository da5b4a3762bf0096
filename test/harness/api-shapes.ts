/** Reading the API's list responses without depending on whether they are wrapped. */
export type Row = Record<string, unknown> & { id?: unknown; label?: unknown; type?: unknown };

export function listOf(body: unknown): Row[] {
  if (Array.isArray(body)) return body as Row[];
  if (body && typeof body === 'object') {
    for (const key of ['items', 'contracts', 'events', 'data', 'members']) {
      const v = (body as Record<string, unknown>)[key];
      if (Array.isArray(v)) return v as Row[];
    }
  }
  throw new Error(`not a list: ${JSON.stringify(body).slice(0, 200)}`);
}

export function openedEvents(body: unknown): Row[] {
  return listOf(body).filter((e) => e.type === 'opened');
}
