import { ROLES } from '@supportlink/rules';
import { useState } from 'preact/hooks';
import type { IssuedToken, Member, Role } from '../api/types';
import type { ScreenProps } from '../app/Shell';
import { useAction } from '../app/use-action';
import { useLoad } from '../app/use-load';
import { ConfirmRemove } from '../components/ConfirmRemove';
import { ErrorNotice } from '../components/ErrorNotice';
import { errorText } from '../components/errors';
import { LoadError } from '../components/LoadError';
import { OneTimeToken } from '../components/OneTimeToken';
import { Table } from '../components/Table';
import { formatInstant, type MessageKey, t } from '../i18n';

const roleName = (r: Role) => t(`role.${r}` as MessageKey);

export function MembersSection({ session, announce }: ScreenProps) {
  const { api, me } = session;
  const [load, reload] = useLoad(() => api.members(), [api]);
  const [issued, setIssued] = useState<{ token: IssuedToken; name: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const { error, setError, act } = useAction(announce, reload);
  const canGrantOwner = me.member.role === 'owner';

  const issue = async (m: Member) => {
    setError(null);
    try {
      const token = await api.issueToken(m.id, `dashboard ${new Date().toISOString().slice(0, 10)}`);
      setIssued({ token, name: m.name });
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <>
      <h2>{t('members.title')}</h2>
      <ErrorNotice text={error} />
      {issued && <OneTimeToken issued={issued.token} forName={issued.name} onDone={() => setIssued(null)} />}
      {load.status === 'error' && <LoadError error={load.error} retry={reload} />}
      {load.data && (
        <Table
          caption={t('members.title')}
          testId="members"
          rows={load.data}
          rowKey={(m) => m.id}
          columns={[
            {
              label: t('members.col.name'),
              rowHeader: true,
              cell: (m) => (
                <>
                  {m.name}
                  {m.id === me.member.id && <span class="sub">{t('members.you')}</span>}
                </>
              ),
            },
            {
              label: t('members.col.role'),
              cell: (m) => (
                <select
                  aria-label={t('members.roleOf', { name: m.name })}
                  value={m.role}
                  disabled={m.id === me.member.id || (m.role === 'owner' && !canGrantOwner)}
                  onChange={(e) => {
                    const role = (e.currentTarget as HTMLSelectElement).value as Role;
                    void act(
                      () => api.changeRole(m.id, role),
                      t('members.roleChanged', { name: m.name, role: roleName(role) }),
                    );
                  }}
                >
                  {ROLES.filter((r) => r !== 'owner' || canGrantOwner || m.role === 'owner').map((r) => (
                    <option key={r} value={r}>
                      {roleName(r)}
                    </option>
                  ))}
                </select>
              ),
            },
            { label: t('members.col.since'), cell: (m) => formatInstant(m.createdAt) },
            {
              label: t('members.col.actions'),
              wide: true,
              cell: (m) => (
                <div class="actions">
                  <button
                    type="button"
                    onClick={() => issue(m)}
                    aria-label={t('members.issueFor', { name: m.name })}
                  >
                    {t('members.issue')}
                  </button>
                  {m.id !== me.member.id && (
                    <ConfirmRemove
                      asking={confirming === m.id}
                      setAsking={(asking) => setConfirming(asking ? m.id : null)}
                      remove={() => act(() => api.removeMember(m.id), t('members.removed', { name: m.name }))}
                      askLabel={t('members.removeWho', { name: m.name })}
                      confirmLabel={t('members.confirmRemove', { name: m.name })}
                    />
                  )}
                </div>
              ),
            },
          ]}
        />
      )}
      <AddMember
        canGrantOwner={canGrantOwner}
        add={async (name, role) => {
          setError(null);
          try {
            await api.addMember(name, role);
            announce(t('members.added', { name }));
            reload();
            return null;
          } catch (err) {
            return errorText(err);
          }
        }}
      />
    </>
  );
}

function AddMember({
  add,
  canGrantOwner,
}: {
  add(name: string, role: Role): Promise<string | null>;
  canGrantOwner: boolean;
}) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) {
      setError(t('members.nameRequired'));
      return;
    }
    const problem = await add(name.trim(), role);
    setError(problem);
    if (!problem) setName('');
  };
  return (
    <form class="inline-form" onSubmit={submit} aria-labelledby="add-member-title" noValidate>
      <h3 id="add-member-title">{t('members.add')}</h3>
      <div class="field">
        <label for="member-name">{t('members.col.name')}</label>
        <input
          id="member-name"
          value={name}
          maxLength={100}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'member-error' : undefined}
        />
      </div>
      <div class="field">
        <label for="member-role">{t('members.col.role')}</label>
        <select
          id="member-role"
          value={role}
          onChange={(e) => setRole((e.currentTarget as HTMLSelectElement).value as Role)}
        >
          {ROLES.filter((r) => r !== 'owner' || canGrantOwner).map((r) => (
            <option key={r} value={r}>
              {roleName(r)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="primary">
        {t('members.addSubmit')}
      </button>
      {error && (
        <p id="member-error" class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
