import type { CoachRule } from './types';

// Families rather than phrases: 您/你 + 沒/忘/錯 verb classes, 我們 + 不了/無法, rule words + 不允許…,
// each with the guard that keeps the kind reading clean. Every repeat is bounded, so long drafts stay linear.

/** Hypotheticals and worries, not accusations: 如果您沒收到… / 以免您填錯 */
const CONDITIONAL_BEFORE = /(?:如果|若|要是|萬一|假如|是否|是不是|以免|避免|防止|怕|擔心|不管|即使)$/;
/** Reassurance that shares words with blame: 您沒注意到也很正常 / 不是您的錯 */
const KIND_WORDS = /沒關係|不要緊|沒事的|別擔心|不用擔心|不怪[您你]|不是[您你]的錯|很正常|難免|常見|抱歉|對不起/;
/** The same, plus a hypothetical anywhere in the sentence: 您要是沒收到… */
const REASSURES = new RegExp(`要是|如果|假如|萬一|${KIND_WORDS.source}`);
/** The agent owns the failure somewhere in the draft. */
const OWNS_IT =
  /抱歉|對不起|道歉|不好意思|(?:我們|我|我方|本店)(?:這邊)?(?:的)?(?:失誤|疏忽|責任|錯)|是我們|怪我們|(?:我們|我)沒(?:有)?(?:做好|安排好|處理好|注意到|及時)/;
/** A refusal that turns straight to what the agent will do instead. */
const PIVOT = /(?:但|不過|可是)(?:是)?(?:我|我們)?(?:已經|可以|會|馬上|先|這邊|能|幫)|可以(?:為|給|幫)[您你]|改為|換成/;
/** A rule named to grant something. */
const GRANTS = /(?<!不)可以|享受|有權|符合|(?<!不能|不會|沒法|無法)[為給幫]您/;

/** A refusal that names the rule is the policy rule's to flag; one note per move is enough. */
const PIVOT_OR_RULE = new RegExp(`${PIVOT.source}|規定|政策|條款|規則`);
const ABSOLUTE_ALT = '我這邊可以為您…';
const POLICY_ALT = '我這邊可以為您爭取的是';
const FAULT_VERBS =
  '(?:問清楚|問|咨詢|說清楚|看清楚|仔細|認真|及時|提前|當場|按|按照|照|注意|留意|看|讀|閱讀|核對|檢查|確認|啟用|開通|點|點擊|填|填寫|選|選擇|勾選|保存|提交|查看|更新|綁定|登記|備注|聯絡|聯繫|告知|告訴|說明|申請|付款|簽收)';

export const ZH_HANT_COMPOSED_RULES: readonly CoachRule[] = [
  // — 指責客戶 —
  {
    id: 'hant-blame-you-omitted',
    kind: 'blame',
    pattern: new RegExp(
      `[您你](?!的)(?:自己|當時|之前|下單時|付款時|買之前|下單前)?[^，。！？；我]{0,10}?(?:沒有|沒|未|忘記|忘了)(?:有)?${FAULT_VERBS}`,
    ),
    notBefore: CONDITIONAL_BEFORE,
    notInSentence: REASSURES,
    alternative: '這一步可能沒有完成，我來幫您補上',
  },
  {
    id: 'hant-blame-you-got-it-wrong',
    kind: 'blame',
    pattern:
      /[您你](?:自己|當時|之前|下單時|付款時)?[^，。！？；我]{0,10}?(?:填|輸|寫|選|點|按|弄|記|裝|設定|設置|操作|拍|下單|使用|保管|安裝)(?:的|得)?(?:就|也|都)?(?:錯|不對|有誤|不正確|不當)/,
    notBefore: CONDITIONAL_BEFORE,
    notInSentence: REASSURES,
    alternative: '信息可能沒對上，我來幫您核對一下',
  },
  {
    id: 'hant-blame-so-it-happened',
    kind: 'blame',
    pattern:
      /[您你][^。！？我]{0,12}?(?:沒|未|忘|錯|不對|不當|不夠|太多|太晚|超過)[^。！？]{0,14}?(?:所以|因此)?才(?:會|導致|造成|出現|失敗|報錯|沒)|(?:是|都是)[您你](?:自己)?[^，。！？]{0,8}?(?:造成|導致|引起)的/,
    notInSentence: REASSURES,
    alternative: '我來說明一下原因，並幫您處理好',
  },
  {
    id: 'hant-blame-if-only-you',
    kind: 'blame',
    pattern:
      /(?:要是|如果|假如|早知道)[您你](?:當時|之前|早點|早|提前|有先|有仔細|有認真|有看|有注意|仔細|認真|多)[^。！？]{0,16}?就(?:不會|知道|明白|不用|不至於|沒事)/,
    alternative: '接下來最快的辦法是',
  },
  {
    id: 'hant-blame-you-chose-it',
    kind: 'blame',
    pattern:
      /[您你]自己(?:點|選|填|確認|同意|勾選|下單|操作|刪|取消|申請)(?:掉|錯|除)?(?:了|的)|誰叫[您你]|(?:是|這是|屬於)[您你](?:這邊|那邊|自己)?(?:的)?(?:操作|使用|網路|網絡|設備|手機|電腦|設置|帳號|個人)(?:的)?(?:問題|原因|不好|不穩定|有問題|不當)/,
    alternative: '我們一起來看看怎麼處理',
  },

  {
    id: 'hant-blame-your-choice-your-data',
    kind: 'blame',
    pattern:
      /(?:當初|當時)是[您你]|是[您你]自己(?:要|選|同意|堅持|決定|非要)|[您你]自己(?:要|非要|堅持)(?:選|買|用)|[您你](?:提供|填寫|留|給|輸入|上傳|發)的[^，。！？]{0,6}?(?:有誤|不對|錯了|不正確|不全|不完整)|(?:問題|原因)(?:是)?(?:出在|在於)[您你]|[您你](?:要是|當時要是|早點|早)[^。！？]{0,16}?(?:根本|就|也)不會(?:出現|發生|這樣|有這種)|根本不會(?:出現|發生)這種/,
    notBefore: CONDITIONAL_BEFORE,
    notInSentence: KIND_WORDS,
    alternative: '我們一起來看看怎麼處理',
  },
  {
    id: 'hant-blame-you-should',
    kind: 'blame',
    pattern: /[您你](?:本來|當時|當初)?(?:應該|應當|早該|該)(?:早點|早些|提前|自己|及時)/,
    notAfter: /^(?:收到|會|能|可以|已經|就能)/,
    alternative: '接下來最快的辦法是',
  },

  // — 推卸責任 —
  {
    id: 'hant-def-not-on-us',
    kind: 'defensive',
    pattern:
      /問題(?:並|根本)?不(?:在|是出在)(?:我們|我|本店|我方)|(?:要|得|只能|應該)?怪(?:快遞|物流|貨運|宅配|銀行|廠家|廠商|天氣|倉庫|第三方|原廠|平台|商家)|[跟和與](?:我們|我|本店|我方)(?:店|公司|這邊)?(?:並|真的|完全|可)?(?:無關|沒(?:有)?(?:什麼|任何|啥)?關係)/,
    alternative: '我來負責跟進這件事',
  },
  {
    id: 'hant-def-out-of-my-hands',
    kind: 'defensive',
    pattern:
      /(?:我們|我)(?:這邊)?(?:也|就|都|真的)?(?:控制|管|左右|決定|干涉|負責)不了|做不了主|說了不算|(?:沒有|無)權(?:限)?(?:處理|決定|操作)|我(?:只是|就是|不過是)(?:一個|個)?(?:小)?(?:客服|打工的|員工|傳話的)/,
    alternative: '我幫您找能處理的同事，並跟進結果',
  },
  {
    id: 'hant-def-go-ask-them',
    kind: 'defensive',
    pattern:
      /[您你](?:需要|要|得|可以|只能)?(?:自己)?去?(?:問|找|聯絡|聯繫|咨詢)(?:一下)?(?:原廠|廠家|廠商|快遞|物流|銀行|貨運|宅配|賣家|品牌方?|售後)/,
    notInSentence: /我(?:們)?(?:會|來|幫|已經|替)/,
    alternative: '我這邊幫您聯絡|聯繫對方跟進',
  },
  {
    id: 'hant-def-we-were-on-time',
    kind: 'defensive',
    pattern:
      /(?:我們|我)(?:這邊)?(?:已經|都|是)?(?:按時|及時|準時|很早就|早就)(?:發貨|出貨|發出|處理|寄出)(?:了)?[^。！？]{0,6}?(?:，|,)/,
    notInSentence: /抱歉|對不起|不過|但/,
    alternative: '我來查一下包裹現在的情況',
  },

  {
    id: 'hant-def-not-ours-to-bear',
    kind: 'defensive',
    pattern:
      /(?:沒辦法|無法|不能|不會|不)(?:負責|承擔責任|負這個責)|(?:我們|我)(?:已經|都)?盡力了|剩下的(?:要|就|只能)?(?:看|靠|是|歸)|鍋(?:我們|我)?(?:可)?不背|背鍋|甩鍋|(?:我們|我)只(?:負責|管)|不歸(?:我們|我)(?=[。！，,]|$)|(?:我們|我)(?:也)?(?:很|挺|非常)?無奈|(?:我們|我)也是受害者|[您你](?:自己)?去?找(?:他們|她們|對方|商家|賣家)(?:吧|去)|(?:是|這是|都是)(?:第三方|商家|賣家|供應商|廠商|合作方)(?:公司|商家)?的(?:問題|錯|責任)/,
    notInSentence: /抱歉|對不起|但(?:是)?我|不過我/,
    alternative: '我來負責跟進這件事',
  },

  // — 輕視、打發 —
  {
    id: 'hant-dis-small-matter',
    kind: 'dismissive',
    pattern:
      /這點(?:小)?事|一點小事|小事一樁|這麼點(?:小)?事|(?:不用|沒必要|用不著|犯不著)(?:這麼|那麼)(?:著急|急|生氣|激動|緊張|大驚小怪)|沒(?:有)?必要(?:投訴|客訴|差評|負評|鬧|生氣|這樣|激動)|其實很簡單|有(?:什麼|啥)難的/,
    alternative: '我理解這件事對您很重要',
  },
  {
    id: 'hant-dis-told-you',
    kind: 'dismissive',
    pattern:
      /我(?:都|不是|早|之前|剛剛|剛才)?(?:說|講)過(?:了)|不是(?:說|講|告訴[您你])(?:過|了)(?:嗎|嘛|麼)|再(?:強調|重複)(?:一次|一遍|一下)|再(?:說|講)(?:一次|一遍)|重申|(?:我)?再次強調/,
    notBefore: /[您你]$/,
    alternative: '我再整理一下要點：',
  },
  {
    id: 'hant-dis-just-wait',
    kind: 'dismissive',
    pattern: /等著吧|(?:自然|到時候自然|遲早)(?:會|就)(?:到|好|有)|[您你](?:就|只能|只好)(?:等|耐心等)(?:著|吧)/,
    alternative: '我會幫您盯著，有進展第一時間告訴您',
  },

  {
    id: 'hant-dis-brush-off',
    kind: 'dismissive',
    pattern:
      /(?:說|講|解釋|強調|重複)(?:了|過)(?:[一二兩三四五六七八九十幾\d]+|好幾|很多|無數)(?:遍|次)|聽我(?:說|講)完|讓我(?:說|講)完|何必|較真|斤斤計較|(?:說|講)了[您你]也不(?:懂|明白)|(?:鬧|吵|催|發火|罵)(?:也|都)?沒(?:有)?用|[您你]?別(?:想太多|多想|胡思亂想)|(?:看清楚|仔細看|好好看)(?:一下)?(?:我)?(?:的)?(?:上一條|上條|之前的?|前面的?|剛才的?)|(?:別|不要)(?:總是|一直|老是|再)催|催(?:也|都)(?:快不了|沒用)|百度一下|Google一下|估狗一下|上網查一下|(?:自己)?(?:搜|查)一下就(?:知道|有)|網上都有/,
    alternative: '我理解您的心情，我來幫您處理',
  },

  // — 絕對否定 —
  {
    id: 'hant-abs-not-supported',
    kind: 'absolute',
    pattern:
      /(?:不支持|不允許|不開放|不提供|不接受|不受理|不予)(?:任何|再)?(?:修改|取消|退|換|更改|變更|補|開|延|售後|保價|申請|辦理|處理|疊加|合併|使用)|不退不換|恕(?:難|不)(?:配合|從命|接受|退|換|辦理)/,
    notInSentence: PIVOT_OR_RULE,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hant-abs-can-no-longer',
    kind: 'absolute',
    pattern:
      /(?:就|都|也|後|已經|則)(?:不能|無法|不可以|不可)(?:再)?(?:申請|使用|參加|享受|開|補|提供|更換|修|保修|售後|退款|退貨|改|取消|辦理)/,
    notBefore: /[您你](?:暫時|一直|目前|都|也|還)?$|讓[您你].{0,4}$/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hant-abs-cant-give',
    kind: 'absolute',
    pattern:
      /[給補退換賠修辦批改做發]不了|(?:我們|我)(?:這邊)?(?:也)?(?:給不出|拿不出|沒法給|不會給)|(?:我們|我)(?:這邊)?(?:是|也)?不會(?:幫|給|為|替)[您你](?:退|換|賠|補|處理|辦理|修|取消|改|延)/,
    notBefore: /讓[您你].{0,4}$/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hant-abs-regret',
    kind: 'absolute',
    pattern: /(?:很|非常)?遺憾[，,]?\s*(?:我們|我|這邊)?(?:無法|不能|沒辦法|不可以|沒法)/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },

  {
    id: 'hant-abs-subjectless',
    kind: 'absolute',
    pattern:
      /(?:^|[，。！,])\s*(?:暫時|目前|實在|確實|真的)?(?:無法|不能|沒法)(?:為|給|幫)?[您你]?(?:處理|辦理|退|換|修|補|安排|操作|提供)|(?:滿足|答應|同意)不了|(?:無法|不能|沒法)(?:滿足|答應|同意)|一概不|概不/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },

  // — 拿規定擋 —
  {
    id: 'hant-pol-rule-forbids',
    kind: 'policy',
    pattern:
      /(?:政策|規定|規則|條款|制度|流程)(?:上|裡)?(?:明確|寫明|寫著)?(?:是)?(?:不允許|不支持|不接受|不能|不可以|禁止|必須|只能|就是)|(?:公司|平台|上面|總部|店鋪|系統|領導)(?:的)?(?:要求|規定)(?:必須|一定要|只能|不能|不允許|不可以)/,
    notInSentence: GRANTS,
    alternative: POLICY_ALT,
  },

  {
    id: 'hant-pol-rule-named',
    kind: 'policy',
    pattern:
      /(?:按|按照|根據|依照|依據)[^，。！？]{0,6}?(?:條款|協議|合同|規定|政策|規則|制度)|(?:這|這是|這就是|都是)(?:公司|平台|我們|店鋪|官方|總部)?(?:的)?(?:規則|政策|制度|規矩)|(?:硬性|明確|明文|嚴格)(?:的)?規定|(?:公司|平台|店鋪|我們)有規定|照章辦事|按章辦事|(?:規定|條款|政策)(?:寫得|說得)?(?:明明白白|清清楚楚)/,
    notInSentence: GRANTS,
    alternative: POLICY_ALT,
  },

  // — 沒有擔當 —
  {
    id: 'hant-own-thing-went-wrong',
    kind: 'no-ownership',
    pattern:
      /(?:包裹|訂單|快遞|貨物|商品|付款|退款|帳戶|帳號|預約|申請|貨)[^，。！？我]{0,10}?(?:丟失|遺失|丟了|弄丟|延誤|被延遲|延遲發貨|延後出貨|延遲出貨|被取消|卡住了|卡在|被退回|損壞|壞了|沒有成功|沒成功|失敗了|出錯了|被凍結|被攔截)/,
    notInSentence: /我們|我方|本店|我/,
    notInDraft: OWNS_IT,
    alternative: '是我們這邊沒處理好，非常抱歉',
  },
  {
    id: 'hant-own-circumstance',
    kind: 'no-ownership',
    pattern:
      /(?:由於|因為|受)(?:網路|網絡|系統|技術|物流|庫存|人手|流量|運輸|運送|後台|平台)(?:的)?(?:故障|問題|原因|異常|不足|緊張|影響|繁忙)/,
    notInDraft: OWNS_IT,
    alternative: '是我們這邊沒跟上，非常抱歉',
  },

  {
    id: 'hant-own-something-went-wrong',
    kind: 'no-ownership',
    pattern:
      /(?:出現|發生|出)了?(?:一些|一點|點|些)?(?:小)?(?:問題|狀況|差錯|異常|故障|失誤)|(?:因為|由於)(?:一些|某些|種種|各種)原因|因故|(?:訂單|單量|咨詢|包裹)(?:量)?(?:激增|暴增|猛增|太多|過多)|爆單|有所延(?:遲|誤)|(?:由於|因為)(?:操作|工作|人為|處理|溝通)(?:上的)?(?:失誤|疏忽|錯誤|問題)|被(?:重複|多|錯誤|誤)(?:扣|扣款|扣除|收費|收取|取消|刪除|凍結|關閉|退回|拒絕)/,
    notInSentence: /我|如果|要是|萬一|若|是否/,
    notInDraft: OWNS_IT,
    alternative: '是我們這邊出了問題，非常抱歉',
  },

  // — 諷刺 —
  {
    id: 'hant-sar-markers',
    kind: 'sarcasm',
    pattern:
      /厲害了|好棒棒|棒棒噠|真是服了|服了[您你]|佩服佩服|了不起哦|這(?:樣|都|也)(?:也|都)?能[^，。！？]{0,6}?(?:壞|錯|丟|忘|弄)|[您你](?:總算|終於)(?:看到|捨得|肯|知道|明白|找到|想起|看懂|讀|回)|[您你]說(?:是|什麼)就是(?:什麼)?吧?|[您你]說了算|[您你]的[“"「『][^”"」』]{1,6}[”"」』]|您真(?:是)?(?:太)?(?:有才|能幹)|真有[您你]的/,
    alternative: '我明白您的意思，我來幫您處理。',
  },
  {
    id: 'hant-sar-mock-praise',
    kind: 'sarcasm',
    pattern:
      /[您你](?:可)?真是太?(?:有耐心|厲害|能幹|聰明|有才|會說|會挑|了不起)了|[您你]真是我見過(?:的)?最|要不[您你]來(?:做|當|干)|[您你]這麼(?:懂|厲害|專業)[，,]|對對對|好好好|(?:哦|噢|喲)[，,]?\s*原來/,
    notInSentence: /感謝|謝謝/,
    alternative: '我明白您的意思，我來幫您處理。',
  },
];
