// Common characters written differently in Simplified and Traditional Chinese, as aligned pairs
// (错錯, 这這). Counting them tells a text's script; characters both scripts share (人, 我) say nothing.
// One table for the whole engine: the analysis layer's language detector and the coach's draft guess
// both read it. tests/unit/text/script-chars.test.ts checks every pair against OpenCC.
// 排隊 is left out on purpose: Simplified drafts carry it often enough (an IME's phrase memory) that it
// should not flip a draft's script on its own; the emotion packs still mark 队/隊 for the analysis layer.
const PAIRS =
  // Grammar and service words.
  '这這们們个個为為说說时時会會来來对對发發经經么麼题題问問还還没沒过過关關进進后後给給请請谢謝' +
  '单單务務决決处處办辦应應该該现現认認让讓帮幫间間开開门門买買卖賣货貨钱錢账賬账帳号號实實将將' +
  '与與东東车車长長见見觉覺样樣话話边邊难難欢歡统統确確联聯络絡订訂费費气氣烦煩虑慮担擔忧憂绝絕' +
  '规規则則错錯误誤责責网網页頁码碼显顯换換补補偿償赔賠尽盡递遞运運输輸达達记記录錄态態惯慣验驗' +
  '证證种種几幾从從点點两兩万萬亿億马馬冲衝击擊续續爱愛纪紀专專业業轻輕须須级級损損坏壞当當条條' +
  '写寫里裡听聽读讀选選谁誰图圖书書额額银銀币幣仓倉库庫优優质質产產员員电電脑腦机機线線连連结結' +
  '载載邮郵阅閱释釋观觀视視险險签簽围圍际際尔爾纸紙园園汇匯虽雖备備场場总總团團户戶频頻软軟体體' +
  // Everyday words and feelings, common in complaints.
  '鸟鳥鱼魚鸡雞饭飯饿餓汤湯乐樂学學习習动動无無钟鐘终終诉訴讼訟别別头頭离離远遠转轉乱亂伤傷' +
  '泪淚惊驚吓嚇怀懷骂罵恶惡脏髒凉涼贵貴骗騙滚滾妈媽罢罷卫衛吗嗎鲜鮮饮飲奋奮兴興庆慶';

/** The pairs as [Simplified, Traditional]; a Simplified character may have two Traditional forms (账 → 賬, 帳). */
export const SCRIPT_PAIRS: readonly (readonly [hans: string, hant: string])[] = Array.from(
  { length: PAIRS.length / 2 },
  (_, i) => [PAIRS[2 * i]!, PAIRS[2 * i + 1]!] as const,
);

/** Characters only Simplified writes, and only Traditional writes, as strings for `includes`. */
export const SIMPLIFIED_ONLY = [...new Set(SCRIPT_PAIRS.map(([s]) => s))].join('');
export const TRADITIONAL_ONLY = [...new Set(SCRIPT_PAIRS.map(([, t]) => t))].join('');
