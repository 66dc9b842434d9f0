import { eachMatch } from '../../../text/each-match';
import type { EscalationFlag } from '../../../types';

// Chinese readings that take a flag back after the rules and the learned scorer have both raised it: the sentence
// that carries the flag says the customer is not doing the thing. Both scripts in one pattern (繁 forms written
// out in each class), Cantonese and Taiwan forms alongside. Read only for a flag already raised, so a miss costs
// one test per raised flag.

/** The words that name each flag's act, for a disclaimer to be about that flag and not another. */
const ACT: Partial<Record<EscalationFlag, RegExp>> = {
  regulator: /投[诉訴]|[举舉][报報]|申[诉訴]|12315|12345|消[协協保委基]|工信部|金管[会會]|[监監]管/,
  public: /po|[发發]|曝光|爆料|公社|dcard|ptt|小[红紅][书書]|微博|抖音|[连連]登|[网網]上|[评評][论論價价]/i,
  legal: /告|[诉訴][讼訟]|律[师師]|法院|起[诉訴]/,
  churn: /退[会會订訂]|[解终終][约約止]|取消|[注註][销銷]|退(?![款钱錢费費])|停用|不[续續]/,
  compensation: /退[款钱錢费費]?|[赔賠]|[补補][偿償]/,
  chargeback: /拒付|止付|[争爭][议議]款|退[单單]/,
  supervisor: /主管|[经經]理|[领領][导導]/,
};

// 并非欲向消保處投訴, 唔係投訴, 我不會PO, 我们是续费的不是要退, 此非正式解約通知. Not after 以为 (别以为我不会发):
// that denial is a threat.
const DISCLAIMER =
  /(?<!以[为為])(?:并非|並非|并无|並無|[无無]意|不是|唔[係系]|不[会會]|唔[會会]|[没沒]打算|此非|[绝絕]非)(?:要|想|欲|打算|去|再)?[^，,。！？!?；;]{0,12}/g;
// …and the sentence goes on to what the customer does want: only a question, a record, a fact.
const ONLY =
  /只是|只係|淨係|净系|[纯純]粹|唯望|只想|只希望|[仅僅]|就是想|想(?:了解|[问問]|[询詢][问問])|[请請][问問]|存[档檔]|[备備]案|[记記][录錄]|合[规規]|而已|之意|正式.{0,4}通知/;

// Someone else's intent, declined or set aside by the customer: 我讲不要不要, 我叫佢唔好咁衝動, 那是他和物业的事.
const OTHERS_SAID =
  /(?:儿子|兒子|女儿|女兒|[个個]仔|[个個]女|老伴|老公|老婆|[妈媽]|阿[妈媽]|[爸]|[细細]佬|家姐|[表堂]?(?:弟弟?|哥哥?|姐姐?|妹妹?)|[舅姨叔伯]|[亲親]戚|朋友|friend|同事|房[东東]|[业業]主|租客|[学學][长長姐]|邻居|鄰居|家人|屋企人|老[板闆]娘?)[^。！？!?]{0,12}(?<!我)(?:[讲講说說话話]|[觉覺]得|嚷|(?:非|一直|硬|老是|天天|成日)?(?:[让讓]|叫|喊|劝|勸)我)/;
// …and the writer sets it aside: 我讲不要, 不过我想先弄清楚, 我觉得佢夸张咗, 我觉得跟你们店没关系, 她也就说说, 成日笑我.
const DECLINED =
  /我[觉覺]得(?:[^。！？!?]{0,4})?(?:[没沒冇](?:有)?(?:那[么麼]|咁)(?:[严嚴]重|大[阵陣]仗)|(?:[应應][该該])?不至於|(?:[应應][该該])?不至于|未去到咁|唔去到咁)|(?:他|她|佢)(?:对|對)什[么麼]事都[这這]樣?|(?:他|她|佢)(?:对|對)乜[嘢野]都(?:係|系)?咁|我(?:[讲講说說话話]|叫[佢他她]|[劝勸][佢他她]?|[让讓][佢他她])[^。！？!?]{0,4}(?:不要|唔好|[别別]|算了|不用|唔使|不需要|[没沒]必要|冇必要)|那是[他她][^。！？!?]{0,8}的事|[係系][佢他她][^。！？!?]{0,8}嘅事|我只是(?![想要])|我[觉覺]得[^。！？!?]{0,3}(?:[没沒冇]必要|不用|唔使|不需要)|(?:不[过過]|但是?|可是)[，,]?\s?我(?:想|要|打算)?先(?:弄|搞|[问問]|了解|查)|我[觉覺]得[^。！？!?]{0,8}(?:夸[张張]|誇[张張]|[没沒冇](?:有)?必要|[没沒冇](?:有)?[关關]系|[没沒冇](?:有)?[关關]係|[无無][关關])|(?:她|他|佢)(?:也)?(?:就|只是)?(?:[说說]说|[说說][說说]|[讲講][下吓])(?:而已|啫)?|笑我|我[觉覺]得(?:[还還]是)[^。！？!?]{0,14}(?:比[较較]好|好啲|好些|好一点)/;
// The writer turning back to business after someone else's remark (…阿妹笑住話不如放上連登，哈。講返正經，…): what was
// said before it was banter.
const BACK_TO_BUSINESS = /[讲講说說][返回]正[经經]|[说說]正[经經]的|言[归歸]正[传傳]|[说說讲講][回返]正[事题題]/;
// Someone else's word on a policy, asked about: 学长说…不退，是骗人的吧？ / 朋友说…全额退费…想问下这个政策.
const POLICY_ASKED = /[吗嗎吧？?]|想[问問]|[请請][问問]|政策|[规規]定|[规規][则則]|合同|合約/;

// A past wrong already made good, thanked for: 你们已经补偿里程了，谢谢 / 后来真的有补，谢谢 / 主动退了…挺负责的 /
// 件事已經搞掂咗，sorry呀, 退費已經入帳了，謝謝. Not when it has gone wrong again (又, 还是没, 必须).
// Said of a matter put right, by either table below.
const SETTLED = '搞掂咗|搞定了|解[决決]了|解[决決]咗|[处處]理好了';
const MADE_GOOD = new RegExp(
  `(?:退[款钱錢费費]|[赔賠][偿償款]|[补補][偿償])[^，,。]{0,4}(?:已[经經]?)?(?:入[账帳賬]|到[账帳賬]|收到)(?:了|咗)|已[经經]?(?:[补補][偿償]|[补補]|[赔賠]|退)|[补補][偿償]了|有[补補]|退了|[赔賠]了|${SETTLED}`,
);
const THANKED = /[谢謝][谢謝]|多[谢謝]|唔[该該]|感[谢謝]|[负負][责責]|sorry|不好意思|唔好意思/i;
const WRONG_AGAIN = /又|[还還]是[没沒]|仍然|必[须須]|[马馬]上|立刻|[赶趕]快|[赶趕][紧緊]/;

// Swearing in delight or celebration: 靠北 今天的雞排也太好吃 / 屌 呢個價錢買到咁好嘅耳機 正到痺 / tmd 终于抢到了…牛. Not when
// anyone is called a name.
const DELIGHT =
  /好吃|好食|太[好棒顶頂赞讚]|正到|好正|超[好棒赞讚正]|[抢搶]到|(?:好|真|太|很|超)牛|(?<![蜗蝸])牛(?=[啊呀了！!。\s]|$)|(?<![不唔])爽|[咁好]抵|[赞讚]|[买買]到就是[赚賺]到|犒[劳勞]|[奖獎][励勵]自己|[开開]心死|[庆慶]祝|考完/;
const NAME_CALLING =
  /[你您][们們哋]?(?:[这這呢]?[班群帮幫])?[^，,。！？!?]{0,6}(?:是|係)?[^，,。！？!?]{0,3}(?:智障|白[痴癡]|傻|蠢|[废廢]物|[废廢]柴|垃圾|zz|sb|低能|脑残|腦殘|骗子|騙子)/i;

// An organisation or a professional writing as itself (我喺律師樓做嘢, 我所审核后建议改为诉讼, 法务部让我问), not
// threatening us: no condition and no claim pressed. A firm writing for its client (本所受当事人委托…如七日内未退还，将依法
// 起诉) presses one.
const AS_ITSELF =
  /我[喺在](?:律[师師](?:[楼樓]|事[务務]所|行)|大?律[师師](?:公?[会會]|[协協][会會])|律所|法[务務]部)|我所|本所|法[务務](?:部|那[边邊])?(?:[让讓]|叫|[请請]|要求?)/;
const PRESSED =
  /若|如果|(?<![例比假譬])如(?=[^，,。！？!?]{0,20}(?:未|不|仍|没|沒))|依法|[将將](?:[会會])?(?:提起|起[诉訴])|[否不]然|追究|保留|律[师師]函|告你|起[诉訴]你|[违違][约約]/;

// What a word means, how a process runs, or who sent the customer to ask: 拒付是什么意思, 仅退款和退货退款有什么区别,
// 审核流程一般是怎样的, 银行让我来问问你们.
// Without 你 in it: 你们扣我钱是什么意思 is a protest, not a question about a word.
const DEFINITION =
  /^\s*(?:乜[嘢野]|什[么麼]|咩|啥)(?:叫|係|系|是)(?:做)?[^，,。！？!?你您]{1,6}(?:㗎|呀|啊|嘅|的)?[？?]?$|^[^你您]*(?:是(?:什[么麼]|咩|啥)意思|是指(?:什[么麼]|咩|啥)|有(?:什[么麼]|咩|啥)(?:[区區][别別]|不同|分[别別])|流程一般|一般是(?:怎[样樣么麼]|如何))[^你您]*$/;
const SENT_TO_ASK = /[银銀]行(?:[让讓]|叫|要)我(?:[来來])?[问問]/;

// A manager asked for to hear praise of a member of staff (想跟你们主管说一下…真的很谢谢她, 不是投诉，正好相反, 这样的员工应该
// 被看见), with nothing in the message going wrong for the writer.
const STAFF_PRAISE =
  /表[扬揚]|感[谢謝]|[谢謝][谢謝](?:她|他|佢)|称[赞讚]|稱讚|嘉[奖獎]|[评評]优|[评評]優|[夸誇]|好好留住|[应應][该該]被看[见見到]|(?:不是|唔[係系])(?:要)?(?:投[诉訴]|客[诉訴])|正好相反/;
const GRIEVANCE =
  /[还還]是[没沒不]|仍然|一直(?:[没沒]|不)|[没沒]人|不[满滿]|差[劲勁]|(?<![倒扔丢丟收清])垃圾(?![集桶袋车車分])|[骗騙]|失望|退款|[赔賠]|(?<!不是|唔[係系]|不是要)投[诉訴]|到[现現]在|[离離][谱譜]|生[气氣]|[气氣]死/;

// A complaint, dispute or review the writer has since withdrawn (投诉已经撤回了, 后来协商好我就撤回了), said in a message whose
// sentence for the flag threatens nothing further.
const WITHDRAWN =
  /(?:投[诉訴]|申[诉訴]|[举舉][报報]|[争爭][议議]|拒付|差[评評]|起[诉訴])[^。！？]{0,6}(?:已[经經]?)?(?:撤回|撤[销銷]|撤掉|[删刪]掉|[删刪]除)(?:了|咗)|我(?:就|已[经經]?)撤回(?:了|咗)/;
const FURTHER = /[会會]|要|[将將]|准[备備]|打算|再|如果|不然|否[则則]/;
// An order put in by mistake and cancelled (落错单, 拣错咗size, 下错单): fixing an order is not leaving.
const WRONG_ORDER = /[落下点點订訂买買拣揀选選][错錯](?:咗|了)?(?:单|單|size|尺码|尺碼|颜色|顏色|款)?|[揀拣选選][错錯]/;
// A service the writer never ordered, switched off (我從來沒訂過，請退費並把這個服務關掉, 没开通过这项增值业务，帮我取消):
// removing a charge slipped onto the bill, not leaving. Not an account closed for lack of use (从来没用过，帮我注销账户).
const NEVER_ORDERED = /(?:从来|從來|根本|从未|從未)(?:[没沒]|冇|未)?(?:有)?(?:[订訂]|[开開]通|申[请請]|加|要)[过過]/;
const ADD_ON_THING = /(?:[这這][个個项項]|加值|增值|附加|[额額]外)(?:服[务務]|功能|套餐|[业業][务務]|方案)/;
const WITHDRAWABLE: ReadonlySet<EscalationFlag> = new Set(['regulator', 'legal', 'public', 'chargeback']);

// The writer as the one complained of (要去12315举报我装嫩, 话要告我): someone is threatening the writer, who is not the
// one escalating. Not 我的 / 我们 (投诉我的快递员 names what the writer complains about), not a platform's name before
// the writer as subject (黑猫投诉我已经发了), and not 我 opening its own verb (投诉我也发了).
const AGAINST_ME =
  /(?<!黑[猫貓])(?:[举舉][报報]|投[诉訴]|告|起[诉訴]|控告|[检檢][举舉]|曝光|[挂掛])(?:我|本人)(?![的嘅们們哋地已也都就要会會想再还還又仲])/;
const AGAINST_YOU = /(?:[举舉][报報]|投[诉訴]|告|起[诉訴]|曝光)(?:你|您|[贵貴])/;

// A lawsuit as a simile (好似要同人打官司咁, 搞得像要上法庭一样): how earnest something felt, not a threat.
const SIMILE =
  /(?:好似|好像|好象|仿佛|彷彿|似乎|像是|搞到|搞得)[^，,。！？!?]{0,10}(?:打官司|上法庭|上法院|告人|起[诉訴])[^，,。！？!?]{0,4}(?:咁|噉|一[样樣]|似的|那[样樣]|咁[滞滯])/;

// A provisional credit the card issuer gives while it looks at a dispute (叫滙豐開咗交易爭議，佢哋話會暫時退返嗰筆錢俾
// 我): the money is the bank's step in the chargeback, not a refund asked of us.
const DISPUTE_TAKEN = /[争爭][议議]|退[单單]|拒付|止付|dispute|chargeback/i;
const BANK_REFUNDS =
  /(?:[银銀]行|[发發]卡行|卡中心|信用卡公司|佢[哋地]|他[们們]|[对對]方)[^，,。！？!?]{0,3}(?:[话話说說讲講]|表示|答[应應])[^，,。！？!?]{0,4}(?:[会會]|可以|先)[^，,。！？!?]{0,4}退/;

// An oath at a thing (妈的这手机一插耳机就没声音, 幹，這台洗衣機又不脫水了): with no one addressed in the message, it abuses nobody.
const OATH_AT_THING =
  /(?:[妈媽]的|tmd|靠北|我靠|[屌]|[扑仆]街|(?<=^|[。！!？?\s])[幹干](?=[，,！!\s]))[，,\s]*(?:[这這呢]|[个個]|部|[台枱])(?:[个個部台])?(?:破|[烂爛]|死)?(?:手[机機]|[电電][脑腦]|耳[机機]|平板|[机機]器|系[统統]|app|[软軟]件|路由器?|[电電][视視]|打印[机機]|洗衣[机機]|冰箱|空[调調]|冷[气氣]|[热熱]水器|微波[炉爐]|吸[尘塵]器|[风風]扇|[车車]|[游遊][戏戲]|[键鍵]盘|[键鍵]盤|鼠[标標]|[网網](?:[络絡]|速)?|[天]气|[天]氣)/i;
const ADDRESSED = /你|您|客服|店[员員]|[师師]傅|[经經]理|老[板闆]|[员員]工/;

// A manager named as the one to be hurt (你们那个经理出来一个我打一个): a threat of harm, not a wish to speak to them.
const MANAGER_HURT =
  /(?:[经經]理|主管|老[板闆]|[负負][责責]人|店[长長]|[领領][导導])[^，,。！？!?]{0,6}(?:出[来來]|[来來]|敢[来來]|[过過][来來])[^。！？!?]{0,8}(?:打|揍|砍|捅|劈|斩|斬|收拾|[废廢]了)/;

// The writer's own staff named as a contact (后续对账请直接联系我们财务主管, 請寄給我們護理長陳主任簽核, 我哋經理會跟進): not
// someone asked for above the agent. Not when one of the firm's is asked for in the same sentence (你们经理).
const TITLE = '(?:主管|主任|[经經]理|[领領][导導]|[总總][监監]|老[板闆]|[负負][责責]人)';
const OWN_STAFF = new RegExp(
  `(?:我[们們哋]|我司|本公司|敝司|我方)(?:公司|店|[诊診]所|[医醫]院|[学學]校|部[门門]|[团團][队隊])?(?:的|嘅)?[^，,。！？!?你您贵貴]{0,5}(?:${TITLE}|[护護]理[长長])`,
);
const FIRM_STAFF = new RegExp(
  `(?:你[们們哋]?|您|[贵貴](?:司|公司|店)|[贵貴]方)(?:公司|店)?(?:的|嘅)?[^，,。！？!?我]{0,5}${TITLE}`,
);

// 主管机关 / 主管部门 is the competent authority (a regulator), not a supervisor asked for.
const AUTHORITY = /主管(?:[机機][关關]|部[门門]|[单單]位|官署)/;
const BOSS = /主管(?![机機][关關]|部[门門]|[单單]位|官署)|[经經]理|[领領][导導]|上司|[负負][责責]人|老[板闆]/;
// "This is my first time contacting you" (这是我第一次联系你们, 第一次寫email嚟): a first contact is no repeat.
const FIRST_TIME =
  /(?:第一次|头一次|頭一次|首次)(?:[联聯][系繫络絡]|[写寫]|打|[来來]|嚟|[问問]|找|咨[询詢]|諮詢|email|[发發]|留言|投[诉訴])/;
const AGAIN_SAID = /又|再次|第[二三四五六七八九十\d]+次|[两兩二三四五六七八九十\d]+次/;
// A product called rubbish (你们这个破App真是垃圾, 呢部機真係垃圾): said of a thing, not to the staff.
const PRODUCT_TRASHED =
  /(?:[这這呢][个個部台款]?|你[们們哋]?(?:的|嘅)?(?:[这這呢])?(?:[个個部台款])?)(?:破|[烂爛])?(?:手[机機]|[电電][脑腦]|app|[软軟]件|系[统統]|[机機]器?|[网網]站|平台|[产產]品|耳[机機]|路由器?|[东東]西)[^，。！？]{0,4}(?:真[是係系]?|就是|[係系]|是)?(?:垃圾|[废廢]物|[烂爛]透)/i;
const ADDRESSED_INSULT =
  /(?:你[们們哋]?|客服|[职職][员員]|[员員]工)(?:[这這]|呢)?(?:[帮幫班群些])?[^，。！？]{0,4}(?:是|係|真係|真是)?(?:垃圾|[废廢]物)/;

// The firm posting the customer's details (你哋将我个仔嘅全名放咗上Facebook专页): the complaint, not the customer's post.
const FIRM_POSTED =
  /(?:你[们們哋]|[贵貴](?:司|公司|中心))(?:将|將|把|擅自|竟然|居然)[^，。！？]{0,6}(?:我|我[们們哋]|我[个個]仔|我[个個]女|我(?:儿子|兒子|女儿|女兒|孩子|小朋友))(?:的|嘅)?[^，。！？]{0,8}(?:全名|名字|姓名|照片|相|身份[证證]|[电電][话話]|地址|[资資]料|个人信息|個人資料)[^，。！？]{0,10}(?:放|贴|貼|[发發]|post|po|上[载載]|公[开開])/i;

// A past matter said to be over (舊年…投訴過你哋，後來…已經搞掂咗，冇嘢 / 上年入稟過…後來同你哋和解咗…件事已經完咗 /
// 那次的损失贵司已经赔付到位了 / 我们起诉过他们，去年已经判下来了): told as history, nothing pressed now. Not when it has
// gone wrong again.
const PAST_MARK = /[过過]|咗|那次|那一次|嗰次|上次|之前|以前|去年|舊年|旧年|上年|前年/;
const OVER = new RegExp(
  `(?:[当當][时時]|嗰[时時]|嗰陣)[^。！？!?]{0,6}(?:[处處]理得|[搞]得)(?:几|幾|很|挺|都几|都幾|好|非常)?好|和解(?:了|咗)|settle(?:咗|了)|早就(?:解[决決]|[处處]理好|搞掂|搞定)|才(?:解[决決]|[处處]理好|搞掂|搞定)(?:的|了|咗)|(?:件事|[这這]件事|事情)?已[经經]?(?:完咗|完了|[结結]束了|[结結]案了)|判下[来來]了|已[经經]?[赔賠]付到位|到位了|[冇没沒]事了|冇嘢|[没沒][问問]题了|冇[问問]題|${SETTLED}`,
);

// The writer keeping what they have (会员我不退, 不退不退，我就是问问违约金): 不退 said of themself, not a refund refused.
// Shopping around that ends back here (我去别家看了一圈，还是你们家的好): no leaving.
const CAME_BACK =
  /(?:还是|還是)(?:你们|你們|你哋|[贵貴])(?:家|店|公司|司)?(?:的|嘅)?(?:好|最好|靠[谱譜]|[实實]在|划算|抵|便宜|平)|(?:还是|還是)(?:回来|回來|返嚟|[选選]|用|[买買]|揀)(?:你们|你們|你哋)/;
const KEEPING =
  /我(?:就|是|都|也|先|暂时|暫時)?(?:不|唔)(?:会|會)?(?:退(?![款钱錢费費])|取消)|(?:^|[，,。！!\s])(?:不退不退|唔退唔退)/;
const MONEY_ASKED = /[赔賠]|[补補]|退[款钱錢费費]|[钱錢]|差[价價]|[块塊元蚊]|\d/;

// Session 27. The agent's count, not the customer's (你已经说了四遍「…」, 你講咗四次「呢個我哋做唔到」): a repeat the
// agent made, unless the customer counts their own contact too.
const AGENT_COUNTED =
  /(?<![跟同和对對向给給])你[们們哋]?(?:已[经經]|都|又)?(?:[说說讲講回覆答])(?:了|咗)[两兩二三四五六七八九十几幾\d]+(?:次|遍)/;
const OWN_COUNT = /我[^，,。！？!?]{0,8}[两兩二三四五六七八九十几幾\d]+(?:次|遍|通)/;
// Someone in a group or on a forum said it (业主群里有人说「大家都去12315投诉他们」, PTT上有人說…): their words, not the
// customer's post.
const SOMEONE_IN_GROUP_SAID = /(?:群|版|上|里|裡|入面)有人(?:[说說讲講话話]|[发發]|po)/i;
// A step the customer knows and declines (我自己就在银行上班，拒付流程我懂，但我不想走那一步 / 知道點樣dispute，但我唔想搞到咁 /
// 我不想搞那么复杂): what they do not want done, unless a condition brings it back.
const DECLINED_STEP =
  /(?:不想|唔想|冇打算|[没沒]打算|唔打算|不打算)(?:搞到咁|走那一步|走到那一步|走呢步|走[这這]一步|咁做|[这這][样樣]做|搞(?:得|到)?那[么麼](?:复杂|複雜|大)|搞(?:得|到)?[这這][么麼](?:复杂|複雜|大)|[闹鬧]大|[闹鬧]到那一步|[闹鬧]上法[庭院]|打官司)/;
const STEP_BACK = /如果|不然|否[则則]|再不|唔係就|要是|但|可是|不[过過]|[现現]在|只能|只好|看[来來]|本[来來]|原本/;
// A thing cursed, not the staff (这破APP又把我踢出来了, 靠，這爛APP又在付款的時候把我登出), or the writer's own slip
// (靠北 我自己手滑按錯地址).
const THING_CURSED =
  /[破烂爛]\s?(?:app|手[机機]|系[统統]|[网網]站|[软軟]件|[电電][脑腦]|[机機]器|[游遊][戏戲]|[网網](?:[络絡路])?|wifi|路由器?|[东東]西|玩意|[货貨]|[车車]|冰箱|洗衣[机機]|打印[机機]|平板|耳[机機])/i;
const OWN_SLIP = /我自己(?:手滑|按[错錯]|搞[错錯]|打[错錯]|弄[错錯]|填[错錯]|落[错錯]|[选選][错錯]|[写寫][错錯])/;
// The firm confirmed the account closed long ago (你们还发短信确认“已注销”), or the closing is only the time of the wrong
// (注销账号以后还一直给我发营销短信): a grievance after leaving, not leaving now.
const LEFT_BEFORE =
  /(?:[确確][认認]|[显顯]示)[“「"]?已(?:[经經])?(?:[注註][销銷]|取消|[销銷]户|[销銷]戶)|(?:[注註][销銷]|[销銷]户|[销銷]戶|取消|退[订訂])[^，,。！？!?]{0,4}(?:以后|以後|之后|之後|后|後)[^，,。！？!?]{0,4}(?:[还還]|仍|依然|一直|又|居然|竟然)/;
// A clause of a contract named by number (第十一条合同解除的通知期限): a term, not an act.
const CLAUSE_NAMED =
  /第[一二三四五六七八九十百\d]+(?:条|條|款)(?:中|里|裡|的)?(?:合同|合約|协议|協議)?(?:解除|[终終]止)(?:的|条款|條款)/;
// Contempt anywhere in the message keeps a cursed thing's abuse (这破软件就是骗钱的…一帮废物, 垃圾公司).
const CONTEMPT =
  /垃圾|[废廢]物|[骗騙]子|[骗騙][钱錢]|白[痴癡]|智障|[脑腦][残殘]|吸血|黑心|[傻蠢]|低能|sb|nmsl|去死|[滚滾]/i;
// A name in quotes on a screen (银行App里看到有个“交易争议”的按钮): a label, not the customer's act.
const LABEL_ON_SCREEN =
  /[“「"][^”」"]{1,10}[”」"](?:的)?(?:按[钮鈕键鍵]|[选選]项|[选選]項|功能|入口|[页頁]面|[标標]签|[标標]籤|[栏欄]位?|[选選]单|[选選]單)/;

// The agent's report that the case went up (上次那个客服说已经升级处理): the firm's act, not a manager asked for.
const REPORTED_ESCALATION = /客服(?:[说說讲講话話]|回复|回覆)(?:了)?[^，,。！？!?]{0,6}?(?:升[级級]|[转轉]交|上[报報])/;
// A law firm's name alone on a line, as a signature (北京恒信律师事务所 行政部): who writes, not a threat.
const FIRM_SIGNATURE =
  /^[^，,。！？!?]{0,12}律[师師](?:事[务務]所|行|楼|樓)\s*(?:行政部|[财財][务務]部|人事部|前台|前臺|[办辦]公室|[综綜]合部)?\s*$/;

// The bank told the customer will not dispute (我跟银行说了不走拒付): a dispute declined, not threatened.
const NO_DISPUTE = /不(?:走|做|申请|申請|用|会|會)(?:拒付|[争爭][议議]款?|退[单單]|止付|dispute|chargeback)/i;
// Not chasing, only checking (我不是催，就是确认一下是不是已经提交了): the refund is under way, not asked for.
const NOT_CHASING = /(?:不是|唔[係系])(?:在)?催[^。！？!?]{0,12}(?:确认|確認|问一下|問一下|想知道|了解)/;
// An app that quits (闪退): no refund in 退.
const APP_QUIT = /[闪閃]退/g;
const REFUND_WORD = /退(?:款|[钱錢]|[费費]|[货貨]|回|返|[给給]我|俾我|我)/;

// Past matters for payment disputes too: 舊年…我搵過銀行做dispute，之後都解決咗.
const OVER_FLAGS: ReadonlySet<EscalationFlag> = new Set(['regulator', 'legal', 'compensation', 'public', 'chargeback']);

/**
 * Whether the sentence that raised `flag` takes it back. `message` is the whole text, for a question asked in
 * another sentence about a policy someone else reported.
 */
// A letter of thanks for a staff member's help (想写几句话感谢一下你们的客服刘女士, 想多謝上個禮拜幫我嘅Kelvin) that tells
// how close the writer came to complaining (本来也想着…就去12315投诉、发微博; 話要去消委會…其實係我自己頂唔順) and
// how it was put right (结果…退给了我): the steps are the story told, not acts now. A turn after the thanks that sets
// a new condition (但是…如果再) keeps them.
const THANKS_OPEN =
  /^[^。！？!?\n]{0,16}?(?:想|只是想|就是想|特别|特別|专门|專門)?(?:写几句话|寫幾句話|写封信|寫封信|写信|寫信|特别写信|特別寫信)?(?:感谢|感謝|谢谢|謝謝|多谢|多謝)/;
const LOOKING_BACK = /结果|結果|本来|本來|当时|當時|那时|那時|那陣|嗰陣|其实|其實/;
const NEW_CONDITION = /(?:但是|不过|不過|可是)[^。！？]{0,20}(?:再|如果|要是|不然|否则|否則)/;
const TOLD_FLAGS: ReadonlySet<EscalationFlag> = new Set([
  'compensation',
  'regulator',
  'public',
  'legal',
  'churn',
  'chargeback',
  'supervisor',
]);

export function vetoedZh(flag: EscalationFlag, sentence: string, message: string): boolean {
  // Self-harm words are never taken back: a missed one costs far more than a false one.
  if (flag === 'harm' || !/[\u3400-\u9fff]/.test(sentence)) return false;
  const act = ACT[flag];
  if (act && ONLY.test(sentence)) {
    DISCLAIMER.lastIndex = 0;
    let disclaimed = false;
    eachMatch(DISCLAIMER, sentence, (m) => {
      disclaimed = act.test(m[0]);
      return disclaimed;
    });
    if (disclaimed) return true;
  }
  if (OTHERS_SAID.test(sentence)) {
    if ((DECLINED.test(sentence) || BACK_TO_BUSINESS.test(message)) && flag !== 'abuse') return true;
    if (flag === 'compensation' && POLICY_ASKED.test(message)) return true;
  }
  if ((flag === 'compensation' || flag === 'repeat-contact') && MADE_GOOD.test(sentence) && THANKED.test(sentence))
    return !WRONG_AGAIN.test(sentence);
  if ((flag === 'regulator' || flag === 'legal' || flag === 'public') && AGAINST_ME.test(sentence))
    if (!AGAINST_YOU.test(sentence)) return true;
  if (flag === 'legal' && SIMILE.test(sentence)) return true;
  if (flag === 'compensation' && DISPUTE_TAKEN.test(sentence) && BANK_REFUNDS.test(sentence)) return true;
  if (flag === 'supervisor' && MANAGER_HURT.test(sentence)) return true;
  if ((flag === 'compensation' || flag === 'churn') && KEEPING.test(sentence) && !MONEY_ASKED.test(sentence))
    return true;
  if (flag === 'supervisor' && OWN_STAFF.test(sentence) && !FIRM_STAFF.test(sentence)) return true;
  if (flag === 'supervisor' && AUTHORITY.test(sentence) && !BOSS.test(sentence)) return true;
  if (flag === 'repeat-contact' && FIRST_TIME.test(sentence) && !AGAIN_SAID.test(sentence)) return true;
  if (flag === 'abuse' && PRODUCT_TRASHED.test(sentence) && !ADDRESSED_INSULT.test(sentence)) return true;
  if (flag === 'public' && FIRM_POSTED.test(sentence)) return true;
  if (
    TOLD_FLAGS.has(flag) &&
    THANKS_OPEN.test(message.slice(0, 40)) &&
    LOOKING_BACK.test(message) &&
    !NEW_CONDITION.test(message)
  )
    return true;
  if (flag === 'repeat-contact' && AGENT_COUNTED.test(sentence) && !OWN_COUNT.test(sentence)) return true;
  if (flag === 'public' && SOMEONE_IN_GROUP_SAID.test(sentence)) return true;
  if (flag === 'chargeback' || flag === 'legal' || flag === 'regulator' || flag === 'public') {
    const declined = DECLINED_STEP.exec(sentence);
    // A turn after the declining ("原本不想闹大，现在看来只能找律师了") brings the step back; one before it does not.
    if (declined && !STEP_BACK.test(sentence.slice(declined.index))) return true;
  }
  if (flag === 'abuse' && (THING_CURSED.test(sentence) || OWN_SLIP.test(sentence)) && !CONTEMPT.test(message))
    return true;
  if (flag === 'churn' && (LEFT_BEFORE.test(sentence) || CLAUSE_NAMED.test(sentence))) return true;
  if (flag === 'chargeback' && LABEL_ON_SCREEN.test(sentence)) return true;
  if (flag === 'supervisor' && REPORTED_ESCALATION.test(sentence)) return true;
  if (flag === 'chargeback' && NO_DISPUTE.test(sentence)) return true;
  if (flag === 'compensation' && NOT_CHASING.test(sentence)) return true;
  if (flag === 'compensation') {
    const rest = sentence.replace(APP_QUIT, '');
    if (rest !== sentence && !REFUND_WORD.test(rest)) return true;
  }
  if (flag === 'legal' && FIRM_SIGNATURE.test(sentence.trim())) return true;
  if (OVER_FLAGS.has(flag) && PAST_MARK.test(sentence) && OVER.test(sentence) && !WRONG_AGAIN.test(sentence))
    return true;
  if (flag === 'abuse')
    return (
      (DELIGHT.test(message) && !NAME_CALLING.test(message)) ||
      (OATH_AT_THING.test(sentence) && !ADDRESSED.test(message) && !NAME_CALLING.test(message))
    );
  if (flag === 'supervisor' && STAFF_PRAISE.test(message) && !GRIEVANCE.test(message)) return true;
  if (flag === 'churn' && CAME_BACK.test(sentence)) return true;
  if (flag === 'churn' && WRONG_ORDER.test(sentence)) return true;
  if (flag === 'churn' && NEVER_ORDERED.test(sentence) && ADD_ON_THING.test(sentence)) return true;
  if (WITHDRAWABLE.has(flag) && WITHDRAWN.test(message) && !FURTHER.test(sentence)) return true;
  if (flag === 'legal' && AS_ITSELF.test(sentence) && !PRESSED.test(sentence)) return true;
  return DEFINITION.test(sentence) || (flag === 'chargeback' && SENT_TO_ASK.test(sentence));
}
