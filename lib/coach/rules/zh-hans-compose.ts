import type { CoachRule } from './types';

// Families rather than phrases: 您/你 + 没/忘/错 verb classes, 我们 + 不了/无法, rule words + 不允许…,
// each with the guard that keeps the kind reading clean. Every repeat is bounded, so long drafts stay linear.

/** Hypotheticals and worries, not accusations: 如果您没收到… / 以免您填错 */
const CONDITIONAL_BEFORE = /(?:如果|若|要是|万一|假如|是否|是不是|以免|避免|防止|怕|担心|不管|即使)$/;
/** Reassurance that shares words with blame: 您没注意到也很正常 / 不是您的错 */
const KIND_WORDS = /没关系|不要紧|没事的|别担心|不用担心|不怪[您你]|不是[您你]的错|很正常|难免|常见|抱歉|对不起/;
/** The same, plus a hypothetical anywhere in the sentence: 您要是没收到… */
const REASSURES = new RegExp(`要是|如果|假如|万一|${KIND_WORDS.source}`);
/** The agent owns the failure somewhere in the draft. */
const OWNS_IT =
  /抱歉|对不起|道歉|不好意思|(?:我们|我|我方|本店)(?:这边)?(?:的)?(?:失误|疏忽|责任|错)|是我们|怪我们|(?:我们|我)没(?:有)?(?:做好|安排好|处理好|注意到|及时)/;
/** A refusal that turns straight to what the agent will do instead. */
const PIVOT = /(?:但|不过|可是)(?:是)?(?:我|我们)?(?:已经|可以|会|马上|先|这边|能|帮)|可以(?:为|给|帮)[您你]|改为|换成/;
/** A rule named to grant something. */
const GRANTS = /(?<!不)可以|享受|有权|符合|(?<!不能|不会|没法|无法)[为给帮]您/;

/** A refusal that names the rule is the policy rule's to flag; one note per move is enough. */
const PIVOT_OR_RULE = new RegExp(`${PIVOT.source}|规定|政策|条款|规则`);
const ABSOLUTE_ALT = '我这边可以为您…';
const POLICY_ALT = '我这边可以为您争取的是';
const FAULT_VERBS =
  '(?:问清楚|问|咨询|说清楚|看清楚|仔细|认真|及时|提前|当场|按|按照|照|注意|留意|看|读|阅读|核对|检查|确认|激活|点|点击|填|填写|选|选择|勾选|保存|提交|查看|更新|绑定|登记|备注|联系|告知|告诉|说明|申请|付款|签收)';

export const ZH_HANS_COMPOSED_RULES: readonly CoachRule[] = [
  // — 指责客户 —
  {
    id: 'hans-blame-you-omitted',
    kind: 'blame',
    pattern: new RegExp(
      `[您你](?!的)(?:自己|当时|之前|下单时|付款时|买之前|下单前)?[^，。！？；我]{0,10}?(?:没有|没|未|忘记|忘了)(?:有)?${FAULT_VERBS}`,
    ),
    notBefore: CONDITIONAL_BEFORE,
    notInSentence: REASSURES,
    alternative: '这一步可能没有完成，我来帮您补上',
  },
  {
    id: 'hans-blame-you-got-it-wrong',
    kind: 'blame',
    pattern:
      /[您你](?:自己|当时|之前|下单时|付款时)?[^，。！？；我]{0,10}?(?:填|输|写|选|点|按|弄|记|装|设置|操作|拍|下单|使用|保管|安装)(?:的|得)?(?:就|也|都)?(?:错|不对|有误|不正确|不当)/,
    notBefore: CONDITIONAL_BEFORE,
    notInSentence: REASSURES,
    alternative: '信息可能没对上，我来帮您核对一下',
  },
  {
    id: 'hans-blame-so-it-happened',
    kind: 'blame',
    pattern:
      /[您你][^。！？我]{0,12}?(?:没|未|忘|错|不对|不当|不够|太多|太晚|超过)[^。！？]{0,14}?(?:所以|因此)?才(?:会|导致|造成|出现|失败|报错|没)|(?:是|都是)[您你](?:自己)?[^，。！？]{0,8}?(?:造成|导致|引起)的/,
    notInSentence: REASSURES,
    alternative: '我来说明一下原因，并帮您处理好',
  },
  {
    id: 'hans-blame-if-only-you',
    kind: 'blame',
    pattern:
      /(?:要是|如果|假如|早知道)[您你](?:当时|之前|早点|早|提前|有先|有仔细|有认真|有看|有注意|仔细|认真|多)[^。！？]{0,16}?就(?:不会|知道|明白|不用|不至于|没事)/,
    alternative: '接下来最快的办法是',
  },
  {
    id: 'hans-blame-you-chose-it',
    kind: 'blame',
    pattern:
      /[您你]自己(?:点|选|填|确认|同意|勾选|下单|操作|删|取消|申请)(?:掉|错|除)?(?:了|的)|谁叫[您你]|(?:是|这是|属于)[您你](?:这边|那边|自己)?(?:的)?(?:操作|使用|网络|设备|手机|电脑|设置|账号|个人)(?:的)?(?:问题|原因|不好|不稳定|有问题|不当)/,
    alternative: '我们一起来看看怎么处理',
  },

  {
    id: 'hans-blame-your-choice-your-data',
    kind: 'blame',
    pattern:
      /(?:当初|当时)是[您你]|是[您你]自己(?:要|选|同意|坚持|决定|非要)|[您你]自己(?:要|非要|坚持)(?:选|买|用)|[您你](?:提供|填写|留|给|输入|上传|发)的[^，。！？]{0,6}?(?:有误|不对|错了|不正确|不全|不完整)|(?:问题|原因)(?:是)?(?:出在|在于)[您你]|[您你](?:要是|当时要是|早点|早)[^。！？]{0,16}?(?:根本|就|也)不会(?:出现|发生|这样|有这种)|根本不会(?:出现|发生)这种/,
    notBefore: CONDITIONAL_BEFORE,
    notInSentence: KIND_WORDS,
    alternative: '我们一起来看看怎么处理',
  },
  {
    id: 'hans-blame-you-should',
    kind: 'blame',
    pattern: /[您你](?:本来|当时|当初)?(?:应该|应当|早该|该)(?:早点|早些|提前|自己|及时)/,
    notAfter: /^(?:收到|会|能|可以|已经|就能)/,
    alternative: '接下来最快的办法是',
  },

  // — 推卸责任 —
  {
    id: 'hans-def-not-on-us',
    kind: 'defensive',
    pattern:
      /问题(?:并|根本)?不(?:在|是出在)(?:我们|我|本店|我方)|(?:要|得|只能|应该)?怪(?:快递|物流|银行|厂家|天气|仓库|第三方|原厂|平台|商家)|[跟和与](?:我们|我|本店|我方)(?:店|公司|这边)?(?:并|真的|完全|可)?(?:无关|没(?:有)?(?:什么|任何|啥)?关系)/,
    alternative: '我来负责跟进这件事',
  },
  {
    id: 'hans-def-out-of-my-hands',
    kind: 'defensive',
    pattern:
      /(?:我们|我)(?:这边)?(?:也|就|都|真的)?(?:控制|管|左右|决定|干涉|负责)不了|做不了主|说了不算|(?:没有|无)权(?:限)?(?:处理|决定|操作)|我(?:只是|就是|不过是)(?:一个|个)?(?:小)?(?:客服|打工的|员工|传话的)/,
    alternative: '我帮您找能处理的同事，并跟进结果',
  },
  {
    id: 'hans-def-go-ask-them',
    kind: 'defensive',
    pattern:
      /[您你](?:需要|要|得|可以|只能)?(?:自己)?去?(?:问|找|联系|咨询)(?:一下)?(?:原厂|厂家|快递|物流|银行|货运|卖家|品牌方|售后)/,
    notInSentence: /我(?:们)?(?:会|来|帮|已经|替)/,
    alternative: '我这边帮您联系对方跟进',
  },
  {
    id: 'hans-def-we-were-on-time',
    kind: 'defensive',
    pattern:
      /(?:我们|我)(?:这边)?(?:已经|都|是)?(?:按时|及时|准时|很早就|早就)(?:发货|发出|处理|寄出)(?:了)?[^。！？]{0,6}?(?:，|,)/,
    notInSentence: /抱歉|对不起|不过|但/,
    alternative: '我来查一下包裹现在的情况',
  },

  {
    id: 'hans-def-not-ours-to-bear',
    kind: 'defensive',
    pattern:
      /(?:没办法|无法|不能|不会|不)(?:负责|承担责任|负这个责)|(?:我们|我)(?:已经|都)?尽力了|剩下的(?:要|就|只能)?(?:看|靠|是|归)|锅(?:我们|我)?(?:可)?不背|背锅|甩锅|(?:我们|我)只(?:负责|管)|不归(?:我们|我)(?=[。！，,]|$)|(?:我们|我)(?:也)?(?:很|挺|非常)?无奈|(?:我们|我)也是受害者|[您你](?:自己)?去?找(?:他们|她们|对方|商家|卖家)(?:吧|去)|(?:是|这是|都是)(?:第三方|商家|卖家|供应商|合作方)(?:公司|商家)?的(?:问题|错|责任)/,
    notInSentence: /抱歉|对不起|但(?:是)?我|不过我/,
    alternative: '我来负责跟进这件事',
  },

  // — 轻视、打发 —
  {
    id: 'hans-dis-small-matter',
    kind: 'dismissive',
    pattern:
      /这点(?:小)?事|一点小事|小事一桩|这么点(?:小)?事|(?:不用|没必要|用不着|犯不着)(?:这么|那么)(?:着急|急|生气|激动|紧张|大惊小怪)|没(?:有)?必要(?:投诉|差评|闹|生气|这样|激动)|其实很简单|有(?:什么|啥)难的/,
    alternative: '我理解这件事对您很重要',
  },
  {
    id: 'hans-dis-told-you',
    kind: 'dismissive',
    pattern:
      /我(?:都|不是|早|之前|刚刚|刚才)?(?:说|讲)过(?:了)|不是(?:说|讲|告诉[您你])(?:过|了)(?:吗|嘛|么)|再(?:强调|重复)(?:一次|一遍|一下)|再(?:说|讲)(?:一次|一遍)|重申|(?:我)?再次强调/,
    notBefore: /[您你]$/,
    alternative: '我再整理一下要点：',
  },
  {
    id: 'hans-dis-just-wait',
    kind: 'dismissive',
    pattern: /等着吧|(?:自然|到时候自然|迟早)(?:会|就)(?:到|好|有)|[您你](?:就|只能|只好)(?:等|耐心等)(?:着|吧)/,
    alternative: '我会帮您盯着，有进展第一时间告诉您',
  },

  {
    id: 'hans-dis-brush-off',
    kind: 'dismissive',
    pattern:
      /(?:说|讲|解释|强调|重复)(?:了|过)(?:[一二两三四五六七八九十几\d]+|好几|很多|无数)(?:遍|次)|听我(?:说|讲)完|让我(?:说|讲)完|何必|较真|斤斤计较|(?:说|讲)了[您你]也不(?:懂|明白)|(?:闹|吵|催|发火|骂)(?:也|都)?没(?:有)?用|[您你]?别(?:想太多|多想|胡思乱想)|(?:看清楚|仔细看|好好看)(?:一下)?(?:我)?(?:的)?(?:上一条|上条|之前的?|前面的?|刚才的?)|(?:别|不要)(?:总是|一直|老是|再)催|催(?:也|都)(?:快不了|没用)|百度一下|(?:自己)?(?:搜|查)一下就(?:知道|有)|网上都有/,
    alternative: '我理解您的心情，我来帮您处理',
  },

  // — 绝对否定 —
  {
    id: 'hans-abs-not-supported',
    kind: 'absolute',
    pattern:
      /(?:不支持|不允许|不开放|不提供|不接受|不受理|不予)(?:任何|再)?(?:修改|取消|退|换|更改|变更|补|开|延|售后|保价|申请|办理|处理|叠加|使用)|不退不换|恕(?:难|不)(?:配合|从命|接受|退|换|办理)/,
    notInSentence: PIVOT_OR_RULE,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hans-abs-can-no-longer',
    kind: 'absolute',
    pattern:
      /(?:就|都|也|后|已经|则)(?:不能|无法|不可以|不可)(?:再)?(?:申请|使用|参加|享受|开|补|提供|更换|修|保修|售后|退款|退货|改|取消|办理)/,
    notBefore: /[您你](?:暂时|一直|目前|都|也|还)?$|让[您你].{0,4}$/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hans-abs-cant-give',
    kind: 'absolute',
    pattern:
      /[给补退换赔修办批改做发]不了|(?:我们|我)(?:这边)?(?:也)?(?:给不出|拿不出|没法给|不会给)|(?:我们|我)(?:这边)?(?:是|也)?不会(?:帮|给|为|替)[您你](?:退|换|赔|补|处理|办理|修|取消|改|延)/,
    notBefore: /让[您你].{0,4}$/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hans-abs-regret',
    kind: 'absolute',
    pattern: /(?:很|非常)?遗憾[，,]?\s*(?:我们|我|这边)?(?:无法|不能|没办法|不可以|没法)/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },

  {
    id: 'hans-abs-subjectless',
    kind: 'absolute',
    pattern:
      /(?:^|[，。！,])\s*(?:暂时|目前|实在|确实|真的)?(?:无法|不能|没法)(?:为|给|帮)?[您你]?(?:处理|办理|退|换|修|补|安排|操作|提供)|(?:满足|答应|同意)不了|(?:无法|不能|没法)(?:满足|答应|同意)|一概不|概不/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },

  // — 拿规定挡 —
  {
    id: 'hans-pol-rule-forbids',
    kind: 'policy',
    pattern:
      /(?:政策|规定|规则|条款|制度|流程)(?:上|里)?(?:明确|写明|写着)?(?:是)?(?:不允许|不支持|不接受|不能|不可以|禁止|必须|只能|就是)|(?:公司|平台|上面|总部|店铺|系统|领导)(?:的)?(?:要求|规定)(?:必须|一定要|只能|不能|不允许|不可以)/,
    notInSentence: GRANTS,
    alternative: POLICY_ALT,
  },

  {
    id: 'hans-pol-rule-named',
    kind: 'policy',
    pattern:
      /(?:按|按照|根据|依照|依据)[^，。！？]{0,6}?(?:条款|协议|合同|规定|政策|规则|制度)|(?:这|这是|这就是|都是)(?:公司|平台|我们|店铺|官方|总部)?(?:的)?(?:规则|政策|制度|规矩)|(?:硬性|明确|明文|严格)(?:的)?规定|(?:公司|平台|店铺|我们)有规定|照章办事|按章办事|(?:规定|条款|政策)(?:写得|说得)?(?:明明白白|清清楚楚)/,
    notInSentence: GRANTS,
    alternative: POLICY_ALT,
  },

  // — 没有担当 —
  {
    id: 'hans-own-thing-went-wrong',
    kind: 'no-ownership',
    pattern:
      /(?:包裹|订单|快递|货物|商品|付款|退款|账户|预约|申请|货)[^，。！？我]{0,10}?(?:丢失|遗失|丢了|弄丢|延误|被延迟|延迟发货|被取消|卡住了|卡在|被退回|损坏|坏了|没有成功|没成功|失败了|出错了|被冻结|被拦截)/,
    notInSentence: /我们|我方|本店|我/,
    notInDraft: OWNS_IT,
    alternative: '是我们这边没处理好，非常抱歉',
  },
  {
    id: 'hans-own-circumstance',
    kind: 'no-ownership',
    pattern:
      /(?:由于|因为|受)(?:网络|系统|技术|物流|库存|人手|流量|运输|后台|平台)(?:的)?(?:故障|问题|原因|异常|不足|紧张|影响|繁忙)/,
    notInDraft: OWNS_IT,
    alternative: '是我们这边没跟上，非常抱歉',
  },

  {
    id: 'hans-own-something-went-wrong',
    kind: 'no-ownership',
    pattern:
      /(?:出现|发生|出)了?(?:一些|一点|点|些)?(?:小)?(?:问题|状况|差错|异常|故障|失误)|(?:因为|由于)(?:一些|某些|种种|各种)原因|因故|(?:订单|单量|咨询|包裹)(?:量)?(?:激增|暴增|猛增|太多|过多)|爆单|有所延(?:迟|误)|(?:由于|因为)(?:操作|工作|人为|处理|沟通)(?:上的)?(?:失误|疏忽|错误|问题)|被(?:重复|多|错误|误)(?:扣|扣款|扣除|收费|收取|取消|删除|冻结|关闭|退回|拒绝)/,
    notInSentence: /我|如果|要是|万一|若|是否/,
    notInDraft: OWNS_IT,
    alternative: '是我们这边出了问题，非常抱歉',
  },

  // — 讽刺 —
  {
    id: 'hans-sar-markers',
    kind: 'sarcasm',
    pattern:
      /厉害了|好棒棒|棒棒哒|真是服了|服了[您你]|佩服佩服|了不起哦|这(?:样|都|也)(?:也|都)?能[^，。！？]{0,6}?(?:坏|错|丢|忘|弄)|[您你](?:总算|终于)(?:看到|舍得|肯|知道|明白|找到|想起|看懂|读|回)|[您你]说(?:是|什么)就是(?:什么)?吧?|[您你]说了算|[您你]的[“"「『][^”"」』]{1,6}[”"」』]|您真(?:是)?(?:太)?(?:有才|能干)|真有[您你]的/,
    alternative: '我明白您的意思，我来帮您处理。',
  },
  {
    id: 'hans-sar-mock-praise',
    kind: 'sarcasm',
    pattern:
      /[您你](?:可)?真是太?(?:有耐心|厉害|能干|聪明|有才|会说|会挑|了不起)了|[您你]真是我见过(?:的)?最|要不[您你]来(?:做|当|干)|[您你]这么(?:懂|厉害|专业)[，,]|对对对|好好好|(?:哦|噢|哟)[，,]?\s*原来/,
    notInSentence: /感谢|谢谢/,
    alternative: '我明白您的意思，我来帮您处理。',
  },
];
