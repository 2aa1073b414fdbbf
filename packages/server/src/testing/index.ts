export { enrolSecondFactor, type SignedIn, startTestApp, type TestApp } from './app.ts';
export {
  emptyTestDatabase,
  openTestDatabase,
  prepareTemplate,
  TEST_DEMO_PASSWORD,
  type TestDatabase,
} from './database.ts';
