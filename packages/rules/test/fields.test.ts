import { describe, expect, it } from 'vitest';
import { fieldRole, fieldRoleWithPassword } from '../src/index.js';

describe('fieldRole (PORTALS.md: field names by locale)', () => {
  it.each([
    ['en', 'Access ID', 'access-id'],
    ['en', 'Access ID *', 'access-id'],
    ['en', 'Enter your access ID', 'access-id'],
    ['en', 'Contract ID', 'contract-id'],
    ['en', 'Contract ID:', 'contract-id'],
    ['en: Power Platform/LCS', 'Password', 'contract-id'],
    ['en: LCS', 'Password or contract ID', 'contract-id'],
    ['de', 'Zugriffs-ID', 'access-id'],
    ['de', 'Vertrags-ID', 'contract-id'],
    ['de', 'Kennwort', 'contract-id'],
    ['fr', "ID d'accès", 'access-id'],
    ['fr', 'ID d’accès', 'access-id'],
    ['fr', 'ID de contrat', 'contract-id'],
    ['fr', 'Mot de passe', 'contract-id'],
    ['es', 'Identificador de acceso', 'access-id'],
    ['es', 'identificador de contrato', 'contract-id'],
    ['es', 'Contraseña', 'contract-id'],
    ['pt-BR', 'ID de Acesso', 'access-id'],
    ['pt-BR', 'ID do Contrato', 'contract-id'],
    ['pt-BR', 'Senha', 'contract-id'],
    ['it', 'ID di accesso', 'access-id'],
    ['it', 'ID contratto', 'contract-id'],
    ['ja', 'アクセス ID', 'access-id'],
    ['ja', 'コントラクト ID', 'contract-id'],
    ['ja', '契約 ID', 'contract-id'],
    ['ja', 'パスワード', 'contract-id'],
    ['ko', '액세스 ID', 'access-id'],
    ['ko', '계약 ID', 'contract-id'],
    ['ko', '암호', 'contract-id'],
    ['ru', 'Идентификатор доступа', 'access-id'],
    ['ru', 'Идентификатор контракта', 'contract-id'],
    ['ru', 'Пароль', 'contract-id'],
    ['zh-CN', '访问 ID', 'access-id'],
    ['zh-CN', '合同 ID', 'contract-id'],
    ['zh-CN: seed wording', '协定 ID', 'contract-id'],
    ['zh-CN', '密码', 'contract-id'],
    ['zh-TW', '存取識別碼', 'access-id'],
    ['zh-TW', '合約識別碼', 'contract-id'],
    ['zh-TW', '密碼', 'contract-id'],
    ['full-width', 'Ａｃｃｅｓｓ ＩＤ', 'access-id'],
  ])('%s: %s → %s', (locale, label, role) => {
    // Only Power Platform and LCS call the contract ID "Password".
    const password =
      /^(パスワード|암호|密码|密碼|Пароль|Senha|Mot de passe|Contraseña|Kennwort|Password|Password or contract ID)$/.test(
        label,
      );
    expect(fieldRoleWithPassword(label), `${locale} with password`).toBe(role);
    expect(fieldRole(label), locale).toBe(password && label !== 'Password or contract ID' ? null : role);
  });

  it.each([
    'Subscription ID',
    'Tenant ID',
    'Tracking ID',
    'Email',
    'E-mail address',
    'Support request ID',
    'Abonnement-ID',
    '订阅 ID',
    'サブスクリプション ID',
    'Add contract',
    'Vertrag hinzufügen',
    '添加合同',
    '',
    'Enter the Access ID and Contract ID',
    'To link your partner benefits, sign in with the account that will create requests and then enter the access ID shown in Partner Center',
  ])('does not claim %j', (label) => {
    expect(fieldRole(label)).toBeNull();
  });
});
