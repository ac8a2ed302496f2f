import type { FastifyInstance } from 'fastify'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { storagePlugin } from '../../platform/storage/storage.plugin.ts'
import { contentDisposition } from '../../platform/storage/storage.rules.ts'
import { readApplicationForm } from '../register/register.applications.form.ts'
import * as decisions from './points.self-reports.decisions.ts'
import {
  ApproveBody,
  DeclarationQuery,
  PageOnlyQuery,
  RegisterParams,
  RejectBody,
  SelfReportCreated,
  SelfReportDetail,
  SelfReportPage,
  SelfReportParams,
  SelfReportStateResult,
  SettingResult,
  SettingsBody,
  SettingsList,
  SpotCheckBody,
  SpotCheckPage,
  SpotCheckQuery,
  SpotCheckResult,
  SubmitForm,
} from './points.self-reports.schemas.ts'
import * as service from './points.self-reports.service.ts'

const BASE = `${API_PREFIX}/self-reports`
const ITEM = `${BASE}/:selfReportId`
const TAGS = ['PE-punten (zelf ingebracht)']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem }
const decision = { ...errors, 404: Problem, 409: Problem }
type Paging = { page: number; pageSize: number }
const idOf = (request: { params: unknown }) => (request.params as { selfReportId: string }).selfReportId

/** Self-reported activities: the professional's reports, the register office's queue, decisions and spot checks. */
export async function selfReportRoutes(app: FastifyInstance) {
  const deps = app.deps
  await app.register(storagePlugin)

  app.post(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Een activiteit inbrengen die niet geaccrediteerd is, met bewijsstuk of ondertekende verklaring',
        description:
          'multipart/form-data met de velden en één bestand. Alleen voor wie in een register staat (registered of suspended), anders 403. Elk ongeldig veld staat in één 400-antwoord; een te groot bestand alleen: 413. Bij een fout wordt niets bewaard.',
        operationId: 'createSelfReport',
        security,
        consumes: ['multipart/form-data'],
        body: SubmitForm,
        response: { 201: SelfReportCreated, ...errors, 413: Problem },
      },
    },
    async (request, reply) => {
      const form = await readApplicationForm(request, service.EVIDENCE_FIELD)
      const created = await service.submit(deps, request.ctx, form)
      reply.header('location', `${deps.config.publicUrl}${BASE}/${created.id}`)
      return reply.status(201).send(created)
    },
  )

  app.get(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'De wachtrij van het registerbureau: ingediende activiteiten, langst wachtende eerst',
        description:
          'Alleen voor het registerbureau. Gepagineerd met page en pageSize; Link-header met first, prev, next en last.',
        operationId: 'listSelfReports',
        security,
        querystring: PageOnlyQuery,
        response: { 200: SelfReportPage, ...errors },
      },
    },
    async (request, reply) => {
      const page = await service.listQueue(deps, request.ctx, request.query as Paging)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    `${BASE}/mine`,
    {
      schema: {
        tags: TAGS,
        summary: 'Mijn zelf ingebrachte activiteiten, nieuwste eerst',
        description:
          'Alle zelf ingebrachte activiteiten van de ingelogde persoon, met stand, toegekende punten en reden. Gepagineerd met een Link-header.',
        operationId: 'listMySelfReports',
        security,
        querystring: PageOnlyQuery,
        response: { 200: SelfReportPage, ...errors },
      },
    },
    async (request, reply) => {
      const page = await service.listMine(deps, request.ctx, request.query as Paging)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    `${BASE}/declaration-form`,
    {
      schema: {
        tags: TAGS,
        summary: 'De verklaring om te laten ondertekenen (PDF), ingevuld met je naam en registratienummer',
        description:
          'Een toegankelijke PDF met velden voor de activiteit, de datum, de uren en de handtekening van de begeleider of voorzitter. Wat je meegeeft (kind, title, activityDate, hours) staat al ingevuld. Alleen voor wie in een register staat (anders 403).',
        operationId: 'getSelfReportDeclarationForm',
        security,
        querystring: DeclarationQuery,
        response: {
          200: {
            description: 'De verklaring',
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await service.declarationForm(deps, request.ctx, request.query as object)
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition(fileName))
        .header('x-content-type-options', 'nosniff')
        .send(pdf)
    },
  )

  app.get(
    `${BASE}/spot-checks`,
    {
      schema: {
        tags: TAGS,
        summary: 'De steekproef: goedgekeurde activiteiten die getrokken zijn, nog te controleren of gecontroleerd',
        description:
          'Alleen voor het registerbureau. status=open (standaard) of done. Gepagineerd met een Link-header.',
        operationId: 'listSelfReportSpotChecks',
        security,
        querystring: SpotCheckQuery,
        response: { 200: SpotCheckPage, ...errors },
      },
    },
    async (request, reply) => {
      const query = request.query as { status: 'open' | 'done' } & Paging
      const page = await decisions.listSpotChecks(deps, request.ctx, query)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    ITEM,
    {
      schema: {
        tags: TAGS,
        summary: 'Eén activiteit met het bewijsstuk (de professional zelf of het registerbureau)',
        description:
          'Met het bewijsstuk (download via GET /documents/{id}) en wat jij nu mag (permissions). Wie de activiteit niet mag zien, krijgt 404. De steekproef staat er alleen voor het registerbureau in.',
        operationId: 'getSelfReport',
        security,
        params: SelfReportParams,
        response: { 200: SelfReportDetail, ...errors, 404: Problem },
      },
    },
    async (request) => service.getSelfReport(deps, request.ctx, idOf(request)),
  )

  app.post(
    `${ITEM}/withdrawal`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een ingediende activiteit intrekken (alleen zolang die niet is beoordeeld)',
        description:
          'Alleen de professional zelf, en alleen zolang de activiteit ingediend is (anders 409). Anderen krijgen 404, het registerbureau 403.',
        operationId: 'withdrawSelfReport',
        security,
        params: SelfReportParams,
        response: { 201: SelfReportStateResult, ...decision },
      },
    },
    async (request, reply) => reply.status(201).send(await service.withdraw(deps, request.ctx, idOf(request))),
  )

  app.post(
    `${ITEM}/approval`,
    {
      schema: {
        tags: TAGS,
        summary: 'Goedkeuren: de punten worden geboekt; een deel wordt getrokken voor de steekproef',
        description:
          'Boekt pointsGranted (standaard de uren) in categoryGranted (standaard de gevraagde categorie) op de datum van de activiteit, en trekt met het percentage van het register of de activiteit in de steekproef komt. Een tweede besluit tegelijk krijgt 409. Niemand beslist over een eigen activiteit (403).',
        operationId: 'approveSelfReport',
        security,
        params: SelfReportParams,
        body: ApproveBody,
        response: { 201: SelfReportStateResult, ...decision },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await decisions.approve(deps, request.ctx, idOf(request), request.body ?? {})),
  )

  app.post(
    `${ITEM}/rejection`,
    {
      schema: {
        tags: TAGS,
        summary: 'Afwijzen met een reden',
        description:
          'Met een verplichte reden die de professional per e-mail krijgt. Een tweede besluit tegelijk krijgt 409.',
        operationId: 'rejectSelfReport',
        security,
        params: SelfReportParams,
        body: RejectBody,
        response: { 201: SelfReportStateResult, ...decision },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await decisions.reject(deps, request.ctx, idOf(request), request.body as object)),
  )

  app.post(
    `${ITEM}/spot-check`,
    {
      schema: {
        tags: TAGS,
        summary: 'De uitkomst van de steekproef vastleggen: bevestigd, of gecorrigeerd (de punten worden ingetrokken)',
        description:
          'Alleen voor een goedgekeurde, getrokken activiteit die nog niet gecontroleerd is (anders 409). Bij corrected is een reden verplicht en worden de punten met een tegenboeking ingetrokken.',
        operationId: 'recordSelfReportSpotCheck',
        security,
        params: SelfReportParams,
        body: SpotCheckBody,
        response: { 201: SpotCheckResult, ...decision },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await decisions.recordSpotCheck(
            deps,
            request.ctx,
            idOf(request),
            request.body as { outcome: 'confirmed' | 'corrected'; reason?: string },
          ),
        ),
  )

  app.get(
    `${API_PREFIX}/points-settings`,
    {
      schema: {
        tags: TAGS,
        summary: 'Per register: welk deel van de goedgekeurde activiteiten in de steekproef komt',
        description: 'Alleen voor het registerbureau. Zonder instelling is het percentage 10.',
        operationId: 'listPointsSettings',
        security,
        response: { 200: SettingsList, ...errors },
      },
    },
    async (request) => decisions.listSettings(deps, request.ctx),
  )

  app.put(
    `${API_PREFIX}/points-settings/:registerId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Het percentage voor de steekproef van een register instellen',
        description:
          'Alleen voor het registerbureau; een heel getal van 0 tot en met 100. De wijziging staat in de audittrail (oude en nieuwe waarde).',
        operationId: 'updatePointsSettings',
        security,
        params: RegisterParams,
        body: SettingsBody,
        response: { 200: SettingResult, ...errors, 404: Problem },
      },
    },
    async (request) => {
      const { registerId } = request.params as { registerId: string }
      return decisions.updateSettings(deps, request.ctx, registerId, request.body as { spotCheckPercent: number })
    },
  )
}
