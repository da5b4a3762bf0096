/**
 * The built API (apps/api/dist), loaded untyped, for tests that run the extension's sync code
 * against the real server app in memory (`app.request`, no sockets).
 */
const API_DIST = new URL('../../../../api/dist/', import.meta.url).href;
// biome-ignore lint/suspicious/noExplicitAny: the API's dist is loaded untyped
type AnyModule = Record<string, any>;
const load = (path: string): Promise<AnyModule> => import(/* @vite-ignore */ `${API_DIST}${path}`);

/** The modules a test needs to build the app on a fresh in-memory database with one organisation. */
export async function loadApi() {
  const [app, config, connect, migrate, orgs] = await Promise.all([
    load('app.js'),
    load('config.js'),
    load('db/connect.js'),
    load('db/migrate.js'),
    load('services/orgs.js'),
  ]);
  return {
    createApp: app.createApp,
    testConfig: config.testConfig,
    loadConfig: config.loadConfig,
    connect: connect.connect,
    migrateToLatest: migrate.migrateToLatest,
    createOrgWithOwner: orgs.createOrgWithOwner,
  };
}
