export { enrolSecondFactor, type SignedIn, startTestApp, type TestApp } from './app.ts';
export { openTestDatabase, prepareTemplate, TEST_DEMO_PASSWORD, type TestDatabase } from './database.ts';
