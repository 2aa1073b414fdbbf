/**
 * 200 users at work on a realistic mix, over real HTTP on loopback, against `veza start` on a
 * PostgreSQL server started for the run: screeners syncing screenings from reception centres;
 * investigators searching names in any script, listing and opening cases, recording a person now
 * and then (which sets off the jurisdiction's search for duplicates and hit/no-hit matching in the
 * background), reading their requests and their hits. Two paces: at work (an investigator reads
 * what came back for 2–6 s before the next step, a screener syncs every 5–15 s: about 40 steps a
 * second in all), and brisk (everyone every 0.5–1.5 s: about 200 steps a second, more than this
 * 2-core machine serves, to show where it breaks). The same users and data against two server processes (VEZA_WORKERS=2) and against one,
 * for the ratio. Target: p99 under 200 ms and no errors with two processes, at work.
 */
import { randomUUID } from 'node:crypto';
import { percentile, type ServerProcess, session, startPostgres, startVeza } from './support.ts';

const JURISDICTIONS = ['al', 'ba', 'xk', 'me', 'mk', 'rs'] as const;
const OPERATIONS = [
  'screening sync',
  'search',
  'cases',
  'open case',
  'record person',
  'requests',
  'hits',
] as const;
type Operation = (typeof OPERATIONS)[number];
/** What an investigator does, and how often; screeners sync screenings. */
const INVESTIGATOR: [Operation, number][] = [
  ['search', 0.33],
  ['cases', 0.18],
  ['open case', 0.14],
  // A person recorded sets off the jurisdiction's follow-up (duplicates, hit/no-hit) in the
  // background: seconds of CPU that the other requests must not wait behind.
  ['record person', 0.05],
  ['requests', 0.15],
  ['hits', 0.15],
];
const NAMES = [
  'Ahmadi',
  'Ђорђевић',
  'Djordjevic',
  'Krasniqi',
  'Hoxha',
  'Mohammad Reza',
  'Karimi',
  'Petrović',
  '+381641234567',
];
const ANSWERS = {
  worked: 'yes',
  hours_per_day: 14,
  paid: 'not_at_all',
  free_to_leave: 'no',
  working_off_debt: 'yes',
};

interface User {
  role: 'screener' | 'investigator';
  cookie: string;
  csrf: string;
  instrumentId: string | null;
  cases: string[];
}

/** 200 sessions: a third screeners, the rest investigators, spread over the six jurisdictions. */
async function signInUsers(url: string, count: number): Promise<User[]> {
  const users: User[] = [];
  for (let i = 0; i < count; i++) {
    const role = i % 3 === 0 ? 'screener' : 'investigator';
    const signedIn = await session(url, `${role}.${JURISDICTIONS[i % JURISDICTIONS.length]}`);
    const user: User = { role, ...signedIn, instrumentId: null, cases: [] };
    if (role === 'screener') {
      const { instruments } = (await (
        await fetch(`${url}/api/instruments`, { headers: { cookie: user.cookie } })
      ).json()) as {
        instruments: { id: string }[];
      };
      user.instrumentId = instruments[0]!.id;
    }
    users.push(user);
  }
  return users;
}

function choose(user: User): Operation {
  if (user.role === 'screener') return 'screening sync';
  let r = Math.random();
  for (const [op, weight] of INVESTIGATOR) {
    r -= weight;
    if (r <= 0) return op === 'open case' && user.cases.length === 0 ? 'cases' : op;
  }
  return 'search';
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

async function step(url: string, user: User, op: Operation): Promise<number> {
  const headers: Record<string, string> = { cookie: user.cookie };
  const post = (path: string, body: unknown) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { ...headers, 'x-csrf-token': user.csrf, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  let response: Response;
  switch (op) {
    case 'screening sync':
      response = await post('/api/screenings', {
        id: randomUUID(),
        instrumentId: user.instrumentId,
        interviewLanguage: 'ps',
        screenerLanguage: 'en',
        conductedAt: new Date(Date.now() - 3_600_000).toISOString(),
        place: 'Reception centre',
        consent: true,
        answers: ANSWERS,
      });
      break;
    case 'search':
      response = await fetch(
        `${url}/api/search?q=${encodeURIComponent(pick(NAMES))}&purpose=checking%20a%20lead`,
        { headers },
      );
      break;
    case 'cases': {
      response = await fetch(`${url}/api/cases?limit=25`, { headers });
      if (response.status === 200) {
        const body = (await response.json()) as { cases?: { id: string }[] };
        user.cases = (body.cases ?? []).map((c) => c.id);
        return response.status;
      }
      break;
    }
    case 'open case':
      response = await fetch(`${url}/api/cases/${pick(user.cases)}?purpose=working%20the%20case`, {
        headers,
      });
      break;
    case 'record person':
      // A namesake of the people searched for, in any of their scripts.
      response = await post('/api/persons', {
        names: [
          {
            givenNames: 'Bench',
            familyNames: `${pick(NAMES.filter((n) => !n.startsWith('+')))} ${randomUUID().slice(0, 8)}`,
          },
        ],
        sex: 'male',
        birthDate: '1990',
      });
      break;
    case 'requests':
      response = await fetch(`${url}/api/requests`, { headers });
      break;
    case 'hits':
      response = await fetch(`${url}/api/hits`, { headers });
      break;
  }
  await response.arrayBuffer();
  return response.status;
}

interface Run {
  latencies: Record<Operation, number[]>;
  errors: Record<Operation, number>;
  firstError: string | null;
}

/** Milliseconds between a user's steps, by role: [least, most]. */
export interface Pace {
  readonly investigator: [number, number];
  readonly screener: [number, number];
}
export const AT_WORK: Pace = { investigator: [2000, 6000], screener: [5000, 15000] };
export const BRISK: Pace = { investigator: [500, 1500], screener: [500, 1500] };

async function drive(url: string, users: User[], seconds: number, pace: Pace = AT_WORK): Promise<Run> {
  const run: Run = {
    latencies: Object.fromEntries(OPERATIONS.map((op) => [op, []])) as unknown as Run['latencies'],
    errors: Object.fromEntries(OPERATIONS.map((op) => [op, 0])) as unknown as Run['errors'],
    firstError: null,
  };
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    users.map(async (user) => {
      // Each user is somewhere in their own rhythm when the measure starts, as at work: not all
      // 200 in the first second, a burst no office makes.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * pace[user.role][1]));
      while (Date.now() < until) {
        const op = choose(user);
        const started = performance.now();
        try {
          const status = await step(url, user, op);
          run.latencies[op].push(performance.now() - started);
          if (status >= 400) {
            run.errors[op] += 1;
            run.firstError ??= `${op}: ${status}`;
          }
        } catch (error) {
          run.errors[op] += 1;
          run.firstError ??= `${op}: ${(error as Error).message}`;
        }
        const [least, most] = pace[user.role];
        await new Promise((resolve) => setTimeout(resolve, least + Math.random() * (most - least)));
      }
    }),
  );
  return run;
}

function summarise(run: Run, seconds: number) {
  const all = OPERATIONS.flatMap((op) => run.latencies[op]).sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    steps: all.length,
    stepsPerSecond: Math.round(all.length / seconds),
    p50Ms: round(percentile(all, 50)),
    p95Ms: round(percentile(all, 95)),
    p99Ms: round(percentile(all, 99)),
    maxMs: round(all.at(-1) ?? 0),
    errors: OPERATIONS.reduce((n, op) => n + run.errors[op], 0),
    firstError: run.firstError,
    perOperation: Object.fromEntries(
      OPERATIONS.map((op) => {
        const sorted = [...run.latencies[op]].sort((a, b) => a - b);
        return [
          op,
          {
            steps: sorted.length,
            p50Ms: round(percentile(sorted, 50)),
            p99Ms: round(percentile(sorted, 99)),
            errors: run.errors[op],
          },
        ];
      }),
    ),
  };
}

/**
 * Waits until no follow-up job has waited or run for 3 seconds (the first start's duplicate searches
 * and matching), by the metrics.
 */
async function backgroundSettled(url: string): Promise<void> {
  const deadline = Date.now() + 600_000;
  let quietSince: number | null = null;
  for (;;) {
    const text = await (await fetch(`${url}/api/metrics`)).text();
    const pending = ['waiting', 'running'].reduce((n, state) => {
      const line = text
        .split('\n')
        .find((l) => l.startsWith(`veza_jobs{queue="follow-up",state="${state}"}`));
      return n + Number(line?.split(' ').at(-1) ?? 0);
    }, 0);
    if (pending > 0) quietSince = null;
    else if (quietSince === null) quietSince = Date.now();
    else if (Date.now() - quietSince >= 3000) return;
    if (Date.now() > deadline) throw new Error('the background jobs did not settle within 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function measure(cluster: { url: string }, workers: number, users: number, seconds: number) {
  const server: ServerProcess = await startVeza({ DATABASE_URL: cluster.url, VEZA_WORKERS: String(workers) });
  try {
    await backgroundSettled(server.url);
    const signedIn = await signInUsers(server.url, users);
    await drive(server.url, signedIn, 3, BRISK); // warm-up: every process's connections and plans
    return {
      atWork: summarise(await drive(server.url, signedIn, seconds, AT_WORK), seconds),
      brisk: summarise(await drive(server.url, signedIn, seconds, BRISK), seconds),
    };
  } finally {
    await server.stop();
  }
}

export async function benchOperations(seconds = 30, users = 200) {
  const cluster = startPostgres();
  if ('skipped' in cluster) return { name: 'mixed load, PostgreSQL', skipped: cluster.skipped };
  try {
    // The first start seeds the demo region: its persons, cases, requests and hits are the data.
    const two = await measure(cluster, 2, users, seconds);
    const one = await measure(cluster, 1, users, seconds);
    return {
      name: `${users} users on a mix of screening sync, search, cases, requests and hits over HTTP, PostgreSQL`,
      engine: 'postgres',
      users,
      seconds,
      paceMs: { atWork: AT_WORK, brisk: BRISK },
      twoProcesses: two,
      oneProcess: one,
      p99RatioOneToTwo: {
        atWork: Math.round((one.atWork.p99Ms / Math.max(two.atWork.p99Ms, 0.1)) * 100) / 100,
        brisk: Math.round((one.brisk.p99Ms / Math.max(two.brisk.p99Ms, 0.1)) * 100) / 100,
      },
      targetP99Ms: 200,
      meetsTarget: two.atWork.p99Ms < 200 && two.atWork.errors === 0,
    };
  } finally {
    cluster.stop();
  }
}
