/** Knowledge exchange: practices, meetings, action points (model, rules and search). */
export * from './model.ts';
export * from './search.ts';
