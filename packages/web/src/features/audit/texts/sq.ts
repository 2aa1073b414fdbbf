/** The audit log in Albanian (shqip). */
import type { Texts } from './en.ts';

export const sq: Texts = {
  audit: {
    title: 'Regjistri i auditimit',
    intro:
      'Çdo hyrje, ndryshim dhe lexim i të dhënave personale në juridiksionin tuaj, në një zinxhir që zbulon çdo ndërhyrje.',
    time: 'Koha',
    user: 'Përdoruesi',
    action: 'Veprimi',
    outcome: 'Rezultati',
    record: 'E dhëna',
    purpose: 'Qëllimi',
    address: 'Adresa',
    details: 'Hollësitë',
    empty: 'Asnjë regjistrim nuk përputhet.',
    forbidden: 'Regjistrin e auditimit mund ta lexojnë vetëm administratorët dhe koordinatorët.',
    actions: {
      sign_in: 'Hyrje',
      sign_out: 'Dalje',
      password_change: 'Ndryshim fjalëkalimi',
      totp_enrol: 'Faktori i dytë u aktivizua',
      totp_disable: 'Faktori i dytë u hoq',
      merge: 'Persona të bashkuar',
      unmerge: 'Bashkimi u anulua',
      reject: 'Nuk është i njëjti person',
      create: 'U krijua',
      update: 'U ndryshua',
      delete: 'U hoq',
      read: 'Lexim',
      settings: 'Cilësimet',
    },
    outcomes: {
      success: 'Sukses',
      failure: 'Dështim',
      refused: 'Refuzuar',
    },
  },
};
