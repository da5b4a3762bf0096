// Drops the run's throwaway PostgreSQL schemas after every test file has finished.
import { postgresUrl } from './helpers/dialects.js';
import { dropRunSchemas } from './helpers/schemas.js';

export default function setup() {
  return async () => {
    await dropRunSchemas(postgresUrl).catch(() => {
      // PostgreSQL not reachable: the run used SQLite only and created no schema.
    });
  };
}
