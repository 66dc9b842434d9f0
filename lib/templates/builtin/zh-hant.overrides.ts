import type { StringOverrideGroup } from '@/scripts/hant/derive-strings';

/**
 * The built-in templates were written for Taiwan readers (您好、訂單、退費、帳號、客服), so nearly every text
 * differs from the converted zh-hans one; those texts live here, by template id. zh-hant.ts is generated from
 * zh-hans.ts and these groups by `npm run derive:hant`; an id not listed here is the plain conversion. An
 * override equal to the conversion, or for an id zh-hans lacks, fails the derivation.
 */
export const ZH_HANT_TEMPLATE_OVERRIDES: readonly StringOverrideGroup[] = [
  {
    why: 'Taiwan register in the openings: rewritten the way Taiwan service desks greet (訊息, 聯絡, 紀錄, 了解), not converted',
    texts: {
      'opening-anger': '{customerName}您好，看得出來這件事讓您非常生氣，您理應得到更好的服務。',
      'opening-anger-high':
        '{customerName}您好，我感受得到您現在非常憤怒，我們非常重視這件事。我會一路跟進，直到幫您處理好為止。',
      'opening-frustration': '{customerName}您好，這件事讓您這麼困擾，又花了您這麼多時間，真的辛苦您了。',
      'opening-repeat':
        '{customerName}您好，同一件事還要麻煩您再聯絡我們一次，我能理解您有多無奈。先前的紀錄我都看過了，您不用再重新說明。',
      'opening-anxiety': '{customerName}您好，感覺得出來您很擔心這件事，這完全可以理解。我先幫您把狀況確認清楚。',
      'opening-sadness': '{customerName}您好，聽到這件事讓您這麼難過，真的很遺憾。謝謝您願意告訴我們發生了什麼事。',
      'opening-confusion': '{customerName}您好，看得出來這部分讓您有些困惑，是我們沒有說明清楚。我來陪您一起釐清。',
      'opening-joy': '{customerName}您好，很開心收到您的訊息，知道一切順利我們也很高興！',
      'opening-gratitude': '{customerName}您好，非常謝謝您的肯定，這對我們整個團隊來說意義重大。',
      'opening-neutral': '{customerName}您好，謝謝您的來信。您的問題我已經收到，正在幫您查詢。',
      'opening-brief': '{customerName}您好，了解您希望盡快處理，以下直接跟您說明目前的進度。',
      'opening-general': '{customerName}您好，謝謝您聯絡我們客服。我明白這件事對您很重要，我會盡力協助您。',
    },
  },
  {
    why: 'Taiwan wording in the questions to the customer (退費, 查核, 出貨, 帳號設定)',
    texts: {
      'hear-restate':
        '跟您確認一下我的理解是否正確：{issue}。對您來說最重要的是盡快解決這個問題。如果有遺漏的地方，請隨時告訴我。',
      'hear-need':
        '想先了解您最在意的是什麼：是希望{product}盡快恢復正常使用，還是希望辦理退費？不論是哪一種，我都會協助您處理。',
      'hear-details':
        '為了幫您確實查核，麻煩您確認訂單編號{orderId}，以及問題大約是從什麼時候開始的？這樣我才能給您確切的答覆，而不是用猜的。',
      'hear-confusion': '請問是哪個部分比較不清楚：扣款、出貨時間，還是帳號設定？告訴我之後，我一步一步跟您說明。',
      'hear-worry': '您最擔心的是哪一點呢？我們就從那裡開始，確保把您真正在意的問題都處理好。',
    },
  },
  {
    why: 'Taiwan register in the empathy lines (很不捨, 跟您更新), rewritten rather than converted',
    texts: {
      'calming-high-stay':
        '我明白這件事已經拖太久了，您理應得到妥善的處理。我現在就在處理，會一直陪您跟進到有結果為止。',
      'calming-high-steps': '您希望得到更好的處理，這完全合理。我們一步一步來，我每做一個步驟都會馬上跟您說。',
      'calming-anger': '您會這麼生氣完全可以理解，換作是我，也會有一樣的感受。',
      'empathize-anxiety': '不知道目前的進度，確實會讓人很不安。我會隨時跟您更新最新狀況，不讓您一直懸著心。',
      'empathize-sadness': '這件事帶給您這麼大的壓力，我真的很不捨。這本來不該由您來承擔。',
      'empathize-confusion': '您問得很好，直接問清楚比自己猜好多了。我來幫您把它說明清楚。',
      'empathize-positive': '聽到這個消息真替您開心！謝謝您特地跟我們分享。',
      'empathize-general': '我了解這件事對您的重要性，我希望能幫您把它處理好。',
      'empathize-warm': '{customerName}，真的很謝謝您跟我分享這麼多。換作是我，也會跟您有一樣的感受。',
    },
  },
  {
    why: 'Taiwan wording in the apologies (疏失, 不好意思, 貨運公司, 物流端)',
    texts: {
      'apology-failure': '很抱歉{product}沒有達到您的期待。我們沒有做到當初的承諾，這是我們的責任。',
      'apology-failure-order':
        '非常抱歉，您的訂單{orderId}沒有被妥善處理。這是我們的疏失：{mistake}。造成您的困擾，真的很不好意思。',
      'apology-failure-high':
        '真的非常抱歉。這件事本來就不應該發生，我完全理解它給您帶來的困擾。是我們做錯了，我一定會幫您處理好。',
      'apology-misunderstanding': '很抱歉我們先前的說明不夠清楚，才造成這次的誤會。我現在重新跟您說明一次。',
      'apology-delay':
        '很抱歉讓您久等了。這次延誤發生在物流端，但我知道這並不會讓等待比較好受，我現在就幫您向物流追蹤進度。',
      'apology-delay-order':
        '很抱歉訂單{orderId}延誤了。延誤發生在貨運公司那邊，我已經向他們反映，會在{timeframe}內回覆您最新進度。',
      'empathy-no-failure': '謝謝您告訴我們。我能理解您會覺得失望，我很樂意幫您看看接下來最適合的選擇。',
      'empathy-no-failure-positive': '很高興一切順利！如果過程中有哪裡可以做得更好，也非常歡迎您告訴我們。',
      'empathy-no-failure-question': '謝謝您先來跟我們確認，這個問題問得很好，我很樂意協助您。',
    },
  },
  {
    why: 'Taiwan wording for boundaries and escalations (主管機關, 申訴, 電子郵件, 扣款紀錄)',
    texts: {
      'boundary-respect': '我很希望幫您解決這個問題，也一定會盡力。也請我們保持互相尊重的溝通，讓我能專心幫您處理。',
      'boundary-insults':
        '我了解您非常生氣，您反映的問題我很重視。如果訊息中有人身攻擊，我就無法繼續對話，但我很願意繼續和您一起解決問題。',
      'boundary-pause':
        '我先暫停這次的對話。您的案件會持續保留，我或同事會在{timeframe}內以電子郵件跟您聯絡，繼續幫您處理。',
      'escalation-churn':
        '如果您決定不再使用，我們會很遺憾，也理解您為什麼會這樣考慮。在您做決定之前，請讓我看看今天能先幫您解決哪些問題。',
      'escalation-legal':
        '了解您正在考慮採取法律途徑，我們非常重視。我會把您的申訴完整記錄下來，並轉交給負責處理這類問題的團隊。',
      'escalation-regulator':
        '您當然有權向主管機關反映，我們不會阻止。同時我仍希望有機會直接幫您解決，也可以把目前的處理情形整理成書面說明寄給您。',
      'escalation-public': '我理解您希望讓更多人知道您的經歷。我更希望先把問題幫您處理好，以下是我現在正在進行的處理。',
      'escalation-supervisor': '我可以請主管來協助檢視這件事。您跟我說的狀況我都會完整轉達，您不需要再從頭說明一次。',
      'escalation-repeat-contact': '很抱歉讓您為了這件事再次聯絡我們。不應該讓您一直來催，接下來由我負責跟進到底。',
      'escalation-chargeback':
        '我理解您已經就這筆付款聯絡了銀行，這是您的權利。我已經核對了我們這邊的扣款紀錄，會直接告訴您我這邊還能做什麼，不會因為銀行在審核而耽誤您的事。',
      'escalation-compensation':
        '我理解您希望得到補償，提出這個要求是合理的。實際金額我無法直接跟您確認，但我已經提出審核申請，會在{timeframe}內回覆您結果。',
    },
  },
  {
    why: 'Taiwan register in the resolutions (喔, 跟您, 書面跟您確認)',
    texts: {
      'resolve-general': '接下來我會這樣處理：{resolution}。我會在{timeframe}內回覆您。',
      'resolve-i': '我想幫您這樣安排：{resolution}。我會親自跟進，有任何問題都可以直接回覆我喔。',
      'resolve-s':
        '我們一步一步來：第一步，我今天會先{nextStep}；第二步，您會收到一封確認信；第三步，{timeframe}內{resolution}。您不需要再做其他操作，過程中我也會主動跟您更新進度。',
      'resolve-c':
        '詳細資訊如下。訂單編號：{orderId}；問題：{issue}；處理方式：{resolution}；預計完成時間：{timeframe}。完成後我會以書面跟您確認。',
      'resolve-anxiety': '您現在不需要再做任何事。我會先{nextStep}，並在{timeframe}內跟您更新進度，讓您隨時掌握狀況。',
      'resolve-confusion': '簡單來說是這樣的：{resolution}。如果您看到的畫面跟這裡不一樣，跟我說，我們一起核對。',
      'resolve-positive': '如果您還想進一步使用{product}的其他功能，我很樂意幫您設定。',
    },
  },
  {
    why: 'Taiwan letter register: 敬祝 順心 / 敬祝 平安 sign-offs, 謝謝 and 訊息 wording',
    texts: {
      'scaffold-full':
        '{customerName}您好：\n\n我能理解這件事讓您很{feeling}。\n您提到{issue}，對您來說最重要的是盡快解決。\n換作是我，也會有一樣的感受。\n很抱歉{mistake}，這是我們的責任。\n接下來我會：{resolution}，並在{timeframe}內回覆您。\n謝謝您的耐心，也謝謝您讓我們知道這個問題。\n\n敬祝 順心\n{agentName}\n{company}',
      'scaffold-brief':
        '{customerName}您好：\n\n{resolution}，{timeframe}內完成。\n很抱歉{mistake}，我知道這件事對您很緊急。\n謝謝您即時告訴我們。\n\n{agentName}',
      'scaffold-detailed':
        '{customerName}您好：\n\n我能理解這件事讓您很{feeling}，您提供的資料我都仔細看過了。\n狀況：{issue}。\n很抱歉{mistake}。\n接下來的安排：\n1. {nextStep}\n2. {resolution}\n3. {timeframe}內我會以電子郵件跟您確認。\n謝謝您在我們處理期間的耐心。\n\n敬祝 平安\n{agentName}\n{company}',
      'scaffold-no-failure':
        '{customerName}您好：\n\n謝謝您的來信。\n您詢問的是{issue}，我明白這對您很重要。\n換作是我，也會一樣在意。\n我可以幫您這樣安排：{resolution}，並在{timeframe}內回覆您。\n再次謝謝您聯絡我們，也謝謝您的耐心。\n\n敬祝 順心\n{agentName}\n{company}',
      'closing-general': '謝謝您的耐心等候。如果還有其他問題，直接回覆這裡就可以了。\n\n敬祝 順心\n{agentName}',
      'closing-negative': '謝謝您的包容，也謝謝您讓我們知道這個問題，這能幫助我們避免類似狀況再次發生。',
      'closing-positive': '再次謝謝您溫暖的留言！有任何需要，我們客服隨時都在。',
      'closing-d': '謝謝{customerName}。有其他問題直接回覆，我來處理。',
      'closing-i': '{customerName}，很開心能幫上您的忙！謝謝您的體諒，祝您有美好的一天！',
      'closing-s': '謝謝您的耐心。我會依約在{timeframe}內跟您聯絡，這段期間有任何問題都可以隨時回覆這裡。',
      'closing-c': '總結一下：{resolution}，預計{timeframe}內完成。謝謝您提供詳細的資料，讓查核順利很多。',
    },
  },
];
