import type { ClauseReader } from './types';

export const ZH_HANT_CLAUSE_READERS: readonly ClauseReader[] = [];
