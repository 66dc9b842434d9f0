import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';

// Rules alone (no model installed). Each family: wordings of my own in both scripts, then sentences where the
// same words must stay quiet (a question, a negation, a third party, praise, a matter already over).
function flags(text: string): string[] {
  return analyzeMessage(text).escalation as string[];
}

describe('legal: someone close who knows the law, the court as where it is judged', () => {
  test.each([
    ['我小姨丈在律所做了二十年，你们这份协议他看过，说根本站不住。', 'legal'],
    ['我女婿读过法律，这种条款他一看就说没用。', 'legal'],
    ['我個friend係讀法律嘅，佢話你哋呢條條款好有趣。', 'legal'],
    ['既然讲不通，那就请法官来评评理。', 'legal'],
    ['這件事我會拿到法庭上講清楚。', 'legal'],
    ['后续会由我委托的律师跟你们联系。', 'legal'],
    ['你哋等住收信啦！', 'legal'],
    ['我已经在法院立了案。', 'legal'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['我女婿是律师，下个月结婚，想订你们的酒席。', 'legal'],
    ['我表姐在律所上班，想给她订一个生日蛋糕。', 'legal'],
    ['我朋友读法律的，他推荐我来你们店。', 'legal'],
    ['法院门口那家店几点开门？', 'legal'],
    ['我等着收信呢，快递什么时候到？', 'legal'],
    ['我已經去咗消委會投訴，你哋等住收信啦', 'legal'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('regulator: described by its remit, named as the next step, or as an audience', () => {
  test.each([
    ['截图我已经交给管食品安全的那个部门了。', 'regulator'],
    ['我会去找专门管你们这种中介的部门讲清楚。', 'regulator'],
    ['聽日我就拎去專門查價格嗰個部門。', 'regulator'],
    ['我已經打去市政府的服務熱線了。', 'regulator'],
    ['再不回复，下一步我就去消保官。', 'regulator'],
    ['下一步就係通訊辦。', 'regulator'],
    ['不知道你们这份合同经不经得起市场监管局看。', 'regulator'],
    ['我好奇消委會對你哋咁樣收費會有啲咩睇法。', 'regulator'],
    ['月底前没说法我就打12398反映。', 'regulator'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['我想找你们管售后的部门。', 'regulator'],
    ['请问管这个的部门是哪个？', 'regulator'],
    ['我把单据交给你们管财务的那位小姐了。', 'regulator'],
    ['我不会去找管市场的那个部门，只想你们退款。', 'regulator'],
    ['卫生局的人上周来检查过了，一切正常。', 'regulator'],
    ['下一步就是安装软件吗？', 'regulator'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('chargeback: the card issuer named with what it will do about the charge', () => {
  test.each([
    ['再拖下去，我就请信用卡中心出面。', 'chargeback'],
    ['你哋唔退都唔緊要，我張卡嘅發卡行會幫我追回。', 'chargeback'],
    ['這筆我已經交給發卡銀行處理了。', 'chargeback'],
    ['我明天就去跟发卡行说明这笔消费。', 'chargeback'],
    ['淘宝那笔平台已经介入了。', 'chargeback'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['银行说可以帮我处理转账的事。', 'chargeback'],
    ['请问信用卡中心会不会帮我处理这笔？', 'chargeback'],
    ['我的信用卡公司不会帮我处理这种事吧？', 'chargeback'],
    ['信用卡中心已经帮我处理好了，谢谢。', 'chargeback'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('churn: a rival by brand, never again by comparison, gone elsewhere, enrolment ended', () => {
  test.each([
    ['再送错一次我就改用美团了。', 'churn'],
    ['下個月開始我就去用全聯。', 'churn'],
    ['我宁可走路也不会再坐你们的车。', 'churn'],
    ['免費送我都不會再來。', 'churn'],
    ['以后都不会再住你们酒店了。', 'churn'],
    ['这游戏我退坑了。', 'churn'],
    ['年底的审计我们已经交给另一家事务所了。', 'churn'],
    ['我們已經在評估其他家的系統了。', 'churn'],
    ['我哋嘅戶口已經由你哋度轉走。', 'churn'],
    ['说实话，我找不出继续用你们的理由。', 'churn'],
    ['是时候跟你们说再见了。', 'churn'],
    ['钢琴课我们决定不上了，剩下的课时费请退回。', 'churn'],
    ['下學期我個女唔會再返貴校。', 'churn'],
    ['我们决定终止与贵公司的保洁合同。', 'churn'],
    ['帮我妈把宽带停了吧，她搬走了。', 'churn'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['今天的课不上了，改到明天可以吗？', 'churn'],
    ['孩子发烧，明天的课不上了。', 'churn'],
    ['我不会换高德的，放心。', 'churn'],
    ['请问你们和高德有合作吗？', 'churn'],
    ['宁愿多花点钱也要买你们家的。', 'churn'],
    ['我们之前委托另一家公司做过，效果不好，所以找你们。', 'churn'],
    ['我在看别家的评价，觉得你们更好。', 'churn'],
    ['我们约了另一家公司明天来量尺寸，想对比一下报价。', 'churn'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('public: the platform first, what a post reached, an audience counted, what it will hear', () => {
  test.each([
    ['微博上我已经发了，你们等着吧。', 'public'],
    ['那条视频转发已经破千了。', 'public'],
    ['我小紅書有三千多粉絲，都係同區嘅媽媽。', 'public'],
    ['我們大廈群組有成二百人，我會同佢哋講清楚呢件事。', 'public'],
    ['下个月聚会，我会跟大家好好说说这次的事。', 'public'],
    ['我会把这次的经过原原本本写出来。', 'public'],
    ['文章标题我已经想好了。', 'public'],
    ['我個頻道下一集就講你哋。', 'public'],
    ['再不处理，Google评论见。', 'public'],
    ['再唔退錢，等住上連登啦。', 'public'],
    ['我明天就去找黄金眼。', 'public'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['你们抖音上发了优惠券，我怎么领？', 'public'],
    ['你们的视频点赞过万了，恭喜！', 'public'],
    ['我们小区群里两百多户都很喜欢你们家的蛋糕。', 'public'],
    ['我会跟大家分享你们的好服务。', 'public'],
    ['请问你们在小红书上发了新品吗？', 'public'],
    ['杂志的标题想好了吗？', 'public'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('abuse: contempt as a comparison or a stock figure', () => {
  test.each([
    ['你们的程序员是用脚写的代码吧', 'abuse'],
    ['我单手做都比你们强。', 'abuse'],
    ['幼稚园的小朋友画得都比你们好。', 'abuse'],
    ['做成这样，趁早回家种田吧。', 'abuse'],
    ['你哋公司請人係咪唔使識字㗎？', 'abuse'],
    ['你們客服的語文是不是沒及格？', 'abuse'],
    ['呢種質素嘅餐廳，只配做外賣。', 'abuse'],
    ['客服好似部錄音機喺度念稿。', 'abuse'],
    ['黑店吗？', 'abuse'],
    ['一群没良心的家伙。', 'abuse'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['我儿子也比较喜欢你们的蛋糕。', 'abuse'],
    ['小朋友都比较喜欢这个口味吗？', 'abuse'],
    ['请问你们开什么店的？', 'abuse'],
    ['我们公司招人的时候是不是要考证书？', 'abuse'],
    ['这个机器人在念什么？', 'abuse'],
    ['我在家闭着眼睛都能找到你们的店。', 'abuse'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('supervisor: whoever can decide, a senior in person, the front line refused, over the head', () => {
  test.each([
    ['请安排一位可以作这个决定的人联系我。', 'supervisor'],
    ['叫個有權簽字嘅人覆我。', 'supervisor'],
    ['我要求店长本人跟我解释。', 'supervisor'],
    ['请你们经理下周到现场当面说明。', 'supervisor'],
    ['这件事不要再让客服传话了。', 'supervisor'],
    ['唔使前台代覆，我要聽負責人講。', 'supervisor'],
    ['我已经给你们刘总发了邮件。', 'supervisor'],
    ['我已經寫信給你們董事長。', 'supervisor'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['想跟你们店长说一下，小王服务特别好，真的很感谢他。', 'supervisor'],
    ['不是投诉，正好相反，请转告你们经理，师傅很专业。', 'supervisor'],
    ['不想让客服为难，我自己再等等。', 'supervisor'],
    ['总经理本人是谁？', 'supervisor'],
    ['请问谁能做这个决定？', 'supervisor'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });

  test('praise for staff does not hide a grievance in the same message', () => {
    expect(flags('谢谢小王帮忙，但退款到现在还没到，请你们经理打给我。')).toContain('supervisor');
  });
});

describe('repeat-contact: dates, letters counted, our dated reply quoted, counts with an object between', () => {
  test.each([
    ['我6月3日、6月17日都打过电话。', 'repeat-contact'],
    ['我哋5號同12號都報過。', 'repeat-contact'],
    ['本会已两次书面函告贵司。', 'repeat-contact'],
    ['跟你们的师傅小李、小张都说过了。', 'repeat-contact'],
    ['你们5月8日的回复说三天内处理，今天已经20号了。', 'repeat-contact'],
    ['催咗你哋四次都冇回音。', 'repeat-contact'],
    ['跟你们沟通了十几次还是没用。', 'repeat-contact'],
    ['已經連續打了三天都打不通。', 'repeat-contact'],
    ['发了三封邮件，一封没回。', 'repeat-contact'],
    ['这个项目已经换了四个对接人。', 'repeat-contact'],
    ['还是上次那台洗衣机。', 'repeat-contact'],
    ['第三次喇！', 'repeat-contact'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['又是我，这次不是投诉，是想加一条宽带。', 'repeat-contact'],
    ['你们说了两天内发货，请问发了吗？', 'repeat-contact'],
    ['我5月2号和5月9号都有空，师傅哪天能来？', 'repeat-contact'],
    ['还是我来吧，不麻烦你们了。', 'repeat-contact'],
    ['这是我第一次联系你们。', 'repeat-contact'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('compensation: goodwill, a bill adjusted, what they should know to do, a difference or fee named', () => {
  test.each([
    ['送张优惠券表示一下诚意吧。', 'compensation'],
    ['這個月的月費應該要折抵一下。', 'compensation'],
    ['这笔维修费请从下个月的管理费里扣。', 'compensation'],
    ['这项检查费不应该出现在我的账单上。', 'compensation'],
    ['多收的那部分，相信你们应该知道怎么处理才合适。', 'compensation'],
    ['麻煩退返差額俾我。', 'compensation'],
    ['请撤销这笔提早解约费。', 'compensation'],
    ['先给你们一个机会自己退。', 'compensation'],
    ['你们就是不肯赔是吧？', 'compensation'],
    ['上门费我不想出。', 'compensation'],
    ['啲錢幾時先退返俾我？', 'compensation'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['请问退款方案有哪几种？', 'compensation'],
    ['你们的诚意我感受到了，谢谢。', 'compensation'],
    ['请问refund一般几天到账？', 'compensation'],
    ['这个月的服务费从哪里扣？', 'compensation'],
    ['在目前的方案下这笔钱我不会付。', 'compensation'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('harm: a temper, a dare, a fire, a vow, a tool taken to our things', () => {
  test.each([
    ['我火气一上来可就难说了。', 'harm'],
    ['睇我會唔會將佢部電腦掟落街。', 'harm'],
    ['再拖下去我就一把火。', 'harm'],
    ['我绝不会放过他。', 'harm'],
    ['我唔保證佢可以行住出去。', 'harm'],
    ['再不修好我就拿锤子把你们的机器砸了。', 'harm'],
    ['我會帶電鋸過去。', 'harm'],
    ['再冇熱水我就一把火燒咗佢，講笑啫……一半啦。', 'harm'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['我心里一把火，但还是想好好沟通。', 'harm'],
    ['我知道怎么走过去，晚上几点关门？', 'harm'],
    ['我脾气上来的时候说话冲，不好意思。', 'harm'],
    ['我不会放过任何优惠的哈哈', 'harm'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('quiet for a general reason: someone else, a complaint withdrawn, an idea set aside, a process asked', () => {
  test.each([
    ['有位客人说要去消协投诉我们店，我们该准备什么材料？', 'regulator'],
    ['有人冒用我的名字在点评上给你们打了差评，不是我。', 'public'],
    ['那条一星评价是隔壁邻居写的，我对你们很满意。', 'public'],
    ['听说有人在微博上发帖骂你们，是真的吗？', 'public'],
    ['上周我打12315投诉了你们，后来发现是我搞错了，投诉已经撤回了。', 'regulator'],
    ['我老公一直叫我去消委会投诉，不过我想先问清楚。', 'regulator'],
    ['我朋友说要帮我去告你们，我觉得没必要。', 'legal'],
    ['信用卡争议款要怎么申请啊', 'chargeback'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });

  test.each([
    ['投诉我已经撤回了，但你们又扣了一次钱，我会再去12315投诉。', 'regulator'],
    ['希望安排一位能拍板的负责人面谈，而不是换一位客户经理。', 'supervisor'],
    ['再收到自动回复，下一封信就不是我写的了，而是我委托的律师写的。', 'legal'],
  ])('still flagged: %s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });
});

describe('quiet for a general reason, second pass', () => {
  test.each([
    ['家里的烟雾报警器一直响，要怎么关？', 'legal'],
    ['法院路那家分店几点开门？', 'legal'],
    ['差点就去消协投诉了，还好后来你们把钱退了。', 'regulator'],
    ['當時差啲就去消委會投訴，後尾你哋幫我處理咗。', 'regulator'],
    ['上次我说过要退会员，后来你们把课程补回来了，挺满意的。', 'churn'],
    ['那天一着急说了要找律师，其实你们第二天就处理好了。', 'legal'],
    ['理赔款上周已经到了，谢谢。', 'compensation'],
    ['租客闹着要退租，我想问问合同怎么写。', 'churn'],
    ['有家长说要去教育局投诉你们？我们想了解一下情况。', 'regulator'],
    ['我们老板让我联系你们经理，想谈谈合作。', 'supervisor'],
    ['刘经理您好，想约个时间看房。', 'supervisor'],
    ['刚才那张单帮我cancel咗佢，揀错咗颜色。', 'churn'],
    ['我老婆叫我去银行拒付，但我觉得还是跟你们沟通比较好。', 'chargeback'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });

  test.each([
    ['我要告诉小区所有家长别买你们的东西。', 'public'],
    ['再不退钱，我就报警。', 'legal'],
    ['会员我不要了，帮我cancel咗佢。', 'churn'],
  ])('still flagged: %s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });
});

describe('third pass: short shapes across flags', () => {
  test.each([
    ['不用了直接注销', 'churn'],
    ['我轉去隔離嗰間算。', 'churn'],
    ['唔退錢嘅話，下個term我哋唔會再報。', 'churn'],
    ['材料整理好了，下周直接递到法院。', 'legal'],
    ['再不开门我就把你们的闸踹了。', 'harm'],
    ['我驚我會做出啲大家都唔想見到嘅嘢。', 'harm'],
    ['三天内不处理，我会请消保官介入。', 'regulator'],
    ['我已經去監理站反映了。', 'regulator'],
    ['我会让小区群里的人都知道。', 'public'],
    ['请你们的 account manager 亲自跟我开会。', 'supervisor'],
    ['我唔想再同热线倾，麻烦安排你哋 operations 嘅经理打俾我。', 'supervisor'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['我们单位要隔离那间房吗？', 'churn'],
    ['这个案子法院递到了吗？', 'legal'],
    ['消基会协助我们做过调查，结果很公正。', 'regulator'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});
