import { describe, expect, it } from 'vitest';
import {
  defaultDeadline,
  isOverdue,
  nextStatus,
  REQUEST_STATUSES,
  requestTypesFor,
  Share,
  takesPartIn,
} from './request.ts';

describe('a request’s status', () => {
  it.each([
    ['draft', 'send', 'sent'],
    ['sent', 'acknowledge', 'acknowledged'],
    ['sent', 'start', 'in_progress'],
    ['acknowledged', 'start', 'in_progress'],
    ['sent', 'answer', 'answered'],
    ['in_progress', 'answer', 'answered'],
    ['answered', 'close', 'closed'],
    ['sent', 'close', 'closed'],
    ['closed', 'reopen', 'in_progress'],
    ['answered', 'reopen', 'in_progress'],
  ] as const)('%s --%s--> %s', (from, event, to) => {
    expect(nextStatus(from, event)).toBe(to);
  });

  it.each([
    ['sent', 'send'],
    ['acknowledged', 'acknowledge'],
    ['answered', 'answer'],
    ['closed', 'close'],
    ['draft', 'acknowledge'],
    ['draft', 'close'],
    ['in_progress', 'reopen'],
  ] as const)('refuses %s --%s-->', (from, event) => {
    expect(nextStatus(from, event)).toBeNull();
  });

  it('counts as overdue only while open and past the deadline', () => {
    const now = new Date('2026-05-03T12:00:00Z');
    const past = new Date('2026-05-03T11:59:59Z');
    const open = REQUEST_STATUSES.filter((s) => isOverdue({ status: s, deadline: past }, now));
    expect(open).toEqual(['sent', 'acknowledged', 'in_progress']);
    expect(isOverdue({ status: 'sent', deadline: now }, now)).toBe(false);
    expect(isOverdue({ status: 'sent', deadline: null }, now)).toBe(false);
  });
});

describe('deadlines by priority', () => {
  it('follow the single-point-of-contact rules: 8 hours, 3 days, 7 days', () => {
    const sent = new Date('2026-05-03T22:00:00Z');
    expect(defaultDeadline('urgent', sent).toISOString()).toBe('2026-05-04T06:00:00.000Z');
    expect(defaultDeadline('high', sent).toISOString()).toBe('2026-05-06T22:00:00.000Z');
    expect(defaultDeadline('normal', sent).toISOString()).toBe('2026-05-10T22:00:00.000Z');
  });
});

describe('who takes part', () => {
  it('depends on the kind of request', () => {
    expect(takesPartIn(['caseworker'], 'victim_referral')).toBe(true);
    expect(takesPartIn(['caseworker'], 'information_request')).toBe(false);
    expect(requestTypesFor(['analyst', 'admin'])).toEqual([]);
    // A screener refers the people they screen, and takes part in nothing else.
    expect(requestTypesFor(['screener'])).toEqual(['victim_referral']);
  });
});

describe('a share', () => {
  it('names each field that cannot be shared', () => {
    const result = Share.safeParse({
      kind: 'person',
      id: '00000000-0000-4000-8000-000000000000',
      fields: ['displayName', 'notes'],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['fields', 1]);
  });
});
