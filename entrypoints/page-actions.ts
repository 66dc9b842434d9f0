import { providePageActions } from '@/lib/page/actions';
import { highlightText } from '@/lib/page/highlight';
import { insertText } from '@/lib/page/insert';

// Injected by the panel right before the first "Insert" or "Show in page" on a tab; see lib/page/actions.ts.
export default defineUnlistedScript(() => {
  providePageActions({ insertText, highlightText });
});
