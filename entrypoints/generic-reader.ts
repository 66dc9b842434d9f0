import { generic, readWithin } from '@/lib/adapters/generic';
import { provideGenericReader } from '@/lib/adapters/generic-slot';

// Injected by the background when the content script asks for the generic reader (see
// lib/adapters/generic-slot.ts), so pages read by a site adapter never carry it.
export default defineUnlistedScript(() => {
  provideGenericReader({ adapter: generic, readWithin });
});
