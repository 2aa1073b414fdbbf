import { describe, expect, it } from 'vitest';
import { addSeeds, emptyChart, expand, group, hide, pin, unhide, unpin } from './chart-state.ts';

describe('a chart’s definition as the investigator changes it', () => {
  it('expands a node once per set of kinds', () => {
    let chart = expand(emptyChart(['phone:+1']), 'person:a', ['case']);
    chart = expand(chart, 'person:a', ['case']);
    chart = expand(chart, 'person:a', []);
    expect(chart.expansions).toEqual([
      { node: 'person:a', kinds: ['case'] },
      { node: 'person:a', kinds: [] },
    ]);
  });

  it('hides nodes but keeps at least one start, and shows them again', () => {
    const chart = addSeeds(emptyChart(['phone:+1']), ['person:a']);
    const hidden = hide(chart, ['person:a', 'case:x']);
    expect(hidden.seeds).toEqual(['phone:+1']);
    expect(hidden.hidden).toEqual(['person:a', 'case:x']);
    expect(hide(hidden, ['phone:+1'])).toBe(hidden);
    expect(unhide(hidden, 'case:x').hidden).toEqual(['person:a']);
    // Starting from a hidden node again shows it.
    expect(addSeeds(hidden, ['person:a']).hidden).toEqual(['case:x']);
  });

  it('keeps at most 50 starts, as the server accepts', () => {
    const many = Array.from({ length: 60 }, (_, i) => `person:${i}`);
    expect(addSeeds(emptyChart(['phone:+1']), many).seeds).toHaveLength(50);
  });

  it('pins a node where it was dropped, once, and unpins it', () => {
    let chart = pin(emptyChart(['phone:+1']), 'phone:+1', 1, 2);
    chart = pin(chart, 'phone:+1', 3, 4);
    expect(chart.pinned).toEqual([{ node: 'phone:+1', x: 3, y: 4 }]);
    expect(unpin(chart, 'phone:+1').pinned).toEqual([]);
  });

  it('replaces a group of the same name', () => {
    let chart = group(emptyChart(['phone:+1']), 'Drivers', ['person:a']);
    chart = group(chart, 'Drivers', ['person:b', 'person:c']);
    expect(chart.groups).toEqual([{ name: 'Drivers', nodes: ['person:b', 'person:c'] }]);
  });
});
