import { type MessageKey, t } from '../i18n';
import { CLIENT_API_MAJOR, type ConnectionProblem, type ConnectionReport } from './connection-test';

const PROBLEM_TEXT = {
  permission: 'syncTest.permission',
  origin: 'syncTest.origin',
  unreachable: 'syncTest.unreachable',
  'not-supportlink': 'syncTest.notSupportLink',
  version: 'syncTest.version',
  token: 'syncTest.token',
  forbidden: 'syncTest.forbidden',
  server: 'syncTest.server',
  'no-token': 'sync.test.noToken',
  'no-token-for-server': 'sync.test.tokenForThisServer',
} as const satisfies Record<ConnectionProblem, MessageKey>;

/** What the connection test found, in the current UI language ('' when all is well). */
export function describeConnection(report: ConnectionReport): string {
  if (!report.problem) return '';
  return t(PROBLEM_TEXT[report.problem], {
    origin: report.origin,
    line: report.corsLine,
    server: report.serverVersion ?? '?',
    client: `${CLIENT_API_MAJOR}.x`,
    detail: report.detail ?? '',
  });
}
