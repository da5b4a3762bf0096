/**
 * The SupportLink extension's own origins. Chrome and Edge derive the extension id from the
 * manifest's public key, so the origin is the same on every installation and every server allows
 * it by default (`CORS_ORIGINS` adds more). Firefox gives each installation its own random
 * `moz-extension://<uuid>` origin; it needs no entry once the user grants the server's host
 * permission, which "Test connection" asks for (and otherwise tells the exact line to add).
 * A test keeps this in step with `apps/extension/extension-id.json`.
 */
export const EXTENSION_ORIGINS: ReadonlyArray<{ browsers: string; origin: string }> = [
  { browsers: 'Chrome, Edge', origin: 'chrome-extension://heokdooncclefjpikahakcfjnmmaioak' },
];
