/**
 * Nationalities as declared at different borders: any form that the model's countryCode reads.
 */
import { countryCode } from '../model/country.ts';

/** The ISO 3166 code for a declared nationality, or null when it cannot be told. */
export function nationalityCode(text: string | null | undefined): string | null {
  return countryCode(text);
}
