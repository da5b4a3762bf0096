/**
 * Text that cannot be stored faithfully. PostgreSQL refuses U+0000 in text columns, and an unpaired
 * UTF-16 surrogate has no UTF-8 form, so a database or a JSON encoder silently replaces it — the
 * stored value then differs from what was sent. Both are refused at the edge instead (the API answers
 * 400 naming the field; the extension checks imports and form input with the same rule).
 */
export type TextProblem = 'nul' | 'lone-surrogate';

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a string, or null when it can be stored as sent. */
export function textProblem(value: string): TextProblem | null {
  if (value.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(value)) return 'lone-surrogate';
  return null;
}

export interface TextProblemAt {
  /** Dotted path of the offending value (`label`, `events.3.note`); a key's own path when the key is bad. */
  field: string;
  problem: TextProblem;
}

const MAX_DEPTH = 64;

/** The first string (value or object key) in a JSON-like value that cannot be stored, depth first. */
export function findTextProblem(value: unknown, path: readonly string[] = []): TextProblemAt | null {
  return walk(value, path.join('.'), 0);
}

function walk(value: unknown, at: string, depth: number): TextProblemAt | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { field: at || '(root)', problem } : null;
  }
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = walk(value[i], join(at, String(i)), depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    const keyProblem = textProblem(key);
    // A bad key is named by its position, since the key itself cannot be shown faithfully.
    if (keyProblem) return { field: join(at, '(key)'), problem: keyProblem };
    const found = walk(child, join(at, key), depth + 1);
    if (found) return found;
  }
  return null;
}

const join = (base: string, part: string) => (base ? `${base}.${part}` : part);
