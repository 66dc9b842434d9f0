// Starts and stops each self-hosted client the end-to-end suite uses, so CI fails early and loudly, with the
// reason, when one cannot run on this machine. Run: npx tsx scripts/clients/check.ts
import { startFossil } from './fossil';
import { startRoundcube } from './roundcube';

const clients = [
  ['Fossil forum', startFossil],
  ['Roundcube webmail', startRoundcube],
] as const;

let failed = false;
for (const [name, start] of clients) {
  const t0 = Date.now();
  try {
    const server = await start();
    console.log(`${name}: up at ${server.url} in ${Date.now() - t0} ms`);
    await server.close();
  } catch (error) {
    failed = true;
    console.error(`${name} cannot start: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
