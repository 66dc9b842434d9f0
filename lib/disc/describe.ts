import type { ContentLanguage, DiscCue } from '../types';

type Labels = Record<ContentLanguage, string>;

// Plain descriptions of what the customer did, never of who they are.
export const CUE_LABELS: Record<string, Labels> = {
  deadline: {
    en: 'asks for it soon (today, now)',
    'zh-Hans': '希望尽快处理(马上、今天)',
    'zh-Hant': '希望盡快處理(馬上、今天)',
  },
  'bottom-line': { en: 'asks for the bottom line', 'zh-Hans': '希望直接说重点', 'zh-Hant': '希望直接講重點' },
  imperative: {
    en: 'asks in a direct instruction',
    'zh-Hans': '用直接的指令提出要求',
    'zh-Hant': '用直接的指令提出要求',
  },
  results: { en: 'asks about the outcome', 'zh-Hans': '关心结果', 'zh-Hant': '關心結果' },
  'firm-request': {
    en: 'states clearly what they want',
    'zh-Hans': '明确说出想要的结果',
    'zh-Hant': '明確說出想要的結果',
  },
  decision: {
    en: 'decides quickly ("do it", "that\'s all")',
    'zh-Hans': '很快做决定(就这么办)',
    'zh-Hant': '很快做決定(就這樣辦)',
  },
  'time-to-decide': { en: 'wants time to think it over', 'zh-Hans': '需要时间考虑', 'zh-Hant': '需要時間考慮' },
  understanding: {
    en: 'is understanding and appreciative',
    'zh-Hans': '体谅对方、表达感谢',
    'zh-Hant': '體諒對方、表達感謝',
  },
  routine: { en: 'mentions their usual routine', 'zh-Hans': '提到一贯的习惯', 'zh-Hant': '提到一貫的習慣' },
  'short-message': { en: 'writes short, to-the-point messages', 'zh-Hans': '消息简短直接', 'zh-Hant': '訊息簡短直接' },
  'terse-sentences': { en: 'uses short sentences', 'zh-Hans': '句子简短', 'zh-Hant': '句子簡短' },
  social: { en: 'chatty, friendly tone', 'zh-Hans': '语气亲切随和', 'zh-Hant': '語氣親切隨和' },
  feeling: { en: 'shares feelings and enthusiasm', 'zh-Hans': '表达感受和热情', 'zh-Hant': '表達感受和熱情' },
  story: { en: 'tells a personal story', 'zh-Hans': '分享个人经历', 'zh-Hant': '分享個人經歷' },
  'warm-greeting': { en: 'opens with a warm greeting', 'zh-Hans': '热情地打招呼', 'zh-Hant': '熱情地打招呼' },
  praise: { en: 'offers praise or recommendations', 'zh-Hans': '会夸奖或推荐', 'zh-Hant': '會稱讚或推薦' },
  emoticon: { en: 'uses emoticons', 'zh-Hans': '使用表情符号', 'zh-Hant': '使用表情符號' },
  emoji: { en: 'uses emoji', 'zh-Hans': '使用表情', 'zh-Hant': '使用表情' },
  exclamation: { en: 'uses exclamation marks', 'zh-Hans': '使用感叹号', 'zh-Hant': '使用驚嘆號' },
  'cheerful-sign-off': { en: 'signs off cheerfully', 'zh-Hans': '结尾轻松愉快', 'zh-Hant': '結尾輕鬆愉快' },
  particle: {
    en: 'uses friendly sentence particles',
    'zh-Hans': '常用语气词(啦、呀)',
    'zh-Hant': '常用語氣詞(啦、喔)',
  },
  tilde: { en: 'uses a playful tilde (~)', 'zh-Hans': '使用波浪号(~)', 'zh-Hant': '使用波浪號(~)' },
  apology: { en: 'apologises for asking', 'zh-Hans': '客气地表示打扰', 'zh-Hant': '客氣地表示打擾' },
  patience: { en: 'says there is no rush', 'zh-Hans': '表示不着急', 'zh-Hant': '表示不急' },
  hedge: { en: 'phrases things tentatively', 'zh-Hans': '措辞委婉', 'zh-Hant': '措辭委婉' },
  'worry-change': {
    en: 'worries about changes or side effects',
    'zh-Hans': '担心变化或影响',
    'zh-Hant': '擔心變化或影響',
  },
  reassurance: { en: 'checks they are doing it right', 'zh-Hans': '想确认自己做得对', 'zh-Hant': '想確認自己做得對' },
  guidance: { en: 'asks for step-by-step help', 'zh-Hans': '希望一步步指导', 'zh-Hant': '希望一步步引導' },
  gratitude: { en: 'thanks you warmly for your time', 'zh-Hans': '客气地道谢', 'zh-Hant': '客氣地道謝' },
  'polite-request': { en: 'asks politely', 'zh-Hans': '礼貌地请求', 'zh-Hant': '禮貌地請求' },
  greeting: { en: 'opens with a greeting', 'zh-Hans': '以问候开头', 'zh-Hant': '以問候開頭' },
  'sign-off': { en: 'closes with thanks', 'zh-Hans': '以致谢结尾', 'zh-Hant': '以致謝結尾' },
  precision: { en: 'asks for exact details', 'zh-Hans': '要求具体、准确的信息', 'zh-Hant': '要求具體、準確的資訊' },
  reference: {
    en: 'refers to terms, policy or documentation',
    'zh-Hans': '引用条款、政策或说明',
    'zh-Hant': '引用條款、政策或說明',
  },
  record: {
    en: 'cites records (invoice, screenshot, log)',
    'zh-Hans': '提到凭证(发票、截图、记录)',
    'zh-Hant': '提到憑證(發票、截圖、紀錄)',
  },
  spec: { en: 'mentions specifications', 'zh-Hans': '提到规格参数', 'zh-Hant': '提到規格參數' },
  'order-id': { en: 'gives an order number', 'zh-Hans': '提供订单号', 'zh-Hant': '提供訂單編號' },
  number: { en: 'gives exact amounts', 'zh-Hans': '给出具体数字', 'zh-Hant': '給出具體數字' },
  date: { en: 'gives dates or times', 'zh-Hans': '给出日期或时间', 'zh-Hant': '給出日期或時間' },
  version: { en: 'gives a version number', 'zh-Hans': '给出版本号', 'zh-Hant': '給出版本號' },
  figure: { en: 'gives several figures', 'zh-Hans': '给出多个数字', 'zh-Hant': '給出多個數字' },
  'either-or': {
    en: 'asks which of two precise options applies',
    'zh-Hans': '追问两种情况中的哪一种',
    'zh-Hant': '追問兩種情況中的哪一種',
  },
  quote: { en: 'quotes the exact wording', 'zh-Hans': '引用原文', 'zh-Hant': '引用原文' },
  list: { en: 'lays points out as a list', 'zh-Hans': '分条列出问题', 'zh-Hant': '分條列出問題' },
  'many-questions': {
    en: 'asks several precise questions',
    'zh-Hans': '一次提出多个具体问题',
    'zh-Hant': '一次提出多個具體問題',
  },
};

/** A short, neutral phrase for the panel's "why we think so", e.g. "gives an order number". */
export function describeCue(cue: DiscCue, lang: ContentLanguage): string {
  return CUE_LABELS[cue.cue]?.[lang] ?? cue.cue;
}
