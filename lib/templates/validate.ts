import { CONTENT_LANGUAGES, DISC_STYLES, ESCALATION_FLAGS, IHEART_STEPS } from '@/lib/types';
import {
  INTENSITY_BANDS,
  TEMPLATE_EMOTIONS,
  TEMPLATE_KINDS,
  TEMPLATE_SITUATIONS,
  type Template,
  type TemplateProblem,
} from './types';

// Generous limits that still keep one pasted file from filling browser.storage.local (a few MB at most).
export const MAX_ID_LENGTH = 120;
export const MAX_TEXT_LENGTH = 5000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf(allowed: readonly string[]): string {
  return `must be one of ${allowed.join(', ')}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 30 ? `${value.slice(0, 30)}…` : value}"`;
  return typeof value;
}

function listOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
  problems: TemplateProblem[],
): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ path, message: `must be a list, got ${describe(value)}` });
    return undefined;
  }
  const out: T[] = [];
  value.forEach((item, i) => {
    if (typeof item === 'string' && (allowed as readonly string[]).includes(item)) {
      if (!out.includes(item as T)) out.push(item as T);
    } else {
      problems.push({ path: `${path}[${i}]`, message: `${oneOf(allowed)}, got ${describe(item)}` });
    }
  });
  return out.length ? out : undefined;
}

function tagsOf(value: unknown, path: string, problems: TemplateProblem[]): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ path, message: `must be a list of words, got ${describe(value)}` });
    return undefined;
  }
  if (value.length > MAX_TAGS) problems.push({ path, message: `must have at most ${MAX_TAGS} tags` });
  const out: string[] = [];
  value.forEach((tag, i) => {
    if (typeof tag !== 'string' || !tag.trim() || tag.length > MAX_TAG_LENGTH) {
      problems.push({ path: `${path}[${i}]`, message: `must be a word of 1 to ${MAX_TAG_LENGTH} characters` });
    } else if (!out.includes(tag.trim())) out.push(tag.trim());
  });
  return out.length ? out : undefined;
}

function required(
  record: Record<string, unknown>,
  key: string,
  allowed: readonly string[],
  path: string,
  problems: TemplateProblem[],
): string | undefined {
  const value = record[key];
  if (typeof value === 'string' && allowed.includes(value)) return value;
  problems.push({
    path: `${path}.${key}`,
    message: value === undefined ? `is missing; ${oneOf(allowed)}` : `${oneOf(allowed)}, got ${describe(value)}`,
  });
  return undefined;
}

/**
 * Checks one template from outside (an import or storage) and returns a clean copy marked as the agent's own,
 * or every problem found, each with its path.
 */
export function validateTemplate(
  value: unknown,
  path: string,
): { template: Template; problems: [] } | { template: null; problems: TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  if (!isRecord(value)) {
    return { template: null, problems: [{ path, message: `must be an object, got ${describe(value)}` }] };
  }
  const { id, text } = value;
  if (typeof id !== 'string' || !id.trim()) {
    problems.push({ path: `${path}.id`, message: 'must be a non-empty text' });
  } else if (id.length > MAX_ID_LENGTH) {
    problems.push({ path: `${path}.id`, message: `must be at most ${MAX_ID_LENGTH} characters` });
  }
  if (typeof text !== 'string' || !text.trim()) {
    problems.push({ path: `${path}.text`, message: 'must be a non-empty text' });
  } else if (text.length > MAX_TEXT_LENGTH) {
    problems.push({ path: `${path}.text`, message: `must be at most ${MAX_TEXT_LENGTH} characters` });
  }
  const step = required(value, 'step', IHEART_STEPS, path, problems);
  const kind = required(value, 'kind', TEMPLATE_KINDS, path, problems);
  const lang = required(value, 'lang', CONTENT_LANGUAGES, path, problems);
  const emotions = listOf(value.emotions, TEMPLATE_EMOTIONS, `${path}.emotions`, problems);
  const intensity = listOf(value.intensity, INTENSITY_BANDS, `${path}.intensity`, problems);
  const flags = listOf(value.flags, ESCALATION_FLAGS, `${path}.flags`, problems);
  const disc = listOf(value.disc, DISC_STYLES, `${path}.disc`, problems);
  const tags = tagsOf(value.tags, `${path}.tags`, problems);
  let situation: Template['situation'];
  if (value.situation !== undefined) {
    situation = required(value, 'situation', TEMPLATE_SITUATIONS, path, problems) as Template['situation'];
  }
  if (problems.length > 0) return { template: null, problems };

  const template: Template = {
    id: (id as string).trim(),
    step: step as Template['step'],
    kind: kind as Template['kind'],
    lang: lang as Template['lang'],
    text: text as string,
    builtin: false,
  };
  if (emotions) template.emotions = emotions;
  if (intensity) template.intensity = intensity;
  if (flags) template.flags = flags;
  if (disc) template.disc = disc;
  if (situation) template.situation = situation;
  if (tags) template.tags = tags;
  return { template, problems: [] };
}
