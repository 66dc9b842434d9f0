import type { ContentLanguage, DiscStyle } from '../types';

export interface DiscGuidance {
  name: string;
  summary: string;
  open: string;
  length: string;
  leadWith: string;
  avoid: string;
  tips: string[];
}

/** How a reply's shape changes per style; read by the suggestion engine and the draft coach. */
export interface DiscShape {
  maxSentences: number;
  warmth: 'low' | 'medium' | 'high';
  detail: 'low' | 'medium' | 'high';
  outcomeFirst: boolean;
  stepByStep: boolean;
}

// From seed 004: D wants results fast (be brief), I values connection (warmth), S needs time (patience,
// support), C wants accuracy (detailed facts, a clear plan). Worded as a guess about how someone prefers
// to be spoken to in this conversation, never as a judgement of the person.
export const DISC_SHAPE: Record<DiscStyle, DiscShape> = {
  D: { maxSentences: 3, warmth: 'low', detail: 'low', outcomeFirst: true, stepByStep: false },
  I: { maxSentences: 5, warmth: 'high', detail: 'low', outcomeFirst: false, stepByStep: false },
  S: { maxSentences: 6, warmth: 'high', detail: 'medium', outcomeFirst: false, stepByStep: true },
  C: { maxSentences: 8, warmth: 'medium', detail: 'high', outcomeFirst: false, stepByStep: true },
};

export const DISC_GUIDANCE: Record<DiscStyle, Record<ContentLanguage, DiscGuidance>> = {
  D: {
    en: {
      name: 'Direct (D)',
      summary: 'Seems to prefer quick, clear answers focused on the result.',
      open: 'Skip the long preamble: one line of acknowledgement, then the answer.',
      length: 'Short: two or three sentences.',
      leadWith: 'The outcome and when it will happen.',
      avoid: 'Long explanations, repeated apologies, and open-ended questions.',
      tips: [
        'Put the result in the first sentence.',
        'Give a firm time frame you can keep.',
        'Offer a clear choice instead of many options.',
        'Keep one apology, then move to the fix.',
      ],
    },
    'zh-Hans': {
      name: '直接型(D)',
      summary: '看起来更喜欢快速、清楚、以结果为重点的回答。',
      open: '简短确认一句,随即给出答案,不必铺垫。',
      length: '简短:两三句即可。',
      leadWith: '先说结果,以及什么时候完成。',
      avoid: '冗长的解释、反复道歉和开放式提问。',
      tips: [
        '第一句就说明处理结果。',
        '给出能够兑现的明确时间。',
        '提供清楚的选择,不要罗列太多方案。',
        '道歉一次即可,接着说解决办法。',
      ],
    },
    'zh-Hant': {
      name: '直接型(D)',
      summary: '看起來比較喜歡快速、清楚、以結果為重點的回覆。',
      open: '簡短確認一句,接著直接給答案,不用鋪陳。',
      length: '簡短:兩三句就好。',
      leadWith: '先講結果,以及什麼時候完成。',
      avoid: '冗長的說明、一再道歉和開放式問題。',
      tips: [
        '第一句就交代處理結果。',
        '給出做得到的明確時間。',
        '提供清楚的選項,不要列太多方案。',
        '道歉一次就好,接著說怎麼解決。',
      ],
    },
  },
  I: {
    en: {
      name: 'Expressive (I)',
      summary: 'Seems to enjoy a friendly, personal exchange and values the connection.',
      open: 'Greet them warmly, by name if you can, and respond to what they shared.',
      length: 'Medium, conversational.',
      leadWith: 'Warmth and shared enthusiasm, then the solution in plain words.',
      avoid: 'A cold, scripted tone or a wall of technical detail.',
      tips: [
        'Mirror their friendliness without overdoing it.',
        'Acknowledge the story or feeling they mentioned.',
        'Keep details light; offer more if they want it.',
        'End on a positive, personal note.',
      ],
    },
    'zh-Hans': {
      name: '表达型(I)',
      summary: '看起来喜欢友好、有人情味的交流,重视情感联系。',
      open: '热情地问候,尽量称呼对方,并回应对方分享的内容。',
      length: '适中,像聊天一样。',
      leadWith: '先表达温暖和共鸣,再用浅白的话说明解决办法。',
      avoid: '冷冰冰的套话,或大段技术细节。',
      tips: [
        '适度呼应对方的热情。',
        '回应对方提到的经历或感受。',
        '细节点到为止,对方需要再补充。',
        '用积极、亲切的话收尾。',
      ],
    },
    'zh-Hant': {
      name: '表達型(I)',
      summary: '看起來喜歡友善、有人情味的交流,重視情感上的連結。',
      open: '熱情地打招呼,盡量稱呼對方,並回應對方分享的內容。',
      length: '適中,像聊天一樣。',
      leadWith: '先表達溫暖與共鳴,再用白話說明解決方式。',
      avoid: '冷冰冰的制式用語,或一大段技術細節。',
      tips: [
        '適度回應對方的熱情。',
        '回應對方提到的經歷或感受。',
        '細節點到為止,對方需要再補充。',
        '用正面、親切的話收尾。',
      ],
    },
  },
  S: {
    en: {
      name: 'Steady (S)',
      summary: 'Seems to prefer a calm, patient pace and reassurance before changes.',
      open: 'Thank them for reaching out and reassure them that you will help.',
      length: 'Medium, unhurried.',
      leadWith: 'Reassurance, then clear next steps one at a time.',
      avoid: 'Rushing them, pressure to decide now, or sudden changes without explanation.',
      tips: [
        'Explain what will stay the same as well as what changes.',
        'Number the next steps and say who does each one.',
        'Tell them they can come back with questions any time.',
        'Confirm you will follow up, and when.',
      ],
    },
    'zh-Hans': {
      name: '稳健型(S)',
      summary: '看起来更喜欢平和、耐心的节奏,在变化前需要安心。',
      open: '感谢对方联系我们,并让对方放心我们会帮忙。',
      length: '适中,语气从容。',
      leadWith: '先让对方安心,再一步一步说明接下来怎么做。',
      avoid: '催促对方、要求马上决定,或不加解释地做出变动。',
      tips: [
        '说明哪些会改变,也说明哪些保持不变。',
        '把下一步编号列出,并说明由谁来做。',
        '告诉对方随时可以再来询问。',
        '约定回访的时间并做到。',
      ],
    },
    'zh-Hant': {
      name: '穩健型(S)',
      summary: '看起來比較喜歡平穩、有耐心的節奏,在改變之前需要安心。',
      open: '謝謝對方與我們聯絡,並讓對方放心我們會協助。',
      length: '適中,語氣從容。',
      leadWith: '先讓對方安心,再一步一步說明接下來怎麼做。',
      avoid: '催促對方、要求立刻決定,或沒有說明就做出變動。',
      tips: [
        '說明哪些會改變,也說明哪些維持不變。',
        '把下一步編號列出,並說明由誰負責。',
        '告訴對方隨時都可以再來詢問。',
        '約好回覆的時間並且做到。',
      ],
    },
  },
  C: {
    en: {
      name: 'Precise (C)',
      summary: 'Seems to value accuracy, specifics and a clear plan.',
      open: 'Restate their question precisely so they see you read it closely.',
      length: 'As long as the facts need, well structured.',
      leadWith: 'Exact facts: numbers, dates, references and the reason behind them.',
      avoid: 'Vague promises, rounding, or claims you cannot back up.',
      tips: [
        'Answer each of their questions in order.',
        'Cite the policy, document or record you rely on.',
        'Give exact figures and dates; say what is not yet known.',
        'Lay out the plan as numbered steps.',
      ],
    },
    'zh-Hans': {
      name: '严谨型(C)',
      summary: '看起来重视准确、细节和清晰的计划。',
      open: '准确复述对方的问题,让对方知道我们认真看过。',
      length: '按事实需要展开,条理清楚。',
      leadWith: '确切的事实:数字、日期、依据以及原因。',
      avoid: '含糊的承诺、约略的数字,或无法证实的说法。',
      tips: [
        '按顺序逐一回答对方的问题。',
        '注明所依据的政策、文件或记录。',
        '给出准确的金额和日期;尚不确定的要说明。',
        '把处理计划分步骤编号列出。',
      ],
    },
    'zh-Hant': {
      name: '嚴謹型(C)',
      summary: '看起來重視準確、細節與清楚的計畫。',
      open: '精準地重述對方的問題,讓對方知道我們有仔細看過。',
      length: '依事實需要說明,條理分明。',
      leadWith: '確切的事實:數字、日期、依據和原因。',
      avoid: '模糊的承諾、約略的數字,或無法佐證的說法。',
      tips: [
        '依序逐一回答對方的問題。',
        '註明所依據的政策、文件或紀錄。',
        '提供準確的金額與日期;尚未確定的要說明。',
        '把處理計畫分步驟編號列出。',
      ],
    },
  },
};
