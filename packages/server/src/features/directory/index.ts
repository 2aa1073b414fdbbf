/** What the directory offers other features: its people, by contact point. */
export { type DirectoryPerson, directoryPeople } from './contact-points.ts';
