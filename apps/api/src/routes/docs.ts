/**
 * `/docs`: the API reference (Swagger UI) rendered from `/openapi.json`, with every asset served
 * by this server from the installed `swagger-ui-dist` package — nothing from a CDN — and a
 * Content-Security-Policy that forbids any other origin.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';

/** Only our own origin; inline styles because Swagger UI sets style attributes from React. */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

// Relative URLs, so the page also works behind a reverse proxy that mounts the API under a path.
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>SupportLink API</title>
    <link rel="stylesheet" href="docs/assets/swagger-ui.css" />
    <link rel="icon" type="image/png" href="docs/assets/favicon-32x32.png" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="docs/assets/swagger-ui-bundle.js"></script>
    <script src="docs/assets/init.js"></script>
  </body>
</html>
`;

// validatorUrl null: Swagger UI would otherwise send the document to an online validator.
const INIT = `window.ui = SwaggerUIBundle({
  url: new URL('openapi.json', document.baseURI).href,
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
});
`;

let distDir: string | null = null;
const cache = new Map<string, Buffer>();

function asset(name: string): Buffer {
  let body = cache.get(name);
  if (!body) {
    distDir ??= dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
    body = readFileSync(join(distDir, name));
    cache.set(name, body);
  }
  return body;
}

export function docsRoutes() {
  const app = new Hono();
  app.use('/docs/*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', DOCS_CSP);
  });
  app.get('/docs', (c) => c.html(PAGE));
  app.get('/docs/assets/init.js', (c) =>
    c.body(INIT, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }),
  );
  for (const [name, type] of Object.entries(ASSETS)) {
    app.get(`/docs/assets/${name}`, (c) =>
      c.body(new Uint8Array(asset(name)), 200, {
        'Content-Type': type,
        'Cache-Control': 'public, max-age=3600',
      }),
    );
  }
  return app;
}
