import { createRoute, z } from '@hono/zod-openapi';
import { RULES_VERSION, rulesets } from '@supportlink/rules';
import type { Deps } from '../context.js';
import { bearer, createRouter, jsonResponse, problems } from './router.js';

const RulesInfo = z
  .object({
    version: z.string(),
    rulesets: z.record(z.string(), z.unknown()).openapi({ description: 'The ruleset data the server runs' }),
  })
  .openapi('RulesInfo');

export function rulesRoutes(_deps: Deps) {
  const app = createRouter();
  const etag = `"rules-${RULES_VERSION}"`;
  const body = JSON.parse(JSON.stringify({ version: RULES_VERSION, rulesets })) as z.infer<typeof RulesInfo>;
  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/rules',
      tags: ['rules'],
      summary: 'Which ruleset data the server runs (ETag = rules version; If-None-Match → 304)',
      security: bearer,
      responses: {
        200: { ...jsonResponse('Rules', RulesInfo), headers: { ETag: { schema: { type: 'string' } } } },
        304: { description: 'Unchanged' },
        ...problems(),
      },
    }),
    (c) => {
      c.header('ETag', etag);
      const inm = c.req.header('if-none-match');
      if (inm?.split(',').some((t) => t.trim() === etag || t.trim() === '*')) return c.body(null, 304);
      return c.json(body, 200);
    },
  );
  return app;
}
