/** Screens are addressed by the URL hash, so the server serves one page and reloads keep the screen. */
export const ORG_SECTIONS = ['members', 'tokens', 'alerts', 'deliveries', 'audit', 'export'] as const;
export type OrgSection = (typeof ORG_SECTIONS)[number];

export type Route =
  | { name: 'contracts' }
  | { name: 'contract'; id: string }
  | { name: 'organisation'; section: OrgSection };

export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return '';
      }
    });
  if (parts[0] === 'contracts' && parts[1]) return { name: 'contract', id: parts[1] };
  if (parts[0] === 'organisation') {
    const section = ORG_SECTIONS.find((s) => s === parts[1]) ?? 'members';
    return { name: 'organisation', section };
  }
  return { name: 'contracts' };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'contracts':
      return '#/';
    case 'contract':
      return `#/contracts/${encodeURIComponent(route.id)}`;
    case 'organisation':
      return `#/organisation/${route.section}`;
  }
}
