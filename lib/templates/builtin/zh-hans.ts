import type { Template } from '../types';
import { type BuiltinKey, buildBuiltins } from './catalogue';

const TEXTS: Record<BuiltinKey, string> = {
  'opening-anger': '{customerName}您好，我能感受到您对这件事非常生气，您本来就应该得到更好的服务。',
  'opening-anger-high':
    '{customerName}您好，我能体会到您现在非常愤怒，我们非常重视这件事。我会一直跟进，直到帮您处理好为止。',
  'opening-frustration': '{customerName}您好，我能理解这件事让您很烦心，尤其是您已经为此花了不少时间。',
  'opening-repeat':
    '{customerName}您好，同一件事还要您再次联系我们，我能理解您有多无奈。之前的记录我都看过了，您不用再重复说明。',
  'opening-anxiety': '{customerName}您好，我能感觉到您很担心这件事，这完全可以理解。我先帮您把情况弄清楚。',
  'opening-sadness': '{customerName}您好，听到这件事让您这么难过，我真的很遗憾。谢谢您愿意告诉我们发生了什么。',
  'opening-confusion': '{customerName}您好，看得出来这件事让您有些困惑，是我们没有说明清楚。我来帮您一起理一理。',
  'opening-joy': '{customerName}您好，很高兴收到您的消息，知道一切顺利我们也很开心！',
  'opening-gratitude': '{customerName}您好，非常感谢您的肯定，这对我们整个团队来说意义很大。',
  'opening-neutral': '{customerName}您好，感谢您的来信。您的问题我已经看到了，正在为您查询。',
  'opening-brief': '{customerName}您好，明白您希望尽快解决，下面直接说明目前的进展。',
  'opening-general': '{customerName}您好，感谢您联系我们客服。我明白这件事对您很重要，我会尽力帮您。',

  'hear-restate': '我确认一下是否理解正确：{issue}。对您来说最重要的是尽快解决这个问题。如果有遗漏，请随时告诉我。',
  'hear-need':
    '我想先弄清楚您最在意的是什么：是希望{product}尽快恢复正常使用，还是希望办理退款？无论哪一种，我都会帮您跟进。',
  'hear-details':
    '为了准确核实，麻烦您确认一下订单号{orderId}，以及问题大概是从什么时候开始的？这样我能给您一个确切的答复，而不是猜测。',
  'hear-confusion': '请问是哪一部分不太清楚：扣费、发货时间，还是账号设置？告诉我之后，我一步一步为您说明。',
  'hear-worry': '您最担心的是哪一点？我们就从那里开始，确保把您真正在意的问题都处理到。',

  'calming-high-stay': '我明白这件事已经拖得太久了，您理应得到解决。我现在就在处理，会一直陪您跟进到有结果为止。',
  'calming-high-steps': '您希望得到更好的处理，这完全合理。我们一步一步来，我每做一步都会及时告诉您。',
  'calming-anger': '您这么生气完全可以理解，换作是我，也会有同样的感受。',
  'empathize-anxiety': '不知道进展确实会让人很不安。我会及时告诉您最新情况，不让您一直悬着心。',
  'empathize-sadness': '这件事给您带来这么大的压力，我很难过。这本不该由您来承受。',
  'empathize-confusion': '您问得很好，直接问清楚比自己猜要好得多。我来帮您把它讲明白。',
  'empathize-positive': '听到这个消息真为您高兴！谢谢您特意跟我们分享。',
  'empathize-general': '我理解这件事对您的重要性，我希望帮您把它处理好。',
  'empathize-warm': '{customerName}，真的很感谢您跟我说了这么多。换作是我，也会和您有一样的感受。',

  'apology-failure': '很抱歉{product}没有达到您的期待。我们没有兑现承诺，这是我们的责任。',
  'apology-failure-order':
    '非常抱歉，您的订单{orderId}没有被妥善处理。这是我们的失误：{mistake}。给您添麻烦了，真的很抱歉。',
  'apology-failure-high':
    '真的非常抱歉。这件事本不应该发生，我完全理解它给您带来的困扰。是我们做错了，我一定会帮您处理好。',
  'apology-misunderstanding': '很抱歉我们之前的说明不够清楚，才造成了这次误会。我现在帮您重新说明清楚。',
  'apology-delay':
    '很抱歉让您久等了。这次延误出在快递环节，但我知道这并不能减少您等待的焦急，我现在就帮您向快递公司催促跟进。',
  'apology-delay-order':
    '很抱歉订单{orderId}延误了。延误发生在物流环节，我已经向物流公司反馈，会在{timeframe}内回复您最新进展。',
  'empathy-no-failure': '谢谢您告诉我们。我能理解您会感到失望，我很愿意帮您看看接下来最合适的选择。',
  'empathy-no-failure-positive': '很高兴一切顺利！如果过程中有哪里还可以做得更好，也非常欢迎您告诉我们。',

  'empathy-no-failure-question': '谢谢您先来跟我们确认，这个问题问得很好，我很乐意帮您。',
  'boundary-respect': '我很想帮您解决这个问题，也一定会尽力。希望我们能保持相互尊重的沟通，这样我可以专心帮您处理。',
  'boundary-insults':
    '我理解您非常生气，您反映的问题我很重视。如果消息中有人身攻击，我无法继续沟通，但我愿意继续和您一起解决问题。',
  'boundary-pause': '我先暂停这次对话。您的问题会一直保留，我或同事会在{timeframe}内通过邮件联系您，继续帮您处理。',

  'escalation-churn':
    '如果您决定离开，我们会很遗憾，也理解您为什么会这样考虑。在您做决定之前，请让我看看今天能先为您解决哪些问题。',
  'escalation-legal':
    '我理解您在考虑通过法律途径解决，我们非常重视。我会把您的投诉完整记录下来，并转交给负责处理此类问题的团队。',
  'escalation-regulator':
    '您当然有权向相关监管部门反映，我们不会阻拦。同时我仍希望有机会直接帮您解决，也可以把目前的处理情况整理成书面说明发给您。',
  'escalation-public': '我理解您希望让更多人知道您的经历。我更希望先把问题帮您解决好，下面是我现在正在做的处理。',
  'escalation-supervisor': '我可以请主管来复核这件事。您告诉我的情况我都会完整转达，您不需要再从头说一遍。',
  'escalation-repeat-contact': '很抱歉让您为这件事再次联系我们。本不该让您一次次来催，接下来由我负责跟进到底。',
  'escalation-chargeback':
    '我理解您已经就这笔付款联系了银行，这是您的权利。我已经核对了我们这边的扣款记录，会直接告诉您我这边还能做什么，不会因为银行在审核而耽误您的事。',
  'escalation-compensation':
    '我理解您希望得到补偿，提出这个要求是合理的。具体金额我个人无法直接确认，但我已经提交审核申请，会在{timeframe}内告诉您结果。',

  'resolve-general': '接下来我会这样处理：{resolution}。{timeframe}内我会给您回复。',
  'resolve-d': '处理结果：{resolution}，{timeframe}内完成。',
  'resolve-i': '我想为您这样安排：{resolution}。我会亲自跟进，有任何问题您都可以直接回复我。',
  'resolve-s':
    '我们一步一步来：第一步，我今天会先{nextStep}；第二步，您会收到一封确认邮件；第三步，{timeframe}内{resolution}。您不需要再做其他操作，过程中我也会主动跟您同步进展。',
  'resolve-c':
    '具体信息如下。订单号：{orderId}；问题：{issue}；处理措施：{resolution}；预计完成时间：{timeframe}。处理完成后我会书面确认。',
  'resolve-anxiety': '您现在不需要再做任何事。我会先{nextStep}，并在{timeframe}内告诉您最新进展，让您随时清楚情况。',
  'resolve-confusion': '简单来说是这样的：{resolution}。如果您看到的情况和这里不一样，告诉我，我们一起核对。',
  'resolve-positive': '如果您还想进一步使用{product}的其他功能，我很乐意帮您设置。',

  'scaffold-full':
    '{customerName}您好：\n\n我能理解这件事让您很{feeling}。\n您提到{issue}，对您来说最重要的是尽快解决。\n换作是我，也会有同样的感受。\n很抱歉{mistake}，这是我们的责任。\n接下来我会：{resolution}，{timeframe}内给您回复。\n感谢您的耐心，也谢谢您把问题告诉我们。\n\n祝好\n{agentName}\n{company}',
  'scaffold-brief':
    '{customerName}您好：\n\n{resolution}，{timeframe}内完成。\n很抱歉{mistake}，我知道这件事对您很紧急。\n感谢您及时反馈。\n\n{agentName}',
  'scaffold-detailed':
    '{customerName}您好：\n\n我能理解这件事让您很{feeling}，您发来的信息我都仔细看过了。\n情况：{issue}。\n很抱歉{mistake}。\n接下来的安排：\n1. {nextStep}\n2. {resolution}\n3. {timeframe}内我会通过邮件向您确认。\n感谢您在我们处理期间的耐心。\n\n此致\n{agentName}\n{company}',

  'scaffold-no-failure':
    '{customerName}您好：\n\n感谢您的来信。\n您咨询的是{issue}，我明白这对您很重要。\n换作是我，也会同样关心。\n我可以为您这样安排：{resolution}，{timeframe}内给您回复。\n再次感谢您联系我们，也谢谢您的耐心。\n\n祝好\n{agentName}\n{company}',

  'closing-general': '感谢您的耐心等待。如果还有其他问题，直接回复这里就可以。\n\n祝好\n{agentName}',
  'closing-negative': '谢谢您的包容，也谢谢您把这个问题告诉我们，这能帮助我们避免类似情况再次发生。',
  'closing-positive': '再次感谢您的暖心留言！有任何需要，我们随时都在。',
  'closing-d': '谢谢{customerName}。有其他问题直接回复，我来处理。',
  'closing-i': '{customerName}，很开心能帮到您！谢谢您的理解，祝您有愉快的一天！',
  'closing-s': '感谢您的耐心。我会按约定在{timeframe}内联系您，期间有任何问题都可以随时回复这里。',
  'closing-c': '总结一下：{resolution}，预计{timeframe}内完成。感谢您提供的详细信息，让核实工作顺利了很多。',
};

export const ZH_HANS_TEMPLATES: Template[] = buildBuiltins('zh-Hans', TEXTS);
