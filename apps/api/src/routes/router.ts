import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context.js';
import { validationProblem } from '../errors.js';
import { ProblemSchema } from '../schemas.js';

/** Every resource router: validation failures become one 400 problem listing the failing fields. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(result.error, result.target);
    },
  });
}

const problemDescriptions: Record<number, string> = {
  400: 'Invalid request (problem+json listing the failing fields)',
  401: 'Missing, malformed, revoked or expired token',
  403: 'Role not sufficient',
  404: 'Not found in your organisation',
  409: 'Conflict',
  410: 'Cursor too old; resync from a snapshot',
  412: 'If-Match does not match the current ETag',
  413: 'Body larger than the limit',
  422: 'Understood but not possible (e.g. a refund with nothing used)',
  428: 'If-Match required',
  429: 'Rate limited (see Retry-After)',
};

export function problems(...codes: number[]) {
  const out: Record<
    number,
    { description: string; content: Record<string, { schema: typeof ProblemSchema }> }
  > = {};
  for (const code of [401, 429, ...codes]) {
    out[code] = {
      description: problemDescriptions[code] ?? 'Error',
      content: { 'application/problem+json': { schema: ProblemSchema } },
    };
  }
  return out;
}

export const bearer = [{ bearerAuth: [] }];

export const jsonBody = <T>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const jsonResponse = <T>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});
