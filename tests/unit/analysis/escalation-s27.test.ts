import { describe } from 'vitest';
import { quiet, raised } from './escalation-rows';

// Rules alone (no model installed): the twenty-seventh session's readings (cues/en-s27.ts, cues/zh-s27.ts, the quote
// introducers of others.ts, the vetoes of en-vetoes.ts and zh-vetoes.ts). Every sentence here is written for the test;
// none is a fixture row.

describe('redress said to be due, a promised sum chased, a decider sent for, in English', () => {
  raised([
    ['Two weeks free is the least you could do after this shambles.', 'compensation'],
    ['After three missed visits, some sort of goodwill gesture would be appropriate.', 'compensation'],
    ['The rep promised a £25 credit on Friday. So where is my £25?', 'compensation'],
    ['I want a free replacement box, the last one arrived crushed.', 'compensation'],
    ['Withdraw those late fees, the payment left my account on time.', 'compensation'],
    ['You keep saying you cannot approve it, so pass it to someone who can.', 'supervisor'],
    ['Someone above Priya needs to call me today.', 'supervisor'],
    ['If the engineer is not here by Thursday we will go with Virgin instead.', 'churn'],
    ['After this I will not be ordering again from your site.', 'churn'],
    ['Credit the missing parcel or I am stopping the subscription.', 'churn'],
    ['We must stop working with your company if the invoices stay wrong.', 'churn'],
    ['Deleted my account. Enough.', 'churn'],
    ['Maybe this gets an answer, unlike my last four emails.', 'repeat-contact'],
    ['I wonder what your Instagram followers would think of this mould.', 'public'],
    ['I will not hesitate to post these photos on Facebook.', 'public'],
    ['Find me somebody who is not brain-dead, please.', 'abuse'],
    ['Surely some kind of gesture would be appropriate, don\u2019t you think?', 'compensation'],
  ]);
  quiet([
    ['Is a refund the least you can do, or is there a policy on this? Just asking for my records.', 'legal'],
    ['We will go to the shop instead of waiting for delivery.', 'churn'],
    ['I will not hesitate to recommend you to friends.', 'public'],
    ['Refund the duplicate and we are square, thanks.', 'churn'],
    ['We are closed from 24 Dec to 2 Jan, please deliver after that.', 'churn'],
    ['Third time the driver has left it with my neighbour, which is fine, just letting you know.', 'repeat-contact'],
    ['Can you tell me whether deleting my account also deletes my reviews?', 'churn'],
  ]);
});

describe('someone else’s words quoted, and matters long over, in English', () => {
  quiet([
    ["The lady on the phone said 'you can always take it to the ombudsman' - no need, it's sorted.", 'regulator'],
    ["Your colleague ended our chat with 'If you remain unhappy, ask for a supervisor.' I'm happy!", 'supervisor'],
    ["My nephew yelled 'I'm going to kill myself' when his game crashed. Is there a patch?", 'harm'],
    ["My neighbour told me 'you should sue them' but I only want the meter read.", 'legal'],
    [
      'Got your finance team\u2019s reply: "the refund has been approved". Thanks, which card will it go to?',
      'compensation',
    ],
    [
      'Re: "If you wish to cancel the service, give 30 days\u2019 notice." We don\u2019t wish to, just checking the address.',
      'churn',
    ],
    ['I opened a chargeback last spring, but that is long since closed. How do I add a card?', 'chargeback'],
    [
      'I know full well how chargebacks work and I would rather not go there. Please refund the double payment.',
      'chargeback',
    ],
  ]);
  raised([
    ["The agent told me 'we cannot refund you', so I am going to the ombudsman.", 'regulator'],
    ['I opened a chargeback last spring and it is still open, so refund me or I will open another.', 'chargeback'],
  ]);
});

describe('fees waived, contracts ended, deciders and earlier calls, in Chinese', () => {
  raised([
    ['这个月的滞纳金给我免了，是你们系统没扣成功。', 'compensation'],
    ['請貴公司依合約支付延遲交貨的違約金。', 'compensation'],
    ['请贵司承担这次返修产生的全部费用。', 'compensation'],
    ['免费给我补发一盒，这盒都压扁了。', 'compensation'],
    ['若月底前仍未修复，我司将按合同第十二条解除合同。', 'churn'],
    ['明年的物流合同我们会重新招标。', 'churn'],
    ['不给补偿的话，连续包月我就停了。', 'churn'],
    ['你们经理的电话是多少？', 'supervisor'],
    ['请找一个级别更高的人来处理这件事。', 'supervisor'],
    ['可以換一個能做決定的人來處理嗎？', 'supervisor'],
    ['上周电话里说好了退我两百，到现在也没到账。', 'repeat-contact'],
    ['看来只能找1818黄金眼来评评理了。', 'public'],
    ['好评这么多啊，我来帮你们降一降。', 'public'],
    ['有時覺得我唔喺度，屋企人仲輕鬆。', 'harm'],
    ['唔該幫我cancel晒所有service。', 'churn'],
  ]);
  quiet([
    ['第九条合同解除的通知期限请改为三十天。', 'churn'],
    ['把上个月多收的服务费退了就行。', 'churn'],
    ['这破APP又闪退了，怎么办？', 'abuse'],
    ['靠，我自己按错地址了，可以帮忙改吗？', 'abuse'],
    ['你们APP注销账号以后还一直给我发短信，能不能别发了？', 'churn'],
    ['银行App里有个“交易争议”的按钮，这是干什么用的？', 'chargeback'],
    ['我朋友之前投诉到黑猫才解决的，我这台用着挺好，想问滤网在哪买。', 'public'],
    ['我自己在银行上班，拒付流程我懂，但我不想走那一步，直接退我就行。', 'chargeback'],
    ['你已经说了三遍“这个我处理不了”了。', 'repeat-contact'],
    ['群里有人说“大家一起去12315投诉”，我就想问我的型号在不在召回范围。', 'public'],
    ['你周一回复说：「已经帮您申请了经理特批」，今天钱到了，谢谢。', 'supervisor'],
    ['我们的经销商说要去12315投诉我们，麻烦提供一下签收记录。', 'regulator'],
    ['她上个月被推销了一个398的套餐，我想问能不能换回原来的。', 'churn'],
  ]);
  raised([
    // A turn after the declining brings the step back.
    ['原本不想闹大，现在看来只能找律师了。', 'legal'],
    // The customer's own count, told to the agent, is still theirs.
    ['跟你们说了三遍了，这个问题一线解决不了。', 'repeat-contact'],
  ]);
});

describe('the later passes: implied contact, plain leaving, card schemes, photos posted, Chinese signatures', () => {
  raised([
    ['Nobody has answered my emails in three weeks.', 'repeat-contact'],
    ['I have been given three different answers about the same bill.', 'repeat-contact'],
    ['This is the fault I first reported in March.', 'repeat-contact'],
    ['Following up on our call about the missing credit.', 'repeat-contact'],
    ['I am still waiting to speak to the manager you promised.', 'supervisor'],
    ['Please disconnect my landline from the end of the month.', 'churn'],
    ['I am shifting to Jio next week, the signal here is hopeless.', 'churn'],
    ['Just switched to Octopus. Bye.', 'churn'],
    ['We have already signed with another cleaner, Brightspark, from Monday.', 'churn'],
    ['Give me one reason I should not move to EE.', 'churn'],
    ['Refund the deposit or I am going through Mastercard.', 'chargeback'],
    ['I would like the late fee taken off this month\u2019s bill.', 'compensation'],
    ['Your staff are clearly too thick to read an address.', 'abuse'],
    ['I am putting pictures of this sofa on Facebook so people can see the quality.', 'public'],
    ['When the engineer fails again I am posting the whole thread on Twitter.', 'public'],
    ['Sort it by Monday or the screenshots go on Trustpilot.', 'public'],
  ]);
  quiet([
    ['When will the engineer come? I am home all week.', 'public'],
    [
      'When the old landlord had it I used to dispute the service charge every year. You have been great.',
      'chargeback',
    ],
    ['Could you tell me how to disconnect the old router before the new one arrives?', 'churn'],
    ['我的朋友让我转一下：【聊天记录】小林：我已经在黑猫投诉了。她的订单号是多少能查吗？', 'public'],
    ['上次那个客服说已经帮我升级处理了，想问下进度。', 'supervisor'],
    ['王敏\n华信律师事务所 行政部', 'legal'],
  ]);
});

describe('the fifth pass in Chinese: refunds refused as a condition, money chased, contempt, harm, leaving', () => {
  raised([
    ['鞋子开胶了，不给退的话我就去消协。', 'compensation'],
    ['这笔维修费你们不出的话，我只能起诉了。', 'compensation'],
    ['我交的五百押金什么时候退？', 'compensation'],
    ['这单到底赔多少？今天给我个说法。', 'compensation'],
    ['你算什么东西，也敢挂我电话？', 'abuse'],
    ['再让我看到那个司机，别怪我动手。', 'harm'],
    ['我怕我撑不住会做傻事。', 'harm'],
    ['下学期我们就转园，你们好自为之。', 'churn'],
    ['我已经把钱全取光了。', 'churn'],
    ['我要向民政局举报你们养老院。', 'regulator'],
    ['我司法务已就贵司未经同意扣款一事发出律师函。', 'legal'],
    ['上周你们一个客服在电话里答应今天回电，到现在也没有。', 'repeat-contact'],
  ]);
  quiet([
    ['拼团没成团，钱什么时候退回来？', 'compensation'],
    ['如果中途退卡，是按月退还是不退？我暂时不退，先问问。', 'compensation'],
    ['退不退都无所谓了，我就想知道为什么。', 'compensation'],
    ['别怪我多嘴，你们的包装可以再结实一点。', 'harm'],
  ]);
});

describe('the sixth pass, Traditional Chinese: variant characters, blows and damage promised, giving up, regulators', () => {
  raised([
    // 舖 beside 鋪: a variant Hong Kong writers type.
    ['再唔退錢，我就去你哋間舖門口淋油。', 'harm'],
    ['個司機再兇我阿媽，我一定揍下去。', 'harm'],
    ['我見到嗰個保安一定打佢。', 'harm'],
    ['再亂收費，我就把你們的招牌拆下來。', 'harm'],
    ['有時候覺得乾脆不要活了。', 'harm'],
    ['我返到香港就去旅遊業議會投訴。', 'regulator'],
    ['如果再不處理，我會向社會局檢舉。', 'regulator'],
    ['你哋真係一班蠢材。', 'abuse'],
    ['你們是詐騙集團嗎？', 'abuse'],
    ['你做唔到主嘅話，可唔可以轉個話到事嘅人嚟？', 'supervisor'],
    ['你哋唔退返啲錢，咁我惟有搵銀行。', 'compensation'],
  ]);
  quiet([
    ['我一定打佢電話問清楚。', 'harm'],
    ['發票要打他事務所的統編，可以嗎？', 'harm'],
    ['再這樣我就換別家打車。', 'harm'],
    ['快遞把我的箱子砸爛了，可以補寄嗎？', 'harm'],
  ]);
});

describe('the seventh pass, Traditional Chinese: posts gone viral, places first, veiled outcomes, masked contempt', () => {
  raised([
    ['我Dcard那篇文已經爆了，你們自己去看留言。', 'public'],
    ['再唔回覆，我就將成件事爆去東張西望。', 'public'],
    ['消委會那邊我已經登記咗，等佢哋聯絡你哋。', 'regulator'],
    ['你哋係咪想我直接搵信用卡公司追返啲錢？', 'chargeback'],
    ['再唔修好，到時有咩事唔好怪我。', 'harm'],
    ['你們客服是智X嗎？', 'abuse'],
    ['退費啦，不然咧？', 'compensation'],
    ['這個月底前沒改善我就換MOD。', 'churn'],
    ['你們是想要我去找消保官嗎？', 'regulator'],
    ['老闆的email給我，我直接問他。', 'supervisor'],
  ]);
  quiet([
    ['到時候有什麼事我再聯絡你們，謝謝。', 'harm'],
    ['我的文件已經寄出了，請查收。', 'public'],
  ]);
});

describe('the eighth pass, English: fees coming off, whoever signs off, vultures, dogs, clawed back', () => {
  raised([
    ['Either the £40 admin fee comes off or I leave at renewal.', 'compensation'],
    ['Please pass this to whoever signs off on refunds.', 'supervisor'],
    ['Is there anybody further up who can look at this?', 'supervisor'],
    ['We will be finding another garage if this happens again.', 'churn'],
    ['Please cancel my monthly £5 donation from today.', 'churn'],
    ['You lot are nothing but vultures.', 'abuse'],
    ['Are you people genuinely incapable of reading an address?', 'abuse'],
    ['Send that driver back and I am setting the dogs on him.', 'harm'],
    ["Honestly I don't think I'll be around much longer.", 'harm'],
    ['My bank says they can claw it back in a day.', 'chargeback'],
    ['Keep stalling and you will hear from someone who bills by the hour.', 'legal'],
    ['Would Ofcom be interested in how you sell these contracts?', 'regulator'],
    ['Shall I post the photos on Tripadvisor, or would you rather sort it today?', 'public'],
  ]);
  quiet([
    ['Who signs off the delivery note when I am out?', 'supervisor'],
    ['I will be finding another time to call, the line is busy.', 'churn'],
  ]);
});

describe('the ninth pass, Simplified Chinese: veiled harm, slackers, next steps, journalists', () => {
  raised([
    ['我现在就站在天台上给你们打字。', 'harm'],
    ['再不退押金，我拎桶汽油去你们门店。', 'harm'],
    ['那个工头再乱来，我就让他尝尝锤子的滋味。', 'harm'],
    ['团长你是不是眼瞎啊，鸡蛋又碎了。', 'abuse'],
    ['你们这外卖平台是干什么吃的？', 'abuse'],
    ['一共六百九，你们得出。', 'compensation'],
    ['已经在12321举报平台提交了。', 'regulator'],
    ['微信支付那边已经投诉了，下一步就是黑猫投诉。', 'public'],
    ['报社的记者昨天联系了我，问我愿不愿意讲讲。', 'public'],
    ['你们还有没有再往上一级的人能看一眼？', 'supervisor'],
    ['下学期我们就不来了。', 'churn'],
    ['你觉得市场监管局会站在谁那边？', 'regulator'],
  ]);
  quiet([
    ['我坐在天台上晒太阳，顺便问下快递到哪了？', 'harm'],
    ['我拿刀去厨房试了一下，你们这把刀切番茄很顺。', 'harm'],
    ['我要换iphone。旧手机能折价吗？', 'churn'],
    ['我的狗是不是聋了？叫它都不理。', 'abuse'],
    ['下一步是什么流程？我想先了解一下。', 'legal'],
  ]);
});

describe('the tenth pass, read off fresh50–51 after their final scoring', () => {
  raised([
    ['This is my fourth email about the router. Not after compensation, I just want it to work.', 'repeat-contact'],
    ['refund the extra charge or im done w u, plenty of other banks round here', 'churn'],
    ['Two supervisors and not one working brain cell between them.', 'abuse'],
    ['断网一周还收全月的钱？赶紧给我补上。', 'compensation'],
    ['唔知東張西望會唔會有興趣跟進呢單嘢？', 'public'],
    ['跟你們客服講話像在跟錄音機講話。', 'abuse'],
  ]);
  quiet([
    [
      "The letter I got yesterday says 'you may refer your complaint to the ombudsman'. Is anything still open?",
      'regulator',
    ],
    ["I'm not chasing - just checking the refund the lady mentioned has been processed.", 'compensation'],
    ['我闺蜜上个月把你们的会员退了，我暂时不退，就想问问会不会涨价。', 'churn'],
    ['我跟银行说了不走拒付，你们这边直接把重复扣的钱退回来吧。', 'chargeback'],
    ['我不是催，就是确认一下退款是不是已经提交了。', 'compensation'],
    ['APP付款付到一半闪退了，到底扣没扣钱？', 'compensation'],
    ['我表哥天天喊我起诉你们，他对什么事都这样。我就想改个安装时间。', 'legal'],
    ['体检漏做的项目已经给我补上了，谢谢。', 'compensation'],
  ]);
});
