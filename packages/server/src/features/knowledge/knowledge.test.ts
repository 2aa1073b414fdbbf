import ICAL from 'ical.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';
import { sendActionReminders } from './reminders.ts';

let t: TestApp;
let rs: SignedIn; // investigator, police (MUP) Serbia
let rsCoordinator: SignedIn;
let ba: SignedIn; // investigator, SIPA Bosnia and Herzegovina
let me: SignedIn; // coordinator, Montenegro: organises the meeting
let mk: SignedIn; // investigator, North Macedonia: not at the meeting
const cp: Record<string, string> = {};

async function contactPoint(user: SignedIn, q: string): Promise<string> {
  const response = await user.get(`/api/directory?q=${encodeURIComponent(q)}`);
  expect(response.statusCode, response.body).toBe(200);
  const found = response.json().contactPoints[0];
  expect(found, q).toBeTruthy();
  return found.id;
}

const day = (offset: number, from = new Date()) =>
  new Date(from.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  // The reminders are sent by the test at the days it chooses, not by the app's own round.
  await t.app.veza.actionReminders.close();
  rs = await t.signIn('investigator.rs');
  rsCoordinator = await t.signIn('coordinator.rs');
  ba = await t.signIn('investigator.ba');
  me = await t.signIn('coordinator.me');
  mk = await t.signIn('investigator.mk');
  cp.sipa = await contactPoint(me, 'Благојевић');
  cp.alProsecutor = await contactPoint(me, 'Arben Hoxha');
  cp.rsProsecutor = await contactPoint(me, 'Јелена Петровић');
});

afterAll(async () => {
  await t?.close();
});

describe('practices and case briefs', () => {
  let practiceId: string;

  it('sanitises the Markdown: no script, no event handler, no javascript: link', async () => {
    const body = [
      '## Joint patrols',
      '',
      '<script>alert("x")</script>',
      '',
      'Read [the guide](https://example.org/guide) or [this](javascript:alert(1)).',
      '',
      '<a href="JaVaScRiPt:alert(2)">click</a> <img src="x" onerror="alert(3)"> <b onclick="alert(4)">bold</b>',
      '',
      '<iframe src="https://evil.example"></iframe>',
    ].join('\n');
    const response = await rs.post('/api/knowledge/practices', {
      kind: 'brief',
      title: 'Joint patrols on the Drina: the Djordjevic case',
      summary: 'How a joint investigation found the organiser.',
      body,
      sections: {
        facts: 'A group of 14 was found in a van; the driver named **Djordjevic** as the organiser.',
        lessons: 'Share the phone numbers early.',
      },
      tags: { pillars: ['prosecution', 'partnership'], crimes: ['smuggling'], keywords: ['Drina'] },
      jurisdictions: ['RS', 'BA'],
      language: 'sr',
    });
    expect(response.statusCode, response.body).toBe(201);
    const practice = response.json();
    practiceId = practice.id;
    expect(practice.status).toBe('draft');
    const html: string = practice.body.html;
    expect(html).toContain('<h2>Joint patrols</h2>');
    expect(html).toContain('href="https://example.org/guide"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html.toLowerCase()).not.toContain('javascript:');
    expect(html.toLowerCase()).not.toMatch(/\son[a-z]+=/);
    expect(html.toLowerCase()).not.toContain('<iframe');
    expect(html.toLowerCase()).not.toContain('<img');
    expect(html).toContain('<b>bold</b>');
    expect(practice.sections.facts.html).toContain('<strong>Djordjevic</strong>');
    const preview = await rs.post('/api/knowledge/preview', {
      markdown: '[x](javascript:alert(1)) <svg onload=alert(1)>',
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().html).not.toMatch(/javascript:|onload|<svg/i);
  });

  it("keeps a draft to the author's agency", async () => {
    for (const other of [ba, rsCoordinator]) {
      expect((await other.get(`/api/knowledge/practices/${practiceId}`)).statusCode).toBe(404);
      const search = await other.get('/api/knowledge/practices?q=Djordjevic');
      expect(search.statusCode, search.body).toBe(200);
      expect(search.json().items.map((p: { id: string }) => p.id)).not.toContain(practiceId);
    }
    const rows = await t.database.owner(
      `select count(*)::int as n from practices where id = '${practiceId}'`,
    );
    expect(rows.rows[0]!.n).toBe(1);
    // A colleague of the same agency sees it and may change it.
    const mine = await rs.get('/api/knowledge/practices?mine=true');
    expect(mine.json().items.map((p: { id: string }) => p.id)).toContain(practiceId);
  });

  it('publishes to the region, and finds "Ђорђевић" where the text says "Djordjevic"', async () => {
    const current = (await rs.get(`/api/knowledge/practices/${practiceId}`)).json();
    const published = await rs.post(`/api/knowledge/practices/${practiceId}/publish`, {
      version: current.version,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().status).toBe('published');
    expect((await ba.get(`/api/knowledge/practices/${practiceId}`)).statusCode).toBe(200);
    const found = await ba.get(`/api/knowledge/practices?q=${encodeURIComponent('Ђорђевић')}`);
    expect(found.statusCode, found.body).toBe(200);
    const hit = found.json().items.find((p: { id: string }) => p.id === practiceId);
    expect(hit).toBeTruthy();
    const passage = hit.passage;
    const [start, end] = passage.highlights[0];
    expect(passage.text.slice(start, end)).toBe('Djordjevic');
    // Albanian spelling of the same name, and a filter that excludes it.
    const albanian = await ba.get(`/api/knowledge/practices?q=${encodeURIComponent('Gjorgjeviq')}`);
    expect(albanian.json().items.map((p: { id: string }) => p.id)).toContain(practiceId);
    const filtered = await ba.get(`/api/knowledge/practices?q=Djordjevic&pillar=prevention`);
    expect(filtered.json().items.map((p: { id: string }) => p.id)).not.toContain(practiceId);
    const tagged = await ba.get(
      `/api/knowledge/practices?pillar=partnership&crime=smuggling&jurisdiction=BA`,
    );
    expect(tagged.json().items.map((p: { id: string }) => p.id)).toContain(practiceId);
    // Once published, it is no longer deletable; and others may not change it.
    const patch = await ba.patch(`/api/knowledge/practices/${practiceId}`, { title: 'Mine now', version: 3 });
    expect(patch.statusCode).toBe(403);
  });

  it('ranks a title match first and refuses a query with no word', async () => {
    const other = await rs.post('/api/knowledge/practices', {
      title: 'Screening at reception centres',
      body: 'Mentions Djordjevic once in passing, among much else about screening and referral.',
      language: 'en',
    });
    expect(other.statusCode).toBe(201);
    await rs.post(`/api/knowledge/practices/${other.json().id}/publish`, { version: other.json().version });
    const found = (await rs.get('/api/knowledge/practices?q=djordjevic')).json();
    expect(found.items.length).toBeGreaterThanOrEqual(2);
    expect(found.items[0].id).toBe(practiceId);
    const bad = await rs.get('/api/knowledge/practices?q=%21');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field ?? bad.body).toContain('q');
    const badLanguage = await rs.post('/api/knowledge/practices', { title: 'x', language: 'xx' });
    expect(badLanguage.statusCode).toBe(400);
    expect(badLanguage.body).toContain('language');
    const admin = await t.signIn('admin.rs');
    expect((await admin.post('/api/knowledge/practices', { title: 'x', language: 'en' })).statusCode).toBe(
      403,
    );
  });

  it('keeps versions with who changed which field, and restores one as a new version', async () => {
    let current = (await rs.get(`/api/knowledge/practices/${practiceId}`)).json();
    const changed = await rs.patch(`/api/knowledge/practices/${practiceId}`, {
      title: 'Joint patrols (revised)',
      version: current.version,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    current = changed.json();
    const stale = await rs.patch(`/api/knowledge/practices/${practiceId}`, { title: 'Lost', version: 1 });
    expect(stale.statusCode).toBe(409);
    const versions = (await rs.get(`/api/knowledge/practices/${practiceId}/versions`)).json();
    expect(versions.map((v: { action: string }) => v.action)).toEqual(['update', 'publish', 'create']);
    expect(versions[0].fields).toEqual(['title']);
    const restored = await rs.post(`/api/knowledge/practices/${practiceId}/restore`, {
      fromVersion: 1,
      version: current.version,
    });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json().title).toBe('Joint patrols on the Drina: the Djordjevic case');
    expect(restored.json().status).toBe('published');
    const after = (await rs.get(`/api/knowledge/practices/${practiceId}/versions`)).json();
    expect(after[0]).toMatchObject({ action: 'restore', restoredFrom: 1, fields: ['title'] });
    const missing = await rs.post(`/api/knowledge/practices/${practiceId}/restore`, {
      fromVersion: 99,
      version: restored.json().version,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('fromVersion');
  });

  it('links cases anonymised: the other jurisdiction sees type and year, not the case', async () => {
    const opened = await rs.post('/api/cases', {
      type: 'smuggling',
      openedOn: '2025-04-02',
      title: 'Van at Šid',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const current = (await rs.get(`/api/knowledge/practices/${practiceId}`)).json();
    const linked = await rs.patch(`/api/knowledge/practices/${practiceId}`, {
      caseIds: [opened.json().id],
      version: current.version,
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().cases[0]).toMatchObject({
      caseId: opened.json().id,
      year: 2025,
      caseType: 'smuggling',
    });
    const seen = (await ba.get(`/api/knowledge/practices/${practiceId}`)).json();
    expect(seen.cases[0]).toMatchObject({ jurisdiction: 'RS', caseId: null, year: 2025 });
    expect(JSON.stringify(seen)).not.toContain('Šid');
    const foreign = await ba.post('/api/knowledge/practices', {
      title: 'x',
      language: 'bs',
      caseIds: [opened.json().id],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.body).toContain('caseIds');
  });

  it('takes comments from the region', async () => {
    const added = await ba.post(`/api/knowledge/practices/${practiceId}/comments`, {
      body: 'We did the same at Zvornik.',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()[0]).toMatchObject({ body: 'We did the same at Zvornik.', mine: true });
    const seen = (await rs.get(`/api/knowledge/practices/${practiceId}/comments`)).json();
    expect(seen[0]).toMatchObject({ mine: false, author: { jurisdiction: 'BA' } });
    expect(
      (await rs.delete(`/api/knowledge/practices/${practiceId}/comments/${seen[0].id}`)).statusCode,
    ).toBe(404);
  });
});

describe('meetings, minutes and action points', () => {
  let meeting: { id: string; version: number };
  let actionId: string;
  const due = day(10);

  it('records a meeting with three jurisdictions and shows it only to them', async () => {
    const created = await me.post('/api/knowledge/meetings', {
      title: 'Regional meeting of the Joint Action Task Forces',
      startsAt: '2026-03-24T09:00:00+01:00',
      endsAt: '2026-03-24T17:00:00+01:00',
      place: 'Budva',
      agenda: '1. Early identification\n2. Direct contacts',
      participants: [
        { contactPointId: cp.sipa, status: 'invited' },
        { contactPointId: cp.alProsecutor, status: 'confirmed' },
        { contactPointId: cp.rsProsecutor, status: 'invited' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    meeting = created.json();
    expect(created.json().jurisdictions.sort()).toEqual(['AL', 'BA', 'ME', 'RS']);
    expect((await ba.get(`/api/knowledge/meetings/${meeting.id}`)).statusCode).toBe(200);
    expect((await mk.get(`/api/knowledge/meetings/${meeting.id}`)).statusCode).toBe(404);
    expect((await mk.get('/api/knowledge/meetings')).json().map((m: { id: string }) => m.id)).not.toContain(
      meeting.id,
    );
    // The participant's agency confirms; it may not mark itself as attended.
    const confirmed = await ba.post(`/api/knowledge/meetings/${meeting.id}/participants/${cp.sipa}`, {
      status: 'confirmed',
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const attended = await ba.post(`/api/knowledge/meetings/${meeting.id}/participants/${cp.sipa}`, {
      status: 'attended',
    });
    expect(attended.statusCode).toBe(400);
    const notTheirs = await ba.post(`/api/knowledge/meetings/${meeting.id}/participants/${cp.alProsecutor}`, {
      status: 'declined',
    });
    expect(notTheirs.statusCode).toBe(403);
    const unknown = await me.post('/api/knowledge/meetings', {
      title: 'x',
      startsAt: '2026-03-24T09:00:00+01:00',
      place: 'y',
      participants: [{ contactPointId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('participants');
  });

  it('adds a decision and an action point for a BA officer', async () => {
    const decided = await me.post(`/api/knowledge/meetings/${meeting.id}/decisions`, {
      text: 'Each task force names a 24/7 contact for urgent requests.',
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const decision = decided.json().decisions[0];
    const created = await me.post('/api/knowledge/action-points', {
      title: 'Name the 24/7 contact of SIPA in the directory',
      ownerContactPointId: cp.sipa,
      jurisdictions: ['BA'],
      dueOn: due,
      meetingId: meeting.id,
      decisionId: decision.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    actionId = created.json().id;
    expect(created.json()).toMatchObject({
      owner: { jurisdiction: 'BA' },
      standing: 'due_soon',
      decision: { position: 1 },
      meeting: { id: meeting.id },
    });
    expect(
      (
        await ba.post('/api/knowledge/action-points', {
          title: 'x',
          ownerContactPointId: cp.sipa,
          dueOn: due,
          meetingId: meeting.id,
        })
      ).statusCode,
    ).toBe(403);
    const badDate = await me.post('/api/knowledge/action-points', {
      title: 'x',
      ownerContactPointId: cp.sipa,
      dueOn: '2026-02-30',
      meetingId: meeting.id,
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('dueOn');
  });

  it('drafts minutes, which only the organiser approves, and then they are final', async () => {
    let current = (await me.get(`/api/knowledge/meetings/${meeting.id}`)).json();
    const drafted = await me.request({
      method: 'PUT',
      url: `/api/knowledge/meetings/${meeting.id}/minutes`,
      payload: { minutes: '## Discussion\n\nDirect contacts **work**.', version: current.version },
    });
    expect(drafted.statusCode, drafted.body).toBe(200);
    expect(drafted.json().minutesStatus).toBe('draft');
    current = drafted.json();
    expect(
      (await ba.post(`/api/knowledge/meetings/${meeting.id}/minutes/approve`, { version: current.version }))
        .statusCode,
    ).toBe(403);
    const pdfDraft = await ba.get(`/api/knowledge/meetings/${meeting.id}/minutes.pdf`);
    expect(pdfDraft.statusCode).toBe(200);
    expect(pdfDraft.headers['content-disposition']).toContain('-draft.pdf');
    const approved = await me.post(`/api/knowledge/meetings/${meeting.id}/minutes/approve`, {
      version: current.version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ minutesStatus: 'approved', status: 'held' });
    expect(approved.json().minutesApprovedBy).toBeTruthy();
    const late = await me.request({
      method: 'PUT',
      url: `/api/knowledge/meetings/${meeting.id}/minutes`,
      payload: { minutes: 'changed', version: approved.json().version },
    });
    expect(late.statusCode).toBe(403);
    expect(
      (await me.post(`/api/knowledge/meetings/${meeting.id}/decisions`, { text: 'late' })).statusCode,
    ).toBe(403);
  });

  it('exports the minutes as a PDF that reads back with the names in their scripts', async () => {
    const response = await ba.get(`/api/knowledge/meetings/${meeting.id}/minutes.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const bytes = new Uint8Array(response.rawPayload);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
    let text = '';
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i);
      const content = await page.getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    }
    text = text.replace(/\s+/g, ' ');
    expect(text).toContain('Regional meeting of the Joint Action Task Forces');
    expect(text).toContain('Немања Благојевић');
    expect(text).toContain('Arben Hoxha');
    expect(text).toContain('Name the 24/7 contact of SIPA in the directory');
    expect(text).toContain('Direct contacts');
    expect(text).not.toContain('not approved');
  });

  it("lets the owner's agency record progress and close it with its result; others may not", async () => {
    let point = (await ba.get(`/api/knowledge/action-points/${actionId}`)).json();
    expect(point.allowedActions).toContain('progress');
    const progressed = await ba.post(`/api/knowledge/action-points/${actionId}/progress`, {
      note: 'Draft sent to the director.',
      status: 'in_progress',
      version: point.version,
    });
    expect(progressed.statusCode, progressed.body).toBe(200);
    point = progressed.json();
    expect(point.progress).toHaveLength(1);
    expect(point.progress[0]).toMatchObject({ statusFrom: 'open', statusTo: 'in_progress' });
    const noResult = await ba.post(`/api/knowledge/action-points/${actionId}/progress`, {
      status: 'done',
      version: point.version,
    });
    expect(noResult.statusCode).toBe(400);
    expect(noResult.body).toContain('result');
    const outsider = await t.signIn('prosecutor.ba');
    expect(
      (
        await outsider.post(`/api/knowledge/action-points/${actionId}/progress`, {
          note: 'x',
          version: point.version,
        })
      ).statusCode,
    ).toBe(403);
    expect((await mk.get(`/api/knowledge/action-points/${actionId}`)).statusCode).toBe(404);
    const followUp = (await ba.get('/api/knowledge/follow-up?jurisdiction=BA')).json();
    expect(followUp.counts).toMatchObject({ total: 1, dueSoon: 1, done: 0, shareDone: 0 });
    expect(followUp.byOwner[0].owner.contactPointId).toBe(cp.sipa);
    const closed = await ba.post(`/api/knowledge/action-points/${actionId}/progress`, {
      status: 'done',
      result: 'Contact named: the duty desk of SIPA, +387 57 320 800.',
      version: point.version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'done', standing: 'done' });
    const after = (await me.get(`/api/knowledge/follow-up?owner=${cp.sipa}`)).json();
    expect(after.counts).toMatchObject({ total: 1, done: 1, shareDone: 1 });
  });

  it('reminds a week before, on the due date and when overdue, once each', async () => {
    const created = await me.post('/api/knowledge/action-points', {
      title: 'Exchange the lists of reception centres',
      ownerContactPointId: cp.sipa,
      dueOn: day(7, t.clock.now),
      meetingId: meeting.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const kinds = async () =>
      (
        await t.database.owner(
          `select n.kind from notifications n join users u on u.id = n.user_id
           where n.action_point_id = '${id}' and u.username = 'investigator.ba' order by n.created_at`,
        )
      ).rows.map((r) => r.kind);
    // Ahead of the week before: nothing.
    expect(await sendActionReminders(t.database, new Date(t.clock.now.getTime() - 2 * 86_400_000))).toBe(0);
    await sendActionReminders(t.database, t.clock.now);
    expect(await kinds()).toEqual(['action_due_in_7']);
    await sendActionReminders(t.database, new Date(t.clock.now.getTime() + 3_600_000));
    expect(await kinds()).toEqual(['action_due_in_7']);
    await sendActionReminders(t.database, new Date(t.clock.now.getTime() + 7 * 86_400_000));
    expect(await kinds()).toEqual(['action_due_in_7', 'action_due_today']);
    await sendActionReminders(t.database, new Date(t.clock.now.getTime() + 8 * 86_400_000));
    await sendActionReminders(t.database, new Date(t.clock.now.getTime() + 9 * 86_400_000));
    expect(await kinds()).toEqual(['action_due_in_7', 'action_due_today', 'action_overdue']);
    // The organiser who set it is told too.
    const organiser = await t.database.owner(
      `select count(*)::int as n from notifications n join users u on u.id = n.user_id
       where n.action_point_id = '${id}' and u.username = 'coordinator.me'`,
    );
    expect(organiser.rows[0]!.n).toBe(3);
    // Closed: no more reminders.
    const point = (await ba.get(`/api/knowledge/action-points/${id}`)).json();
    await ba.post(`/api/knowledge/action-points/${id}/progress`, {
      status: 'cancelled',
      note: 'Merged into the plan',
      version: point.version,
    });
    await sendActionReminders(t.database, new Date(t.clock.now.getTime() + 16 * 86_400_000));
    expect(await kinds()).toHaveLength(3);
  });

  it("publishes one's meetings and deadlines as an iCalendar feed that parses back", async () => {
    const issued = await ba.post('/api/knowledge/calendar');
    expect(issued.statusCode, issued.body).toBe(201);
    const url = new URL(issued.json().url);
    const feed = await t.app.inject({ method: 'GET', url: url.pathname });
    expect(feed.statusCode, feed.body).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const meetingEvent = events.find((e) => e.summary === 'Regional meeting of the Joint Action Task Forces');
    expect(meetingEvent?.location).toBe('Budva');
    expect(meetingEvent?.startDate.toJSDate().toISOString()).toBe('2026-03-24T08:00:00.000Z');
    const deadline = events.find((e) => e.summary.includes('Name the 24/7 contact of SIPA'));
    expect(deadline?.startDate.isDate).toBe(true);
    expect(deadline?.startDate.toString()).toBe(due);
    // Reissuing revokes the old address; a made-up one is a 404.
    await ba.post('/api/knowledge/calendar');
    expect((await t.app.inject({ method: 'GET', url: url.pathname })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/knowledge/calendar/nope.ics' })).statusCode).toBe(
      400,
    );
    // The feed of a Macedonian investigator holds neither.
    const other = await mk.post('/api/knowledge/calendar');
    const otherFeed = await t.app.inject({ method: 'GET', url: new URL(other.json().url).pathname });
    expect(otherFeed.body).not.toContain('Regional meeting');
  });
});

describe('action plans', () => {
  it('groups action points under a leader, counted', async () => {
    const plan = await me.post('/api/knowledge/plans', {
      title: 'Operational action plan 2027: direct contacts',
      year: 2027,
      theme: 'cooperation',
      leaderContactPointId: cp.alProsecutor,
      jurisdictions: ['AL', 'BA', 'ME'],
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const point = await me.post('/api/knowledge/action-points', {
      title: 'Joint training on hit/no-hit',
      ownerContactPointId: cp.sipa,
      dueOn: day(-3),
      planId: plan.json().id,
    });
    expect(point.statusCode, point.body).toBe(201);
    expect(point.json().standing).toBe('overdue');
    const seen = (await ba.get(`/api/knowledge/plans/${plan.json().id}`)).json();
    expect(seen.counts).toMatchObject({ total: 1, overdue: 1 });
    expect(seen.leader.jurisdiction).toBe('AL');
    expect((await mk.get(`/api/knowledge/plans/${plan.json().id}`)).statusCode).toBe(404);
    expect(
      (await rs.post('/api/knowledge/plans', { title: 'x', leaderContactPointId: cp.sipa })).statusCode,
    ).toBe(403);
  });
});
