// Order numbers customers quote, so replies can name the order ("#A10293", "order number 123-4567",
// 订单号 20261122-8841, 訂單編號 TW-55821). An id must contain a digit: "order status" is not an id.
// Kept as written ("#A10293" keeps its "#"), so a reply quotes it the way the customer does.

const PATTERNS: readonly RegExp[] = [
  /(?:^|[^\w&])(#[A-Z]{0,4}-?\d{3,}[A-Z0-9-]*)/gi,
  /\border\s*(?:number|no\.?|num(?:ber)?|id|ref(?:erence)?)?\s*:?\s*(#?[A-Z0-9][A-Z0-9-]{3,24})/gi,
  /(?:订单|訂單|单号|單號)(?:号码|號碼|编号|編號|号|號|ID)?\s*(?:是|为|為)?\s*[:：]?\s*([#＃]?[A-Z0-9][A-Z0-9-]{3,24})/gi,
];

/** Distinct order ids in order of first appearance across the given texts. */
export function findOrderIds(texts: readonly string[], limit = 10): string[] {
  const found: { id: string; at: number; text: number }[] = [];
  texts.forEach((text, ti) => {
    for (const re of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const id = (m[1] ?? '').replace(/-+$/, '').replace(/^＃/, '#');
        if (/\d/.test(id) && id.replace(/^#/, '').length >= 4) found.push({ id, at: m.index, text: ti });
      }
    }
  });
  found.sort((a, b) => a.text - b.text || a.at - b.at);
  const out: string[] = [];
  for (const f of found) {
    const key = f.id.replace(/^#/, '').toUpperCase();
    if (!out.some((o) => o.replace(/^#/, '').toUpperCase() === key)) out.push(f.id);
    if (out.length >= limit) break;
  }
  return out;
}
