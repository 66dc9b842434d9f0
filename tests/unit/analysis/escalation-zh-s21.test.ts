import { describe } from 'vitest';
import { quiet, raised } from './escalation-rows';

// Rules alone (no model installed). Session 21's families, read off the misses of fresh34, corpus23a and corpus24c and
// written in wordings of my own in both scripts: each block is a class of wording, the sentences that raise it, then
// sentences with the same words that must stay quiet.

describe('contact before: dated calls, a runaround, an answer that changed, a claim filed again and again', () => {
  raised([
    ['本人于6月2日致电贵司热线，答复会在三日内处理；6月9日再次致电，仍无结果。', 'repeat-contact'],
    ['我在 4/1 发过邮件、4/8 打过电话，到现在都没人理。', 'repeat-contact'],
    ['本人已於7月3日及7月10日兩度致電 貴行客服，至今未獲回覆。', 'repeat-contact'],
    ['每个星期一我都打一次，每次都说在处理。', 'repeat-contact'],
    ['门店让我找客服，客服又让我找门店，到底归谁管？', 'repeat-contact'],
    ['分行叫我打熱線，熱線又叫我返分行，到底邊個負責？', 'repeat-contact'],
    ['上周一你们店员说货周三到，周四又说没货了。', 'repeat-contact'],
    ['上礼拜五你们客服说会安排师傅，结果没人来。', 'repeat-contact'],
    ['报销单被驳回了两次，每次理由都不一样。', 'repeat-contact'],
    ['訊息已讀不回五天了，到底有沒有人處理？', 'repeat-contact'],
    ['刚才那位客服说能退，你怎么又说不行？', 'repeat-contact'],
    ['网费的事前天就打过电话了，今天还是上不了网。', 'repeat-contact'],
  ]);
  quiet([
    ['我5月3日打了疫苗，5月20日又去复查，请问体检报告能用吗？', 'repeat-contact'],
    ['天气预报周一说下雨，周三说晴，活动到底办不办？', 'repeat-contact'],
    ['妈妈让我去买菜，又让我去洗碗。', 'repeat-contact'],
    ['网贷催收天天打给我家里人，我该怎么办？', 'repeat-contact'],
  ]);
});

describe('compensation: a promised waiver chased, a refund asked when, costs to be made up, a payout owed', () => {
  raised([
    ['上个月说好的赔偿呢？', 'compensation'],
    ['押金到底退不退？', 'compensation'],
    ['多收的運費究竟幾時退？', 'compensation'],
    ['改签的差价加酒店一共1200，给我补上。', 'compensation'],
    ['停工期間嘅額外開支點處理？', 'compensation'],
    ['请贵司按条款赔付保险金20万元。', 'compensation'],
    ['五个工作日内退不回来，我就去投诉。', 'compensation'],
  ]);
  quiet([
    ['请问退房是几点？什么时候退房比较好？', 'compensation'],
    ['说好的周末聚会呢？大家都不来了吗', 'compensation'],
  ]);
});

describe('harm: a burden ended, affairs in order, at the edge, no morning, a tool taken up, a lesson menaced', () => {
  raised([
    ['债还不上，我不想再拖累家人了，早点走了大家都轻松。', 'harm'],
    ['遗书我已经写好了，你们满意了吧。', 'harm'],
    ['我现在在桥上，风好大。', 'harm'],
    ['我真係冇面再活落去。', 'harm'],
    ['再吵，我就拎把铁锤上去找他。', 'harm'],
    ['我就把你们的招牌拆下来砸在你们公司门口。', 'harm'],
    ['你们再贴单，我就把那辆车的轮胎扎破。', 'harm'],
    ['下班等着，让你们尝尝什么叫后悔。', 'harm'],
  ]);
  quiet([
    ['我不想拖累家里，所以想申请分期还款，可以吗？', 'harm'],
    ['我现在在海边度假，订单能改地址吗？', 'harm'],
    ['你們那個「殺很大」的週年慶方案還有嗎？', 'harm'],
    ['轮胎扎破了，能免费补吗？', 'harm'],
  ]);
});

describe('abuse: the firm called broken, deaf, brainless, useless; a gang of rubbish; no Chinese', () => {
  raised([
    ['这破公司的客服没一个靠谱的。', 'abuse'],
    ['什麼爛銀行，轉帳轉了三天。', 'abuse'],
    ['你们客服是瞎了吗？照片都发了。', 'abuse'],
    ['你们的人脑子是不是都忘在家里了？', 'abuse'],
    ['你哋啲職員廢到冇朋友。', 'abuse'],
    ['你们的员工是不是连发票都不会开？', 'abuse'],
    ['你哋成班垃圾，收咗錢就唔理人。', 'abuse'],
    ['我寫得好清楚，你係咪唔識中文？', 'abuse'],
    ['能不能说人话？我问的是退款。', 'abuse'],
  ]);
  quiet([
    ['这破手机又卡了，能帮我看看设置吗？', 'abuse'],
    ['转人工，机器人听不懂人话。', 'abuse'],
    ['我家狗听不懂人话，请问训练课怎么报？', 'abuse'],
  ]);
});

describe('churn: quitting a course, not renewing, moved elsewhere, a cheaper rival, a rival booked, all moved out', () => {
  raised([
    ['孩子压力太大，我们决定不学了。', 'churn'],
    ['下年唔續約了，幫我取消自動轉賬。', 'churn'],
    ['我已经转了去另一家健身房。', 'churn'],
    ['號碼已經攜出到遠傳了。', 'churn'],
    ['对面那家比你们便宜五十，我打算换过去。', 'churn'],
    ['已经约了联通的师傅上门装，你们的设备怎么退？', 'churn'],
    ['再乱扣费，我就把全家的号全转走。', 'churn'],
  ]);
  quiet([
    ['今天太累了，我不学了，明天再继续。', 'churn'],
    ['隔壁那家我去看过了，没有这款，你们有货吗？', 'churn'],
    ['不续约的话押金什么时候退？', 'churn'],
  ]);
});

describe('public: my post, evidence on its way to a platform, an audience curious, the press called', () => {
  raised([
    ['微博上那条《XX快递丢件》就是我发的。', 'public'],
    ['这段录音会出现在小红书上。', 'public'],
    ['你猜这些照片放到抖音上会有多少人看？', 'public'],
    ['你们是不是以为我不敢把视频发到网上？', 'public'],
    ['網友應該會好有興趣睇你哋點樣做生意。', 'public'],
    ['这事我也不介意让大家知道。', 'public'],
    ['我已经联系了电视台的民生栏目。', 'public'],
  ]);
  quiet([
    ['大众点评上那篇五星好评就是我写的，服务真的好。', 'public'],
    ['截图会出现在相册里吗？', 'public'],
    ['想联系电视台的电话是多少？', 'public'],
  ]);
});

describe('legal, regulator: a court imagined, a lawyer on the call, remedies one by one, a system filed', () => {
  raised([
    ['这要是闹到法院，你们觉得法官会站哪边？', 'legal'],
    ['非要我请律师来谈才肯退吗？', 'legal'],
    ['想打官司？我奉陪。', 'legal'],
    ['明天的电话会议，我的律师也会一起参加。', 'legal'],
    ['法院、消协、媒体，我挨个来。', 'legal'],
    ['法院、消协、媒体，我挨个来。', 'regulator'],
    ['法院、消协、媒体，我挨个来。', 'public'],
    ['我已在消費者線上申訴平台投訴了，等消保官聯絡你們。', 'regulator'],
  ]);
  quiet([
    ['法官会怎么判这种案子，我在写论文。', 'legal'],
    ['见到消委会那期测试评了你们的机，滤网多久换？', 'regulator'],
  ]);
});

describe('chargeback and supervisor: the bank waiting on my word, non-receipt told, the head office written to', () => {
  raised([
    ['发卡行说只要我点头就能处理这笔。', 'chargeback'],
    ['我已经让银行去追这笔钱了。', 'chargeback'],
    ['再唔退錢，我會同信用卡中心講呢單冇收到貨。', 'chargeback'],
    ['我会去支付宝投诉商家。', 'chargeback'],
    ['我已经写信到你们总公司的董事长信箱。', 'supervisor'],
    ['你们就没有一个能做主的人吗？', 'supervisor'],
    ['今天没有经理打给我，我就去消协。', 'supervisor'],
  ]);
  quiet([
    ['银行说这笔是商家的退款，已经追回来了吗？我想确认一下。', 'chargeback'],
    ['领导都找我谈话了，这笔账单到底是怎么回事？', 'supervisor'],
  ]);
});

describe('second pass: the second leg of a runaround, a last time of asking, a fault back after a visit, promises kept quiet', () => {
  raised([
    ['客服说找厂家。厂家又让我找回门店，你们踢皮球吗？', 'repeat-contact'],
    ['这是我最后一次问你们，到底发不发货？', 'repeat-contact'],
    ['你们的工程师来检查过，今天还是不行。', 'repeat-contact'],
    ['工单编号A1234，说24小时内回电，现在都第3天了。', 'repeat-contact'],
    ['客服小林说明天给答复，我等着。', 'repeat-contact'],
    ['店员之前说会帮我调货，结果到现在都没消息。', 'repeat-contact'],
    ['我上礼拜问过你们，这个月又问一次，还是没答复。', 'repeat-contact'],
    ['家人已經請好律師了，你們等通知吧。', 'legal'],
    ['報社那邊有朋友一直在問這件事。', 'public'],
    ['手续费不免的话，我就销户。', 'compensation'],
    ['你们能不能帮我把钱追回来？', 'compensation'],
    ['你係咪想上庭？', 'legal'],
    ['健身房都没人管了，给我退卡。', 'churn'],
    ['管理處唔理，我已經寄信給建管處了。', 'regulator'],
  ]);
  quiet([
    ['妈妈又让我去洗碗。', 'repeat-contact'],
    ['最后一次问一下，发票抬头写什么？', 'repeat-contact'],
    ['客服小姐说得很清楚，谢谢。', 'repeat-contact'],
    ['我朋友的律师说这种合同有效吗？', 'legal'],
    ['银行把我的账户冻结了，要带什么证件去解冻？', 'chargeback'],
    ['退卡费是多少？', 'churn'],
  ]);
});
