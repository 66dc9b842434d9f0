import type { ClauseReader } from './types';

export const EN_CLAUSE_READERS: readonly ClauseReader[] = [];
