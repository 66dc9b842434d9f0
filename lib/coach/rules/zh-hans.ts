import type { CoachRule } from './types';

/** A refusal that turns straight to what the agent is doing instead: 没办法保证几点到，但我已经… */
const PIVOT =
  /[，,](?:我们|我)(?:这边)?(?:马上|立刻|立即|这就|现在就|正在|已经)|(?:但|不过)(?:是)?(?:我|我们)(?:已经|可以|会|马上|先|这边|愿意|还是|一定)|(?:但|不过|可是)[^。！？]{0,12}?(?:可以|还有|能|帮您|为您|给您|替您|安排|已经)/;
const ABSOLUTE_ALT = '我这边可以为您…';
/** Clauses in which a rule that names a limit is actually granting something: 按规定您可以享受退款. */
const GRANTS = /可以|享受|有权|符合|为您|给您|帮您/;

export const ZH_HANS_RULES: readonly CoachRule[] = [
  // — 指责客户 —
  {
    id: 'hans-blame-didnt-read',
    kind: 'blame',
    pattern: /[你您](?:自己)?(?:都|也)?没(?:有)?(?:仔细|认真)?(?:看清楚?|看|读|阅读|注意|按照|遵守|听)/,
    notBefore: /(?:如果|若|要是|万一|假如|是否)$/,
    notAfter: /^(?:到|见)/,
    alternative: '这一点确实容易漏看，我再为您说明一下：',
  },
  {
    id: 'hans-blame-own-doing',
    kind: 'blame',
    pattern:
      /[你您]自己(?:的)?(?:问题|原因|操作失误|弄错|搞错|选错|填错|操作不当|选的|点的|同意的|买的|勾选?的|确认的|选择的)/,
    alternative: '我们一起来看看怎么处理',
  },
  {
    id: 'hans-blame-should-have',
    kind: 'blame',
    pattern:
      /[你您](?:当初|早就?|本来就?|之前就?)应该|[你您][^，。！？]{0,8}?应该(?:先|早点|提前|自己|仔细)?(?:看清|看一下|确认|问|咨询|注意)/,
    // 您本来就应该得到更好的服务 says what the customer deserves.
    notAfter: /^(?:得到|享受|获得|拥有|被)/,
    alternative: '接下来最快的办法是',
  },
  {
    id: 'hans-blame-your-fault',
    kind: 'blame',
    pattern: /是[你您](?:自己)?的(?:问题|错|责任|失误)/,
    // 这不是您的错 reassures.
    notBefore: /不$/,
    alternative: '我来帮您把这件事处理好',
  },
  {
    id: 'hans-blame-who-told-you',
    kind: 'blame',
    pattern: /谁让[你您]/,
    alternative: '我们一起来看看怎么处理',
  },
  {
    id: 'hans-blame-misuse',
    kind: 'blame',
    pattern: /[你您](?:自己)?操作(?:有误|失误|不当|错误|错了)/,
    alternative: '这一步确实容易出错',
  },

  {
    id: 'hans-blame-others-fine',
    kind: 'blame',
    pattern:
      /怪谁|[你您](?:自己)?[^，。！？]{0,6}?(?:不|没)(?:仔细|认真)?看清|别人都(?:没|没有|不会)|就[你您](?:一个人)?(?:有问题|这样|事多)|(?:其他|别的)(?:客户|顾客|人)都(?:没|没有|不)/,
    notBefore: /(?:如果|若|要是|万一|假如|是否)$/,
    alternative: '谢谢您告诉我们，我来看看您这边的情况',
  },
  {
    id: 'hans-blame-you-got-wrong',
    kind: 'blame',
    pattern: /[你您](?:肯定|一定|应该|估计|大概)?(?:是)?(?:自己)?(?:填|输|写|选|弄|搞|操作|看|记|点)错/,
    notBefore: /(?:如果|若|要是|万一|假如|是否)$/,
    alternative: '信息可能没对上，我来帮您核对一下',
  },
  {
    id: 'hans-blame-read-properly',
    kind: 'blame',
    pattern:
      /(?:好好|仔细|认真)(?:看看|看一下|阅读|读一下)(?:说明|说明书|规则|页面|详情|条款)|下次(?:请|记得)?(?:先)?(?:看|读)清楚/,
    alternative: '我把步骤再整理给您：',
  },
  {
    id: 'hans-blame-you-didnt',
    kind: 'blame',
    pattern: /[你您]自己(?:没有?|未|忘了|忘记)/,
    alternative: '这一步可能没有完成，我来帮您补上',
  },
  {
    id: 'hans-blame-would-know',
    kind: 'blame',
    pattern: /[您你]要是[^，。！？]{1,12}[，,]?\s*就会知道/,
    alternative: '我再把重点发给您一次：',
  },
  // — 推卸责任 —
  {
    id: 'hans-def-not-our-problem',
    kind: 'defensive',
    pattern: /(?:这|那)?(?:个)?(?:并)?不是(?:我们|我|本店|公司|我方)(?:这边)?的(?:问题|错|责任|原因)/,
    alternative: '我来负责跟进这件事',
  },
  {
    id: 'hans-def-none-of-our-business',
    kind: 'defensive',
    pattern: /不关(?:我们|我|本店)(?:的)?事|[跟和与](?:我们|我|本店|我方)(?:无关|没关系|没有关系|没有任何关系)/,
    alternative: '我来帮您跟进处理',
  },
  {
    id: 'hans-def-not-my-job',
    kind: 'defensive',
    pattern:
      /(?:我们|我)(?:这边)?管不(?:了|着|到)|(?:是|属于)(?:银行|快递|物流|厂家|第三方|支付)(?:那边|方面)?的(?:事|问题|责任)|不归(?:我们|我)(?:管|负责)|不由(?:我们|我)负责|不在(?:我们|我)的?(?:负责|责任)范围|不属于(?:我们|我)[^，。]{0,4}?(?:负责|处理)的?范围|没有义务|不是(?:我们|我)负责的|不属于(?:我们|我)的?(?:负责|处理)?范围/,
    alternative: '我帮您转给负责的同事，并跟进结果',
  },
  {
    id: 'hans-def-we-did-nothing-wrong',
    kind: 'defensive',
    pattern: /(?:我们|我)(?:这边)?(?:并)?没(?:有)?(?:任何)?(?:错|做错|问题|责任)/,
    alternative: '我来查一下具体发生了什么',
  },
  {
    id: 'hans-def-third-party',
    kind: 'defensive',
    pattern:
      /(?:是|这是|都是)(?:快递|物流|银行|厂家)(?:公司)?的(?:问题|错|责任)|(?:自己)?去?找(?:快递|物流|银行|厂家)(?:公司)?(?:吧|去|问)|要找(?:快递|物流|银行|厂家)|(?:是|由)(?:快递|物流|银行|厂家)(?:公司)?(?:造成|导致|引起)的|不是我(?:们)?(?:造成的|导致的|的错)?(?=[。！!.，,]|$)|是(?:仓库|快递|物流|同事|其他部门|系统)(?:那边)?(?:搞|弄|做|处理|送|寄|发)错的?|我们只是(?:卖家|平台|代理|中间商|客服)/,
    alternative: '我这边帮您联系对方跟进',
  },

  // — 轻视、打发 —
  {
    id: 'hans-dis-calm-down',
    kind: 'dismissive',
    pattern:
      /(?:请|麻烦)?[您你]?(?:先)?冷静(?:一下|一点|点|下来)|[请您你]?(?:先)?(?:别|不要)(?:这么)?(?:激动|生气|吵)(?:了|嘛)?|有话好好说/,
    alternative: '我理解您现在很着急',
  },
  {
    id: 'hans-dis-said-already',
    kind: 'dismissive',
    pattern:
      /(?:我)?(?:已经|早就|刚才|之前|上面)(?:都|就)?(?:说过|讲过|说了|讲了|告诉过?[你您]|解释过)(?:了|很多遍|好几遍|多少遍)?|说了(?:很多|好几|多少)遍|我再说一遍|再说(?:最后)?一遍|(?:就|都|已经|早就?)(?:跟|和|给)[您你](?:说|讲|解释)(?:过|了)|(?:都|已经)(?:回复|回答|解释|告诉)(?:过)?[您你](?:[一二两三四五六七八九十几\d]+|好几|很多|多少)(?:次|遍)|(?:跟|和|给)[您你](?:说|讲)过(?:很多|好几|多少|无数)(?:次|遍)|(?:说|讲)得(?:已经)?(?:很|非常|够)清楚/,
    // 您之前说了… is the agent restating the customer.
    notBefore: /[您你]$/,
    alternative: '我再整理一下要点：',
  },
  {
    id: 'hans-dis-dont-understand',
    kind: 'dismissive',
    pattern:
      /[你您](?:是)?(?:听不懂|看不懂|不明白|不懂)(?:吗|么|嘛)|[你您](?:到底)?(?:懂不懂|明不明白|听没听懂)|这(?:都|也)(?:不懂|不会|看不懂)/,
    alternative: '我换个方式说明一下：',
  },
  {
    id: 'hans-dis-big-deal',
    kind: 'dismissive',
    pattern:
      /(?:有)?(?:什么|啥)大不了的|至于(?:吗|嘛|这样)|没(?:什么|啥)大不了|小题大做|[你您]想(?:太)?多了|[你您]太敏感了|[你您](?:非要|要)这么(?:想|认为)|乱说|胡说|瞎说|(?:要求)?(?:太|有点|很)过分|无理取闹|不讲理|为难我|(?:还|到底)想怎(?:么)?样|再这样(?:说话|讲话)?(?:我|我们)?(?:就)?(?:不|结束|挂)/,
    alternative: '我理解这件事对您很重要',
  },
  {
    id: 'hans-dis-obviously',
    kind: 'dismissive',
    pattern:
      /(?:很)?明显(?:是)?[你您]|显然(?:是)?[你您]|写得(?:很|清清)?清楚(?:楚)?|(?:[你您])?自己(?:去)?看(?:一下)?(?:吧|说明|页面|规则|公告)/,
    alternative: '我把关键的地方摘给您：',
  },

  {
    id: 'hans-dis-minimise',
    kind: 'dismissive',
    pattern:
      /(?:用得着|犯得着|需要|有必要|至于)这么(?:生气|激动|着急|大惊小怪)|不就(?:是)?[^，。！？]{1,8}(?:吗|嘛)|不过(?:是)?[^，。！？]{1,8}而已|(?:大家|别人|其他人)都(?:在)?(?:排队|等)|[您你](?:也)?只能等/,
    alternative: '我理解这件事对您很重要',
  },
  {
    id: 'hans-dis-pushback',
    kind: 'dismissive',
    pattern:
      /[您你]都(?:问|说)(?:了)?第?[二三四五两几\d]+(?:遍|次)|(?:页面?|说明|详情|公告)(?:上|里)?(?:都)?(?:写着|写了|有写|写明)|还有(?:别的|其他|其它)(?:客户|客人|顾客|人)要(?:处理|服务|回复|接待)|耐心(?:一)?点|别家|别的地方买/,
    alternative: '我理解您的心情，我来帮您处理',
  },
  {
    id: 'hans-blame-customer-duty',
    kind: 'blame',
    pattern: /(?:客户|客人|买家|顾客|用户|[您你])自己(?:要|需要|得|应该)?(?:核对|确认|检查|负责|注意)/,
    alternative: '我来帮您一起核对',
  },
  {
    id: 'hans-dis-tone-nothing-to-say',
    kind: 'dismissive',
    pattern:
      /(?:说话|讲话)(?:请)?(?:客气|礼貌|注意)(?:一)?点|注意(?:您的|你的)?(?:态度|言辞|用词)|没(?:有)?(?:别的|什么|其他)(?:可|好)?说的/,
    alternative: '接下来我会这样跟进：',
  },
  {
    id: 'hans-def-not-ours-to-control',
    kind: 'defensive',
    pattern: /不是(?:我们|我)(?:能|可以)(?:控制|决定|负责|管)的?/,
    alternative: '我会帮您盯紧进度',
  },
  {
    id: 'hans-dis-no-need-to-complain',
    kind: 'dismissive',
    pattern:
      /为了[^，。！？]{1,8}就(?:要)?(?:投诉|闹|差评|退货)|(?:投诉|差评)[^，。！？]{0,4}?(?:真的|根本)?没(?:有)?必要/,
    alternative: '我理解您为什么想投诉',
  },
  {
    id: 'hans-def-your-side',
    kind: 'defensive',
    pattern: /(?:都是)?(?:按|照)(?:要求|规范|流程)操作的|(?:可能|应该|肯定|多半)是[您你](?:那边)的/,
    alternative: '我来帮您把两边都查一遍',
  },
  {
    id: 'hans-dis-read-my-reply',
    kind: 'dismissive',
    pattern: /(?:看|读)(?:一下)?(?:我)?(?:的)?上一(?:条|封|次)(?:回复|消息|邮件)|里面已经回答|已经回答过/,
    alternative: '我再整理一下要点：',
  },
  {
    id: 'hans-dis-stop-contacting',
    kind: 'dismissive',
    pattern: /(?:请)?不要(?:反复|一直|再)(?:联系|找|催)我们|这次(?:您|你)?能看明白|(?:您|你)能看(?:明白|懂)吧/,
    alternative: '我会主动跟进，您不用再追问',
  },
  {
    id: 'hans-def-decided-by-them',
    kind: 'defensive',
    pattern:
      /是(?:快递|物流|银行|厂家)(?:公司)?(?:定|决定)的|(?:直接)?联系(?:他们|快递|物流|银行|厂家)(?:吧)?(?=[。！]|$)|建议您直接联系/,
    alternative: '我这边帮您联系对方跟进',
  },
  // — 绝对否定 —
  {
    id: 'hans-abs-impossible',
    kind: 'absolute',
    pattern: /不可能/,
    notAfter: /^再/,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hans-abs-no-way',
    kind: 'absolute',
    pattern: /没(?:有)?办法|没法|[退换修赔]不了/,
    // 让您没办法使用 restates what the customer went through.
    notBefore: /(?:让|使|导致|令|害)[您你].{0,6}$|[您你](?:一直|暂时|都|也|还|目前)?$/,
    notAfter: /^(?:第一时间|及时|马上|接受让|接受这样)/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hans-abs-cannot',
    kind: 'absolute',
    pattern:
      /(?:我们|我|这边|本店|公司|平台)(?:这边)?(?:是|也|真的|确实|实在|暂时)?(?:不能|无法|不可以|做不到|办不到|不给|不予|不接受|不受理|不办理|不提供)|(?:所以|就是|真的|肯定|这个)不行/,
    // 我们不能让您失望 / 我无法想象您的心情 are care, not refusal.
    notAfter: /^(?:再|想象|让您|让你|接受这样|保证|确定|确保|预估)/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hans-abs-helpless',
    kind: 'absolute',
    pattern:
      /无能为力|爱莫能助|帮不了|处理不了|办不了|(?:我们|我|这边)(?:也|真的|实在)?(?:很|比较)?难(?:以)?(?:处理|办到|配合|做到)/,
    // 处理不了，不过我已经转给专员 turns to what is being done.
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hans-abs-never',
    kind: 'absolute',
    pattern: /(?:绝对|从来|永远)(?:都)?(?:不|没)(?:会|能|可以|给|退|赔)/,
    notAfter: /^再/,
    alternative: ABSOLUTE_ALT,
  },

  {
    id: 'hans-abs-cannot-impersonal',
    kind: 'absolute',
    pattern:
      /(?:是|就|都|也|后)(?:不能|无法|不可以|不予|不接受|不会)(?:退|换|赔|补偿|取消|更改|修改|处理|办理|延长|恢复|开通|保留|撤销)/,
    notBefore: /[您你](?:暂时|一直|目前|都|也|还)?$|让[您你].{0,4}$/,
    // 开课后不能退费，但我可以帮您转到下一期 turns to what we can do.
    notInSentence: /(?:但|不过|可是)[^。！？]{0,12}?(?:可以|帮|为您|给您|替您|安排|已经)/,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hans-abs-wont',
    kind: 'absolute',
    pattern: /(?:我们|我|这边|本店|公司)(?:这边)?(?:是)?不会(?:退|换|赔|补|给您|同意|接受|处理)|改不了/,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hans-abs-not-allowed',
    kind: 'absolute',
    pattern: /(?:不允许|不开放)(?:修改|取消|退|换|更改|变更)/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hans-abs-blanket',
    kind: 'absolute',
    pattern: /一律(?:不|无法)|不能商量|没得商量|不能谈/,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'hans-dis-what-more',
    kind: 'dismissive',
    pattern: /您还想要什么|你还想要什么|还想要什么|您还期待什么|还期待什么/,
    alternative: '我理解这和您期待的不一样',
  },
  {
    id: 'hans-blame-your-end',
    kind: 'blame',
    pattern: /问题(?:应该|肯定|一定)?在[您你]那边/,
    alternative: '我来帮您把两边都查一遍',
  },
  {
    id: 'hans-abs-final',
    kind: 'absolute',
    pattern: /最终决定|不会(?:再)?退回|不会(?:再)?更改|没有商量的余地/,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  // — 拿规定挡 —
  {
    id: 'hans-pol-thats-the-rule',
    kind: 'policy',
    pattern: /规定就是(?:这样|如此)|规则就是规则|政策就是(?:这样|如此)|没有(?:这个|这样的)(?:规定|政策)/,
    notInSentence: PIVOT,
    alternative: '我这边可以为您争取的是',
  },
  {
    id: 'hans-pol-per-rules',
    kind: 'policy',
    pattern:
      /(?:这|这是)(?:公司|平台|我们的|店铺)?(?:的)?规定|(?:按|按照|根据|依照)(?:公司|平台|我们的?|店铺)?(?:的)?[^，。！？]{0,4}?(?:规定|政策|规则|流程|规矩)|标准流程|就是这样规定|流程就是这样|(?:公司|平台|店铺|我们)(?:有|的)?规定/,
    // 按规定迟到算缺席，不过这次我帮你补登记 turns to what we can do.
    notInSentence: new RegExp(
      `${GRANTS.source}|(?:但|不过|可是)[^。！？]{0,12}?(?:可以|帮|为您|给您|替您|安排|已经)|我(?:们)?(?:马上|立即|现在就|这就)(?:帮|为|替)`,
    ),
    alternative: '我这边可以为您争取的是',
  },

  {
    id: 'hans-pol-you-agreed',
    kind: 'policy',
    pattern: /条款(?:上|里)?(?:写|规定|明确)|[您你](?:当初)?(?:有)?同意(?:过)?(?:了)?(?:条款|协议)/,
    // 条款里写着您可以… cites the terms to grant.
    notInSentence: GRANTS,
    alternative: '我这边可以为您争取的是',
  },
  {
    id: 'hans-pol-terms-clear',
    kind: 'policy',
    pattern: /(?:条款|规定|政策)(?:写得|说得)?(?:很|非常)?(?:清楚|明确)/,
    alternative: '我这边可以为您争取的是',
  },
  // — 没有担当 —
  {
    id: 'hans-own-system',
    kind: 'no-ownership',
    pattern:
      /系统(?:的)?(?:问题|原因|故障|错误|出错|自动|bug|BUG|异常)|(?:电脑|机器)(?:出错|的问题)|(?:是|属于)(?:技术|网络)(?:问题|原因)/,
    // 系统问题 with a 我们 that owns it is an explanation, not an excuse.
    notInDraft: /我们|我方|我司|本店|抱歉|对不起|失误|帮您|为您/,
    alternative: '是我们这边出了问题',
  },
  {
    id: 'hans-own-unavoidable',
    kind: 'no-ownership',
    pattern: /这种(?:情况|事)(?:很|挺|比较)?(?:正常|常见|难免|常有)|在所难免|难免的/,
    alternative: '这本不应该发生',
  },

  {
    id: 'hans-own-it-broke',
    kind: 'no-ownership',
    pattern: /(?:渠道|系统|网络|平台|那边|后台|服务器)出了(?:点|一些)?(?:问题|状况|故障|差错)/,
    notInDraft: /我们|我方|我司|本店|抱歉|对不起|失误/,
    alternative: '是我们这边出了问题',
  },
  {
    id: 'hans-own-volume',
    kind: 'no-ownership',
    pattern: /(?:订单量|单量|业务量|咨询量)(?:太|过|比较)?大|(?:出现|产生)了?(?:延误|延迟)/,
    notInDraft: /我们|我方|我司|本店|抱歉|对不起|失误/,
    alternative: '是我们没跟上，非常抱歉',
  },
  {
    id: 'hans-own-vague-slip',
    kind: 'no-ownership',
    pattern: /出了(?:点|一些)?(?:差错|岔子)|(?:延误|延迟|这种情况)(?:是)?(?:很|挺|蛮|满)?正常/,
    notInDraft: /我们|我方|我司|本店|抱歉|对不起|失误/,
    alternative: '是我们这边出了错',
  },
  {
    id: 'hans-own-by-system',
    kind: 'no-ownership',
    pattern: /被系统(?:自动)?(?:取消|关闭|冻结|拦截|扣|删除)/,
    notInDraft: /我们|我方|我司|本店|抱歉|对不起|失误/,
    alternative: '是我们这边取消了',
  },
  // — 讽刺 —
  {
    id: 'hans-sar-phrases',
    kind: 'sarcasm',
    pattern:
      /呵呵|[您你](?:说的|说得)都对|[您你](?:可)?真(?:厉害|行|聪明|有本事)|随便[你您]|[你您](?:自己)?看着办|[您你](?:开心|高兴)就好|行行行|是是是|好吧好吧/,
    // 您说得都对，这次是我们没做好 agrees and owns; 您真厉害，一次就找到了 praises real help.
    notInSentence:
      /抱歉|对不起|道歉|是我们|我们没做好|谢谢|感谢|找到|发现|解决|我(?:们)?(?:马上|立刻|现在就|这就)|帮您|为您/,
    alternative: '我明白您的意思，我来帮您处理。',
  },
  {
    id: 'hans-sar-on-purpose',
    kind: 'sarcasm',
    pattern: /(?<!不)是故意的/,
    alternative: '我明白您的意思，我来帮您处理。',
  },
  {
    id: 'hans-sar-scare-quotes',
    kind: 'sarcasm',
    pattern: /[您你]的[“"「](?:耐心|急事|问题|投诉|专业|理解|紧急)[”"」]/,
    alternative: '您的问题',
  },
];
