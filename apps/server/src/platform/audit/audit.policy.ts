import { type Actor, hasStaffRole } from '../auth/actor.ts'

export type AuditAction = 'read'

/** Only the register office and admins read the audit trail. */
export function canAudit(actor: Actor | null, action: AuditAction): boolean {
  switch (action) {
    case 'read':
      return hasStaffRole(actor, 'register_office', 'admin')
  }
}
