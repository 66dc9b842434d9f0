import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConversationMessage, DiscStyle } from '@/lib/types';

export interface DiscItem {
  id: string;
  expected: DiscStyle | null;
  acceptableSecondary?: DiscStyle;
  messages: ConversationMessage[];
}

const dir = join(__dirname, '..', '..', 'fixtures', 'disc');

export function loadAllItems(): DiscItem[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as DiscItem[]);
}
