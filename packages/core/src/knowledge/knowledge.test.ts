import { describe, expect, it } from 'vitest';
import {
  actionStanding,
  flattenTags,
  followUpCounts,
  groupTags,
  indexedText,
  matchedPassage,
  queryWords,
  regionToday,
  remindersDue,
  tsQuery,
} from './index.ts';

describe('action points', () => {
  it('stands open, due soon, overdue, done', () => {
    expect(actionStanding('open', '2026-12-31', '2026-12-01')).toBe('open');
    expect(actionStanding('open', '2026-12-14', '2026-12-01')).toBe('due_soon');
    expect(actionStanding('in_progress', '2026-12-01', '2026-12-01')).toBe('due_soon');
    expect(actionStanding('in_progress', '2026-11-30', '2026-12-01')).toBe('overdue');
    expect(actionStanding('done', '2026-11-30', '2026-12-01')).toBe('done');
  });

  it('reminds a week before, on the day, the day after and weekly while overdue', () => {
    const due = '2026-12-10';
    expect(remindersDue('open', due, '2026-12-02')).toBeNull();
    expect(remindersDue('open', due, '2026-12-03')?.key).toBe('due-in-7:2026-12-10');
    expect(remindersDue('open', due, '2026-12-09')?.key).toBe('due-in-7:2026-12-10');
    expect(remindersDue('open', due, '2026-12-10')?.kind).toBe('action_due_today');
    expect(remindersDue('open', due, '2026-12-11')?.key).toBe('overdue:2026-12-10:0');
    expect(remindersDue('open', due, '2026-12-17')?.key).toBe('overdue:2026-12-10:0');
    expect(remindersDue('open', due, '2026-12-18')?.key).toBe('overdue:2026-12-10:1');
    expect(remindersDue('done', due, '2026-12-11')).toBeNull();
    expect(remindersDue('cancelled', due, '2026-12-10')).toBeNull();
  });

  it('counts the share done without the cancelled', () => {
    const counts = followUpCounts(
      [
        { status: 'done', dueOn: '2026-01-01' },
        { status: 'open', dueOn: '2026-01-01' },
        { status: 'in_progress', dueOn: '2026-12-05' },
        { status: 'open', dueOn: '2027-06-01' },
        { status: 'cancelled', dueOn: '2026-01-01' },
      ],
      '2026-12-01',
    );
    expect(counts).toEqual({
      total: 5,
      open: 1,
      dueSoon: 1,
      overdue: 1,
      done: 1,
      cancelled: 1,
      shareDone: 0.25,
    });
    expect(followUpCounts([], '2026-12-01').shareDone).toBeNull();
  });

  it("knows the region's day: late evening UTC is already tomorrow in Belgrade", () => {
    expect(regionToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(regionToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});

describe('tags', () => {
  it('round-trips through their stored form', () => {
    const tags = {
      pillars: ['protection' as const],
      crimes: ['trafficking' as const],
      exploitation: ['ForcedLabour' as const],
      modusOperandi: ['fake_job_offer' as const],
      keywords: ['seasonal work'],
    };
    expect(groupTags(flattenTags(tags))).toEqual(tags);
  });
});

describe('search across scripts', () => {
  it('folds Cyrillic, BCMS and Albanian spellings of the query', () => {
    const words = queryWords('Ђорђевић  Gjorgjeviq, x');
    expect(words.map((w) => w.key)).toEqual(['djordjevic', 'gjorgjeviq']);
    expect(tsQuery(words)).toBe('djordjevic:* & (gjorgjeviq:* | djordjevic:*)');
    // Inflected forms meet: the query's final vowels go.
    expect(queryWords('trgovina trafikimi ljudi').map((w) => w.key)).toEqual(['trgovin', 'trafikim', 'ljud']);
    expect(queryWords('migrantët kamionom trafikimit ljudima').map((w) => w.key)).toEqual([
      'migrant',
      'kamion',
      'trafikim',
      'ljud',
    ]);
    expect(queryWords('Đorđević Krasniqi').map((w) => w.key)).toEqual(['djordjevic', 'krasniq']);
    expect(indexedText('Đorđević')).toContain('djordjevic');
    expect(indexedText('Krasniqi')).toContain('krasnici');
  });

  it('finds the passage and where the words are in it, in the original script', () => {
    const query = queryWords('трговина Đorđević');
    const passage = matchedPassage(
      [
        '',
        `${'Uvod. '.repeat(40)}Slučaj trgovine ljudima: organizator Djordjevic je uhapšen. ${'Kraj. '.repeat(60)}`,
      ],
      query,
    );
    expect(passage).not.toBeNull();
    const words = passage!.highlights.map(([s, e]) => passage!.text.slice(s, e));
    expect(words).toEqual(['trgovine', 'Djordjevic']);
    expect(passage!.text.startsWith('… ')).toBe(true);
    expect(passage!.text.length).toBeLessThan(260);
    expect(matchedPassage(['nothing here'], query)).toBeNull();
  });

  it('takes Markdown marks out of the passage', () => {
    const passage = matchedPassage(
      ['## Lessons\n\n**Share** phone numbers [early](https://x.org).'],
      queryWords('share'),
    );
    expect(passage?.text).toBe('Lessons Share phone numbers early.');
  });
});
