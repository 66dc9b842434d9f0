import type { Template } from '../types';
import { type BuiltinKey, buildBuiltins } from './catalogue';

const TEXTS: Record<BuiltinKey, string> = {
  'opening-anger':
    "Hi {customerName}, I can see you're angry about this, and you have every reason to expect better from us.",
  'opening-anger-high':
    "Hi {customerName}, I can tell how angry you are, and I'm taking it seriously. I'm here, and I'll stay on this with you until it's sorted.",
  'opening-frustration':
    "Hi {customerName}, I can hear how frustrating this has been, especially after all the time you've already put into it.",
  'opening-repeat':
    "Hi {customerName}, I can hear how frustrating it is to have to write to us again about this. I've read the whole thread, so you won't need to repeat yourself.",
  'opening-anxiety':
    "Hi {customerName}, I can hear that you're worried about this, and I understand why. Let's get you a clear answer.",
  'opening-sadness':
    "Hi {customerName}, I'm really sorry to hear how upsetting this has been. Thank you for telling us what happened.",
  'opening-confusion':
    "Hi {customerName}, I can see this has been confusing, and it's on us to make it clearer. Let me untangle it with you.",
  'opening-joy': "Hi {customerName}, it's great to hear from you, and I'm so glad things are going well!",
  'opening-gratitude': 'Hi {customerName}, thank you so much for your kind words. It really means a lot to the team.',
  'opening-neutral':
    "Hi {customerName}, thanks for getting in touch. I've read your message and I'm looking into it now.",
  'opening-brief': "Hi {customerName}, I understand this needs sorting quickly. Here's where things stand.",
  'opening-general':
    'Hi {customerName}, thank you for reaching out. I understand how much this matters to you, and I want to help.',

  'hear-restate':
    'Just to make sure I have this right: {issue}. What matters most is getting this resolved for you. Please tell me if I missed anything.',
  'hear-need':
    "I want to focus on what matters most to you here. Is it getting {product} working again, or getting your money back? Either way, I'll help you get there.",
  'hear-details':
    'To check this properly, could you confirm order {orderId} and roughly when the problem started? That way I can give you an exact answer rather than a guess.',
  'hear-confusion':
    "Which part is unclear: the charge, the delivery date, or the settings? Tell me and I'll go through that part with you step by step.",
  'hear-worry':
    "Tell me what worries you most about this, and I'll start there. I want to make sure we cover what's really on your mind.",

  'calming-high-stay':
    "I understand this has gone much too far, and you deserve to have it fixed. I'm working on it now, and I'll stay with you until we have an answer.",
  'calming-high-steps':
    "You're right to expect better than this. Let's take it one step at a time, and I'll tell you exactly what I'm doing as I do it.",
  'calming-anger': "It makes complete sense that you're upset. In your position, I'd feel the same way.",
  'empathize-anxiety':
    "I understand how worrying it is not to know where things stand. I'll keep you updated, so you're not left guessing.",
  'empathize-sadness': "I'm sorry this has caused you so much stress. You shouldn't have had to deal with this.",
  'empathize-confusion':
    "That's a completely fair question, and I'm glad you asked rather than having to guess. Let's make it clear.",
  'empathize-positive': "I'm really happy to hear that. Thank you for taking the time to share it with us.",
  'empathize-general': 'I understand why this matters to you, and I want to get it right for you.',
  'empathize-warm':
    "I really appreciate you telling me all of this, {customerName}. I'd feel exactly the same in your shoes.",

  'apology-failure': "I'm sorry we let you down with {product}. We didn't deliver what we promised, and that's on us.",
  'apology-failure-order':
    "I apologise that order {orderId} wasn't handled properly. That was our mistake: {mistake}. I'm sorry for the trouble it has caused you.",
  'apology-failure-high':
    "I'm truly sorry. This should never have happened, and I understand why you're so upset. We got it wrong, and I'm going to put it right.",
  'apology-misunderstanding':
    "I'm sorry our earlier explanation wasn't clear. That's what caused the confusion, and I'd like to set it straight now.",
  'apology-delay':
    "I'm sorry you're still waiting. The hold-up is with the carrier, but that doesn't make the wait any easier, so I'm following it up with them for you now.",
  'apology-delay-order':
    "I'm sorry order {orderId} is late. The delay happened at the carrier's end; I've raised it with them and will update you within {timeframe}.",
  'empathy-no-failure':
    'Thank you for letting us know. I can see why this is disappointing, and I would like to help you find the best option from here.',
  'empathy-no-failure-positive':
    "I'm glad it all worked out. If anything along the way could have been smoother, I'd genuinely like to hear it.",

  'empathy-no-failure-question':
    "Thanks for checking with us before going ahead. It's a good question, and I'm happy to help you with it.",
  'boundary-respect':
    "I want to help you resolve this, and I will. I'm asking that we keep our conversation respectful, so I can focus completely on fixing it for you.",
  'boundary-insults':
    "I understand you're very angry, and your complaint matters to me. I'm not able to continue while the messages include personal insults, but I'm ready to keep working on this with you.",
  'boundary-pause':
    "I'm going to pause this chat for now. Your case stays open, and a colleague or I will follow up with you by email within {timeframe}, so your issue still gets resolved.",

  'escalation-churn':
    "I'd be sorry to see you go, and I understand why you're considering it. Before you decide, let me see what I can put right for you today.",
  'escalation-legal':
    "I understand you're considering legal action, and I take that seriously. I'll make sure your complaint is recorded in full and passed to the team that handles these matters.",
  'escalation-regulator':
    "You're entitled to contact the regulator, and I won't stand in your way. I'd still like the chance to resolve this for you directly, and I can send you a written summary of what we've done so far.",
  'escalation-public':
    "I understand you want others to know about your experience. I'd much rather fix the problem for you, so here is what I'm doing right now.",
  'escalation-supervisor':
    "I can ask a team lead to review this. I'll pass on everything you've told me, so you won't have to explain it all again.",
  'escalation-repeat-contact':
    "I'm sorry you've had to contact us again about this. You shouldn't have to chase us, so I'll take ownership of it from here and see it through.",
  'escalation-chargeback':
    "I understand you've gone to your bank about this payment, and that's your right. I've checked the charge on our side and I'll tell you plainly what I can still do here, so nothing is held up while the bank reviews it.",
  'escalation-compensation':
    "I understand you'd like compensation for this, and it's fair to ask. I can't confirm an amount myself, but I've requested a review and will let you know the outcome within {timeframe}.",

  'resolve-general': "Here's what I'm going to do: {resolution}. You'll hear from me within {timeframe}.",
  'resolve-d': "Here's the outcome: {resolution}, complete within {timeframe}.",
  'resolve-i':
    "Here's what I'd love to do for you: {resolution}. I'll keep you posted personally, and you can reply to me directly any time.",
  'resolve-s':
    "Here's what will happen, step by step: first, I'll {nextStep} today. Next, you'll get a confirmation by email. Then {resolution} within {timeframe}. You don't need to do anything else, and I'll check in with you along the way.",
  'resolve-c':
    "Here are the details. Order: {orderId}. Issue: {issue}. Action taken: {resolution}. Expected completion: {timeframe}. I'll confirm in writing once it's done.",
  'resolve-anxiety':
    "You don't need to do anything else right now. I'll {nextStep} and update you within {timeframe}, so you'll know exactly where things stand.",
  'resolve-confusion':
    "Here's how it works, in short: {resolution}. If anything you see doesn't match this, tell me and we'll go through it together.",
  'resolve-positive': "If there's anything else you'd like to do with {product}, I'm happy to help you set it up.",

  'scaffold-full':
    "Hi {customerName},\n\nI can see how {feeling} this has been for you.\nYou've told me that {issue}, and what matters most is getting it sorted.\nIn your position, I'd feel the same.\nI'm sorry that {mistake}; that's on us.\nHere's what I'll do: {resolution}. You'll hear from me within {timeframe}.\nThank you for your patience, and for telling us about this.\n\nBest regards,\n{agentName}\n{company}",
  'scaffold-brief':
    "Hi {customerName},\n\n{resolution}, done within {timeframe}.\nI'm sorry that {mistake}. I know this is urgent for you.\nThanks for flagging it.\n\n{agentName}",
  'scaffold-detailed':
    "Hi {customerName},\n\nI can see how {feeling} this has been, and I've read everything you sent.\nWhat happened: {issue}.\nI'm sorry that {mistake}.\nWhat happens next:\n1. {nextStep}\n2. {resolution}\n3. I'll confirm by email within {timeframe}.\nThank you for your patience while we put this right.\n\nKind regards,\n{agentName}\n{company}",

  'scaffold-no-failure':
    "Hi {customerName},\n\nThank you for your message.\nYou've asked about {issue}, and I can see why it matters to you.\nI'd feel the same in your position.\nHere's what I can do: {resolution}. You'll hear from me within {timeframe}.\nThank you for reaching out, and for your patience.\n\nBest regards,\n{agentName}\n{company}",

  'closing-general':
    'Thank you for your patience while we sorted this out. If anything else comes up, just reply here.\n\nBest regards,\n{agentName}',
  'closing-negative':
    'Thank you for bearing with us, and for telling us about this. It helps us make sure it does not happen again.',
  'closing-positive': "Thanks again for your lovely message. We're always here if you need anything.",
  'closing-d': 'Thanks, {customerName}. Anything else, reply here and I will handle it.',
  'closing-i':
    "It's been a real pleasure helping you, {customerName}. Thanks for being so understanding, and have a lovely day!",
  'closing-s':
    "Thank you for your patience. I'll be in touch within {timeframe} as promised, and you can reply here at any time.",
  'closing-c':
    'To summarise: {resolution}, expected within {timeframe}. Thank you for the detailed information; it made this much quicker to check.',
};

export const EN_TEMPLATES: Template[] = buildBuiltins('en', TEXTS);
