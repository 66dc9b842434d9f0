import type { ContentLanguage } from '@/lib/types';
import type { Template } from '../types';

type Meta = Omit<Template, 'id' | 'lang' | 'text' | 'builtin'>;

const NEGATIVE = ['anger', 'frustration', 'sadness', 'anxiety'] as const;

/**
 * What each built-in is for, written once so every language covers the same ground; the language files
 * only supply the words. Keys become ids as `<lang>.<key>`.
 */
export const CATALOGUE = {
  // Identify: name the feeling before anything else.
  'opening-anger': {
    step: 'identify',
    kind: 'opening',
    emotions: ['anger'],
    intensity: ['low', 'medium'],
    tags: ['names-feeling'],
  },
  'opening-anger-high': {
    step: 'identify',
    kind: 'opening',
    emotions: ['anger'],
    intensity: ['high'],
    tags: ['names-feeling'],
  },
  'opening-frustration': { step: 'identify', kind: 'opening', emotions: ['frustration'], tags: ['names-feeling'] },
  'opening-repeat': {
    step: 'identify',
    kind: 'opening',
    flags: ['repeat-contact'],
    emotions: [...NEGATIVE],
    tags: ['names-feeling'],
  },
  'opening-anxiety': { step: 'identify', kind: 'opening', emotions: ['anxiety'], tags: ['names-feeling'] },
  'opening-sadness': { step: 'identify', kind: 'opening', emotions: ['sadness'], tags: ['names-feeling'] },
  'opening-confusion': { step: 'identify', kind: 'opening', emotions: ['confusion'], tags: ['names-feeling'] },
  'opening-joy': { step: 'identify', kind: 'opening', emotions: ['joy'], tags: ['names-feeling'] },
  'opening-gratitude': { step: 'identify', kind: 'opening', emotions: ['gratitude'], tags: ['names-feeling'] },
  'opening-neutral': { step: 'identify', kind: 'opening', emotions: ['neutral'] },
  'opening-brief': { step: 'identify', kind: 'opening', disc: ['D'] },
  'opening-general': { step: 'identify', kind: 'opening' },

  // Hear: show the message was read, and ask about the need behind the demand.
  'hear-restate': { step: 'hear', kind: 'hear' },
  'hear-need': { step: 'hear', kind: 'hear', emotions: [...NEGATIVE] },
  'hear-details': { step: 'hear', kind: 'hear', disc: ['C'] },
  'hear-confusion': { step: 'hear', kind: 'hear', emotions: ['confusion'] },
  'hear-worry': { step: 'hear', kind: 'hear', emotions: ['anxiety', 'sadness'] },

  // Empathize: calm without telling anyone to calm down.
  'calming-high-stay': { step: 'empathize', kind: 'calming', intensity: ['high'] },
  'calming-high-steps': {
    step: 'empathize',
    kind: 'calming',
    intensity: ['high'],
    emotions: [...NEGATIVE, 'confusion'],
  },
  'calming-anger': {
    step: 'empathize',
    kind: 'calming',
    emotions: ['anger', 'frustration'],
    intensity: ['medium', 'high'],
  },
  'empathize-anxiety': { step: 'empathize', kind: 'calming', emotions: ['anxiety'] },
  'empathize-sadness': { step: 'empathize', kind: 'calming', emotions: ['sadness'] },
  'empathize-confusion': { step: 'empathize', kind: 'calming', emotions: ['confusion'] },
  'empathize-positive': { step: 'empathize', kind: 'calming', emotions: ['joy', 'gratitude'] },
  'empathize-general': { step: 'empathize', kind: 'calming' },
  'empathize-warm': { step: 'empathize', kind: 'calming', disc: ['I'] },

  // Apologize: own something specific; no false apology when nothing failed.
  'apology-failure': { step: 'apologize', kind: 'apology', situation: 'service-failure' },
  'apology-failure-order': { step: 'apologize', kind: 'apology', situation: 'service-failure', disc: ['C', 'S'] },
  'apology-failure-high': {
    step: 'apologize',
    kind: 'apology',
    situation: 'service-failure',
    intensity: ['high'],
    emotions: [...NEGATIVE],
  },
  'apology-misunderstanding': { step: 'apologize', kind: 'apology', situation: 'misunderstanding' },
  'apology-delay': { step: 'apologize', kind: 'apology', situation: 'delay-outside-control' },
  'apology-delay-order': { step: 'apologize', kind: 'apology', situation: 'delay-outside-control', disc: ['C', 'D'] },
  'empathy-no-failure': { step: 'apologize', kind: 'apology', situation: 'no-failure', emotions: [...NEGATIVE] },
  'empathy-no-failure-positive': {
    step: 'apologize',
    kind: 'apology',
    situation: 'no-failure',
    emotions: ['joy', 'gratitude'],
  },
  'empathy-no-failure-question': {
    step: 'apologize',
    kind: 'apology',
    situation: 'no-failure',
    emotions: ['neutral', 'confusion'],
  },

  // Abuse: set the boundary on the behaviour, keep helping the person.
  'boundary-respect': { step: 'empathize', kind: 'boundary', flags: ['abuse'] },
  'boundary-insults': { step: 'empathize', kind: 'boundary', flags: ['abuse'], intensity: ['medium', 'high'] },
  'boundary-pause': { step: 'resolve', kind: 'boundary', flags: ['abuse'] },

  // One per escalation flag: acknowledge it, promise only what the agent controls.
  'escalation-churn': { step: 'resolve', kind: 'escalation', flags: ['churn'] },
  'escalation-legal': { step: 'hear', kind: 'escalation', flags: ['legal'] },
  'escalation-regulator': { step: 'hear', kind: 'escalation', flags: ['regulator'] },
  'escalation-public': { step: 'hear', kind: 'escalation', flags: ['public'] },
  'escalation-supervisor': { step: 'resolve', kind: 'escalation', flags: ['supervisor'] },
  'escalation-repeat-contact': { step: 'apologize', kind: 'escalation', flags: ['repeat-contact'] },
  'escalation-compensation': { step: 'resolve', kind: 'escalation', flags: ['compensation'] },
  'escalation-chargeback': { step: 'resolve', kind: 'escalation', flags: ['chargeback'] },
  // No template answers 'harm': the panel shows a safety card instead, and suggest() offers nothing.

  // Resolve: a concrete next step, shaped by DISC style.
  'resolve-general': { step: 'resolve', kind: 'resolve' },
  'resolve-d': { step: 'resolve', kind: 'resolve', disc: ['D'] },
  'resolve-i': { step: 'resolve', kind: 'resolve', disc: ['I'] },
  'resolve-s': { step: 'resolve', kind: 'resolve', disc: ['S'] },
  'resolve-c': { step: 'resolve', kind: 'resolve', disc: ['C'] },
  'resolve-anxiety': { step: 'resolve', kind: 'resolve', emotions: ['anxiety', 'sadness'] },
  'resolve-confusion': { step: 'resolve', kind: 'resolve', emotions: ['confusion'] },
  'resolve-positive': { step: 'resolve', kind: 'resolve', emotions: ['joy', 'gratitude'] },

  // A whole reply with every IHEART step and gaps for the agent to fill.
  'scaffold-full': { step: 'resolve', kind: 'scaffold', situation: 'service-failure', tags: ['iheart'] },
  'scaffold-brief': { step: 'resolve', kind: 'scaffold', situation: 'service-failure', disc: ['D'], tags: ['iheart'] },
  'scaffold-detailed': {
    step: 'resolve',
    kind: 'scaffold',
    situation: 'service-failure',
    disc: ['C', 'S'],
    tags: ['iheart'],
  },
  'scaffold-no-failure': { step: 'resolve', kind: 'scaffold', situation: 'no-failure', tags: ['iheart'] },

  // Thank: close warmly and leave the door open.
  'closing-general': { step: 'thank', kind: 'closing' },
  'closing-negative': { step: 'thank', kind: 'closing', emotions: [...NEGATIVE] },
  'closing-positive': { step: 'thank', kind: 'closing', emotions: ['joy', 'gratitude'] },
  'closing-d': { step: 'thank', kind: 'closing', disc: ['D'] },
  'closing-i': { step: 'thank', kind: 'closing', disc: ['I'] },
  'closing-s': { step: 'thank', kind: 'closing', disc: ['S'] },
  'closing-c': { step: 'thank', kind: 'closing', disc: ['C'] },
} satisfies Record<string, Meta>;

/** Openings whose words name the customer's feeling, the first thing a reply should do. */
export const NAMES_FEELING = 'names-feeling';

export type BuiltinKey = keyof typeof CATALOGUE;
export const BUILTIN_KEYS = Object.keys(CATALOGUE) as BuiltinKey[];

export function buildBuiltins(lang: ContentLanguage, texts: Record<BuiltinKey, string>): Template[] {
  return BUILTIN_KEYS.map((key) => {
    const meta: Meta = CATALOGUE[key];
    return {
      ...meta,
      emotions: meta.emotions ? [...meta.emotions] : undefined,
      intensity: meta.intensity ? [...meta.intensity] : undefined,
      flags: meta.flags ? [...meta.flags] : undefined,
      disc: meta.disc ? [...meta.disc] : undefined,
      tags: meta.tags ? [...meta.tags] : undefined,
      id: `${lang}.${key}`,
      lang,
      text: texts[key],
      builtin: true,
    };
  }).map(dropUndefined);
}

function dropUndefined(t: Template): Template {
  return Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as unknown as Template;
}
