import { forbidden, unauthenticated } from '../http/errors.ts'
import type { Actor } from './actor.ts'

/** Every module's policy has this shape: a pure function, tested with a role matrix. */
export type Policy<Action extends string, Resource = undefined> = (
  actor: Actor | null,
  action: Action,
  resource: Resource,
) => boolean

/** Inside a service: throws 401 without an actor, 403 when the policy says no. */
export function authorize<Action extends string, Resource>(
  policy: Policy<Action, Resource>,
  actor: Actor | null,
  action: Action,
  resource: Resource,
): asserts actor is Actor {
  if (!policy(actor, action, resource)) {
    if (actor === null) throw unauthenticated()
    throw forbidden()
  }
}
