import { startEarlyReads } from './sidepanel/early-reads';

// Loaded by sidepanel.html as a plain script before the panel's modules (entrypoints/sidepanel/early-reads.ts).
export default defineUnlistedScript(() => {
  startEarlyReads();
});
