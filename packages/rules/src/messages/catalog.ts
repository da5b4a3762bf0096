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
   * The index of the classifier (phrase-index.ts): a literal every match contains, in folded form
   * (compact for CJK/Hangul); `a|b` lists alternatives, one of which every match contains. Pick
   * the rarest word of the message: a common key makes every page sentence a candidate.
   */
  key: string;
  /** Every pattern must match, all within ONE sentence of the text. */
  all: RegExp[];
  /** Regex sources (case-insensitive) one of which occurs in the raw text of every match. */
  anchors: string[];
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
    provenance: { source: 'seed', section: 'view and activate: step 1 note', confidence: 'documented' },
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

export const COMPACT_LOCALES: ReadonlySet<MessageLocale> = new Set(['ja', 'ko', 'zh-CN', 'zh-TW']);

const doc = (source: Provenance['source'], section: string): Provenance => ({
  source,
  section,
  confidence: 'documented' as Confidence,
});
const guess = (section: string): Provenance => ({ source: 'D26', section, confidence: 'unverified' });
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
  anchors: string[],
  ...patterns: string[]
): PhraseRule {
  return {
    id,
    locale,
    key,
    anchors,
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

const azureDocs = doc('AZ25', 'Azure portal error (localized docs)');

export const PHRASES: readonly PhraseRule[] = [
  // --- "This access ID is already associated with an account" -------------------------
  // The subject, the copula and "already … associated" form ONE clause: nothing but auxiliaries
  // stands between them, so a form label ("Access ID") before an unrelated notice ("The
  // subscription is already associated with …") never reads as this message. Languages that
  // drop the subject or the copula (es, pt, it, ru, zh) also need the account in that sentence.
  rule(
    ACCESS,
    'en',
    doc('AZ25', 'Azure portal error'),
    'access',
    [String.raw`\bid\b`, 'accessid'],
    String.raw`\baccess ?id (is|was|has|had|has been|had been) already (been )?(associated|linked|assigned|registered|in use|bound)\b`,
  ),
  rule(
    ACCESS,
    'en',
    doc('seed', 'Azure portal error, second sentence'),
    'new access',
    [String.raw`\bid\b`, 'accessid'],
    String.raw`\btechnical account manager\b.{0,30}\b(obtain|get|request|receive|for)\b.{0,12}\bnew access ?id\b`,
  ),
  rule(
    ACCESS,
    'de',
    azureDocs,
    'zugriffs',
    [String.raw`\bid\b`, 'zugriffskennung'],
    String.raw`\bzugriffs[- ]?(id|kennung) (ist|wurde) (bereits|schon) ([^ ]+ ){0,4}(zugeordnet|zugewiesen|verknupft|verbunden|registriert)\b`,
  ),
  rule(
    ACCESS,
    'de',
    azureDocs,
    'zugriffs',
    [String.raw`\bid\b`, 'zugriffskennung'],
    String.raw`manager\b.{0,30}\bneuen? zugriffs[- ]?(id|kennung)\b`,
  ),
  rule(
    ACCESS,
    'fr',
    azureDocs,
    "d'acces",
    [String.raw`\bid\b`, 'identifiant', 'identificateur'],
    String.raw`\b(id|identifiant|identificateur) d'acces (est|a ete|a deja ete) (deja )?(associe|lie|attribue|utilise)`,
  ),
  rule(
    ACCESS,
    'fr',
    azureDocs,
    "d'acces",
    [String.raw`\bid\b`, 'identifiant', 'identificateur'],
    String.raw`((responsable|gestionnaire) (technique )?de compte|technical account manager)\b.{0,40}\bnouvel (id|identifiant|identificateur) d'acces\b`,
  ),
  rule(
    ACCESS,
    'es',
    azureDocs,
    'de acceso',
    [String.raw`\bid\b`, 'identificador'],
    String.raw`\b(identificador|id) de acceso ya (esta|estaba|ha sido|se ha|se encuentra) (asociad|vinculad|asignad)[oa]\b`,
    String.raw`\bcuentas?\b`,
  ),
  rule(
    ACCESS,
    'es',
    azureDocs,
    'de acceso',
    [String.raw`\bid\b`, 'identificador'],
    String.raw`((administrador|gerente|responsable|director) tecnico de cuentas?|technical account manager)\b.{0,40}\bnuevo (identificador|id) de acceso\b`,
  ),
  rule(
    ACCESS,
    'pt-BR',
    azureDocs,
    'de acesso',
    [String.raw`\bid\b`, 'identificador'],
    String.raw`\b(id|identificador) de acesso ja (esta|estava|foi) (associad|vinculad)[oa]\b`,
    String.raw`\bcontas?\b`,
  ),
  rule(
    ACCESS,
    'pt-BR',
    azureDocs,
    'de acesso',
    [String.raw`\bid\b`, 'identificador'],
    String.raw`(gerente (de conta tecnica|tecnico de conta)|technical account manager)\b.{0,40}\bnov[oa] (id|identificador) de acesso\b`,
  ),
  rule(
    ACCESS,
    'it',
    azureDocs,
    'di accesso',
    [String.raw`\bid\b`],
    String.raw`\bid di accesso (e|risulta) (gia (stato )?|stato gia )(associato|collegato|assegnato)\b`,
    String.raw`\baccount\b`,
  ),
  rule(
    ACCESS,
    'it',
    azureDocs,
    'di accesso',
    [String.raw`\bid\b`],
    String.raw`(technical account manager|responsabile tecnico|account manager tecnico)\b.{0,40}\bnuovo id di accesso\b`,
  ),
  rule(
    ACCESS,
    'ja',
    azureDocs,
    'アクセスid',
    ['アクセス'],
    'アクセスid(は|が)(既に|すでに).{0,20}(関連付け|関連づけ|紐付け|紐づけ|リンクされ|登録され)',
  ),
  rule(
    ACCESS,
    'ja',
    azureDocs,
    'アクセスid',
    ['アクセス'],
    '新しいアクセスid.{0,20}(technicalaccountmanager|テクニカルアカウントマネージャー|技術担当)|(technicalaccountmanager|テクニカルアカウントマネージャー|技術担当).{0,20}新しいアクセスid',
  ),
  rule(
    ACCESS,
    'ko',
    azureDocs,
    '액세스id',
    ['액세스'],
    '액세스id(는|가)이미.{0,20}(연결|연관|연동|등록)',
  ),
  rule(
    ACCESS,
    'ko',
    azureDocs,
    '액세스id',
    ['액세스'],
    '새(로운)?액세스id.{0,20}(기술계정관리자|technicalaccountmanager|기술담당자)|(기술계정관리자|technicalaccountmanager|기술담당자).{0,20}새(로운)?액세스id',
  ),
  rule(
    ACCESS,
    'ru',
    azureDocs,
    'идентификатор',
    ['идентификатор'],
    'идентификатор доступа уже (был )?(связан|привязан|сопоставлен|ассоциирован|используется)',
    'уч[её]тн[а-я]* запис|аккаунт',
  ),
  rule(
    ACCESS,
    'ru',
    azureDocs,
    'идентификатор',
    ['идентификатор'],
    'нов(ого|ый) идентификатора? доступа.{0,40}менеджер|менеджер.{0,60}нов(ого|ый) идентификатора? доступа',
  ),
  rule(
    ACCESS,
    'zh-CN',
    doc('seed', 'Azure portal error'),
    '访问',
    ['访问'],
    '访问(id|标识)已.{0,12}(关联|绑定|链接|连接)',
    '帐户|账户|帐号|账号',
  ),
  rule(
    ACCESS,
    'zh-CN',
    doc('seed', 'Azure portal error, second sentence'),
    '访问',
    ['访问'],
    '(技术客户经理|技术帐户经理|技术账户经理|客户经理).{0,16}新的?访问(id|标识)|新的?访问(id|标识).{0,16}(技术客户经理|技术帐户经理|技术账户经理|客户经理)',
  ),
  rule(
    ACCESS,
    'zh-TW',
    ours('Azure portal error'),
    '存取',
    ['存取'],
    '存取(識別碼|id)已.{0,12}(關聯|連結|綁定|連接)',
    '帳戶|帳號|帐户|账户',
  ),
  rule(
    ACCESS,
    'zh-TW',
    ours('Azure portal error, second sentence'),
    '存取',
    ['存取'],
    '(技術客戶經理|技術帳戶經理|客戶經理).{0,16}新的?存取(識別碼|id)|新的?存取(識別碼|id).{0,16}(技術客戶經理|技術帳戶經理|客戶經理)',
  ),

  // --- "You don't have permission to do this" (CSP-only account) ----------------------
  rule(
    CSP,
    'en',
    doc('seed', 'view and activate: step 1 note'),
    'permission',
    ['permission'],
    String.raw`\byou (do not|don't|dont) have (the )?permissions? to do (this|that)\b`,
  ),
  rule(
    CSP,
    'en',
    doc('S23', 'messages'),
    'authori',
    ['authori'],
    String.raw`\b(you are|you're|youre) not authori[sz]ed (for|to perform|to take) this action\b`,
  ),
  rule(
    CSP,
    'en',
    guess('messages: program-associated account'),
    'associated account',
    [String.raw`associated\s+account`],
    String.raw`\b(must|need to) (have|use|sign in with) an? (mpn|program|programme|partner program|partner network)[- ]associated account\b`,
  ),
  rule(
    CSP,
    'de',
    ours('CSP-only account'),
    'berechtigung',
    ['berechtigung'],
    String.raw`\bsie (haben|verfugen uber) keine berechtigung\b.{0,12}\b(dies|das|diese aktion|diesen vorgang)\b`,
  ),
  rule(
    CSP,
    'de',
    ours('CSP-only account'),
    'diese aktion',
    ['autorisiert', 'berechtigt'],
    String.raw`\bsie sind (fur diese aktion nicht|nicht fur diese aktion) (autorisiert|berechtigt)\b`,
  ),
  rule(
    CSP,
    'fr',
    ours('CSP-only account'),
    "n'avez pas",
    ['autoris', 'permission'],
    String.raw`\bvous n'avez pas (l'autorisation|la permission) (de faire|d'effectuer) (cela|ceci|ca|cette action)\b`,
  ),
  rule(
    CSP,
    'fr',
    ours('CSP-only account'),
    'autorise',
    ['autoris'],
    String.raw`\bvous n'etes pas autorise\(?e?\)? a (effectuer|realiser) cette action\b`,
  ),
  rule(
    CSP,
    'es',
    ours('CSP-only account'),
    'permiso para',
    ['permiso'],
    String.raw`\bno tienes? permiso para (hacer|realizar) (esto|eso|esta accion)\b`,
  ),
  rule(
    CSP,
    'es',
    ours('CSP-only account'),
    'autorizad',
    ['autoriz'],
    String.raw`\bno (esta|estas) autorizad[oa] para (realizar )?esta accion\b`,
  ),
  rule(
    CSP,
    'pt-BR',
    ours('CSP-only account'),
    'permissao',
    ['permiss'],
    String.raw`\b(voce )?nao tem permissao para (fazer|executar|realizar) (isso|isto|esta acao)\b`,
  ),
  rule(
    CSP,
    'pt-BR',
    ours('CSP-only account'),
    'autorizad',
    ['autoriz'],
    String.raw`\b(voce )?nao esta autorizad[oa] a (realizar|executar) esta acao\b`,
  ),
  rule(
    CSP,
    'it',
    ours('CSP-only account'),
    'autorizz',
    ['autorizz'],
    String.raw`\bnon (hai|disponi|si dispone) (l'|dell'|della )?autorizzazione (per|a) (eseguire|fare) (questa operazione|questa azione|cio|questo)\b`,
  ),
  rule(
    CSP,
    'it',
    ours('CSP-only account'),
    'autorizzat',
    ['autorizz'],
    String.raw`\bnon (sei|e) autorizzat[oa] (a eseguire|per) questa azione\b`,
  ),
  rule(
    CSP,
    'ja',
    ours('CSP-only account'),
    'この操作',
    ['権限', '許可'],
    'この操作を(行う|実行する)(ためのアクセス許可|アクセス許可|権限)がありません',
  ),
  rule(CSP, 'ko', ours('CSP-only account'), '권한', ['권한'], '이작업(을수행할|에대한)권한이없습니다'),
  rule(
    CSP,
    'ru',
    ours('CSP-only account'),
    'у вас нет',
    ['разрешени', 'прав'],
    'у вас нет (разрешения|прав|права) (на это действие|на выполнение этого действия|для выполнения этого действия|на это(?![а-я]))',
  ),
  rule(
    CSP,
    'ru',
    ours('CSP-only account'),
    'этого действия',
    ['авториз', 'уполномоч'],
    'вы не (авторизованы|уполномочены) (для выполнения|на выполнение) этого действия',
  ),
  rule(
    CSP,
    'zh-CN',
    doc('seed', 'view and activate: step 1 note'),
    '执行此操作',
    ['无权', '权限', '关联的'],
    '(无权|没有权限)执行此操作',
  ),
  rule(
    CSP,
    'zh-CN',
    ours('CSP-only account'),
    '执行此操作',
    ['无权', '权限', '关联的'],
    '没有执行此操作的权限',
  ),
  rule(
    CSP,
    'zh-CN',
    doc('seed', 'view and activate: step 1 note'),
    '关联的帐户',
    ['无权', '权限', '关联的'],
    '必须(具有|使用)与(mpn|合作伙伴计划|计划)关联的帐户',
  ),
  rule(
    CSP,
    'zh-TW',
    ours('CSP-only account'),
    '執行此',
    ['無權', '權限'],
    '(無權|沒有權限)執行此(動作|操作)',
  ),
  rule(CSP, 'zh-TW', ours('CSP-only account'), '的權限', ['無權', '權限'], '沒有執行此(動作|操作)的權限'),

  // --- "Looks like you don't have any benefits yet" ----------------------------------
  rule(
    NOBEN,
    'en',
    doc('seed', 'view and activate: step 2 note'),
    'yet',
    [String.raw`\byet\b`],
    String.raw`\b(you|your (company|organization|account)) (do not|don't|dont|does not|doesn't|doesnt) have any benefits yet\b`,
  ),
  rule(
    NOBEN,
    'en',
    doc('seed', 'view and activate: step 2 note'),
    'yet',
    [String.raw`\byet\b`],
    String.raw`\bhave no benefits yet\b`,
  ),
  rule(
    NOBEN,
    'de',
    ours('no benefits yet'),
    'noch keine',
    ['keine'],
    String.raw`\b(sie haben|haben sie) noch keine (vorteile|leistungen)\b`,
  ),
  rule(
    NOBEN,
    'fr',
    ours('no benefits yet'),
    'avantage',
    ['avantage'],
    String.raw`\bvous n'(avez|ayez) (pas encore d'avantages?|encore aucun avantage)\b`,
  ),
  rule(
    NOBEN,
    'es',
    ours('no benefits yet'),
    'beneficio',
    ['benefici'],
    String.raw`\b(aun|todavia) no (tiene|tienes|dispone de) (ningun )?beneficios?\b`,
  ),
  rule(
    NOBEN,
    'pt-BR',
    ours('no benefits yet'),
    'beneficio',
    ['benef[ií]cio'],
    String.raw`\bainda nao (tem|possui) (nenhum )?beneficios?\b`,
  ),
  rule(
    NOBEN,
    'it',
    ours('no benefits yet'),
    'ancora',
    ['vantagg', 'benefic'],
    String.raw`\bnon (hai|abbia|avete|abbiate) ancora (alcun )?(vantaggio|vantaggi|beneficio|benefici)\b`,
  ),
  rule(
    NOBEN,
    'ja',
    ours('no benefits yet'),
    '特典',
    ['特典', '権利'],
    'まだ(特典|権利)(が|は)(ない|ありません)',
  ),
  rule(NOBEN, 'ko', ours('no benefits yet'), '혜택', ['혜택'], '아직(아무)?혜택이없'),
  rule(
    NOBEN,
    'ru',
    ours('no benefits yet'),
    'у вас',
    ['преимуществ', 'льгот'],
    'у вас (пока|ещ[её]) нет (никаких )?(преимуществ|льгот)',
  ),
  rule(NOBEN, 'zh-CN', doc('seed', 'view and activate: step 2 note'), '权益', ['权益'], '还没有(任何)?权益'),
  rule(NOBEN, 'zh-TW', ours('no benefits yet'), '權益', ['權益'], '(還|尚)沒有(任何)?權益'),

  // --- Activation refused: role missing (no source quotes the wording) ---------------
  rule(
    ROLE,
    'en',
    ours('activation role'),
    'activat',
    ['activat'],
    String.raw`\bactivat(e|es|ed|ing|ion)\b`,
    String.raw`\b(global admin(istrator)?|(mpn |program |programme )?partner admin(istrator)?)\b`,
    String.raw`\b(role|only|must|need|needs|required|requires|permission)\b`,
  ),
  rule(
    ROLE,
    'de',
    ours('activation role'),
    'aktivier',
    ['aktivier'],
    'aktivier',
    '(globale[rn]? administrator|partneradministrator|partner-administrator)',
  ),
  rule(
    ROLE,
    'fr',
    ours('activation role'),
    'administrateur',
    ['activ(er|ation)'],
    String.raw`\bactiv(er|ation)\b`,
    'administrateur (general|global|(du |de )?partenaires?)',
  ),
  rule(
    ROLE,
    'es',
    ours('activation role'),
    'administrador',
    ['activ(ar|aci)'],
    String.raw`\bactiv(ar|acion)\b`,
    'administrador (global|de(l)? (partner|asociados?|socios?))',
  ),
  rule(
    ROLE,
    'pt-BR',
    ours('activation role'),
    'administrador',
    ['ativ(ar|a[çc])'],
    String.raw`\bativ(ar|acao)\b`,
    'administrador (global|de parceiros?)',
  ),
  rule(
    ROLE,
    'it',
    ours('activation role'),
    'amministratore',
    ['attiva(re|zion)'],
    String.raw`\battiva(re|zione)\b`,
    'amministratore (globale|partner|dei partner)',
  ),
  rule(
    ROLE,
    'ja',
    ours('activation role'),
    '管理者',
    ['有効化', 'アクティブ化'],
    '有効化|アクティブ化',
    'グローバル管理者|パートナー管理者',
  ),
  rule(
    ROLE,
    'ko',
    ours('activation role'),
    '활성화',
    ['활성화'],
    '활성화',
    '전역관리자|글로벌관리자|파트너관리자',
  ),
  rule(
    ROLE,
    'ru',
    ours('activation role'),
    'администратор',
    ['активир', 'активаци'],
    'активир|активаци',
    'глобальн[а-я]* администратор|администратор[а-я]* партнер',
  ),
  rule(ROLE, 'zh-CN', ours('activation role'), '激活', ['激活'], '激活', '全局管理员|合作伙伴管理员'),
  rule(
    ROLE,
    'zh-TW',
    ours('activation role'),
    '管理員',
    ['啟用', '啟動'],
    '啟用|啟動',
    '全域(系統)?管理員|合作夥伴管理員',
  ),

  // --- "Support plan cannot be used for the specified product" (Services Hub) --------
  rule(
    PRODUCT,
    'en',
    doc('SH25', 'Services Hub messages'),
    'be used',
    [String.raw`support\s+plan[^.!?。]{0,200}product`],
    String.raw`\bsupport plan (cannot|can't|cant|can not|could not|couldn't) be used (for|with) (the )?(specified|selected|this|chosen) product\b`,
  ),
  rule(
    PRODUCT,
    'de',
    ours('plan not for product'),
    'produkt',
    ['support(plan|vertrag)[^.!?。]{0,200}produkt'],
    String.raw`\bsupport(plan|vertrag)\b.{0,12}\bkann nicht\b.{0,30}\b(angegebene|ausgewahlte)n? produkt\b`,
  ),
  rule(
    PRODUCT,
    'fr',
    ours('plan not for product'),
    'produit',
    [String.raw`plan\s+de\s+support[^.!?。]{0,200}produit`],
    String.raw`\bplan de support\b.{0,30}\bne peut pas etre utilise\b.{0,20}\bproduit (specifie|selectionne)\b`,
  ),
  rule(
    PRODUCT,
    'es',
    ours('plan not for product'),
    'producto',
    [String.raw`plan\s+de\s+soporte[^.!?。]{0,200}producto`],
    String.raw`\bplan de soporte\b.{0,30}\bno se puede (usar|utilizar)\b.{0,20}\bproducto (especificado|seleccionado)\b`,
  ),
  rule(
    PRODUCT,
    'pt-BR',
    ours('plan not for product'),
    'produto',
    [String.raw`plano\s+de\s+suporte[^.!?。]{0,200}produto`],
    String.raw`\bplano de suporte\b.{0,30}\bnao pode ser (usado|utilizado)\b.{0,20}\bproduto (especificado|selecionado)\b`,
  ),
  rule(
    PRODUCT,
    'it',
    ours('plan not for product'),
    'prodotto',
    [String.raw`piano\s+di\s+supporto[^.!?。]{0,200}prodott`],
    String.raw`\bpiano di supporto\b.{0,30}\bnon (puo|e possibile) (essere )?(usato|utilizzato|usare|utilizzare)\b.{0,20}\bprodotto (specificato|selezionato)\b`,
  ),
  rule(
    PRODUCT,
    'ja',
    ours('plan not for product'),
    'サポートプラン',
    ['サポートプラン'],
    'サポートプラン.{0,8}指定(された|した)製品.{0,8}(使用|利用)できません',
  ),
  rule(
    PRODUCT,
    'ko',
    ours('plan not for product'),
    '지원플랜',
    ['지원플랜'],
    '지원플랜.{0,8}지정(된|한)제품에.{0,6}사용할수없',
  ),
  rule(
    PRODUCT,
    'ru',
    ours('plan not for product'),
    'нельзя',
    [String.raw`план\s+поддержки[^.!?。]{0,200}продукт`],
    'план поддержки.{0,30}нельзя (использовать|применить).{0,20}(указанного|выбранного) продукта',
  ),
  rule(
    PRODUCT,
    'zh-CN',
    ours('plan not for product'),
    '支持计划',
    ['支持计划'],
    '支持计划.{0,4}(不能|无法)(用于|用在)(指定|所选)的?产品',
  ),
  rule(
    PRODUCT,
    'zh-TW',
    ours('plan not for product'),
    '支援方案',
    ['支援方案'],
    '支援方案.{0,4}(不能|無法)(用於|用在)(指定|所選)的?產品',
  ),

  // --- Support plan expired / no incidents left (wording unverified everywhere) -------
  rule(
    EXPIRED,
    'en',
    ours('plan expired or exhausted'),
    'expired|incidents|units|used up|exhausted',
    [
      String.raw`support\s+(plan|contract)[^.!?。]{0,200}(expir|incident|unit|used|exhaust)`,
      String.raw`no\s+(incidents|units)`,
    ],
    String.raw`\bsupport (plan|contract)\b.{0,40}\b(has expired|is expired|expired|has no (remaining )?(incidents|units)|has no incidents left|(is|has been) (used up|exhausted))\b`,
  ),
  rule(
    EXPIRED,
    'en',
    ours('plan expired or exhausted'),
    'incidents|units',
    [
      String.raw`support\s+(plan|contract)[^.!?。]{0,200}(expir|incident|unit|used|exhaust)`,
      String.raw`no\s+(incidents|units)`,
    ],
    String.raw`\bno (incidents|units) (left|remaining)\b.{0,40}\bsupport (plan|contract)\b`,
  ),
  rule(
    EXPIRED,
    'de',
    ours('plan expired or exhausted'),
    'abgelaufen|keine|aufgebraucht',
    ['support(plan|vertrag)[^.!?。]{0,200}(abgelaufen|keine|aufgebraucht)'],
    String.raw`\bsupport(plan|vertrag)\b.{0,40}\b(ist abgelaufen|abgelaufen|hat keine (verbleibenden )?(vorfalle|incidents|einheiten)|ist aufgebraucht)\b`,
  ),
  rule(
    EXPIRED,
    'fr',
    ours('plan expired or exhausted'),
    'expire|incidents|epuise',
    [String.raw`plan\s+de\s+support[^.!?。]{0,200}(expir|incident|puis)`],
    String.raw`\bplan de support\b.{0,40}\b(a expire|est expire|n'a plus d'incidents|ne dispose plus d'incidents|est epuise)\b`,
  ),
  rule(
    EXPIRED,
    'es',
    ours('plan expired or exhausted'),
    'expirado|caducado|incidentes|agotado',
    [String.raw`plan\s+de\s+soporte[^.!?。]{0,200}(expir|caduc|incidente|agot)`],
    String.raw`\bplan de soporte\b.{0,40}\b(ha expirado|ha caducado|esta caducado|no (le )?quedan incidentes|se ha agotado)\b`,
  ),
  rule(
    EXPIRED,
    'pt-BR',
    ours('plan expired or exhausted'),
    'expir|incidentes|esgot',
    [String.raw`plano\s+de\s+suporte[^.!?。]{0,200}(expir|incidente|esgot)`],
    String.raw`\bplano de suporte\b.{0,40}\b(expirou|esta expirado|nao tem (mais )?incidentes|se esgotou|esgotado)\b`,
  ),
  rule(
    EXPIRED,
    'it',
    ours('plan expired or exhausted'),
    'scaduto|incidenti|esaurito',
    [String.raw`piano\s+di\s+supporto[^.!?。]{0,200}(scadut|incident|esaurit)`],
    String.raw`\bpiano di supporto\b.{0,40}\b(e scaduto|scaduto|non ha (piu )?incidenti|esaurito)\b`,
  ),
  rule(
    EXPIRED,
    'ja',
    ours('plan expired or exhausted'),
    'サポートプラン',
    ['サポートプラン'],
    'サポートプラン.{0,20}(有効期限が切れ|期限切れ|インシデントが残っていません|残りのインシデントがありません)',
  ),
  rule(
    EXPIRED,
    'ko',
    ours('plan expired or exhausted'),
    '지원플랜',
    ['지원플랜'],
    '지원플랜.{0,20}(만료되었|만료됨|남은인시던트가없)',
  ),
  rule(
    EXPIRED,
    'ru',
    ours('plan expired or exhausted'),
    'истек|истёк|просрочен|инцидентов|исчерпан',
    [String.raw`план\s+поддержки[^.!?。]{0,200}(ист[её]к|просроч|инцидент|исчерпан)`],
    'план поддержки.{0,40}(ист[её]к|просрочен|не осталось инцидентов|исчерпан)',
  ),
  rule(
    EXPIRED,
    'zh-CN',
    ours('plan expired or exhausted'),
    '支持计划',
    ['支持计划'],
    '支持计划.{0,12}(已过期|已到期|没有剩余的?事件|事件已用完|已用完)',
  ),
  rule(
    EXPIRED,
    'zh-TW',
    ours('plan expired or exhausted'),
    '支援方案',
    ['支援方案'],
    '支援方案.{0,12}(已過期|已到期|沒有剩餘的?事件|事件已用完|已用完)',
  ),

  // --- Pay per incident needs a personal Microsoft account (wording unverified) -------
  rule(
    PPI,
    'en',
    ours('pay per incident'),
    'per-incident|per incident',
    [String.raw`pay[\s-]+per[\s-]+incident`],
    String.raw`\bpay[- ]per[- ]incident\b`,
    String.raw`\b(personal )?microsoft account\b`,
  ),
  rule(
    PPI,
    'de',
    ours('pay per incident'),
    'incident|vorfall',
    [String.raw`pay[\s-]+per[\s-]+incident`, String.raw`pro\s+vorfall`, 'einzelvorfall'],
    '(pay[- ]per[- ]incident|pro vorfall|einzelvorfall)',
    'microsoft-konto|personliches konto',
  ),
  rule(
    PPI,
    'fr',
    ours('pay per incident'),
    'incident',
    [String.raw`pay[\s-]+per[\s-]+incident`, 'paiement'],
    "(pay[- ]per[- ]incident|paiement (a|par) l'incident|paiement par incident)",
    'compte microsoft',
  ),
  rule(
    PPI,
    'es',
    ours('pay per incident'),
    'incident',
    [String.raw`pay[\s-]+per[\s-]+incident`, String.raw`pago\s+por`],
    '(pay[- ]per[- ]incident|pago por incidente)',
    'cuenta (personal )?de microsoft|cuenta microsoft',
  ),
  rule(
    PPI,
    'pt-BR',
    ours('pay per incident'),
    'incident',
    [String.raw`pay[\s-]+per[\s-]+incident`, String.raw`pagamento\s+por`],
    '(pay[- ]per[- ]incident|pagamento por incidente)',
    'conta (pessoal )?(da )?microsoft',
  ),
  rule(
    PPI,
    'it',
    ours('pay per incident'),
    'incident',
    [String.raw`pay[\s-]+per[\s-]+incident`, String.raw`pagamento\s+per`],
    '(pay[- ]per[- ]incident|pagamento per (singolo )?incidente)',
    'account microsoft',
  ),
  rule(
    PPI,
    'ja',
    ours('pay per incident'),
    'インシデント',
    ['インシデント'],
    'インシデント(ごと|単位)の?(支払い|課金|購入)',
    'microsoftアカウント|個人用アカウント',
  ),
  rule(
    PPI,
    'ko',
    ours('pay per incident'),
    '인시던트',
    ['인시던트'],
    '인시던트(당|별)(결제|지불|요금|구매)',
    'microsoft계정|개인계정',
  ),
  rule(
    PPI,
    'ru',
    ours('pay per incident'),
    'инцидент',
    ['оплат'],
    'оплат[а-я]* за (каждый )?инцидент',
    'уч[её]тн[а-я]* запис[а-я]* (microsoft|майкрософт)',
  ),
  rule(
    PPI,
    'zh-CN',
    ours('pay per incident'),
    '按事件',
    ['按事件'],
    '按事件(付费|计费|支付|购买)',
    'microsoft(帐户|账户)|个人(帐户|账户)',
  ),
  rule(
    PPI,
    'zh-TW',
    ours('pay per incident'),
    '事件',
    ['按事件', '每次事件', '每事件'],
    '(按|每)(次)?事件(付費|計費|支付|購買)',
    'microsoft(帳戶|帳號)|個人(帳戶|帳號)',
  ),
];
