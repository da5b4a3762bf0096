import { type ContractProblem, contractFieldName, contractProblemText } from '@supportlink/rules';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import type { Logger } from './logger.js';

export interface FieldError {
  /** JSON path of the failing field, e.g. `endDate` or `allotmentOverride`. */
  field: string;
  /** Where it was: body, query, path parameter or header. */
  in: string;
  message: string;
  /** The rules' problem code when the rules refused the value (`date-impossible`, `offer-not-in-ruleset`…). */
  code?: ContractProblem['code'];
}

/** A contract problem as the API answers it: the rules' typed problem with its English text. */
export type ContractProblemView = ContractProblem & { message: string };

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  /** Every problem `validateContract` found (errors and warnings); clients word them with the code. */
  problems?: ContractProblemView[];
}

/** An expected failure, rendered as application/problem+json by the app's one onError. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly extra: {
      errors?: FieldError[];
      problems?: ContractProblemView[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(detail);
  }
}

export const problemType = (slug: string) => `urn:supportlink:problem:${slug}`;

export const notFound = (what = 'resource') =>
  new Problem(404, 'not-found', 'Not found', `No such ${what} in your organisation.`);

export const forbidden = (detail = 'Your role does not allow this.') =>
  new Problem(403, 'forbidden', 'Forbidden', detail);

export const unauthorized = (detail: string) =>
  new Problem(401, 'unauthorized', 'Unauthorized', detail, { headers: { 'WWW-Authenticate': 'Bearer' } });

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new Problem(400, 'validation', 'Invalid request', detail, errors ? { errors } : {});

/** The 400 for a contract the rules refuse: each error names its field and code, worded by the rules. */
export function contractProblems(problems: readonly ContractProblem[]): Problem {
  const views = problems.map((p) => ({ ...p, message: contractProblemText(p) }));
  const errors: FieldError[] = views
    .filter((p) => p.severity === 'error')
    .map((p) => ({ field: p.field, in: 'body', message: p.message, code: p.code }));
  const first = errors[0];
  const detail = first
    ? `${contractFieldName(first.field as ContractProblem['field'])}: ${first.message}`
    : 'The contract is not valid.';
  return new Problem(400, 'validation', 'Invalid request', detail, { errors, problems: views });
}

export const conflict = (slug: string, detail: string) => new Problem(409, slug, 'Conflict', detail);

export const tooManyRequests = (retryAfterSeconds: number, detail: string) =>
  new Problem(429, 'rate-limited', 'Too many requests', detail, {
    headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  });

const TARGETS: Record<string, string> = { json: 'body', query: 'query', param: 'path', header: 'header' };

/** Turns a zod failure into field errors; zod's messages name expectations, never the input value. */
export function validationProblem(error: ZodError, target: string): Problem {
  const where = TARGETS[target] ?? target;
  const errors: FieldError[] = error.issues.slice(0, 20).flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({
        field: base ? `${base}.${k}` : k,
        in: where,
        message: 'Unknown field',
      }));
    }
    return [{ field: base || '(root)', in: where, message: issue.message }];
  });
  const first = errors[0];
  const detail = first ? `${first.field}: ${first.message}` : 'The request is not valid.';
  return badRequest(detail, errors);
}

export function problemResponse(c: Context, p: Problem): Response {
  const body: ProblemBody = { type: problemType(p.slug), title: p.title, status: p.status, detail: p.detail };
  if (p.extra.errors) body.errors = p.extra.errors;
  if (p.extra.problems) body.problems = p.extra.problems;
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json', ...p.extra.headers };
  return c.body(JSON.stringify(body), p.status as 400, headers);
}

const STATUS_TITLES: Record<number, [string, string]> = {
  400: ['bad-request', 'Bad request'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  413: ['payload-too-large', 'Payload too large'],
  415: ['unsupported-media-type', 'Unsupported media type'],
};

/** The single error handler: expected problems keep their status; anything else is a bare 500. */
export function createErrorHandler(logger: Logger) {
  return (err: Error, c: Context): Response => {
    if (err instanceof Problem) return problemResponse(c, err);
    if (err instanceof HTTPException) {
      const status = err.status;
      const [slug, title] = STATUS_TITLES[status] ?? ['http-error', 'Request failed'];
      // Hono's own messages (e.g. "Malformed JSON in request body") carry no request data.
      const detail =
        status === 413 ? 'The request body is larger than the server accepts.' : err.message || title;
      return problemResponse(c, new Problem(status, slug, title, detail));
    }
    // Log the error class and message only: messages from drivers may quote SQL, never bodies or headers.
    logger.error('unhandled error', { error: err?.name, message: err?.message, route: c.req.routePath });
    return problemResponse(
      c,
      new Problem(500, 'internal', 'Internal server error', 'The server could not complete the request.'),
    );
  };
}
