/** What the knowledge exchange offers the jobs: the action points' reminders round. */
export { sendActionReminders } from './reminders.ts';
