/** The texts every page shares, in every interface language. */
import { inEveryLocale } from '../texts.ts';
import { bs } from './bs.ts';
import { cnr } from './cnr.ts';
import { en } from './en.ts';
import { hr } from './hr.ts';
import { mk } from './mk.ts';
import { sq } from './sq.ts';
import { srLatn } from './sr-Latn.ts';

export const sharedTexts = inEveryLocale({ en, sq, srLatn, mk, bs, hr, cnr });
