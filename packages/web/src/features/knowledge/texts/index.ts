/** The knowledge exchange's texts, in every interface language. */
import { inEveryLocale } from '../../../i18n/texts.ts';
import { bs } from './bs.ts';
import { en } from './en.ts';
import { hr } from './hr.ts';
import { mk } from './mk.ts';
import { sq } from './sq.ts';
import { srLatn } from './sr-Latn.ts';

export const knowledgeTexts = inEveryLocale({ en, sq, srLatn, mk, bs, hr });
