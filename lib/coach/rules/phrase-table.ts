/**
 * One case-insensitive regex from a table of phrase families, compiled once where the rule is defined.
 * Each entry is a regex source valid on its own (tests/unit/coach/phrase-table.test.ts checks), joined as
 * alternatives in table order: the order one long alternation had, so which phrase matches first, and
 * where, stays as it was.
 */
export function anyOf(families: readonly string[]): RegExp {
  return new RegExp(families.join('|'), 'i');
}
