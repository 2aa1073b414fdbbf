import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
let investigator: SignedIn;

const CSV =
  'Ref,Ime,Prezime,Rođen,Telefon\nW1,Amir,Hodžić,1990,061 111 222\nW2,Emina,Mehić,1985-04,\nW3,,,1990,\n';
const mapping = {
  target: 'persons',
  sourceKey: 'Ref',
  columns: { givenNames: 'Ime', familyNames: 'Prezime', birthDate: 'Rođen', phone: 'Telefon' },
};

beforeAll(async () => {
  t = await startTestApp();
  investigator = await t.signIn('investigator.ba');
});
afterAll(() => t.close());

const send = (url: string, body: string) =>
  investigator.request({
    method: 'POST',
    url,
    payload: Buffer.from(body),
    headers: { 'content-type': 'application/octet-stream' },
  });

async function finished(id: string) {
  for (let i = 0; i < 100; i++) {
    const job = (await investigator.get(`/api/imports/${id}`)).json();
    if (!['waiting', 'running'].includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the import did not finish');
}

describe('imports from the web app', () => {
  it('previews a file’s columns and first rows', async () => {
    const response = await send('/api/imports/preview?filename=register.csv', CSV);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      headers: ['Ref', 'Ime', 'Prezime', 'Rođen', 'Telefon'],
      total: 3,
    });
    expect(response.json().rows[0]).toMatchObject({ Ref: 'W1', Ime: 'Amir' });
  });

  it('runs a dry run, then the import with bad rows skipped, as a job with its report', async () => {
    const url = (extra: string) =>
      `/api/imports?filename=register.csv&mapping=${encodeURIComponent(JSON.stringify(mapping))}${extra}`;
    const dry = await send(url('&dryRun=true'), CSV);
    expect(dry.statusCode, dry.body).toBe(202);
    const dryJob = await finished(dry.json().id);
    expect(dryJob).toMatchObject({ status: 'done', report: { outcome: 'refused', rejected: [{ line: 4 }] } });
    const real = await finished((await send(url('&skipBad=true'), CSV)).json().id);
    expect(real).toMatchObject({ status: 'done', report: { outcome: 'imported', created: 2 } });
    // Stored while it waits and runs, the file's rows are removed once it has ended.
    const { rows } = await t.database.owner(
      `select status, rows is null as gone, user_id is not null as owned from imports where id = '${real.id}'`,
    );
    expect(rows).toEqual([{ status: 'done', gone: true, owned: true }]);
    const hits = (await investigator.get('/api/search?q=Hodzic')).json().hits;
    expect(hits.length).toBe(1);
  });

  it('names a bad mapping field and an unreadable file', async () => {
    const badMapping = await send(
      `/api/imports?filename=r.csv&mapping=${encodeURIComponent(JSON.stringify({ target: 'persons', columns: {} }))}`,
      CSV,
    );
    expect(badMapping.statusCode).toBe(400);
    // The row identifier may be left out (rows are then known by their content); the names may not.
    expect(badMapping.json().error.field).toBe('mapping.columns.givenNames');
    const badFile = await send('/api/imports/preview?filename=r.csv', 'a,b\n1,"unclosed\n');
    expect(badFile.statusCode).toBe(400);
    expect(badFile.json().error.message).toMatch(/r\.csv/);
  });

  it('keeps jobs to their author, and refuses roles that do not record persons', async () => {
    const dry = await send(
      `/api/imports?filename=r.csv&dryRun=true&mapping=${encodeURIComponent(JSON.stringify(mapping))}`,
      CSV,
    );
    const other = await t.signIn('investigator.rs');
    expect((await other.get(`/api/imports/${dry.json().id}`)).statusCode).toBe(404);
    expect((await other.request({ method: 'DELETE', url: `/api/imports/${dry.json().id}` })).statusCode).toBe(
      404,
    );
    const colleague = await t.signIn('prosecutor.ba');
    expect((await colleague.get(`/api/imports/${dry.json().id}`)).statusCode).toBe(404);
    const analyst = await t.signIn('analyst.ba');
    const refused = await analyst.request({
      method: 'POST',
      url: '/api/imports/preview?filename=r.csv',
      payload: Buffer.from(CSV),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(refused.statusCode).toBe(403);
  });
});
