import type { CoachRule } from './types';

/** A refusal that turns straight to what the agent is doing instead: 沒辦法保證幾點到，但我已經… */
const PIVOT =
  /[，,](?:我們|我哋|我)(?:這邊|呢邊)?(?:馬上|立刻|立即|即刻|現在就|正在|已經)|(?:但|不過)(?:是)?(?:我|我們)(?:已經|可以|會|馬上|先|這邊|願意|還是|一定)|(?:但|不過|可是)[^。！？]{0,12}?(?:可以|還有|能|幫您|為您|給您|替您|安排|已經)/;
const ABSOLUTE_ALT = '我這邊可以幫您…';
/** Clauses in which a rule that names a limit is actually granting something: 依規定您可以申請退款. */
const GRANTS = /可以|享有|有權|符合|為您|幫您|替您/;

export const ZH_HANT_RULES: readonly CoachRule[] = [
  // — 指責客戶 —
  {
    id: 'hant-blame-didnt-read',
    kind: 'blame',
    pattern: /[你您](?:自己)?(?:都|也)?沒(?:有)?(?:仔細|認真)?(?:看清楚?|看|讀|閱讀|注意|照著?|遵守|聽)/,
    notBefore: /(?:如果|若|要是|萬一|假如|是否)$/,
    notAfter: /^(?:到|見)/,
    alternative: '這一點確實很容易漏看，我再幫您說明一次：',
  },
  {
    id: 'hant-blame-own-doing',
    kind: 'blame',
    pattern:
      /[你您]自己(?:的)?(?:問題|原因|操作失誤|弄錯|搞錯|選錯|填錯|操作不當|選的|點的|同意的|買的|勾選?的|確認的|選擇的)/,
    alternative: '我們一起來看看怎麼處理',
  },
  {
    id: 'hant-blame-should-have',
    kind: 'blame',
    pattern:
      /[你您](?:當初|早就?|本來就?|之前就?)應該|[你您][^，。！？]{0,8}?應該(?:先|早點|提早|事先|自己|仔細)?(?:看清|看一下|確認|問|詢問|注意)/,
    // 您本來就應該得到更好的服務 says what the customer deserves.
    notAfter: /^(?:得到|享受|獲得|擁有|被)/,
    alternative: '接下來最快的做法是',
  },
  {
    id: 'hant-blame-your-fault',
    kind: 'blame',
    pattern: /是[你您](?:自己)?的(?:問題|錯|責任|疏失)/,
    notBefore: /不$/,
    alternative: '我來幫您把這件事處理好',
  },
  {
    id: 'hant-blame-who-told-you',
    kind: 'blame',
    pattern: /誰叫[你您]|誰讓[你您]/,
    alternative: '我們一起來看看怎麼處理',
  },
  {
    id: 'hant-blame-misuse',
    kind: 'blame',
    pattern: /[你您](?:自己)?操作(?:有誤|失誤|不當|錯誤|錯了)/,
    alternative: '這個步驟確實容易出錯',
  },

  {
    id: 'hant-blame-others-fine',
    kind: 'blame',
    pattern:
      /怪誰|[你您](?:自己)?[^，。！？]{0,6}?(?:不|沒)(?:仔細|認真)?看清|別人都(?:沒|沒有|不會)|只有[你您](?:有|這樣|會)|(?:其他|別的)(?:客人|客戶|顧客|人)都(?:沒|沒有|不)/,
    notBefore: /(?:如果|若|要是|萬一|假如|是否)$/,
    alternative: '謝謝您告訴我們，我來看看您這邊的狀況',
  },
  {
    id: 'hant-blame-you-got-wrong',
    kind: 'blame',
    pattern: /[你您](?:肯定|一定|應該|估計|大概)?(?:是)?(?:自己)?(?:填|輸|寫|選|弄|搞|操作|看|記|點)錯/,
    notBefore: /(?:如果|若|要是|萬一|假如|是否)$/,
    alternative: '資料可能沒對上，我來幫您核對一下',
  },
  {
    id: 'hant-blame-read-properly',
    kind: 'blame',
    pattern:
      /(?:好好|仔細|認真)(?:看看|看一下|閱讀|讀一下)(?:說明|說明書|規則|頁面|詳情|條款)|下次(?:請|記得)?(?:先)?(?:看|讀)清楚/,
    alternative: '我把步驟再整理給您：',
  },
  {
    id: 'hant-blame-you-didnt',
    kind: 'blame',
    pattern: /[你您]自己(?:沒有?|未|忘了|忘記)/,
    alternative: '這一步可能沒有完成，我來幫您補上',
  },
  {
    id: 'hant-blame-would-know',
    kind: 'blame',
    pattern: /[您你]要是[^，。！？]{1,12}[，,]?\s*就會知道/,
    alternative: '我再把重點寄給您一次：',
  },
  // — 推卸責任 —
  {
    id: 'hant-def-not-our-problem',
    kind: 'defensive',
    pattern: /(?:這|那)?(?:個)?(?:並)?不是(?:我們|我|本店|公司|敝公司)(?:這邊)?的(?:問題|錯|責任|疏失)/,
    alternative: '我來負責追蹤這件事',
  },
  {
    id: 'hant-def-none-of-our-business',
    kind: 'defensive',
    pattern: /不關(?:我們|我|本店)(?:的)?事|[跟和與](?:我們|我|本店|敝公司)(?:無關|沒關係|沒有關係|沒有任何關係)/,
    alternative: '我來幫您追蹤處理',
  },
  {
    id: 'hant-def-not-my-job',
    kind: 'defensive',
    pattern:
      /(?:我們|我)(?:這邊)?管不(?:了|著|到)|(?:是|屬於)(?:銀行|物流|宅配|原廠|第三方|金流)(?:那邊|方面)?的(?:事|問題|責任)|不歸(?:我們|我)(?:管|負責)|不由(?:我們|我)負責|不在(?:我們|我)的?(?:負責|責任)範圍|不屬於(?:我們|我)[^，。]{0,4}?(?:負責|處理)的?範圍|沒有義務|不是(?:我們|我)負責的|不屬於(?:我們|我)的?(?:負責|處理)?範圍/,
    alternative: '我幫您轉給負責的同事，並追蹤結果',
  },
  {
    id: 'hant-def-we-did-nothing-wrong',
    kind: 'defensive',
    pattern: /(?:我們|我)(?:這邊)?(?:並)?沒(?:有)?(?:任何)?(?:錯|做錯|問題|責任|疏失)/,
    alternative: '我來查一下實際發生了什麼',
  },
  {
    id: 'hant-def-third-party',
    kind: 'defensive',
    pattern:
      /(?:是|這是|都是)(?:物流|宅配|超商|銀行|原廠|貨運)(?:公司)?的(?:問題|錯|責任)|(?:自己)?去?找(?:物流|宅配|超商|銀行|原廠|貨運)(?:公司)?(?:吧|啦|去|問)|要找(?:物流|宅配|超商|銀行|原廠|貨運)|(?:是|由)(?:物流|宅配|超商|銀行|原廠|貨運)(?:公司)?(?:造成|導致|引起)的|不是我(?:們)?(?:造成的|導致的|的錯)?(?=[。！!.，,]|$)|是(?:倉庫|物流|宅配|同事|其他部門|系統)(?:那邊)?(?:搞|弄|做|處理|送|寄|發)錯的?|我們只是(?:賣家|平台|代理|經銷商|客服)/,
    alternative: '我這邊幫您聯繫對方追蹤',
  },

  // — 輕視、打發 —
  {
    id: 'hant-dis-calm-down',
    kind: 'dismissive',
    pattern:
      /(?:請|麻煩)?[您你]?(?:先)?冷靜(?:一下|一點|點|下來)|[請您你]?(?:先)?(?:別|不要)(?:這麼)?(?:激動|生氣|吵)(?:了|嘛|啦)?|有話好好說/,
    alternative: '我明白您現在很著急',
  },
  {
    id: 'hant-dis-said-already',
    kind: 'dismissive',
    pattern:
      /(?:我)?(?:已經|早就|剛剛|剛才|之前|上面)(?:都|就)?(?:說過|講過|說了|講了|告訴過?[你您]|解釋過)(?:了|很多次|好幾次|幾百次)?|講了(?:很多|好幾)(?:次|遍)|我再說一次|再講(?:最後)?一次|(?:就|都|已經|早就?)(?:跟|和|給)[您你](?:說|講|解釋)(?:過|了)|(?:都|已經)(?:回覆|回答|解釋|告訴)(?:過)?[您你](?:[一二兩三四五六七八九十幾\d]+|好幾|很多|多少)(?:次|遍)|(?:跟|和|給)[您你](?:說|講)過(?:很多|好幾|多少|無數)(?:次|遍)|(?:說|講)得(?:已經)?(?:很|非常|夠)清楚/,
    notBefore: /[您你]$/,
    alternative: '我再整理一下重點：',
  },
  {
    id: 'hant-dis-dont-understand',
    kind: 'dismissive',
    pattern:
      /[你您](?:是)?(?:聽不懂|看不懂|不明白|不懂)(?:嗎|喔|齁)|[你您](?:到底)?(?:懂不懂|明不明白|有沒有聽懂)|這(?:都|也)(?:不懂|不會|看不懂)/,
    alternative: '我換個方式說明：',
  },
  {
    id: 'hant-dis-big-deal',
    kind: 'dismissive',
    pattern:
      /(?:有)?(?:什麼|啥)大不了的|有(?:這麼|那麼)嚴重嗎|有必要這樣嗎|沒(?:什麼|啥)大不了|小題大作|[你您]想太多了?|[你您]太敏感了|亂說|胡說|瞎說|(?:要求)?(?:太|有點|很)過分|無理取鬧|不講理|為難我|(?:還|到底)想(?:怎樣|怎麼樣)|再這樣(?:說話|講話)?(?:我|我們)?(?:就)?(?:不|結束|掛)/,
    alternative: '我明白這件事對您很重要',
  },
  {
    id: 'hant-dis-obviously',
    kind: 'dismissive',
    pattern:
      /(?:很)?明顯(?:是)?[你您]|顯然(?:是)?[你您]|寫得(?:很|清清)?清楚(?:楚)?|(?:[你您])?自己(?:去)?看(?:一下)?(?:吧|啦|說明|頁面|規則|公告)/,
    alternative: '我把重點整理給您：',
  },

  {
    id: 'hant-dis-minimise',
    kind: 'dismissive',
    pattern:
      /(?:用得著|犯得著|需要|有必要|至於)這麼(?:生氣|激動|著急|大驚小怪)|不就(?:是)?[^，。！？]{1,8}(?:嗎|嘛)|不過(?:是)?[^，。！？]{1,8}而已|(?:大家|別人|其他人)都(?:在)?(?:排隊|等)|[您你](?:也)?只能等/,
    alternative: '我明白這件事對您很重要',
  },
  {
    id: 'hant-dis-pushback',
    kind: 'dismissive',
    pattern:
      /[您你]都(?:問|說)(?:了)?第?[二三四五兩幾\d]+(?:遍|次)|(?:頁面?|說明|詳情|公告)(?:上|裡)?(?:都)?(?:寫著|寫了|有寫|寫明)|還有(?:別的|其他)(?:客戶|客人|顧客|人)要(?:處理|服務|回覆|接待)|(?:有)?(?:一)?點耐心|耐心(?:一)?點|別家|別的地方買/,
    alternative: '我明白您的心情，我來幫您處理',
  },
  {
    id: 'hant-blame-customer-duty',
    kind: 'blame',
    pattern: /(?:客戶|客人|買家|顧客|用戶|[您你])自己(?:要|需要|得|應該)?(?:核對|確認|檢查|負責|注意)/,
    alternative: '我來幫您一起核對',
  },
  {
    id: 'hant-dis-tone-nothing-to-say',
    kind: 'dismissive',
    pattern:
      /(?:說話|講話)(?:請)?(?:客氣|禮貌|注意)(?:一)?點|注意(?:您的|你的)?(?:態度|言詞|用詞)|沒(?:有)?(?:別的|什麼|其他)(?:可|好)?說的/,
    alternative: '接下來我會這樣追蹤：',
  },
  {
    id: 'hant-def-not-ours-to-control',
    kind: 'defensive',
    pattern: /不是(?:我們|我)(?:能|可以)(?:控制|決定|負責|管)的?/,
    alternative: '我會幫您盯緊進度',
  },
  {
    id: 'hant-dis-no-need-to-complain',
    kind: 'dismissive',
    pattern:
      /為了[^，。！？]{1,8}就(?:要)?(?:客訴|投訴|鬧|負評|退貨)|(?:客訴|投訴|負評)[^，。！？]{0,4}?(?:真的|根本)?沒(?:有)?必要/,
    alternative: '我明白您為什麼想反映',
  },
  {
    id: 'hant-def-your-side',
    kind: 'defensive',
    pattern: /(?:都是)?(?:按|照)(?:要求|規範|流程)操作的|(?:可能|應該|肯定|多半)是[您你](?:那邊)的/,
    alternative: '我來幫您把兩邊都查一遍',
  },
  {
    id: 'hant-dis-read-my-reply',
    kind: 'dismissive',
    pattern: /(?:看|讀)(?:一下)?(?:我)?(?:的)?上一(?:條|封|次)(?:回覆|訊息|信)|裡面已經回答|已經回答過/,
    alternative: '我再整理一下重點：',
  },
  {
    id: 'hant-dis-stop-contacting',
    kind: 'dismissive',
    pattern: /(?:請)?不要(?:反覆|一直|再)(?:聯絡|聯繫|找|催)我們|這次(?:您|你)?(?:能)?看得懂|(?:您|你)看得懂吧/,
    alternative: '我會主動追蹤，您不用再追問',
  },
  {
    id: 'hant-def-decided-by-them',
    kind: 'defensive',
    pattern:
      /是(?:物流|宅配|銀行|原廠)(?:公司)?(?:定|決定)的|(?:直接)?聯絡(?:他們|物流|宅配|銀行|原廠)(?:吧)?(?=[。！]|$)|建議您直接聯絡/,
    alternative: '我這邊幫您聯繫對方追蹤',
  },
  // — 絕對否定 —
  {
    id: 'hant-abs-impossible',
    kind: 'absolute',
    pattern: /不可能/,
    notAfter: /^再/,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hant-abs-no-way',
    kind: 'absolute',
    pattern: /沒(?:有)?辦法|沒轍|沒法|[退換修賠]不了/,
    notBefore: /(?:讓|使|導致|令|害)[您你].{0,6}$|[您你](?:一直|暫時|都|也|還|目前)?$/,
    notAfter: /^(?:第一時間|及時|馬上|接受讓|接受這樣)/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hant-abs-cannot',
    kind: 'absolute',
    pattern:
      /(?:我們|我|這邊|本店|公司|平台)(?:這邊)?(?:是|也|真的|確實|實在|暫時)?(?:不能|無法|不可以|做不到|辦不到|不給|不予|不接受|不受理|不辦理|不提供)|(?:所以|就是|真的|肯定|這個)不行|恕難(?:照辦|受理|處理)?|礙難/,
    notAfter: /^(?:再|想像|讓您|讓你|接受這樣|保證|確定|確保|預估)/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hant-abs-helpless',
    kind: 'absolute',
    pattern:
      /無能為力|愛莫能助|幫不了|處理不了|辦不了|(?:我們|我|這邊)(?:也|真的|實在)?(?:很|比較)?難(?:以)?(?:處理|辦到|配合|做到)/,
    // 處理不了，不過我已經轉給專員 turns to what is being done.
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hant-abs-never',
    kind: 'absolute',
    pattern: /(?:絕對|從來|永遠)(?:都)?(?:不|沒)(?:會|能|可以|給|退|賠)/,
    notAfter: /^再/,
    alternative: ABSOLUTE_ALT,
  },

  {
    id: 'hant-abs-cannot-impersonal',
    kind: 'absolute',
    pattern:
      /(?:是|就|都|也|後)(?:不能|無法|不可以|不予|不接受|不會)(?:退|換|賠|補償|取消|更改|修改|處理|辦理|延長|恢復|開通|保留|撤銷)/,
    notBefore: /[您你](?:暫時|一直|目前|都|也|還)?$|讓[您你].{0,4}$/,
    // 開課後不能退費，但我可以幫您轉到下一期 turns to what we can do.
    notInSentence: /(?:但|不過|可是|但係)[^。！？]{0,12}?(?:可以|幫|為您|給您|替您|同你|安排|已經)/,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hant-abs-wont',
    kind: 'absolute',
    pattern: /(?:我們|我|這邊|本店|公司)(?:這邊)?(?:是)?不會(?:退|換|賠|補|給您|同意|接受|處理)|改不了/,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hant-abs-not-allowed',
    kind: 'absolute',
    pattern: /(?:不允許|不開放)(?:修改|取消|退|換|更改|變更)/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hant-abs-blanket',
    kind: 'absolute',
    pattern: /一律(?:不|無法)|不能商量|沒得商量|不能談/,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hant-dis-what-more',
    kind: 'dismissive',
    pattern: /您還想要什麼|你還想要什麼|還想要什麼|您還期待什麼|還期待什麼/,
    alternative: '我明白這和您期待的不一樣',
  },
  {
    id: 'hant-blame-your-end',
    kind: 'blame',
    pattern: /問題(?:應該|肯定|一定)?在[您你]那邊/,
    alternative: '我來幫您把兩邊都查一遍',
  },
  {
    id: 'hant-abs-final',
    kind: 'absolute',
    pattern: /最終決定|不會(?:再)?退回|不會(?:再)?更改|沒有商量的餘地/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  // — 拿規定擋 —
  {
    id: 'hant-pol-thats-the-rule',
    kind: 'policy',
    pattern: /規定就是(?:這樣|如此)|規則就是規則|政策就是(?:這樣|如此)|沒有(?:這個|這樣的)(?:規定|政策)/,
    notInSentence: PIVOT,
    alternative: '我這邊可以幫您爭取的是',
  },
  {
    id: 'hant-pol-per-rules',
    kind: 'policy',
    pattern:
      /(?:這|這是)(?:公司|平台|我們的|本店)?(?:的)?規定|(?:依|依照|按照|根據|照)(?:公司|平台|我們的?|本店)?(?:的)?[^，。！？]{0,4}?(?:規定|政策|規則|流程|規矩)|標準流程|就是這樣規定|流程就是這樣|(?:公司|平台|本店|原廠|我們)(?:有|的)?規定/,
    // 按規定遲到會當缺席，不過今次我幫你補登記 turns to what we can do.
    notInSentence: new RegExp(
      `${GRANTS.source}|我(?:們)?已經(?:把|幫|為|替|給)|(?:但|不過|可是|但係)[^。！？]{0,12}?(?:可以|幫|為您|給您|替您|同你|安排|已經)|我(?:們|哋)?(?:即刻|馬上|立即|現在就|這就)(?:幫|為|替|同)`,
    ),
    alternative: '我這邊可以幫您爭取的是',
  },

  {
    id: 'hant-pol-you-agreed',
    kind: 'policy',
    pattern: /條款(?:上|裡)?(?:寫|規定|明確|載明)|[您你](?:當初)?(?:有)?同意(?:過)?(?:了)?(?:條款|協議|合約)/,
    // 條款裡寫著您可以… cites the terms to grant.
    // …，不過今次我幫你… turns to what we can do.
    notInSentence: new RegExp(
      `${GRANTS.source}|(?:但|不過|可是|但係)[^。！？]{0,12}?(?:可以|幫|為您|給您|替您|同你|安排|已經)|我(?:們|哋)?(?:即刻|馬上|立即|現在就|這就)(?:幫|為|替|同)`,
    ),
    alternative: '我這邊可以幫您爭取的是',
  },
  {
    id: 'hant-pol-terms-clear',
    kind: 'policy',
    pattern: /(?:條款|規定|政策)(?:寫得|說得)?(?:很|非常)?(?:清楚|明確)/,
    alternative: '我這邊可以幫您爭取的是',
  },
  // — 沒有擔當 —
  {
    id: 'hant-own-system',
    kind: 'no-ownership',
    pattern:
      /系統(?:的)?(?:問題|原因|故障|錯誤|出錯|自動|bug|BUG|異常)|(?:電腦|機器)(?:出錯|的問題)|(?:是|屬於)(?:技術|網路)(?:問題|原因)/,
    // 系統故障，我幫您保留了名額 acts on it.
    notInDraft: /我們|我哋|我方|敝公司|本店|抱歉|對不起|疏失|失誤|幫您|為您|幫你/,
    alternative: '是我們這邊出了問題',
  },
  {
    id: 'hant-own-unavoidable',
    kind: 'no-ownership',
    pattern: /這種(?:情況|事)(?:很|蠻|滿|比較)?(?:正常|常見|難免|常有)|在所難免|難免的/,
    alternative: '這本來不應該發生',
  },

  {
    id: 'hant-own-it-broke',
    kind: 'no-ownership',
    pattern: /(?:系統|網路|平台|那邊|金流|後台|伺服器|通路)出了(?:點|一些)?(?:問題|狀況|故障|差錯)/,
    notInDraft: /我們|敝公司|本店|抱歉|對不起|疏失|失誤/,
    alternative: '是我們這邊出了問題',
  },
  {
    id: 'hant-own-volume',
    kind: 'no-ownership',
    pattern: /(?:訂單量|單量|業務量|詢問量)(?:太|過|比較)?大|(?:出現|產生)了?(?:延誤|延遲)/,
    notInDraft: /我們|敝公司|本店|抱歉|對不起|疏失|失誤/,
    alternative: '是我們沒跟上，非常抱歉',
  },
  {
    id: 'hant-own-vague-slip',
    kind: 'no-ownership',
    pattern: /出了(?:點|一些)?(?:差錯|岔子)|(?:延誤|延遲|這種情況)(?:是)?(?:很|挺|蠻|滿)?正常/,
    notInDraft: /我們|敝公司|本店|抱歉|對不起|疏失|失誤/,
    alternative: '是我們這邊出了錯',
  },
  {
    id: 'hant-own-by-system',
    kind: 'no-ownership',
    pattern: /被系統(?:自動)?(?:取消|關閉|凍結|攔截|扣|刪除)/,
    notInDraft: /我們|敝公司|本店|抱歉|對不起|疏失|失誤/,
    alternative: '是我們這邊取消了',
  },
  // — 諷刺 —
  {
    id: 'hant-sar-phrases',
    kind: 'sarcasm',
    pattern:
      /呵呵|[您你](?:說的|說得)都對|[您你](?:可)?真(?:厲害|行|聰明|有本事)|隨便[你您]|[你您](?:自己)?看著辦|[您你](?:開心|高興)就好|好啦好啦|是是是|好好好/,
    // 您說得都對，這次是我們沒做好 agrees and owns; 您真厲害，一次就找到了 praises real help.
    notInSentence:
      /抱歉|對不起|道歉|是我們|我們沒做好|謝謝|感謝|多謝|找到|發現|解決|我(?:們|哋)?(?:馬上|即刻|立刻|現在就)|幫您|幫你|為您/,
    alternative: '我明白您的意思，我來幫您處理。',
  },
  {
    id: 'hant-sar-on-purpose',
    kind: 'sarcasm',
    pattern: /(?<!不)是故意的/,
    alternative: '我明白您的意思，我來幫您處理。',
  },
  {
    id: 'hant-sar-scare-quotes',
    kind: 'sarcasm',
    pattern: /[您你]的[“"「](?:耐心|急事|問題|客訴|專業|理解|緊急)[”"」]/,
    alternative: '您的問題',
  },
];
