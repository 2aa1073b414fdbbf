/** Cross-jurisdiction hits in Macedonian. */
import type { Texts } from './en.ts';

export const mk: Texts = {
  hits: {
    title: 'Совпаѓања во други јурисдикции',
    intro:
      'Друга јурисдикција има нешто за едно од вашите лица. Еве кого да прашате; што пишува во нивниот запис останува кај нив додека не го споделат.',
    none: 'Нема совпаѓања за лицата на вашата јурисдикција.',
    about: 'Совпаѓање за {{name}}',
    newCount_one: '{{count}} ново совпаѓање',
    newCount_few: '{{count}} нови совпаѓања',
    newCount_other: '{{count}} нови совпаѓања',
    yourPerson: 'Вашето лице',
    yourVehicle: 'Вашето возило',
    evidence: 'Што се совпаѓа',
    agency: 'Агенција што го чува записот',
    contacts: 'Кого да прашате',
    found: 'Пронајдено',
    status: 'Ваша одлука',
    confirm: 'Потврдено по размената',
    notRelevant: 'Не е релевантно',
    requestDetails: 'Побарај податоци',
    filters: 'Кои совпаѓања',
    decisions: 'Ваша одлука',
    tab: '{{label}} ({{count}})',
    band: 'Јачина',
    kind: 'Запис',
    kinds: { person: 'Лица', vehicle: 'Возила' },
    noneHere: 'Тука нема совпаѓања.',
    all: 'Сите',
    bands: {
      strong: 'Силно совпаѓање',
      probable: 'Веројатно совпаѓање',
      possible: 'Можно совпаѓање',
    },
    evidenceKinds: {
      name: 'име',
      birth_date: 'датум на раѓање',
      birth_year: 'година на раѓање',
      phone: 'телефон',
      document: 'документ',
      plate: 'регистарска таблица',
    },
    statuses: {
      new: 'уште непрегледано',
      not_relevant: 'не е релевантно',
      confirmed: 'потврдено',
    },
  },
};
