import { useState } from 'preact/hooks';
import type { IssuedToken } from '../api/types';
import type { ScreenProps } from '../app/Shell';
import { useLoad } from '../app/use-load';
import { errorText } from '../components/errors';
import { LoadError } from '../components/LoadError';
import { OneTimeToken } from '../components/OneTimeToken';
import { formatInstant, t } from '../i18n';

/** The signed-in member's own tokens: create one (shown once), see when each was last used, revoke. */
export function TokensSection({ session, announce }: ScreenProps) {
  const { api, me } = session;
  const [load, reload] = useLoad(() => api.tokens(), [api]);
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const create = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      const token = await api.createToken(name.trim() || 'token');
      setIssued(token);
      setName('');
      reload();
    } catch (err) {
      setError(errorText(err));
    }
  };
  const revoke = async (id: string, label: string) => {
    setError(null);
    try {
      await api.revokeToken(id);
      announce(t('tokens.revoked', { name: label }));
    } catch (err) {
      setError(errorText(err));
    }
    reload();
  };

  return (
    <>
      <h2 id="tokens-title">{t('tokens.title')}</h2>
      <p class="muted">{t('tokens.intro')}</p>
      {error && (
        <p class="notice bad" role="alert">
          {error}
        </p>
      )}
      {issued && <OneTimeToken issued={issued} forName={issued.name} onDone={() => setIssued(null)} />}
      {load.status === 'error' && <LoadError error={load.error} retry={reload} />}
      {load.data && (
        <div class="table-scroll" role="region" aria-labelledby="tokens-title" tabIndex={0}>
          <table data-testid="tokens">
            <thead>
              <tr>
                <th scope="col">{t('tokens.col.name')}</th>
                <th scope="col">{t('tokens.col.created')}</th>
                <th scope="col">{t('tokens.col.lastUsed')}</th>
                <th scope="col">{t('tokens.col.expires')}</th>
                <th scope="col">{t('members.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {load.data.map((tok) => (
                <tr key={tok.id}>
                  <th scope="row">
                    {tok.name}
                    {tok.id === me.tokenId && <span class="sub">{t('tokens.thisSession')}</span>}
                  </th>
                  <td>{formatInstant(tok.createdAt)}</td>
                  <td>{tok.lastUsedAt ? formatInstant(tok.lastUsedAt) : t('tokens.never')}</td>
                  <td>{tok.expiresAt ? formatInstant(tok.expiresAt) : t('tokens.noExpiry')}</td>
                  <td>
                    {tok.id !== me.tokenId && (
                      <button type="button" onClick={() => revoke(tok.id, tok.name)} aria-label={t('tokens.revokeWho', { name: tok.name })}>
                        {t('tokens.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form class="inline-form" onSubmit={create} aria-labelledby="new-token-title">
        <h3 id="new-token-title">{t('tokens.create')}</h3>
        <div class="field">
          <label for="token-name">{t('tokens.col.name')}</label>
          <input id="token-name" value={name} maxLength={100} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <button type="submit" class="primary">
          {t('tokens.createSubmit')}
        </button>
      </form>
    </>
  );
}
