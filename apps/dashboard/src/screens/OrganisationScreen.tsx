import { hrefOf, type OrgSection } from '../app/route';
import type { ScreenProps } from '../app/Shell';
import { useTitle } from '../components/use-title';
import { type MessageKey, t } from '../i18n';
import { AlertsSection } from '../org/AlertsSection';
import { AuditSection } from '../org/AuditSection';
import { DeliveriesSection } from '../org/DeliveriesSection';
import { ExportSection } from '../org/ExportSection';
import { MembersSection } from '../org/MembersSection';
import { TokensSection } from '../org/TokensSection';

const ADMIN_ONLY: readonly OrgSection[] = ['members', 'alerts', 'deliveries', 'audit', 'export'];
const SECTIONS: readonly OrgSection[] = ['members', 'tokens', 'alerts', 'deliveries', 'audit', 'export'];

export function OrganisationScreen({ section, ...props }: ScreenProps & { section: OrgSection }) {
  const role = props.session.me.member.role;
  const isAdmin = role === 'admin' || role === 'owner';
  const visible = SECTIONS.filter((s) => isAdmin || !ADMIN_ONLY.includes(s));
  const active = visible.includes(section) ? section : (visible[0] as OrgSection);
  const label = (s: OrgSection) => t(`org.section.${s}` as MessageKey);
  useTitle(`${label(active)} · ${t('org.title')}`);
  return (
    <section aria-labelledby="screen-title" class="screen">
      <div class="screen-head">
        <h1 id="screen-title" tabIndex={-1}>
          {t('org.title')}
        </h1>
      </div>
      <nav aria-label={t('org.sections')} class="tabs">
        {visible.map((s) => (
          <a
            key={s}
            href={hrefOf({ name: 'organisation', section: s })}
            aria-current={s === active ? 'page' : undefined}
          >
            {label(s)}
          </a>
        ))}
      </nav>
      {!isAdmin && section !== active && <p class="notice warn">{t('org.adminOnly')}</p>}
      <div class="section-body">
        {active === 'members' && <MembersSection {...props} />}
        {active === 'tokens' && <TokensSection {...props} />}
        {active === 'alerts' && <AlertsSection {...props} />}
        {active === 'deliveries' && <DeliveriesSection {...props} />}
        {active === 'audit' && <AuditSection {...props} />}
        {active === 'export' && <ExportSection {...props} />}
      </div>
    </section>
  );
}
