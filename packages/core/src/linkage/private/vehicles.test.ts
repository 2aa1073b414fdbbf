import { describe, expect, it } from 'vitest';
import { deriveKeys } from './encode.ts';
import { encodeVehicle, findVehicleHits, type VehicleRecord } from './vehicles.ts';

const keys = deriveKeys(Buffer.from('a regional secret for the tests'));
const other = deriveKeys(Buffer.from('another jurisdiction’s wrong secret'));

const VEHICLES: VehicleRecord[] = [
  { id: 'rs-1', jurisdiction: 'RS', plate: 'BG 123-AB', country: 'RS' },
  { id: 'ba-1', jurisdiction: 'BA', plate: 'bg123ab', country: 'RS' },
  { id: 'me-1', jurisdiction: 'ME', plate: 'BG-123 AB', country: null },
  { id: 'hr-1', jurisdiction: 'AL', plate: 'BG123AB', country: 'HR' },
  { id: 'rs-2', jurisdiction: 'RS', plate: 'BG123AB', country: 'RS' },
  { id: 'mk-1', jurisdiction: 'MK', plate: 'SK 4455 AC', country: 'MK' },
];

describe('vehicle hits on keyed plates', () => {
  const encoded = VEHICLES.map((v) => encodeVehicle(v, keys));
  const hits = findVehicleHits(encoded);
  const pairs = hits.map((h) => `${h.a}~${h.b}:${h.band}`).sort();

  it('finds the same plate across jurisdictions, strong when the countries agree', () => {
    expect(pairs).toEqual(
      [
        'ba-1~me-1:probable',
        'ba-1~rs-1:strong',
        'ba-1~rs-2:strong',
        'me-1~rs-1:probable',
        'me-1~rs-2:probable',
        'hr-1~me-1:probable',
      ].sort(),
    );
    expect(hits.every((h) => h.evidence.join() === 'plate')).toBe(true);
  });

  it('keeps plates apart when their countries differ, and never pairs a jurisdiction with itself', () => {
    expect(pairs.some((p) => p.includes('hr-1~rs') || p.includes('ba-1~hr-1'))).toBe(false);
    expect(pairs.some((p) => p.startsWith('rs-1~rs-2'))).toBe(false);
  });

  it('holds neither the plate nor the country, and finds nothing across secrets', () => {
    for (const v of encoded) {
      expect(Object.keys(v).sort()).toEqual(
        v.country ? ['country', 'id', 'jurisdiction', 'plate'] : ['id', 'jurisdiction', 'plate'],
      );
      expect(v.plate).toMatch(/^[0-9a-f]{16}$/);
      if (v.country) expect(v.country).toMatch(/^[0-9a-f]{16}$/);
    }
    const text = JSON.stringify(encoded.map(({ plate, country }) => [plate, country]));
    // Upper-case letters never occur in the lower-case hex of a keyed hash.
    for (const plain of ['BG', 'AB', 'HR', 'SK']) expect(text).not.toContain(plain);
    const mixed = [encodeVehicle(VEHICLES[0]!, keys), encodeVehicle(VEHICLES[1]!, other)];
    expect(findVehicleHits(mixed)).toEqual([]);
  });
});
