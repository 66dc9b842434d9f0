// A real Fossil forum (Debian's `fossil` package) on 127.0.0.1, seeded with customer threads in English and
// Simplified Chinese, for the end-to-end suite and for fixture captures. Everything lives in a temporary
// directory; the server listens on loopback only and is stopped by close().
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

export const FOSSIL = process.env.FOSSIL_PATH ?? '/usr/bin/fossil';
export const AGENT = { login: 'agent', password: 'heartline-demo' };

/** One seeded thread: who wrote each post, in order. The last post is the customer's. */
export interface SeedThread {
  key: string;
  title: string;
  posts: { login: string; text: string }[];
}

export const CUSTOMERS = [
  { login: 'dana.whitfield', password: 'dana-demo-pw' },
  { login: 'wang.xiaoming', password: 'wang-demo-pw' },
];

export const THREADS: SeedThread[] = [
  {
    key: 'en',
    title: 'Order #B20931 never arrived',
    posts: [
      {
        login: 'dana.whitfield',
        text: 'Hi, my order #B20931 was due last Tuesday and the tracking has not moved since. Can you check where it is?',
      },
      {
        login: 'agent',
        text: 'Hi Dana, sorry for the delay. I have asked the courier to trace the parcel and will update you tomorrow.',
      },
      {
        login: 'dana.whitfield',
        text: 'It is Friday and still NOTHING. This is the second time you have done this to me. I am furious. If the parcel is not here by Monday I will dispute the charge with my bank.',
      },
    ],
  },
  {
    key: 'zh-hans',
    title: '订单 20261201-5573 退款还没到账',
    posts: [
      {
        login: 'wang.xiaoming',
        text: '你好，我12月1日申请的退款到现在还没有到账，订单号20261201-5573，麻烦帮我查一下。',
      },
      { login: 'agent', text: '您好，退款已提交财务处理，预计3个工作日内原路退回，请您耐心等待。' },
      {
        login: 'wang.xiaoming',
        text: '已经过了3个工作日，钱还是没到！你们到底在干什么？太气人了，再不处理我就去12315投诉！',
      },
    ],
  },
];

export interface FossilServer {
  url: string;
  /** Thread key → forum post URL of the thread's first post. */
  threads: Record<string, string>;
  close(): Promise<void>;
}

async function waitUp(url: string, child: ChildProcess, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`fossil server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`fossil server did not answer at ${url} within ${ms} ms`);
}

/** A signed-in session: Fossil keeps the login in one cookie and checks the Referer on posts. */
async function login(base: string, user: { login: string; password: string }): Promise<string> {
  const res = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', referer: `${base}/login` },
    body: new URLSearchParams({ u: user.login, p: user.password, in: 'Login', g: '/forum' }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('fossil-'));
  if (!cookie) throw new Error(`fossil login failed for ${user.login} (HTTP ${res.status})`);
  return cookie.split(';')[0] as string;
}

async function post(base: string, cookie: string, path: string, form: Record<string, string>): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, referer: `${base}/forum` },
    body: new URLSearchParams(form),
  });
}

/** The full ids of a thread's posts, in page order (the hidden fpid inputs of its Reply buttons). */
async function postIds(cookie: string, threadUrl: string): Promise<string[]> {
  const html = await (await fetch(threadUrl, { headers: { cookie } })).text();
  return [...html.matchAll(/name="fpid" value="([0-9a-f]{40,})"/g)].map((m) => m[1] as string);
}

export async function startFossil(): Promise<FossilServer> {
  try {
    execFileSync(FOSSIL, ['version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `Fossil not found at ${FOSSIL}: install Debian's package (apt-get install -y fossil) or set FOSSIL_PATH.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'heartline-fossil-'));
  const repo = join(dir, 'support.fossil');
  const run = (...args: string[]) => execFileSync(FOSSIL, [...args, '-R', repo], { cwd: dir, stdio: 'pipe' });
  execFileSync(FOSSIL, ['init', repo, '--admin-user', AGENT.login], { cwd: dir, stdio: 'pipe' });
  run('user', 'password', AGENT.login, AGENT.password);
  for (const c of CUSTOMERS) {
    run('user', 'new', c.login, `${c.login}@example.com`, c.password);
    // Read the forum (2), post (3) without moderation (4).
    run('user', 'capabilities', c.login, '234');
  }
  const port = await freePort();
  const child = spawn(FOSSIL, ['server', repo, '--localhost', '--port', String(port)], {
    cwd: dir,
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUp(`${base}/`, child);
    const sessions: Record<string, string> = {};
    for (const u of [AGENT, ...CUSTOMERS]) sessions[u.login] = await login(base, u);
    const threads: Record<string, string> = {};
    for (const t of THREADS) {
      const [first, ...rest] = t.posts;
      if (!first) continue;
      const created = await post(base, sessions[first.login] as string, '/forume1', {
        title: t.title,
        mimetype: 'text/plain',
        content: first.text,
        submit: 'Submit',
      });
      const where = created.headers.get('location');
      if (!where?.includes('/forumpost/')) throw new Error(`fossil did not create thread "${t.title}"`);
      const threadUrl = new URL(where, base).href;
      for (const p of rest) {
        const ids = await postIds(sessions[p.login] as string, threadUrl);
        const parent = ids[ids.length - 1];
        if (!parent) throw new Error(`no post to reply to in "${t.title}"`);
        const replied = await post(base, sessions[p.login] as string, '/forume2', {
          fpid: parent,
          reply: '1',
          mimetype: 'text/plain',
          content: p.text,
          submit: 'Submit',
        });
        if (replied.status !== 302) throw new Error(`fossil refused a reply in "${t.title}" (HTTP ${replied.status})`);
      }
      threads[t.key] = threadUrl;
    }
    return { url: base, threads, close };
  } catch (error) {
    await close();
    throw error;
  }
}
