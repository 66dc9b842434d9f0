import type { ContentLanguage } from '@/lib/types';

export type CareExerciseId =
  | 'six-second-pause'
  | 'box-breathing'
  | 'calm-breath'
  | 'balloon'
  | 'separate-behaviour'
  | 'ask-for-help';

export interface CareExercise {
  id: CareExerciseId;
  title: string;
  steps: string[];
}

export interface CareContent {
  title: string;
  intro: string;
  exercises: CareExercise[];
}

export type BreathPhase = 'in' | 'hold-in' | 'out' | 'hold-out';

/** Box breathing: four equal sides of four seconds, the pace most guides teach for a first try. */
export const BOX_BREATHING: ReadonlyArray<{ phase: BreathPhase; seconds: number }> = [
  { phase: 'in', seconds: 4 },
  { phase: 'hold-in', seconds: 4 },
  { phase: 'out', seconds: 4 },
  { phase: 'hold-out', seconds: 4 },
];

export const BREATH_LABELS: Record<ContentLanguage, Record<BreathPhase, string>> = {
  en: { in: 'Breathe in', 'hold-in': 'Hold', out: 'Breathe out', 'hold-out': 'Hold' },
  'zh-Hans': { in: '吸气', 'hold-in': '屏住', out: '呼气', 'hold-out': '停一下' },
  'zh-Hant': { in: '吸氣', 'hold-in': '憋住', out: '吐氣', 'hold-out': '停一下' },
};

// The methods come from the seeds (000, 003, 004): the six-second pause, deep breathing,
// 心平气和法, 气球想象法, separating the behaviour from the person, and asking for support.
export const CARE_CONTENT: Record<ContentLanguage, CareContent> = {
  en: {
    title: 'A moment for you',
    intro: 'This one is rough. The anger is about the situation, not about you. Take a breath before you reply.',
    exercises: [
      {
        id: 'six-second-pause',
        title: 'Six-second pause',
        steps: [
          'Take your hands off the keyboard.',
          'Count slowly to six. The first surge of feeling fades in about that long.',
          'Then ask yourself: what does this person actually need?',
        ],
      },
      {
        id: 'box-breathing',
        title: 'Box breathing',
        steps: [
          'Breathe in through your nose for 4.',
          'Hold for 4.',
          'Breathe out slowly for 4.',
          'Hold for 4. Repeat three or four times.',
        ],
      },
      {
        id: 'calm-breath',
        title: 'Settle your breath',
        steps: [
          'Drop your shoulders and unclench your jaw.',
          'Let each out-breath be a little longer than the in-breath.',
          'After a few breaths, read the message once more, slowly.',
        ],
      },
      {
        id: 'balloon',
        title: 'Balloon',
        steps: [
          'Picture the tension as air filling a balloon.',
          'With each slow breath out, let a little of that air go.',
          'Watch the balloon float away, lighter each time.',
        ],
      },
      {
        id: 'separate-behaviour',
        title: 'The behaviour, not the person',
        steps: [
          'The harsh words are about a problem they hit, not about who you are.',
          'Name the need under the anger: a refund, an answer, being heard.',
          'Reply to that need. You do not have to answer the tone.',
        ],
      },
      {
        id: 'ask-for-help',
        title: 'Ask for help',
        steps: [
          'Asking a colleague or supervisor to look at this is fine. It is part of the job.',
          'If the customer is abusive, you can hand the conversation over.',
          'After a hard one, a short walk or a glass of water helps.',
        ],
      },
    ],
  },
  'zh-Hans': {
    title: '先照顾一下自己',
    intro: '这段对话不容易。对方的情绪针对的是事情，不是你。回复前，先缓一口气。',
    exercises: [
      {
        id: 'six-second-pause',
        title: '6秒暂停',
        steps: ['手先离开键盘。', '慢慢数到六，最冲的那股情绪大约就过去了。', '再问问自己：对方真正需要的是什么？'],
      },
      {
        id: 'box-breathing',
        title: '方块呼吸',
        steps: ['用鼻子吸气，数4秒。', '屏住，数4秒。', '慢慢呼气，数4秒。', '停一下，数4秒。重复三到四轮。'],
      },
      {
        id: 'calm-breath',
        title: '心平气和法',
        steps: ['放松肩膀，松开咬紧的牙关。', '让每次呼气比吸气长一点。', '几轮之后，再慢慢读一遍对方的消息。'],
      },
      {
        id: 'balloon',
        title: '气球想象法',
        steps: ['把心里的火气想象成正在充进气球的空气。', '每慢慢呼一口气，就放掉一点。', '看着气球越来越轻，飘走。'],
      },
      {
        id: 'separate-behaviour',
        title: '区分行为与人格',
        steps: [
          '难听的话是冲着遇到的问题，不是冲着你这个人。',
          '找出情绪背后的需求：退款、答复，还是被重视。',
          '回应这个需求就好，不必回应语气。',
        ],
      },
      {
        id: 'ask-for-help',
        title: '找人帮忙',
        steps: [
          '请同事或主管帮忙看一下，完全没问题，这本来就是工作的一部分。',
          '如果对方辱骂你，可以把对话转交出去。',
          '处理完难缠的对话，起身走走、喝口水。',
        ],
      },
    ],
  },
  'zh-Hant': {
    title: '先照顧一下自己',
    intro: '這段對話不好應付。對方的情緒是衝著事情來的，不是衝著你。回覆之前，先喘口氣。',
    exercises: [
      {
        id: 'six-second-pause',
        title: '6秒暫停',
        steps: ['手先離開鍵盤。', '慢慢數到六，最衝的那股情緒差不多就會過去。', '再問問自己：對方真正需要的是什麼？'],
      },
      {
        id: 'box-breathing',
        title: '方塊呼吸',
        steps: ['用鼻子吸氣，數 4 秒。', '憋住，數 4 秒。', '慢慢吐氣，數 4 秒。', '停一下，數 4 秒。重複三到四輪。'],
      },
      {
        id: 'calm-breath',
        title: '心平氣和法',
        steps: ['放鬆肩膀，鬆開咬緊的牙關。', '讓每次吐氣比吸氣再長一點。', '幾輪之後，再慢慢讀一次對方的訊息。'],
      },
      {
        id: 'balloon',
        title: '氣球想像法',
        steps: ['把心裡的火氣想像成正在灌進氣球的空氣。', '每慢慢吐一口氣，就放掉一點。', '看著氣球越來越輕，飄走。'],
      },
      {
        id: 'separate-behaviour',
        title: '區分行為與人格',
        steps: [
          '難聽的話是衝著碰到的問題，不是衝著你這個人。',
          '找出情緒背後的需求：退款、答覆，還是被重視。',
          '回應這個需求就好，不用回應口氣。',
        ],
      },
      {
        id: 'ask-for-help',
        title: '找人幫忙',
        steps: [
          '請同事或主管幫忙看一下，完全沒問題，這本來就是工作的一部分。',
          '如果對方辱罵你，可以把對話轉給別人處理。',
          '處理完難搞的對話，起來走一走、喝杯水。',
        ],
      },
    ],
  },
};
