import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
let investigator: SignedIn;
let caseId: string;

const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  8, 2, 0, 0, 0,
]);
const EXE = Uint8Array.from([
  0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00,
]);

beforeAll(async () => {
  t = await startTestApp({ VEZA_ATTACHMENT_MAX_BYTES: '2048' });
  investigator = await t.signIn('investigator.me');
  caseId = (
    await investigator.post('/api/cases', {
      type: 'trafficking',
      openedOn: '2026-06-01',
      title: 'Attachments case',
    })
  ).json().id;
});
afterAll(() => t.close());

const upload = (
  user: SignedIn,
  bytes: Uint8Array,
  filename: string,
  contentType = 'application/octet-stream',
) =>
  user.request({
    method: 'POST',
    url: `/api/cases/${caseId}/attachments?filename=${encodeURIComponent(filename)}`,
    payload: Buffer.from(bytes),
    headers: { 'content-type': contentType },
  });

describe('attachments', () => {
  it('keeps a PDF with the type read from its bytes, and serves it back only to who may see the case', async () => {
    const response = await upload(investigator, PDF, 'statement.pdf');
    expect(response.statusCode, response.body).toBe(201);
    const [attachment] = response.json().attachments;
    expect(attachment).toMatchObject({
      filename: 'statement.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    const download = await investigator.get(
      `/api/cases/${caseId}/attachments/${attachment.id}?purpose=court%20file`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(new Uint8Array(download.rawPayload)).toEqual(PDF);
    const other = await t.signIn('investigator.al');
    expect((await other.get(`/api/cases/${caseId}/attachments/${attachment.id}`)).statusCode).toBe(404);
    expect((await other.get(`/api/cases/${caseId}/attachments`)).statusCode).toBe(404);
    const analyst = await t.signIn('analyst.me');
    expect((await analyst.get(`/api/cases/${caseId}/attachments/${attachment.id}`)).statusCode).toBe(404);
  });

  it('trusts the bytes, not the name: a PNG called .pdf is stored as a PNG', async () => {
    const response = await upload(investigator, PNG, 'photo.pdf');
    expect(response.json().attachments.at(-1)).toMatchObject({
      filename: 'photo.pdf',
      contentType: 'image/png',
    });
  });

  it('refuses a program, an empty file and a file over the limit, storing nothing', async () => {
    const before = (await investigator.get(`/api/cases/${caseId}/attachments`)).json().attachments.length;
    expect((await upload(investigator, EXE, 'invoice.pdf')).statusCode).toBe(415);
    expect((await upload(investigator, new Uint8Array(), 'empty.txt')).statusCode).toBe(400);
    expect((await upload(investigator, new Uint8Array(4096).fill(65), 'big.txt')).statusCode).toBe(413);
    expect((await investigator.get(`/api/cases/${caseId}/attachments`)).json().attachments.length).toBe(
      before,
    );
  });

  it('audits downloads with their purpose, and lets the author remove a file', async () => {
    const [first] = (await investigator.get(`/api/cases/${caseId}/attachments`)).json().attachments;
    await investigator.get(
      `/api/cases/${caseId}/attachments/${first.id}?purpose=${encodeURIComponent('prosecutor request')}`,
    );
    const admin = await t.signIn('admin.me');
    const log = (await admin.get('/api/audit?action=read&actor=investigator.me')).json();
    expect(log.entries[0]).toMatchObject({
      recordType: 'attachment',
      recordId: first.id,
      purpose: 'prosecutor request',
    });
    expect((await investigator.delete(`/api/cases/${caseId}/attachments/${first.id}`)).statusCode).toBe(204);
    expect((await investigator.get(`/api/cases/${caseId}/attachments/${first.id}`)).statusCode).toBe(404);
  });
});
