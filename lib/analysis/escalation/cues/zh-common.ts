import type { Cue, LanguageCues } from '../types';

// The Chinese cues, part of the zh-Hans source (zh-hans.ts). zh-hant.ts derives the Traditional tables from it
// when first needed, adding the Traditional forms of every character (listed in zh-hant.forms.ts by
// `npm run derive:hant`, which must run after an edit here), so new entries are written in Simplified only;
// older ones still list both forms ([们們]), which the derivation leaves as they are. A character OpenCC would
// convert wrongly in one word (发 → 髮) is written with its class ([发發]).
// Wording of Taiwan and Hong Kong that is not a conversion goes in zh-hant.overrides.ts.

export const ZH_COMMON_CUES: readonly Cue[] = [
  // churn
  {
    id: 'churn-ending-words',
    flag: 'churn',
    kind: 'ask',
    re: /(?<![旧舊副小](?:[账帳賬][号號户戶]|卡|[号號]))(?:退[订訂]|[销銷]户|[销銷][号號]|[注註][销銷](?:[账帳賬][号號户戶])?|解[约約]|退租|退网|退網|取消(?:[订訂][阅閱](?!电子报|通知|邮件|推送|短信)|[会會]员|[会會]員|自[动動][续續][费費訂约約期]|合[约約同]|服[务務]|套餐|月租)|停掉(?:月租|[门門][号號]|服[务務])|停(?:机|機)[销銷][号號]|[终終]止(?:合同|合[约約]|服[务務])|提前解[约約]|[删刪]除[账帳賬]户|[删刪]除[账帳賬][号號])/,
  },
  {
    id: 'churn-thing-ended',
    flag: 'churn',
    kind: 'ask',
    re: /(?:[会會][员員]|月租|[订訂][阅閱]|套餐|[账帳賬][号號户戶])[^，,。！!？?]{0,6}(?:取消|停掉|退掉|[注註][销銷])了/,
  },
  {
    id: 'churn-never-again',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:再也不|以[后後](?:都|也|再)?不|不[会會]再|不再|永[远遠]不|唔[会會]再|都唔[会會])(?:[会會]|想|要)?(?:再)?(?:跟你[们們]|在你[们們](?:家|[这這]))?(?:[买買]|用(?![那这這旧舊]|新|[担擔]心|怕|等|排[队隊]|[烦煩]|麻[烦煩])|来|來|[订訂]|光[顾顧]|点|點|合作|[续續]|帮衬|幫襯|碰)|不(?:再)?用你[们們哋](?:家|的)?(?:了|啦|咯)|不[续續](?:[费費约約訂订])?了|不[会會]再[续續][约約订訂费費]|(?:唔|不)再[续續][约約订訂费費]|拒[绝絕]往[来來]/,
  },
  {
    id: 'churn-switching',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:[换換]|[转轉]去?|改用|去)(?:一家|[别別]家|[别別]的平台|平台)|[换換]掉你[们們]|[携攜](?:号转网|[号號][转轉][网網]|[码碼])|[卸][载載](?![^，。！？]{0,2}(?:重装|重裝|重新|再装|再裝|重下))|拉[黑入]|封[锁鎖]你[们們]|不想再用|受[够夠]了[^。！!？?]{0,6}(?:不用|不[续續]|退)/,
  },
  // legal
  {
    id: 'legal-suing',
    flag: 'legal',
    kind: 'act',
    re: /起[诉訴]|(?<![局会會委部处處官]去?)告你[们們哋]|(?<!申)去告(?![白示知诉訴别別辞辭急])|提告|法[院庭]上?[见見]|上法院|打官司|走法律(?:程序|途[径徑])|法律途[径徑]|(?:通过|诉诸|采取|拿起)法律(?:手段|武器|程序)|交(?:给|由)(?:我们的?|公司的?)?法务(?:部门|部)?|法律手段|律[师師](?:函|信)|存[证證]信函|(?:找|[请請]|咨[询詢]|[谘諮][询詢]|委托|聘)(?:了|[过過])?(?:个|個)?律[师師](?!事[务務]所)|[报報](?:咗|了)?[警案]|追究(?:你[们們]的)?(?:法律)?[责責]任|小[额額][诉訴][讼訟]|小[额額][钱錢][债債]|[审審]裁[处處]|[简簡]易庭|支付命令|(?<!售后|售後|平台|客服)仲裁/,
  },
  // regulator
  {
    id: 'regulator-complaining-to',
    flag: 'regulator',
    kind: 'act',
    re: /(?:投[诉訴]|[举舉][报報]|申[诉訴]|[检檢][举舉]|反映|打|找|去|[写寫]|提交|告|上[报報]|[报報]到|[报報][给給]|[报報]去)[^，,。！!？?]{0,6}(?:12315|12345|12365|12321|1950|消[协協]|消[费費]者(?:[协協][会會]|委[员員][会會]|保[护護])|市[场場]监[管督]|市[场場]監[管督]|工商|工信部|[银銀]保[监監]|[监監]管(?:部[门門]|局|机构|機構)|[相有]关部[门門]|[相有]關部[門门]|市[长長](?:[热熱][线線]|信箱)|消基[会會]|消保(?:官|[处處]|[会會])|消委[会會]|公平[会會]|ncc|[通][传傳][会會]|金管[会會]|[卫衛]生局)/,
  },
  {
    id: 'regulator-body-then-act',
    flag: 'regulator',
    kind: 'act',
    re: /(?:12315|12345|1950|1999|消[协協]|市[场場][监監]管局|工商局|工信部|[银銀]保[监監][会會]|消基[会會]|消保(?:官|[处處]|[会會])|消委[会會]|金管[会會]|ncc|通[传傳][会會]|公平[会會]|市[长長](?:[热熱][线線]|信箱))[^，,。！!？?]{0,6}(?:投[诉訴]|[举舉][报報]|申[诉訴]|[检檢][举舉]|反映|那[边邊])|(?:投[诉訴]|[举舉][报報]|申[诉訴])到(?:12315|消[协協]|工信部|消基[会會])/,
  },
  // public
  {
    id: 'public-exposing',
    flag: 'public',
    kind: 'act',
    re: /曝光(?!度|率)|[爆][料]|公[审審]|上新[闻聞]|(?:找|叫|[联聯][系絡络])(?:[个個])?(?:[记記]者|媒[体體])|[让讓](?:大家|所有人|全世界|全网|网友|更多人)(?:都)?(?:来|來)?(?:看看|知道|看到|避雷|[评評][评評]理)|避雷|(?:[发發]|po|PO|贴|貼|放|晒|曬)\s*(?:到|上|去)?\s*(?:[网網]上|[网網]|微博|小[红紅]书|小[红紅][书書]|抖音|朋友圈|[脸臉][书書]|fb|ig|dcard|ptt|[连連]登|threads|黑猫|黑[貓猫])|(?:[给給]|打|[写寫]|留)(?:了|[个個]|一[个個]|一星)?(?:差[评評]|[负負][评評]|一星)|差[评評]已|[负負][评評]已|(?:差[评評]|[负負][评評]|一星)(?:也|都)?(?:已[经經])?(?:[给給]|打|[写寫]|留|po|PO)了|一星[负負][评評]|出(?:咗|了)?post|[发發]帖|[发發]文/,
  },
  // supervisor
  {
    id: 'supervisor-asking-for',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:找|叫|[请請]|[让讓]|[换換]|[转轉]|要求|搵)(?:一?[个個])?(?:你[们們哋]?)?(?:的)?(?:[经經]理|主管|[领領][导導]|[负負][责責]人|上[级級]|上司|老板|老[闆板]|店[长長]|高[层層]|管事的|能(?:拍板|做主|做[决決]定|管事)的人?|[说說]了算的|[说說][话話]算[数數話话]的|有[权權]限(?:的|嘅)(?:人)?)|[转轉](?:人工|真人|[专專]人)|(?:人工|真人)客服[！!]|升[级級][处處]理|有[没沒]有能(?:管事|做主|拍板)的人/,
  },
  {
    id: 'supervisor-wrote-above',
    flag: 'supervisor',
    kind: 'act',
    re: /(?:[给給][^，,。]{0,4}|[写寫]信[给給])?(?:你[们們])?(?:[总總]部|[总總]公司|[总總][经經]理|董事[长長]|CEO|ceo)[^，,。]{0,4}(?:[发發]了?(?:[邮郵]件|信)|[写寫]了?信|打了?[电電][话話]|投[诉訴])|(?:[发發]了?(?:[邮郵]件|信)|[写寫]了?信|[写寫]信)[给給](?:你[们們])?(?:[总總]部|[总總]公司|[总總][经經]理|董事[长長])/,
  },
  // repeat contact
  {
    id: 'repeat-nth-time',
    flag: 'repeat-contact',
    kind: 'said',
    re: /第[二三四五六七八九十几幾\d]+次(?:[联聯][系絡络]|打|找|[问問]|反映|反[应應]|来|來|催|[写寫]|投[诉訴]|[报報]修|申[请請]|[讲講]|[说說])|[说說讲講](?:了|咗)?(?:多少|幾多|几多|几|幾|好几|好幾)(?:遍|次)|(?:[讲講说說]|反映|[联聯][系絡络]|打|催|[问問]|投[诉訴])(?:了|咗|[过過])(?:好几|好幾|[几幾]|[两兩二三四五]|很多|好多|多)(?:次|遍|回)(?!才(?:抢|买|订|约|中|成功|搶|買|訂|約))|(?:反映|[联聯][系絡络]|投[诉訴]|催|[问問])[过過](?:好几|好幾|很多|多|[两兩三四五]|无数|無數)次|(?:多次|反[复覆]|一再|再三|屡次|屢次)(?:[联聯][系絡络]|反映|投[诉訴]|催|[问問]|打)/,
  },
  {
    id: 'repeat-before-and-still',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:之前|上次|上[周週]|上[个個]月|上禮拜|上星期|前[两兩]天|[昨]天)(?:就|已[经經])?(?:已[经經])?(?:[报報]修|反映|[联聯][系絡络]|投[诉訴]|[说說讲講]|打[过過]|[问問])[^。！!？?]{0,14}(?:[还還](?:是|没|沒)|到[现現]在|都[没沒]|一直|仍然|[说說讲講]?[过過]一(?:遍|次))|(?:跟|同)你[们們哋]?(?:同事|客服)?(?:[说說讲講])(?:[过過]|咗)|(?:一直|都|仍然|还是)(?:[没沒]|冇)人(?:[处處]理|回|理|管)|每次(?:[来來去])?(?:打|[联聯][系絡络]|找|[问問])[^。！!？?]{0,8}(?:都|就)[^。！!？?]{0,8}(?:等|[没沒]|不)|[还還]是[没沒](?:解[决決]|[处處]理|修好|[动動]静|回[复覆])|打了[两兩二三四五几幾\d]+次(?:都)?(?:[没沒]人|不通)|又(?:来|來)[问問]|又[问問][？?]/,
  },
  // compensation
  {
    id: 'compensation-refund',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:全[额額])?退款(?!流程|政策|[规規]定|[进進]度|[时時][间間])|退[钱錢]|退[费費](?!流程)|(?<!拖延|延迟|拒绝|拒)[赔賠](?:偿|償|[钱錢]|付)(?!客户|客人|顾客|对方|别人|他们|人家)|[补補]偿|[补補]償|把[钱錢]退|[钱錢]退[回给給]|退[给給]我|[还還][钱錢]|(?:要么|要嘛|要不)(?:[补補](?:[发發]|寄)|重[发發寄])|[赔賠]我|[损損]失[^。！!？?]{0,10}(?:[给給]|要)[个個](?:[说說]法|交代)/,
  },
  // abuse
  {
    id: 'abuse-insults',
    flag: 'abuse',
    kind: 'said',
    re: /智障(?![型版款]|到?好?可[爱愛])|弱智|[脑腦](?:残|殘|子[进進]水|袋[装裝]屎|子有病)|[废廢]物|白[痴癡]|傻[逼b屄]|(?<![a-z])sb(?![a-z])|煞[笔筆]|沙比|[蠢]货|蠢貨|死蠢|[贱賤]人|人渣|畜生|垃圾客服|他[妈媽]的|(?<![我佢她阿老])[妈媽]的|tmd|尼[玛瑪]|草泥[马馬]|cnm|nmsl|操你|[干幹]你娘|靠北|靠腰|[滚滾](?:蛋|吧)?(?=[，,。！!]|$)|[闭閉][嘴]|收声(?=[，,。！!]|$)|你是猪|你是豬|你[们們]?[听聽]不懂人[话話]|[听聽]不懂人[话話](?:是吧|是不是|[吗嗎])|on9|[扑仆]街|屌你|[顶頂]你[个個]肺|戇[鸠鳩]|食屎|[骗騙]子/,
  },
  // chargeback
  {
    id: 'chargeback-reversal',
    flag: 'chargeback',
    kind: 'act',
    re: /拒付(?!率)|止付|charge\s?back|[争爭][议議](?:款|[处處]理|交易|退款)|(?:[银銀]行|信用卡|[发發]卡行|卡[中]心)[^，,。]{0,10}(?:退[单單]|冻[结結]|凍結|撤[销銷]交易|追回)|(?:冻[结結]|凍結)(?:了)?[这這][笔筆]交易|把[这這][笔筆](?:交易|扣款|刷卡)?(?:冻[结結]|凍結)|做退[单單]/,
  },
  // harm
  {
    id: 'harm-smashing',
    flag: 'harm',
    kind: 'harm',
    re: /(?:东西|東西|店|[门門][店市]|你[们們]|柜台|櫃台)[^，,。]{0,4}(?:全|都)?砸(?:了|[烂爛]|光)?|砸(?:了|[烂爛]|光)(?:你[们們]|[门門][店市]|店)|(?:打|弄|[杀殺])死(?:你|他|她|佢|[个個])|[杀殺]了你|(?:上[门門]|[过過]去)(?:动手|動手|找你[们們]算[账帳])|捅(?:死|你)|放火|[烧燒]了你[们們]|我知道你[们們哋]?(?:的)?(?:公司|店|办公室|辦公室|门店|門店|门市|門市|仓库|倉庫|家)?(?:在哪|喺边|喺邊|住哪|住(?:喺)?边度|住(?:喺)?邊度)/,
  },
  {
    id: 'harm-self',
    flag: 'harm',
    kind: 'harm',
    re: /不想活|想死了|活[着著](?:真的|好像)?[没沒](?:什[么麼]|啥)?意思|活著好累|一了百了|[撑撐]不下去|自[杀殺]|[轻輕]生|[结結]束(?:自己|生命)|(?:唔|不)想再?[生]存|想[跳]楼|想[跳]樓/,
  },
  {
    id: 'repeat-nth-time-alone',
    flag: 'repeat-contact',
    kind: 'said',
    re: /第[二三四五六七八九十几幾\d]+次了(?=[。！!，,]|$)/,
  },
  {
    id: 'harm-no-meaning',
    flag: 'harm',
    kind: 'harm',
    re: /活[着著](?:[还還])?有什[么麼]意[义義]|活[着著][没沒](?:有)?意[义義]|[没沒]有活下去的理由/,
  },
  {
    id: 'abuse-unfit',
    flag: 'abuse',
    kind: 'said',
    re: /收皮|(?:水[平準]|[质質]素)[^，,。]{0,4}(?:也|都)(?:配)?(?:做|[当當])客服/,
  },
  {
    id: 'churn-partner-ended',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /不(?:再)?合作了|[终終]止合作|不再合作|(?:[签簽]了|[换換]了|改用|找|用|考虑|考慮|看看)[别別](?:的|家)(?:供[应應]商|廠商|厂商|公司|平台)?/,
  },
  {
    id: 'repeat-from-the-start',
    flag: 'repeat-contact',
    kind: 'said',
    re: /从[头頭](?:[解][释釋]|[说說讲講])|從頭(?:解釋|說|講)|重新[解][释釋]|又要[解][释釋]|第[二三四五六七八九十几幾\d]+封|(?:工[单單]|[单單][号號]|案件|case)[^。]{0,6}\d{3,}[、,，和跟]\s*\d{3,}/,
  },
  {
    id: 'abuse-insults-2',
    flag: 'abuse',
    kind: 'said',
    re: /二[货貨]|蠢才|[脑腦](?:子|袋)(?:坏|壞)(?:了|掉)|笨蛋|傻子|傻瓜|智商(?:[为為]零|捉急|堪[忧憂])|弱[鸡雞]|垃圾人/,
  },
  // Round 2: wider shapes of the same intents (a thing of ours stopped, a carrier changed, an insult by
  // another name, a weapon named).
  {
    id: 'churn-thing-stopped',
    flag: 'churn',
    kind: 'ask',
    re: /把(?:[会會][员員]|[账帳賬][号號户戶]|套餐|[宽寬][带帶]|网[络絡]|網路|月租|服[务務]|[订訂][阅閱]|合[约約])(?:[给給])?(?:退掉|停掉|取消|[注註][销銷]|[关關]掉|[删刪]除|[删刪]掉|[销銷]掉|解[约約])/,
  },
  {
    id: 'churn-changing-provider',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /[换換](?:[个個])?(?:[运運][营營]商|[电電]信(?:公司)?|[网網]路?(?:公司)?|[银銀]行|平台|供[应應]商|厂商|一家|[别別]家|[别別]的)|[办辦]了?拆[机機]|(?:[删刪]除|[注註][销銷])了?(?:[账帳賬][号號户戶])|[账帳賬][号號户戶](?:已[经經])?(?:[删刪]除|[注註][销銷])了/,
  },
  {
    id: 'legal-filing',
    flag: 'legal',
    kind: 'act',
    re: /(?:收|等|接)(?:到)?(?:法院的?)?传票|法院传票|(?<!业主)立案(?!法团|字号)|[递遞]状|[递遞]狀|[诉訴]状|[诉訴]狀|提起[诉訴][讼訟]|民事[诉訴][讼訟]|法律[责責]任/,
  },
  {
    id: 'supervisor-talk-with',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:跟|和|同|见|見)你[们們哋]?(?:的)?(?:[经經]理|主管|[领領][导導]|[负負][责責]人|老板|老[闆板]|上司|上[级級]|高[层層])(?:直接)?(?:[谈談]|[说說]|[讲講]|[对對][话話]|[沟溝][通]|倾|傾|通[话話]|[讲講][电電][话話]|反映|投[诉訴])/,
  },
  {
    id: 'repeat-so-many-times',
    flag: 'repeat-contact',
    kind: 'said',
    re: /[还還]是[没沒]人(?:[处處]理|回|理|管)|(?:[说說讲講]|反映|[问問]|催)了?(?:那么|那麼|这么|這麼)?多(?:次|遍)/,
  },
  {
    id: 'compensation-must-pay',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:必[须須]|要|得|[应應]该|[应應]當|就)[赔賠](?![偿償])|[赔賠](?:[给給])?我|[损損]失(?:[你]|由)[^，。]{0,4}(?:[负負][责責]|承担|承擔|[赔賠])/,
  },
  {
    id: 'abuse-insults-3',
    flag: 'abuse',
    kind: 'said',
    re: /[脑腦](?:子|袋)(?:是不是|是唔是)?有(?:问题|問題|病|坑)|[饭飯]桶|[废廢]柴|低能|[猪豬][脑腦]|[没沒冇]脑|[没沒冇]腦|神[经經]病|有病吧|狗[东東]西|王八蛋|混蛋|[蠢][猪豬]|你[个個]?(?:傻|蠢)[子瓜貨货]/,
  },
  {
    id: 'harm-weapons',
    flag: 'harm',
    kind: 'harm',
    re: /拿(?:着|著)?刀|[带帶]刀|菜刀|砍(?:死|你|人|他)|[泼潑](?:汽油|硫酸)|炸(?:了|掉|死)你|不想(?:再)?活|活不下去|想[结結]束(?:一切|生命)/,
  },
  // Round 5: intent families in both scripts and Cantonese: being removed from the books, moving to a rival,
  // insisting on an authority, repetition adverbs, money taken off a bill, abuse by "can't you read", self-harm
  // said indirectly. The intent reader still decides whether the customer is doing it.
  {
    id: 'churn-off-the-books',
    flag: 'churn',
    kind: 'ask',
    re: /把我(?:的[资資]料)?(?:从|從)?(?:你[们們哋]的?)?(?:系[统統]|名[单單]|[资資]料[库庫庫]|客[户戶]名[单單]|[会會][员員]名[单單])(?:[里裡]|中|入面)?(?:[删刪](?:掉|除|咗)|移除|去掉|剔除)|以[后後](?:[别別]|不要|唔好)再扣/,
  },
  {
    id: 'churn-moving-to-rival',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:[转轉]去|[换換]去|改去|[换換]成|[转轉]用|[转轉][投到])(?:[别別]的|其他|另一家|[别別]家|第二[间間个家])?(?:[运運][营營]商|[电電]信|平台|公司|品牌|[银銀]行|供[应應]商|[网網]店|商家)|唔再(?:用|[帮幫][衬襯]|光[顾顧]|[买買])你[哋地]|唔再(?:[帮幫][衬襯]|光[顾顧])(?!都唔得|都不行)/,
  },
  {
    id: 'supervisor-insisting',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:坚持|堅持|要求|我要|我想)(?:要)?(?:和|跟|同|与|與)你[们們哋]?(?:的)?(?:主管|[经經]理|[领領][导導]|上司|[负負][责責]人|老板|老闆|店[长長])(?:[通讲講说說][话話]?|[对對][话話]|[谈談]|倾|傾)|交[给給](?:能|可以|[够夠])(?:拍板|做主|做[决決]定|[说說]了算|管事)的人/,
  },
  {
    id: 'repeat-over-and-over',
    flag: 'repeat-contact',
    kind: 'said',
    re: /一遍又一遍|一次又一次|一轮又一轮|一輪又一輪|三番[两兩]次|[反]反[复復][复復][地]?(?:[说說讲講问問找催联聯打])|(?:追|催|问|反映|投诉|联系|找)了(?:整整|足足|快|将近|將近)?(?:[一两兩几幾\d]+)?(?:个|個)?(?:多)?(?:月|[礼禮]拜|星期|周|週|天)|前(?:[两兩]|三|四|五|几|幾)(?:封|次|通|条|條|則)[^。，,]{0,6}(?:[说說]|[讲講]|提|[写寫])(?:[过過])?了|第[二三四五六七八九十\d]+(?:条|條|則|封|通)(?:消息|[讯訊]息|信|[邮郵]件|[电電][话話])?了/,
  },
  {
    id: 'compensation-off-the-bill',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:从|從)我(?:的)?[账帳賬][单單](?:[里裡])?(?:扣|减|減|抵)/,
  },
  {
    id: 'abuse-cannot-read',
    flag: 'abuse',
    kind: 'said',
    re: /你(?:是)?不[识識]字|你?[係系]咪唔[识識]字|[识識]唔[识識]字[嘅㗎架]/,
  },
  {
    id: 'harm-self-indirect',
    flag: 'harm',
    kind: 'harm',
    re: /了[结結](?:自己|我自己|[残殘]生|此生)|[结結]束(?:自己|我自己)(?:的生命)?|唔想再?活|跳[楼樓](?![价價大甩])|[烧燒]炭|割腕/,
  },
  {
    id: 'public-everyone-sees',
    flag: 'public',
    kind: 'act',
    re: /所有(?:的)?(?:点评|點評|[评評][论論]|[评評][价價])(?:网站|網站|平台)[^。]{0,6}(?:看到|知道)|(?:google|facebook|fb|ig|脸书|臉書|[脸臉]書)[^，,。]{0,4}(?:留|[写寫]|[给給]|打)(?:了)?(?:[评評][论論]|[评評][价價]|[负負][评評]|差[评評]|一星)|po(?:了)?的?(?:抱怨)?文[^。]{0,6}(?:分享|[转轉])/,
  },
  // Round 6: frames rather than phrases, written in Simplified (the derivation adds Traditional): a thing of
  // ours taken off ("把号销了"), renewal refused to us, moving at the end of a contract, contacts counted in any
  // measure word (次, 遍, 通, 回), agents changed, self-harm as "can't carry on", threats against a person met
  // later or a shop defaced, people brought along to settle it.
  {
    id: 'churn-thing-cancelled',
    flag: 'churn',
    kind: 'ask',
    re: /把(?:我的)?(?:手机)?(?:号|卡|号码|宽带|会员|账号)(?:给)?(?:销|停|退|注销|拆)(?:了|掉)/,
  },
  {
    id: 'churn-no-renewal',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /不(?:再)?(?:跟|和|与|同)你[们哋]?(?:家)?(?:续约|续费|续订|签约|合作)|(?:约满|合约一?到期|合同一?到期)[^，。！？]{0,4}(?:就|便)?(?:转|换|跳|改用|不续)|转网|跳网|(?:考虑|打算|准备)(?:把你们)?换掉/,
  },
  {
    id: 'repeat-counted',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:找|问|打|联系|催|反映|投诉|写信|来信|写|讲|说|发|寄|留言|提交)(?:了|过|咗)(?:你们|你哋)?(?:的)?(?:客服)?(?:不下|至少|起码|超过|快|差不多)?(?:[两二三四五六七八九十]{1,2}|几|好几|\d+)(?:次|遍|通|回|趟|封)(?!才(?:抢|买|订|约|中|成功|搶|買|訂|約))|(?:打了|打过|打咗|拨了)(?:[两二三四五六七八九十]{1,2}|几|好几|\d+)(?:个|通)电话|换了(?:两|三|四|五|六|几|好几|\d+)个(?:客服|人|专员)|重新(?:说|讲|解释|描述)(?:一遍|一次)/,
  },
  {
    id: 'harm-cannot-carry-on',
    flag: 'harm',
    kind: 'harm',
    re: /不想(?:再)?(?:撑|坚持|熬|活)下去|(?:撑|熬|活)不下去了|不想再?(?:撑|熬)了/,
  },
  {
    id: 'harm-menace',
    flag: 'harm',
    kind: 'harm',
    re: /(?:别|不要)让我(?:再)?(?:碰|遇|撞|看)(?:到|见)你|泼(?:油漆|红漆|漆|粪)|带(?:一群|几个|一帮)?(?:人|朋友|兄弟)[^，。！？]{0,10}(?:讨公道|算账|理论|讨说法|闹)|看谁怕谁/,
  },
  {
    id: 'churn-stop-it-now',
    flag: 'churn',
    kind: 'ask',
    re: /(?:帮我|给我|直接)(?:把它)?(?:停掉|取消掉|注销掉|销掉|解约)(?=[。！!，,]|$)/,
  },
  {
    id: 'harm-smash-it',
    flag: 'harm',
    kind: 'harm',
    re: /(?:看我不|睇我唔)砸|砸(?:了|烂|爛)(?:它|佢)|砸(?:烂|了)你/,
  },
  // Round 7 (tuned after the fresh7 blind score): paid at list price, weeks running on the same question,
  // being made an example of by a regulator, everyone in a group told, veiled threats against staff.
  {
    id: 'compensation-list-price',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:照价|原价|全额|按价)赔/,
  },
  {
    id: 'repeat-weeks-running',
    flag: 'repeat-contact',
    kind: 'said',
    re: /连续(?:[两二三四五六七八九十]{1,2}|几|好几|\d+)(?:天|周|个月|个礼拜|礼拜|个星期|星期|次)|(?:问|说|讲|反映|催)的都是同一(?:个)?(?:问题|件事)|同一(?:个)?问题(?:问|说|讲|反映)了/,
  },
  {
    id: 'regulator-summoned',
    flag: 'regulator',
    kind: 'act',
    re: /(?:被|让|叫)(?:消协|消费者协会|市场监管局|工商局|消保官|消保处|消委会|消基会|监管部门)(?:来)?(?:约谈|处罚|查处|调查|查你们|罚)/,
  },
  {
    id: 'public-everyone-in-a-group',
    flag: 'public',
    kind: 'act',
    re: /让(?:所有|全部|整个)[^，。！？]{0,8}(?:人|群组|群|大家)(?:都)?(?:知道|看看|看到)/,
  },
  {
    id: 'harm-veiled',
    flag: 'harm',
    kind: 'harm',
    re: /出(?:了)?事(?:别|不要)怪我|别怪我不客气|(?:去|到)你们(?:公司|店|门店|门市|铺头|办公室|柜台|仓库)(?:里)?(?:闹|闹事)|你(?:们|哋)[^，。！？]{0,8}小心(?:点|一点|啲)(?=[。！!，,]|$)/,
  },
  // Round 8 (tuned after the fresh8 blind score): everything cancelled at once, wanting nothing to do with us,
  // moving to the next shop, agents counted, calling every day, expenses claimed, a useless lot, "有他好看的".
  {
    id: 'churn-all-of-it',
    flag: 'churn',
    kind: 'ask',
    re: /全部(?:都)?(?:给我|帮我)?(?:取消|停掉|注销|退掉)(?=[，,。！!]|$)|不想(?:再)?(?:跟|和|与|同)你们有(?:任何)?(?:关系|瓜葛|来往|联系)/,
  },
  {
    id: 'churn-next-shop',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:转去|换去|转用|改用|跳去|走(?:咗)?去)(?:别家|另一家|第二间|第二家|其他家|隔壁)/,
  },
  {
    id: 'repeat-agents-counted',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:跟|和|同)(?:[两二三四五六七八九十]{1,2}|几|好几|\d+)个(?:不同的)?(?:客服|人|专员|同事)(?:说|讲|解释|反映)(?:过|了|咗)|每天都(?:在)?(?:给你们)?(?:打|联系|找|问|催)|天天(?:打|找|催|问)(?:你们)?/,
  },
  {
    id: 'compensation-expenses',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:给我|帮我|你们要|你们得|必须)报销/,
  },
  {
    id: 'abuse-useless-lot',
    flag: 'abuse',
    kind: 'said',
    re: /(?:一帮|一群|一班|班)(?:没用|冇用|无能|无用)(?:的|嘅)?(?:东西|嘢|人|家伙)|没用的东西/,
  },
  {
    id: 'harm-you-will-see',
    flag: 'harm',
    kind: 'harm',
    re: /有(?:他|她|你|你们)好看(?:的)?|(?:别|不要)再(?:让我|被我)(?:看见|看到|碰到|遇到)/,
  },
  {
    id: 'public-tell-them-to-avoid',
    flag: 'public',
    kind: 'act',
    re: /(?:告诉|提醒|劝|叫)[^，。！？]{0,12}(?:别|不要)(?:买|用|来|选|找)你们/,
  },
  // Round 9 (tuned after the fresh9 blind score): going to a rival, a number ported out, a lawyer to talk to us,
  // trending for the wrong reasons, "are you stupid", beaten senseless, not wanting to wake up.
  {
    id: 'churn-to-a-rival',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:去|转去|投奔|找|用)(?:你们的?)?(?:竞争)?对手|携号转出|号(?:码)?(?:已经)?转出去/,
  },
  {
    id: 'public-trending',
    flag: 'public',
    kind: 'act',
    re: /(?:你们|你们公司|让你们)[^，。！？]{0,8}(?:上热搜|(?:网上|网络上|网路上)(?:火|爆红|红)|爆红)/,
  },
  {
    id: 'abuse-are-you-stupid',
    flag: 'abuse',
    kind: 'said',
    re: /你(?:们|哋)?(?:的)?(?:客服|员工|公司)?(?:是|係)(?:不是|咪|唔係)?(?:傻|蠢)(?:的|嘅|咗)?(?=[吗嗎㗎啊呀吧？?。！!]|$)/,
  },
  {
    id: 'harm-beaten',
    flag: 'harm',
    kind: 'harm',
    re: /满地找牙|打(?:得|到)(?:他|你|佢)?(?:满地|半死|住院|进医院|入医院|入院|断手断脚|残废)|不想(?:再)?醒(?:过来|来)?(?=[了。！!，,]|$)/,
  },
  // Round 10 (recall: the same intents without their usual words): gone over to another shop or first to
  // leave, evidence kept for the proceedings, everyone going to know, someone senior or with the power to
  // decide asked for, a brain "full of water", not answering for what one will do, going round to settle scores,
  // a shop's premises smashed.
  {
    id: 'churn-gone-elsewhere',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:换|转|改用|跳槽|投奔|跑)(?:成|到|去)了?(?:一家|别家|别的(?:家|平台|公司|牌子|店)?|其他(?:家|平台|公司|品牌|牌子|店)|隔壁|竞品|对手)|已经(?:在|用|换)(?:别家|别的|其他家|对手)|第一个(?:走|退|跑|撤|不用|取消)|宁(?:愿|可)[^，。！？]{0,12}(?:别家|别的(?:家|平台|公司)|其他(?:家|平台|公司)|对手|隔壁)/,
  },
  {
    id: 'legal-keeping-evidence',
    flag: 'legal',
    kind: 'act',
    re: /(?:留|保留|存|截图|截屏|录音|录屏|拍照)(?:着|好|了|下来|下)?[^，。！？]{0,6}(?:当|作为|做|留)证据|证据(?:我)?(?:都|已经)?(?:留|保存|存|截)(?:着|好|了|下来)|该走的(?:法律)?程序|取证/,
  },
  {
    id: 'public-everyone-will-know',
    flag: 'public',
    kind: 'act',
    re: /(?:全世界|所有人|大家|全网|网友|整个(?:网络|网路|圈子)|身边的人|亲戚朋友)(?:都|也)?(?:会知道|会看到|会晓得|会看清|将会知道|将知道|迟早知道|迟早会知道)/,
  },
  {
    id: 'supervisor-senior-or-empowered',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:换|找|叫|请|要|来)(?:一?[个位])?(?:更|比较|较|再)?(?:资深|有经验|高级|懂行|级别高|职位高|有权(?:力|限)?(?:做主|决定|处理|拍板))(?:一点|一些|点|些)?的(?:同事|人|客服|员工|专员)/,
  },
  {
    id: 'abuse-brain',
    flag: 'abuse',
    kind: 'said',
    re: /[脑](?:子|袋|壳)(?:是不是|是否|是唔是|系咪)?[^，。！？]{0,2}(?:进水|被门夹|被驴踢|秀逗|瓦特|坏掉|不好使|装的(?:是)?(?:屎|浆糊)|有屎|有泡)/,
  },
  {
    id: 'harm-not-answering-for-myself',
    flag: 'harm',
    kind: 'harm',
    re: /(?:不知道我?自己|不知道我|不敢保证|保证不了|控制不住|管不住)(?:我)?(?:自己)?(?:会)?(?:做出|干出|搞出)(?:什么|啥|甚么)|(?:别|不要)逼我(?:做出|动手|干出|翻脸)|(?:去|到|来|上门|过去|亲自)[^，。！？]{0,8}找(?:你|你们)算账/,
  },
  {
    id: 'harm-premises-smashed',
    flag: 'harm',
    kind: 'harm',
    re: /(?:店|门店|门市|铺头|舖頭|铺面|办公室|前台|柜台|仓库)[^，。！？]{0,4}(?:全|都)?砸(?:晒|哂|烂|光|碎|了|掉)/,
  },
  // Round 10, second pass (on the writer's own new wordings, not a scored set): the last purchase, not another
  // cent earned, a number moved to another carrier, pursued to the end, a long post airing it all, investors
  // told, a manager's number asked for, "换个人", the same answer every time, emails counted with none
  // answered, "听不懂中文", 狗屁 and 傻x, money taken back through the bank, 见一个打一个.
  {
    id: 'churn-last-time',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /最后一次(?:在你们(?:家|这)?|找你们|用你们的?|跟你们)[^，。！？]{0,4}(?:买|用|订|下单|消费|合作|续)|(?:不会|再也不|别想)(?:再)?(?:从我这|从我身上|在我身上)(?:赚|挣|拿)(?:到)?(?:一分钱|钱)|把(?:手机)?(?:号|号码|门号|宽带|线路)(?:给)?(?:转|携|迁|换)(?:到|去|成)了?(?:移动|联通|电信|广电|别家|其他|中华电信|远传|台湾大哥大|台哥大|亚太)/,
  },
  {
    id: 'legal-to-the-end',
    flag: 'legal',
    kind: 'act',
    re: /(?:追究|追责|维权|告)到底/,
  },
  {
    id: 'public-airing-it',
    flag: 'public',
    kind: 'act',
    re: /(?:写|发)(?:一篇|篇|个)?(?:长文|小作文|文章|帖子)[^，。！？]{0,12}(?:说出来|曝光|公开|挂|发出来)|把你们的?(?:所作所为|嘴脸|德行|丑事|行为|做法)[^，。！？]{0,6}(?:说出来|公开|曝光|发出来|挂出来|公之于众)|公之于众|(?:你们的)?(?:股东|投资人|投资方|合作方|广告商)(?:们)?(?:知道|看到)(?:了)?(?:会|后)/,
  },
  {
    id: 'supervisor-someone-else',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:换|叫)(?:一?个)(?:人|懂的人|明白人|会处理的人|能处理的人)(?:来|吧|跟我)?(?=[。！!，,]|$)|不想(?:再)?(?:跟|和)你(?:说|讲|聊|谈)(?:了)?[，,]?(?:换|叫|找)/,
  },
  {
    id: 'repeat-same-answer',
    flag: 'repeat-contact',
    kind: 'said',
    re: /每次(?:都)?(?:是)?(?:同样|一样|相同)的(?:答复|回复|回答|说法|话|套话|借口)|又是(?:这句话|这套(?:说辞|话)?|同样的(?:话|答复|回复|借口)|一样的(?:话|答复|回复|借口))|上次也是这么(?:说|讲|答复|回复)的|(?:[两二三四五六七八九十几\d]+)(?:封|条|通)[^，。！？]{0,8}[，,]?一(?:封|条|通)都(?:没|沒)(?:回|人回|人理)/,
  },
  {
    id: 'abuse-cannot-understand',
    flag: 'abuse',
    kind: 'said',
    re: /你(?:是不是|是否|係咪)?(?:听|看)不懂(?:中文|人话|汉语|国语|普通话|字)|傻[xX×叉*]|二[逼b]/,
  },
  { id: 'abuse-bullshit', flag: 'abuse', kind: 'said', undirected: true, re: /狗屁|放屁|屁话/ },
  {
    id: 'harm-every-one-of-you',
    flag: 'harm',
    kind: 'harm',
    re: /见一个打一个|见(?:一次|到)(?:就)?打一次/,
  },
  {
    id: 'churn-named-carrier',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:转(?:咗|了)?去|转(?:咗|了)?到|换(?:咗|了)?去|换成|改用|跳(?:咗|了)?去|转用|携号到|携码到)了?\s*(?:中华电信|远传|台湾大哥大|台哥大|亚太电信|台湾之星|数码通|smartone|csl|3hk|1o1o|中国移动|中移动|香港宽频|hkbn|网上行|移动|联通|广电|电信)/,
  },
  { id: 'abuse-useless-agent', flag: 'abuse', kind: 'said', re: /(?:废青|废物|废柴|饭桶|白痴|智障|脑残|猪头)客服/ },
  {
    id: 'harm-wanting-to-die',
    flag: 'harm',
    kind: 'harm',
    re: /(?<![笑累饿餓热熱冷困闷悶][到得])(?:真(?:的|係|系)?)?(?:好)?想死(?=[，,。！!]|$)|唔想再?(?:撑|熬|活)(?:落去|下去)/,
  },
  // Round 10, third pass (tuned on the fresh11 blind score's misses, as families): a named shop to buy from
  // instead, waiting to be torn apart online, whoever is in charge to talk to, numbers of times said, a brain
  // not grown, the same words last time.
  {
    id: 'churn-named-shop',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:我就|就|以后|以后都|我会|干脆|直接)(?:转去|改去|去|换去|跑去|转到)(?:京东|淘宝|天猫|拼多多|亚马逊|唯品会|苏宁|虾皮|蝦皮|momo|pchome|hktvmall|美团|饿了么|别家|对面)(?:买|下单|订|点|购买)/,
  },
  {
    id: 'public-torn-apart',
    flag: 'public',
    kind: 'act',
    re: /等着(?:被|让)(?:网友|全网|大家|所有人)(?:骂|喷|批|笑话|唾弃|人肉)|黑猫投诉[^，。！？]{0,6}(?:发了|投了|发帖了)/,
  },
  {
    id: 'supervisor-whoever-decides',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:跟|和|同|找|叫|转给|转到|交给)(?:你们)?(?:的)?(?:能|可以|有权)?(?:管事|做主|拍板|说了算|做决定|负责)的(?:人)?|(?:叫|找|请)(?:你们|你哋)?(?:的)?上头/,
  },
  {
    id: 'repeat-times-said',
    flag: 'repeat-contact',
    kind: 'said',
    re: /上次(?:也|都)(?:是|係)(?:这么|这样|咁)(?:说|讲|講|答|回)|(?:说|讲|问|打|催|联系|找|反映)(?:了|过|咗)(?:八百|一百|几百|一千|一万|无数)(?:遍|次)/,
  },
  { id: 'abuse-no-brain', flag: 'abuse', kind: 'said', re: /[没冇](?:长|带)(?:脑子|脑)/ },
  // Round 10, last pass (after the fresh12 blind score): a customer lost, a review written up, a chat shown to
  // one's followers or group, whoever can approve, raised in every chat, 扮听不懂, 瘪三, not answering for what
  // happens, walking out.
  {
    id: 'churn-customer-lost',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:失去|流失|少)了?(?:一个|一位)(?:老|忠实的?)?(?:客户|顾客|用户|会员)|(?:考虑|打算|准备|要)换(?:一)?家|(?:我就|就)走人/,
  },
  {
    id: 'public-shown-around',
    flag: 'public',
    kind: 'act',
    re: /(?:评价|差评|测评)[^，。！？]{0,4}(?:写出来|发出来|挂出来)|(?:发|po|贴)(?:给|到)(?:我的)?(?:粉丝|群里|朋友圈|业主群|家长群)|(?:业主群|小区群|家长群|社区群|群组)(?:里|上)?(?:说|讲|发)了/,
  },
  {
    id: 'supervisor-can-approve',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:找|叫|要|转给|搵)(?:一个|个)?(?:能|可以)(?:批准|批核|审批|签字)(?:的|嘅)人/,
  },
  {
    id: 'repeat-every-chat',
    flag: 'repeat-contact',
    kind: 'said',
    re: /每次(?:聊天|打电话|联系|来|倾偈)(?:我)?都(?:有)?(?:提|说|问|反映|讲)/,
  },
  {
    id: 'abuse-playing-dumb',
    flag: 'abuse',
    kind: 'said',
    re: /装(?:听|看)不懂|(?:还是|就是)(?:真的|真係)(?:蠢|笨|傻)(?=[吗？?。！!]|$)|(?:还是|就是)(?:蠢|笨|傻)(?=[吗？?。！!]|$)|瘪三|死仔包|死扑街|贱格/,
  },
  {
    id: 'harm-what-happens',
    flag: 'harm',
    kind: 'harm',
    re: /(?:不敢保证|保证不了|不能保证)(?:会)?发生什么/,
  },
  // Round 13 (tuned on round13, written without the cue lists): families the lists lacked, in Mandarin,
  // Taiwanese and Cantonese wording. The intent reader still decides whether the customer is doing it.
  {
    id: 'supervisor-arranged',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:安排|叫|让|请|要|找|搵)(?:你们|你哋|贵公司)?(?:的)?[^，。！？]{0,6}?(?:主管|经理|店长|负责人|领导|上司|supervisor|manager|阿头|高层)(?:直接|亲自|尽快|马上)?(?:给我|同我|与我|跟我|覆我|出来|出嚟|联络|联系|回电|回电话|打给我|打俾我|打畀我|call我|亲自|亲口)|我要(?:见|同|跟|和|找)(?:你们|你哋)?[^，。！？]{0,6}?(?:主管|经理|店长|负责人|领导|上司)|(?:店长|经理|主管|负责人|领导)呢[？?]|能做决定的人|话(?:得)?到事嘅人|(?:escalate|转介|转呈|转交|升级)(?:俾|给|去|到|至)?(?:你哋|贵公司)?[^，。]{0,10}?(?:高层|supervisor|主管|经理|负责人|上司|上级|老板|领导)|不要(?:再)?(?:跟)?客服了/,
  },
  {
    id: 'repeat-counted-again',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:问|讲|说|贴|发|打|报|留言|私信|私讯)(?:了)?第[二三四五六七八九十几\d]+次|第[二三四五六七八九十几\d]+次(?:打|问|讲|说|贴|发|报|送错|联系|来|写)|(?:今次|这次|今天)(?:已经)?第[二三四五六七八九十几\d]+次/,
  },
  {
    id: 'repeat-counted-agents',
    flag: 'repeat-contact',
    kind: 'said',
    re: /第[二三四五六七八九十\d]+(?:个|個)(?:客服|cs|专员)/,
  },
  {
    id: 'repeat-said-before',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:留言|私信|私讯|发邮件|报修|报障|报过|call你哋)(?:了)?(?:[两二三四五六七八九十几\d]+|好几|多)次|一字不差|复制粘贴的|罐头回[复覆]|(?:由头|从头)(?:再)?(?:讲|说|填|解释)|多次(?:沟通|反映|联系|催促|投诉|致电|来电)|每次都(?:是)?(?:说|讲|话|让我等)|打过[，,][^。！？]{0,6}打过|从[^，。！？]{1,6}就开始(?:反映|投诉|联系)/,
  },
  {
    id: 'churn-rival-named',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:换|转|跳槽|改用|改去)(?:去|到|用|成)?(?:移动|联通|电信|京东|淘宝|拼多多|中华电|台哥大|远传|亚太|别家|第二(?:间|家))|去办(?:移动|联通|电信)|跳槽|转(?:咗)?(?:去)?第二(?:间|家)|(?:整体|全部|全公司)(?:迁走|搬走|撤走|转走)|重新评估(?:供应商|合作)|考虑(?:紧)?(?:走|换(?:供应商|服务商|运营商|一家|别家))|约(?:一)?(?:到期|满|完)[^，。！？]{0,6}(?:走|唔续|不续|跳槽|转|解约)|到期(?:就)?(?:不续|唔续)|换了(?:别家|其他)|不会再碰/,
  },
  {
    id: 'churn-contract-ended',
    flag: 'churn',
    kind: 'ask',
    re: /停(?:咗|掉|埋)?(?:个|個)?(?:订阅|plan|会籍)|携号转网|解除(?:合同|合约)|(?:合同|合约)解除|拆(?:掉|了|咗)?(?:宽带|宽频|光纤)|把(?:宽带|宽频)(?:给我)?拆/,
  },
  {
    id: 'compensation-paid-back',
    flag: 'compensation',
    kind: 'ask',
    re: /退一[赔][三十]|假一[赔][三十]|按(?:规矩|规定|法|合同)[赔]|(?:怎么|点)[赔]|(?:要么|要嘛|要不)退|[补]返|全(?:数|部|额)退(?:返|回|还|我|给我)|退返(?:俾|给)我|(?:俾|给)返我/,
  },
  {
    id: 'legal-evidence-court',
    flag: 'legal',
    kind: 'act',
    re: /诉讼的?证据|公证(?:过|了)|(?:直接|就)告(?:你们|你哋)?(?=[。！!，,]|$)|法[院庭]见|庭上见/,
  },
  {
    id: 'public-posted-and-read',
    flag: 'public',
    kind: 'act',
    re: /(?:已经)?po文|公开(?:说|讲)|避雷(?:贴|帖)|开(?:咗|了)条片|拍(?:个|条)视频|点赞[\d一二三四五六七八九十两百千万]+|[\d一二三四五六七八九十两百千万]+(?:多)?个赞|媒体会(?:很)?感兴趣|(?:联系|找|搵|报)(?:电视台|传媒|记者|报馆|东张西望)|来采访|认识(?:记者|[^，。！？]{0,10}博主)|(?:群|社团)里(?:跟|和|同)大家说|[\d一二三四五六七八九十两百千万]+(?:多)?(?:个)?(?:粉丝|关注者|followers)|群(?:里)?有[\d一二三四五六七八九十两百千万]+(?:多)?(?:个)?人|(?:报馆|报社|传媒|记者|电视台|媒体|连登|dcard|ptt|脸书|微博|小红书|抖音)(?:我)?(?:都|也)(?:会)?(?:搵|找|写信|联系|发|po|贴)/,
  },
  {
    id: 'harm-threats-r13',
    flag: 'harm',
    kind: 'harm',
    re: /谁拦我我?揍谁|打镬你|收拾(?:你们|你|他|那个)|同(?:佢|你)拼过|(?<!(?:写|报道|报导|新闻|曝光|post|投诉|告)[^，。！？]{0,8})就知死|不会让(?:他|你|你们)好过|(?:不保证|唔保证)[^，。]{0,8}(?:完整|安全)|横着出去|(?:店|仓库|门店|公司)[^，。]{0,3}(?:点了|烧了)|一桶汽油|火水|铁锤|拎着刀|(?:楼上|天台)跳下去|写好遗书|活着干嘛|不想撑了|(?:还能|能)撑多久|生存落去|住(?:哪个|边个|喺边)小区|车牌[^，。]{0,4}记下|路上小心(?:点|啲)?(?=[。！!，,]|$)|踹烂|是我砸的|(?:电视|玻璃|柜台|门)[^，。]{0,3}砸(?:了|烂)|砸你们的?(?:店|门[店市]|公司|车)|带(?:一群|几个|一帮)?人(?:去|来|上)(?:你们)?(?:的)?(?:店|门[店市]|公司)|看谁横|谁挡谁倒[霉楣]|下班(?:就|后|之后)?(?:去|来)找你(?![们們])/,
  },
  {
    id: 'abuse-r13',
    flag: 'abuse',
    kind: 'said',
    re: /垃圾(?:公司|平台|店|商家|服务)|烂(?:公司|平台)|破公司|黑心(?:商家|商人|店|公司)|无良(?:商家|公司)|黑店|吃干饭|复读机|脑子(?:呢|是摆设|被门夹)|小学(?:毕业了没|没毕业)|听不懂(?:中国话|中文)|耳(?:朵有问题|聋)|猪都比你们|垃圾中的战斗机|你一个打工的|你老母|北七|柒头|识唔识做嘢|讲不听|一群87|(?:^|[。！!])干[，,！!]/,
  },
  // Round 14 (tuned on fresh14 after its blind score, as families): someone's property wrecked, jumping
  // (Cantonese 跳落去), the official account tagged, evidence uploaded to a platform, money sent back to a
  // named account, a cost borne by the company, the app deleted in anger.
  {
    id: 'harm-property-wrecked',
    flag: 'harm',
    kind: 'harm',
    re: /把(?:他|她|佢|你|你们|你哋)(?:的|嘅|个|架|部|辆)?[^，。！？]{0,4}(?:车|机车|摩托|店|铺|门|窗|玻璃|柜台|招牌|电脑|摊)(?:给)?(?:砸|烧|划|拆|踹)|淋(?:红油|油漆|漆|天拿水|汽油|尿|粪)|(?:砸|烧|划|扎|拆|踹|掀)(?:了|咗|烂|坏|掉|花|破|爆)?(?:他|她|佢|你|你们|你哋)(?:的|嘅|啲|个|架|部|辆)?[^，。！？]{0,4}(?:车|电动车|机车|摩托|店|铺|门|窗|玻璃|柜台|招牌|电脑|轮胎|车胎|摊)|(?:去|到|上)(?:站点|网点|门店|门市|营业厅|分店|店里|仓库|驿站|办公室|你们那|你哋度)[^，。！？]{0,4}(?:砸|烧|闹事|动手|打人|劈)/,
  },
  {
    id: 'harm-self-jumping',
    flag: 'harm',
    kind: 'harm',
    re: /跳落(?:去|嚟|楼|海)|(?:天台|楼顶|顶楼|窗口|阳台|桥上)[^，。！？]{0,3}跳(?:下去|落去|下来|楼)?|跳(?:海|河|江|桥|轨|路轨)(?=[了咗算啦吧。！!，,]|$)/,
  },
  {
    id: 'public-tagged-official',
    flag: 'public',
    kind: 'act',
    re: /[@＠]\s*(?:了|咗)?\s*(?:你们|你哋|贵公司)?(?:的)?(?:官方|官微|官博|官号|客服号|官网号)|(?:艾特|圈|tag)(?:了|咗|埋)?(?:你们|你哋)(?:的)?(?:官方|官微|官博|官号)/,
  },
  {
    id: 'public-evidence-uploaded',
    flag: 'public',
    kind: 'act',
    re: /(?:截图|截屏|对话|聊天记录|录音|录像|影片|视频|照片|经过|全过程|整个过程|单嘢|件事|事情)[^，。！？]{0,6}(?:放|发|post|po|贴|上传|上载|挂|晒|写)(?:了|咗)?(?:到|在|上|去)?(?:了|咗)?\s*(?:网上|网(?!站|址|页|购|友)|微博|小红书|抖音|朋友圈|脸书|facebook|fb|ig|instagram|threads|dcard|ptt|连登|youtube|tiktok|贴吧|知乎|b站|论坛|群里|群组|社团|推特|twitter)|(?:上传|上载|放上|挂上)(?:了|咗)?(?:上|到)?\s*(?:youtube|tiktok|抖音|b站|ig|instagram|facebook|fb|脸书|网上)/,
  },
  {
    id: 'compensation-to-my-account',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:退|汇|转|打)(?:回|返)?(?:到|去|给|俾|进)?我(?:的)?(?:银行卡|卡|户头|户口|账户|帐户|支付宝|微信|原账户|信用卡)|(?:请|要求|由|要)(?:贵公司|你们|贵司|你哋)(?:来)?(?:负担|承担|支付|出|俾)(?:[^，。！？]{0,6})?(?:费|钱|款|损失)|你(?:哋|们)(?:要|得|自己)?找数/,
  },
  {
    id: 'churn-app-deleted',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:删|卸|铲|剷|移除)(?:除|掉|了|咗|载)?(?:你们|你哋)?(?:的)?(?:app|应用|软件|程式)(?![^，。！？]{0,6}(?:重装|重新|再装|再下|重下|重启|还是|都))|(?:把|将)(?:你们|你哋)?(?:的)?(?:app|应用|软件|程式)(?:给)?(?:删|卸|铲|剷|移除)(?![^，。！？]{0,6}(?:重装|重新|再装|再下|重下|重启|还是|都))/,
  },
  {
    id: 'harm-armed',
    flag: 'harm',
    kind: 'harm',
    re: /(?:拿|带|抄|拎|揸|挑好)(?:着|起|住|了|咗)?(?:球棒|棒球棍|球棍|铁棍|铁管|木棍|棍子|扳手|榔头|锤子|铁锤|菜刀|西瓜刀|刀|武器)[^，。！？]{0,4}(?:招呼|伺候|打|揍|教训|修理|砍|劈|等|过去|去|来|上门)/,
  },
  {
    id: 'repeat-counted-first',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:[两二三四五六七八九十]{1,2}|几|好几|\d+)次(?:致电|来电|打电话|去电|联络|联系|写信|电邮|email|发邮件|报修|返修)|第[二三四五六七八九十几\d]+次(?:拎|拿|送|寄)(?:返|回)?(?:嚟|来|去)?(?:整|修|维修|返修)/,
  },
  {
    id: 'compensation-losses-pursued',
    flag: 'compensation',
    kind: 'ask',
    re: /追[讨回](?:所有|全部|一切)?(?:的)?(?:损失|赔偿|费用)/,
  },
  {
    id: 'churn-hk-moving-over',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /过(?:咗)?档(?:去|到)?|cancel(?:晒|哂|咗|埋)?(?:所有|全部|成个)?(?:个)?(?:服务|plan|订阅|会籍|account|户口)|(?:app|应用|程式)[^，。！？]{0,4}(?:已经)?(?:铲|剷|删)(?:咗|了|掉)(?![^，。！？]{0,6}(?:重装|重新|再装|再下|重下|还是|都))/,
  },
  {
    id: 'churn-leaving-the-club',
    flag: 'churn',
    kind: 'ask',
    re: /退会(?![员])|退会籍|取消会籍|会籍(?:帮我|给我|唔该)?(?:取消|退)/,
  },
  {
    id: 'legal-mediation',
    flag: 'legal',
    kind: 'act',
    re: /(?:乡|区|市)?调解委员会|(?:申请|声请)调解|调解庭/,
  },
  {
    id: 'abuse-useless-hk',
    flag: 'abuse',
    kind: 'said',
    re: /废到(?:爆|痹|极|死|出汁)/,
  },
  {
    id: 'harm-lying-in-wait',
    flag: 'harm',
    kind: 'harm',
    re: /(?:门口|楼下|下班|出口)[^，。！？]{0,4}堵(?:住)?(?:那个|你|佢|他|她)|堵(?:住)?(?:那个|你们的?|你哋)(?:客服|员工|店员|快递员|师傅|业务|人)/,
  },
  {
    id: 'harm-better-dead',
    flag: 'harm',
    kind: 'harm',
    re: /(?:不如|还不如|倒不如)(?:去)?死(?![机心掉])(?:了|咗)?(?:算了|好了|算)?|死(?:了|咗)算(?:了|啦|数)/,
  },
  {
    id: 'harm-cantonese-veiled',
    flag: 'harm',
    kind: 'harm',
    re: /(?:唔保证|不保证|唔敢保证)(?:我)?(?:自己)?(?:会)?(?:做(?:出)?|搞出)(?:啲|些)?(?:咩|乜|乜嘢|什么|甚么|啥)|(?:搵|找|叫|带)(?:一班|一帮|一群|班|几个)?(?:人|兄弟)[^，。！？]{0,8}(?:搞事|闹事|搞你|收拾|算账|砸)|走夜路(?:要)?(?:小心|注意)|死咗佢算/,
  },
  {
    id: 'public-press-interested',
    flag: 'public',
    kind: 'act',
    re: /(?:记者|媒体|传媒|电视台|报社|新闻台|东张西望|节目组)(?:应该|一定|肯定|都)?(?:会)?(?:好|很|非常)?(?:有兴趣|感兴趣)/,
  },
  {
    id: 'legal-see-you-in-court',
    flag: 'legal',
    kind: 'act',
    re: /(?:准备|等着|等住)收(?:法院|法庭)(?:的)?(?:通知|传票|文书|信)|(?:等住|等着|一齐|一起)上庭|上庭见|(?:等住|等着)(?:收)?(?:律师信|传票)/,
  },
  {
    id: 'churn-yours-can-go',
    flag: 'churn',
    kind: 'ask',
    re: /你[们哋](?:的|嘅)(?:可以|就|赶紧|快点|马上|即刻|麻烦)?(?:停|拆|取消|退|cut)(?:了|掉|咗)?(?=[。！!，,]|$)/,
  },
  {
    id: 'public-story-posted',
    flag: 'public',
    kind: 'act',
    re: /(?:发|po|出)(?:了|咗)?(?:个|篇)?(?:限时动态|限动|story)|(?:ig|instagram|fb)\s*story(?:出|发|po)(?:了|咗)/,
  },
  {
    id: 'harm-menace-met',
    flag: 'harm',
    kind: 'harm',
    re: /最好(?:别|不要|唔好)(?:让|俾|畀)我(?:再)?(?:碰|遇|撞|看|见)(?:到|见)|(?:拎|拿|带|揸)(?:住|着|了)?(?:一桶|一支|一樽)?(?:汽油|火水|天拿水|电油|硫酸|镪水)|(?:冇|没)(?:心机|意思|动力)(?:再)?(?:活|生存)(?:落去|下去)?/,
  },
  {
    id: 'abuse-leeches',
    flag: 'abuse',
    kind: 'said',
    re: /(?:你们|你哋|你|客服|公司|平台)(?:这|呢)?(?:群|帮|班|啲|些)?(?:吸血鬼|寄生虫|败类)|(?:吸血鬼|寄生虫)(?:公司|平台|商家)|[蠢笨]到(?:不行|爆|死|极|家)/,
  },
  {
    id: 'harm-you-will-pay',
    flag: 'harm',
    kind: 'harm',
    re: /吃不了兜着走|(?:楼下|门口)[^。！？]{0,8}(?:会|要)?(?:一直)?等(?:到|住|着)(?:那个|你们的?|你哋)?(?:经理|客服|员工|店员|快递员|师傅|人)?(?:出来|出嚟|下来|落嚟|下班|收工)/,
  },
  {
    id: 'public-to-the-papers',
    flag: 'public',
    kind: 'act',
    re: /(?:投诉|反映|爆料|报料)(?:到|给|去)(?:媒体|记者|电视台|报社|新闻)|投稿(?:给|到|去)?[^，。！？]{0,4}(?:新闻|报社|媒体|电视台|报纸|节目|公众号|栏目)|(?:新闻|报社|媒体|电视台|报纸)[^，。！？]{0,4}(?:投稿|报料)|报料(?:给|到|去)?|(?:聊天记录|截图|对话|录音|嘴脸)[^，。！？]{0,4}(?:挂|放|发|贴|晒)出来/,
  },
  // Round 14, Taiwan wording (my own probes): stopping after this bill, a number moved out, a shop named as where
  // one buys now, our LINE account blocked, "让他好看".
  {
    id: 'churn-tw-stopping',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:我就|我要|我会|直接|马上)(?:停用|停掉|退掉|退租)(?=[了。！!，,]|$)|转出(?:门号|号码|手机号)|(?:门号|号码)转出|申请转出|(?:改用|改去|转去|换去|跑去|转到|改到|换到)(?:京东|淘宝|天猫|拼多多|亚马逊|唯品会|苏宁|虾皮|momo|pchome|hktvmall|美团|饿了么|对面|foodpanda|ubereats|酷澎|coupang)|把你们的?(?:line|官方账号|账号|公众号|粉丝页)?(?:给)?(?:封锁|拉黑|取消关注)/,
  },
  {
    id: 'harm-make-him-pay',
    flag: 'harm',
    kind: 'harm',
    re: /让(?:他|她|佢|那个人)好看(?![到得的了极])|让(?:他|她|佢|你|你们)吃不(?:了|完)兜着走/,
  },
  // Round 14, Cantonese (my own probes): someone sent to beat a person, waiting at the door for one, an email
  // already sent last week.
  {
    id: 'harm-cantonese-sent-for',
    flag: 'harm',
    kind: 'harm',
    re: /(?:搵|找|叫)(?:人|兄弟|班人|一班人)(?:去|嚟|来)?(?:打|揍|教训|劈|斩)(?:佢|他|她|你|你们|你哋)/,
  },
  {
    id: 'repeat-emailed-before',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:上个?礼拜|上个?星期|上[周週]|之前|上次|琴日|寻日|昨天)(?:已经)?(?:send|发|寄)(?:过|咗|了)(?:email|邮件|电邮|message|信)/,
  },
  // Session 9 (families, my own probes): contempt as a figure (talking to a wall, a parrot reading its script,
  // not past primary school), leaving said in two words (唔用喇), whoever can decide, and contacts told as a
  // story (昨天打了一次，今天又打).
  {
    id: 'abuse-contempt-figures',
    flag: 'abuse',
    kind: 'said',
    re: /对牛弹琴|鸡同鸭讲|(?:跟|和|同|对住|对着)(?:一?[堵面幅])?墙(?:壁)?(?:说话|讲话|讲嘢|讲|说)(?=[，,。！!？?]|$|都好过|还好过)|只会(?:说|讲)(?:抱歉|对不起|sorry|不好意思)|(?:你|客服|是)[^，。！？]{0,10}复读机|(?:只[会识]|净(?:系|係)识)(?:复制|照本宣科|念稿|打官腔|讲套话|说套话|踢皮球)|(?:你|客服)[^，。！？]{0,6}(?:只[会识]|净(?:系|係)识)重复|照(?:着)?稿(?:子)?念|(?:是|係)(?:在|喺)?(?:念|读)稿|(?:读书)?读坏(?:脑|脑子)|(?:小学|幼稚园|幼儿园)(?:都)?(?:未|没|冇|没有)毕业/,
  },
  {
    id: 'churn-terse-cantonese',
    flag: 'churn',
    kind: 'ask',
    re: /(?<=^|[，,。！!\s])唔(?:再)?用(?:喇|啦|嘞|咯)(?=[，,。！!]|你哋|$)|(?<=^|[，,。！!\s])转台(?:喇|啦|咯)|(?<=^|[，,。！!\s])cut(?:咗|埋)?(?:佢|个plan|个计划|个户口)|(?:下个?月|下期|明天|下周|月底|从今天)(?:起|开始)(?:就)?(?:不|唔)(?:再)?(?:用|要|续)(?:了|喇|啦)|(?:唔|不)(?:再)?续(?:费|约|订)?(?:喇|啦|嘞|咯|了)(?=[，,。！!]|$)/,
  },
  {
    id: 'churn-no-place-for-you',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:不会|唔会|不)再(?:有|出现)你[们哋](?:家)?(?:的)?(?:东西|产品|货)?(?=[。！!，,]|$)/,
  },
  {
    id: 'abuse-contempt-more',
    flag: 'abuse',
    kind: 'said',
    re: /(?:还|仲)(?:不如|唔(?:及|似))(?:养|养番)?(?:条|只|隻)?狗(?![粮肉窝屋绳链])|连狗都不如|(?:是|係)(?:咪)?(?:鹦鹉|复读机)|有(?:没有|冇)脑(?:子)?|靠(?:骗|呃)(?:钱|人)(?:活着|吃饭|过日子|赚钱|搵食)|拿(?:着)?(?:工资|人工|薪水)不(?:干活|做事)|(?:你们|你哋|你)[^，。！？]{0,4}(?:还|仲)能?(?:干|识做)(?:点|啲)?(?:啥|什么|乜)|(?:跟|和|同)(?:ai|机器人|机械人|复读机|木头)(?:有)?(?:什么|啥|咩|乜)(?:区别|分别|两样)|(?:是|係)(?:来|嚟)?搞笑(?:的|嘅)(?:吗|吧|咩|？|\?)|请(?:咗|了)?(?:班|一班|一群)(?:机械人|机器人)|回炉重造|(?:有冇|有没有|做过|测过)[^，。]{0,2}(?:智力|智商)(?:测验|测试)|(?<=^|[，,])什么(?:垃圾)?东西(?=[。！!]|$)|(?<![a-z])[x×*＊]街(?:公司|客服|嘢|仔)|(?:你哋|你们)[x×*＊]街/,
  },
  {
    id: 'harm-veiled-more',
    flag: 'harm',
    kind: 'harm',
    re: /(?:干|做)出(?:什么|啥|乜嘢?|咩)(?:事|嘢)(?:来|嚟)?[^，。]{0,4}(?:不|唔)(?:保证|负责)|(?:行|走)夜路(?:要)?(?:小心|当心)|(?:让|叫)(?:他|她|佢|你)(?:们|哋)?(?:走|行)不出(?:这|那|呢)?/,
  },
  {
    id: 'chargeback-bank-decides',
    flag: 'chargeback',
    kind: 'act',
    re: /(?:让|叫|等|请|交给|畀|俾)(?:[发發]卡)?(?:银行|信用卡公司|信用卡中心|卡中心)(?:来|嚟)?(?:评评理|评理|判断|裁决|决定|定夺)/,
  },
  {
    id: 'compensation-back-to-my-card',
    flag: 'compensation',
    kind: 'ask',
    re: /原路退(?:回|返)(?![^，。]{0,6}的话)|退(?:回|返)(?:到|入)?我(?:的|张|個|个)?(?:卡|账户|户口|支付宝|微信)|过数(?:返)?(?:入|畀|俾|给)我|(?:不|没|唔|冇|未)退(?:钱|款|费|返|回)?(?:畀我|给我|俾我)?(?=[，,]?\s*(?:我就|我会|我即刻|就|唔係))/,
  },
  {
    id: 'supervisor-went-above',
    flag: 'supervisor',
    kind: 'act',
    re: /(?:打|投诉|反映|email|电邮|写信|cc)(?:咗|了)?(?:埋)?(?:到|去|给|畀|俾)?(?:你们|你哋)(?:的)?(?:总部|总公司|ceo|区域经理|董事长|大老板)|cc(?:咗|了)?埋?(?:你们|你哋)?(?:的)?(?:ceo|区域经理|经理|总部|老板)/,
  },
  {
    id: 'repeat-every-time-they-say',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:次次|每次|每一次)都(?:话|说|讲|叫我|系咁)|第[二三四五六七八九十\d]+次(?:whatsapp|wa|email|电邮|send|message|msg|留言|私信|call|打嚟|打来|打客服)/,
  },
  {
    id: 'public-my-followers',
    flag: 'public',
    kind: 'act',
    re: /(?:[\d几十百千万]+|几|十几|二十几)(?:多)?(?:万|千)?(?:个)?(?:粉丝?|follower|订阅)[^。]{0,40}(?:他们|佢哋|大家|粉丝|followers?)(?:都)?(?:知道|睇下|看看)/,
  },
  {
    id: 'supervisor-who-decides',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:揸得?(?:主意|fit)|做得(?:到|了)?主|拍得(?:到|了)?板|话得(?:到)?事)(?:嘅|的)?人|有(?:审批|批核|核准|决策|决定|实|话事)权(?:限|力)?(?:的|嘅)人|(?:可以|能够)(?:做决定|做主|拍板|话事)(?:的|嘅)人|(?:搵|叫|找|换|请)(?:个|一个)?[^，。！？]{0,4}(?:处理|解决)(?:到|得到|得了)(?:问题)?(?:嘅|的)人|有[没沒]有能(?:管事|做主|拍板)的(?=[？?]|$)/,
  },
  {
    id: 'repeat-told-as-a-story',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:昨天|前天|今天|今日|今早|今朝|早上|上午|下午|寻日|琴日|噚日|刚才|啱啱|上次|上周|上星期|上礼拜)(?:又|再)(?:打|问|联系|找|催|call|来电|私信|留言)(?:了|过|咗)?|(?:昨天|前天|寻日|琴日|噚日|上次|上周|上星期|上礼拜|之前)[^，。！？]{0,8}(?:问|联系|打|找|反映|报修|催|投诉)(?:过|了|咗|到|去|给)(?:一次|一遍|一回|一通)?[^。！？]{0,24}(?:结果|到现在|到而家|还是|都没|都冇|没人|冇人|仍然)/,
  },
  // Session 10 (families read in fresh19 and corpus4's misses, in both scripts and Cantonese): whoever can decide
  // asked for by what they can do, going over the agent's head by any channel, regulators named by their remit
  // or as an audience, an audience counted (followers, group members, a whole city), harm said as knowing where
  // someone works or as what happens "next time", despair without the listed words, contempt by comparison,
  // money asked back as "who pays for this?", a card issuer or wallet asked to step in, leaving said as an end
  // ("就到这吧", "最后一年"), earlier contacts told with a time and a verb of contact.
  {
    id: 'supervisor-who-can-decide',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:找|叫|换|搵|要|来|给我|请|同|跟|和)(?:一?[个位])?(?:真[係的]?)?(?:做得[了到]?主|话得?到事|说了算|说得上话|能签字|可以签字|有权(?:力|限)?(?:话事|做主|决定|处理)?|揸得?主意)(?:嘅|的)(?:人|那位|那个|那种|来|嚟)?|(?:说了算|做得了主|话得到事|能拍板|能做主)(?:嘅|的)(?:那位|那个人|人)|(?:给我|帮我)升级(?=[，,。！!]|$)|申请升级(?:至|到|给)?(?:主管|经理)|叫(?:他|她|佢)出(?:来|嚟)(?=[。！!]|$)|(?:要|想|需要)(?:即刻|马上|直接)?(?:跟|和|同|与)(?:你[们哋])?(?:的)?\s*(?:经理|主管|上司|负责人|老板|领导)(?:直接)?(?:倾|谈|讲|说话|沟通)|有[没冇]有?(?:一?[个位])?(?:人)?(?:係|是)?(?:真[係的]?)?(?:能|可以)(?:管事|做主|拍板|做决定|话事|负责)|(?:话|说|做)(?:唔到|不了|不到)(?:事|主)[^。！？]{0,6}(?:换|搵|找|叫)/,
  },
  {
    id: 'supervisor-role-named',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:叫|找|请|搵|要见|见|同|跟|和|给|俾|畀|escalate\s*(?:给|俾|畀|去|to)?)\s*(?:你们|你哋)?(?:的|嘅)?(?:个)?\s*(?:[a-z]+\s)?(?:区域|集团|部门)?(?:老总|校长|院长|园长|处长(?:以上)?|总监|合伙人|team\s?lead|manager|supervisor|最大(?:嘅|的)|区经理|区域经理|区域负责人|管业经理)(?:\s*(?:出来|出嚟|来|嚟|讲|说|谈|倾|覆我|回复我|打给我|联系我|直接|的人))?|(?:叫|给我|要|转)(?:个)?(?:人工|真人)(?:客服)?(?=[，,。！!]|$|的|，)/,
  },
  {
    id: 'supervisor-over-the-head',
    flag: 'supervisor',
    kind: 'act',
    re: /(?:打|投诉|反映|email|电邮|写信|cc|发(?:了)?邮件|留言|message|tag|打电话|越过你们直接打)\s*(?:咗|了|过)?\s*(?:埋)?\s*(?:到|去|给|畀|俾)?\s*(?:你们|你哋)?(?:的)?\s*(?:集团)?\s*(?:官网的?)?(?:[^，。]{0,6}?)(?:总部|总公司|ceo|区域经理|区域负责人|区域总监|区经理|董事长|大老板|老总|总裁|董事会)|(?:ceo|总裁|董事长|老总)信箱|(?:同|跟)你[们哋][^，。]{0,6}(?:个头|高层|区域经理|区经理)(?:讲|说)(?:咗|了|过)/,
  },
  {
    id: 'regulator-bodies-more',
    flag: 'regulator',
    kind: 'act',
    re: /(?:向|找|去|到|给|交给|寄给|打|在|通过|写信给)[^，。！？]{0,6}(?:金融监管总局|金融监督管理总局|金融监管局|12378|12305|网信(?:部门|办)|住建(?:局|委)|教育局|邮政局|邮管局|民航局|保监|保险业监管局|环保局|房管局|劳动局|人社局|公平会|消保官|消委会|通信管理局)|(?:市场监管|消协|消委会|消保官|保监局|保监|金融消费评议中心|公平会|监管(?:部门|局)?)[^，。！？]{0,8}(?:会|应该会)?(?:很|好|非常)?(?:有兴趣|感兴趣|想听|想知道|有不同的看法|有话要说)|(?:自然|总)有管得了你们的(?:部门|地方|人)|(?:市场监管|消协|消委会|工商|监管局)那边我有(?:熟人|人|朋友)|我知道该找谁了|gxb见/,
  },
  {
    id: 'public-audience-counted',
    flag: 'public',
    kind: 'act',
    re: /(?:俾|畀|给|让)(?:全香港|全台湾|全台|全国|全网|全世界|全城|所有人|大家)(?:都)?(?:知|知道|睇|看|睇下|看看|见识)|开记者会|拉横幅|(?:带|拉|举)(?:布条|横幅|牌)|告诉身边(?:每一个|每个|所有|的)人|(?:粉丝|粉专|追踪者?|订阅者?|followers?)[^。！？]{0,24}(?:分享|踩雷|避雷|曝光|主角|等着瞧|知道)|群[^，。！？]{0,10}[\d一二三四五六七八九十两百千万几]+(?:多|来)?(?:号|个)?人|大家(?:会|应该会)?(?:很|好|都)?(?:想知道|有兴趣|感兴趣)|(?:频道|新闻|节目|版面|头条)[^，。]{0,6}(?:出现|见到)你们|留言(?:讲|说|话)你[们哋]|好多人睇|(?:东张西望|新闻|报纸|媒体)[^，。]{0,4}(?:最钟意|最爱|钟意|几钟意|好钟意)|新闻价值|报(?:咗|了)料|(?:交给|交俾|交畀|寄给)[^，。]{0,4}《|适合上一期|跑新闻|补了?(?:一条)?(?:一星)?差评|(?:小红书|笔记|dcard\s*文(?:章)?|threads|ig|连登|文章|帖子|视频)(?:已经|都)(?:发|post|po|出)(?:咗|了)|(?:threads|dcard|ptt|连登|小红书|微博|ig|fb|facebook|脸书)[^，。]{0,4}(?:发|po|post|出)(?:了|咗)(?:一串|一篇|篇|帖|文|post)|有人帮我(?:post|po|发)(?:咗|了)|(?:facebook|fb|ig|专页)[^，。]{0,6}(?:留言|tag)|等着被[^，。]{0,8}(?:肉搜|人肉|骂|喷)|很适合做(?:个)?案例|《[^》]{1,14}》你[们哋](?:听说过|知道)吧|(?:不希望|不想)[^，。]{0,10}(?:新闻|报纸|头条|节目)[^，。]{0,6}(?:出现|见到|看到)你/,
  },
  {
    id: 'harm-knows-where',
    flag: 'harm',
    kind: 'harm',
    re: /(?<!想|想要)(?:知道|清楚|记住|知|记得)[^，。！？]{0,4}(?:你[们哋]?|佢|他|她)[^，。！？]{0,10}(?:在哪|喺边|几点(?:下班|走|收工)|返工嘅地方|上班的地方|下班时间|住边|住哪)|(?:在哪|喺边)[^，。！？]{0,3}(?:栋楼|个园区)?[^。]{0,10}(?:我都|我也)(?:清楚|知道)|(?:别|不要|唔好)(?:走|行)夜路|最好(?:天天|每天|日日)有人(?:接送|陪)|(?:走|行)不出(?:这个|这|那个|呢个)?(?:门|店|屋)|(?:行|走)(?:唔|不)(?:返)?出(?:去|嚟|来)|站着进来[^，。]{0,3}躺着出去|(?:爬|躺|抬)着(?:回去|出去)/,
  },
  {
    id: 'harm-next-time',
    flag: 'harm',
    kind: 'harm',
    re: /(?:门口|楼下|楼道|停车场|舖头门口|铺头门口|门市)[^，。！？]{0,6}等(?:着|住)?(?:他|她|佢)(?:收工|下班|出来|出嚟)?|(?:别|不要|唔好)(?:再)?(?:让|俾|畀)我[^，。]{0,6}(?:碰|遇|撞|见|看)(?:到|见)(?:他|她|佢|你)|(?:我)?就(?:不|唔)客气(?:了|喇)?(?=[。！!，,]|$)|不是(?:讲讲话|说说话|讲话)(?:这么|咁)简单|(?:到时|到时候)(?:唔好|不要|别)怪我|(?:唔|不)?会?放过你[们哋]任何一个|(?:睇|看)(?:吓|下)?你(?:仲|还)?(?:够唔够胆|敢不敢|有没有种)|(?:跟|同|和)(?:你们|你哋|佢|他)拼(?:命|咗)|实郁(?:佢|你)|劈(?:佢|你|他|死)|弄(?:不|唔)死|(?:锤子|刀|拳头)(?:可)?(?:不|唔)认人|什么事都(?:做|干)得出|(?:乜|咩)都做得出|(?:不知道|唔知|唔保证|不保证|保证不了)[^，。]{0,4}(?:会|可能)?(?:做出|干出|搞出)(?:啲)?(?:什么|啥|甚么|咩|乜)|(?:唔|不)保证[^，。]{0,12}(?:仲有|还有)/,
  },
  {
    id: 'harm-property-more',
    flag: 'harm',
    kind: 'harm',
    re: /把(?:你们|你哋|他|佢)(?:的|嘅)?[^，。！？]{0,10}(?:砸|烧|撞|剪|淋|泼|踹|掟)(?:了|咗|烂|坏|掉|断|碎|晒)|(?:砸|撞|泼|淋|掟)(?:烂|坏|碎)?(?:给|俾|畀)你[们哋]看|(?:油漆|红油|汽油)[^，。]{0,12}(?:泼|淋)|淋(?:你|佢)[们哋]?|掟落你[们哋]/,
  },
  {
    id: 'harm-self-more',
    flag: 'harm',
    kind: 'harm',
    re: /活[着]?(?:[还]|仲)?有(?:什么|啥|咩|乜)意(?:思|义)|(?:怎么|点|點)(?:样)?活(?:下去|落去)|想(?:不|唔)开(?!心)|(?:要不要|还要不要|使唔使)醒(?:过来|过嚟)?|唔好醒|不要醒来|我(?:就|会)?去死(?=[。！!，,吧]|$)|我死(?:咗|了)(?:你[们哋])?(?:先|才)|安眠药|吞(?:了|咗)(?:一把|一樽|一瓶)?药|站(?:到|上)[^，。]{0,10}(?:楼顶|天台|顶楼)|(?:消失|走)算了(?=[。！!，,]|$)/,
  },
  {
    id: 'abuse-comparisons',
    flag: 'abuse',
    kind: 'said',
    re: /(?:狗|猫|猪|乌龟|金鱼|鹦鹉|驴|ai|机器人)[^，。]{0,6}(?:都|也|还|仲)?比你[们哋]|比(?:我家)?(?:那?[只隻条])?(?:狗|猫|猪|乌龟|蜗牛|鹦鹉)(?:还|都|仲)|你[们哋][^，。]{0,10}(?:是|係)金鱼|记忆只有七秒|乌龟(?:在爬|都比)|重新认识了乌龟|(?:跟|同|像)(?:鹦鹉|复读机)一样|(?:土匪|强盗|流氓|骗子|诈骗集团)(?:有什么|有咩|冇)(?:两样|区别|分别)|(?:就是|根本是|根本就是|係)(?:诈骗集团|土匪|强盗|流氓)|不如问[^，。]{0,4}(?:猫|狗)/,
  },
  {
    id: 'abuse-contempt-s10',
    flag: 'abuse',
    kind: 'said',
    re: /你[们哋](?:客服|员工|公司)?(?:都)?(?:是|係)(?:不是)?(?:人|死人)(?:吗|嗎|嚟㗎|来的吗)|(?:係咪|是不是)(?:都)?死晒|用脚(?:在)?写(?:程式|程序|代码)|人才辈出|小天才(?:呢|啊)|好棒棒|给你们公司长脸|用算盘算的|石器时代|(?:考|测)(?:过)?iq|(?:唔使|不用)面试|(?:是|係)(?:不是|咪|真的|真係)?\s?(?:nt|z\*z)(?![a-z$])|(?<=^|[，。！!\s])md(?=\s|[，,！!])|c\s?n\s?m|(?:🐶|🐷)[^，。]{0,2}客服|🖕|臭打工|冚家铲|仆[x×*]|(?<=^|[，。！!\s])屌(?=[，,。！!\s]|$)|ㄍㄋㄋ|老子不想跟|垃圾到(?:极|爆|不行|家)|真(?:係|是|的)垃圾|有够废|(?:装|進|进)水喔|脑袋装水|识字有问题|唔识睇字|挑不识字|脑子是个好东西|念话术|离晒大谱|噁心|恶心(?=[，。！!]|$)|什么(?:垃圾|烂)(?:健身房|店|公司|平台|服务|东西)|黑心企业|(?:整个|成个)?(?:公司|你们)[^，。]{0,8}(?:早晚|迟早)倒闭|(?:总|会|唔怕)有报应|(?<![a-z])useless(?![a-z])|会说人话的|(?:就像|好似|像)(?:对着|对住|跟|同)(?:一?[堵面幅])?墙|一群(?:吸血鬼|寄生虫|败类|骗子|强盗|土匪)/,
  },
  {
    id: 'compensation-who-pays',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:损失|工资|薪水|误工费?|这笔|这一天|假)[^，。！？]{0,8}(?:谁|边个)(?:来|要)?(?:出|赔|负责|承担|买单|埋单|吸收|付|认)|你[们哋]觉得(?:应该)?(?:由)?谁(?:来)?(?:出|赔|负责|承担|吸收)|总得有人(?:认|负责|出|赔)|算在我头上|(?:我)?自己埋单|(?:给我|帮我|即刻|马上|请|麻烦)(?:把(?:它|佢|这笔)?)?(?:免掉|豁免|waive|冲销|减免)|waive\s*(?:咗|了)?\s*(?:佢|它)|补(?:给|俾|畀)我|(?:应该|应当|是不是该|係咪应该)(?:有|给)(?:啲|点|些)?(?:表示|补偿|交代)|(?:别想|休想)[^，。]{0,14}打发|退一下(?=[，。！!]|$)|(?<!被)(?:给我|帮我)?退回来|(?:到|等)你[们哋]退(?:钱|款)?为止|给不给退|退唔退|(?:要求|我要|给我)(?:全额)?退保|(?:不|唔)(?:赔|退)(?:钱|款)?的话|钱[^，。]{0,4}回到我(?:的)?卡|退还[^，。]{0,4}(?:多收|多扣|款项)|把[^，。]{0,10}(?:打|转|还)(?:回来|回给我)|怎么(?:还|退)(?:给|俾)我|唔係要我自己埋单|(?:总不能|不能)算在我头上|过返[^，。]{0,8}(?:入|畀|俾|给)我|退(?:这|呢)一?(?:单|笔)(?:的|嘅)?钱|退返[^，。]{0,8}(?:畀|俾|给)我|(?:想|要|我)(?:攞|拿)返(?:啲)?钱|退钱\s*唔该/,
  },
  {
    id: 'chargeback-issuer-steps-in',
    flag: 'chargeback',
    kind: 'act',
    re: /(?:让|叫|请|交给|搵|找|call咗|打电话给)\s*(?:发卡)?(?:银行|信用卡(?:公司|中心)?|发卡行|卡中心|支付宝|花呗|微信支付|paypal|amex|ae|citi|hsbc|恒生|汇丰|建行|招行|开户行)[^，。]{0,6}(?:来|嚟)?(?:处理|介入|拦|截|reverse|dispute|撤|取消|攞返|拿回|要回|把钱要回|追回)|(?:银行|信用卡|发卡行|支付宝|花呗|微信支付|paypal)[^，。]{0,8}(?:交易纠纷|交易投诉|买家保障|开(?:咗|了)?\s*(?:claim|case)|jf)|(?:开|申请)(?:咗|了)?\s*(?:claim|买家保障|交易纠纷)|争议期|刷卡争议|(?:银行|发卡行)[^，。]{0,6}(?:会)?帮我(?:攞返|拿回|要回)|jf(?=[了啊吧，。！!]|$)|(?:reverse|dispute)\s*(?:咗|了)|call\s*(?:咗|了)\s*(?:amex|ae|visa|citi|hsbc|银行|发卡行)|(?:支付宝|微信支付|花呗|paypal|信用卡中心|信用卡|银行)那边[^，。]{0,6}(?:投诉|申请|申诉|受理|打过电话)|(?:开户行|银行)[^，。]{0,10}(?:发起|申请)(?:退回|撤回)/,
  },
  {
    id: 'churn-an-end-said',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:会员|年卡|卡|合作|订阅|套餐|合约|服务)[^。！？]{0,16}(?:就|今年就)到(?:这|这儿|这里|此)(?:吧|为止)|(?:续费电话|挽留电话)(?:别|不要|唔好)(?:再)?打|(?:不用|别|不要|唔使|唔好|不必)(?:再)?(?:打(?:电话|嚟|来)?)?(?:来)?挽留|(?:续|用|买)的最后一(?:年|次|个月|期)|(?:以后|今后|下个月|明年|从今天起)[^，。！？]{0,8}(?:不|唔)(?:再)?(?:走|来|在|找|上|帮衬|光顾)你[们哋](?:这|家|度)?(?:了|喇|啦|咯)?|不来你们这了|再也不会(?:有|出现)你[们哋](?:家)?|已经是(?:别家|其他家|第二间)的|(?:合同|合约)[^，。]{0,6}(?:就)?不(?:用|会|再)续|另[寻找](?:供应商|合作|厂商|服务商)|已经在[^，。]{1,6}办了(?:卡|会员)|转(?:晒|咗)去(?:第二间|别家|其他)|收到我(?:嘅|的)钱[^。]{0,8}(?:就)?(?:冇|没)|想(?:唔|不)想我续|(?:门号|号码|账号|户口)[^，。]{0,6}(?:会)?(?:一起)?走(?=[，。！!]|$)|不在你[们哋]这(?:上|学|练|买|办)了|(?:别|不要)再打电话(?:推荐|推销|挽留)|以后[^，。]{0,6}(?:改)?用(?:爱奇艺|优酷|腾讯视频|芒果|netflix|别家|其他家)/,
  },
  {
    id: 'churn-ending-it-asked',
    flag: 'churn',
    kind: 'ask',
    re: /(?:唔好|不要|别)再续(?:费|约|订)?(?=[，,。！!]|$)|我要\s*cancel(?=[，,。！!\s]|$)|办(?:理)?退(?:班|学|会籍)|(?:我要|要)退卡|销卡|剪卡|cut\s?卡|终止(?:这张|呢张|我的)?(?:保单|会籍|健身房会籍)|取消埋(?:个)?会籍|cancel(?:咗|了)(?:佢|它)|(?:宽带|会员|套餐|年卡|合约)我要退(?![货款钱费])/,
  },
  {
    id: 'legal-court-and-proof',
    flag: 'legal',
    kind: 'act',
    re: /(?:请|叫|让|等|俾|畀)法官(?:来|嚟)?(?:读|判|评|看|定)|上了?法庭|公证处|证据保全|做(?:了)?公证|换个地方(?:好好)?谈|交(?:给|俾|畀)(?:专业人士|专业的人)|(?:律师|代理人|法务)(?:会)?(?:跟|同|和|找|向)你[们哋](?:要|谈|联系|联络)|走法务(?:流程|程序)|代理人|专门(?:替|帮)人(?:处理|打)(?:这种|这类)?(?:纠纷|官司)|专打[^，。]{0,6}官司|做诉讼的|法扶|交(?:俾|给|畀)[^，。]{0,8}legal\s?team|(?:认识|识得)的?律师/,
  },
  {
    id: 'repeat-time-and-verb',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:上上?[周週](?:[一二三四五六日天])?|上上?[个]?(?:礼拜|星期)[一二三四五六日天]?|上上?[个]?月|上次|昨天|前天|琴日|寻日|噚日|前日|早前|当天)[^，。！？]{0,16}(?:就|已经)?(?:来|嚟)?(?:打(?:过|咗)(?:嚟|来|电话)?|打(?:嚟|来)|找(?:你们|你哋)|打(?:嚟|来)(?:就)?(?:讲|说)过|问过|说过|讲过|讲咗|提过|报修过|反映过|联系过|找过|来过|嚟过|来说过|投诉过|send过|email过|提交过|开过|收过)|(?:也|都)(?:係|是)?(?:这么|咁|这样)(?:说|讲|答)|回复我的原话|上次回复我说|(?:两|三|四|多)(?:次|度)(?:发函|去函|来信|致函|去信)|[\d月底中初/]{2,}再(?:问|打|催|联系|反映)|(?:电话里|在线|这个窗口)(?:就)?(?:说|讲|问|反映)(?:了|过)|(?:也|又)(?:问|说|讲|催|打)了一(?:遍|次)|再问(?:你们)?一次|已联系(?:过)?(?:在线)?客服|第[二三四五六七八九十\d]+次在[^，。]{0,6}(?:说|讲|反映|问|发)|又开(?:多)?(?:个|张)|(?:维修|返修)(?:了|咗|过)?[两三四五六七八九十几\d]+次|(?:次次|每次|每一次)(?:打(?:嚟|来|电话|过去)?|问|联系|call|找)(?:都)(?:话|说|讲|叫我|係咁|是)|白跑(?:了|咗)?(?:[两二三四五几\d]+)?趟|同一(?:个|张)?(?:问题|单|订单)[^。]{0,10}第[二三四五六七八九十\d]+次|(?:问|讲|说|催)(?:了|咗)?第[二三四五六七八九十\d]+遍|不想再(?:从头|由头)?(?:讲|说|解释)(?:一|多)?(?:遍|次)|由头讲过|(?:send|寄|email)(?:咗|了)[两二三四五六七八九十几\d]+封|第[二三四五六七八九十\d]+次(?:嚟电|嚟|来电)|打了[两二三四五六七八九十\d]+多?个电话|(?<=^|[。！!，,\s])(?:唉[，,]?\s*)?又(?:是|係)我(?=[。！!，,\s]|$)|还是那(?:个|台|张)[^，。]{0,8}[，,]\s*还是那|(?:工单|单号|案件|case|ticket)[^。]{0,8}[#＃]?[a-z-]*\d{3,}[\d-]*\s*[、,，和跟及]\s*[#＃]?[a-z-]*\d{3,}/,
  },
];

export const ZH_CONTEXT: Omit<LanguageCues, 'cues' | 'pairs'> = {
  negation:
    /差[点點]|差一[点點]|[险險]些|不是要|不是想|[没沒]有要|[没沒]打算|不打算|不[会會]|不要|不想|不用|不必|[无無]需|[别別]|[没沒](?![用上](?:的|完|过的))(?:有)?|(?<!大)不(?![了过過])|唔(?![该該])|冇|未/,
  scopeBreak:
    /\s|的[话話](?![费費题題语語筒])|唔[係系](?=我)|我去|不知道|唔知|不曉得|不晓得|信不信|信唔信|我就|就|我[会會]|我要|不然|否[则則]|要不|要么|要嘛|逼我|[，,…]/g,
  // Without a question mark, only a sentence that opens as a question or asks about a process counts:
  // 怎么 inside 让大家看看你们怎么对待客人 is not a question.
  question:
    /想知道[^，。]{0,10}(?:的话|怎么|怎样|如何|在哪|哪个|多久)|[请請][问問]|^想[问問]|[问問]一下|^[问問]下|流程|是否|係咪|[吗嗎呢][。.！!]?$/,
  askOpener:
    /^\s*(?:[你您]好[，,！!。\s]*)?(?:我想[问問]一下|[请請][问問]|想[请請]?[问問]|[问問]一下|[问問]下|唔[该該][，,]?\s*想[问問])/,
  rhetorical:
    /(?:有冇|係咪|係唔係)[^，。？]{0,14}㗎|係咪应该|(?:你们|你哋)想我|你[们哋]知(?:唔知|不知道|道)[^？]{0,14}(?:新闻|媒体|记者|东张西望)|应该不(?:希望|想)|应该(?:已经)?收到了吧|怎么(?:还|退)(?:给|俾)我|(?:损失|工资|薪水|误工费?|这笔|这一天|假)[^，。？]{0,8}谁(?:来|要)?(?:出|赔|负责|承担|买单|埋单|吸收|付)|你[们哋]觉得(?:应该)?(?:由)?谁(?:来)?(?:出|赔|负责|承担|吸收)|要不要(?:我|[请請]|叫|[让讓])|[总總](?:可以|该|行)|使唔使我|信唔信|(?:我的|实际的|實際的)?(?:退款|[钱錢]|[赔賠][偿償]|[补補][偿償]|押金|[订定]金)呢|到底|信不信|[难難]道|[总總](?:得|要)|凭什么|憑什麼|是不是想|是不是(?:应该|应当|该)|(?:你们|你哋)(?:确定|确认|真的)要|要不要赌|赌赌看|敢不敢|(?:你们|你哋)想(?:唔|不)想|還要等多久|[还還]要等多久|[问問]啥|[说說]了多少遍|多少次|[你]是(?:智障|白[痴癡]|[猪豬])/,
  request:
    /(?:你上面|上面的人|老板|老[闆細细]|[经經]理|主管|[负負][责責]人)(?:是[谁誰]|係邊個|(?:的)?(?:[电電][话話]|手机|[联聯][系絡络]方式|邮箱)(?:是)?多少)|有[没沒]有(?:能|可以)?(?:管事|做主|拍板|负责|说了算)的(?:人)?|^(?:可以|能否|可否)(?:麻[烦煩]|[请請])|麻[烦煩](?:你[们們]?)?[请請]|^(?:[请請]|麻[烦煩])?你[们們]?(?:能不能|可不可以|可以)|^(?:[请請]|麻[烦煩])?(?:能不能|可不可以|可唔可以)|(?:能不能|可不可以|可唔可以|能否|可否|可以)[^，,。？?]{0,10}(?:减|免(?!费)|豁免|少收|打(?:个)?折)/,
  thirdParty:
    /我司法务|(?:遇到|有)[^，。]{0,6}买家|恶意退款|(?:以前|之前|上一)(?:那|一)家(?:店|公司)|[骂罵](?:过)?[别別]家|(?:说|话|講)有人|(?:有人|隔[篱]屋|人哋|别人)(?:说|话|讲)(?:要|会)|[谈談](?:一下|一[谈談])?合作|商[务務]合作|合作事宜|[报報]价|采购|採購|(?:电影|剧|小说|游戏|动漫|漫画|新闻|影片|节目)(?:里|裡|中|入面)|(?:跟|和|同|与|與)我(?:(?:[没沒]|冇)(?:有)?(?:关系|關係)|[无無](?:关|關))|唔[关關]我事|不[关關]我的?事|我[们們哋]?(?:公司)?(?:的)?\s*(?:法[务務]|legal\s?team)\s*(?:[让讓]|叫|要|[说說]|需要|审核|想)|跟你[们們哋]?(?:[没沒]关系|[没沒]關係|[无無]关|[无無]關|[没沒]有关系)|(?<![换換转轉到去用成了])[别別]家的|在[别別]家(?!办|辦|开通|開通|装|裝|签|簽)|(?:^|[，,])(?:我[们們哋]?(?:的)?|我家)?(?:财务|人事|行政|采购|销售|技术|项目|部门|区域|客户|我们的?)?(?:[领領][导導]|主管|老板|老[闆板细細]|[经經]理|同事|老公|老婆|对象|男朋友|女朋友|男友|女友|伴侣|另一半|先生|太太|朋友|家人|[妈媽]|[爸]|孩子|小朋友|店[长長]|组长|主任|[律][师師]朋友)(?:[让讓]|叫|[请請]|[说說]|[话話]|[讲講]|想|要|推[荐薦]|之前|[问問]|看了|吩咐|交代)|(?:孩子|小朋友)(?:看了)?(?:[说說]|[话話])|(?:^|[，,])[^，,。！!？?]{0,8}(?<![别別跟和同拿])开(?:个)?玩笑(?:地|咁)?(?:[说說]|[话話]|[讲講])|(?:讲|说)笑(?:咋|啫|而已)|(?:^|[，,])(?:我(?:的|家)?(?:哥|姐|弟|妹)|(?:我(?:的|家)?)?(?:阿妈|阿爸|阿嫲|老豆|老母))(?:成日|总是|老是|经常|天天|每次)?(?:[说說]|[话話]|[讲講])|(?:有|一[个個])(?:[买買]家|客人|客[户戶])(?:[对對]我)?|(?:被|是)?我[们們哋](?:的|嘅)?客[户戶]|[卖賣]家(?:[让讓]|叫|[说說]|[话話]|要求|[请請]|建[议議]|[问問])/,
  // A closing 谢谢 ends a request politely; it praises nothing.
  praise:
    /不[错錯]|(?:[给給帮幫]你[们們哋])(?:做(?:个|個)?|免[费費])?宣[传傳]|安利|种草|種草|(?<!不[会會]?)好看|喜[欢歡]|特[别別]好|[态態]度(?:很|超|特[别別])?好|[谢謝](?![谢謝]?(?:啦|了|哈|喔|哦|您|你)?[。！!～~\s]*$)|感[谢謝]|多[谢謝]|唔[该該](?:晒|哂)|唔[该該](?:你|你[哋地])?(?=[。！!，,~～]|$)|表扬|称赞|夸奖|[赞讚]美|好[评評]|[点點][赞讚]|[给給][赞讚]|支持[！!]|支持$|[满滿]意|很好|超好|真好|[挺蛮蠻]好|好用|推[荐薦]|推介|大忙|辛苦了|加工[资資]|加薪|[顺順]利|耐用|[结結]实|[结結]實|五星|靠[谱譜]|[赞讚]|[棒]|好人/,
  contrast: /但是|但|不[过過]|可是|只是|[还還]是|仍然/g,
  other:
    /[银銀]行(?=[说說话話讲講])|(?<![其我])他(?![们們妈媽])|(?<=[叫让讓])(?:他|她)[们們]|(?<=我(?:的|家|哋)?)(?:妈|爸|阿嬷|阿嫲|奶奶|爷爷|外婆|外公|老妈|老爸|老豆|阿妈|阿爸|婆婆|公公|儿子|女儿|阿姨|舅舅)|你(?:们|哋)?(?=(?:还|又|再|一直|天天|每天|成日|日日|不停|老是|总是)+(?:打|call|催|发|寄|来电))|她(?![们們妈媽])|佢(?!哋)|朋友|同事|家人|老公|老婆|[妈媽][妈媽](?![社群团團圈])|爸爸|姐姐|哥哥|弟弟|妹妹|[邻鄰]居|室友|外送[员員]|快[递遞](?:小哥|[员員])|司[机機]|[亲親]戚|(?<=我家(?:的)?)(?:[猫貓]|狗)|[猫貓]主子/g,
  self: /我|咱/g,
  selfNegated: /^我[们們哋]?(?:不|[没沒]|唔|冇|[绝絕]不)/,
  resolved:
    /(?:钱|款)(?:你们|你哋)?也退(?:了|咗)|已[经]?把(?:钱|款)(?:退|打|转)(?:回|返)(?:到)?我|有(?:补偿|赔偿|退款)了|(?<![来來])(?:处理|處理)(?:好|完)了|(?:钱|款)也回来了|搞错了|刷错|(?<!不是)误会|我接受|已[经]?退(?:给|俾|畀)(?:了)?我(?:了|咗)|(?:你们|你哋)帮我(?:减免|免掉?|退|补|赔|处理)(?:了|咗)|已[经經]?(?:退|汇|匯|转|轉|打)(?:回|返)?(?:到|进|進)(?:了)?我(?:的)?[^，。]{0,4}(?:卡|[户戶]|[账帳賬]|支付[宝寶]|微信)|(?<!回执也?|回执都|受理|编号)收到了|到[账帳賬]了|入[账帳賬]了|解[决決]了|(?<![来來])[处處]理好了|修好了|成功了|搞定了|退回[来來]了|已[经經](?:到|收到|入[账帳賬]|[处處]理好)|很快就(?:解[决決]|[处處]理)|(?:争议|投诉|申诉|起诉|诉讼|仲裁|案子|拒付|退单)[^，,。！!]{0,8}(?:撤销|撤回|取消)(?:了|咗)|(?:都|一切|已[经經]|恢复|恢復)正常|[没沒]事了|[处處]理得(?:很|挺|超|好|非常)?快/,
  complaint:
    /[还還]是|[还還][没沒]|都[没沒]|遭遇|[没沒]人|[坏壞]|差|[烂爛]|垃圾|骗|騙|呃(?:人|[钱錢]|老人)|[气氣]死|受[够夠]|[损損]失|[耽]?[误誤](?![会會])|[拖]/,
  taken:
    /已[经經]?|上(?:周|次|个月|礼拜|星期)|拉黑(?:了|咗)|[@＠]了|[刚剛]|[过過](?![来來去])|咗|昨天|[前]天|[早]上|(?:打|[给給]|[写寫]|[发發]|寄|交|申[请請]|投[诉訴]|[举舉][报報]|取消|停掉|[注註][销銷])了/,
  // 唔该 opening a sentence is Cantonese "please" (closing one, it is thanks).
  demand: /[帮幫][我]|[给給]我|[请請]|[马馬]上|立刻|即刻|[赶趕][紧緊]|快[点點啲]|麻[烦煩]|^唔[该該](?![晒哂])/,
  threat:
    /我去(?![过過了咗])|(?<!今天|今日|现在|現在|马上|馬上|立刻|即刻|而家)就|要|[会會](?![员員议議计計])|准[备備]|準備|打算|等着|等著|看着办|走着瞧|等着瞧|(?:自己)?掂量|后果自负|信不信|不然|否[则則]|[让讓]你[们們]|[给給]你[们們][看]|明天|聽日|听日/,
  conditional:
    /再[^，,。！!？?]{1,3}(?:唔|不)(?:掂|好|到|通|成)|的[话話](?![费費题題语語筒])|唔[係系](?=我)|再唔|如果唔|唔[^，,。！!？?]{1,10}(?:我)?就|再不|如果|要是|(?:不|没|唔|冇)[^，,。！!？?]{1,10}[，,]\s*我(?:就|会)|假如|若|不然|否[则則]|要不|[再](?:[这這]|推|拖|[让讓])|不[^，,。！!？?]{1,10}(?:我)?就|(?:之前|以前|前|[内內])(?:[还還]|再)?(?:不|[没沒]|唔|冇)/,
  idiom:
    /重要的事(?:情)?[说說讲講](?:三|3)[遍次]|想死(?:了|你[们們]?)?[，,]?(?:快|[赶趕]紧|[赶趕]快|什[么麼]时候)|想死你|(?:痛|疼|累|饿|热|冷|闷|笑|攰|困|忙|烦|痕)(?:到|得)(?:我)?想死|笑死|[累]死|急死|[气氣]死我|好吃到哭|好食到喊|要我的命|曝光度|[砸]开|[砸]開|人工智能|打[电電][话話][给給]我|你哋啲|客[诉訴]一次|我(?:们|哋)?(?:是|係|这里是|这边是|呢度係)(?:一[家间个所])?[^，,。！!？?]{0,8}(?:律师行|律所|律师事务所|银行|信用卡中心|报社|电视台|媒体)|(?:被|俾|畀)人(?:入禀|起诉|告|投诉|举报)|(?:^|[，,。\s])(?:您好[，,])?这里是[^，,。]{0,10}(?:银行|信用卡中心|律师|律所|法院)|我(?:[是係][^，,。！!]{0,8}(?:经理|主管|律师|法务|记者)|(?:真|真的|真係|真是|就是|是|好|太|简直)?(?:个|一个)?(?:智障|白痴|笨蛋|脑残|蠢[蛋货]|傻瓜|on9|废物)(?!客服))|脑残粉|废物利用|(?:当|觉得|以为|把)(?:我|顾客|客户|消费者|我们|大家)(?:都)?(?:当)?(?:是|成)?(?:傻子|傻瓜|白痴|笨蛋|智障|猪)|挂失(?:止付)?|[说话讲]要[^。！!？?]{0,12}(?:是(?:我的?)?气话|讲(?:吓|下)(?:啫|咋|而已)|说说而已|开玩笑)|(?:补偿|赔偿|退款|经理|主管)(?:(?:什么的|之类的?)?(?:就)?(?:不用了|不需要了|免了|算了)|页面|按钮|政策|规则|入口|功能)|在(?:dcard|ptt|连登|爆料公社|小红书|微博|抖音|脸书|facebook|ig|youtube|b站|知乎|网上)(?:上)?(?:看到|刷到|看见)|(?:买|回购|下单|光顾|复购)[^。！!？?]{0,10}第[几\d一二三四五六七八九十]+次|几次想(?:买|要)/,
  deadline:
    /(?:今天|今日|今晚|今早|明天|明日|明早|明晚|[聽听]日|[后後]天)?(?:上午|下午|中午|晚上|早上|傍晚|凌晨|夜[晚里裡])?(?:(?:[这這][个個]?|本|下下?[个個]?|今[个個])?(?:[周週]|星期|[礼禮]拜)[一二三四五六日天]|(?:[这這][个個]?|本|下下?[个個]?|今[个個])(?:[周週]|星期|[礼禮]拜)|(?:[这這][个個]?|本|下下?[个個]?|今[个個])?[周週]末|(?:[这這][个個]?|本|下下?[个個]?|今[个個])?月[底尾中]|(?:(?:[这這][个個]?|本|下下?[个個]?|今[个個])?月|[\d〇零一二三四五六七八九十两兩]{1,2}月)?[\d〇零一二三四五六七八九十两兩]+[号號日]|年[底尾]|(?<![\d〇零一二三四五六七八九十两兩几幾多])年(?=前)|[过過]年|春[节節]|[国國][庆慶]|中秋|元旦|[圣聖][诞誕][节節]?|下班|收工|放工|中午|今天|今日|今晚|今早|明天|明日|明早|明晚|[聽听]日|[后後]天|[\d〇零一二三四五六七八九十两兩]+[点點](?:[鐘钟]|半|[\d〇零一二三四五六七八九十两兩]+分?)?)(?:下班|中午|晚上)?(?:之前|以前|前|之[内內]|以[内內]|[内內]|为止|為止)|(?:[\d〇零一二三四五六七八九十两兩]+|半|[几幾])(?:[个個])?(?:小[时時]|[鐘钟](?:[头頭])?|天|日|[个個]?工作(?:日|天)|星期|[礼禮]拜|[周週]|月)(?:之[内內]|以[内內]|[内內])|(?:[这這][个個]?|本|下下?[个個]?|今[个個])?月[底尾]/,
};
