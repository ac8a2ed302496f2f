import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { conflict, notFound, unauthenticated } from '../../platform/http/errors.ts'
import type { Locale } from '../../platform/http/messages.ts'
import { renderRegistrationCertificate } from './register.certificate.ts'
import * as repo from './register.downloads.repository.ts'
import { canRegister } from './register.policy.ts'

// The registrant's downloads (certificate PDF, signed credential) and their public-employer switch.

const texts = {
  nl: {
    notFound: 'Deze registratie bestaat niet, of je mag hem niet zien.',
    noNumber: 'Deze registratie heeft nog geen registratienummer. Dat krijg je pas als je inschrijving is goedgekeurd.',
    notRegistered: 'Een bewijs van registratie kan alleen als de registratie geldig is. De status is nu: {status}.',
    noCredential: 'Er is nog geen digitaal certificaat voor deze registratie.',
  },
  en: {
    notFound: 'This registration does not exist, or you may not see it.',
    noNumber: 'This registration has no registration number yet. You get one when your application is approved.',
    notRegistered:
      'A certificate of registration is only available while the registration is valid. Its status is: {status}.',
    noCredential: 'There is no digital certificate for this registration yet.',
  },
} satisfies Record<Locale, Record<string, string>>

const STATUS: Record<Locale, Record<string, string>> = {
  nl: {
    candidate: 'kandidaat',
    suspended: 'geschorst',
    lapsed: 'verlopen',
    removed: 'doorgehaald',
    rejected: 'afgewezen',
  },
  en: { candidate: 'candidate', suspended: 'suspended', lapsed: 'lapsed', removed: 'removed', rejected: 'rejected' },
}

/**
 * The registration if the caller is its owner or the register office; anyone else gets the same 404 as for a
 * registration that does not exist (so the answer does not tell whether it exists); no log-in: 401.
 */
async function loadReadable(deps: AppDeps, ctx: RequestContext, registrationId: string, needsNumber = true) {
  if (ctx.actor === null) throw unauthenticated()
  const text = texts[ctx.locale]
  const registration = await repo.findRegistrationForDownload(deps.database.db, registrationId)
  if (
    !registration ||
    !(canRegister(ctx.actor, 'readOwn', registration) || canRegister(ctx.actor, 'readAny', registration))
  ) {
    throw notFound(text.notFound)
  }
  if (needsNumber && !registration.registrationNumber) throw conflict(text.noNumber)
  return registration
}

export async function certificateOf(deps: AppDeps, ctx: RequestContext, registrationId: string) {
  const registration = await loadReadable(deps, ctx, registrationId)
  if (registration.status !== 'registered') {
    throw conflict(texts[ctx.locale].notRegistered.replace('{status}', STATUS[ctx.locale][registration.status] ?? ''))
  }
  const number = registration.registrationNumber!
  const pdf = await renderRegistrationCertificate({
    locale: ctx.locale,
    registerName: registration.registerName,
    initials: registration.initials,
    infix: registration.infix,
    surname: registration.surname,
    registrationNumber: number,
    profession: registration.profession,
    registeredSince: registration.registeredSince!,
    validUntil: registration.validUntil,
    publicUrl: deps.config.publicUrl,
  })
  return { pdf, fileName: `registratiebewijs-${number}.pdf` }
}

export async function credentialOf(deps: AppDeps, ctx: RequestContext, registrationId: string) {
  const registration = await loadReadable(deps, ctx, registrationId)
  const credential = await repo.findLatestCredential(deps.database.db, registrationId)
  if (!credential) throw notFound(texts[ctx.locale].noCredential)
  return { json: JSON.stringify(credential.document), fileName: `certificaat-${registration.registrationNumber}.json` }
}

/** The registrant shows (or hides) their employer in the public register. Audited. */
export async function setEmployerVisibility(deps: AppDeps, ctx: RequestContext, registrationId: string, show: boolean) {
  if (ctx.actor === null) throw unauthenticated()
  const registration = await repo.findRegistrationForDownload(deps.database.db, registrationId)
  if (!registration || !canRegister(ctx.actor, 'changeOwnVisibility', registration)) {
    throw notFound(texts[ctx.locale].notFound)
  }
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock()
    if (registration.showEmployerPublicly !== show) {
      await repo.updateEmployerVisibility(tx, registrationId, show, now)
      await recordAudit(tx, ctx, {
        action: 'register.registration.employer-visibility-changed',
        objectType: 'registration',
        objectId: registrationId,
        result: 'success',
        details: { showEmployerPublicly: show },
        occurredAt: now,
      })
    }
    return { registrationId, showEmployerPublicly: show }
  })
}
