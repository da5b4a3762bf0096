import type { GuidanceTable } from './keys.js';
import { LINKS } from './links.js';

const buyPlanLinks = [
  { label: '比较合作伙伴支持计划', url: LINKS.partnerSupportPlans },
  { label: '合作伙伴顶级支持（Premier）', url: LINKS.premierSupport },
  { label: '合作伙伴高级支持（仅云产品）', url: LINKS.advancedSupport },
];

export const zhCN: GuidanceTable = {
  'access-id-already-associated': {
    title: '这条错误提示有误导性：不要去申请新的访问 ID',
    body: 'Microsoft 明确说明，对合作伙伴支持权益而言，这条消息是错误的，应当忽略。出现它说明该合同已经关联到你的帐户：要么你之前已经关联过（关联一次就够了），要么合同已过期或事件已用完，因而被 Azure 隐藏。',
    steps: [
      '关闭“链接支持权益”窗格；技术客户经理并不会为此给你发新的访问 ID。',
      '点击“+ 支持请求”，照常创建请求。如果能选到合作伙伴支持计划，问题就解决了。',
      '如果选不到合作伙伴计划，说明合同已过期或已用完：核对结束日期和剩余事件数，然后购买新的支持计划。',
    ],
    links: [
      { label: '创建支持请求', url: LINKS.newSupportRequest },
      { label: '查看剩余事件数', url: LINKS.incidentsRemaining },
    ],
    unverified: false,
  },
  'not-authorized-csp-only': {
    title: '此帐户只关联了 CSP，没有关联合作伙伴计划',
    body: "当登录的帐户只关联到云解决方案提供商（CSP）计划、而没有关联到合作伙伴计划（原 MPN）时，合作伙伴中心的技术权益页面会显示“你无权执行此操作”（英文原文 “You are not authorized for this action”；现在的页面写作 “You aren't authorized for this action. You must have a program-associated account.”）。",
    steps: [
      '退出后，用已关联合作伙伴计划的帐户重新登录合作伙伴中心。',
      '如果团队里没有这样的帐户，请合作伙伴管理员在“用户管理”中把该用户加入合作伙伴计划。',
      '如果只是要为 CSP 客户提交云支持请求，可以不用合同，走 CSP 路径：客户 → 选择客户 → 服务管理 → 新建请求（需要管理员代理角色）。',
    ],
    links: [
      { label: '合作伙伴中心仪表板', url: LINKS.partnerCenterDashboard },
      { label: 'CSP 客户列表', url: LINKS.cspCustomers },
    ],
    unverified: false,
  },
  'no-benefits-yet': {
    title: '看不到权益：没有有效的会员产品，或登录的帐户不对',
    body: '“看起来你还没有任何权益”有两种可能：公司没有有效的会员产品/服务；或者公司有，但你登录的帐户没有与之关联。',
    steps: [
      '点击页面右上角的帐户图标，确认当前登录的是哪个帐户。',
      '如果帐户不对，选择“使用另一帐户登录”，换成关联了合作伙伴计划的帐户。',
      '如果帐户没错，请向合作伙伴管理员确认会员产品/服务是否有效。',
    ],
    links: [{ label: '技术权益页面', url: LINKS.technicalBenefits }],
    unverified: false,
  },
  'activation-role-missing': {
    title: '激活权益需要全局管理员或合作伙伴管理员',
    body: '“激活”按钮变灰或激活被拒，是因为你的帐户缺少所需角色。只有全局管理员或合作伙伴管理员（原 MPN 合作伙伴管理员）才能激活技术支持权益。激活后几分钟内，所有关联的用户都能看到访问 ID 和合同 ID。',
    steps: [
      '在合作伙伴中心打开“用户管理”，找到拥有全局管理员或合作伙伴管理员角色的同事。',
      '请对方打开技术权益页面并点击“激活”。',
      '几分钟后刷新页面，所有人都能看到访问 ID 和合同 ID。',
    ],
    links: [{ label: '技术权益页面', url: LINKS.technicalBenefits }],
    unverified: false,
  },
  'plan-not-for-product': {
    title: '此支持计划不适用于所选产品',
    body: '所选产品超出计划范围时，Services Hub 会提示“支持计划不能用于指定产品的支持”：合作伙伴本地支持只覆盖处于主流支持期内的当前版本（N）和上一版本（N-1），云支持计划（合作伙伴云支持，原签名云支持）也不能用于 Windows 11 等本地产品。',
    steps: [
      '确认所选产品及版本是处于主流支持期的当前版本或上一版本。',
      '如果是云产品，请改在 Azure 门户（或该产品自己的门户）中创建请求。',
      '否则请按事件付费，或使用其他支持计划。',
    ],
    links: [
      { label: '受支持的版本（N-1）', url: LINKS.nMinusOne },
      { label: '比较合作伙伴支持计划', url: LINKS.partnerSupportPlans },
      { label: '缺少支持计划（Services Hub）', url: LINKS.servicesHubMissingPlan },
    ],
    unverified: false,
  },
  'plan-expired-or-exhausted': {
    title: '此支持计划已过期或没有剩余事件',
    body: '合作伙伴支持合同在结束日期之后、或最后一个事件用掉之后就不能再用了。此时 Services Hub 不再把它列在“支持类型”下，而是在“是否需要购买或添加更多支持计划？”中显示为无效（“支持计划已过期”，或可用次数已耗尽），Azure 门户则直接隐藏它。',
    steps: [
      '核对计划的结束日期和剩余事件数（Services Hub 第 2 步，或自 2025 年 6 月起的合作伙伴中心权益页面）。',
      '如果公司有更新的合同，用它的访问 ID 和合同 ID 添加。',
      '否则请购买新的支持计划。',
    ],
    links: [
      ...buyPlanLinks,
      { label: '查看剩余事件数', url: LINKS.incidentsRemaining },
      { label: '剩余事件数（Services Hub）', url: LINKS.servicesHubIncidentsRemaining },
    ],
    unverified: false,
  },
  'pay-per-incident-needs-msa': {
    title: '按事件付费需要个人 Microsoft 帐户',
    body: '用工作帐户登录时选择按事件付费，页面不会提供购买选项。按事件付费的支持需要用个人 Microsoft 帐户购买。',
    steps: ['退出后改用个人 Microsoft 帐户登录。', '重新发起请求，并选择按事件付费。'],
    links: [{ label: '业务支持', url: LINKS.servicesHubCreate }],
    unverified: false,
  },
  'scenario:already-linked': {
    title: '合同已关联：忽略这条错误，直接创建请求',
    body: '这份合同已经关联到你的帐户（例如你在 Services Hub 中添加过，或之前在 Azure 中链接过）。只需关联一次，再次链接就会出现这条错误。其实一切正常：支持计划可以直接使用。',
    steps: [
      '不做任何修改，关闭“链接支持权益”。',
      '在“帮助 + 支持”中点击“+ 支持请求”。',
      '照常创建支持事件，合作伙伴支持计划会出现在可选列表中。',
    ],
    links: [{ label: '创建支持请求', url: LINKS.newSupportRequest }],
    unverified: false,
  },
  'scenario:expired-or-exhausted': {
    title: '合同已过期或没有剩余事件',
    body: '合同仍然关联在你的帐户上，所以再次链接会报错；但它已经失效（超过结束日期，或签名包（如 10 包、5 包）的事件已用完），因此被 Azure 隐藏。要继续获得 Azure 支持事件，需要购买新的支持计划。',
    steps: [
      '核对结束日期和剩余事件数（Services Hub 第 2 步，或自 2025 年 6 月起的合作伙伴中心权益页面）。',
      '如果公司有更新的合同，请改为链接那份合同。',
      '否则请购买新的支持计划。',
    ],
    links: [...buyPlanLinks, { label: '查看剩余事件数', url: LINKS.incidentsRemaining }],
    unverified: false,
  },
  'scenario:no-cloud-benefit': {
    title: '此权益不包含云支持',
    body: 'Action Pack 只包含本地支持（Microsoft 产品支持），完全不包含云支持，因此在 Azure 门户中没有可链接的合作伙伴计划。任何仅含本地支持权益的合同也是如此。',
    steps: [
      '请在 Services Hub 的“业务支持”中将此合同用于本地产品。',
      '如需为 CSP 客户提交 Azure 请求，请使用“云解决方案提供商”支持计划：合作伙伴中心 → CSP → 客户 → 选择客户 → 服务管理 → 新建请求（需要管理员代理角色）。',
      '其他云支持需求，请购买合作伙伴支持计划。',
    ],
    links: [
      { label: '业务支持（本地产品）', url: LINKS.servicesHubCreate },
      { label: 'CSP 客户列表', url: LINKS.cspCustomers },
      { label: '比较合作伙伴支持计划', url: LINKS.partnerSupportPlans },
    ],
    unverified: false,
  },
  'scenario:unknown': {
    title: '很可能已经关联过：先试着创建请求',
    body: '对合作伙伴权益而言，这条消息是错误的，应当忽略。可能是合同已经关联到你的帐户（可能性最大），也可能是合同已过期或事件已用完，被 Azure 隐藏了。',
    steps: [
      '点击“+ 支持请求”照常创建请求。如果能选到合作伙伴支持计划，说明之前已经关联过。',
      '如果选不到合作伙伴计划，请核对合同的结束日期和剩余事件数；若已过期或已用完，请购买新的支持计划。',
    ],
    links: [
      { label: '创建支持请求', url: LINKS.newSupportRequest },
      { label: '查看剩余事件数', url: LINKS.incidentsRemaining },
      { label: '比较合作伙伴支持计划', url: LINKS.partnerSupportPlans },
    ],
    unverified: false,
  },
  'page:partner-center-technical-benefits': {
    title: '你的技术支持权益',
    body: '权益激活后，此页面会显示访问 ID 和合同 ID。每个帐户只在第一次使用权益时需要它们；关联会一直有效，直到合同过期或事件用完。自 2025 年 6 月起，此页面还会显示剩余事件数和结束日期。',
    steps: [
      '如果页面上有“激活”按钮，需要全局管理员或合作伙伴管理员来点击。',
      '把访问 ID 和合同 ID 保存到 SupportLink，团队成员就能在各个门户中关联。',
      '本地支持事件在 Services Hub 中使用，云支持事件在 Azure 门户中使用。',
    ],
    links: [
      { label: '业务支持（本地产品）', url: LINKS.servicesHubCreate },
      { label: 'Azure 支持计划', url: LINKS.azureSupportPlans },
    ],
    unverified: false,
  },
  'page:partner-center-csp-customers': {
    title: '为 CSP 客户提交支持请求',
    body: '提交 Azure 请求的 CSP 合作伙伴可以使用“云解决方案提供商”支持计划，无需添加合同。拥有管理员代理角色的用户从这里开始。',
    steps: [
      '选择客户，然后选择“服务管理”。',
      '选择“新建请求”并选择工作负载，会打开对应的门户。',
      '在该门户中创建请求；只有想使用自己的事件额度时才需要添加合作伙伴合同。',
    ],
    links: [{ label: 'CSP 客户列表', url: LINKS.cspCustomers }],
    unverified: false,
  },
  'page:azure-help-support': {
    title: '在 Azure 中使用合作伙伴云支持',
    body: '合作伙伴权益中的云支持事件在“帮助 + 支持”中使用。自 2024 年 7 月起，Azure 门户需要手动关联合同（“支持计划”→“链接支持权益”，每个帐户一次；其他门户在创建请求的流程中就能添加合同），之后每次创建支持请求都能选到该计划。',
    steps: [
      '进入“支持计划”→“链接支持权益”，输入访问 ID 和合同 ID（每个帐户一次；请求表单里没有填写它们的地方）。',
      '之后点击“+ 支持请求”，选择合作伙伴支持计划。',
      'Azure 不显示剩余事件数，并会隐藏已过期或已用完的计划。',
    ],
    links: [
      { label: 'Azure 支持计划', url: LINKS.azureSupportPlans },
      { label: '创建支持请求', url: LINKS.newSupportRequest },
    ],
    unverified: false,
  },
  'page:azure-support-plans': {
    title: '关联你的合作伙伴云支持',
    body: '合作伙伴云支持（2025 年 6 月前称为“签名云支持”）是合作伙伴权益中的云支持部分；Action Pack 不含任何云支持，只有本地支持事件。CSP 合作伙伴为客户提交请求时可以使用“云解决方案提供商”支持计划，无需关联任何合同。付费计划（合作伙伴顶级支持或高级支持）需单独购买。Azure 门户从不显示剩余事件数，并会隐藏已过期或已用完的计划：请在服务中心（新建本地支持请求的第 2 步）查看，或自 2025 年 6 月起在合作伙伴中心的权益页面查看。自 2024 年 7 月起，Azure 需要在这里手动关联合同（其他门户在创建请求的流程中添加）。每个帐户只需关联一次合同；如果随后看到“此访问 ID 已关联到帐户”，请忽略：这通常说明合同已经关联过了。',
    steps: [
      '选择“链接支持权益”。',
      '输入访问 ID 和合同 ID（SupportLink 可以自动填写），然后选择“链接”。',
      '用“+ 支持请求”创建事件，合作伙伴计划会出现在可选列表中。',
      '管理员代理为 CSP 客户提交请求：合作伙伴中心 → CSP → 客户 → 选择客户 → 服务管理 → 新建请求。',
    ],
    links: [
      { label: '创建支持请求', url: LINKS.newSupportRequest },
      { label: '查看剩余事件数', url: LINKS.incidentsRemaining },
      { label: 'CSP 客户（管理员代理）', url: LINKS.cspCustomers },
      { label: '合作伙伴支持计划', url: LINKS.partnerSupportPlans },
    ],
    unverified: false,
    sections: [
      {
        id: 'now',
        heading: '现在要做什么',
        points: [
          '选择“链接支持权益”。',
          '输入访问 ID 和合同 ID（SupportLink 可以自动填写），然后选择“链接”。每个帐户关联一次即可。',
          '用“+ 支持请求”创建事件，合作伙伴计划会出现在可选列表中。',
          'Azure 提示“此访问 ID 已关联到帐户”？请忽略：这通常说明合同已经关联过了。',
        ],
        links: [{ label: '创建支持请求', url: LINKS.newSupportRequest }],
      },
      {
        id: 'remaining',
        heading: '剩余事件数',
        points: [
          'Azure 门户从不显示剩余事件数，并会隐藏已过期或已用完的计划。',
          '请在服务中心（新建本地支持请求的第 2 步）查看，或自 2025 年 6 月起在合作伙伴中心的权益页面查看。',
        ],
        links: [{ label: '查看剩余事件数', url: LINKS.incidentsRemaining }],
      },
      {
        id: 'plan-kinds',
        heading: '支持计划类型',
        points: [
          '合作伙伴云支持（2025 年 6 月前称为“签名云支持”）：合作伙伴权益中的云支持部分。',
          'Action Pack：不含任何云支持，只有本地支持事件。',
          '合作伙伴顶级支持或高级支持：付费计划，需单独购买。',
          '自 2024 年 7 月起，Azure 需要在此手动关联合同；其他门户在创建请求的流程中添加。',
        ],
        links: [{ label: '合作伙伴支持计划', url: LINKS.partnerSupportPlans }],
      },
      {
        id: 'csp',
        heading: '为 CSP 客户提交请求',
        points: [
          '使用“云解决方案提供商”支持计划：无需关联任何合同。',
          '管理员代理：合作伙伴中心 → CSP → 客户 → 选择客户 → 服务管理 → 新建请求。',
        ],
        links: [{ label: 'CSP 客户（管理员代理）', url: LINKS.cspCustomers }],
      },
    ],
  },
  'page:serviceshub-support-for-business': {
    title: '本地支持与剩余事件数',
    body: 'Services Hub 的“业务支持”用于创建本地支持事件，也会在第 2 步列出合作伙伴合同的结束日期和剩余事件数（自 2025 年 6 月起合作伙伴中心的权益页面也会显示）。只查看、不提交也可以。',
    steps: [
      '第 1 步：选择一个本地产品（例如 Windows 11），任选版本、类别和问题，不要提交。',
      '第 2 步：有效的合同列在“支持类型”下，带有结束日期和剩余事件数。',
      '展开“是否需要购买或添加更多支持计划？”：无效的计划显示在这里（“支持计划不能用于指定产品的支持”、已过期或已用完），点击“添加合同”可输入访问 ID 和合同 ID。',
      '旧版页面把它们列在“是否希望看到不可用的支持计划？”中。',
    ],
    links: [
      { label: '剩余的合作伙伴支持事件数', url: LINKS.incidentsRemaining },
      { label: '剩余事件数（Services Hub）', url: LINKS.servicesHubIncidentsRemaining },
      { label: '受支持的版本（N-1）', url: LINKS.nMinusOne },
    ],
    unverified: false,
  },
  'page:engagecenter-help-support': {
    title: '在 Engage Center 中使用本地支持',
    body: 'Engage Center 是 Services Hub 本地支持的后继门户。据称合作伙伴合同在“添加/购买计划”→“添加合同 ID”中添加，使用同一组访问 ID 和合同 ID；它是否显示剩余事件数尚不清楚。',
    steps: [
      '打开“帮助 + 支持”，然后选择“添加/购买计划”→“添加合同 ID”。',
      '输入访问 ID 和合同 ID（SupportLink 可以自动填写）。',
      '剩余事件数请在合作伙伴中心的权益页面查看。',
    ],
    links: [{ label: 'Engage Center 帮助 + 支持', url: LINKS.engageCenter }],
    unverified: true,
  },
  'page:power-platform-support': {
    title: '在 Power Platform 管理中心使用合作伙伴云支持',
    body: '在“支持”页面上，“支持计划”按钮会打开一个面板，其中有“查看现有计划”和“添加新计划”。输入访问 ID，并在“密码”字段中输入合同 ID（除非被修改过，密码就是合同 ID），然后保存。新计划最多可能需要一小时才会出现。支持代理聊天中也有“添加新的支持合同”。管理中心不显示剩余事件数。',
    steps: [
      '选择“支持计划”，然后在面板中选择“添加新计划”。',
      '输入访问 ID，并在“密码”字段中输入合同 ID，然后选择“保存”。',
      '如果“查看现有计划”中还没有该计划，请最多等待一小时。',
      '创建支持请求时选择合作伙伴计划。',
    ],
    links: [{ label: 'Power Platform 支持', url: LINKS.powerPlatformSupport }],
    unverified: false,
  },
  'page:lcs-support-plans': {
    title: '在 Lifecycle Services 中使用合作伙伴云支持',
    body: '在 LCS 项目中进入“支持”→“管理支持计划”→“添加合同”，输入访问 ID 以及密码或合同 ID。LCS 不显示剩余事件数。',
    steps: [
      '打开“管理支持计划”，选择“添加合同”。',
      '输入访问 ID，并在密码字段中输入合同 ID。',
      '剩余事件数请在 Services Hub 或合作伙伴中心查看。',
    ],
    links: [{ label: '查看剩余事件数', url: LINKS.incidentsRemaining }],
    unverified: false,
  },
  'page:m365-admin-support': {
    title: '这里无法关联合作伙伴权益',
    body: 'Microsoft 365 管理中心没有输入访问 ID 和合同 ID 的地方。请在 Azure 门户（云支持）或 Services Hub（本地支持）中使用合作伙伴权益。',
    steps: [
      '云产品：在 Azure 门户的“帮助 + 支持”→“支持计划”中关联合同。',
      '本地产品：使用 Services Hub 的“业务支持”。',
    ],
    links: [
      { label: 'Azure 支持计划', url: LINKS.azureSupportPlans },
      { label: '业务支持（本地产品）', url: LINKS.servicesHubCreate },
    ],
    unverified: false,
  },
};
