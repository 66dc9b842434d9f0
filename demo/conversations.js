// The demo inbox's conversations: written for Heartline, not taken from any data set.
// Each one is shown by all three demo pages (helpdesk, mail, chat). `expected` is what a good engine
// should read from the whole conversation; `mayAlsoFlag` lists flags that are defensible either way, so
// any other flag is a false alarm. demo/make-manifest.ts copies it into manifest.json for the
// end-to-end tests and screenshots.

/** @type {Record<string, { name: string; email: string; signature: string }>} */
const AGENTS = {
  en: {
    name: 'Sam Rivera',
    email: 'support@northwind.example',
    signature: 'Sam Rivera\nCustomer Care · Northwind Goods',
  },
  'zh-Hans': { name: '林晓', email: 'kefu@qinghe.example', signature: '林晓\n青禾家电 客户服务中心' },
  'zh-Hant': { name: '陳怡君', email: 'service@haorizi.example', signature: '陳怡君\n好日子生活家電 客服中心' },
};

/** @type {Record<string, string>} */
const BRANDS = { en: 'Northwind Goods', 'zh-Hans': '青禾家电', 'zh-Hant': '好日子生活家電' };

/** @type {Record<string, string>} */
const TIME_ZONES = { en: 'America/Chicago', 'zh-Hans': 'Asia/Shanghai', 'zh-Hant': 'Asia/Taipei' };

/** @type {import('./conversations').DemoConversation[]} */
const RAW = [
  {
    id: 'en-cancel-repeat',
    lang: 'en',
    summary: 'Angry repeat contact threatening to cancel',
    subject: 'Third time writing: espresso machine still leaking',
    ticket: 48213,
    customer: {
      name: 'Dana Whitfield',
      email: 'dana.whitfield@example.com',
      location: 'Chicago, IL',
      since: '2021-05-02',
      ticketCount: 3,
      signature: 'Dana Whitfield',
    },
    orderIds: ['#A10293'],
    tags: ['espresso', 'spare-parts'],
    expected: {
      primary: ['anger', 'frustration'],
      escalation: ['churn', 'repeat-contact', 'supervisor', 'chargeback'],
      mayAlsoFlag: ['compensation'],
      disc: 'D',
    },
    drafts: {
      bad: "As I said, it's not our fault the courier lost the part. You'll have to wait like everyone else. Please calm down.",
    },
    messages: [
      {
        role: 'customer',
        at: '2024-03-12T14:58:00Z',
        text: "This is the THIRD time I'm writing about the same problem and I'm honestly furious. My Barista Pro (order #A10293) is still leaking water all over the counter.\n\nOn March 2 I was told a replacement part was \"on its way\". Nothing came. On March 7 someone else promised it would ship \"within 48 hours\". Nothing again. I've wasted hours on this.\n\nIf it isn't fixed this week I'm cancelling my subscription and I'm done with Northwind.",
      },
      {
        role: 'agent',
        at: '2024-03-12T15:21:00Z',
        text: "Hi Dana,\n\nI'm really sorry. You shouldn't have had to write three times, and I can see in your history that you were promised a part twice and it never shipped. That's on us.\n\nThe gasket kit was never released because of a stock error in our warehouse. I won't ask you to wait on it again: would you prefer a full replacement machine shipped today by express, or a refund of $349.00?",
      },
      {
        role: 'customer',
        at: '2024-03-12T15:34:00Z',
        text: "Why should I believe you? That's exactly what the last two people said. I want to speak to a manager, not read another script. Honestly it feels like nobody there reads anything!!",
      },
      {
        role: 'agent',
        at: '2024-03-12T15:52:00Z',
        text: "That's fair. You've been let down twice, so my words aren't worth much yet.\n\nI've asked my team lead, Priya Shah, to own this ticket with me; she will email you before 5 pm today. The replacement is already booked: tracking number 1Z999AA10123456784, leaving our warehouse this afternoon. Keep the old machine until the new one has arrived.",
      },
      {
        role: 'customer',
        at: '2024-03-12T16:05:00Z',
        text: "Fine. But if that tracking number hasn't moved by tomorrow morning, I'm cancelling everything and disputing the charge with my bank. I'm sick of this.",
      },
    ],
  },
  {
    id: 'en-late-gift',
    lang: 'en',
    summary: 'Anxious customer, birthday gift running late',
    subject: "Will my order arrive before Saturday? It's a birthday present",
    ticket: 48227,
    customer: {
      name: 'Maya Okafor',
      email: 'maya.okafor@example.net',
      location: 'Columbus, OH',
      since: '2023-11-19',
      ticketCount: 1,
      signature: 'Maya\nSent from my iPhone',
    },
    orderIds: ['#A10541'],
    tags: ['shipping', 'gift'],
    expected: { primary: ['anxiety'], escalation: [], mayAlsoFlag: [], disc: 'S' },
    messages: [
      {
        role: 'customer',
        at: '2024-03-13T13:10:00Z',
        text: "Hi there, I'm sorry to bother you. I ordered a watercolor set (order #A10541) on the 3rd as a birthday present for my daughter, and her birthday is this Saturday.\n\nThe tracking hasn't changed since Monday and still says \"label created\". I'm getting really worried it won't make it in time. Is there anything you could check, please?",
      },
      {
        role: 'agent',
        at: '2024-03-13T13:32:00Z',
        text: "Hi Maya,\n\nThank you for writing, and please don't apologize: this is exactly what we're here for. I can see why you're worried with Saturday so close.\n\nI've looked up #A10541. The parcel was scanned at our Memphis hub yesterday; the carrier just hasn't updated the public tracking page yet. It is currently due on Friday.",
      },
      {
        role: 'customer',
        at: '2024-03-13T13:47:00Z',
        text: "Oh, that's a relief, thank you. But what if it slips to Monday? I just don't know what I'd tell her... she's been asking about it all week. I'm scared it gets lost. Is there any way to make sure?",
      },
      {
        role: 'agent',
        at: '2024-03-13T14:05:00Z',
        text: "That's completely understandable. I've upgraded the shipment to priority at no cost, so it now has a guaranteed delivery of Friday by 8 pm.\n\nIf it misses that for any reason, reply here and I'll send a second set by overnight courier the same day. I'll also check on it myself on Thursday morning.",
      },
      {
        role: 'customer',
        at: '2024-03-13T14:12:00Z',
        text: "Thank you so much, that really helps. I'll keep my fingers crossed. Sorry again for all the questions, I'm just a bit nervous about it.",
      },
    ],
  },
  {
    id: 'en-billing-double',
    lang: 'en',
    summary: 'Detail-oriented billing question: charged twice',
    subject: 'Duplicate charge for invoice INV-2024-03118',
    ticket: 48240,
    customer: {
      name: 'Jonathan Meyer',
      email: 'j.meyer@example.org',
      location: 'Minneapolis, MN',
      since: '2019-08-30',
      ticketCount: 1,
      signature: 'Kind regards,\nJonathan Meyer',
    },
    orderIds: ['#A10677'],
    tags: ['billing', 'subscription'],
    // Asking which charge will be reversed and the exact refund is money asked back (LABELS.md: compensation),
    // however calmly; the twenty-second session's scorer reads it so, the rules do not.
    expected: {
      primary: ['confusion', 'frustration', 'anxiety'],
      escalation: [],
      mayAlsoFlag: ['compensation'],
      disc: 'C',
    },
    messages: [
      {
        role: 'customer',
        at: '2024-03-15T14:02:00Z',
        text: 'Hello,\n\nI would like to report a duplicate charge. On 14 March 2024 my Visa card ending 4417 was charged $86.40 twice for invoice INV-2024-03118 (order #A10677). The two transactions are timestamped 09:12 and 09:13. I was issued only one invoice.\n\nPlease confirm:\n1. which of the two charges will be reversed,\n2. the exact refund amount, and\n3. the date it is expected to appear on my statement.',
      },
      {
        role: 'agent',
        at: '2024-03-15T14:40:00Z',
        text: 'Hi Jonathan,\n\nThank you for laying this out so clearly. You are right: our payment log shows two captures of $86.40 for INV-2024-03118, at 09:12:04 and 09:13:47. The second one (reference ch_8821) was an automatic retry after a timeout and should have been voided. I have refunded it in full.',
      },
      {
        role: 'customer',
        at: '2024-03-15T15:05:00Z',
        text: 'Thank you. To be precise: is the refund exactly $86.40, or is any currency conversion or processing fee deducted? Also, will I receive a credit note, and under which number? I need it for my expense report, which is due on 31 March.',
      },
      {
        role: 'agent',
        at: '2024-03-15T15:21:00Z',
        text: 'Exactly $86.40, with no fees deducted: the charge was in USD and so is the refund.\n\nCredit note CN-2024-00412 is now in your account and mirrors INV-2024-03118 line by line. Refunds to Visa usually post within 5 to 7 business days, so you should see it by 25 March at the latest, before your 31 March deadline.',
      },
      {
        role: 'customer',
        at: '2024-03-15T15:40:00Z',
        text: 'Understood. Please also confirm in writing that my card will not be charged again for this order, and that the next subscription charge on 14 April will be the normal $86.40, not a double charge. I would prefer not to have to check my statement every month.',
      },
    ],
  },
  {
    id: 'en-happy-thanks',
    lang: 'en',
    summary: 'Happy customer thanking the agent',
    subject: 'Re: Replacement lamp, thank you!',
    ticket: 48251,
    customer: {
      name: 'Lucía Fernández',
      email: 'lucia.fernandez@example.com',
      location: 'Austin, TX',
      since: '2022-02-14',
      ticketCount: 2,
      signature: 'Lucía',
    },
    orderIds: ['#A10702'],
    tags: ['replacement'],
    expected: { primary: ['gratitude', 'joy'], escalation: [], mayAlsoFlag: [], disc: null },
    messages: [
      {
        role: 'customer',
        at: '2024-03-16T15:15:00Z',
        text: "Hi Sam! I just wanted to say thank you. The replacement lamp (order #A10702) arrived this morning, a day earlier than you said, and it's perfect. You made what could have been a really annoying week so much easier.",
      },
      {
        role: 'agent',
        at: '2024-03-16T15:30:00Z',
        text: "Lucía, this made my day. Thank you for taking the time to write! I'm so glad it arrived early and in one piece. Enjoy the new lamp.",
      },
      {
        role: 'customer',
        at: '2024-03-16T15:44:00Z',
        text: "I will! I've already told my sister about you. Honestly, the best support I've had from any shop in years. Have a lovely weekend!",
      },
      {
        role: 'agent',
        at: '2024-03-16T15:50:00Z',
        text: "That means a lot, thank you. Have a wonderful weekend too, and we're here whenever you need anything.",
      },
    ],
  },
  {
    id: 'en-terse-demand',
    lang: 'en',
    summary: 'Terse demand: wants it today',
    subject: 'Next-day order not delivered',
    ticket: 48266,
    customer: {
      name: 'Ray Castillo',
      email: 'rcastillo@example.com',
      location: 'Denver, CO',
      since: '2024-01-08',
      ticketCount: 1,
      signature: 'R. Castillo',
    },
    orderIds: ['#A10788'],
    tags: ['shipping', 'next-day'],
    expected: { primary: ['frustration', 'anger'], escalation: ['supervisor'], mayAlsoFlag: [], disc: 'D' },
    messages: [
      {
        role: 'customer',
        at: '2024-03-18T14:03:00Z',
        text: 'Order #A10788. Paid for next-day. Nothing arrived. Need it today.',
      },
      {
        role: 'agent',
        at: '2024-03-18T14:09:00Z',
        text: "Hi Ray, sorry about this. I'm checking with the courier now and will reply within 15 minutes.",
      },
      {
        role: 'customer',
        at: '2024-03-18T14:11:00Z',
        text: "Don't need a check. Need the package. Today. Get me a supervisor if you can't do it.",
      },
      {
        role: 'agent',
        at: '2024-03-18T14:24:00Z',
        text: "Understood. Your parcel is at the Denver depot. I've booked a same-day courier, arriving between 3 and 5 pm, and refunded the $24.00 next-day fee. Tracking: NW-55120943.",
      },
      { role: 'customer', at: '2024-03-18T14:26:00Z', text: '3 pm. Not 5.' },
    ],
  },
  {
    id: 'en-chatty-emoji',
    lang: 'en',
    summary: 'Chatty customer with emoji, small issue',
    subject: 'Mugs arrived 😍 (one tiny chip)',
    ticket: 48279,
    customer: {
      name: 'Tash Nguyen',
      email: 'tash.nguyen@example.net',
      location: 'Portland, OR',
      since: '2022-09-03',
      ticketCount: 4,
      signature: 'xx Tash',
    },
    orderIds: ['#A10912'],
    tags: ['damaged-item'],
    expected: { primary: ['joy', 'gratitude'], escalation: [], mayAlsoFlag: [], disc: 'I' },
    messages: [
      {
        role: 'customer',
        at: '2024-03-19T18:20:00Z',
        text: 'Hiii!! 👋😊 So my order came today (#A10912) and OMG the mugs are even cuter in person 😍😍\n\nBUT one of the little saucers has a chip on the edge 🙈 not a huge deal at all, just thought you should know!!',
      },
      {
        role: 'agent',
        at: '2024-03-19T18:31:00Z',
        text: "Hi Tash! I'm so happy you love the mugs, and sorry about the chipped saucer; that's not the welcome we want. Could you send a quick photo of it? I'll get a fresh one out to you right away.",
      },
      {
        role: 'customer',
        at: '2024-03-19T18:36:00Z',
        text: 'Yesss sending now 📸✨ Also random question lol, do you ever restock the sage green ones?? My best friend literally screamed when she saw them 😂💚',
      },
      {
        role: 'agent',
        at: '2024-03-19T18:44:00Z',
        text: 'Got the photo, thank you! A new saucer ships tomorrow, no need to return the chipped one. And good news: sage green is back on the 28th. Shall I set a restock reminder for your friend?',
      },
      {
        role: 'customer',
        at: '2024-03-19T18:47:00Z',
        text: "You're the BEST 🥹🙏 yes please!! Honestly this is why I keep coming back haha 💕",
      },
    ],
  },
  {
    id: 'en-abusive-legal',
    lang: 'en',
    summary: 'Abusive customer threatening legal action',
    subject: 'Refund for broken treadmill: still nothing',
    ticket: 48285,
    customer: {
      name: 'Greg Holt',
      email: 'greg.holt@example.com',
      location: 'Phoenix, AZ',
      since: '2023-06-21',
      ticketCount: 2,
      signature: 'G. Holt',
    },
    orderIds: ['#A10355'],
    tags: ['refund', 'fitness'],
    expected: {
      primary: ['anger', 'frustration'],
      escalation: ['abuse', 'legal', 'compensation'],
      mayAlsoFlag: ['repeat-contact'],
      disc: 'D',
    },
    drafts: {
      bad: "Sir, I've already told you twice. Shouting at me won't make it faster. It's the bank's problem, not ours.",
    },
    messages: [
      {
        role: 'customer',
        at: '2024-03-20T16:02:00Z',
        text: 'Your so-called "support" is a joke. I was promised a refund for the broken treadmill (order #A10355) three weeks ago and I still have nothing. Are you people incompetent or just lying?',
      },
      {
        role: 'agent',
        at: '2024-03-20T16:15:00Z',
        text: "Hi Greg, I'm sorry the refund hasn't reached you. Three weeks is far too long. I'm checking its status right now.",
      },
      {
        role: 'customer',
        at: '2024-03-20T16:19:00Z',
        text: "Don't \"sorry\" me. You're useless, all of you. I've already spoken to my lawyer, and if the $1,299 isn't back in my account by Friday I'm taking you to small claims court. I also want compensation for the three weeks I couldn't train.",
      },
      {
        role: 'agent',
        at: '2024-03-20T16:37:00Z',
        text: "I understand you're angry, and you have every reason to want this settled. The refund of $1,299.00 was approved today (reference RF-77120) and will reach your card within 3 business days, before Friday. I've passed your request about the lost weeks to our claims team; they will reply by Thursday.",
      },
      { role: 'customer', at: '2024-03-20T16:45:00Z', text: "We'll see. I'm keeping every single email." },
    ],
  },
  {
    id: 'zh-hans-12315',
    lang: 'zh-Hans',
    summary: '投诉：威胁打 12315、发微博曝光',
    subject: '第三次联系！空气净化器坏了没人管',
    ticket: 20931,
    customer: {
      name: '刘晓燕',
      email: 'liuxiaoyan1988@example.com',
      location: '江苏 南京',
      since: '2022-10-11',
      ticketCount: 3,
      signature: '刘晓燕',
    },
    orderIds: ['2024031815230047'],
    tags: ['净化器', '售后'],
    expected: {
      primary: ['anger', 'frustration'],
      escalation: ['repeat-contact', 'regulator', 'public', 'compensation'],
      mayAlsoFlag: [],
      disc: 'D',
    },
    drafts: { bad: '您好，我们已经说过了，这不是我们的问题，是快递的原因。请您耐心等待，不要动不动就投诉。' },
    messages: [
      {
        role: 'customer',
        at: '2024-03-25T01:35:00Z',
        text: '我已经是第三次联系你们了！订单号 2024031815230047 的空气净化器，用了不到一个月就坏了，一开机就报错 E3。上周说三天内上门检修，结果到现在连个电话都没有。你们到底有没有人管？',
      },
      {
        role: 'agent',
        at: '2024-03-25T01:52:00Z',
        text: '刘女士您好，非常抱歉让您反复联系我们，这确实是我们的问题。我查到上周的检修工单没有派出去，现在已经重新加急派单，并把您的情况报给了主管。',
      },
      {
        role: 'customer',
        at: '2024-03-25T02:06:00Z',
        text: '又是道歉！道歉有什么用？家里有老人和孩子，天天等着你们的净化器。今天下午五点前不给我明确答复，我就打12315投诉，顺便把你们的处理过程全部发微博曝光，让大家都看看！',
      },
      {
        role: 'agent',
        at: '2024-03-25T02:20:00Z',
        text: '您的着急我完全理解，家里有老人孩子，空气质量不能等。给您两个方案：一是今天直接寄一台全新的同款，明天上午送达，旧机不用先退；二是全额退款 1899 元，今天内原路退回。您看哪个更方便？',
      },
      {
        role: 'customer',
        at: '2024-03-25T02:31:00Z',
        text: '换新的吧。但是我要求赔偿，这一个月的折腾不能白受。明天上午要是收不到，我说到做到。',
      },
    ],
  },
  {
    id: 'zh-hans-refund-anxious',
    lang: 'zh-Hans',
    summary: '退款迟迟未到账，着急交房租',
    subject: '退款一直显示“处理中”',
    ticket: 20958,
    customer: {
      name: '王子涵',
      email: 'wangzihan@example.com',
      location: '四川 成都',
      since: '2023-09-01',
      ticketCount: 1,
      signature: '王子涵',
    },
    orderIds: ['2024030922118805'],
    tags: ['退款'],
    expected: { primary: ['anxiety'], escalation: [], mayAlsoFlag: [], disc: 'S' },
    messages: [
      {
        role: 'customer',
        at: '2024-03-14T06:10:00Z',
        text: '你好，请问一下，我3月10日申请的退款（订单号 2024030922118805，金额 648 元）到现在还没到账，页面一直显示“处理中”。这笔钱我下周要交房租，有点着急……是不是哪里出问题了？',
      },
      {
        role: 'agent',
        at: '2024-03-14T06:18:00Z',
        text: '您好，别着急，我马上帮您查。这笔退款我们已经在3月11日发起，目前在银行处理环节。',
      },
      {
        role: 'customer',
        at: '2024-03-14T06:25:00Z',
        text: '那大概什么时候能到呀？我怕赶不上交房租，房东那边催得挺紧的。会不会退不回来了？我第一次遇到这种情况，心里有点慌。',
      },
      {
        role: 'agent',
        at: '2024-03-14T06:37:00Z',
        text: '理解您的担心，这笔钱一定会退回，不会丢的。银行卡退款一般 3 到 5 个工作日到账，最晚3月18日（周一）。我已经给这笔退款加了催办备注，到账之前我每天帮您看一次进度，有变化第一时间告诉您。',
      },
      {
        role: 'customer',
        at: '2024-03-14T06:41:00Z',
        text: '好的，谢谢你这么耐心，那我再等等。麻烦你了🙏',
      },
    ],
  },
  {
    id: 'zh-hant-complaint',
    lang: 'zh-Hant',
    summary: '客訴：要求退費，揚言找消基會、PO 網路',
    subject: '除濕機壞掉，打三次電話都沒人回',
    ticket: 31577,
    customer: {
      name: '林志明',
      email: 'chihming.lin@example.com',
      location: '台中市',
      since: '2021-07-15',
      ticketCount: 3,
      signature: '林志明',
    },
    orderIds: ['TW240305-08812'],
    tags: ['除濕機', '退貨'],
    expected: {
      primary: ['anger', 'frustration'],
      escalation: ['repeat-contact', 'regulator', 'public', 'churn'],
      mayAlsoFlag: ['compensation'],
      disc: 'D',
    },
    drafts: { bad: '林先生，我剛剛就說過了，這不是我們的問題，是原廠的問題。請您不要這麼情緒化。' },
    messages: [
      {
        role: 'customer',
        at: '2024-03-21T02:12:00Z',
        text: '我真的覺得很扯。除濕機（訂單編號 TW240305-08812）才用兩個禮拜就不會運轉，打了三次客服電話，每次都說會回電，結果完全沒消沒息。這種客服真的爛透了！',
      },
      {
        role: 'agent',
        at: '2024-03-21T02:30:00Z',
        text: '林先生您好，非常抱歉讓您一再等待，答應回電卻沒有做到，是我們的疏失。我已經查到您的報修紀錄，現在就幫您處理。',
      },
      {
        role: 'customer',
        at: '2024-03-21T02:41:00Z',
        text: '我不想再聽抱歉了。我要退費，全額退費！這週內沒處理好，我就直接去消基會客訴，順便 PO 上 Dcard 跟 PTT，讓大家看看你們怎麼對待客人。以後再也不會跟你們買東西了。',
      },
      {
        role: 'agent',
        at: '2024-03-21T03:02:00Z',
        text: '完全理解您的不滿。已經幫您申請全額退費 NT$8,990，今天會寄出退費確認信，款項約 7 個工作天內退回您的信用卡。物流明天上午會到府收回除濕機，您不需要自己包裝寄送。',
      },
      {
        role: 'customer',
        at: '2024-03-21T03:10:00Z',
        text: '明天上午幾點？我要上班，不要又讓我白等一整天。',
      },
      {
        role: 'agent',
        at: '2024-03-21T03:18:00Z',
        text: '明天上午 9 點到 12 點之間，司機出發前會先打電話給您；如果這個時段不方便，也可以改到晚上 7 點以後。',
      },
    ],
  },
  {
    id: 'zh-hant-polite',
    lang: 'zh-Hant',
    summary: '禮貌詢問保固換貨，語氣平穩',
    subject: '詢問電熱水壺保固',
    ticket: 31602,
    customer: {
      name: '陳雅婷',
      email: 'yating.chen@example.com',
      location: '新北市',
      since: '2020-12-03',
      ticketCount: 1,
      signature: '陳雅婷 敬上',
    },
    orderIds: ['TW240212-03391'],
    tags: ['保固'],
    expected: { primary: ['gratitude', 'confusion', 'neutral'], escalation: [], mayAlsoFlag: [], disc: 'S' },
    messages: [
      {
        role: 'customer',
        at: '2024-03-22T05:05:00Z',
        text: '您好，不好意思打擾了。我上個月買的電熱水壺（訂單編號 TW240212-03391），最近按鈕有時候按下去不會亮，想請問這樣是否在保固範圍內呢？不急，方便的時候再回覆我就好，謝謝。',
      },
      {
        role: 'agent',
        at: '2024-03-22T05:40:00Z',
        text: '陳小姐您好，謝謝您的來信，也謝謝您的耐心。這個狀況在一年保固範圍內，我們可以免費幫您換一台新的。',
      },
      {
        role: 'customer',
        at: '2024-03-22T06:02:00Z',
        text: '太好了，謝謝您。想再確認一下，換貨需要我先把舊的寄回去嗎？包裝盒我已經丟掉了，不知道會不會有影響。',
      },
      {
        role: 'agent',
        at: '2024-03-22T06:15:00Z',
        text: '不用擔心，沒有原包裝也可以換貨。物流會到府收取舊機，同時把新機交給您，您只要把舊的水壺準備好就可以了，預計這週四送達。',
      },
      {
        role: 'customer',
        at: '2024-03-22T06:21:00Z',
        text: '好的，這樣很方便，真的很謝謝您細心的說明。週四我會在家，麻煩您了。',
      },
    ],
  },
];

/** @type {readonly import('./conversations').DemoConversationFull[]} */
export const CONVERSATIONS = RAW.map((c) => ({
  ...c,
  brand: BRANDS[c.lang] ?? '',
  timeZone: TIME_ZONES[c.lang] ?? 'UTC',
  agent: AGENTS[c.lang] ?? AGENTS.en,
}));

/** @type {readonly ['helpdesk', 'mail', 'chat']} */
export const PAGE_TYPES = ['helpdesk', 'mail', 'chat'];

/** @param {string | null | undefined} id */
export function findConversation(id) {
  return CONVERSATIONS.find((c) => c.id === id) ?? CONVERSATIONS[0];
}
