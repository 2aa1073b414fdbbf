/** Vehicles and their plates, normalised so that the same plate matches however it was typed. */
import { z } from 'zod';
import { CountryCode } from './country.ts';

// Cyrillic letters that look like Latin ones: plates are typed in either script on the same keyboard.
const LOOK_ALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
};

/** Upper case, no spaces or hyphens, Cyrillic look-alikes and diacritics folded: "bg 123-šđ" → "BG123SDJ". */
export function normalisePlate(plate: string): string {
  let out = '';
  for (const ch of plate.normalize('NFKC').toUpperCase()) {
    if (ch === 'Đ') out += 'DJ';
    else out += LOOK_ALIKES[ch] ?? ch;
  }
  return out
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Z0-9]/g, '');
}

export const VehicleInput = z.object({
  plate: z
    .string()
    .trim()
    .min(2)
    .max(20)
    .refine((p) => normalisePlate(p).length >= 2, { message: 'a plate has at least two letters or digits' }),
  country: CountryCode.nullish(),
  make: z.string().trim().max(60).nullish(),
  model: z.string().trim().max(60).nullish(),
  colour: z.string().trim().max(40).nullish(),
  notes: z.string().trim().max(2000).nullish(),
});
export type VehicleInput = z.infer<typeof VehicleInput>;
