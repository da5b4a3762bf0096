import { findTextProblem, type TextProblem } from '@supportlink/rules';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import { badRequest } from '../errors.js';

const MESSAGES: Record<TextProblem, string> = {
  nul: 'Contains a NUL character (U+0000), which cannot be stored',
  'lone-surrogate': 'Contains an unpaired UTF-16 surrogate (not valid Unicode), which cannot be stored',
};

// Both problems can only reach a JSON body as an escape (\u0000, \ud800) or a raw NUL byte; bodies
// without either skip the walk. Raw unpaired surrogates cannot arrive: UTF-8 decoding replaces them.
const mayHaveProblem = (text: string) => text.includes('\\u') || text.includes('\u0000');

/**
 * Refuses text the database would reject (NUL on PostgreSQL) or silently change (lone surrogates),
 * with 400 naming the field, before validation or storage — the same on both dialects. The rule
 * itself is the rules package's, shared with the extension.
 */
export function rejectUnstorableText(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    for (const [name, values] of Object.entries(c.req.queries())) {
      const found = findTextProblem([name, ...values]);
      if (found) throw textProblem(found.field === '0' ? '(name)' : name, 'query', found.problem);
    }
    if (!(c.req.header('content-type') ?? '').includes('json')) return next();
    let text: string;
    try {
      text = await c.req.text();
    } catch {
      return next(); // the validator reports unreadable bodies (413, 400) in its usual way
    }
    if (!mayHaveProblem(text)) return next();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return next();
    }
    const found = findTextProblem(body);
    if (found) throw textProblem(found.field, 'body', found.problem);
    return next();
  };
}

function textProblem(field: string, where: string, problem: TextProblem) {
  const message: string = MESSAGES[problem];
  return badRequest(`${field}: ${message}`, [{ field, in: where, message }]);
}
