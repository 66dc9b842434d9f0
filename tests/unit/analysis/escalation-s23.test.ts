import { describe, expect, test } from 'vitest';
import { othersWords } from '@/lib/analysis/escalation/others';
import { quiet, raised } from './escalation-rows';

// Rules alone (no model installed): the twenty-third session's readings — an ultimatum put as two questions
// (cues/en-s23.ts), someone else's words pasted in (others.ts) and a past act let go (`forgiven`). Every sentence
// here is written for the test; none is a fixture row.

describe('an ultimatum put as two questions is not asked for information', () => {
  raised([
    ['Will you be refunding the deposit, or do I need to take this to small claims?', 'legal'],
    ['Do we have to get our card company involved, or are you going to sort the double charge?', 'chargeback'],
    ['r u gonna fix this or do i need to report u to the ombudsman', 'regulator'],
  ]);
  quiet([
    // The company is offered the same errand, or a plain either-or about the process.
    ['Do I need to ask my bank to cancel the direct debit, or will you cancel it?', 'churn'],
    ['Do I need to contact my bank to dispute it, or can you refund it from your end?', 'chargeback'],
    ['How do I escalate a complaint to the ombudsman, or is there a form?', 'regulator'],
  ]);
});

describe('the Chinese ultimatum put as a question', () => {
  raised([
    ['是你们主动退款，还是我自己去找银行拒付？', 'chargeback'],
    ['是不是要我去消协投诉你们才肯退钱？', 'regulator'],
    ['係咪要我去消委會投訴你哋先肯退錢？', 'regulator'],
  ]);
  quiet([
    // The customer offers to go themselves, to no one named: a question about who does the errand.
    ['如果海关对归类有意见，后续是你们去沟通还是我自己去？', 'regulator'],
    ['请问拒付流程是怎样的？还是我需要先联系你们？', 'chargeback'],
  ]);
});

describe("someone else's words pasted in are not the customer's act", () => {
  quiet([
    [
      'My brother-in-law posted this on the family chat: "these people are crooks, I\'m taking them to small claims". Mine is fine. Can I move my renewal date?',
      'legal',
    ],
    [
      'Got this text this morning, is it really from you?\n\n"Your account will be passed to our legal team unless you pay £89 today."',
      'legal',
    ],
    [
      'Your agent said my complaint "would go to the ombudsman automatically". Does it? I only wanted a callback.',
      'regulator',
    ],
    [
      'Pasting my chat with my flatmate:\nTom: just cancel the whole contract lol\nMe: no way, I like it\nIs the 5G upgrade free?',
      'churn',
    ],
    ['我邻居在业主群里发："物业再不修电梯我就去住建局投诉！"\n我想问下5号楼电梯今天能修好吗？', 'regulator'],
  ]);
  quiet([
    [
      "Passing on the message below from my neighbour, it's her problem not mine, I only want my own meter read.\n\n-----Original Message-----\nFrom: Ann\n\nIf the leak isn't fixed by Monday I'm calling my solicitor.",
      'legal',
    ],
    // The customer's own trade.
    [
      'I work in the disputes team at a bank, so I know a chargeback when I see one. Where do I find my invoices?',
      'chargeback',
    ],
  ]);
  raised([
    // A letter of the customer's own, sent again.
    [
      'Resending the letter below as nobody replied.\n\n-----\nDear Sir, I have reported this to the Financial Ombudsman.',
      'regulator',
    ],
    // The customer's own post, quoted by the customer.
    [
      'I posted this on Facebook last night: "Avoid this company, three weeks and no refund." It stays up until you pay.',
      'public',
    ],
    // The customer's own line of a pasted chat.
    ['Here is our chat:\nAgent: we cannot refund after 30 days\nMe: then I will take you to small claims', 'legal'],
  ]);

  test('the spans are the quote and the other side of the chat, not the introducer', () => {
    const text = 'My neighbour wrote "I am suing them" yesterday.';
    const [span] = othersWords(text);
    expect(text.slice(span!.start, span!.end)).toBe('"I am suing them"');
    const chat = 'Me: hello\nSam: report them to the BBB\nMe: no';
    expect(othersWords(chat).map((s) => chat.slice(s.start, s.end))).toEqual(['Sam: report them to the BBB']);
    expect(othersWords('Subject: refund\nOrder: 1234\nPlease refund me.')).toEqual([]);
  });
});

describe('a past act the customer has let go is settled', () => {
  quiet([
    [
      'I opened a PayPal dispute with you two years ago, but that is all behind us now. Do you ship to Jersey?',
      'chargeback',
    ],
    [
      'We went to the ombudsman over the old policy and it was decided in your favour. Fair enough. New quote please.',
      'regulator',
    ],
    ['去年我在银行申请过拒付，后来我自己撤回了，这事就算翻篇了。想问下现在还有货吗？', 'chargeback'],
  ]);
  raised([
    // Let go only once the money is back: still a threat.
    ["Refund the £40 by Friday or I'm disputing it with my bank, then it's water under the bridge.", 'chargeback'],
  ]);
});

describe('going public or to a body in words the earlier tables had no verb for', () => {
  raised([
    ["There's a post up on r/CasualUK about your delivery drivers now.", 'public'],
    ["I've got a review up on ProductReview with the photos.", 'public'],
    ["If nobody calls me by Friday I'll leave an honest review of the whole saga on Trustpilot.", 'public'],
    ['I was on to the energy ombudsman this morning.', 'regulator'],
    ["I'll be onto Ofgem first thing tomorrow.", 'regulator'],
  ]);
  quiet([
    ['Is there a thread on r/HomeImprovement about fitting this model? I want to do it myself.', 'public'],
    [
      'My sister wrote an honest review of your hotel on Tripadvisor last year. Do you still have the sea-view rooms?',
      'public',
    ],
    ['How do I get on to the ombudsman if I ever need to?', 'regulator'],
  ]);
});
