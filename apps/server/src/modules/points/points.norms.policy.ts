import { type Actor, hasStaffRole } from '../../platform/auth/actor.ts'

// Who may read and change the norms of a register, and who may read a professional's CPD dossier.

export type NormAction = 'readNorms' | 'addNormVersion'

/** The norms (history and new versions) are set by the register office; admins configure registers too. */
export function canNorms(actor: Actor | null, action: NormAction, _resource?: undefined): boolean {
  switch (action) {
    case 'readNorms':
    case 'addNormVersion':
      return hasStaffRole(actor, 'register_office', 'admin')
  }
}

export type DossierAction = 'readDossier'

/** The registration whose dossier is read. */
export interface DossierResource {
  /** The registrant. */
  userId: string
}

/** A dossier is personal: its owner and the register office read it; anyone else is told it does not exist. */
export function canDossier(actor: Actor | null, action: DossierAction, resource: DossierResource): boolean {
  switch (action) {
    case 'readDossier':
      return actor !== null && (resource.userId === actor.userId || hasStaffRole(actor, 'register_office'))
  }
}
