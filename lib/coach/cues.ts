import type { ContentLanguage } from '@/lib/types';
import { A } from './en-shared';

/**
 * Phrases that show a draft doing each IHEART step, plus the tone markers the fit checks use.
 * Written per language; a step counts as covered when any of its cues appears.
 */
export interface CueSet {
  /** Names the customer's feeling. */
  identify: RegExp;
  /** Shows the issue was heard: restates it, or says it was read and checked. */
  hear: RegExp;
  empathize: RegExp;
  apologize: RegExp;
  /** A concrete action the agent has taken or will take. */
  action: RegExp;
  /** A concrete time: a number of minutes/hours/days, a date, today/tomorrow, a clock time. */
  timeframe: RegExp;
  thank: RegExp;
  /** Something a detail-minded customer can check: an amount, a count, an id, a date. */
  specifics: RegExp;
  /** Light-hearted markers that read as flippant to someone sad or worried. */
  breezy: RegExp;
}

/** Verbs of doing something for the customer, in the forms that follow "I've", "we'll", "will". */
const ACT = String.raw`(?:refund(?:ed|ing)?|sen[dt]|sending|resen[dt]|replac(?:e|ed|ing)|credit(?:ed|ing)?|ship(?:ped|ping)?|escalat(?:e|ed|ing)|fix(?:ed|ing)?|reset|cancel(?:l?ed|l?ing)?|arrang(?:e|ed|ing)|upgrad(?:e|ed|ing)|reissu(?:e|ed|ing)|process(?:ed|ing)?|issu(?:e|ed|ing)|waiv(?:e|ed|ing)|extend(?:ed|ing)?|revers(?:e|ed|ing)|book(?:ed|ing)?|schedul(?:e|ed|ing)|follow(?:ed|ing)?\s+up|updat(?:e|ed|ing)|call(?:ed|ing)?|email(?:ed|ing)?|messag(?:e|ed|ing)|restor(?:e|ed|ing)|unlock(?:ed|ing)?|add(?:ed|ing)?|appl(?:y|ied|ying)|attach(?:ed)?|put|set\s+up|open(?:ed)?|clos(?:e|ed)|rais(?:e|ed|ing)|flag(?:ged)?|pass(?:ed)?\s+(?:it|this|your)|look(?:ed|ing)?\s+into|check(?:ed|ing)?|confirm(?:ed|ing)?|merg(?:e|ed|ing)|remov(?:e|ed|ing)|turn(?:ed)?|keep|kept|hold|held|stay|run|ran|chase|chased|deliver|collect|be\s+in\s+touch|get\s+back\s+to\s+you|let\s+you\s+know|take\s+care)`;

const EN: CueSet = {
  identify:
    /\b(?:frustrat(?:ed|ing|ion)|upset(?:ting)?|angry|anger|annoy(?:ed|ing)|disappoint(?:ed|ing|ment)|worr(?:ied|y|ying)|stress(?:ed|ful)?|anxious|anxiety|confus(?:ed|ing)|sad|devastat(?:ed|ing)|heartbreaking|exhausting|infuriating|maddening|concern(?:ed|ing)?|unsettling|inconvenien(?:t|ce)|let\s+down)\b/i,
  hear: new RegExp(
    String.raw`\b(?:I\s+understand\s+(?:that|the|your)|if\s+I\s+understand|so\s+(?:the|your)\b|you(?:${A}ve|\s+have)?\s+(?:ordered|paid|received|been\s+(?:charged|waiting|trying)|tried|contacted|mentioned|said|wrote|reported|asked|waited|lost|had\s+to)|you\s+were\s+(?:charged|billed|told|sent|promised|expecting)|your\s+(?:order|parcel|package|payment|refund|account|subscription|card|booking|delivery|invoice|flight|ticket|request|message|data|files?|appointment)|I(?:${A}ve|\s+have)\s+(?:read|looked|checked|reviewed|gone\s+through)|I\s+(?:see|can\s+see)\s+(?:that|your|the)|thanks?\s+(?:you\s+)?for\s+(?:explaining|the\s+details|laying)|to\s+make\s+sure\s+I)`,
    'i',
  ),
  empathize: new RegExp(
    String.raw`\b(?:I\s+(?:completely|totally|fully|really|absolutely)\s+(?:understand|get)|I\s+understand\s+(?:how|why|wanting|needing|you|your\s+(?:frustration|concern|worry|disappointment))|(?:that${A}s|that\s+is|it${A}s)\s+a\s+(?:fair|good|reasonable)\s+(?:question|point|concern|ask)|you${A}re\s+(?:absolutely\s+|completely\s+)?right|I\s+can\s+(?:only\s+)?imagine|I\s+can${A}t\s+imagine|that\s+must\s+(?:be|have\s+been|feel)|(?:I${A}d|I\s+would)\s+(?:feel|be)\s+(?:the\s+same|exactly|just\s+as)|anyone\s+would|(?:completely|totally|entirely|very)\s+understandable|makes\s+(?:complete\s+|total\s+|perfect\s+)?sense|I\s+know\s+how|(?:that|this)(?:${A}s|\s+is|\s+was)\s+(?:really\s+|genuinely\s+|so\s+)?(?:not\s+(?:ok|okay|fair|the\s+experience)|hard|tough|frustrating|awful|stressful|worrying|upsetting|a\s+lot)|sorry\s+to\s+hear|I\s+hear\s+you|you\s+have\s+every\s+right|not\s+the\s+experience|you${A}re\s+right\s+to|(?:you${A}re|you\s+are)\s+not\s+alone|I${A}m\s+here\s+to\s+help|thinking\s+of\s+you)\b`,
    'i',
  ),
  apologize:
    /\b(?:sorry(?!\s+(?:(?:that\s+)?you\s+feel\s+(?:that|this)\s+way|if\s+you))|apologi[sz]e|apologies|our\s+mistake|my\s+mistake|on\s+us)\b/i,
  action: new RegExp(
    String.raw`\b(?:(?:I|we)(?:${A}ve|\s+have|${A}ll|\s+will|\s+am|\s+are|${A}m|${A}re)?\s+(?:just\s+|already\s+|now\s+|personally\s+|also\s+|going\s+to\s+)?${ACT}|(?:will|${A}ll|can)\s+(?:now\s+|personally\s+)?${ACT}|(?:has|have)\s+(?:now\s+|just\s+)?been\s+(?:refunded|sent|resent|replaced|credited|shipped|escalated|fixed|reset|cancell?ed|arranged|upgraded|reissued|processed|issued|waived|extended|reversed|booked|restored|unlocked|added|applied|approved|reactivated|released|passed\s+on|corrected)|(?:is|are)\s+(?:on\s+(?:its|their)\s+way|being\s+\w+ed)|(?:will|should)\s+(?:arrive|reach\s+you|show|appear|land|drop\s+off|be\s+(?:back|delivered|with\s+you|visible|live|fixed|restored))|you${A}ll\s+(?:receive|get|see|hear)|(?:fixed|sorted|resolved|corrected|restored|updated|refunded|reversed)\s+(?:now|today|just\s+now)|(?:is|are)\s+(?:now\s+)?(?:unlocked|waived|fixed|restored|active|cancell?ed|refunded|sorted|resolved|live|approved|booked|confirmed)|next\s+step)\b`,
    'i',
  ),
  timeframe:
    /\b(?:\d+(?:[.,]\d+)?\s*(?:[–-]\s*\d+\s*)?(?:minutes?|mins?|hours?|hrs?|days?|business\s+days?|working\s+days?|weeks?)|(?:one|two|three|four|five|six|seven|ten|a\s+few|a\s+couple\s+of)\s+(?:minutes?|hours?|days?|business\s+days?|working\s+days?|weeks?)|an?\s+(?:hour|day|week)|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week)|by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|end\s+of\s+(?:the\s+)?(?:day|week)|eod|\d)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|within\s+(?:the\s+)?(?:hour|day|next)|right\s+now|just\s+now|immediately|end\s+of\s+(?:the\s+)?day|\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|\d{1,2}\/\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b/i,
  thank: /\b(?:thank(?:s|\s+you)(?!\s+for\s+nothing)|appreciate|grateful)\b/i,
  specifics: /\d|\b(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
  breezy:
    /\b(?:no\s+worries|no\s+biggie|no\s+prob(?:lem)?o?|lol|lmao|rofl|haha+|hehe+|oops(?:ie)?|whoops|chill|easy\s+peasy|it\s+happens\s+lol|xD)\b|:P|😂|🤣|😅|😜|😆|😝|🙃|😬|🤷/i,
};

const ZH_HANS: CueSet = {
  identify:
    /着急|生气|不满|失望|烦(?:心|恼|躁)?|焦虑|担心|难过|委屈|困扰|不开心|气愤|心急|郁闷|心情|不安|伤心|无奈|恼火|崩溃|糟心/,
  hear: /[您你](?:提到|反映|说的|遇到|的订单|购买的|收到的|反馈的|这边|等了|之前|已经|下单|付款|申请|咨询|多次|联系|的包裹|的快递|的账户|的会员|的退款)|了解到|我理解您|我明白|我看到|我(?:已经)?(?:查看|查询|核实|查)了|也就是说|确认一下|您的意思是|订单号/,
  empathize:
    /理解您的(?:心情|感受|着急|担心|不满|失望)|换作是我|换成是我|如果是我|我能理解|我(?:非常|完全|十分)?理解|完全理解|能体会|感同身受|确实让人|确实很|辛苦(?:您)?了|让您久等|这种心情|我明白您的|深表遗憾|节哀|谁都会|任何人都会|很有道理|您说得(?:对|没错)/,
  apologize: /抱歉|对不起|不好意思|致歉|道歉|是我们的不对|(?<!不)是我们的(?:失误|疏忽|问题|错|责任)/,
  action:
    /(?:为|给|帮|替)您(?:办理|办好|还原|安排|处理|退|补|发|重新|重置|申请|升级|加急|跟进|提交|核实|确认|更换|查|联系|开通|恢复|延长|取消|注销|修改|预约|回|预留|登记|保留|解决|转|解锁|解除|导出|调整)|(?:已|已经)[^，。！？,.]{0,10}?(?:办好|办妥|发放|生效|修正|修好|处理好|弄好|搞定|解决|还原|退款|退回|退还|补发|补偿|赔付|安排|处理|提交|发出|发送|寄出|更换|升级|恢复|取消|注销|停止|关闭|修改|更正|解冻|解锁|解除|开通|到账|加急|转交|转给|转达|登记|通知|联系|核实|确认|修复|重置|调整)|(?:会|将)(?:在|于)?.{0,10}?(?:到账|送达|联系您|回复您|处理|发出|发到|发送|寄出|退回|恢复|上门|回电|跟进|通知您|撤销|更新)|(?:可以|能)(?:现在|马上|直接)?(?:为|给|帮|替|陪)您|已(?:经)?(?:为您|帮您|给您)?把|已(?:经)?[^，。！？]{0,8}?好了|(?:为|给|帮|替)您(?!添|带来|造成)[^，。！？]{1,4}?了|(?:我|我们)(?:已经|直接|刚刚|马上)?(?:联系|处理|安排|提交|催)了|(?:周|星期|明天|今天|\d+[日号])[^，。]{0,4}(?:前|内)?(?:到账|送达|寄出|发出)|下一步|接下来/,
  timeframe:
    /[\d一二三四五六七八九十两半]+\s*(?:个)?(?:分钟|小时|工作日|天|日内|周|星期|个月)|今天|明天|今晚|后天|今日|明日|本周|这周|下周|周[一二三四五六日末]|星期[一二三四五六日天]|\d+月\d+[日号]|\d+[号日](?:前|之前)|\d+[点:：]\d*|马上|立即|立刻|稍后\d|当天|上午|下午|晚上/,
  thank: /谢谢|感谢|多谢/,
  specifics:
    /\d|[一二三四五六七八九十两]+\s*(?:个)?(?:分钟|小时|工作日|天|周|星期|元|块)|今天|明天|今晚|后天|周[一二三四五六日]|星期[一二三四五六日天]/,
  breezy: /哈哈|嘿嘿|嘻嘻|没事没事|小事一桩|小问题啦|么么哒|木有|啦啦|😂|🤣|😅|😜|😆|😝|🙃|🤷/,
};

const ZH_HANT: CueSet = {
  identify:
    /著急|着急|生氣|不滿|失望|煩(?:心|惱|躁)?|焦慮|擔心|難過|委屈|困擾|不開心|氣憤|心急|鬱悶|心情|不安|傷心|無奈|惱火|崩潰/,
  hear: /[您你](?:提到|反映|說的|遇到|的訂單|購買的|收到的|回報的|這邊|等了|之前|已經|下單|付款|申請|詢問|多次|聯繫|聯絡|的包裹|的貨|的帳戶|的帳號|的會員|的退款)|了解到|瞭解到|我理解您|我明白|我看到|我(?:已經)?(?:查看|查詢|確認|核對|查)了|也就是說|確認一下|您的意思是|訂單編號|訂單號碼/,
  empathize:
    /理解您的(?:心情|感受|著急|擔心|不滿|失望)|換作是我|換成是我|如果是我|我能理解|我(?:非常|完全|十分)?(?:理解|明白)|完全理解|能體會|感同身受|確實讓人|確實很|辛苦(?:您)?了|讓您久等|這種心情|深表遺憾|節哀|誰都會|任何人都會|很有道理|您說得(?:對|沒錯)/,
  apologize: /抱歉|對不起|不好意思|致歉|道歉|是我們的不對|(?<!不)是我們的(?:疏失|失誤|疏忽|問題|錯|責任)/,
  action:
    /(?:為|幫|替|給)您(?:辦理|辦好|還原|安排|處理|退|補|寄|重新|重設|申請|升級|加急|追蹤|提交|確認|更換|查|聯繫|聯絡|開通|恢復|延長|取消|註銷|停用|修改|預約|回|保留|登記|解決|轉|解鎖|解除|匯出|調整)|(?:已|已經)[^，。！？,.]{0,10}?(?:辦好|辦妥|發放|生效|修正|修好|處理好|弄好|搞定|解決|還原|退款|退回|退還|補寄|補償|賠償|安排|處理|提交|寄出|送出|出貨|更換|升級|恢復|取消|註銷|停止|停用|關閉|修改|更正|解除|解鎖|開通|入帳|加急|轉交|轉給|轉達|登記|通知|聯繫|聯絡|確認|修復|重設|調整)|(?:會|將)(?:在|於)?.{0,10}?(?:入帳|送達|聯繫您|聯絡您|回覆您|通知您|處理|寄出|寄到|出貨|退回|恢復|到府|回電|追蹤|撤銷|更新)|(?:可以|能)(?:現在|馬上|直接)?(?:為|給|幫|替|陪)您|已(?:經)?(?:為您|幫您|給您)?把|已(?:經)?[^，。！？]{0,8}?好了|(?:為|給|幫|替)您(?!添|帶來|造成)[^，。！？]{1,4}?了|(?:我|我們)(?:已經|直接|剛剛|馬上)?(?:聯絡|聯繫|處理|安排|提交|催)了|(?:週|星期|明天|今天|\d+[日號])[^，。]{0,4}(?:前|內)?(?:入帳|送達|寄出|出貨)|下一步|接下來/,
  timeframe:
    /[\d一二三四五六七八九十兩半]+\s*(?:個)?(?:分鐘|小時|工作天|工作日|天|日內|週|星期|個月)|今天|明天|今晚|後天|今日|明日|本週|這週|這禮拜|下週|週[一二三四五六日末]|星期[一二三四五六日天]|禮拜[一二三四五六天]|\d+月\d+[日號]|\d+[號日](?:前|之前)|\d+[點:：]\d*|馬上|立即|立刻|當天|上午|下午|晚上/,
  thank: /謝謝|感謝|多謝/,
  specifics:
    /\d|[一二三四五六七八九十兩]+\s*(?:個)?(?:分鐘|小時|工作天|工作日|天|週|星期|元|塊)|今天|明天|今晚|後天|週[一二三四五六日]|星期[一二三四五六日天]|禮拜[一二三四五六天]/,
  breezy: /哈哈|嘿嘿|嘻嘻|沒事沒事|小事一樁|小問題啦|啾咪|😂|🤣|😅|😜|😆|😝|🙃|🤷/,
};

export const CUES: Record<ContentLanguage, CueSet> = { en: EN, 'zh-Hans': ZH_HANS, 'zh-Hant': ZH_HANT };
