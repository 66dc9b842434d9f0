import { describe } from 'vitest';
import { quiet, raised } from './escalation-rows';

// Rules alone (no model installed): the thirtieth session's readings. Every sentence here is written for the test in
// the shape of a miss or a false flag; none is a fixture row.

describe('a pasted transcript’s bracketed lines are the other side’s words', () => {
  quiet([
    [
      '这个问题已经好了，谢谢。\n——以下为聊天记录——\n[客服-阿杰 6月2日 10:15] 您好，这边已经帮您升级处理给主管了\n[客服-阿杰 6月2日 10:16] 主管同意给您补偿20元',
      'supervisor',
    ],
    [
      'Sorted now, ignore my last.\n[Agent - Priya 09:12] I have escalated this to my supervisor\n[Me] ok thanks',
      'supervisor',
    ],
  ]);
  raised([
    // The customer's own lines stay theirs, and a time in brackets names no speaker.
    ['[下午 2:10] 有人吗\n[下午 2:30] 再不回我就去黑猫投诉', 'public'],
    ['还没退款。\n[客服] 已帮您转交主管处理\n[我] 我不等了，我去找消协投诉', 'regulator'],
  ]);
});

describe('a signature names a job or a firm; it does not act', () => {
  quiet([
    [
      'Hi, can you update my delivery address please?\n\nThanks,\nMaya Osei\nLitigation Support Officer\nHarlow & Finch Solicitors',
      'legal',
    ],
    [
      'Could you send me last month’s invoice again?\n\nKind regards,\nTom\nDisputes & Chargebacks Lead, Northway Bank',
      'chargeback',
    ],
    ['麻烦帮我开一张发票。\n此致\n敬礼\n法务部 陈静', 'legal'],
  ]);
  raised([
    // What comes after the valediction and speaks is the letter going on.
    ['Thanks,\nI will see you in court', 'legal'],
    ['Regards,\nSam\nP.S. If this isn’t fixed in a week I’ll file a chargeback.', 'chargeback'],
  ]);
});

describe('a matter long past, said to be over in the next sentence, is background', () => {
  quiet([
    [
      'Two years ago I reported you to the ombudsman over a billing error. It was resolved, so no complaints. Can I add a second line?',
      'regulator',
    ],
  ]);
  raised([['Last year I took you to small claims. This year I will do it again if the boiler is not fixed.', 'legal']]);
});

describe('contacts counted, and refusing to explain again, are earlier contact', () => {
  raised([
    ['The engineer never came despite 4 calls to your helpline.', 'repeat-contact'],
    ['two emails, two different answers. which is it?', 'repeat-contact'],
    ['rang you lot x3 today', 'repeat-contact'],
    ['I am not explaining this from the start again.', 'repeat-contact'],
  ]);
  quiet([
    ['Please call me twice if I miss the first one.', 'repeat-contact'],
    ['I’d rather not go through that again.', 'repeat-contact'],
  ]);
});

describe('a sum in words asked back; an ultimatum that ends it; the old provider; the TV news', () => {
  raised([
    ['I just want my fifty dollars back.', 'compensation'],
    ['fix it today or we’re done', 'churn'],
    ['If this isn’t sorted I’m switching back to my old network.', 'churn'],
    ['Next stop is Channel 10, they love a story like this.', 'public'],
  ]);
  quiet([
    ['I’m done with the form, what next?', 'churn'],
    ['I saw your ad on Channel 10 last night.', 'public'],
  ]);
});

describe('Hinglish complaints to a consumer body', () => {
  raised([['Paisa wapas karo warna consumer forum mein complaint kar dunga', 'regulator']]);
});

describe('Chinese: a cost not the customer’s, a business going elsewhere, a refusal put after its topic', () => {
  raised([
    ['寄回去的邮费总不能让我自己付吧？', 'compensation'],
    ['我们已经跟你们核对过四次了，还是不对。', 'repeat-contact'],
    ['如果下周还不能到货，我们将终止与贵司的合作。', 'churn'],
    ['请尽快解除我的会员合同。', 'churn'],
    ['再不处理就小红书见', 'public'],
    ['客服答应两天内回电，结果都一个礼拜了', 'repeat-contact'],
  ]);
  quiet([
    ['投诉我就不投了，你们把钱退了就行。', 'regulator'],
    ['说好三天内发货，现在第二天了，能快点吗', 'repeat-contact'],
  ]);
});

describe('a message that insults someone is not a warm one, however its laughter scores', () => {
  // The laugh made this read as joy (valence 0.9), and a warm message vetoed the contacts counted.
  raised([['your staff are braindead lmaooo. emailed you x4 about this', 'repeat-contact']]);
});
