export type { Actor, ActorContext } from './actor.ts';
export { actorOf } from './actors.ts';
export { asSystem, withActor } from './transaction.ts';
