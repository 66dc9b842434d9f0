import type { DiscHantOverrides } from '@/scripts/hant/derive-disc';

/**
 * What the zh-Hant DISC cues say beyond the character mapping of zh-hans.ts (scripts/hant/derive-disc.ts).
 * Converted alternatives stay unless they are mainland-only; Taiwan and Hong Kong wording is added.
 */
export const ZH_HANT_DISC_OVERRIDES: DiscHantOverrides = {
  rules: {
    'D.deadline': {
      why: 'Taiwan writes 週 for weekdays and 盡快 beside 儘快, and presses with 今天一定要, 快一點',
      add: ['週[一二三四五六日](?:[上中下]午|晚上|早上)?(?:之前|前|以前)', '今天一定要', '盡快', '快一點'],
    },
    'D.bottom-line': {
      why: 'Taiwan colloquial: 喬 (sort it out), 講 for 說, 之後 for 以後, 可以還是不可以',
      add: ['你們自己喬', '之後再說', '現在不用', '直接講', '可以還是不可以'],
    },
    'D.imperative': {
      why: 'Taiwan sends with 寄 and ships with 出貨, hurries with 趕快',
      add: [
        '寄(?:給)?我(?=[,。!,!]|$)',
        '給我寄',
        '直接(?:補寄|寄|退款)',
        '趕快(?:處理|退|寄|解決)',
        String.raw`(?:^|[。！？!?\n])(?:出貨|補寄)[。！!]?$`,
      ],
    },
    'D.results': { why: 'Taiwan sends with 寄', add: ['什麼時候(?:能|可以)?寄'] },
    'D.firm-request': { why: 'Taiwan spells 要嘛 and says 你們決定 in full', add: ['要嘛', '你們決定'] },
    'D.decision': {
      why: 'Taiwan: 照 for 按, 乾等 (OpenCC writes 幹等), 傳 for send, 寄快捷 for express post where mainland says 發順豐',
      drop: ['別讓我(?:幹)?等', String.raw`(?:^|[。!,,\n])(?:換|退|取消|發順豐|加急)[。!!]?(?=$|\n)`],
      add: [
        '就這樣辦',
        '就照這個',
        '(?:不要|別)讓我(?:乾)?等',
        '我不要重新',
        '(?:^|[。!,,])把[^,,。!?]{1,12}傳',
        String.raw`(?:^|[。!,,\n])(?:換|退|取消|寄快捷|加急)[。!!]?(?=$|\n)`,
      ],
    },
    'D.decision.2': {
      why: 'Taiwan: 剛剛 for 刚才, 查得到, 補寄, 太久',
      add: ['太久', '直接[^,,。!?]{0,8}(?:補寄|退款)', '(?:你們|後台)(?:系統)?(?:裡)?都查得到', '我剛剛說過了'],
    },
    'D.decision.3': { why: 'Taiwan: 講 for 說', add: ['講重點'] },
    'I.social': {
      why: 'Taiwan internet register (讚, 揪咪, 大推, 感恩); mainland slang (么么哒, 宝子, 集美, 家人们) dropped',
      drop: ['呵呵噠', '麼麼噠', '寶子', '集美', '家人們'],
      add: ['超讚', '好讚', '讚啦', '揪咪', '大推', '謝啦', '感恩啦', '感恩'],
    },
    'I.warm-greeting': { why: 'Taiwan greetings 哈囉, 欸, 安安', add: [String.raw`^\s*(?:哈囉|欸|安安)`] },
    'I.feeling': {
      why: 'Taiwan praises with 讚 (OpenCC writes 贊); mainland slang 种草, 绝绝子 dropped',
      drop: ['種草', '絕絕子'],
      add: ['超(?:級)?讚', '太讚了', '好期待'],
    },
    'I.story': { why: 'Taiwan: 小孩 for one’s child, 說到這個', add: ['我小孩', '說到這個'] },
    'I.particle': {
      why: 'Taiwan particles 喔, 唷, 捏, 欸 and the playful der',
      add: ['[喔唷捏]', '欸', '(?<![A-Za-z])der(?![A-Za-z])'],
    },
    'I.praise': {
      why: 'Taiwan likes with 按讚; mainland 安利 and 點贊 dropped',
      drop: ['安利', '給你們點贊', '點贊'],
      add: ['給你們按讚', '按讚'],
    },
    'S.patience': { why: 'Taiwan: 不趕', add: ['不趕'] },
    'S.hedge': { why: 'Taiwan: 想請問', add: ['想請問'] },
    'S.worry-change': { why: 'Taiwan: 原本 for 原來, 先通知我', add: ['原本那樣', '先通知我', '原本的'] },
    'S.guidance': {
      why: 'Taiwan: 講 for 說, 再說一次',
      add: ['慢(?:點|一點|慢)(?:跟我|和我)?講', '再說一次'],
    },
    'S.routine': { why: 'Taiwan: 先生, 太太 for a spouse', add: ['都是我(?:先生|太太)'] },
    'S.reassurance.2': { why: 'Taiwan phrasing', add: ['還會在嗎', '怎麼方便就怎麼'] },
    'S.guidance.2': { why: 'Taiwan: 輸入, 漏掉', add: ['也要輸入', '漏掉什麼'] },
    'S.reassurance.3': { why: 'Taiwan: 心裡不踏實', add: ['心裡(?:有點)?不踏實'] },
    'S.time-to-decide': { why: 'Taiwan: 之後, 聯絡', add: ['之後再(?:說|聯絡)'] },
    'S.understanding': { why: 'Taiwan: 維持原樣', add: ['維持原樣'] },
    'C.precision': {
      why: 'Taiwan computing terms 設定, 使用者, 進位; 保存期限, 留存',
      add: ['哪一個才對', '進位', '可以設定嗎', '保存期限', '每個使用者', '留存'],
    },
    'C.reference': {
      why: 'Taiwan: 合約 for 合同, 依照, 標示',
      add: ['合約(?:上)?(?:寫|標|顯示)', '依照', '標示', '合約'],
    },
    'C.record': {
      why: 'Taiwan record terms: 紀錄, 序號, 追蹤碼, 託運單號, 交易序號, 案件編號',
      add: ['紀錄', '記錄', '序號', '追蹤碼', '託運單號', '交易序號', '交易編號', '案件編號'],
    },
    'C.spec': { why: 'Taiwan: 相容, 保固', add: ['相容', '保固期'] },
    'C.order-id': { why: 'Taiwan: 訂單編號, 訂單號碼', add: ['訂單編號', '訂單號碼'] },
    'C.number': {
      why: 'Taiwan and Hong Kong dollars; 台 as a counter, 公分, 吋',
      add: [String.raw`(?:NT\$|HK\$|\$)\s?\d[\d,]*(?:\.\d+)?`, String.raw`(?<!\d)\d+(?:\.\d+)?\s?(?:台|公分|吋)`],
    },
    'C.precision.2': {
      why: 'Taiwan: 說具體一點, 精準度, 校正, 加購, 依哪個',
      add: ['說具體一點', '具體一點', '精準度', '標示', '校正', '加購', '依哪個'],
    },
  },
};
