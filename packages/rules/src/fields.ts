import { compactText, foldText } from './text/normalize-text.js';
import type { FieldRole } from './types.js';

// Spaced patterns run on folded text (lower case, no accents); compact ones on text without spaces.
const ACCESS_SPACED = [
  /\baccess ?id(entifier)?\b/, // en
  /\bzugriffs[- ]?(id|kennung)\b/, // de
  /\b(id|identifiant|identificateur) d'acces\b/, // fr
  /\b(identificador|id) de acceso\b/, // es
  /\b(id|identificador) de acesso\b/, // pt-BR
  /\bid di accesso\b/, // it
  /идентификатор доступа/, // ru
];
const ACCESS_COMPACT = [/アクセスid/, /액세스id/, /访问(id|标识)/, /存取(識別碼|id)/];

const CONTRACT_SPACED = [
  /\bcontract ?(id|number|identifier)\b/, // en
  /\bpassword\b/, // en, it: Power Platform and LCS call the contract ID "Password"
  /\bvertrags[- ]?(id|nummer|kennung)\b|\b(kennwort|passwort)\b/, // de
  /\b(id|identifiant|identificateur|numero) (de|du) contrat\b|\bmot de passe\b/, // fr
  /\b(identificador|id|numero) del? contrato\b|\bcontrasena\b/, // es
  /\b(id|identificador|numero) do contrato\b|\bsenha\b/, // pt-BR
  /\bid (del )?contratto\b/, // it
  /идентификатор (контракта|договора)|номер (контракта|договора)|пароль/, // ru
];
const CONTRACT_COMPACT = [
  /(コントラクト|契約)id|パスワード/,
  /계약id|암호|비밀번호/,
  /(合同|协定|协议)(id|编号|标识)|密码/,
  /合約(識別碼|id|編號)|密碼/,
];

const HAS_CJK = /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;
/** Longer "labels" are sentences (instructions, help text), not field names. */
const MAX_LABEL_LENGTH = 80;

function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((re) => re.test(text));
}

/**
 * Which of the pair a form field holds, judged from its label, aria-label or placeholder
 * in any supported locale. Null for other fields and for text naming both.
 */
export function fieldRole(labelText: string): FieldRole | null {
  const folded = foldText(labelText);
  if (folded.length === 0 || folded.length > MAX_LABEL_LENGTH) return null;
  const compact = HAS_CJK.test(folded) ? compactText(folded) : '';
  const access = matchesAny(ACCESS_SPACED, folded) || (compact !== '' && matchesAny(ACCESS_COMPACT, compact));
  const contract =
    matchesAny(CONTRACT_SPACED, folded) || (compact !== '' && matchesAny(CONTRACT_COMPACT, compact));
  if (access === contract) return null;
  return access ? 'access-id' : 'contract-id';
}
