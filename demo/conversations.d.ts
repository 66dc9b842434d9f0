// Types for demo/conversations.js, which the browser loads as a plain ES module (no build step).
import type { ContentLanguage, DiscStyle, EmotionLabel, EscalationFlag } from '../lib/types';

export type DemoPageType = 'helpdesk' | 'mail' | 'chat';

export interface DemoMessage {
  role: 'customer' | 'agent';
  /** ISO 8601, UTC. */
  at: string;
  text: string;
}

/** What a good engine should read from the whole conversation. */
export interface DemoExpectation {
  /** Acceptable primary labels, most likely first. */
  primary: EmotionLabel[];
  /** Flags a good engine should raise. */
  escalation: EscalationFlag[];
  /** Flags that are defensible either way (e.g. a refund demand read as compensation); anything else is a false alarm. */
  mayAlsoFlag: EscalationFlag[];
  /** null when the style is not clear from the text. */
  disc: DiscStyle | null;
}

export interface DemoConversation {
  id: string;
  lang: ContentLanguage;
  summary: string;
  subject: string;
  ticket: number;
  customer: {
    name: string;
    email: string;
    location: string;
    since: string;
    ticketCount: number;
    signature: string;
  };
  orderIds: string[];
  tags: string[];
  expected: DemoExpectation;
  /** `bad` is loaded into the reply box with ?draft=bad. */
  drafts?: { bad?: string };
  messages: DemoMessage[];
}

export interface DemoConversationFull extends DemoConversation {
  brand: string;
  timeZone: string;
  agent: { name: string; email: string; signature: string };
}

export const CONVERSATIONS: readonly DemoConversationFull[];
export const PAGE_TYPES: readonly ['helpdesk', 'mail', 'chat'];
export function findConversation(id: string | null | undefined): DemoConversationFull;
