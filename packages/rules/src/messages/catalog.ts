import type { Confidence, MessageId, MessageLocale, Provenance } from '../types.js';

/**
 * Phrase rules for every known message in every locale. Pattern sources are written in
 * folded form (see foldText: lower case, no Latin accents, straight quotes, single spaces);
 * CJK and Korean rules match the compact form, which has no spaces at all.
 */
export interface PhraseRule {
  id: MessageId;
  locale: MessageLocale;
  /**
   * The classifier's index (phrase-index.ts): a literal every match contains, in folded form
   * (compact for CJK/Hangul); `a|b` lists alternatives, one of which every match contains. Pick
   * the rarest word of the message: a common key makes every page sentence a candidate.
   */
  key: string;
  /** Every pattern must match, all within ONE sentence of the text. */
  all: RegExp[];
  provenance: Provenance;
}

export interface MessageInfo {
  ignorable: boolean;
  provenance: Provenance;
}

export const MESSAGE_INFO: Readonly<Record<MessageId, MessageInfo>> = {
  'access-id-already-associated': {
    ignorable: true,
    provenance: { source: 'seed', section: 'Azure portal error', confidence: 'documented' },
  },
  'not-authorized-csp-only': {
    ignorable: false,
    // The seed's 你无权执行此操作 translates the English source "You are not authorized for this action".
    provenance: {
      source: 'S21',
      section: 'view and activate: step 1 note (English source in the bilingual hu-hu edition)',
      confidence: 'documented',
      url: 'https://github.com/MicrosoftDocs/partner-center-pr.hu-hu/blob/6c9d96c42ef2/partner-center/mpn-benefits-technical-support.md',
      commit: '6c9d96c42ef2',
    },
  },
  'no-benefits-yet': {
    ignorable: false,
    provenance: { source: 'seed', section: 'view and activate: step 2 note', confidence: 'documented' },
  },
  'activation-role-missing': {
    ignorable: false,
    provenance: { source: 'S23', section: 'activation: dimmed Activate button', confidence: 'unverified' },
  },
  'plan-not-for-product': {
    ignorable: false,
    provenance: { source: 'SH25', section: 'Services Hub messages', confidence: 'documented' },
  },
  'plan-expired-or-exhausted': {
    ignorable: false,
    provenance: {
      source: 'SH25',
      section: 'Services Hub messages (wording unverified)',
      confidence: 'unverified',
    },
  },
  'pay-per-incident-needs-msa': {
    ignorable: false,
    provenance: {
      source: 'SH25',
      section: 'pay per incident (wording unverified)',
      confidence: 'unverified',
    },
  },
};

// In its own module so that a classifier built from served data need not load this catalogue.
export { COMPACT_LOCALES } from './scripts.js';

const doc = (source: Provenance['source'], section: string): Provenance => ({
  source,
  section,
  confidence: 'documented' as Confidence,
});

/**
 * Commits (12-character abbreviations, which GitHub resolves) of the localized editions of the seed's article (MicrosoftDocs/partner-center-pr.<repo>,
 * partner-center/mpn-benefits-technical-support.md) the wordings were read at: the 2021-06-07
 * edition, the last that machine-translated the Azure error (from 2021-06-19 it is quoted in
 * English). zh-tw was last published on 2021-03-05, before the error was added to the article.
 */
const PC_EDITIONS: Readonly<Record<string, string>> = {
  'cs-cz': '382f03d94684',
  'de-de': '1fe09937e105',
  'es-es': 'b8d3bebbf9d6',
  'fr-fr': '7e7fa90bb575',
  'hu-hu': '0be134273872',
  'it-it': '45f07a532ed5',
  'ja-jp': 'b86514834db2',
  'ko-kr': 'd14f82f123c2',
  'nl-nl': '99b351f0be50',
  'pl-pl': '0b66feabd8e5',
  'pt-br': '7fdc1a787ee1',
  'pt-pt': '6955115ea606',
  'ru-ru': '7023556b205d',
  'sv-se': '3e5b960f58ea',
  'tr-tr': '2311929d55f4',
  'zh-cn': '6d6545eed552',
  'zh-tw': '9cdc310a6436',
  /** The bilingual hu-hu edition keeps each English source sentence beside its translation. */
  en: '6c9d96c42ef2',
};

/**
 * A wording read in a localized edition of the seed's article: Microsoft's documentation,
 * machine-translated in 2021, quoting the portals. The portals' own strings may differ.
 */
function pc(repo: keyof typeof PC_EDITIONS, section: string): Provenance {
  const commit = PC_EDITIONS[repo] as string;
  const name = repo === 'en' ? 'hu-hu' : repo;
  return {
    source: 'S21',
    section: `${section} (partner-center-pr.${name}${repo === 'en' ? ', English source' : ''})`,
    confidence: 'documented',
    url: `https://github.com/MicrosoftDocs/partner-center-pr.${name}/blob/${commit}/partner-center/mpn-benefits-technical-support.md`,
    commit,
  };
}

/** A wording read on a Services Hub Learn page (SH25) in the given Learn locale. */
function sh(
  page: 'missing-support-plan' | 'partner-incidents-remaining',
  learnLocale: string,
  section: string,
): Provenance {
  return {
    source: 'SH25',
    section: `${section} (Learn ${learnLocale})`,
    confidence: 'documented',
    url: `https://learn.microsoft.com/${learnLocale}/services-hub/sfbus/support-for-business/${page}`,
  };
}

/** Today's Partner Center article, as the 2026-11 research read it (PROGRAM-2026.md "Found later"). */
const TODAY: Provenance = {
  source: 'F26',
  section: 'view and activate: CSP-only note (current page)',
  confidence: 'documented',
  url: 'https://learn.microsoft.com/en-us/partner-center/benefits/mpn-benefits-technical-support',
};
/** Our own rendering of a message nobody quoted in that language. */
const ours = (section: string): Provenance => ({
  source: 'own',
  section: `${section} (own rendering)`,
  confidence: 'unverified',
});

/** `.{0,n}` in a pattern means "up to n characters within the same sentence". */
const GAP = /\.\{0,/g;
const SAME_SENTENCE = '[^.!?。]{0,';

function rule(
  id: MessageId,
  locale: MessageLocale,
  provenance: Provenance,
  key: string,
  ...patterns: string[]
): PhraseRule {
  return {
    id,
    locale,
    key,
    provenance,
    all: patterns.map((p) => new RegExp(p.replace(GAP, SAME_SENTENCE))),
  };
}

const ACCESS = 'access-id-already-associated';
const CSP = 'not-authorized-csp-only';
const NOBEN = 'no-benefits-yet';
const ROLE = 'activation-role-missing';
const PRODUCT = 'plan-not-for-product';
const EXPIRED = 'plan-expired-or-exhausted';
const PPI = 'pay-per-incident-needs-msa';

export const PHRASES: readonly PhraseRule[] = [
  // --- "This access ID is already associated with an account" -------------------------
  // Every pattern of a rule must match within ONE sentence (classify.ts). The subject, the copula
  // and "already … associated" form one clause with nothing but auxiliaries between them, so a
  // form label ("Access ID") before an unrelated notice ("The subscription is already associated
  // with …") never reads as this message. Languages that may drop the subject or the copula also
  // need the account in that sentence.
  rule(
    ACCESS,
    'en',
    pc('en', 'Azure portal error'),
    'access',
    String.raw`\baccess ?id (is|was|has|had|has been|had been) already (been )?(associated|linked|assigned|registered|in use|bound)\b`,
  ),
  rule(
    ACCESS,
    'en',
    doc('seed', 'Azure portal error, second sentence'),
    'new access',
    String.raw`\btechnical account manager\b.{0,30}\b(obtain|get|request|receive|for)\b.{0,12}\bnew access ?id\b`,
  ),
  rule(
    ACCESS,
    'de',
    pc('de-de', 'Azure portal error'),
    'zugriffs',
    String.raw`\bzugriffs[- ]?(id|kennung) (ist|wurde) (bereits|schon) ([^ ]+ ){0,4}(zugeordnet|zugewiesen|verknupft|verbunden|registriert)\b`,
  ),
  rule(
    ACCESS,
    'de',
    pc('de-de', 'Azure portal error'),
    'zugriffs',
    String.raw`manager\b.{0,30}\bneuen? zugriffs[- ]?(id|kennung)\b`,
  ),
  rule(
    ACCESS,
    'fr',
    pc('fr-fr', 'Azure portal error'),
    "d'acces",
    String.raw`\b(id|identifiant|identificateur) d'acces (est|a ete|a deja ete) (deja )?(associe|lie|attribue|utilise)`,
  ),
  rule(
    ACCESS,
    'fr',
    pc('fr-fr', 'Azure portal error'),
    "d'acces",
    String.raw`\bnouvel (id|identifiant|identificateur) d'acces\b`,
    '(responsable|gestionnaire) (technique )?de compte|technical account manager',
  ),
  rule(
    ACCESS,
    'es',
    pc('es-es', 'Azure portal error'),
    'de acceso',
    String.raw`\b(identificador|id) de acceso ya (esta|estaba|ha sido|se ha|se encuentra) (asociad|vinculad|asignad)[oa]\b`,
    String.raw`\bcuentas?\b`,
  ),
  rule(
    ACCESS,
    'es',
    pc('es-es', 'Azure portal error'),
    'de acceso',
    String.raw`\bnuevo (identificador|id) de acceso\b`,
    '(administrador|gerente|responsable|director) tecnico de cuentas?|technical account manager',
  ),
  // European Portuguese says "este ID" and "Gestor técnico de conta"; checked before pt-BR.
  rule(
    ACCESS,
    'pt-PT',
    pc('pt-pt', 'Azure portal error'),
    'de acesso',
    String.raw`\beste (id|identificador) de acesso ja esta associado\b`,
    String.raw`\bcontas?\b`,
  ),
  rule(
    ACCESS,
    'pt-PT',
    pc('pt-pt', 'Azure portal error'),
    'de acesso',
    String.raw`\bnovo (id|identificador) de acesso\b`,
    'gestor (tecnico de conta|de conta tecnico)',
  ),
  rule(
    ACCESS,
    'pt-BR',
    pc('pt-br', 'Azure portal error'),
    'de acesso',
    String.raw`\b(id|identificador) de acesso ja (esta|estava|foi) (associad|vinculad)[oa]\b`,
    String.raw`\bcontas?\b`,
  ),
  rule(
    ACCESS,
    'pt-BR',
    pc('pt-br', 'Azure portal error'),
    'de acesso',
    String.raw`\bnov[oa] (id|identificador) de acesso\b`,
    'gerente (de conta tecnica|tecnico de conta)|technical account manager',
  ),
  rule(
    ACCESS,
    'it',
    pc('it-it', 'Azure portal error'),
    'di accesso',
    String.raw`\bid di accesso (e|risulta) (gia (stato )?|stato gia )(associato|collegato|assegnato)\b`,
    String.raw`\baccount\b`,
  ),
  rule(
    ACCESS,
    'it',
    pc('it-it', 'Azure portal error'),
    'di accesso',
    String.raw`\bnuovo id di accesso\b`,
    'technical account manager|responsabile tecnico|account manager tecnico',
  ),
  rule(
    ACCESS,
    'ja',
    pc('ja-jp', 'Azure portal error'),
    'アクセスid',
    'アクセスid(は|が)(既に|すでに).{0,20}(関連付け|関連づけ|紐付け|紐づけ|リンクされ|登録され)',
    'アカウント',
  ),
  rule(
    ACCESS,
    'ja',
    pc('ja-jp', 'Azure portal error'),
    'アクセスid',
    '新しいアクセスid',
    'technicalaccountmanager|テクニカルアカウントマネージャー|技術担当',
  ),
  rule(
    ACCESS,
    'ko',
    pc('ko-kr', 'Azure portal error'),
    '액세스id',
    '액세스id(는|가)이미.{0,20}(연결|연관|연동|등록)',
    '계정',
  ),
  rule(
    ACCESS,
    'ko',
    pc('ko-kr', 'Azure portal error'),
    '액세스id',
    '새(로운)?액세스id',
    '기술계정관리자|technicalaccountmanager|기술담당자',
  ),
  rule(
    ACCESS,
    'ru',
    pc('ru-ru', 'Azure portal error'),
    'идентификатор',
    'идентификатор доступа уже (был )?(связан|привязан|сопоставлен|ассоциирован|используется)',
    'уч[её]тн[а-я]* запис|аккаунт',
  ),
  rule(
    ACCESS,
    'ru',
    pc('ru-ru', 'Azure portal error'),
    'идентификатор',
    'нов(ого|ый) идентификатора? доступа',
    'менеджер',
  ),
  rule(
    ACCESS,
    'cs',
    pc('cs-cz', 'Azure portal error'),
    'pristup',
    String.raw`\b(id pristupu|pristupove id) (je )?(uz|jiz) (je )?(pridruzen|prirazen|propojen|spojen)`,
    String.raw`\buc(e|)t(u|em|y)?\b`,
  ),
  rule(
    ACCESS,
    'cs',
    pc('cs-cz', 'Azure portal error, second sentence'),
    'pristup',
    String.raw`\bnove (id pristupu|pristupove id)\b`,
    'obchodniho zastupce|account manazer|technical account manager|spravc[ei] (technickeho )?uctu',
  ),
  rule(
    ACCESS,
    'hu',
    pc('hu-hu', 'Azure portal error'),
    'hozzaferesi azonosito',
    String.raw`\bhozzaferesi azonosito mar (tarsitva|hozza van rendelve|csatolva|ossze van kapcsolva)\b`,
    String.raw`\bfiok`,
  ),
  rule(
    ACCESS,
    'hu',
    pc('hu-hu', 'Azure portal error, second sentence'),
    'hozzaferesi azonosito',
    String.raw`\buj hozzaferesi azonosito`,
    'fiokkezel|technical account manager',
  ),
  rule(
    ACCESS,
    'nl',
    pc('nl-nl', 'Azure portal error'),
    'toegangs',
    String.raw`\btoegangs-? ?id is al (gekoppeld|toegewezen|geassocieerd|verbonden)\b`,
  ),
  rule(
    ACCESS,
    'nl',
    pc('nl-nl', 'Azure portal error, second sentence'),
    'toegangs',
    String.raw`\bnieuwe toegangs-? ?id\b`,
    'technische accountmanager|technical account manager',
  ),
  rule(
    ACCESS,
    'pl',
    pc('pl-pl', 'Azure portal error'),
    'identyfikator dostepu',
    String.raw`\bidentyfikator dostepu jest juz (skojarzony|powiazany|przypisany|polaczony)\b`,
    String.raw`\bkont(o|em|a|u)\b`,
  ),
  rule(
    ACCESS,
    'pl',
    pc('pl-pl', 'Azure portal error, second sentence'),
    'identyfikator dostepu',
    // "menedżerem ds. …" holds an abbreviation's full stop: keep the rule inside one clause.
    String.raw`\b(uzyskac|otrzymac) nowy identyfikator dostepu\b`,
  ),
  rule(
    ACCESS,
    'sv',
    pc('sv-se', 'Azure portal error'),
    'atkomst',
    String.raw`\batkomst-? ?id(:t|t|et)? ar redan (associerat|kopplat|lankat|tilldelat|anslutet)\b`,
  ),
  rule(
    ACCESS,
    'sv',
    pc('sv-se', 'Azure portal error, second sentence'),
    'atkomst',
    String.raw`\bnytt atkomst-? ?id\b`,
    'kontoansvarig|technical account manager',
  ),
  rule(
    ACCESS,
    'tr',
    pc('tr-tr', 'Azure portal error'),
    'erisim',
    String.raw`\berisim (kimligi|id) (zaten )?(bir hesap(la|a) )?zaten (bir hesap(la|a) )?(iliskili|iliskilendirilmis|bagli|baglanmis)`,
    String.raw`\bhesap`,
  ),
  rule(
    ACCESS,
    'tr',
    pc('tr-tr', 'Azure portal error, second sentence'),
    'erisim',
    String.raw`\byeni (bir )?erisim (kimligi|id)\b`,
    'teknik hesap yonetici|technical account manager',
  ),
  rule(
    ACCESS,
    'id',
    ours('Azure portal error'),
    'id akses',
    String.raw`\bid akses (ini )?sudah (dikaitkan|terkait|ditautkan|terhubung|dihubungkan|diasosiasikan)\b`,
    String.raw`\bakun\b`,
  ),
  rule(
    ACCESS,
    'id',
    ours('Azure portal error, second sentence'),
    'id akses',
    String.raw`\bid akses baru\b`,
    'technical account manager|manajer akun teknis',
  ),
  rule(
    ACCESS,
    'zh-CN',
    doc('seed', 'Azure portal error'),
    '访问',
    '访问(id|标识)已.{0,12}(关联|绑定|链接|连接)',
    '帐户|账户|帐号|账号',
  ),
  rule(
    ACCESS,
    'zh-CN',
    doc('seed', 'Azure portal error, second sentence'),
    '访问',
    '新的?访问(id|标识)',
    '技术客户经理|技术帐户经理|技术账户经理|客户经理',
  ),
  rule(
    ACCESS,
    'zh-TW',
    ours('Azure portal error'),
    '存取',
    '存取(識別碼|id)已.{0,12}(關聯|連結|綁定|連接)',
    '帳戶|帳號|帐户|账户',
  ),
  rule(
    ACCESS,
    'zh-TW',
    ours('Azure portal error, second sentence'),
    '存取',
    '新的?存取(識別碼|id)',
    '技術客戶經理|技術帳戶經理|客戶經理',
  ),

  // --- "You are not authorized for this action" (CSP-only account) ---------------------
  // The English source (2021) and today's page; "You don't have permission to do this" is only
  // a back-translation of the seed's 你无权执行此操作, kept as our own rendering.
  rule(
    CSP,
    'en',
    pc('en', 'view and activate: step 1 note'),
    'authori',
    String.raw`\b(you are not|you're not|youre not|you aren't|you arent) authori[sz]ed (for|to perform|to take) this action\b`,
  ),
  rule(
    CSP,
    'en',
    TODAY,
    'associated account',
    String.raw`\b(must|need to) (have|use|sign in with) an? (mpn|program|programme|partner program|partner network)[- ]associated account\b`,
  ),
  rule(
    CSP,
    'en',
    ours('CSP-only account: back-translation of the seed'),
    'permission',
    String.raw`\byou (do not|don't|dont) have (the )?permissions? to do (this|that)\b`,
  ),
  rule(
    CSP,
    'cs',
    pc('cs-cz', 'view and activate: step 1 note'),
    'opravneni',
    String.raw`\bnemate opravneni (k provedeni|provest) (teto akce|tuto akci)\b`,
  ),
  rule(
    CSP,
    'cs',
    pc('cs-cz', 'view and activate: step 1 note'),
    'autorizovan',
    String.raw`\bnejste (k teto akci|pro tuto akci) autorizovan`,
  ),
  rule(
    CSP,
    'cs',
    pc('cs-cz', 'view and activate: step 1 note'),
    'mpn',
    String.raw`\bmusite mit pridruzeny ucet mpn\b`,
  ),
  rule(
    CSP,
    'de',
    pc('de-de', 'view and activate: step 1 note'),
    'diese aktion',
    String.raw`\bsie sind (fur diese aktion nicht|nicht fur diese aktion) (autorisiert|berechtigt)\b`,
  ),
  rule(
    CSP,
    'de',
    pc('de-de', 'view and activate: step 1 note'),
    'mpn',
    String.raw`\bsie mussen uber ein (mpn-konto verfugen|konto verfugen, das (dem )?mpn zugeordnet ist)`,
  ),
  rule(
    CSP,
    'de',
    ours('CSP-only account'),
    'berechtigung',
    String.raw`\bsie (haben|verfugen uber) keine berechtigung\b.{0,12}\b(dies|das|diese aktion|diesen vorgang)\b`,
  ),
  rule(
    CSP,
    'es',
    pc('es-es', 'view and activate: step 1 note'),
    'autorizad',
    String.raw`\bno (esta|estas) autorizad[oa] para (realizar )?esta accion\b`,
  ),
  rule(
    CSP,
    'es',
    pc('es-es', 'view and activate: step 1 note'),
    'cuenta asociada',
    String.raw`\bdebe tener una cuenta asociada a mpn\b`,
  ),
  rule(
    CSP,
    'es',
    ours('CSP-only account'),
    'permiso para',
    String.raw`\bno tienes? permiso para (hacer|realizar) (esto|eso|esta accion)\b`,
  ),
  rule(
    CSP,
    'fr',
    pc('fr-fr', 'view and activate: step 1 note'),
    'autorise',
    String.raw`\bvous n'etes pas autorise\(?e?\)? a (effectuer|realiser) cette action\b`,
  ),
  rule(
    CSP,
    'fr',
    pc('fr-fr', 'view and activate: step 1 note'),
    'compte mpn',
    String.raw`\bvous devez disposer d'un compte mpn associe\b`,
  ),
  rule(
    CSP,
    'fr',
    ours('CSP-only account'),
    "n'avez pas",
    String.raw`\bvous n'avez pas (l'autorisation|la permission) (de faire|d'effectuer) (cela|ceci|ca|cette action)\b`,
  ),
  rule(
    CSP,
    'hu',
    pc('hu-hu', 'view and activate: step 1 note'),
    'muvelet',
    String.raw`\b(nem jogosult (erre a muveletre|ehhez a muvelethez)|nincs engedelyezve ehhez a muvelethez)`,
  ),
  rule(
    CSP,
    'hu',
    pc('hu-hu', 'view and activate: step 1 note'),
    'mpn',
    String.raw`\bmpn-(hez|vel) tarsitott fiok`,
  ),
  rule(
    CSP,
    'id',
    ours('CSP-only account'),
    'tindakan ini',
    String.raw`\banda tidak (memiliki (izin|wewenang)|berwenang|diotorisasi) (untuk )?(melakukan )?tindakan ini\b`,
  ),
  rule(
    CSP,
    'it',
    pc('it-it', 'view and activate: step 1 note'),
    'autorizzat',
    String.raw`\bnon (sei|e|si e) autorizzat[oai] (a eseguire|per) questa azione\b`,
  ),
  rule(
    CSP,
    'it',
    pc('it-it', 'view and activate: step 1 note'),
    'mpn',
    String.raw`\be necessario (disporre di|avere) un account (mpn associato|associato a mpn)\b`,
  ),
  rule(
    CSP,
    'it',
    ours('CSP-only account'),
    'autorizz',
    String.raw`\bnon (hai|disponi|si dispone) (l'|dell'|della )?autorizzazione (per|a) (eseguire|fare) (questa operazione|questa azione|cio|questo)\b`,
  ),
  rule(
    CSP,
    'ja',
    pc('ja-jp', 'view and activate: step 1 note'),
    '許可されていません',
    'この操作は許可されていません',
  ),
  rule(
    CSP,
    'ja',
    pc('ja-jp', 'view and activate: step 1 note'),
    '承認されていない',
    'このアクションに対して承認されていない',
  ),
  rule(
    CSP,
    'ja',
    pc('ja-jp', 'view and activate: step 1 note'),
    'mpn',
    'mpnに(関連付けられているアカウントが必要|アカウントが関連付けられている必要があります)',
  ),
  rule(
    CSP,
    'ja',
    ours('CSP-only account'),
    'この操作',
    'この操作を(行う|実行する)(ためのアクセス許可|アクセス許可|権限)がありません',
  ),
  rule(
    CSP,
    'ko',
    pc('ko-kr', 'view and activate: step 1 note'),
    '권한',
    '이작업(을수행할|에대한)권한이없습니다',
  ),
  rule(CSP, 'ko', pc('ko-kr', 'view and activate: step 1 note'), 'mpn', 'mpn연결(된)?계정이있어야'),
  rule(
    CSP,
    'nl',
    pc('nl-nl', 'view and activate: step 1 note'),
    'gemachtigd',
    String.raw`\b(u bent|je bent|bent u) niet gemachtigd (voor deze actie|om deze actie uit te voeren)\b`,
  ),
  rule(
    CSP,
    'nl',
    pc('nl-nl', 'view and activate: step 1 note'),
    'mpn',
    String.raw`\bmpn-gekoppeld account\b`,
  ),
  rule(
    CSP,
    'pl',
    pc('pl-pl', 'view and activate: step 1 note'),
    'tej akcji',
    String.raw`\bnie masz (autoryzacji|uprawnien) (do wykonania tej akcji|do tej akcji|dla tej akcji)\b`,
  ),
  rule(
    CSP,
    'pl',
    pc('pl-pl', 'view and activate: step 1 note'),
    'mpn',
    String.raw`\bmusisz miec skojarzone konto mpn\b`,
  ),
  rule(
    CSP,
    'pt-BR',
    pc('pt-br', 'view and activate: step 1 note'),
    'autorizad',
    String.raw`\bvoce nao esta autorizad[oa] (para (esta|essa) acao|a (realizar|executar) esta acao)\b`,
  ),
  rule(
    CSP,
    'pt-BR',
    pc('pt-br', 'view and activate: step 1 note'),
    'conta associada',
    String.raw`\bvoce (precisa|deve) ter uma conta associada (ao|do|a) mpn\b`,
  ),
  rule(
    CSP,
    'pt-BR',
    ours('CSP-only account'),
    'permissao',
    String.raw`\b(voce )?nao tem permissao para (fazer|executar|realizar) (isso|isto|esta acao)\b`,
  ),
  // Without "você": European Portuguese (checked after pt-BR, which requires it).
  rule(
    CSP,
    'pt-PT',
    pc('pt-pt', 'view and activate: step 1 note'),
    'autorizad',
    String.raw`\bnao esta autorizad[oa] (para esta acao|a (realizar|executar) esta acao)\b`,
  ),
  rule(
    CSP,
    'pt-PT',
    pc('pt-pt', 'view and activate: step 1 note'),
    'conta associada',
    String.raw`\bdeve ter uma conta associada (a|ao) mpn\b`,
  ),
  rule(
    CSP,
    'ru',
    pc('ru-ru', 'view and activate: step 1 note'),
    'у вас нет',
    'у вас нет (разрешения|прав|права) (на это действие|на выполнение этого действия|для выполнения этого действия|на это(?![а-я]))',
  ),
  rule(
    CSP,
    'ru',
    pc('ru-ru', 'view and activate: step 1 note'),
    'mpn',
    'у вас должна быть уч[её]тная запись, связанная с mpn',
  ),
  rule(
    CSP,
    'ru',
    ours('CSP-only account'),
    'этого действия',
    'вы не (авторизованы|уполномочены) (для выполнения|на выполнение) этого действия',
  ),
  rule(
    CSP,
    'sv',
    pc('sv-se', 'view and activate: step 1 note'),
    'behorighet',
    String.raw`\b(du har inte|du inte har) behorighet (for|till) (den har atgarden|denna atgard)\b`,
  ),
  rule(CSP, 'sv', pc('sv-se', 'view and activate: step 1 note'), 'mpn', String.raw`\bmpn-associerat konto\b`),
  rule(
    CSP,
    'tr',
    pc('tr-tr', 'view and activate: step 1 note'),
    'yetkiniz yok',
    String.raw`\bbu (eylem|islem) icin yetkiniz yok\b`,
  ),
  rule(
    CSP,
    'tr',
    pc('tr-tr', 'view and activate: step 1 note'),
    'mpn',
    String.raw`\bmpn (ile )?iliskili (bir )?hesab[iı]n[iı]z`,
  ),
  rule(
    CSP,
    'zh-CN',
    doc('seed', 'view and activate: step 1 note'),
    '执行此操作',
    '(无权|没有权限)执行此操作',
  ),
  rule(CSP, 'zh-CN', ours('CSP-only account'), '执行此操作', '没有执行此操作的权限'),
  rule(
    CSP,
    'zh-CN',
    doc('seed', 'view and activate: step 1 note'),
    '关联的帐户',
    '必须(具有|使用)与?(mpn|合作伙伴计划|计划)关联的帐户',
  ),
  rule(CSP, 'zh-TW', pc('zh-tw', 'view and activate: step 1 note'), '授權', '未獲授權(執行)?此(動作|操作)'),
  rule(CSP, 'zh-TW', pc('zh-tw', 'view and activate: step 1 note'), '相關聯', '必須有mpn相關聯的帳戶'),
  rule(CSP, 'zh-TW', ours('CSP-only account'), '執行此', '(無權|沒有權限)執行此(動作|操作)'),
  rule(CSP, 'zh-TW', ours('CSP-only account'), '的權限', '沒有執行此(動作|操作)的權限'),

  // --- "Looks like you don't have any benefits yet" ----------------------------------
  rule(
    NOBEN,
    'en',
    pc('en', 'view and activate: step 2 note'),
    'yet',
    String.raw`\b(you|your (company|organization|account)) (do not|don't|dont|does not|doesn't|doesnt) have any benefits yet\b`,
  ),
  rule(NOBEN, 'en', ours('no benefits yet'), 'yet', String.raw`\bhave no benefits yet\b`),
  rule(
    NOBEN,
    'cs',
    pc('cs-cz', 'view and activate: step 2 note'),
    'nemate',
    String.raw`\bjeste nemate (zadne|zadnou) vyhod[yu]\b`,
  ),
  rule(
    NOBEN,
    'de',
    pc('de-de', 'view and activate: step 2 note'),
    'noch keine',
    String.raw`\b((sie haben|haben sie) noch keine (vorteile|leistungen)|sie noch keine (vorteile|leistungen) haben)\b`,
  ),
  rule(
    NOBEN,
    'es',
    pc('es-es', 'view and activate: step 2 note'),
    'no tiene',
    String.raw`\b(aun|todavia) no tienes? (ningun[oa]? )?(beneficios?|ventajas?)\b`,
  ),
  rule(
    NOBEN,
    'fr',
    pc('fr-fr', 'view and activate: step 2 note'),
    'avantage',
    String.raw`\bvous n'(avez|ayez) (pas encore d'avantages?|encore aucun avantage)\b`,
  ),
  rule(
    NOBEN,
    'hu',
    pc('hu-hu', 'view and activate: step 2 note'),
    'nincsenek',
    String.raw`\bmeg nincsenek (elonyei|kedvezmenyei)\b`,
  ),
  rule(
    NOBEN,
    'id',
    ours('no benefits yet'),
    'belum',
    String.raw`\b(anda )?belum (memiliki|mempunyai) (manfaat|keuntungan)\b`,
  ),
  rule(
    NOBEN,
    'it',
    pc('it-it', 'view and activate: step 2 note'),
    'ancora',
    String.raw`\bnon (hai|abbia|avete|abbiate|si abbia|ci siano|sono) ancora (presenti )?(alcun )?(vantaggio|vantaggi|beneficio|benefici)\b`,
  ),
  rule(
    NOBEN,
    'ja',
    pc('ja-jp', 'view and activate: step 2 note'),
    'まだ',
    'まだ(特典|権利)(が|は)(ない|ありません)',
  ),
  rule(NOBEN, 'ko', pc('ko-kr', 'view and activate: step 2 note'), '아직', '아직(아무)?혜택이없'),
  rule(
    NOBEN,
    'nl',
    pc('nl-nl', 'view and activate: step 2 note'),
    'nog geen',
    String.raw`\bnog geen voordelen (hebt|heeft|hebben)\b`,
  ),
  rule(
    NOBEN,
    'pl',
    pc('pl-pl', 'view and activate: step 2 note'),
    'korzysci',
    String.raw`\bnie masz jeszcze (zadnych )?korzysci\b`,
  ),
  rule(
    NOBEN,
    'pt-BR',
    pc('pt-br', 'view and activate: step 2 note'),
    'beneficio',
    String.raw`\bainda nao (tem|possui) (nenhum )?beneficios?\b`,
  ),
  rule(
    NOBEN,
    'pt-PT',
    pc('pt-pt', 'view and activate: step 2 note'),
    'beneficio',
    String.raw`\bainda nao tem quaisquer beneficios\b`,
  ),
  rule(
    NOBEN,
    'ru',
    pc('ru-ru', 'view and activate: step 2 note'),
    'у вас',
    'у вас (пока|ещ[её]) нет (никаких )?(преимуществ|льгот)',
  ),
  rule(
    NOBEN,
    'sv',
    pc('sv-se', 'view and activate: step 2 note'),
    'fordelar',
    String.raw`\b(du inte har|du har inte|du har inga) (nagra )?fordelar (annu|an)\b`,
  ),
  rule(
    NOBEN,
    'sv',
    pc('sv-se', 'view and activate: step 2 note'),
    'formaner',
    String.raw`\b(du inte har|du har inte|du har inga) (nagra )?formaner (annu|an)\b`,
  ),
  rule(
    NOBEN,
    'tr',
    pc('tr-tr', 'view and activate: step 2 note'),
    'henuz',
    String.raw`\bhenuz (avantaj[iı]n[iı]z yok|herhangi bir avantaja sahip degil)`,
  ),
  rule(NOBEN, 'zh-CN', doc('seed', 'view and activate: step 2 note'), '还没有', '还没有(任何)?权益'),
  rule(NOBEN, 'zh-TW', pc('zh-tw', 'view and activate: step 2 note'), '沒有', '(還|尚)沒有(任何)?好處'),
  rule(NOBEN, 'zh-TW', ours('no benefits yet'), '沒有', '(還|尚)沒有(任何)?權益'),

  // --- Activation refused: role missing (no source quotes the wording) ---------------
  rule(
    ROLE,
    'en',
    ours('activation role'),
    'activat',
    String.raw`\bactivat(e|es|ed|ing|ion)\b`,
    String.raw`\b(global admin(istrator)?|(mpn |program |programme )?partner admin(istrator)?)\b`,
    String.raw`\b(role|only|must|need|needs|required|requires|permission)\b`,
  ),
  rule(
    ROLE,
    'de',
    ours('activation role'),
    'aktivier',
    'aktivier',
    '(globale[rn]? administrator|partneradministrator|partner-administrator)',
  ),
  rule(
    ROLE,
    'fr',
    ours('activation role'),
    'administrateur',
    String.raw`\bactiv(er|ation)\b`,
    'administrateur (general|global|(du |de )?partenaires?)',
  ),
  rule(
    ROLE,
    'es',
    ours('activation role'),
    'administrador',
    String.raw`\bactiv(ar|acion)\b`,
    'administrador (global|de(l)? (partner|asociados?|socios?))',
  ),
  rule(
    ROLE,
    'pt-PT',
    ours('activation role'),
    'administrador',
    String.raw`\bativ(ar|acao)\b`,
    'administrador (global|de parceiros?)',
    String.raw`\btem de\b`,
  ),
  rule(
    ROLE,
    'pt-BR',
    ours('activation role'),
    'administrador',
    String.raw`\bativ(ar|acao)\b`,
    'administrador (global|de parceiros?)',
  ),
  rule(
    ROLE,
    'it',
    ours('activation role'),
    'amministratore',
    String.raw`\battiva(re|zione)\b`,
    'amministratore (globale|partner|dei partner)',
  ),
  rule(
    ROLE,
    'ja',
    ours('activation role'),
    '管理者',
    '有効化|アクティブ化',
    'グローバル管理者|パートナー管理者',
  ),
  rule(ROLE, 'ko', ours('activation role'), '활성화', '활성화', '전역관리자|글로벌관리자|파트너관리자'),
  rule(
    ROLE,
    'ru',
    ours('activation role'),
    'администратор',
    'активир|активаци',
    'глобальн[а-я]* администратор|администратор[а-я]* партнер',
  ),
  rule(ROLE, 'zh-CN', ours('activation role'), '激活', '激活', '全局管理员|合作伙伴管理员'),
  rule(ROLE, 'zh-TW', ours('activation role'), '管理員', '啟用|啟動', '全域(系統)?管理員|合作夥伴管理員'),

  // Role names as the localized editions of the article give them; the message itself is ours.
  rule(
    ROLE,
    'cs',
    ours('activation role'),
    'spravce',
    String.raw`\baktiv(ovat|ace|aci|ovani)\b`,
    String.raw`\b(globalni(ho)? spravce|spravce partnera)\b`,
  ),
  rule(
    ROLE,
    'hu',
    ours('activation role'),
    'rendszergazda',
    'aktival',
    '(globalis|partneri|partner) rendszergazda',
  ),
  rule(
    ROLE,
    'id',
    ours('activation role'),
    'admin',
    String.raw`\b(mengaktifkan|aktifkan|aktivasi)\b`,
    String.raw`\badmin(istrator)? (global|mitra)\b`,
  ),
  rule(
    ROLE,
    'nl',
    ours('activation role'),
    'beheerder',
    String.raw`\bactiver(en|ing)\b`,
    '(globale beheerder|partnerbeheerder|partner-beheerder)',
  ),
  rule(
    ROLE,
    'pl',
    ours('activation role'),
    'administrator',
    String.raw`\baktyw(owac|acji|acja|owania)\b`,
    String.raw`\badministrator(a)? (globaln|partnera)`,
  ),
  rule(
    ROLE,
    'sv',
    ours('activation role'),
    'administrat',
    String.raw`\baktiver(a|ing|ingen)\b`,
    '(global administrator|partneradministrator)',
  ),
  rule(
    ROLE,
    'tr',
    ours('activation role'),
    'yonetici',
    'etkinlestir',
    '(genel yonetici|is ortag[iı] yonetici)',
  ),

  // --- "Support plan cannot be used for the specified product" (Services Hub) --------
  rule(
    PRODUCT,
    'en',
    sh('missing-support-plan', 'en-us', 'Services Hub: support plan cannot be used for the product'),
    'be used',
    String.raw`\bsupport plan (cannot|can't|cant|can not|could not|couldn't) be used (for|with) (support of |supporting )?(the )?(specified|selected|this|chosen) products?\b`,
  ),
  rule(
    PRODUCT,
    'de',
    ours('plan not for product'),
    'produkt',
    String.raw`\bsupport(plan|vertrag)\b.{0,12}\bkann nicht\b.{0,30}\b(angegebene|ausgewahlte)n? produkt\b`,
  ),
  rule(
    PRODUCT,
    'fr',
    sh('missing-support-plan', 'fr-fr', 'Services Hub: support plan cannot be used for the product'),
    'produit',
    String.raw`\bplan de support\b.{0,30}\bne peut pas etre utilise\b.{0,40}\bproduit (specifie|selectionne)\b`,
  ),
  rule(
    PRODUCT,
    'es',
    ours('plan not for product'),
    'producto',
    String.raw`\bplan de soporte\b.{0,30}\bno se puede (usar|utilizar)\b.{0,20}\bproducto (especificado|seleccionado)\b`,
  ),
  rule(
    PRODUCT,
    'pt-BR',
    ours('plan not for product'),
    'produto',
    String.raw`\bplano de suporte\b.{0,30}\bnao pode ser (usado|utilizado)\b.{0,20}\bproduto (especificado|selecionado)\b`,
  ),
  rule(
    PRODUCT,
    'it',
    ours('plan not for product'),
    'prodotto',
    String.raw`\bpiano di supporto\b.{0,30}\bnon (puo|e possibile) (essere )?(usato|utilizzato|usare|utilizzare)\b.{0,20}\bprodotto (specificato|selezionato)\b`,
  ),
  rule(
    PRODUCT,
    'ja',
    sh('missing-support-plan', 'ja-jp', 'Services Hub: support plan cannot be used for the product'),
    '製品',
    'サポートプラン.{0,8}指定(された|した)製品.{0,8}(使用|利用)できません',
  ),
  rule(
    PRODUCT,
    'ko',
    ours('plan not for product'),
    '제품에',
    '지원플랜.{0,8}지정(된|한)제품에.{0,6}사용할수없',
  ),
  rule(
    PRODUCT,
    'ru',
    ours('plan not for product'),
    'нельзя',
    'план поддержки.{0,30}нельзя (использовать|применить).{0,20}(указанного|выбранного) продукта',
  ),
  rule(
    PRODUCT,
    'zh-CN',
    sh('partner-incidents-remaining', 'zh-cn', 'Services Hub: support plan cannot be used for the product'),
    '产品',
    '支持计划.{0,4}(不能|无法)(用于|用在)(指定|所选)的?产品',
  ),
  rule(
    PRODUCT,
    'zh-TW',
    ours('plan not for product'),
    '產品',
    '支援方案.{0,4}(不能|無法)(用於|用在)(指定|所選)的?產品',
  ),

  // --- Support plan expired / no incidents left (wording unverified everywhere) -------
  rule(
    EXPIRED,
    'en',
    ours('plan expired or exhausted'),
    'expired|incidents|units|used up|exhausted',
    String.raw`\bsupport (plan|contract)\b.{0,40}\b(has expired|is expired|expired|has no (remaining )?(incidents|units)|has no incidents left|(is|has been) (used up|exhausted))\b`,
  ),
  rule(
    EXPIRED,
    'en',
    ours('plan expired or exhausted'),
    'incidents|units',
    String.raw`\bno (incidents|units) (left|remaining)\b.{0,40}\bsupport (plan|contract)\b`,
  ),
  rule(
    EXPIRED,
    'de',
    ours('plan expired or exhausted'),
    'abgelaufen|keine|aufgebraucht',
    String.raw`\bsupport(plan|vertrag)\b.{0,40}\b(ist abgelaufen|abgelaufen|hat keine (verbleibenden )?(vorfalle|incidents|einheiten)|ist aufgebraucht)\b`,
  ),
  rule(
    EXPIRED,
    'fr',
    ours('plan expired or exhausted'),
    'expire|incidents|epuise',
    String.raw`\bplan de support\b.{0,40}\b(a expire|est expire|n'a plus d'incidents|ne dispose plus d'incidents|est epuise)\b`,
  ),
  rule(
    EXPIRED,
    'es',
    ours('plan expired or exhausted'),
    'expirado|caducado|incidentes|agotado',
    String.raw`\bplan de soporte\b.{0,40}\b(ha expirado|ha caducado|esta caducado|no (le )?quedan incidentes|se ha agotado)\b`,
  ),
  rule(
    EXPIRED,
    'pt-BR',
    ours('plan expired or exhausted'),
    'expir|incidentes|esgot',
    String.raw`\bplano de suporte\b.{0,40}\b(expirou|esta expirado|nao tem (mais )?incidentes|se esgotou|esgotado)\b`,
  ),
  rule(
    EXPIRED,
    'it',
    ours('plan expired or exhausted'),
    'scaduto|incidenti|esaurito',
    String.raw`\bpiano di supporto\b.{0,40}\b(e scaduto|scaduto|non ha (piu )?incidenti|esaurito)\b`,
  ),
  rule(
    EXPIRED,
    'ja',
    ours('plan expired or exhausted'),
    '期限|インシデント',
    'サポートプラン.{0,20}(有効期限が切れ|期限切れ|インシデントが残っていません|残りのインシデントがありません)',
  ),
  rule(
    EXPIRED,
    'ko',
    ours('plan expired or exhausted'),
    '만료|남은인시던트가없',
    '지원플랜.{0,20}(만료되었|만료됨|남은인시던트가없)',
  ),
  rule(
    EXPIRED,
    'ru',
    ours('plan expired or exhausted'),
    'истек|истёк|просрочен|инцидентов|исчерпан',
    'план поддержки.{0,40}(ист[её]к|просрочен|не осталось инцидентов|исчерпан)',
  ),
  rule(
    EXPIRED,
    'zh-CN',
    sh('partner-incidents-remaining', 'zh-cn', 'Services Hub: support plan expired or used up'),
    '已过期|已到期|剩余|用完|已耗',
    '支持计划.{0,12}(已过期|已到期|没有剩余的?事件|事件已用完|已用完|可用次数已耗)',
  ),
  rule(
    EXPIRED,
    'zh-TW',
    ours('plan expired or exhausted'),
    '已過期|已到期|剩餘|用完',
    '支援方案.{0,12}(已過期|已到期|沒有剩餘的?事件|事件已用完|已用完)',
  ),

  // --- Pay per incident needs a personal Microsoft account (wording unverified) -------
  rule(
    PPI,
    'en',
    ours('pay per incident'),
    'per-incident|per incident',
    String.raw`\bpay[- ]per[- ]incident\b`,
    String.raw`\b(personal )?microsoft account\b`,
  ),
  rule(
    PPI,
    'de',
    ours('pay per incident'),
    'incident|vorfall',
    '(pay[- ]per[- ]incident|pro vorfall|einzelvorfall)',
    'microsoft-konto|personliches konto',
  ),
  rule(
    PPI,
    'fr',
    ours('pay per incident'),
    'incident',
    "(pay[- ]per[- ]incident|paiement (a|par) l'incident|paiement par incident)",
    'compte microsoft',
  ),
  rule(
    PPI,
    'es',
    ours('pay per incident'),
    'incident',
    '(pay[- ]per[- ]incident|pago por incidente)',
    'cuenta (personal )?de microsoft|cuenta microsoft',
  ),
  rule(
    PPI,
    'pt-BR',
    ours('pay per incident'),
    'incident',
    '(pay[- ]per[- ]incident|pagamento por incidente)',
    'conta (pessoal )?(da )?microsoft',
  ),
  rule(
    PPI,
    'it',
    ours('pay per incident'),
    'incident',
    '(pay[- ]per[- ]incident|pagamento per (singolo )?incidente)',
    'account microsoft',
  ),
  rule(
    PPI,
    'ja',
    ours('pay per incident'),
    'インシデント',
    'インシデント(ごと|単位)の?(支払い|課金|購入)',
    'microsoftアカウント|個人用アカウント',
  ),
  rule(
    PPI,
    'ko',
    ours('pay per incident'),
    '인시던트',
    '인시던트(당|별)(결제|지불|요금|구매)',
    'microsoft계정|개인계정',
  ),
  rule(
    PPI,
    'ru',
    ours('pay per incident'),
    'инцидент',
    'оплат[а-я]* за (каждый )?инцидент',
    'уч[её]тн[а-я]* запис[а-я]* (microsoft|майкрософт)',
  ),
  rule(
    PPI,
    'zh-CN',
    ours('pay per incident'),
    '按事件',
    '按事件(付费|计费|支付|购买)',
    'microsoft(帐户|账户)|个人(帐户|账户)',
  ),
  rule(
    PPI,
    'zh-TW',
    ours('pay per incident'),
    '事件',
    '(按|每)(次)?事件(付費|計費|支付|購買)',
    'microsoft(帳戶|帳號)|個人(帳戶|帳號)',
  ),
];
