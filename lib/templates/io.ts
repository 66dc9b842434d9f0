import { BUILTIN_TEMPLATES } from './builtin';
import { jsonErrorOffset } from './json-locate';
import { nextCustomId } from './library';
import type { Template, TemplateProblem, UserTemplateState } from './types';
import { validateTemplate } from './validate';

export const TEMPLATE_FILE_SCHEMA = 'heartline.templates';
export const TEMPLATE_FILE_VERSION = 1;
// A file this large is not a template library; refuse before parsing it.
export const MAX_FILE_CHARS = 2_000_000;
export const MAX_FILE_TEMPLATES = 2000;

export interface TemplateFile {
  schema: typeof TEMPLATE_FILE_SCHEMA;
  version: typeof TEMPLATE_FILE_VERSION;
  templates: Array<Omit<Template, 'builtin'>>;
}

export function exportTemplates(templates: readonly Template[]): string {
  const file: TemplateFile = {
    schema: TEMPLATE_FILE_SCHEMA,
    version: TEMPLATE_FILE_VERSION,
    templates: templates.map(({ builtin: _builtin, ...rest }) => rest),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Where the JSON first breaks: our own scan, else Firefox's "line L column C", else V8's "position N". */
function syntaxProblem(text: string, error: unknown): TemplateProblem {
  let where: { line: number; column: number };
  const offset = jsonErrorOffset(text);
  const message = error instanceof Error ? error.message : String(error);
  const firefox = /line (\d+) column (\d+)/.exec(message);
  const v8 = /position (\d+)/.exec(message);
  if (offset >= 0) where = lineColumn(text, offset);
  else if (firefox) where = { line: Number(firefox[1]), column: Number(firefox[2]) };
  else where = lineColumn(text, v8 ? Number(v8[1]) : text.length);
  return {
    path: '(file)',
    message: `is not valid JSON (line ${where.line}, column ${where.column})`,
    ...where,
  };
}

export type ParsedTemplateFile = { ok: true; templates: Template[] } | { ok: false; problems: TemplateProblem[] };

/** Reads a template file and lists every problem in it; nothing is returned unless the whole file is valid. */
export function parseTemplateFile(text: string): ParsedTemplateFile {
  if (text.length > MAX_FILE_CHARS) {
    return { ok: false, problems: [{ path: '(file)', message: `is larger than ${MAX_FILE_CHARS} characters` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error)] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      problems: [{ path: '(file)', message: 'must be an object with schema, version and templates' }],
    };
  }
  const root = data as Record<string, unknown>;
  const problems: TemplateProblem[] = [];
  if (root.schema !== TEMPLATE_FILE_SCHEMA) {
    problems.push({ path: 'schema', message: `must be "${TEMPLATE_FILE_SCHEMA}"` });
  }
  if (root.version !== TEMPLATE_FILE_VERSION) {
    const newer = typeof root.version === 'number' && root.version > TEMPLATE_FILE_VERSION;
    problems.push({
      path: 'version',
      message: newer
        ? `${root.version} is newer than this version of Heartline reads (${TEMPLATE_FILE_VERSION})`
        : `must be ${TEMPLATE_FILE_VERSION}`,
    });
  }
  if (!Array.isArray(root.templates)) {
    problems.push({ path: 'templates', message: 'must be a list' });
    return { ok: false, problems };
  }
  if (root.templates.length > MAX_FILE_TEMPLATES) {
    problems.push({ path: 'templates', message: `must hold at most ${MAX_FILE_TEMPLATES} templates` });
    return { ok: false, problems };
  }
  const templates: Template[] = [];
  const firstIndexOf = new Map<string, number>();
  root.templates.forEach((item, i) => {
    const checked = validateTemplate(item, `templates[${i}]`);
    problems.push(...checked.problems);
    if (!checked.template) return;
    const earlier = firstIndexOf.get(checked.template.id);
    if (earlier !== undefined) {
      problems.push({ path: `templates[${i}].id`, message: `repeats the id of templates[${earlier}]` });
      return;
    }
    firstIndexOf.set(checked.template.id, i);
    templates.push(checked.template);
  });
  return problems.length ? { ok: false, problems } : { ok: true, templates };
}

export type ImportResult =
  | {
      ok: true;
      state: UserTemplateState;
      added: number;
      /** Identical to a template the agent already has. */
      unchanged: number;
      /** Ids that clashed with an existing template and were given a new one. */
      renamed: Array<{ from: string; to: string }>;
    }
  | { ok: false; problems: TemplateProblem[] };

function sameContent(a: Template, b: Template): boolean {
  const { builtin: _a, ...restA } = a;
  const { builtin: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

/**
 * All or nothing: on any problem the state passed in is returned untouched (the caller keeps it); otherwise
 * every template is added as the agent's own, re-importing the same file changes nothing.
 */
export function importTemplates(
  state: UserTemplateState,
  text: string,
  builtins: readonly Template[] = BUILTIN_TEMPLATES,
): ImportResult {
  const parsed = parseTemplateFile(text);
  if (!parsed.ok) return parsed;
  const taken = new Set([...builtins.map((t) => t.id), ...state.custom.map((t) => t.id)]);
  const custom = [...state.custom];
  const renamed: Array<{ from: string; to: string }> = [];
  let added = 0;
  let unchanged = 0;
  for (const t of parsed.templates) {
    const existing = custom.find((c) => c.id === t.id);
    if (existing && sameContent(existing, t)) {
      unchanged++;
      continue;
    }
    let id = t.id;
    if (taken.has(id)) {
      id = nextCustomId(taken);
      renamed.push({ from: t.id, to: id });
    }
    taken.add(id);
    custom.push({ ...t, id });
    added++;
  }
  return { ok: true, state: { ...state, custom }, added, unchanged, renamed };
}
