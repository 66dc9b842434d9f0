import type { ContentLanguage } from '@/lib/types';

// Pairs of characters that differ between the scripts and are common in service replies; a draft
// leans to whichever side it uses more. Kept here rather than shared with lib/analysis on purpose:
// the coach only needs a cheap local guess about one short text.
const SIMPLIFIED_ONLY =
  '这们个为说时会来对发经么题问还没过关进后给请谢单务决处办应该现认让帮间开门买卖货钱账号实将与东车长见觉样话边难欢统确联络订费气烦虑担忧绝规则错责网页码显换补偿赔尽递运输达记录态惯验证种几从点两万亿马冲击续爱纪专业轻须级损坏当条写里听读选谁图书额银币仓库优质产员电脑机线连结载邮阅释观视险签围际尔纸园汇虽备场总团';
const TRADITIONAL_ONLY =
  '這們個為說時會來對發經麼題問還沒過關進後給請謝單務決處辦應該現認讓幫間開門買賣貨錢帳號實將與東車長見覺樣話邊難歡統確聯絡訂費氣煩慮擔憂絕規則錯責網頁碼顯換補償賠盡遞運輸達記錄態慣驗證種幾從點兩萬億馬衝擊續愛紀專業輕須級損壞當條寫裡聽讀選誰圖書額銀幣倉庫優質產員電腦機線連結載郵閱釋觀視險簽圍際爾紙園匯雖備場總團';

const HAN = /\p{Script=Han}/u;
const LATIN_LETTER = /[A-Za-z]/;

/** Below this many letters plus Han characters, the draft says too little to tell its language. */
const MIN_SIGNAL = 2;
/** Share of Han among letters+Han above which the draft counts as Chinese (a stray English order id or brand name should not flip it). */
const CJK_SHARE = 0.25;

export interface DraftLanguageGuess {
  lang: ContentLanguage;
  /** False when the text was too short or gave no script evidence, so a caller's hint should win. */
  confident: boolean;
}

export function guessDraftLanguage(text: string): DraftLanguageGuess {
  let han = 0;
  let latin = 0;
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (HAN.test(ch)) {
      han++;
      if (SIMPLIFIED_ONLY.includes(ch)) simplified++;
      else if (TRADITIONAL_ONLY.includes(ch)) traditional++;
    } else if (LATIN_LETTER.test(ch)) {
      latin++;
    }
  }
  // Latin letters come roughly five to a word, Han one per word-ish unit; compare like with like.
  const latinUnits = latin / 5;
  if (han + latinUnits < MIN_SIGNAL) return { lang: 'en', confident: false };
  if (han / (han + latinUnits) < CJK_SHARE) return { lang: 'en', confident: true };
  if (traditional > simplified) return { lang: 'zh-Hant', confident: true };
  if (simplified > traditional) return { lang: 'zh-Hans', confident: true };
  return { lang: 'zh-Hans', confident: false };
}
