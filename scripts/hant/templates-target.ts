import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { ZH_HANT_TEMPLATE_OVERRIDES } from '../../lib/templates/builtin/zh-hant.overrides';
import { deriveStrings } from './derive-strings';
import type { HantTarget } from './targets';

const HANS = 'lib/templates/builtin/zh-hans.ts';

interface HansTexts {
  texts: Record<string, string>;
  /** Ids that start a group (a blank line before them in zh-hans), so the generated file keeps the grouping. */
  groupStarts: Set<string>;
}

/** The built-in texts of zh-hans.ts, read from its `TEXTS` object literal (the module does not export them). */
export function readHansTemplateTexts(source: string): HansTexts {
  const file = ts.createSourceFile(HANS, source, ts.ScriptTarget.Latest, true);
  let literal: ts.ObjectLiteralExpression | undefined;
  file.forEachChild((node) => {
    if (!ts.isVariableStatement(node)) return;
    for (const d of node.declarationList.declarations) {
      if (
        ts.isIdentifier(d.name) &&
        d.name.text === 'TEXTS' &&
        d.initializer &&
        ts.isObjectLiteralExpression(d.initializer)
      )
        literal = d.initializer;
    }
  });
  if (!literal) throw new Error(`${HANS}: no TEXTS object literal`);
  const texts: Record<string, string> = {};
  const groupStarts = new Set<string>();
  for (const p of literal.properties) {
    if (!ts.isPropertyAssignment(p) || !ts.isStringLiteral(p.initializer) || !ts.isStringLiteral(p.name))
      throw new Error(`${HANS}: TEXTS entry is not 'id': 'text' at ${p.getStart()}`);
    const id = p.name.text;
    if (id in texts) throw new Error(`${HANS}: ${id} written twice`);
    texts[id] = p.initializer.text;
    const before = source.slice(p.getFullStart(), p.getStart());
    if (/\n\s*\n/.test(before)) groupStarts.add(id);
  }
  return { texts, groupStarts };
}

const quote = (s: string): string => `'${s.replace(/[\\']/g, '\\$&').replace(/\n/g, '\\n')}'`;

/** The generated module's text (unformatted). */
export function templatesModuleSource(hans: HansTexts, texts: Record<string, string>, header: string): string {
  const lines = [
    header,
    "import type { Template } from '../types';",
    "import { type BuiltinKey, buildBuiltins } from './catalogue';",
    '',
    'const TEXTS: Record<BuiltinKey, string> = {',
  ];
  for (const [id, text] of Object.entries(texts)) {
    if (hans.groupStarts.has(id)) lines.push('');
    lines.push(`${quote(id)}: ${quote(text)},`);
  }
  lines.push('};', '', "export const ZH_HANT_TEMPLATES: Template[] = buildBuiltins('zh-Hant', TEXTS);", '');
  return lines.join('\n');
}

/** The built-in zh-Hant templates: the zh-Hans texts converted, with the Taiwan wording as overrides. */
export function deriveHantTemplateTexts(root: string): { hans: HansTexts; texts: Record<string, string> } {
  const hans = readHansTemplateTexts(readFileSync(resolve(root, HANS), 'utf8'));
  return { hans, texts: deriveStrings('zh-Hant template overrides', hans.texts, ZH_HANT_TEMPLATE_OVERRIDES) };
}

export function templatesTarget(root: string): HantTarget {
  return {
    hans: HANS,
    hant: 'lib/templates/builtin/zh-hant.ts',
    overridesFile: 'lib/templates/builtin/zh-hant.overrides.ts',
    derive: (header) => {
      const { hans, texts } = deriveHantTemplateTexts(root);
      return templatesModuleSource(hans, texts, header);
    },
  };
}
