import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { readUpload, storagePlugin } from '../../platform/storage/storage.plugin.ts'
import * as imports from './points.attendance.import.service.ts'
import {
  Attendance,
  AttendanceImport,
  AttendanceImportPage,
  AttendanceListQuery,
  AttendancePage,
  AttendanceParams,
  FileImportForm,
  ImportParams,
  ListImportBody,
  ManualAttendanceBody,
  PageOnlyQuery,
  RegistrantHits,
  type RegistrantSearchQuery,
  RegistrantSearchQuery as RegistrantSearchQuerySchema,
  RunParams,
  WithdrawBody,
} from './points.attendance.schemas.ts'
import * as service from './points.attendance.service.ts'

const RUN = `${API_PREFIX}/runs/:runId`
const IMPORT = `${API_PREFIX}/attendance-imports/:importId`
const TAGS = ['Presentie']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem }
const runId = (request: FastifyRequest) => (request.params as { runId: string }).runId
const importId = (request: FastifyRequest) => (request.params as { importId: string }).importId

/** The whole file of a multipart upload in memory (at most 10 MB; larger is a 413 from readUpload). */
async function readFile(request: FastifyRequest): Promise<imports.UploadedFile> {
  const upload = await readUpload(request, { field: imports.FILE_FIELD })
  const chunks: Buffer[] = []
  for await (const chunk of upload.stream) chunks.push(Buffer.from(chunk))
  return { fileName: upload.fileName, bytes: Buffer.concat(chunks) }
}

/** Attendance (presentie) of a run for provider staff: find, record one, withdraw, the list, lists and files. */
export async function attendanceRoutes(app: FastifyInstance) {
  const deps = app.deps
  await app.register(storagePlugin)

  app.get(
    `${RUN}/registrants`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een geregistreerde zoeken om presentie te boeken (aanbieder)',
        description:
          'Op registratienummer, of op achternaam met voorletters. Alleen naam, nummer en status, en of de persoon punten kan krijgen voor deze uitvoering.',
        operationId: 'searchRunRegistrants',
        security,
        params: RunParams,
        querystring: RegistrantSearchQuerySchema,
        response: { 200: RegistrantHits, ...errors },
      },
    },
    async (request) =>
      service.searchRegistrants(deps, request.ctx, runId(request), request.query as RegistrantSearchQuery),
  )

  app.get(
    `${RUN}/attendances`,
    {
      schema: {
        tags: TAGS,
        summary: 'De presentielijst van een uitvoering (aanbieder, registerbureau)',
        description:
          'Aanwezigen op naam, met nummer, hoe en wanneer geboekt; met includeWithdrawn ook ingetrokken presentie. Per pagina.',
        operationId: 'listRunAttendances',
        security,
        params: RunParams,
        querystring: AttendanceListQuery,
        response: { 200: AttendancePage, ...errors },
      },
    },
    async (request, reply) => {
      const page = await service.listAttendances(
        deps,
        request.ctx,
        runId(request),
        request.query as AttendanceListQuery,
      )
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.post(
    `${RUN}/manual-attendances`,
    {
      schema: {
        tags: TAGS,
        summary: 'Presentie van één geregistreerde boeken (aanbieder)',
        description:
          'Boekt de punten van de activiteit in het PE-dossier. 409 als de persoon er al op staat of geen actieve registratie heeft op de datum van de uitvoering.',
        operationId: 'recordAttendance',
        security,
        params: RunParams,
        body: ManualAttendanceBody,
        response: { 201: Attendance, ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const created = await service.recordAttendance(
        deps,
        request.ctx,
        runId(request),
        request.body as { registrationNumber: string },
      )
      return reply.status(201).send(created)
    },
  )

  app.post(
    `${API_PREFIX}/attendances/:attendanceId/withdrawal`,
    {
      schema: {
        tags: TAGS,
        summary: 'Presentie intrekken, met reden (aanbieder, registerbureau)',
        description: 'De punten worden met een tegenboeking uit het PE-dossier gehaald.',
        operationId: 'withdrawAttendance',
        security,
        params: AttendanceParams,
        body: WithdrawBody,
        response: { 200: Attendance, ...errors, 409: Problem },
      },
    },
    async (request) =>
      service.withdrawAttendance(
        deps,
        request.ctx,
        (request.params as { attendanceId: string }).attendanceId,
        request.body as { reason: string },
      ),
  )

  app.post(
    `${RUN}/attendance-imports`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een geplakte lijst registratienummers controleren (aanbieder)',
        description:
          'Maakt een controle met per regel de uitkomst: gevonden, onbekend, dubbel, niet geregistreerd of al geboekt. Er wordt nog niets geboekt: bevestig de controle om te boeken.',
        operationId: 'checkAttendanceList',
        security,
        params: RunParams,
        body: ListImportBody,
        response: { 201: AttendanceImport, ...errors, 409: Problem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await imports.checkList(deps, request.ctx, runId(request), request.body as { text: string })),
  )

  app.post(
    `${RUN}/attendance-files`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een CSV- of Excel-bestand met presentie controleren (aanbieder)',
        description:
          'Zelfde controle als bij een lijst, voor een bestand. Een verkeerd bestand geeft 400 en er wordt niets bewaard.',
        operationId: 'checkAttendanceFile',
        security,
        params: RunParams,
        consumes: ['multipart/form-data'],
        body: FileImportForm,
        response: { 201: AttendanceImport, ...errors, 409: Problem, 413: Problem },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await imports.checkFile(deps, request.ctx, runId(request), () => readFile(request))),
  )

  app.get(
    `${RUN}/attendance-imports`,
    {
      schema: {
        tags: TAGS,
        summary: 'De gecontroleerde lijsten en bestanden van een uitvoering, nieuwste eerst',
        description:
          'Per controle de stand (gecontroleerd, bevestigd, geannuleerd), het aantal regels per uitkomst en het aantal geboekte deelnemers.',
        operationId: 'listAttendanceImports',
        security,
        params: RunParams,
        querystring: PageOnlyQuery,
        response: { 200: AttendanceImportPage, ...errors },
      },
    },
    async (request, reply) => {
      const query = request.query as { page: number; pageSize: number }
      const page = await imports.listImports(deps, request.ctx, runId(request), query)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    IMPORT,
    {
      schema: {
        tags: TAGS,
        summary: 'Eén controle met het verslag per regel',
        description: 'Per regel: wat er stond, de gevonden persoon (naam en nummer) en de uitkomst.',
        operationId: 'getAttendanceImport',
        security,
        params: ImportParams,
        response: { 200: AttendanceImport, ...errors },
      },
    },
    async (request) => imports.getImport(deps, request.ctx, importId(request)),
  )

  app.post(
    `${IMPORT}/confirmation`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een controle bevestigen: alle gevonden regels boeken, in één keer',
        description: 'Alles of niets. 409 als de controle al bevestigd of geannuleerd is.',
        operationId: 'confirmAttendanceImport',
        security,
        params: ImportParams,
        response: { 200: AttendanceImport, ...errors, 409: Problem },
      },
    },
    async (request) => imports.confirmImport(deps, request.ctx, importId(request)),
  )

  app.post(
    `${IMPORT}/cancellation`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een controle annuleren (er is niets geboekt)',
        description: '409 als de controle al bevestigd of geannuleerd is.',
        operationId: 'cancelAttendanceImport',
        security,
        params: ImportParams,
        response: { 200: AttendanceImport, ...errors, 409: Problem },
      },
    },
    async (request) => imports.cancelImport(deps, request.ctx, importId(request)),
  )
}
