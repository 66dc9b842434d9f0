import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';

// Rules alone (no model installed). Session 18's families, in wordings of my own in both scripts, then sentences
// where the same words must stay quiet.
function flags(text: string): string[] {
  return analyzeMessage(text).escalation as string[];
}

describe('raised', () => {
  test.each([
    ['这个价钱我不接受，你们叫能做主的出来跟我谈。', 'supervisor'],
    ['那就請安排一位真正能拍板、能負責的人，跟我們當面談。', 'supervisor'],
    ['我已经越过客服直接找了你们区域负责人。', 'repeat-contact'],
    ['我已經直接寫信到你們公司的客服總部了。', 'repeat-contact'],
    ['为这点押金跟你们来回扯皮快两个月了，还是没结果。', 'repeat-contact'],
    ['这份保单我不要了，马上给我退保。', 'churn'],
    ['狗粮我已经在别家下单了，这边的订阅停掉吧。', 'churn'],
    ['拖了这么久，逾期的利息也得一并付给我。', 'compensation'],
    ['斷網成個禮拜，今個月月費全免先講得通。', 'compensation'],
    ['說實話，寄一封律師函的郵費，比你們扣的押金便宜多了。', 'legal'],
    ['你们不退的话，我就打信用卡背面那个电话。', 'chargeback'],
    ['上个月我两次在网上留言问进度，都没回。', 'repeat-contact'],
    ['我已经跟另一家物业公司签了合同，下个月交接。', 'churn'],
    ['下个月起不用再扣我的车位管理费了。', 'churn'],
    ['剩下的课时费折算一下，转我支付宝就行。', 'compensation'],
    ['那个保安真把自己当土皇帝了。', 'abuse'],
    ['他再这样骂我，我怕我会忍不住跟他动手。', 'harm'],
    ['我把照片都寄咗俾東張西望，等佢哋嚟拍。', 'public'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });
});

describe('not raised', () => {
  test.each([
    ['我邻居上周也被多收了钱，说要去消协投诉。我想问下你们周末几点开门？', 'regulator'],
    ['我老婆总说要去12315举报我乱花钱，哈哈。请问这款有货吗？', 'regulator'],
    ['我朋友笑我选个沙发选得那么认真，好像要打官司一样。想问能不能分期？', 'legal'],
    ['我已經叫銀行開咗爭議，佢哋話會先退返筆錢俾我。', 'compensation'],
    ['你们那个经理敢出来，我就揍他。', 'supervisor'],
    ['妈的这电脑一开机就蓝屏，是不是系统坏了？', 'abuse'],
    ['上个月电费连续三个月算错，想问问是什么原因。', 'repeat-contact'],
    ['我表妹笑住話要放上連登，哈。講返正經，你哋幾點收舖？', 'public'],
    ['请问这个月的月费全免活动还有吗？', 'compensation'],
    ['唔該幫我搵返上次嗰位經理，佢話會覆我款式。', 'supervisor'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('raised: the Nth time about one matter, a relative who handles disputes', () => {
  test.each([
    ['这已经是我第四次为同一件事找你们售后了。', 'repeat-contact'],
    ['我舅舅專門處理勞資糾紛，這份合約他看過了。', 'legal'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['上个月的退款已经到账了，谢谢你们这么快。', 'compensation'],
    ['我舅舅專門處理勞資糾紛，想幫他訂一個生日蛋糕。', 'legal'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('a formal letter sent before; a record of refunds asked for', () => {
  test('raised: 曾于…函请', () => {
    expect(flags('本公司曾于三月五日函请贵司更正发票，至今没有下文。')).toContain('repeat-contact');
  });
  test('not raised: a statement of refunds is a document', () => {
    expect(flags('麻烦提供一下去年的退款明细，做账要用。')).not.toContain('compensation');
  });
});

describe('Cantonese: the Nth time, an oath at an appliance, a queue that could kill', () => {
  test('raised: 第四次為同一件事搵', () => {
    expect(flags('第四次為同一件事搵你哋客服。')).toContain('repeat-contact');
  });
  test.each([
    ['幹，這台冷氣又不冷了，要怎麼重設？', 'abuse'],
    ['銀行排隊排到想死，可唔可以網上辦？', 'harm'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});
