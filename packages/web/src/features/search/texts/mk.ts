/** Search across records in Macedonian. */
import type { Texts } from './en.ts';

export const mk: Texts = {
  search: {
    label: 'Пребарување лица, телефони, документи и таблици',
    placeholder: 'Име на кое било писмо, телефон, број на документ или таблица',
    title: 'Пребарување',
    none: 'Ништо не е пронајдено.',
    reasons: {
      name: 'име',
      name_similar: 'слично име',
      birth_year: 'година на раѓање',
      birth_year_close: 'година на раѓање ±1',
      phone: 'телефон',
      document: 'документ',
      plate: 'таблица',
    },
  },
};
