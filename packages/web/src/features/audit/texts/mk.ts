/** The audit log in Macedonian. */
import type { Texts } from './en.ts';

export const mk: Texts = {
  audit: {
    title: 'Ревизорски дневник',
    intro:
      'Секоја најава, измена и увид во лични податоци во вашата јурисдикција, во синџир што ја открива секоја измена.',
    time: 'Време',
    user: 'Корисник',
    action: 'Дејство',
    outcome: 'Исход',
    record: 'Запис',
    purpose: 'Цел',
    address: 'Адреса',
    details: 'Детали',
    empty: 'Нема соодветни записи.',
    forbidden: 'Ревизорскиот дневник можат да го читаат само администратори и координатори.',
    actions: {
      sign_in: 'Најава',
      sign_out: 'Одјава',
      password_change: 'Промена на лозинка',
      totp_enrol: 'Вклучен втор фактор',
      totp_disable: 'Отстранет втор фактор',
      merge: 'Споени лица',
      unmerge: 'Спојувањето е поништено',
      reject: 'Не е истото лице',
      create: 'Создадено',
      update: 'Изменето',
      delete: 'Отстрането',
      read: 'Увид',
      settings: 'Поставки',
    },
    outcomes: {
      success: 'Успешно',
      failure: 'Неуспешно',
      refused: 'Одбиено',
    },
  },
};
