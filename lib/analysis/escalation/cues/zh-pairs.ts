import type { PairCue } from '../types';

// What an intent is about, and what is done to it; see PairCue. Part of the zh-Hans source (zh-hans.ts).
// An account word followed by its notices (续费的提醒) names the notices, not the account.
// An old or spare account (删咗旧账号, 用新账号) is not the customer's standing with us.
const ACCOUNT =
  /(?<![旧舊副小新])(?:[账帳賬][号號户戶]|[户戶]口(?!本|簿)|[会會][员員]|(?<![信用])卡(?![通公中])|套餐|[宽寬][带帶頻频]|[网網][络絡路]|合[同约約]|[订訂][阅閱]|服[务務]|[门門][号號]|月租|月[费費]|配套|年[费費]|自[动動]扣款|扣款|代扣|[续續][费費]|[续續][约約]|plan)(?!的?(?:提醒|通知|短信|邮件|推送|广告))(?![^，。！？]{0,2}(?:还要|还在用|继续用|要保留|照用|留着))/;
// A negator just before (我唔會取消, 不想停掉) keeps the thing: the pair's range starts at the account word, so
// the reader's own negation check does not see inside it.
const ENDING =
  /(?<![不唔冇没沒别別](?:[会會想要好用使必]|打算)?)(?:停掉|停了(?!这么久|那么久|好久|很久|半天|[一两二三四五六七八九十几\d]+(?:个)?(?:天|小时|钟头|周|星期|礼拜|月))|停用|[销銷](?:咗|了)|取消|[注註][销銷]|[销銷]户|[销銷]掉|退掉|退了|剪了|剪掉|[关關]掉|不要了|不用了|(?<!事(?:就)?)到此为止|[删刪]除?|解[约約]|不[续續]|[终終]止|cut)/;
// A court named as a place (法院门口, 法院附近) is where someone is, not where the matter goes.
const LAWYER =
  /律所|律[师師](?:事[务務]所|行|楼|樓)|律[师師](?!事[务務]所|助理|朋友)|(?:法院|法庭)(?!门口|門口|附近|旁边|旁邊|对面|對面)|法[务務](?!部)/;
const LAWYER_ACT =
  /交(?:[给給]|俾|畀)|提交|[谈談]|[沟溝]通|对接|[递遞]交|材料|起草|[问問](?![题題])|[电電][话話]|[联聯][系絡络]|委[托託]|[处處]理|找|[请請]|收到|接到|寄|[发發](?![现現生票])|函|信|起[诉訴]|提告|告|立案|[见見](?!过|過|到)/;
const REGULATOR =
  /[药藥][监監]局|民航局|物[价價]局|金管局|金融消[费費][评評][议議]中心|通[讯訊][办辦]|保[监監](?!控)|海[关關]|保[险險]业?[监監]管局|12315|12345|1950|1999|消[费費]者(?:权益保护(?:委[员員][会會]|[协協][会會])|[协協][会會]|委[员員][会會]|保[护護]|文教基金[会會])|[经經][济濟]部|消[协協]|消基[会會]|消保(?:官|[处處])|消委[会會]|工商(?:部[门門]|局)?|市[场場][监監]管|工信部|[银銀]保[监監]|金管[会會]|公平[会會]|ncc|通[传傳][会會]|[监監]管部[门門]|市[长長](?:[热熱][线線]|信箱)|通信管理局|通管局|[电電]信管理局|管理局|[监監]管局|主管(?:机关|機關)|政府部[门門]|立法[会會](?:[议議][员員])?|立委|立法委[员員]|[议議][员員](?!的)|私[隐隱](?:[专專][员員])?(?:公署)?|申[诉訴][专專][员員]|平[机機][会會]|[证證][监監][会會]|保[监監]局|食[环環]署|[运運][输輸]署|[机機][电電]署|旅[监監]局|[劳勞]工(?:局|[处處])|[环環]保局|[观觀]光局|[网網]信[办辦]|有[关關](?:部[门門]|[单單]位)/;
const COMPLAINING =
  /[陈陳]情|[报報](?![告道价價名表纸紙])|[见見]|搵|那[边邊](?:会|會)|交(?:给|俾|畀)|寄(?:给|俾|畀)|受理|提出申[请請]|接(?:咗|了)?我|投[诉訴]|[举舉][报報]|申[诉訴]|[检檢][举舉]|反映|打|去|找|向|[写寫]/;
const PLATFORM =
  /(?:fb|facebook|whatsapp|line|微信)\s?group|黑猫|消费保|聚投诉|爆料公社|大众点评|[贴貼]吧|公[众眾][号號]|(?:[业業]主|家[长長]|[妈媽][妈媽]|小[区區]|本地|微信)群|社[团團]|[虾蝦]皮|微博|小[红紅][书書]|抖音|朋友圈|[脸臉][书書]|fb|ig|dcard|ptt|[连連]登|[网網]上|[网網][路络絡](?:上)?|B站|b站|知乎|[点點][评評]|google|youtube|tiktok|reddit|推特|快手|threads|facebook|instagram|twitter|[论論][坛壇]/;
const POSTING =
  /吐槽|上[传傳]|上[载載]|upload|丢|摆|[写寫]|[发發]|po|放上|分享|[贴貼]|[晒曬]|曝光|爆料|[长長]文|公[开開]|[讲講]|[说說]/;
const ROLE =
  /你上面(?:的人)?|上面的人|[说說][话話](?:管用|有用|算[数數])的|[讲講]嘢有用|能(?:做主|拍板|做决定|管事|处理|解决|负责)的人?|管理[层層]|主管|[经經]理|[领領][导導]|[负負][责責]人|上[级級]|上司|老板|老[闆板]|老[细細]|店[长長]|高[层層]|组长|主任|督导|值班经理|supervisor/;
const ROLE_ACT =
  /升[级級]|[转轉](?:[给給]|到|交)|叫|找|[请請]|[让讓]|[谈談]|出[来來嚟]|[过過][来來]|是[谁誰]|係邊個|[边邊]個|[电電][话話]|手机号|邮箱|[联聯][系絡络]方式|接[电電][话話]|[听聽][电電][话話]/;
// 又 before a thought or a purchase (今天又想起一个问题, 又买了) repeats no contact.
const AGAIN =
  /又(?!想|觉|覺|有|买|買|订|訂|下单|下單|坏|壞|卡|停|断|斷|漏|闪|閃|掉|死|涨|漲|降|变|變|迟|遲|晚|出(?:问题|問題|错|錯))|再次|再一次|第[二三四五六七八九十几幾\d]+次|[两兩二三四五六七八九十几幾\d]+次|好[几幾]次|多次|[无無]數次|无数次/;
const CONTACTING =
  /留言|私[信讯訊]|[发發]?[邮郵]件|[报報]修|[报報]障|[报報][过過]|call|打(?:过来|过去|进来)|来电|找你|[联聯][系絡络]你|[问問]你|打(?:[电電][话話]|[给給]你|客服|来|來)|催|反映|投[诉訴]|[来來]找/;
const MONEY =
  /多收(?:的)?(?:款项|款|费用)?|多扣|款项|人工(?!客服|智能|服[务務])|[工薪][资資]|薪水|[误誤]工|[余餘][额額]|[\d,，]+\s?(?:元|[块塊]|蚊)|修[缮繕][费費]?|[订定]金|[货貨]款|[预預]存(?:款|的)?|按金|月[费費]|管理[费費]|[价價]差|路[费費]|[车車][费費]|医[药藥][费費]|[误誤]工[费費]|修理[费費]|[违違][约約]金|多扣的|重[复複]扣款|[维維]修[费費]|押金|年[费費]|[费費]用|[钱錢]|[$＄][\d,，.]+|(?<![免浪经花]|(?<!取)消)费(?!心|劲|力|时|事|解|神)|[账帳賬][单單]|[水电電话話网網]费|服务费|差[价價]|[运運][费費]|[损損]失|[订訂]金|[余餘]款|月租/;
const PAY_BACK =
  /找[数數]|[负負][担擔](?!不起)|算(?:[给給俾畀])?我|[给給俾畀]返?我(?=[吧啦呀啊。！!，,]|$)|你[们們哋](?:自己)?(?:来|要|得|必[须須]|[总總]得)?(?:出|付|承担|承擔|负责|負責|俾返)|退回|退返|退[还還]|[还還][来來]|[还還退]回[来來]|俾返|吐出[来來]|折抵|抵扣|[报報](?:了|[销銷])|报销|由你[们們]|退(?![货貨訂订]|租[，,\s])|[减減]免|免掉|免了|吸收|打(?:个)?折|豁免|免除|免收|少收|[减減](?:一)?半|(?:别|不要|唔好)(?:再)?收(?:了|啦|喇)?|扣掉|[赔賠]|(?<!我(?:可以|来|愿意|会))[补補](?![办辦充货貨发發寄单單拍卡])|返[还還]|[还還]我|[还還][给給]我/;
const BANK =
  /招行|建行|工行|[农農]行|中行|交行|浦[发發]|开户行|[银銀][联聯]|visa|master(?:card)?|amex|[银銀]行|信用卡(?:公司)?|國泰世華|国泰世华|中信|玉山|台新|[汇匯][丰豐]|渣打|招商|[发發]卡行|[发發]卡公司|卡中心|paypal|支付[宝寶]|微信支付|[街]口/;
const REVERSING =
  /止(?:咗|了)?(?:呢|这|這)?[笔筆](?:数|數|交易|钱|錢)|要求退款|申[请請]退款|退刷|扣回|扣[返还還]|拿回|[盗盜]刷|未[经經]?授[权權]|冲正|沖正|追返|dispute|提交[争爭][议議]|投[诉訴][这這][笔筆]|[货貨]不[对對][办辦]|(?:钱|款|这笔钱)(?:给)?(?:要|追|拿|讨)回|追款|追讨|退(?:款|钱)给我|申[诉訴]|[发發]起了?(?:交易)?(?:投[诉訴]|争议|申[诉訴]|维权)|交易投[诉訴]|维权|[异異][议議]|[来來]退|追回|撤[销銷]|撤回|取消(?:[这這][笔筆])?交易|交易取消|[争爭][议議]|拒付|止付|拒[绝絕]付款|(?:暂停|停止)付款|退[单單]|[冻凍][结結]|止(?:咗|了)(?=[，。！!,]|$)|取消(?:咗|了)(?:其中)?一[笔筆]|拦(?:下来|截|住)|截(?:咗|了|住)|发起退回|退回申请|把[这這][笔筆](?:交易|[钱錢]|款)?(?:取消|撤[销銷])/;
// Someone close to the customer, by trade able to act for them (a lawyer in the family, a friend at a paper),
// and what they are about to do with this matter.
const CLOSE =
  '(?:表哥|表姐|表弟|表妹|堂哥|堂姐|哥哥|姐姐|姊姊|弟弟|妹妹|姐夫|姊夫|妹夫|嫂子|弟媳|老公|老婆|先生|太太|爸爸|妈妈|老爸|老妈|岳父|丈母娘|舅舅|我哥|我姐|我弟|我妹|叔叔|伯伯|姑姑|阿姨|姨妈|侄子|外甥|朋友|同学|发小|亲戚|家人|家里人|兄弟|闺蜜|邻居|女儿|儿子)[^，。！？]{0,6}';
const INTERESTED =
  /(?<=朋友|亲戚|同学)睇|有得(?:倾|告|打)|告得(?:入|赢)|这事|这件事|整件事|成件事|看着办|等着|研究|感兴趣|有兴趣|很想|想听|想知道|知道了|怎么处理|看过|看了|看完|睇咗|睇过|睇完|唔啱|不对|聊天记录|违法|不合法|犯法|侵权|欺诈|理亏|会(?:找|联系)你们/;

// 杀虫, 杀菌, 秒杀 and 砍一刀 (a group-buying game) name products and deals, not violence.
const HURTING = /打[断斷爆死残殘]|砍(?!一刀|价|價)|捅(?![到上出])|揍|弄死|(?<!秒)[杀殺](?![虫蟲菌毒价價])|斬|劈/;
const BODY = /[腿手头頭脸臉]|他|她|佢|你/;

// Where a story goes: a named programme or paper (《…》, a TV consumer show), its desk, a reporter. Reaching it
// (联系, 投到, 捅到) is going public whatever the tone; it taking an interest or covering something is read only
// in a complaint or a threat, as a customer also saw an advert there.
const MEDIA =
  /《[^》]{1,14}》|[栏节]目组|编辑部|报社|报馆|电视台|央视|卫视|电台|新闻台|日报|晚报|杂志|周刊|媒体|记者|东张西望|(?:3·?15|三一五)晚会|焦点访谈/;
// 上 before a title only after the writer's resolve (我就上《东张西望》): 上《王者荣耀》就闪退 goes nowhere.
const REACHING_MEDIA =
  /联系|联络|写信|寄(?:给|畀|去)|投稿|投到|投给|捅(?:到|给|畀)|打(?:给|电话给)|报料|爆料|报给|[发發](?:给|畀|俾)|上(?<=(?:我|就|要|会|去|直接)上)(?=《)/;
const TO_MEDIA =
  /找(?!不到|不着|唔到)|搵|反映|投诉|(?:好|很|会)?(?:有|感)兴趣|来拍|曝光|写|报道|报导|采访|上(?:节目|电视|新闻)/;

export const ZH_PAIRS: readonly PairCue[] = [
  { id: 'public-media-reached', flag: 'public', kind: 'act', what: MEDIA, act: REACHING_MEDIA, within: 12 },
  { id: 'public-media-desk', flag: 'public', kind: 'act', what: MEDIA, act: TO_MEDIA, within: 12, needsHeat: true },
  { id: 'churn-account-ended', flag: 'churn', kind: 'ask', what: ENDING, act: ACCOUNT, within: 10 },
  { id: 'legal-lawyer', flag: 'legal', kind: 'act', what: LAWYER, act: LAWYER_ACT, within: 8 },
  { id: 'regulator-body', flag: 'regulator', kind: 'act', what: REGULATOR, act: COMPLAINING, within: 8 },
  { id: 'public-platform', flag: 'public', kind: 'act', what: PLATFORM, act: POSTING, within: 8, needsHeat: true },
  // Strong verbs of exposing reach further: 在脸书社团把你们的处理过程公开.
  {
    id: 'public-platform-exposing',
    flag: 'public',
    kind: 'act',
    what: PLATFORM,
    act: /公[开開]|曝光|[发發]文|[发發]帖|爆料|[写寫]出[来來]/,
    within: 14,
    needsHeat: true,
  },
  {
    id: 'public-rating',
    flag: 'public',
    kind: 'act',
    what: /一星|一[颗顆粒]星(?![都也])|差[评評]|[负負][评評]|零分/,
    act: /[给給畀]|打|[写寫]|留/,
    within: 6,
  },
  { id: 'supervisor-role', flag: 'supervisor', kind: 'ask', what: ROLE, act: ROLE_ACT, within: 8 },
  { id: 'repeat-contact-again', flag: 'repeat-contact', kind: 'said', what: CONTACTING, act: AGAIN, within: 12 },
  { id: 'compensation-money-back', flag: 'compensation', kind: 'ask', what: MONEY, act: PAY_BACK, within: 8 },
  { id: 'chargeback-bank', flag: 'chargeback', kind: 'act', what: BANK, act: REVERSING, within: 14 },
  { id: 'harm-hurting', flag: 'harm', kind: 'harm', what: HURTING, act: BODY, within: 4 },
  {
    id: 'legal-close-to-a-lawyer',
    flag: 'legal',
    kind: 'act',
    what: new RegExp(
      `${CLOSE}(?:律师|律所|法院|法官|检察院|法务|事务所)|(?:做|当)?执业(?:律师)?(?:嘅|的)(?:朋友|亲戚|同学)`,
    ),
    act: INTERESTED,
    within: 14,
    proxy: true,
  },
  {
    id: 'public-close-to-the-press',
    flag: 'public',
    kind: 'act',
    what: new RegExp(
      `(?:${CLOSE}|(?:认识|识得)[^，。！？]{0,4})(?:记者|媒体|报社|报馆|电视台|新闻台|(?:做|搞|拍|跑)[^，。！？]{0,2}新闻|市台|央视|卫视|电视|报纸|周刊|杂志|日报|晚报|自媒体|博主|网红|部落客)|(?:记者|编辑)的?(?:朋友|同学|亲戚)`,
    ),
    act: /认识|朋友|感兴趣|等着|想清楚|谂清楚|新闻价值|编导|编辑|有兴趣|很想|想听|想知道|这件事|这事|这种事|这类事|呢种事|呢啲事|上新闻|报道|报导|采访|来拍|民生|曝光|爆料|写(?:一)?篇|写(?:篇)?(?:文章|稿|嘢)|看着办|掂量|走着瞧|看看你们|的人|嘅人/,
    within: 14,
    proxy: true,
  },
];
