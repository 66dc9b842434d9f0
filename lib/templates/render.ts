import type { ContentLanguage, TemplateVars } from '@/lib/types';

export type VarName = keyof TemplateVars;
export const VAR_NAMES: readonly VarName[] = [
  'customerName',
  'agentName',
  'company',
  'orderId',
  'product',
  'timeframe',
];

/**
 * Slots the agent always writes by hand (what happened, what we'll do). They are never filled from the page,
 * so the scaffold can still hand the caret to each gap in turn.
 */
export type SlotName = 'issue' | 'resolution' | 'nextStep' | 'mistake' | 'feeling';
export const SLOT_NAMES: readonly SlotName[] = ['issue', 'resolution', 'nextStep', 'mistake', 'feeling'];

export type PlaceholderName = VarName | SlotName;

// A greeting reads fine without a name ("Hi," / "您好"), so a missing name is dropped rather than shown.
const DROP_WHEN_MISSING: ReadonlySet<string> = new Set<PlaceholderName>(['customerName']);

const LABELS: Record<ContentLanguage, Record<PlaceholderName, string>> = {
  en: {
    customerName: 'customer name',
    agentName: 'your name',
    company: 'company',
    orderId: 'order number',
    product: 'product',
    timeframe: 'timeframe',
    issue: 'the issue',
    resolution: 'the fix',
    nextStep: 'next step',
    mistake: 'what went wrong',
    feeling: 'how they feel',
  },
  'zh-Hans': {
    customerName: '客户称呼',
    agentName: '您的名字',
    company: '公司名称',
    orderId: '订单号',
    product: '产品',
    timeframe: '时间',
    issue: '问题',
    resolution: '解决方案',
    nextStep: '下一步',
    mistake: '我们的失误',
    feeling: '客户的感受',
  },
  'zh-Hant': {
    customerName: '客戶稱呼',
    agentName: '您的名字',
    company: '公司名稱',
    orderId: '訂單編號',
    product: '產品',
    timeframe: '時間',
    issue: '問題',
    resolution: '處理方式',
    nextStep: '下一步',
    mistake: '我們的疏失',
    feeling: '客戶的感受',
  },
};

export interface RenderedPlaceholder {
  name: string;
  start: number;
  end: number;
}

export interface RenderedTemplate {
  text: string;
  placeholders: RenderedPlaceholder[];
}

/** The visible stand-in for an unfilled variable, e.g. `[order number]`, `[订单号]`, `[訂單編號]`. */
export function placeholderLabel(name: PlaceholderName, lang: ContentLanguage): string {
  return `[${LABELS[lang][name]}]`;
}

// Characters seen only in Traditional script; enough to tell our own templates apart when no language is passed.
const TRADITIONAL_MARKS = /[們這說還為會點對時間題過應謝請問訂單處帳號費聯絡確認讓覺據換給與個實歡]/u;
const HAN = /\p{Script=Han}/u;

export function guessTemplateLanguage(text: string): ContentLanguage {
  if (!HAN.test(text)) return 'en';
  return TRADITIONAL_MARKS.test(text) ? 'zh-Hant' : 'zh-Hans';
}

const TOKEN = /\{([A-Za-z]+)\}/g;
const TRAILING_SPACES = /[ \t\u3000]+$/;
const CLOSING_PUNCT = /^[,.!?;:，。！？、；：)）]/;
const SENTENCE_END = /^[.!?。！？]/;
const LEADING_JOINERS = /^[ \t\u3000]*[,，、]?[ \t\u3000]*/;

function isKnown(name: string): name is PlaceholderName {
  return (VAR_NAMES as readonly string[]).includes(name) || (SLOT_NAMES as readonly string[]).includes(name);
}

/**
 * Fills `{variables}` from `vars` (and slots such as `{feeling}` from `slots`, which the suggestion engine knows
 * from the analysis); anything unknown stays visible as a bracketed placeholder in the template's language and
 * is reported with its offsets, so an inserter can put the caret on the first gap.
 */
export function renderTemplate(
  text: string,
  vars: TemplateVars,
  lang?: ContentLanguage,
  slots: Partial<Record<SlotName, string>> = {},
): RenderedTemplate {
  const language = lang ?? guessTemplateLanguage(text);
  const values: Record<string, string | undefined> = { ...slots, ...vars };
  const placeholders: RenderedPlaceholder[] = [];
  let out = '';
  let cursor = 0;
  for (const match of text.matchAll(TOKEN)) {
    const name = match[1] ?? '';
    const at = match.index ?? 0;
    if (!isKnown(name)) continue;
    out += text.slice(cursor, at);
    cursor = at + match[0].length;
    const value = values[name]?.trim();
    if (value) {
      out += value;
      continue;
    }
    if (DROP_WHEN_MISSING.has(name)) {
      const rest = text.slice(cursor);
      if (out === '' || out.endsWith('\n')) {
        cursor += LEADING_JOINERS.exec(rest)?.[0].length ?? 0;
      } else if (rest === '' || rest.startsWith('\n') || CLOSING_PUNCT.test(rest)) {
        out = out.replace(TRAILING_SPACES, '');
        if (/[,，]$/.test(out) && /^[,，]/.test(rest)) {
          out = out.slice(0, -1);
          cursor += 1;
        } else if (/[,，]$/.test(out) && (rest === '' || rest.startsWith('\n') || SENTENCE_END.test(rest))) {
          out = out.slice(0, -1);
        }
      }
      continue;
    }
    const label = placeholderLabel(name, language);
    placeholders.push({ name, start: out.length, end: out.length + label.length });
    out += label;
  }
  out += text.slice(cursor);
  return { text: out, placeholders };
}
