// Facts a reply can quote, found in the conversation's text wherever it came from (a site adapter, the
// agent's selection, pasted text): order ids, the product, the timeframe the agent already promised.
import type { ContentLanguage, Conversation, TemplateVars } from '@/lib/types';
import { findOrderIds } from './order-ids';
import { findProduct } from './products';
import { findTimeframe } from './timeframes';

export interface ConversationFacts {
  orderIds: string[];
  product?: string;
  timeframe?: string;
}

export function conversationFacts(c: Pick<Conversation, 'title' | 'messages'>): ConversationFacts {
  const customer = c.messages.filter((m) => m.role === 'customer').map((m) => m.text);
  const agent = c.messages.filter((m) => m.role === 'agent').map((m) => m.text);
  const facts: ConversationFacts = { orderIds: findOrderIds([c.title ?? '', ...c.messages.map((m) => m.text)]) };
  const product = findProduct([...customer, c.title ?? '']);
  if (product) facts.product = product;
  const timeframe = findTimeframe(agent);
  if (timeframe) facts.timeframe = timeframe;
  return facts;
}

const HAN = /\p{Script=Han}/u;

/**
 * The template variables these facts fill in a reply written in `lang`. Words go only into a reply in
 * their own script ("the kettle" never lands inside a Chinese sentence); ids fit any language.
 */
export function factVars(
  f: ConversationFacts,
  lang: ContentLanguage,
): Pick<TemplateVars, 'orderId' | 'product' | 'timeframe'> {
  const fits = (word: string) => HAN.test(word) === (lang !== 'en');
  const vars: Pick<TemplateVars, 'orderId' | 'product' | 'timeframe'> = {};
  if (f.orderIds[0]) vars.orderId = f.orderIds[0];
  if (f.product && fits(f.product)) vars.product = f.product;
  if (f.timeframe && (lang === 'en' ? /^[\x20-\x7e]+$/.test(f.timeframe) : HAN.test(f.timeframe))) {
    vars.timeframe = f.timeframe;
  }
  return vars;
}
