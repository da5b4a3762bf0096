import { ROLES } from '@supportlink/rules';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '../../i18n';
import type { Me, Member, Role, TokenInfo } from '../../sync/api-client';
import type { OptionsApi } from './api';

export function TeamSection({ api, announce }: { api: OptionsApi; announce: (message: string) => void }) {
  const [me, setMe] = useState<Me | null>(null);
  const [members, setMembers] = useState<Member[]>([]);
  const [tokens, setTokens] = useState<TokenInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [fresh, setFresh] = useState<{ name: string; token: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [r, own] = await Promise.all([api.members(), api.ownTokens()]);
      setMe(r.me);
      setMembers(r.members);
      setTokens(own);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const guard = (fn: () => Promise<void>) => async () => {
    try {
      await fn();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  if (loading) return <p class="sl-muted">{t('team.loading')}</p>;
  if (error && !me) return <p class="sl-error">{t('team.failed', { error })}</p>;
  if (!me || (me.member.role !== 'admin' && me.member.role !== 'owner')) {
    return <p class="sl-muted">{t('team.notAdmin')}</p>;
  }

  const add = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return;
    await guard(async () => {
      const r = await api.addMember(name.trim(), role);
      setFresh({ name: r.member.name, token: r.token });
      setName('');
      await load();
    })();
  };

  return (
    <div>
      {error && (
        <p class="sl-error" role="alert">
          {t('common.error', { error })}
        </p>
      )}
      {fresh && (
        <div class="token-once" role="alert">
          <p>{t('team.tokenOnce', { name: fresh.name })}</p>
          <code data-testid="new-token">{fresh.token}</code>{' '}
          <button
            type="button"
            onClick={async () => {
              const ok = await api.copy(fresh.token);
              announce(ok ? t('popup.copied') : t('popup.copyFailed'));
            }}
          >
            {t('team.copyToken')}
          </button>
        </div>
      )}
      <h3>{t('team.members')}</h3>
      <p class="sl-muted">{t('team.removeNote')}</p>
      <ul class="contract-list">
        {members.map((m) => (
          <li key={m.id} class="contract-row">
            <div>
              <strong>{m.name}</strong> <span class="sl-muted">{t(`role.${m.role}` as MessageKey)}</span>
            </div>
            <div class="sl-row">
              <button
                type="button"
                onClick={guard(async () => {
                  const r = await api.createToken(m.id);
                  setFresh({ name: m.name, token: r.token });
                })}
                aria-label={`${t('team.newToken')}: ${m.name}`}
              >
                {t('team.newToken')}
              </button>
              {m.id !== me.member.id &&
                (confirming === m.id ? (
                  <button
                    type="button"
                    class="danger"
                    aria-label={`${t('team.confirmRemove')}: ${m.name}`}
                    onClick={guard(async () => {
                      await api.removeMember(m.id);
                      setConfirming(null);
                      announce(t('team.removed'));
                      await load();
                    })}
                  >
                    {t('team.confirmRemove')}
                  </button>
                ) : (
                  <button
                    type="button"
                    class="danger"
                    aria-label={`${t('team.remove')}: ${m.name}`}
                    onClick={() => setConfirming(m.id)}
                  >
                    {t('team.remove')}
                  </button>
                ))}
            </div>
          </li>
        ))}
      </ul>
      <form onSubmit={add} aria-label={t('team.add')}>
        <h3>{t('team.add')}</h3>
        <div class="grid">
          <label for="t-name">{t('team.name')}</label>
          <input id="t-name" value={name} onInput={(e) => setName(e.currentTarget.value)} required />
          <label for="t-role">{t('team.role')}</label>
          <select id="t-role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="primary">
          {t('team.add')}
        </button>
      </form>
      <h3>{t('team.tokens')}</h3>
      <ul>
        {tokens.length === 0 && <li class="sl-muted">{t('team.noTokens')}</li>}
        {tokens.map((tk) => (
          <li key={tk.id}>
            {tk.name} <code>{tk.id.slice(0, 8)}</code>{' '}
            {tk.id === me.tokenId && <span class="sl-muted">({t('team.thisBrowser')})</span>}{' '}
            <button
              type="button"
              class="danger"
              aria-label={`${t('team.revoke')}: ${tk.name} ${tk.id.slice(0, 8)}`}
              onClick={guard(async () => {
                await api.revokeToken(tk.id);
                announce(t('team.revoked'));
                await load();
              })}
            >
              {t('team.revoke')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
