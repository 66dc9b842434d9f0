import type { ClauseReader } from './types';

export const ZH_HANS_CLAUSE_READERS: readonly ClauseReader[] = [];
