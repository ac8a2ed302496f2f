import type { FastifyInstance } from 'fastify'
import { Problem } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { dossierCsv, renderDossierPdf } from './points.dossier.export.ts'
import { Dossier, DossierParams, PointsStanding } from './points.dossier.schemas.ts'
import * as service from './points.dossier.service.ts'

const ITEM = `${API_PREFIX}/registrations/:registrationId`
const TAGS = ['PE-punten (dossier)']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 404: Problem, 409: Problem }
const ACCESS =
  'Voor de geregistreerde zelf en het registerbureau; wie de registratie niet mag zien, krijgt 404. 409 als het register nog geen norm heeft.'

/** The professional's CPD dossier and its exports (owner, register office). */
export async function pointsDossierRoutes(app: FastifyInstance) {
  const deps = app.deps
  const idOf = (request: { params: unknown }) => (request.params as { registrationId: string }).registrationId

  app.get(
    `${ITEM}/dossier`,
    {
      schema: {
        tags: TAGS,
        summary: 'PE-dossier van een registratie, als JSON, CSV of PDF (eigenaar, registerbureau)',
        description: `Per registratieperiode (de lopende eerst): de norm, per categorie behaald / telt mee / nodig / maximum / nog nodig, de totalen, of de norm gehaald is, de verwachting bij het tempo tot nu toe (alleen de lopende periode) en de boekingen met intrekkingen. Het formaat volgt de Accept-header: application/json (standaard); text/csv geeft de boekingen als CSV (UTF-8 met BOM, puntkomma's, Nederlandse kopregel, voor Excel); application/pdf geeft een toegankelijke PDF (koppen en tabellen voor schermlezers). ${ACCESS}`,
        operationId: 'getDossier',
        security,
        params: DossierParams,
        response: {
          200: {
            description: 'Het PE-dossier',
            content: {
              'application/json': { schema: Dossier },
              'text/csv': { schema: { type: 'string' } },
              'application/pdf': { schema: { type: 'string', format: 'binary' } },
            },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const dossier = await service.getDossier(deps, request.ctx, idOf(request))
      const format = preferredFormat(request.headers.accept)
      reply.header('vary', 'Accept')
      if (format === 'json') return reply.header('content-type', 'application/json; charset=utf-8').send(dossier)
      const body =
        format === 'csv'
          ? Buffer.from(dossierCsv(dossier), 'utf8')
          : await renderDossierPdf(request.ctx.locale, dossier)
      return reply
        .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf')
        .header('content-disposition', `attachment; filename="${fileName(dossier, format)}"`)
        .header('x-content-type-options', 'nosniff')
        .send(body)
    },
  )

  app.get(
    `${ITEM}/standing`,
    {
      schema: {
        tags: TAGS,
        summary: 'Stand van de PE-punten per registratieperiode (eigenaar, registerbureau)',
        description: `Wat het dossier per periode toont, zonder de boekingen: de norm, per categorie behaald / telt mee / nodig / maximum / nog nodig, de totalen, of de norm gehaald is en de verwachting bij het tempo tot nu toe (alleen de lopende periode). Voor een voortgangsweergave of een koppeling die alleen de stand nodig heeft; de boekingen staan in het dossier. ${ACCESS}`,
        operationId: 'getPointsStanding',
        security,
        params: DossierParams,
        response: { 200: PointsStanding, ...errors },
      },
    },
    async (request) => service.getStanding(deps, request.ctx, idOf(request)),
  )
}

/** The format the client prefers (highest q, then first listed) among JSON, CSV and PDF; anything else is JSON. */
export function preferredFormat(accept: string | undefined): 'json' | 'csv' | 'pdf' {
  if (!accept) return 'json'
  const ranked = accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase())
      const q = params.find((p) => p.startsWith('q='))
      return { type, q: q ? Number(q.slice(2)) || 0 : 1, index }
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { type } of ranked) {
    if (type === 'text/csv') return 'csv'
    if (type === 'application/pdf') return 'pdf'
    if (['application/json', 'application/problem+json', 'application/*', '*/*'].includes(type)) return 'json'
  }
  return 'json'
}

const fileName = (dossier: { registrationNumber: string | null; today: string }, ext: string) =>
  `pe-dossier-${dossier.registrationNumber ?? 'registratie'}-${dossier.today}.${ext}`
