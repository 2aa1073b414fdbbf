/**
 * 100 users exchanging operational requests on PostgreSQL: each signs in once, then sends requests
 * to users of other jurisdictions, lists their inbox, opens requests and replies, over real HTTP on
 * loopback against a `veza start` process. Two runs on the same server and data:
 *  - as people work: each user pauses 0.5–1.5 s between steps (100 users, about 100 steps a second);
 *  - saturated: no pause at all, to show how much the server carries and what queueing does to latency.
 * Target: p99 under 100 ms for every operation, as people work.
 */
import { percentile, startPostgres, startVeza } from './support.ts';

const JURISDICTIONS = ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'] as const;
const PASSWORD = 'bench-requests-2026';
const OPERATIONS = ['send', 'inbox', 'open', 'reply'] as const;
type Operation = (typeof OPERATIONS)[number];
/** How often each step comes up. */
const WEIGHTS: Record<Operation, number> = { send: 0.25, inbox: 0.35, open: 0.25, reply: 0.15 };

interface Session {
  username: string;
  jurisdiction: string;
  agencyId: string;
  cookie: string;
  csrf: string;
  /** Requests this user has seen in their inbox or sent, to open and reply to. */
  inbox: string[];
  sent: string[];
}

async function call(
  url: string,
  session: Pick<Session, 'cookie' | 'csrf'> | null,
  method: string,
  path: string,
  body?: unknown,
) {
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = session.csrf;
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${url}${path}`, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, headers: response.headers };
}

async function signIn(
  url: string,
  username: string,
  password: string,
): Promise<Omit<Session, 'inbox' | 'sent'>> {
  const response = await call(url, null, 'POST', '/api/auth/login', { username, password });
  if (response.status !== 200) throw new Error(`sign-in of ${username}: ${response.status} ${response.text}`);
  const me = JSON.parse(response.text);
  return {
    username,
    jurisdiction: me.jurisdiction,
    agencyId: me.agency.id,
    cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!,
    csrf: me.csrfToken,
  };
}

/** Creates the users through each jurisdiction's admin: investigators at its police and border police. */
async function createUsers(url: string, count: number): Promise<Session[]> {
  const perJurisdiction = Math.ceil(count / JURISDICTIONS.length);
  const sessions: Session[] = [];
  for (const jurisdiction of JURISDICTIONS) {
    const admin = await signIn(url, `admin.${jurisdiction.toLowerCase()}`, 'veza-demo-2026');
    const directory = JSON.parse(
      (await call(url, admin, 'GET', `/api/directory?jurisdiction=${jurisdiction}&limit=500`)).text,
    );
    const agencies = (directory.agencies as { id: string; type: string }[]).filter((a) =>
      ['police', 'border_police'].includes(a.type),
    );
    for (let k = 0; k < perJurisdiction && sessions.length + k < count; k++) {
      const username = `bench.${jurisdiction.toLowerCase()}.${k}`;
      const created = await call(url, admin, 'POST', '/api/users', {
        username,
        displayName: `Bench investigator ${jurisdiction} ${k}`,
        agencyId: agencies[k % agencies.length]!.id,
        roles: ['investigator'],
        password: PASSWORD,
      });
      if (created.status !== 201) throw new Error(`creating ${username}: ${created.status} ${created.text}`);
    }
    for (let k = 0; k < perJurisdiction && sessions.length < count; k++) {
      sessions.push({
        ...(await signIn(url, `bench.${jurisdiction.toLowerCase()}.${k}`, PASSWORD)),
        inbox: [],
        sent: [],
      });
    }
  }
  return sessions;
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

function chooseOperation(session: Session): Operation {
  let r = Math.random();
  for (const op of OPERATIONS) {
    r -= WEIGHTS[op];
    if (r <= 0) {
      if (
        (op === 'open' && session.inbox.length + session.sent.length === 0) ||
        (op === 'reply' && session.inbox.length === 0)
      )
        return 'inbox';
      return op;
    }
  }
  return 'inbox';
}

interface Run {
  latencies: Record<Operation, number[]>;
  errors: Record<Operation, number>;
  firstError: string | null;
}

async function step(url: string, session: Session, everyone: Session[], op: Operation, run: Run) {
  const started = performance.now();
  let response: Awaited<ReturnType<typeof call>>;
  if (op === 'send') {
    const other = pick(everyone.filter((s) => s.jurisdiction !== session.jurisdiction));
    response = await call(url, session, 'POST', '/api/requests', {
      type: 'information_request',
      toAgencyId: other.agencyId,
      subject: `Bench request from ${session.username}`,
      body: 'Do you hold anything on the driver stopped at the crossing tonight?',
      priority: pick(['urgent', 'high', 'normal']),
      language: 'en',
    });
    if (response.status === 201) session.sent.push(JSON.parse(response.text).id);
  } else if (op === 'inbox') {
    response = await call(url, session, 'GET', '/api/requests?box=inbox&limit=20');
    if (response.status === 200)
      session.inbox = (JSON.parse(response.text).requests as { id: string }[]).map((r) => r.id);
  } else if (op === 'open') {
    response = await call(url, session, 'GET', `/api/requests/${pick([...session.inbox, ...session.sent])}`);
  } else {
    response = await call(url, session, 'POST', `/api/requests/${pick(session.inbox)}/replies`, {
      body: 'We hold something; details follow.',
      answers: Math.random() < 0.5,
    });
  }
  const ms = performance.now() - started;
  const ok = response.status >= 200 && response.status < 300;
  if (ok) run.latencies[op].push(ms);
  else {
    run.errors[op] += 1;
    run.firstError ??= `${op}: ${response.status} ${response.text.slice(0, 200)}`;
  }
}

async function drive(url: string, sessions: Session[], seconds: number, pause: () => number): Promise<Run> {
  const run: Run = {
    latencies: { send: [], inbox: [], open: [], reply: [] },
    errors: { send: 0, inbox: 0, open: 0, reply: 0 },
    firstError: null,
  };
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    sessions.map(async (session) => {
      // Users do not all start in the same millisecond.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * pause()));
      while (performance.now() < until) {
        await step(url, session, sessions, chooseOperation(session), run);
        const wait = pause();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }),
  );
  return run;
}

function summarise(run: Run, seconds: number) {
  const perOperation = Object.fromEntries(
    OPERATIONS.map((op) => {
      const sorted = [...run.latencies[op]].sort((a, b) => a - b);
      const round = (v: number) => Math.round(v * 10) / 10;
      return [
        op,
        {
          count: sorted.length,
          perSecond: round(sorted.length / seconds),
          p50Ms: round(percentile(sorted, 50)),
          p99Ms: round(percentile(sorted, 99)),
          maxMs: round(sorted[sorted.length - 1] ?? Number.NaN),
          errors: run.errors[op],
        },
      ];
    }),
  ) as Record<
    Operation,
    { count: number; perSecond: number; p50Ms: number; p99Ms: number; maxMs: number; errors: number }
  >;
  const total = OPERATIONS.reduce((n, op) => n + perOperation[op].count, 0);
  return {
    operationsPerSecond: Math.round((total / seconds) * 10) / 10,
    perOperation,
    firstError: run.firstError,
  };
}

export async function benchRequests(seconds = 30, users = 100) {
  const cluster = startPostgres();
  if ('skipped' in cluster) return { name: 'operational requests, PostgreSQL', skipped: cluster.skipped };
  try {
    const server = await startVeza({ DATABASE_URL: cluster.url, VEZA_WORKERS: '1' });
    try {
      const sessions = await createUsers(server.url, users);
      // Warm-up: every user sends one request and reads their inbox.
      await drive(server.url, sessions, 3, () => 500);
      const working = summarise(
        await drive(server.url, sessions, seconds, () => 500 + Math.random() * 1000),
        seconds,
      );
      const saturatedSeconds = Math.max(5, Math.round(seconds / 3));
      const saturated = summarise(
        await drive(server.url, sessions, saturatedSeconds, () => 0),
        saturatedSeconds,
      );
      const worstP99 = Math.max(...OPERATIONS.map((op) => working.perOperation[op].p99Ms));
      const errors = OPERATIONS.reduce((n, op) => n + working.perOperation[op].errors, 0);
      return {
        name: `${users} users sending, listing, opening and replying to requests over HTTP, PostgreSQL, one server process`,
        engine: 'postgres',
        users,
        seconds,
        asPeopleWork: { pauseMs: '500–1500', ...working },
        saturated: { pauseMs: 0, seconds: saturatedSeconds, ...saturated },
        targetP99Ms: 100,
        meetsTarget: worstP99 < 100 && errors === 0,
      };
    } finally {
      await server.stop();
    }
  } finally {
    cluster.stop();
  }
}
