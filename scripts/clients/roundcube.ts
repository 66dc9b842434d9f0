// A real Roundcube webmail (Debian's roundcube, dovecot-imapd and php-cli packages) on 127.0.0.1, seeded from
// scripts/roundcube/seed.mbox (customer mails in English, Simplified and Traditional Chinese), for the
// end-to-end suite. setup.sh does the work; this picks free loopback ports, waits until it answers, and stops
// exactly what it started.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

const HERE = join(import.meta.dirname, '../roundcube');
export const RC_USER = { login: 'agent', password: 'heartline-demo' };
const NEEDS = ['/usr/share/roundcube', '/usr/sbin/dovecot', '/usr/bin/php', '/usr/bin/sqlite3'];

export interface RoundcubeServer {
  url: string;
  close(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the PHP server and Dovecot that setup.sh recorded, and waits until they are gone. */
async function stop(home: string): Promise<void> {
  const pids: number[] = [];
  for (const file of ['php.pid', 'dovecot-run/master.pid']) {
    const path = join(home, file);
    const pid = existsSync(path) ? Number(readFileSync(path, 'utf8').trim()) : 0;
    if (pid > 0 && alive(pid)) {
      process.kill(pid, 'SIGTERM');
      pids.push(pid);
    }
  }
  const end = Date.now() + 5_000;
  while (pids.some(alive) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  for (const pid of pids.filter(alive)) process.kill(pid, 'SIGKILL');
}

export async function startRoundcube(): Promise<RoundcubeServer> {
  const missing = NEEDS.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    throw new Error(
      `Roundcube cannot start: missing ${missing.join(', ')}. Install Debian's packages: ` +
        'apt-get install -y --no-install-recommends roundcube roundcube-sqlite3 dovecot-imapd php-cli sqlite3',
    );
  }
  const home = mkdtempSync(join(tmpdir(), 'heartline-roundcube-'));
  const [port, imapPort] = [await freePort(), await freePort()];
  const env = { ...process.env, RC_HOME: home, RC_PORT: String(port), RC_IMAP_PORT: String(imapPort) };
  // Output goes to a file, not a pipe: the daemons setup.sh leaves running would hold a pipe open.
  const logPath = join(home, 'setup.log');
  const log = openSync(logPath, 'w');
  try {
    execFileSync('bash', [join(HERE, 'setup.sh')], { env, stdio: ['ignore', log, log], timeout: 60_000 });
  } catch (error) {
    await stop(home);
    const detail = existsSync(logPath) ? readFileSync(logPath, 'utf8') : String(error);
    throw new Error(`Roundcube setup failed: ${detail}`);
  } finally {
    closeSync(log);
  }
  const url = `http://127.0.0.1:${port}/`;
  const end = Date.now() + 15_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) {
      await stop(home);
      throw new Error(`Roundcube did not answer at ${url} within 15 s (logs in ${home}/logs)`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    async close() {
      await stop(home);
      rmSync(home, { recursive: true, force: true });
    },
  };
}
