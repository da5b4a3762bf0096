import { ApiError } from '../api/client';
import { t } from '../i18n';

/** A refused or failed request in the user's language, with the server's reason when it gave one. */
export function errorText(err: unknown): string {
  if (!(err instanceof ApiError)) return t('error.unexpected');
  if (err.status === 0) return t('error.unreachable');
  if (err.status === -1) return t('error.timeout');
  if (err.status === 401) return t('error.unauthorized');
  if (err.status === 403) return t('error.forbidden');
  if (err.status === 404) return t('error.notFound');
  if (err.status === 429) return t('error.rateLimited');
  const fields = err.fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  const detail = [err.detail, fields].filter(Boolean).join(' — ');
  return t('error.refused', { status: err.status, detail: detail || err.code });
}
