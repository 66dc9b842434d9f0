import { describe } from 'vitest';
import { quiet, raised } from './escalation-rows';

// Rules alone (no model installed). Session 19's families, in wordings of my own in both scripts: each block is a
// class of wording, the sentences that raise it, then sentences with the same words that must stay quiet.

describe('contact before, told by what was said back', () => {
  raised([
    ['上次你们也是这么回复我的，结果一个月了还没修。', 'repeat-contact'],
    ['上個月你哋都係咁覆我，到而家都未搞掂。', 'repeat-contact'],
    ['贵校3月2日的答复说会退，现在还没消息。', 'repeat-contact'],
    ['找了客服，客服说“正在处理”，然后就没下文了。', 'repeat-contact'],
    ['你們店員原話是「拆封不退」，這合理嗎？', 'repeat-contact'],
    ['以上是你们售后这两周的全部回复，我不想再等了。', 'repeat-contact'],
  ]);
  quiet([
    ['贵校3月2日的来函已收到，我们会按时缴费。', 'repeat-contact'],
    ['你可以找客服，说“我要改地址”就行吗？', 'repeat-contact'],
    ['上次你们这么说我就明白了，今天想再买一台。', 'repeat-contact'],
  ]);
});

describe('contact before, told by when or where', () => {
  raised([
    ['三个星期前就跟你们反映过，到现在还在漏水。', 'repeat-contact'],
    ['兩個月前已經同你哋講過，點解仲未處理？', 'repeat-contact'],
    ['上个月你们也是这么跟我说的，结果呢？', 'repeat-contact'],
    ['上个月报修的漏水问题，到现在师傅都没来。', 'repeat-contact'],
    ['之前在前台也沟通过，他们说会处理，结果没人管。', 'repeat-contact'],
    ['这个礼拜我已经微信你们三次了，一直没人回。', 'repeat-contact'],
  ]);
  quiet([
    ['三天前我跟您说过要订蛋糕，今天能取吗？', 'repeat-contact'],
    ['你们客服已经微信我三次了，推销会员，能不能别发了？', 'repeat-contact'],
    ['已经连续两个礼拜失眠了，想问你们的枕头能不能试睡。', 'repeat-contact'],
    ['催缴单又寄来了，我想问能不能分期付款。', 'repeat-contact'],
  ]);
});

describe('harm: property wrecked, a thing brought down on someone, nothing to live for', () => {
  raised([
    ['再不修，我就把你们前台砸个稀巴烂。', 'harm'],
    ['他再吼我媽，我就拿杯子往他臉上砸。', 'harm'],
    ['再整唔好，我上嚟掟爛你哋個招牌。', 'harm'],
    ['欠了一身债，我真的不知道还有什么活下去的理由。', 'harm'],
    ['每天被催款，覺得活著好沒意思。', 'harm'],
    ['有时候站在天台上会想，跳下去是不是就一切都结束了。', 'harm'],
  ]);
  quiet([
    ['快递把我的箱子砸得稀烂，能补发一个吗？', 'harm'],
    ['这个杯子摔得粉碎，你们包装太差了。', 'harm'],
  ]);
});

describe('abuse: staff beyond help', () => {
  raised([
    ['你们客服是听不懂人话吗？我说了三遍了。', 'abuse'],
    ['你哋啲職員真係廢到冇得救。', 'abuse'],
    ['加價又唔做嘢，一班蛇王。', 'abuse'],
  ]);
  quiet([
    ['我家狗听不懂人话，哈哈，想买个训练器。', 'abuse'],
    ['你们家的鹦鹉听不懂人话吧？想问怎么训练。', 'abuse'],
    ['想订蛇王芬的位，周六晚上还有吗？', 'abuse'],
  ]);
});

describe('churn: a buyer leaving a supplier or a merchant leaving a platform', () => {
  raised([
    ['再涨价我们就不跟你们订货了，对面批发市场的报价低多了。', 'churn'],
    ['下季度起唔再同你哋入貨。', 'churn'],
    ['扣点再涨，我就把淘宝店关了，全部转去拼多多。', 'churn'],
    ['合同快到期了，我已经在看别的物业公司了。', 'churn'],
  ]);
  quiet([
    ['想问一下，把京东店关了之后保证金怎么退？', 'churn'],
    ['我已经在看别的款式了，这款先不要发。', 'churn'],
  ]);
});

describe('churn: a contract or a class ended', () => {
  raised([
    ['租约我们已经提前终止了，但押金还没退。', 'churn'],
    ['合約麻煩幫我提前終止，違約金我照付。', 'churn'],
    ['小明下个月开始不再上钢琴班了，请别再扣费。', 'churn'],
    ['上個月已經交咗退班表，點解仲扣學費？', 'churn'],
    ['跟孩子商量过，不读了，剩余的课时费请退回。', 'churn'],
    ['我帮我男朋友处理，他的宽带麻烦帮他注销。', 'churn'],
  ]);
  quiet([
    ['今天台风，不上了，剩下的课下周补。', 'churn'],
    ['请发一份解约通知书模板给我们法务。', 'churn'],
    ['提前解约要付全年费用，这个条款能改吗？', 'churn'],
    ['我从来没开通过这个增值服务，请帮我关掉并退费。', 'churn'],
  ]);
});

describe('public: groups, a platform named after the verb, the story written up', () => {
  raised([
    ['不退款我就把聊天记录发到小区的几个业主群里。', 'public'],
    ['我已经把经历写成帖子发在小红书上了。', 'public'],
    ['處理不好，我會把經過如實寫出來。', 'public'],
  ]);
  quiet([
    ['我会把你们的停水通知转到我们楼的群里，方便邻居看。', 'public'],
    ['我会把经过如实写出来给你们参考。', 'public'],
  ]);
});

describe('regulator called to judge; the writer filing for a relative', () => {
  raised([
    ['这种霸王条款，我看只能请市场监管局来评评理了。', 'regulator'],
    ['我阿媽冇開過戶口，我會幫佢向消委會投訴。', 'regulator'],
  ]);
  quiet([['我朋友說要向消委會投訴，我叫佢唔好咁衝動。想問幾點開門？', 'regulator']]);
});

describe('compensation: a charge that should come off, money back to its source, a bare sum', () => {
  raised([
    ['漏水三个月，这几个月的房租应该要减免。', 'compensation'],
    ['斷網成個禮拜，最少都要減返一半月費。', 'compensation'],
    ['请把钱退回原支付账户。', 'compensation'],
    ['要么赔钱，要么换新的，你们选。', 'compensation'],
    ['没上的那几节课的钱退给我。', 'compensation'],
    ['客服说三天内回复，今天都第五天了，那300到底什么时候退？', 'compensation'],
  ]);
  quiet([
    ['退回原支付账户一般要几天？', 'compensation'],
    ['请问房租应该什么时候交？', 'compensation'],
    ['我没要退款，只是问问保修期。', 'compensation'],
  ]);
});

describe('supervisor: whoever knows the job sent up', () => {
  raised([['問三樣錯三樣，叫個識嘢嘅上嚟。', 'supervisor']]);
  quiet([['能不能叫个懂行的师傅上门看看？', 'supervisor']]);
});

describe('legal: a dispute settled is over', () => {
  raised([['上次没谈拢，这次我直接请律师起诉。', 'legal']]);
  quiet([['之前为了货损的事请过律师，不过已经和解了。想问续约条款有没有改。', 'legal']]);
});
