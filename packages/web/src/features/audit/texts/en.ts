/** The audit log: the English texts, the reference every other language matches key for key. */
import type { Leaves } from '../../../i18n/texts.ts';

export const en = {
  audit: {
    title: 'Audit log',
    intro: 'Every sign-in, change and read of personal data in your jurisdiction, in a tamper-evident chain.',
    time: 'Time',
    user: 'User',
    action: 'Action',
    outcome: 'Outcome',
    record: 'Record',
    purpose: 'Purpose',
    address: 'Address',
    details: 'Details',
    empty: 'No entries match.',
    forbidden: 'Only administrators and coordinators can read the audit log.',
    actions: {
      sign_in: 'Sign-in',
      sign_out: 'Sign-out',
      password_change: 'Password change',
      totp_enrol: 'Second factor enrolled',
      totp_disable: 'Second factor removed',
      merge: 'Persons merged',
      unmerge: 'Merge undone',
      reject: 'Not the same person',
      create: 'Created',
      update: 'Changed',
      delete: 'Removed',
      read: 'Read',
      settings: 'Settings',
    },
    outcomes: {
      success: 'Success',
      failure: 'Failure',
      refused: 'Refused',
    },
  },
};

export type Texts = Leaves<typeof en>;
