/**
 * Vehicles in hit/no-hit: a plate is an exact identifier, so a vehicle is encoded as keyed hashes
 * of its normalised plate and, when known, its registration country; the matcher finds the same
 * keyed plate in two jurisdictions. With both countries known and equal the hit is strong; with one
 * unknown it is probable; with two different countries the plates are different vehicles.
 */
import { normalisePlate } from '../../model/vehicle.ts';
import { type EncodingKeys, keyedHash } from './encode.ts';
import type { Hit } from './hits.ts';

export interface VehicleRecord {
  id: string;
  jurisdiction: string;
  plate: string;
  country: string | null;
}

export interface EncodedVehicle {
  id: string;
  jurisdiction: string;
  /** Keyed hash of the normalised plate. */
  plate: string;
  /** Keyed hash of the registration country, when known. */
  country?: string;
}

export function encodeVehicle(vehicle: VehicleRecord, keys: EncodingKeys): EncodedVehicle {
  const key = keys.keys.plate;
  const encoded: EncodedVehicle = {
    id: vehicle.id,
    jurisdiction: vehicle.jurisdiction,
    plate: keyedHash(key, `plate:${normalisePlate(vehicle.plate)}`),
  };
  if (vehicle.country) encoded.country = keyedHash(key, `country:${vehicle.country.toUpperCase()}`);
  return encoded;
}

/** Vehicle hits between jurisdictions: the same keyed plate, and no conflicting country. */
export function findVehicleHits(vehicles: readonly EncodedVehicle[]): Hit[] {
  const byPlate = new Map<string, EncodedVehicle[]>();
  for (const v of vehicles) {
    const group = byPlate.get(v.plate);
    if (group) group.push(v);
    else byPlate.set(v.plate, [v]);
  }
  const hits: Hit[] = [];
  for (const group of byPlate.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        let a = group[x]!;
        let b = group[y]!;
        if (a.jurisdiction === b.jurisdiction) continue;
        if (a.country && b.country && a.country !== b.country) continue;
        if (a.id > b.id) [a, b] = [b, a];
        const sameCountry = Boolean(a.country && b.country);
        hits.push({
          a: a.id,
          b: b.id,
          jurisdictionA: a.jurisdiction,
          jurisdictionB: b.jurisdiction,
          probability: sameCountry ? 0.99 : 0.9,
          band: sameCountry ? 'strong' : 'probable',
          evidence: ['plate'],
        });
      }
    }
  }
  return hits;
}
