import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../access/actor.ts';
import { withActor } from '../../access/transaction.ts';
import { agencies, contactPoints, requestShares, requests, users } from '../../db/schema.ts';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
let me: SignedIn; // the Montenegrin investigator who asks
let duty: SignedIn; // the BA border police duty officer at the 24/7 desk
let serbia: SignedIn;
let baPolice: SignedIn; // another BA agency: no part in it
let baCoordinator: SignedIn;
let baScreener: SignedIn;
let borderPolice: { agencyId: string; deskId: string; officeId: string };
let mePerson: string;
let baPerson: string;
let urgent: string;

const REQUEST = {
  type: 'information_request',
  subject: 'Driver of the Bijeljina van',
  body: 'We hold a driver stopped near Nikšić who says he crossed at Bijeljina. Do you know him?',
  priority: 'urgent',
  handlingCode: 'H1',
  language: 'en',
};

async function auditCount(recordId: string, action: string) {
  const { rows } = await t.database.owner(
    `select count(*)::int as n from audit_log where record_type = 'request' and record_id = '${recordId}' and action = '${action}'`,
  );
  return rows[0]!.n as number;
}

beforeAll(async () => {
  t = await startTestApp();
  [me, duty, serbia, baPolice, baCoordinator, baScreener] = await Promise.all([
    t.signIn('investigator.me'),
    t.signIn('duty.ba'),
    t.signIn('investigator.rs'),
    t.signIn('investigator.ba'),
    t.signIn('coordinator.ba'),
    t.signIn('screener.ba'),
  ]);
  const [agency] = await t.database.db
    .select()
    .from(agencies)
    .where(sql`${agencies.jurisdiction} = 'BA' and ${agencies.type} = 'border_police'`);
  const points = await t.database.db
    .select()
    .from(contactPoints)
    .where(eq(contactPoints.agencyId, agency!.id));
  const desk = points.find((p) => (p.availability as { kind: string }).kind === 'always')!;
  const office = points.find((p) => (p.availability as { kind: string }).kind !== 'always')!;
  borderPolice = { agencyId: agency!.id, deskId: desk.id, officeId: office.id };
  const person = async (who: SignedIn, given: string, family: string, birthDate: string) => {
    const response = await who.post('/api/persons', {
      names: [{ givenNames: given, familyNames: family }],
      sex: 'male',
      birthDate,
      phones: ['+387 61 555 123'],
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  mePerson = await person(me, 'Nenad', 'Vuković', '1988-02-11');
  baPerson = await person(duty, 'Nenad', 'Vuković', '1988-02-11');
  // The two are one man to hit/no-hit: let its notifications arrive now, not in the middle of a count.
  await t.app.veza.followUp.idle();
  await t.app.veza.followUp.idle();
});
afterAll(() => t.close());

describe('an urgent request to a 24/7 contact point', () => {
  it('is sent with its deadline from the priority and reaches the desk on top of its inbox', async () => {
    const sent = await me.post('/api/requests', {
      ...REQUEST,
      toAgencyId: borderPolice.agencyId,
      toContactPointId: borderPolice.deskId,
      links: [{ kind: 'person', id: mePerson }],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const thread = sent.json();
    urgent = thread.id;
    expect(thread.status).toBe('sent');
    expect(thread.alerting).toBe(true);
    expect(new Date(thread.deadline).getTime() - new Date(thread.sentAt).getTime()).toBe(8 * 3_600_000);
    expect(thread.links).toEqual([
      { kind: 'person', jurisdiction: 'ME', id: mePerson, label: 'Nenad Vuković' },
    ]);
    // An ordinary request to the same agency, sent after: the alert still comes first.
    const ordinary = await me.post('/api/requests', {
      ...REQUEST,
      subject: 'Statistics on crossings',
      priority: 'normal',
      toAgencyId: borderPolice.agencyId,
    });
    expect(ordinary.statusCode, ordinary.body).toBe(201);
    t.clock.advance(1000);

    const inbox = (await duty.get('/api/requests?box=inbox')).json();
    expect(inbox.requests.map((r: { subject: string }) => r.subject)).toEqual([
      'Driver of the Bijeljina van',
      'Statistics on crossings',
    ]);
    expect(inbox.requests[0].side).toBe('to');
    const count = (await duty.get('/api/notifications/count')).json();
    const kinds = (await duty.get('/api/notifications?unread=true'))
      .json()
      .notifications.map((n: { kind: string }) => n.kind);
    expect(kinds.filter((k: string) => k !== 'hit').sort()).toEqual(['request_received', 'urgent_alert']);
    expect(count).toEqual({ unread: kinds.length, urgent: 1 });
  });

  it('shows the receiving side only that a record of the sender is linked', async () => {
    const thread = (await duty.get(`/api/requests/${urgent}`)).json();
    expect(thread.links).toEqual([{ kind: 'person', jurisdiction: 'ME', id: null, label: null }]);
    expect(thread.allowedActions).toEqual(expect.arrayContaining(['acknowledge', 'reply', 'answer']));
    expect(thread.allowedActions).not.toContain('close');
  });

  it('repeats the alert until a named person acknowledges it', async () => {
    t.clock.advance(5 * 60_000);
    expect((await t.app.veza.courier.tick()).alerts).toBe(1);
    expect((await t.app.veza.courier.tick()).alerts).toBe(0);
    const notes = (await duty.get('/api/notifications?unread=true')).json().notifications;
    expect(notes.filter((n: { kind: string }) => n.kind === 'urgent_alert')).toHaveLength(1);

    const acknowledged = await duty.post(`/api/requests/${urgent}/acknowledge`);
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
    expect(acknowledged.json().acknowledgedBy).toBe('Demo Border police duty officer BA');
    expect(acknowledged.json().alerting).toBe(false);
    t.clock.advance(10 * 60_000);
    expect((await t.app.veza.courier.tick()).alerts).toBe(0);

    const seen = (await me.get(`/api/requests/${urgent}`)).json();
    expect(seen.status).toBe('acknowledged');
    expect(seen.acknowledgedAt).toBeTruthy();
    expect(seen.timeline.map((e: { event: string }) => e.event)).toEqual(['created', 'sent', 'acknowledged']);
    expect((await me.get('/api/notifications')).json().notifications[0].kind).toBe('request_acknowledged');
  });

  it('audits every open', async () => {
    const before = await auditCount(urgent, 'read');
    await duty.get(`/api/requests/${urgent}`);
    await duty.get(`/api/requests/${urgent}`);
    expect(await auditCount(urgent, 'read')).toBe(before + 2);
  });

  it('carries the reply with two shared fields of a BA person back to the sender', async () => {
    const replied = await duty.post(`/api/requests/${urgent}/replies`, {
      body: 'We know him: crossed at Rača on 3 May.',
      handlingCode: 'H1',
      shares: [{ kind: 'person', id: baPerson, fields: ['displayName', 'birthDate'] }],
    });
    expect(replied.statusCode, replied.body).toBe(201);
    const thread = (await me.get(`/api/requests/${urgent}`)).json();
    expect(thread.status).toBe('answered');
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0].author).toBe('Demo Border police duty officer BA');
    expect(thread.shares).toHaveLength(1);
    const [share] = thread.shares;
    expect(share.values).toEqual({ displayName: 'Nenad Vuković', birthDate: '1988-02-11' });
    expect(share.handlingCode).toBe('H1');
    expect(share.origin).toEqual([expect.objectContaining({ jurisdiction: 'BA', how: 'shared' })]);
    expect(share.forwardable).toBe(true);
  });

  it('refuses a share of fields that are not shareable, naming them', async () => {
    const response = await duty.post(`/api/requests/${urgent}/replies`, {
      body: 'And his notes',
      shares: [{ kind: 'person', id: baPerson, fields: ['notes'] }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('shares.0.fields.0');
  });

  it('lets only the owner share a record', async () => {
    const response = await duty.post(`/api/requests/${urgent}/replies`, {
      body: 'Sharing their own person back',
      shares: [{ kind: 'person', id: mePerson, fields: ['displayName'] }],
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('who sees a request', () => {
  it('hides it from another jurisdiction, another agency and roles the kind does not include', async () => {
    for (const outsider of [serbia, baPolice, baScreener]) {
      expect((await outsider.get(`/api/requests/${urgent}`)).statusCode).toBe(404);
      for (const box of ['inbox', 'sent', 'all']) {
        const list = (await outsider.get(`/api/requests?box=${box}`)).json();
        expect(list.requests.map((r: { id: string }) => r.id)).not.toContain(urgent);
      }
      expect((await outsider.post(`/api/requests/${urgent}/acknowledge`)).statusCode).toBe(404);
    }
  });

  it("shows it to the jurisdictions' coordinators, who watch but do not act", async () => {
    const thread = (await baCoordinator.get(`/api/requests/${urgent}`)).json();
    expect(thread.side).toBeNull();
    expect(thread.allowedActions).toEqual(['read']);
    const all = (await baCoordinator.get('/api/requests?box=all')).json();
    expect(all.requests.map((r: { id: string }) => r.id)).toContain(urgent);
    const replied = await baCoordinator.post(`/api/requests/${urgent}/replies`, { body: 'x' });
    expect(replied.statusCode).toBe(403);
  });

  it('keeps a draft from the receiving side', async () => {
    const draft = await me.post('/api/requests', {
      ...REQUEST,
      subject: 'Not ready yet',
      toAgencyId: borderPolice.agencyId,
      send: false,
    });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json().status).toBe('draft');
    expect((await duty.get(`/api/requests/${draft.json().id}`)).statusCode).toBe(404);
    const sent = await me.post(`/api/requests/${draft.json().id}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect((await duty.get(`/api/requests/${draft.json().id}`)).statusCode).toBe(200);
  });

  it("lets row-level security hide other parties' requests and snapshots even from an unfiltered query", async () => {
    const [row] = await t.database.db.select().from(users).where(eq(users.username, 'investigator.rs'));
    const actor: Actor = {
      userId: row!.id,
      username: row!.username,
      jurisdiction: 'RS',
      agencyId: row!.agencyId,
      roles: ['investigator'],
    };
    const seen = await withActor(t.database, actor, async ({ tx }) => ({
      requests: await tx.select().from(requests),
      shares: await tx.select().from(requestShares),
    }));
    expect(seen).toEqual({ requests: [], shares: [] });
  });
});

describe('what a request may carry', () => {
  it('refuses to link a record the sender cannot see', async () => {
    const response = await serbia.post('/api/requests', {
      ...REQUEST,
      toAgencyId: borderPolice.agencyId,
      links: [{ kind: 'person', id: baPerson }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('links.0');
    const { rows } = await t.database.owner(
      `select count(*)::int as n from requests where jurisdiction = 'RS'`,
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('names the field at fault', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...REQUEST, toAgencyId: borderPolice.agencyId, subject: '' }, 'subject'],
      [{ ...REQUEST, toAgencyId: borderPolice.agencyId, deadline: '2020-01-01T00:00:00Z' }, 'deadline'],
      [{ ...REQUEST, toAgencyId: me.me.agency.id }, 'toAgencyId'],
      [
        {
          ...REQUEST,
          toAgencyId: borderPolice.agencyId,
          toContactPointId: randomUUID(),
        },
        'toContactPointId',
      ],
      [{ ...REQUEST, toAgencyId: borderPolice.agencyId, priority: 'soon' }, 'priority'],
    ];
    for (const [body, field] of cases) {
      const response = await me.post('/api/requests', body);
      expect(response.statusCode, `${field}: ${response.body}`).toBe(400);
      expect(response.json().error.field).toBe(field);
    }
  });

  it('refuses a kind of request the sender has no role for', async () => {
    const response = await baCoordinator.post('/api/requests', { ...REQUEST, toAgencyId: me.me.agency.id });
    expect(response.statusCode).toBe(403);
  });
});

describe('forwarding', () => {
  it('refuses an H2 snapshot and forwards others with their chain of origin', async () => {
    const asked = await me.post('/api/requests', {
      ...REQUEST,
      priority: 'high',
      subject: 'Second driver',
      toAgencyId: borderPolice.agencyId,
    });
    const id = asked.json().id;
    const replied = await duty.post(`/api/requests/${id}/replies`, {
      body: 'Under H2, and one more under H0.',
      handlingCode: 'H2',
      shares: [{ kind: 'person', id: baPerson, fields: ['displayName'] }],
    });
    expect(replied.statusCode, replied.body).toBe(201);
    const again = await duty.post(`/api/requests/${id}/replies`, {
      body: 'This one you may pass on.',
      handlingCode: 'H0',
      answers: false,
      shares: [{ kind: 'person', id: baPerson, fields: ['birthDate'] }],
    });
    expect(again.statusCode, again.body).toBe(201);
    const shares = again.json().shares as { id: string; handlingCode: string; forwardable: boolean }[];
    const h2 = shares.find((s) => s.handlingCode === 'H2')!;
    const h0 = shares.find((s) => s.handlingCode === 'H0')!;
    expect(h2.forwardable).toBe(false);

    const serbianPolice = (await serbia.get('/api/requests?box=sent')).json(); // warm: nothing yet
    expect(serbianPolice.total).toBe(0);
    const rsAgency = serbia.me.agency.id;
    const forward = {
      ...REQUEST,
      priority: 'normal',
      subject: 'Passing on what BA shared',
      toAgencyId: rsAgency,
    };
    const refused = await me.post(`/api/requests/${id}/forward`, { ...forward, shareIds: [h2.id, h0.id] });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/H2/);
    expect((await serbia.get('/api/requests?box=inbox')).json().total).toBe(0);

    const forwarded = await me.post(`/api/requests/${id}/forward`, { ...forward, shareIds: [h0.id] });
    expect(forwarded.statusCode, forwarded.body).toBe(201);
    const inRs = (await serbia.get(`/api/requests/${forwarded.json().id}`)).json();
    expect(inRs.shares).toHaveLength(1);
    expect(inRs.shares[0].values).toEqual({ birthDate: '1988-02-11' });
    expect(
      inRs.shares[0].origin.map((o: { jurisdiction: string; how: string }) => [o.jurisdiction, o.how]),
    ).toEqual([
      ['BA', 'shared'],
      ['ME', 'forwarded'],
    ]);
    // The original thread and its H2 snapshot stay where they were.
    expect((await serbia.get(`/api/requests/${id}`)).statusCode).toBe(404);
  });
});

describe('deadlines', () => {
  it('lists a request as overdue once its deadline has passed unanswered', async () => {
    const asked = await me.post('/api/requests', {
      ...REQUEST,
      priority: 'normal',
      subject: 'Slow one',
      toAgencyId: borderPolice.agencyId,
    });
    const id = asked.json().id;
    let sender = me;
    const overdue = async () =>
      (await sender.get('/api/requests?box=sent&overdue=true'))
        .json()
        .requests.map((r: { id: string }) => r.id);
    expect(await overdue()).not.toContain(id);
    t.clock.advance(8 * 24 * 3_600_000);
    sender = await t.signIn('investigator.me'); // the old session has long ended
    expect(await overdue()).toContain(id);
    const closed = await sender.post(`/api/requests/${id}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await overdue()).not.toContain(id);
  });
});

describe("the coordinator's dashboard", () => {
  it('counts requests per counterpart and direction, with median times, as JSON and CSV', async () => {
    const coordinator = await t.signIn('coordinator.me');
    const response = await coordinator.get('/api/requests/dashboard');
    expect(response.statusCode, response.body).toBe(200);
    const rows = response.json().rows as Record<string, number | string | null>[];
    const sum = (counterpart: string, key: string) =>
      rows
        .filter((r) => r.counterpart === counterpart && r.direction === 'outgoing')
        .reduce((n, r) => n + Number(r[key]), 0);
    // To BA: the urgent one and the second driver answered, the slow one closed, two still open and late.
    expect(['sent', 'open', 'overdue', 'answered'].map((k) => sum('BA', k))).toEqual([5, 2, 2, 2]);
    expect(['sent', 'open', 'overdue', 'answered'].map((k) => sum('RS', k))).toEqual([1, 1, 1, 0]);
    const ba = rows.find((r) => r.counterpart === 'BA')!;
    expect(ba.medianHoursToAcknowledge).toBeGreaterThan(0);
    expect(ba.medianHoursToAnswer).toBeGreaterThan(0);

    const fromBosnia = (await (await t.signIn('coordinator.ba')).get('/api/requests/dashboard')).json().rows;
    expect(
      fromBosnia.every(
        (r: { counterpart: string; direction: string }) =>
          r.counterpart === 'ME' && r.direction === 'incoming',
      ),
    ).toBe(true);

    const csv = await coordinator.get('/api/requests/dashboard.csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'month,counterpart,direction,sent,open,overdue,answered,median_hours_to_acknowledge,median_hours_to_answer',
    );
    expect(lines).toHaveLength(rows.length + 1);

    expect((await (await t.signIn('investigator.me')).get('/api/requests/dashboard')).statusCode).toBe(403);
    const bad = await coordinator.get('/api/requests/dashboard?from=2026-13');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('from');
  });
});

describe('files and notifications', () => {
  it('keeps files with the request, for its parties only, every download audited', async () => {
    const sender = await t.signIn('investigator.me');
    const asked = await sender.post('/api/requests', {
      ...REQUEST,
      priority: 'normal',
      subject: 'With a scan',
      toAgencyId: borderPolice.agencyId,
    });
    const id = asked.json().id;
    const upload = await sender.request({
      method: 'POST',
      url: `/api/requests/${id}/attachments?filename=${encodeURIComponent('stop report.txt')}`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from('Stopped at 02:10, two passengers.\n'),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const [file] = upload.json().attachments;
    expect(file).toMatchObject({ filename: 'stop report.txt', contentType: 'text/plain; charset=utf-8' });
    const refused = await sender.request({
      method: 'POST',
      url: `/api/requests/${id}/attachments?filename=run.exe`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]),
    });
    expect(refused.statusCode).toBe(415);

    const officer = await t.signIn('duty.ba');
    const download = await officer.get(`/api/requests/${id}/attachments/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toContain('two passengers');
    const { rows } = await t.database.owner(
      `select count(*)::int as n from audit_log where record_type = 'request_attachment' and record_id = '${file.id}' and action = 'read'`,
    );
    expect(rows[0]!.n).toBe(1);
    const outsider = await t.signIn('investigator.rs');
    expect((await outsider.get(`/api/requests/${id}/attachments/${file.id}`)).statusCode).toBe(404);
  });

  it('marks notifications read one by one or all at once, and only the own', async () => {
    const officer = await t.signIn('duty.ba');
    const before = (await officer.get('/api/notifications/count')).json();
    expect(before.unread).toBeGreaterThan(0);
    const [first] = (await officer.get('/api/notifications?unread=true')).json().notifications;
    const stranger = await t.signIn('investigator.rs');
    expect((await stranger.post(`/api/notifications/${first.id}/read`)).statusCode).toBe(404);
    expect((await officer.post(`/api/notifications/${first.id}/read`)).statusCode).toBe(204);
    expect((await officer.get('/api/notifications/count')).json().unread).toBe(before.unread - 1);
    expect((await officer.post('/api/notifications/all/read')).statusCode).toBe(204);
    expect((await officer.get('/api/notifications/count')).json()).toEqual({ unread: 0, urgent: 0 });
  });
});
