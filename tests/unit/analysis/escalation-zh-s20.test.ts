import { describe } from 'vitest';
import { quiet, raised } from './escalation-rows';

// Rules alone (no model installed). Session 20's families, read off corpus20d's misses and written in wordings of my
// own in both scripts: each block is a class of wording, the sentences that raise it, then sentences with the same
// words that must stay quiet.

describe('contact before: lost count, trips, an earlier agent, the engineer who came', () => {
  raised([
    ['热水器坏了，跟你们售后讲了无数次了，还是没人来。', 'repeat-contact'],
    ['為咗張單同你哋客服問咗唔知幾多次，仲係冇答案。', 'repeat-contact'],
    ['为了改个名字，我已经白跑了三趟营业厅。', 'repeat-contact'],
    ['之前那位客服说会帮我加急，结果还是没发货。', 'repeat-contact'],
    ['頭先嗰位同事話會幫我申請，點解而家又話唔得？', 'repeat-contact'],
    ['上个月你们师傅来修过，这两天又开始漏了。', 'repeat-contact'],
  ]);
  quiet([
    ['这个药一天吃不知道几次才合适，说明书没写。', 'repeat-contact'],
    ['第二趟去机场的班车几点发？', 'repeat-contact'],
    ['上个月你们师傅来修过，现在很好用，谢谢。', 'repeat-contact'],
  ]);
});

describe('compensation: the whole order, money called a gift, a sum put to the firm, the least off a fee', () => {
  raised([
    ['奶茶洒了一地 这单全额退', 'compensation'],
    ['薯條凍晒 呢單全退', 'compensation'],
    ['一晚没热水还照收全价，这钱是让我孝敬你们的吗？', 'compensation'],
    ['多收咗嘅運費，你哋當我打賞速遞員定點？', 'compensation'],
    ['这笔300你们觉得应该怎么处理？', 'compensation'],
    ['停了三天水，你们就没有一点表示吗？', 'compensation'],
    ['網路斷了一半時間，這個月月費起碼要打個八折吧。', 'compensation'],
    ['剩下那几盒没拆，你们看能退多少退多少。', 'compensation'],
    ['洗衣機浸壞咗我條褲，幾時賠？', 'compensation'],
  ]);
  quiet([
    ['这单能全额退吗？还没发货的话。', 'compensation'],
    ['这钱就当捐了，算了，下次注意就好。', 'compensation'],
    ['这个图标表示什么意思？', 'compensation'],
    ['请问赔偿一般几时赔标准是怎样的？', 'compensation'],
  ]);
});

describe('harm: an end said as tonight, death as relief, a door kicked in', () => {
  raised([
    ['房子被收走了，我明天就不活了。', 'harm'],
    ['欠了这么多医药费，不如我死了一了百了。', 'harm'],
    ['真係好攰，瞓咗唔好再醒就好。', 'harm'],
    ['再不给修，我迟早把你们前台的玻璃给砸了。', 'harm'],
  ]);
  quiet([
    ['我死了都不会再买你们家的东西。', 'harm'],
    ['我不小心把你们店的玻璃杯砸了，要赔多少？', 'harm'],
  ]);
});

describe('abuse: called dead, idlers, rubbish, masked curses, 老子', () => {
  raised([
    ['等了一个钟都没人接，你们客服是死人吗', 'abuse'],
    ['管理處一班食閒飯嘅，乜都唔理。', 'abuse'],
    ['你们的售后服务是垃圾中的垃圾。', 'abuse'],
    ['排了两个小时，耽误老子一下午。', 'abuse'],
  ]);
  quiet([
    ['剧里那个角色是死人吗？我没看懂。', 'abuse'],
    ['我住喺X街12號，送貨可以放管理處。', 'abuse'],
    ['最近在家混日子，想买个跑步机。', 'abuse'],
  ]);
});

describe('legal: papers for a lawyer, words for a court', () => {
  raised([
    ['把合同原件复印一份给我，我要拿去给律师看看。', 'legal'],
    ['你哋條款咁寫，喺法庭上讀出嚟都幾好聽。', 'legal'],
  ]);
  quiet([['公司让我把这份合同交给律师看看，能发个电子版吗？', 'legal']]);
});

describe('chargeback: money clawed back through the bank, the card company faster', () => {
  raised([
    ['那笔钱我已经通过信用卡那边追回来了。', 'chargeback'],
    ['我叫咗银行将嗰笔重复扣款冲回。', 'chargeback'],
    ['退款要等一个月？算了，发卡行那边处理得比你们快。', 'chargeback'],
  ]);
  quiet([['花呗那边已经退回来了，谢谢。', 'chargeback']]);
});

describe('supervisor: rank too low, someone with the power, your boss to call me', () => {
  raised([
    ['我看你这个级别解决不了，找个有权限批退款的人来。', 'supervisor'],
    ['叫你上司親自打電話俾我。', 'supervisor'],
  ]);
  quiet([['有权限的人才能开通这个功能吗？怎么申请？', 'supervisor']]);
});

describe('churn: renewal left hanging, owners replacing the manager, a plan not renewed', () => {
  raised([
    ['合同月底到期，续不续，你们自己掂量。', 'churn'],
    ['會籍下個月到期，你哋自己睇住辦。', 'churn'],
    ['业委会准备表决换物业公司，你们好自为之。', 'churn'],
    ['这学期上完，我们不打算续了。', 'churn'],
  ]);
  quiet([
    ['合同下个月到期，想问续约有什么优惠？', 'churn'],
    ['听说隔壁小区换了物业公司，新物业的电话是多少？', 'churn'],
  ]);
});

describe('public: one step from posting, shown to everyone, followers invoked', () => {
  raised([
    ['视频剪好了，就差配个标题发抖音。', 'public'],
    ['聊天记录我都存着，要不要给网友看看？', 'public'],
    ['我微博五万粉丝，你们想清楚。', 'public'],
  ]);
  quiet([
    ['快递就差最后一站了，麻烦帮我催一下。', 'public'],
    ['我小红书三万粉，想跟你们谈一下探店合作。', 'public'],
  ]);
});

describe('regulator: a number or form made ready, a petition, evidence shown', () => {
  raised([
    ['住建委的投诉电话我已经存好了。', 'regulator'],
    ['消委會嘅投訴表格我已經填好咗，睇你哋點做。', 'regulator'],
    ['市场监管局的投诉我已经提交了。', 'regulator'],
    ['行車紀錄器的影片，我看是給監理站看比較好。', 'regulator'],
  ]);
  quiet([
    ['住建局的电话是多少？我想问公积金。', 'regulator'],
    ['業委會的會議紀錄我已經交了。', 'regulator'],
  ]);
});

describe('over the head already; a deadline to pay; a first agent', () => {
  raised([
    ['我已经越过你们门店直接投诉到总部了。', 'supervisor'],
    ['上個月已經同你哋總部嘅客服經理講過，到而家都冇下文。', 'repeat-contact'],
    ['第一次那个客服说三天内退，现在都一周了。', 'repeat-contact'],
    ['月底之前不赔，我就去消协。', 'compensation'],
  ]);
  quiet([
    ['能不能越过门店直接找总部换货？流程是什么？', 'supervisor'],
    ['月底之前不退款的话，积分还能用吗？', 'compensation'],
  ]);
});

describe('questions that are ultimatums: my next step or your fix, two audiences, what the money bought', () => {
  raised([
    ['消委會嗰邊我自己打都得，定係你哋要先處理？', 'regulator'],
    ['这段录音是给消协看比较好，还是给记者看比较好？', 'regulator'],
    ['服务费至少要打个八折，不然我交的是什么？', 'compensation'],
    ['信用卡中心那边处理得快过你们，我不等了。', 'chargeback'],
  ]);
  quiet([
    ['你们处理得很快，谢谢，信用卡中心那边不用找了。', 'chargeback'],
    ['请问是给消协看比较好还是给律师看比较好？我只是想了解一下。', 'regulator'],
  ]);
});
