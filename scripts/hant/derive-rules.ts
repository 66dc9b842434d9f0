import * as OpenCC from 'opencc-js';
import ts from 'typescript';

/**
 * How the Traditional coach rules differ from the Simplified ones, beyond the character mapping.
 * A field override is the field's new value (a RegExp or string), `{ code }` for an expression that names
 * the module's constants, `null` to drop the field, or [from, to] edits applied in order to the converted
 * source text; every `from` must occur exactly once, so an edit that no longer fits fails loudly.
 */
export type FieldOverride =
  | RegExp
  | string
  | { code: string }
  | null
  | readonly (readonly [from: string, to: string])[];

export interface RuleOverride {
  /** What is regional about it: Taiwan or Hong Kong wording, Cantonese. */
  why: string;
  fields: Readonly<Record<string, FieldOverride>>;
}

export interface HantOverrides {
  /** Top-level constants, by name. */
  consts?: Readonly<Record<string, RuleOverride>>;
  /** Rule fields, by the Traditional rule id. */
  rules?: Readonly<Record<string, RuleOverride>>;
  /** Rules that exist in Simplified only, by Simplified id, with the reason. */
  hansOnly?: Readonly<Record<string, string>>;
  /** Rules that exist in Traditional only: the object's source text, placed after the rule `after`. */
  hantOnly?: Readonly<Record<string, { why: string; after: string; rule: string }>>;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const HAN = /\p{Script=Han}/u;

/**
 * Where OpenCC's Taiwan standard form is not what service agents in Taiwan and Hong Kong type
 * (平台 and 後台 keep 台, 了解 keeps 了, accounts are 帳). Same length on both sides.
 */
const PREFERRED: readonly (readonly [opencc: string, typed: string])[] = [
  ['平臺', '平台'],
  ['後臺', '後台'],
  ['瞭解', '了解'],
  ['賬', '帳'],
];

/** Simplified → Traditional (Taiwan standard characters), Han characters only; everything else stays byte for byte. */
export function convertHan(text: string): string {
  let out = toTraditional(text);
  for (const [from, to] of PREFERRED) out = out.replaceAll(from, to);
  if (out.length !== text.length)
    throw new Error('OpenCC changed the text length; the mapping is no longer one to one');
  for (let i = 0; i < text.length; i++) {
    if (out[i] !== text[i] && !HAN.test(text[i]!)) throw new Error(`OpenCC changed a non-Han character at ${i}`);
  }
  return out;
}

export interface RuleSite {
  id: string;
  node: ts.ObjectLiteralExpression;
  fields: Map<string, ts.PropertyAssignment>;
}

export interface RulesFile {
  sf: ts.SourceFile;
  consts: Map<string, ts.VariableDeclaration>;
  rules: RuleSite[];
  array: ts.ArrayLiteralExpression;
}

function propName(p: ts.ObjectLiteralElementLike): string | undefined {
  return p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
}

/** The module's top-level constants and the rule objects of its exported rule array. */
export function parseRulesFile(text: string): RulesFile {
  const sf = ts.createSourceFile('rules.ts', text, ts.ScriptTarget.Latest, true);
  const consts = new Map<string, ts.VariableDeclaration>();
  let array: ts.ArrayLiteralExpression | undefined;
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer) continue;
      if (ts.isArrayLiteralExpression(d.initializer)) array = d.initializer;
      else consts.set(d.name.text, d);
    }
  }
  if (!array) throw new Error('No rule array in the file');
  const rules: RuleSite[] = [];
  for (const el of array.elements) {
    if (!ts.isObjectLiteralExpression(el)) throw new Error(`Rule array holds a non-object at ${el.pos}`);
    const fields = new Map<string, ts.PropertyAssignment>();
    for (const p of el.properties) {
      const name = propName(p);
      if (name && ts.isPropertyAssignment(p)) fields.set(name, p);
    }
    const id = fields.get('id')?.initializer;
    if (!id || !ts.isStringLiteral(id)) throw new Error(`Rule without a literal id at ${el.pos}`);
    rules.push({ id: id.text, node: el, fields });
  }
  return { sf, consts, rules, array };
}

export const hantId = (hansId: string): string => hansId.replace(/^hans-/, 'hant-');

/** The field's new source text, or null when the override drops it. */
export function applyField(current: string, o: FieldOverride, where: string): string | null {
  if (o === null) return null;
  if (typeof o === 'string') return `'${o.replace(/[\\']/g, '\\$&')}'`;
  if (o instanceof RegExp) return `/${o.source}/${o.flags}`;
  if (!Array.isArray(o)) return (o as { code: string }).code;
  let text = current;
  for (const [from, to] of o) {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new Error(`${where}: override edit ${JSON.stringify(from)} must match exactly once in ${text}`);
    }
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  return text;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The whole element range, with its leading comments, and the comma after it. */
function elementSpan(file: RulesFile, node: ts.Node): { start: number; end: number } {
  const text = file.sf.text;
  let end = node.end;
  const comma = text.slice(end).match(/^\s*,/);
  if (comma) end += comma[0].length;
  return { start: node.getFullStart(), end };
}

/**
 * The Traditional rule module: the Simplified source with its Han characters converted, ids and export
 * names renamed, then the overrides applied. Throws on an override that names no rule or field.
 */
export function deriveRulesSource(hansText: string, overrides: HantOverrides, header: string): string {
  const converted = convertHan(hansText)
    .replace(/\bZH_HANS_/g, 'ZH_HANT_')
    .replace(/(['"])hans-/g, '$1hant-');
  const file = parseRulesFile(converted);
  const text = file.sf.text;
  const edits: Edit[] = [];
  const seen = new Set<string>();

  for (const [name, o] of Object.entries(overrides.consts ?? {})) {
    const d = file.consts.get(name);
    if (!d?.initializer) throw new Error(`Override for unknown constant ${name}`);
    const init = d.initializer;
    const next = applyField(init.getText(), o.fields.value ?? [], `const ${name}`);
    if (next === null) throw new Error(`const ${name}: a constant cannot be dropped`);
    edits.push({ start: init.getStart(), end: init.end, text: next });
  }

  const hansOnly = new Set(Object.keys(overrides.hansOnly ?? {}).map(hantId));
  const ids = new Set(file.rules.map((r) => r.id));
  for (const id of hansOnly) if (!ids.has(id)) throw new Error(`hansOnly names a rule zh-hans does not have: ${id}`);

  for (const rule of file.rules) {
    if (hansOnly.has(rule.id)) {
      edits.push({ ...elementSpan(file, rule.node), text: '' });
      continue;
    }
    const o = overrides.rules?.[rule.id];
    if (o) {
      seen.add(rule.id);
      const added: string[] = [];
      for (const [field, fo] of Object.entries(o.fields)) {
        const p = rule.fields.get(field);
        if (!p) {
          const whole = applyField('', fo, `${rule.id}.${field}`);
          if (whole === null || Array.isArray(fo))
            throw new Error(`${rule.id}.${field}: a new field needs its whole value`);
          added.push(`${field}: ${whole},`);
          continue;
        }
        const next = applyField(p.initializer.getText(), fo, `${rule.id}.${field}`);
        if (next === null) {
          edits.push({ ...elementSpan(file, p), text: '' });
        } else {
          edits.push({ start: p.initializer.getStart(), end: p.initializer.end, text: next });
        }
      }
      if (added.length > 0) {
        const last = rule.node.properties[rule.node.properties.length - 1]!;
        const { end } = elementSpan(file, last);
        edits.push({ start: end, end, text: `\n${added.join('\n')}` });
      }
    }
    for (const extra of Object.values(overrides.hantOnly ?? {})) {
      if (extra.after !== rule.id) continue;
      const { end } = elementSpan(file, rule.node);
      edits.push({ start: end, end, text: `\n${extra.rule},` });
    }
  }
  for (const id of Object.keys(overrides.rules ?? {})) {
    if (!seen.has(id)) throw new Error(`Override for a rule zh-hans does not have: ${id}`);
  }
  for (const [id, extra] of Object.entries(overrides.hantOnly ?? {})) {
    if (!ids.has(extra.after)) throw new Error(`hantOnly ${id} goes after an unknown rule ${extra.after}`);
  }

  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return `${header}\n${out}`;
}
