/** What the knowledge exchange offers the jobs (the reminders round) and the benchmarks (the search). */
export { searchColumns as practiceSearchColumns, searchPractices } from './practices.ts';
export { sendActionReminders } from './reminders.ts';
