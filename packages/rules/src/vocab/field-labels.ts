/**
 * Names of the two fields a portal asks for (PORTALS.md "Field names by locale"). Power
 * Platform and LCS call the contract ID "Password" (PP26, LCS).
 */
import type { VocabTable } from './match.js';

export type FieldLabelKey = 'access-id' | 'contract-id';

export const FIELD_LABELS: VocabTable<FieldLabelKey> = {
  'access-id': {
    en: ['Access ID@docs', 'Access identifier'],
    cs: ['ID přístupu@pc', 'přístupové ID@pc'],
    de: ['Zugriffs-ID@pc', 'Zugriffskennung'],
    es: ['identificador de acceso@pc', 'ID de acceso'],
    fr: ["ID d'accès@pc", "identifiant d'accès", "identificateur d'accès"],
    hu: ['hozzáférési azonosító@pc', 'hozzáférési azonosítója@pc'],
    id: ['ID Akses@docs'],
    it: ['ID di accesso@pc', 'ID accesso'],
    ja: ['アクセス ID@pc'],
    ko: ['액세스 ID@pc'],
    nl: ['toegangs-id@pc'],
    pl: ['identyfikator dostępu@pc'],
    'pt-BR': ['ID de acesso@pc', 'identificador de acesso'],
    'pt-PT': ['ID de acesso@pc'],
    ru: ['идентификатор доступа@pc', 'ID доступа'],
    sv: ['åtkomst-ID@pc'],
    tr: ['Erişim Kimliği@pc', 'Erişim ID'],
    'zh-CN': ['访问 ID@seed', '访问标识'],
    'zh-TW': ['存取識別碼@pc', '存取 ID'],
  },
  'contract-id': {
    en: ['Contract ID@docs', 'Contract number', 'Contract identifier'],
    cs: ['ID smlouvy@pc', 'číslo smlouvy'],
    de: ['Vertrags-ID@pc', 'Vertragsnummer', 'Vertragskennung'],
    es: [
      'identificador de contrato@pc',
      'identificador del contrato@pc',
      'ID de contrato',
      'número de contrato',
    ],
    fr: ['ID de contrat@pc', 'ID du contrat', 'identifiant de contrat', 'numéro de contrat'],
    hu: ['szerződésazonosító@pc', 'szerződés azonosítója@pc'],
    id: ['ID Kontrak@docs'],
    it: ['ID contratto@pc', 'ID del contratto'],
    ja: ['コントラクト ID@pc', '契約 ID@pc'],
    ko: ['계약 ID@pc'],
    nl: ['contract-id@pc', 'contractnummer'],
    pl: ['identyfikator umowy@pc', 'identyfikator kontraktu@pc'],
    'pt-BR': ['ID do contrato@pc', 'número do contrato'],
    'pt-PT': ['ID do contrato@pc'],
    ru: ['идентификатор контракта@pc', 'идентификатор договора', 'номер контракта', 'номер договора'],
    sv: ['kontrakt-ID@pc', 'kontrakts-ID@pc', 'avtals-ID'],
    tr: ['Sözleşme Kimliği@pc', 'Sözleşme ID'],
    'zh-CN': ['合同 ID@seed', '协定 ID@seed', '合同编号', '协议 ID', '合同标识'],
    'zh-TW': ['合約識別碼@pc', '合約 ID', '合約編號'],
  },
};

/** Power Platform admin center and LCS name the contract ID field "Password" (PP26, LCS). */
export const PASSWORD_LABELS: VocabTable<'password'> = {
  password: {
    en: ['Password@docs', 'Contract ID/Password@docs'],
    cs: ['Heslo'],
    de: ['Kennwort', 'Passwort'],
    es: ['Contraseña'],
    fr: ['Mot de passe'],
    hu: ['Jelszó'],
    id: ['Kata sandi'],
    it: ['Password'],
    ja: ['パスワード'],
    ko: ['암호', '비밀번호'],
    nl: ['Wachtwoord'],
    pl: ['Hasło'],
    'pt-BR': ['Senha'],
    'pt-PT': ['Palavra-passe'],
    ru: ['Пароль'],
    sv: ['Lösenord'],
    tr: ['Parola', 'Şifre'],
    'zh-CN': ['密码'],
    'zh-TW': ['密碼'],
  },
};
