import type { MessageLocale } from '../../src/types.js';

/**
 * Unrelated "already associated / linked" notices a portal may show in the same blade as the
 * Link form, in every Azure portal language. None may ever classify as the ignorable error —
 * alone, beside the form's "Access ID" label, or under the mutation tests. Every text here is
 * our own rendering of the kind of notice the Azure portal shows (provenance below), written
 * the way Microsoft's localized portals phrase such notices.
 */
export type NoticeKind = 'subscription-management-group' | 'email-account' | 'tenant-billing-account';

export interface Notice {
  locale: MessageLocale;
  kind: NoticeKind;
  text: string;
  provenance: 'own rendering';
}

type Three = readonly [subscription: string, email: string, tenant: string];

const BY_LOCALE: Readonly<Record<MessageLocale, Three>> = {
  en: [
    'The subscription is already associated with a management group.',
    'This email address is already associated with an account.',
    'This tenant is already linked to a billing account.',
  ],
  cs: [
    'Předplatné je již přidruženo ke skupině pro správu.',
    'Tato e-mailová adresa je již přidružena k účtu.',
    'Tento tenant je již propojen s fakturačním účtem.',
  ],
  de: [
    'Das Abonnement ist bereits einer Verwaltungsgruppe zugeordnet.',
    'Diese E-Mail-Adresse ist bereits einem Konto zugeordnet.',
    'Dieser Mandant ist bereits mit einem Abrechnungskonto verknüpft.',
  ],
  es: [
    'La suscripción ya está asociada a un grupo de administración.',
    'Esta dirección de correo electrónico ya está asociada a una cuenta.',
    'Este inquilino ya está vinculado a una cuenta de facturación.',
  ],
  fr: [
    "L'abonnement est déjà associé à un groupe d'administration.",
    'Cette adresse e-mail est déjà associée à un compte.',
    'Ce locataire est déjà lié à un compte de facturation.',
  ],
  hu: [
    'Az előfizetés már társítva van egy felügyeleti csoporthoz.',
    'Ez az e-mail-cím már társítva van egy fiókhoz.',
    'Ez a bérlő már össze van kapcsolva egy számlázási fiókkal.',
  ],
  id: [
    'Langganan sudah dikaitkan dengan grup manajemen.',
    'Alamat email ini sudah dikaitkan dengan akun.',
    'Penyewa ini sudah ditautkan ke akun penagihan.',
  ],
  it: [
    'La sottoscrizione è già associata a un gruppo di gestione.',
    'Questo indirizzo di posta elettronica è già associato a un account.',
    'Questo tenant è già collegato a un account di fatturazione.',
  ],
  ja: [
    'このサブスクリプションは既に管理グループに関連付けられています。',
    'このメール アドレスは既にアカウントに関連付けられています。',
    'このテナントは既に課金アカウントにリンクされています。',
  ],
  ko: [
    '구독이 이미 관리 그룹에 연결되어 있습니다.',
    '이 전자 메일 주소는 이미 계정에 연결되어 있습니다.',
    '이 테넌트는 이미 청구 계정에 연결되어 있습니다.',
  ],
  nl: [
    'Het abonnement is al gekoppeld aan een beheergroep.',
    'Dit e-mailadres is al gekoppeld aan een account.',
    'Deze tenant is al gekoppeld aan een factureringsaccount.',
  ],
  pl: [
    'Subskrypcja jest już skojarzona z grupą zarządzania.',
    'Ten adres e-mail jest już skojarzony z kontem.',
    'Ta dzierżawa jest już połączona z kontem rozliczeniowym.',
  ],
  'pt-BR': [
    'A assinatura já está associada a um grupo de gerenciamento.',
    'Este endereço de email já está associado a uma conta.',
    'Este locatário já está vinculado a uma conta de cobrança.',
  ],
  'pt-PT': [
    'A subscrição já está associada a um grupo de gestão.',
    'Este endereço de e-mail já está associado a uma conta.',
    'Este inquilino já está ligado a uma conta de faturação.',
  ],
  ru: [
    'Подписка уже связана с группой управления.',
    'Этот адрес электронной почты уже связан с учетной записью.',
    'Этот клиент уже привязан к учетной записи выставления счетов.',
  ],
  sv: [
    'Prenumerationen är redan associerad med en hanteringsgrupp.',
    'Den här e-postadressen är redan associerad med ett konto.',
    'Den här klientorganisationen är redan länkad till ett faktureringskonto.',
  ],
  tr: [
    'Abonelik zaten bir yönetim grubuyla ilişkilendirilmiş.',
    'Bu e-posta adresi zaten bir hesapla ilişkilendirilmiş.',
    'Bu kiracı zaten bir faturalama hesabına bağlı.',
  ],
  'zh-CN': ['此订阅已与管理组关联。', '此电子邮件地址已与某个帐户关联。', '此租户已链接到计费帐户。'],
  'zh-TW': [
    '此訂用帳戶已與管理群組建立關聯。',
    '此電子郵件地址已與帳戶建立關聯。',
    '此租用戶已連結至計費帳戶。',
  ],
};

const KINDS: readonly NoticeKind[] = [
  'subscription-management-group',
  'email-account',
  'tenant-billing-account',
];

export const UNRELATED_NOTICES: readonly Notice[] = Object.entries(BY_LOCALE).flatMap(([locale, texts]) =>
  texts.map((text, i) => ({
    locale: locale as MessageLocale,
    kind: KINDS[i]!,
    text,
    provenance: 'own rendering' as const,
  })),
);

/**
 * Notices without a subject, as status lines and toasts show them. Glued straight after the
 * "Access ID" label some of these read as the error itself ("访问 ID" + "已关联到帐户"), which
 * is why page blocks are kept apart with SEGMENT_BREAK: tested alone and across a break.
 */
export const SUBJECTLESS_NOTICES: Readonly<Partial<Record<MessageLocale, readonly string[]>>> = {
  en: ['Already associated with a management group.', 'Already linked to a billing account'],
  de: ['Bereits einer Verwaltungsgruppe zugeordnet.', 'Ist bereits mit einem Konto verknüpft.'],
  es: ['Ya está asociada a un grupo de administración.', 'Ya está vinculado a una cuenta de facturación.'],
  fr: ["Déjà associé à un groupe d'administration.", 'Est déjà lié à un compte de facturation.'],
  it: ['È già associato a un account di fatturazione.', 'Già collegato a un gruppo di gestione.'],
  'pt-BR': ['Já está associada a um grupo de gerenciamento.', 'Já vinculado a uma conta de cobrança.'],
  ja: ['既に管理グループに関連付けられています。', 'すでにアカウントに関連付けられています'],
  ko: ['이미 관리 그룹에 연결되어 있습니다.', '이미 계정에 연결되어 있습니다'],
  ru: ['Уже связана с группой управления.', 'уже связан с учетной записью'],
  'zh-CN': ['已与管理组关联。', '已关联到帐户', '已与某个帐户关联的订阅'],
  'zh-TW': ['已與管理群組建立關聯。', '已與帳戶建立關聯'],
  cs: ['Již přidruženo ke skupině pro správu.', 'Už je propojeno s fakturačním účtem.'],
  hu: ['Már társítva van egy felügyeleti csoporthoz.', 'Már társítva van egy fiókhoz.'],
  id: ['Sudah dikaitkan dengan grup manajemen.', 'Sudah ditautkan ke akun penagihan.'],
  nl: ['Al gekoppeld aan een beheergroep.', 'Is al gekoppeld aan een account.'],
  pl: ['Już skojarzono z grupą zarządzania.', 'Jest już połączona z kontem rozliczeniowym.'],
  'pt-PT': ['Já está associada a um grupo de gestão.', 'Já ligado a uma conta de faturação.'],
  sv: ['Redan associerad med en hanteringsgrupp.', 'Är redan länkad till ett konto.'],
  tr: ['Zaten bir yönetim grubuyla ilişkilendirilmiş.', 'Zaten bir hesapla ilişkili.'],
};

/**
 * Other problems with the Access ID itself (invalid, expired): the subject and a verb stand
 * right next to each other, as in the ignorable error, but they are real errors. Own renderings.
 */
export const ACCESS_ID_OTHER: Readonly<Record<MessageLocale, readonly [invalid: string, expired: string]>> = {
  en: ['The Access ID you entered is not valid.', 'This Access ID has expired.'],
  cs: ['Zadané ID přístupu není platné.', 'Platnost tohoto ID přístupu vypršela.'],
  de: ['Die eingegebene Zugriffs-ID ist ungültig.', 'Diese Zugriffs-ID ist abgelaufen.'],
  es: ['El identificador de acceso especificado no es válido.', 'Este identificador de acceso ha expirado.'],
  fr: ["L'ID d'accès entré n'est pas valide.", "Cet ID d'accès a expiré."],
  hu: ['A megadott hozzáférési azonosító érvénytelen.', 'Ez a hozzáférési azonosító lejárt.'],
  id: ['ID Akses yang dimasukkan tidak valid.', 'ID Akses ini sudah kedaluwarsa.'],
  it: ["L'ID di accesso immesso non è valido.", 'Questo ID di accesso è scaduto.'],
  ja: ['入力されたアクセス ID は無効です。', 'このアクセス ID は有効期限が切れています。'],
  ko: ['입력한 액세스 ID가 잘못되었습니다.', '이 액세스 ID는 만료되었습니다.'],
  nl: ['De ingevoerde toegangs-id is ongeldig.', 'Deze toegangs-id is verlopen.'],
  pl: ['Wprowadzony identyfikator dostępu jest nieprawidłowy.', 'Ten identyfikator dostępu wygasł.'],
  'pt-BR': ['A ID de acesso inserida não é válida.', 'Esta ID de acesso expirou.'],
  'pt-PT': ['O ID de acesso introduzido não é válido.', 'Este ID de acesso expirou.'],
  ru: [
    'Введенный идентификатор доступа недействителен.',
    'Срок действия этого идентификатора доступа истек.',
  ],
  sv: ['Det angivna åtkomst-ID:t är ogiltigt.', 'Det här åtkomst-ID:t har upphört att gälla.'],
  tr: ['Girilen Erişim Kimliği geçersiz.', 'Bu Erişim Kimliğinin süresi doldu.'],
  'zh-CN': ['输入的访问 ID 无效。', '此访问 ID 已过期。'],
  'zh-TW': ['輸入的存取識別碼無效。', '此存取識別碼已過期。'],
};
