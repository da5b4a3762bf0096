import { useState } from 'preact/hooks';
import type { IssuedToken } from '../api/types';
import type { ScreenProps } from '../app/Shell';
import { useAction } from '../app/use-action';
import { useLoad } from '../app/use-load';
import { ErrorNotice } from '../components/ErrorNotice';
import { errorText } from '../components/errors';
import { LoadError } from '../components/LoadError';
import { OneTimeToken } from '../components/OneTimeToken';
import { Table } from '../components/Table';
import { formatInstant, t } from '../i18n';

/** The signed-in member's own tokens: create one (shown once), see when each was last used, revoke. */
export function TokensSection({ session, announce }: ScreenProps) {
  const { api, me } = session;
  const [load, reload] = useLoad(() => api.tokens(), [api]);
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const [name, setName] = useState('');
  const { error, setError, act } = useAction(announce, reload);

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
  const revoke = (id: string, label: string) =>
    act(() => api.revokeToken(id), t('tokens.revoked', { name: label }));

  return (
    <>
      <h2>{t('tokens.title')}</h2>
      <p class="muted">{t('tokens.intro')}</p>
      <ErrorNotice text={error} />
      {issued && <OneTimeToken issued={issued} forName={issued.name} onDone={() => setIssued(null)} />}
      {load.status === 'error' && <LoadError error={load.error} retry={reload} />}
      {load.data && (
        <Table
          caption={t('tokens.title')}
          testId="tokens"
          rows={load.data}
          rowKey={(tok) => tok.id}
          columns={[
            {
              label: t('tokens.col.name'),
              rowHeader: true,
              cell: (tok) => (
                <>
                  {tok.name}
                  {tok.id === me.tokenId && <span class="sub">{t('tokens.thisSession')}</span>}
                </>
              ),
            },
            { label: t('tokens.col.created'), cell: (tok) => formatInstant(tok.createdAt) },
            {
              label: t('tokens.col.lastUsed'),
              cell: (tok) => (tok.lastUsedAt ? formatInstant(tok.lastUsedAt) : t('tokens.never')),
            },
            {
              label: t('tokens.col.expires'),
              cell: (tok) => (tok.expiresAt ? formatInstant(tok.expiresAt) : t('tokens.noExpiry')),
            },
            {
              label: t('members.col.actions'),
              cell: (tok) =>
                tok.id === me.tokenId ? (
                  <span class="muted">—</span>
                ) : (
                  <button
                    type="button"
                    onClick={() => revoke(tok.id, tok.name)}
                    aria-label={t('tokens.revokeWho', { name: tok.name })}
                  >
                    {t('tokens.revoke')}
                  </button>
                ),
            },
          ]}
        />
      )}
      <form class="inline-form" onSubmit={create} aria-labelledby="new-token-title">
        <h3 id="new-token-title">{t('tokens.create')}</h3>
        <div class="field">
          <label for="token-name">{t('tokens.col.name')}</label>
          <input
            id="token-name"
            value={name}
            maxLength={100}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="primary">
          {t('tokens.createSubmit')}
        </button>
      </form>
    </>
  );
}
