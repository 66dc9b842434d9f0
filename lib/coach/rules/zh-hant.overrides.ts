import type { HantOverrides } from '@/scripts/hant/derive-rules';

/** What the zh-Hant coach rules say differently from zh-hans beyond the character mapping (scripts/derive-hant.ts). */
export const ZH_HANT_RULE_OVERRIDES: HantOverrides = {
  consts: {
    PIVOT: {
      why: 'Cantonese (Hong Kong)',
      fields: {
        value: [
          ['我們|我', '我們|我哋|我'],
          ['這邊)', '這邊|呢邊)'],
          ['這就', '即刻'],
        ],
      },
    },
    ABSOLUTE_ALT: { why: 'Taiwan service register: 幫您 rather than 為您', fields: { value: '我這邊可以幫您…' } },
    GRANTS: {
      why: 'Taiwan legal register: 享有 rather than 享受, 幫您 and 替您',
      fields: { value: /可以|享有|有權|符合|為您|幫您|替您/ },
    },
  },
  rules: {
    'hant-blame-didnt-read': {
      why: 'Taiwan phrasing',
      fields: {
        pattern: [['按照', '照著?']],
        alternative: '這一點確實很容易漏看，我再幫您說明一次：',
      },
    },
    'hant-blame-should-have': {
      why: 'Taiwan wording',
      fields: {
        pattern: [
          ['提前', '提早|事先'],
          ['諮詢', '詢問'],
        ],
        alternative: '接下來最快的做法是',
      },
    },
    'hant-blame-your-fault': {
      why: 'Taiwan wording',
      fields: {
        pattern: [['失誤', '疏失']],
      },
    },
    'hant-blame-who-told-you': {
      why: 'Taiwan phrasing',
      fields: {
        pattern: /誰叫[你您]|誰讓[你您]/,
      },
    },
    'hant-blame-misuse': {
      why: 'Taiwan service register in the suggestion',
      fields: {
        alternative: '這個步驟確實容易出錯',
      },
    },
    'hant-blame-others-fine': {
      why: 'Taiwan wording',
      fields: {
        pattern: [
          ['就', '只有'],
          ['一個人)?(?:有問題', '有'],
          ['事多', '會'],
          [':客戶', ':客人|客戶'],
        ],
        alternative: '謝謝您告訴我們，我來看看您這邊的狀況',
      },
    },
    'hant-blame-you-got-wrong': {
      why: 'Taiwan service register in the suggestion',
      fields: {
        alternative: '資料可能沒對上，我來幫您核對一下',
      },
    },
    'hant-blame-would-know': {
      why: 'Taiwan wording',
      fields: {
        alternative: '我再把重點寄給您一次：',
      },
    },
    'hant-def-not-our-problem': {
      why: 'Taiwan wording',
      fields: {
        pattern: [
          ['我方', '敝公司'],
          ['原因', '疏失'],
        ],
        alternative: '我來負責追蹤這件事',
      },
    },
    'hant-def-none-of-our-business': {
      why: 'Taiwan wording',
      fields: {
        pattern: [['我方', '敝公司']],
        alternative: '我來幫您追蹤處理',
      },
    },
    'hant-def-not-my-job': {
      why: 'Taiwan wording',
      fields: {
        pattern:
          /(?:我們|我)(?:這邊)?管不(?:了|著|到)|(?:是|屬於)(?:銀行|物流|宅配|原廠|第三方|金流)(?:那邊|方面)?的(?:事|問題|責任)|不歸(?:我們|我)(?:管|負責)|不由(?:我們|我)負責|不在(?:我們|我)的?(?:負責|責任)範圍|不屬於(?:我們|我)[^，。]{0,4}?(?:負責|處理)的?範圍|沒有義務|不是(?:我們|我)負責的|不屬於(?:我們|我)的?(?:負責|處理)?範圍/,
        alternative: [['並跟進結果', '並追蹤結果']],
      },
    },
    'hant-def-we-did-nothing-wrong': {
      why: 'Taiwan wording',
      fields: {
        pattern: [['責任', '責任|疏失']],
        alternative: '我來查一下實際發生了什麼',
      },
    },
    'hant-def-third-party': {
      why: 'Taiwan wording',
      fields: {
        pattern:
          /(?:是|這是|都是)(?:物流|宅配|超商|銀行|原廠|貨運)(?:公司)?的(?:問題|錯|責任)|(?:自己)?去?找(?:物流|宅配|超商|銀行|原廠|貨運)(?:公司)?(?:吧|啦|去|問)|要找(?:物流|宅配|超商|銀行|原廠|貨運)|(?:是|由)(?:物流|宅配|超商|銀行|原廠|貨運)(?:公司)?(?:造成|導致|引起)的|不是我(?:們)?(?:造成的|導致的|的錯)?(?=[。！!.，,]|$)|是(?:倉庫|物流|宅配|同事|其他部門|系統)(?:那邊)?(?:搞|弄|做|處理|送|寄|發)錯的?|我們只是(?:賣家|平台|代理|經銷商|客服)/,
        alternative: '我這邊幫您聯繫對方追蹤',
      },
    },
    'hant-dis-calm-down': {
      why: 'Taiwan wording',
      fields: {
        pattern: [['嘛', '嘛|啦']],
        alternative: '我明白您現在很著急',
      },
    },
    'hant-dis-said-already': {
      why: 'Taiwan phrasing',
      fields: {
        pattern:
          /(?:我)?(?:已經|早就|剛剛|剛才|之前|上面)(?:都|就)?(?:說過|講過|說了|講了|告訴過?[你您]|解釋過)(?:了|很多次|好幾次|幾百次)?|講了(?:很多|好幾)(?:次|遍)|我再說一次|再講(?:最後)?一次|(?:就|都|已經|早就?)(?:跟|和|給)[您你](?:說|講|解釋)(?:過|了)|(?:都|已經)(?:回覆|回答|解釋|告訴)(?:過)?[您你](?:[一二兩三四五六七八九十幾\d]+|好幾|很多|多少)(?:次|遍)|(?:跟|和|給)[您你](?:說|講)過(?:很多|好幾|多少|無數)(?:次|遍)|(?:說|講)得(?:已經)?(?:很|非常|夠)清楚/,
        alternative: '我再整理一下重點：',
      },
    },
    'hant-dis-dont-understand': {
      why: 'Taiwan wording',
      fields: {
        pattern: [
          ['麼', '喔'],
          ['嘛', '齁'],
          ['聽沒聽懂', '有沒有聽懂'],
        ],
        alternative: '我換個方式說明：',
      },
    },
    'hant-dis-big-deal': {
      why: 'Taiwan phrasing',
      fields: {
        pattern:
          /(?:有)?(?:什麼|啥)大不了的|有(?:這麼|那麼)嚴重嗎|有必要這樣嗎|沒(?:什麼|啥)大不了|小題大作|[你您]想太多了?|[你您]太敏感了|亂說|胡說|瞎說|(?:要求)?(?:太|有點|很)過分|無理取鬧|不講理|為難我|(?:還|到底)想(?:怎樣|怎麼樣)|再這樣(?:說話|講話)?(?:我|我們)?(?:就)?(?:不|結束|掛)/,
        alternative: '我明白這件事對您很重要',
      },
    },
    'hant-dis-obviously': {
      why: 'Taiwan wording',
      fields: {
        pattern: [['|說明', '|啦|說明']],
        alternative: '我把重點整理給您：',
      },
    },
    'hant-dis-minimise': {
      why: 'Taiwan service register in the suggestion',
      fields: {
        alternative: '我明白這件事對您很重要',
      },
    },
    'hant-dis-pushback': {
      why: 'Taiwan phrasing',
      fields: {
        pattern: [
          ['|其它', ''],
          ['|耐心', '|(?:有)?(?:一)?點耐心|耐心'],
        ],
        alternative: '我明白您的心情，我來幫您處理',
      },
    },
    'hant-dis-tone-nothing-to-say': {
      why: 'Taiwan wording',
      fields: {
        pattern: [['言辭', '言詞']],
        alternative: '接下來我會這樣追蹤：',
      },
    },
    'hant-dis-no-need-to-complain': {
      why: 'Taiwan wording',
      fields: {
        pattern: [
          ['(?:投訴|鬧', '(?:客訴|投訴|鬧'],
          ['差評|', '負評|'],
          [':投訴', ':客訴|投訴'],
          ['差評', '負評'],
        ],
        alternative: '我明白您為什麼想反映',
      },
    },
    'hant-dis-read-my-reply': {
      why: 'Taiwan wording',
      fields: {
        pattern: [
          ['消息', '訊息'],
          ['郵件', '信'],
        ],
        alternative: '我再整理一下重點：',
      },
    },
    'hant-dis-stop-contacting': {
      why: 'Taiwan phrasing',
      fields: {
        pattern: /(?:請)?不要(?:反覆|一直|再)(?:聯絡|聯繫|找|催)我們|這次(?:您|你)?(?:能)?看得懂|(?:您|你)看得懂吧/,
        alternative: '我會主動追蹤，您不用再追問',
      },
    },
    'hant-def-decided-by-them': {
      why: 'Taiwan wording',
      fields: {
        pattern:
          /是(?:物流|宅配|銀行|原廠)(?:公司)?(?:定|決定)的|(?:直接)?聯絡(?:他們|物流|宅配|銀行|原廠)(?:吧)?(?=[。！]|$)|建議您直接聯絡/,
        alternative: '我這邊幫您聯繫對方追蹤',
      },
    },
    'hant-abs-no-way': {
      why: 'Taiwan wording',
      fields: {
        pattern: [['|沒法', '|沒轍|沒法']],
      },
    },
    'hant-abs-cannot': {
      why: 'Taiwan wording',
      fields: {
        pattern: [['不行', '不行|恕難(?:照辦|受理|處理)?|礙難']],
      },
    },
    'hant-abs-cannot-impersonal': {
      why: 'Cantonese (Hong Kong)',
      fields: {
        notInSentence: [
          ['可是', '可是|但係'],
          ['|安排', '|同你|安排'],
        ],
      },
    },
    'hant-dis-what-more': {
      why: 'Taiwan service register in the suggestion',
      fields: {
        alternative: '我明白這和您期待的不一樣',
      },
    },
    'hant-pol-thats-the-rule': {
      why: 'Taiwan service register in the suggestion',
      fields: {
        alternative: '我這邊可以幫您爭取的是',
      },
    },
    'hant-pol-per-rules': {
      why: 'Taiwan wording; Cantonese (Hong Kong)',
      fields: {
        pattern:
          /(?:這|這是)(?:公司|平台|我們的|本店)?(?:的)?規定|(?:依|依照|按照|根據|照)(?:公司|平台|我們的?|本店)?(?:的)?[^，。！？]{0,4}?(?:規定|政策|規則|流程|規矩)|標準流程|就是這樣規定|流程就是這樣|(?:公司|平台|本店|原廠|我們)(?:有|的)?規定/,
        notInSentence: [
          ['.source}|(?:但', '.source}|我(?:們)?已經(?:把|幫|為|替|給)|(?:但'],
          ['可是)', '可是|但係)'],
          ['替您|安排', '替您|同你|安排'],
          ['我(?:們)?(?:馬上', '我(?:們|哋)?(?:即刻|馬上'],
          ['(?:幫|為|替)`', '(?:幫|為|替|同)`'],
        ],
        alternative: '我這邊可以幫您爭取的是',
      },
    },
    'hant-pol-you-agreed': {
      why: 'Taiwan wording; Cantonese (Hong Kong)',
      fields: {
        pattern: [
          ['明確', '明確|載明'],
          ['協議', '協議|合約'],
        ],
        // The customer's own agreement is not a refusal when the agent pivots to help, in Cantonese too.
        notInSentence: {
          code: `new RegExp(\`\${GRANTS.source}|(?:但|不過|可是|但係)[^。！？]{0,12}?(?:可以|幫|為您|給您|替您|同你|安排|已經)|我(?:們|哋)?(?:即刻|馬上|立即|現在就|這就)(?:幫|為|替|同)\`)`,
        },
        alternative: '我這邊可以幫您爭取的是',
      },
    },
    'hant-pol-terms-clear': {
      why: 'Taiwan service register in the suggestion',
      fields: {
        alternative: '我這邊可以幫您爭取的是',
      },
    },
    'hant-own-system': {
      why: 'Taiwan wording; Cantonese (Hong Kong)',
      fields: {
        pattern: [['網絡', '網路']],
        notInDraft: /我們|我哋|我方|敝公司|本店|抱歉|對不起|疏失|失誤|幫您|為您|幫你/,
      },
    },
    'hant-own-unavoidable': {
      why: 'Taiwan phrasing',
      fields: {
        pattern: [['挺', '蠻|滿']],
        alternative: '這本來不應該發生',
      },
    },
    'hant-own-it-broke': {
      why: 'Taiwan wording',
      fields: {
        pattern: /(?:系統|網路|平台|那邊|金流|後台|伺服器|通路)出了(?:點|一些)?(?:問題|狀況|故障|差錯)/,
        notInDraft: /我們|敝公司|本店|抱歉|對不起|疏失|失誤/,
      },
    },
    'hant-own-volume': {
      why: 'Taiwan wording',
      fields: {
        pattern: [['諮詢量', '詢問量']],
        notInDraft: /我們|敝公司|本店|抱歉|對不起|疏失|失誤/,
      },
    },
    'hant-own-vague-slip': {
      why: 'Taiwan wording',
      fields: {
        notInDraft: /我們|敝公司|本店|抱歉|對不起|疏失|失誤/,
      },
    },
    'hant-own-by-system': {
      why: 'Taiwan wording',
      fields: {
        notInDraft: /我們|敝公司|本店|抱歉|對不起|疏失|失誤/,
      },
    },
    'hant-sar-phrases': {
      why: 'Taiwan wording; Cantonese (Hong Kong)',
      fields: {
        pattern: [
          ['行行行', '好啦好啦'],
          ['好吧好吧', '好好好'],
        ],
        notInSentence:
          /抱歉|對不起|道歉|是我們|我們沒做好|謝謝|感謝|多謝|找到|發現|解決|我(?:們|哋)?(?:馬上|即刻|立刻|現在就)|幫您|幫你|為您/,
      },
    },
    'hant-sar-scare-quotes': {
      why: 'Taiwan wording',
      fields: {
        pattern: [['投訴', '客訴']],
      },
    },
  },
  hansOnly: {},
  hantOnly: {},
};
