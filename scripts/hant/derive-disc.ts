import ts from 'typescript';
import { topAlternatives } from '../../lib/disc/needs';
import { convertHan } from './derive-rules';

/**
 * The Traditional DISC lexicon, from the Simplified one: every cue rule is `rule(style, cue, weight, /pattern/)`,
 * its Han characters converted, then the regional overrides applied to its top-level alternatives.
 * A rule's id is `style.cue`, with `.2`, `.3` … for the second and later rules of the same style and cue.
 */
export interface DiscRuleOverride {
  /** What is regional about it: Taiwan or Hong Kong wording, Cantonese. */
  why: string;
  /** Converted alternatives Taiwan and Hong Kong do not write (as they come out of the conversion). */
  drop?: readonly string[];
  /** Alternatives Traditional writers use, after the converted ones (before one that is their prefix). */
  add?: readonly string[];
}

export interface DiscHantOverrides {
  rules: Readonly<Record<string, DiscRuleOverride>>;
}

export { topAlternatives };

interface RuleSite {
  id: string;
  pattern: ts.RegularExpressionLiteral;
}

/** The `rule(…)` calls of the module's rule array, with their ids, in order. */
export function discRuleSites(text: string): { sf: ts.SourceFile; rules: RuleSite[] } {
  const sf = ts.createSourceFile('lexicon.ts', text, ts.ScriptTarget.Latest, true);
  const rules: RuleSite[] = [];
  const seen = new Map<string, number>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'rule') {
      const [style, cue, , pattern] = node.arguments;
      if (!style || !cue || !pattern || !ts.isStringLiteral(style) || !ts.isStringLiteral(cue))
        throw new Error(`A rule call without literal style and cue at ${node.pos}`);
      if (!ts.isRegularExpressionLiteral(pattern))
        throw new Error(`A rule call without a regex literal at ${node.pos}`);
      const base = `${style.text}.${cue.text}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      rules.push({ id: n > 1 ? `${base}.${n}` : base, pattern });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { sf, rules };
}

/** A rule's new regex literal: the converted alternatives minus the drops, plus the additions. */
function applyOverride(literal: string, o: DiscRuleOverride, id: string): string {
  const end = literal.lastIndexOf('/');
  const flags = literal.slice(end + 1);
  const alternatives = topAlternatives(literal.slice(1, end));
  for (const d of o.drop ?? []) {
    const at = alternatives.indexOf(d);
    if (at < 0) throw new Error(`${id}: drop ${JSON.stringify(d)} is not among the converted alternatives`);
    alternatives.splice(at, 1);
  }
  for (const a of o.add ?? []) {
    if (alternatives.includes(a)) throw new Error(`${id}: add ${JSON.stringify(a)} is already derived`);
    // The regex takes the first alternative that matches, so a longer wording goes before its own prefix
    // (訂單號碼 before 訂單號); everything else goes last.
    const prefix = alternatives.findIndex((x) => a.startsWith(x));
    alternatives.splice(prefix < 0 ? alternatives.length : prefix, 0, a);
  }
  const source = alternatives.join('|');
  new RegExp(source, flags); // fails loudly on an override that breaks the pattern
  return `/${source}/${flags}`;
}

/**
 * The Traditional module text: the Simplified source with its Han characters converted and its export renamed,
 * the overrides applied, and `header` in place of the Simplified file's opening comment.
 * Throws on an override that names no rule.
 */
export function deriveDiscLexiconSource(hansText: string, overrides: DiscHantOverrides, header: string): string {
  const converted = convertHan(hansText).replace(/\bZH_HANS_RULES\b/g, 'ZH_HANT_RULES');
  const { sf, rules } = discRuleSites(converted);
  const text = sf.text;
  const ids = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(overrides.rules)) if (!ids.has(id)) throw new Error(`Override for unknown rule ${id}`);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const r of rules) {
    const o = overrides.rules[r.id];
    if (o)
      edits.push({ start: r.pattern.getStart(), end: r.pattern.end, text: applyOverride(r.pattern.text, o, r.id) });
  }
  // The opening comment describes the Simplified list; the header says where this file comes from.
  const body = sf.statements.find((s) => !ts.isImportDeclaration(s));
  if (!body) throw new Error('No rule array in the lexicon');
  edits.push({ start: body.getFullStart(), end: body.getStart(), text: '\n\n' });
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return `${header}\n${out}`;
}
