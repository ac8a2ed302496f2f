import swagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { API_PREFIX, API_VERSION } from './http.plugin.ts'

/** OpenAPI 3.1, generated from the route schemas; served at /api/v1/openapi.json without login. */
export const openapiPlugin = fp(async (app: FastifyInstance, opts: { publicUrl: string }) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vakregister API',
        version: API_VERSION,
        description:
          'API van Vakregister, het beroepsregister en de leergemeenschap voor klantmanagers. Volgt de NL API Design Rules.',
        contact: { name: 'Vakregister', email: 'api@vakregister.nl', url: 'https://vakregister.nl' },
      },
      servers: [{ url: `${opts.publicUrl}${API_PREFIX}` }],
      tags: [
        { name: 'Account', description: 'Account, inloggen, sessies, wachtwoord en tweestapsverificatie.' },
        { name: 'Gebruikers', description: 'Accounts zoeken en rollen van medewerkers vastleggen (beheer).' },
        { name: 'Organisaties', description: 'Organisaties (gemeenten, aanbieders, registerbureau) en hun leden.' },
        { name: 'Certificaten', description: 'Certificaten (Open Badges 3.0) controleren, uitgever en statuslijsten.' },
        { name: 'Audit', description: 'De audittrail: wie deed wat, wanneer, met welk resultaat.' },
        { name: 'Register (openbaar)', description: 'Het openbare register raadplegen, zonder inloggen.' },
        {
          name: 'Register (aanvragen)',
          description: 'Aanvragen om in een register te komen, en de beoordeling door het registerbureau.',
        },
        {
          name: 'Register (instellingen)',
          description: 'De registers, hun beroepen, nummerletters en cyclusduur (instellen: registerbureau, beheer).',
        },
        {
          name: 'Documenten',
          description: 'Geüploade bestanden (zoals diploma’s) downloaden: eigenaar en registerbureau.',
        },
        {
          name: 'Registraties',
          description: 'Registraties bekijken en besluiten nemen (registerbureau), en je eigen registraties.',
        },
        {
          name: 'Werkgevers',
          description: 'Medewerkers uitnodigen, het team en de PE-stand (alleen met toestemming van de persoon).',
        },
        {
          name: 'Privacy',
          description: 'Al je persoonsgegevens inzien en downloaden; verzoeken om te verbeteren of te wissen.',
        },
        { name: 'Presentie', description: 'Presentie boeken: één voor één, met een lijst, bestand of koppeling.' },
        { name: 'API-sleutels', description: 'API-sleutels van een organisatie voor koppelingen (aanbieder).' },
        {
          name: 'PE-punten (zelf ingebracht)',
          description: 'Zelf ingebrachte activiteiten met bewijs, de beoordeling en de steekproef (registerbureau).',
        },
        {
          name: 'PE-punten (normen)',
          description: 'De herregistratienorm per register, in versies (registerbureau, beheerder).',
        },
        {
          name: 'PE-punten (dossier)',
          description:
            'Het PE-dossier van een registratie: stand per categorie, verwachting en boekingen; JSON, CSV of PDF.',
        },
        {
          name: 'Activiteiten (openbaar)',
          description: 'De openbare catalogus van geaccrediteerde activiteiten en hun uitvoeringen, zonder inloggen.',
        },
        {
          name: 'Accreditatie (aanbieder)',
          description: 'Activiteiten ter accreditatie aanbieden, bezwaar maken en uitvoeringen beheren (aanbieder).',
        },
        {
          name: 'Accreditatie (registerbureau)',
          description: 'Aanvragen en bezwaren beoordelen, snelle accreditaties controleren, erkende aanbieders.',
        },
        {
          name: 'Herregistratie',
          description: 'Herregistratie, uitstel of een verkorte periode aan het einde van een registratieperiode.',
        },
        {
          name: 'Agenda (openbaar)',
          description: 'De agenda van bijeenkomsten zonder inloggen: lijst, maand, één bijeenkomst, iCalendar.',
        },
        {
          name: 'Agenda (aanmelden)',
          description: 'Aanmelden, wachtlijst, afmelden, een aangeboden plaats bevestigen, je eigen agenda-link.',
        },
        {
          name: 'Agenda (organisator)',
          description:
            'Bijeenkomsten publiceren, wijzigen en annuleren; aanmeldingen, wachtlijst, CSV en mail (aanbieder).',
        },
        {
          name: 'Agenda (aanmelden bij binnenkomst)',
          description:
            'Tickets met QR-code en ticketcode; aanmelden bij binnenkomst door de organisator of met het trefwoord van een online sessie; correcties en wie niet kwam.',
        },
        {
          name: 'Agenda (aanwezigheid en beoordeling)',
          description:
            'Het bewijs van aanwezigheid (PDF en digitaal certificaat, Open Badges 3.0) en de korte beoordeling na afloop.',
        },
        { name: 'Beheer', description: 'Gezondheid van de applicatie voor beheer en monitoring.' },
      ],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: '__Host-vr_session' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'API-sleutel van een organisatie (koppelingen)' },
        },
      },
    },
    // Paths are documented relative to the server URL (which carries /api/v1); other routes stay out.
    transform: ({ schema, url }) =>
      url.startsWith(`${API_PREFIX}/`)
        ? { schema, url: url.slice(API_PREFIX.length) }
        : { schema: { ...(schema as object), hide: true } as typeof schema, url },
    // What every /api/v1 response shares (API-Version header, problem+json errors) is documented once, centrally.
    transformObject: ({ openapiObject }: any) => withApiConventions(openapiObject),
  })
})

export function openapiDocument(app: FastifyInstance) {
  return app.swagger() as Record<string, unknown>
}

const PROBLEM = 'application/problem+json'
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
const UNSAFE = ['post', 'put', 'patch', 'delete']

/** RFC 9457 problem details with the invalid fields, as the one error handler (problem.ts) writes them. */
const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'instance'],
  properties: {
    type: { type: 'string', format: 'uri', example: 'https://vakregister.nl/problemen/invalid-input' },
    title: { type: 'string', example: 'invalid-input' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'Niet alle gegevens zijn goed ingevuld. Verbeter de velden hieronder.' },
    instance: { type: 'string', example: '/api/v1/accounts' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['in', 'name', 'code', 'reason'],
        properties: {
          in: { type: 'string', enum: ['body', 'query', 'path', 'header'] },
          name: { type: 'string', example: 'email' },
          code: { type: 'string', example: 'format' },
          reason: { type: 'string', example: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.' },
        },
      },
    },
  },
}

const problemResponse = (description: string) => ({
  description,
  headers: { 'API-Version': { $ref: '#/components/headers/API-Version' } },
  content: { [PROBLEM]: { schema: { $ref: '#/components/schemas/Problem' } } },
})

/**
 * Documents what the HTTP and problem plugins do for every /api/v1 route: the `API-Version` header on every
 * response, errors as application/problem+json, and the errors any route can give (400, 401/403 from the auth
 * plugin, 406, 415, 500).
 */
export function withApiConventions(doc: any) {
  doc.components ??= {}
  doc.components.schemas = { ...doc.components.schemas, Problem: problemSchema }
  doc.components.headers = {
    ...doc.components.headers,
    'API-Version': { description: 'De versie van de API (semver).', schema: { type: 'string', example: API_VERSION } },
  }
  doc.components.responses = {
    ...doc.components.responses,
    BadRequest: problemResponse('Ongeldige invoer; `errors` noemt elk ongeldig veld.'),
    NotAcceptable: problemResponse('De gevraagde Accept-header kan niet worden geleverd.'),
    UnsupportedMediaType: problemResponse('Het Content-Type van de body wordt niet ondersteund.'),
    Unauthenticated: problemResponse('Niet ingelogd, of de sessie is verlopen.'),
    Forbidden: problemResponse(
      'Geen toestemming, CSRF-token of herkomst klopt niet, of tweestapsverificatie is nodig.',
    ),
    InternalError: problemResponse('Onverwachte fout.'),
  }
  for (const item of Object.values<any>(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method]
      if (!operation) continue
      operation.responses ??= {}
      const responses = operation.responses
      for (const [status, response] of Object.entries<any>(responses)) {
        if (response.$ref) continue
        response.headers = { 'API-Version': { $ref: '#/components/headers/API-Version' }, ...response.headers }
        // Error responses declared with a problem schema leave as problem+json (see problem.ts).
        const json = response.content?.['application/json']
        if (/^[45]/.test(status) && json && isProblem(json.schema)) {
          response.content = { [PROBLEM]: json }
        }
      }
      const hasInput = Boolean(operation.requestBody) || (operation.parameters ?? []).length > 0
      if (hasInput) responses['400'] ??= { $ref: '#/components/responses/BadRequest' }
      const withSession = (operation.security ?? []).some((scheme: object) => 'session' in scheme)
      if (withSession) responses['401'] ??= { $ref: '#/components/responses/Unauthenticated' }
      // The auth plugin: CSRF token / Origin on unsafe methods, the MFA gate on every session route.
      if (withSession || UNSAFE.includes(method)) responses['403'] ??= { $ref: '#/components/responses/Forbidden' }
      responses['406'] ??= { $ref: '#/components/responses/NotAcceptable' }
      if (operation.requestBody) responses['415'] ??= { $ref: '#/components/responses/UnsupportedMediaType' }
      responses['500'] ??= { $ref: '#/components/responses/InternalError' }
    }
  }
  return doc
}

function isProblem(schema: any): boolean {
  if (!schema) return false
  if (typeof schema.$ref === 'string') return schema.$ref.endsWith('/Problem')
  return Boolean(schema.properties?.title && schema.properties?.status)
}
