import { type Actor, hasStaffRole } from '../auth/actor.ts'

export type DocumentAction = 'read'

/** Who may do what with an uploaded document: its owner and the register office, nobody else. */
export function canDocument(actor: Actor | null, action: DocumentAction, document: { ownerUserId: string }): boolean {
  if (actor === null) return false
  switch (action) {
    case 'read':
      return actor.userId === document.ownerUserId || hasStaffRole(actor, 'register_office')
  }
}
