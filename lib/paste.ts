import type { Conversation, ConversationMessage, Role } from './types';

// Text pasted into the panel or selected in a page: often a transcript copied from a tool
// Heartline cannot read. Lines that start with a speaker label become messages; anything else is
// read as the customer's words, since that is what an agent pastes to ask "how do they feel?".

const AGENT_LABELS = /^(agent|support|me|you|staff|rep|客服|我|坐席|專員|专员|客服人員|客服人员)$/i;
const CUSTOMER_LABELS =
  /^(customer|client|user|visitor|guest|buyer|客户|客戶|顾客|顧客|用户|用戶|买家|買家|访客|訪客)$/i;
const SPEAKER = /^\s*([^\s:：]{1,24}(?:\s[^\s:：]{1,24})?)\s*[:：]\s*(.*)$/;
const MAX_PASTE = 50_000;

export function conversationFromText(raw: string, source: 'paste' | 'selection'): Conversation {
  const text = raw.slice(-MAX_PASTE);
  const messages: ConversationMessage[] = [];
  let labelled = 0;
  for (const line of text.split(/\r?\n/)) {
    const m = SPEAKER.exec(line);
    const label = m?.[1]?.trim() ?? '';
    const role: Role | null = AGENT_LABELS.test(label) ? 'agent' : CUSTOMER_LABELS.test(label) ? 'customer' : null;
    if (m && role) {
      labelled++;
      messages.push({ role, author: label, text: m[2] ?? '' });
    } else if (messages.length && labelled) {
      const last = messages[messages.length - 1] as ConversationMessage;
      last.text = last.text ? `${last.text}\n${line}` : line;
    } else {
      messages.push({ role: 'customer', text: line });
    }
  }
  const cleaned = labelled
    ? messages.map((m) => ({ ...m, text: m.text.trim() })).filter((m) => m.text)
    : [{ role: 'customer' as const, text: text.trim() }].filter((m) => m.text);
  return { source, customer: {}, messages: cleaned };
}
