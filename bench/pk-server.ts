/**
 * The database baseline of `bench/registrations.ts`: the least a lookup can cost on this machine. Fastify, a pg
 * pool of 10 (as the app's) and one prepared statement that reads one registration by primary key — no
 * plugins, no rate limit, no joins. `node bench/pk-server.ts <port> <databaseUrl>`
 */
import Fastify from 'fastify'
import pg from 'pg'

const pool = new pg.Pool({ connectionString: process.argv[3], max: 10 })
const app = Fastify({ logger: false })
app.get('/ready', async () => ({ ok: true }))
app.get<{ Params: { id: string } }>('/registrations/:id', async (request, reply) => {
  const { rows } = await pool.query({
    name: 'bench_pk',
    text: `select registration_number, initials, infix, surname, profession, status, registered_since::text
             from registrations where id = $1`,
    values: [request.params.id],
  })
  if (rows.length === 0) return reply.status(404).send({ status: 404 })
  return rows[0]
})
await app.listen({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' })
process.on('SIGTERM', () => app.close().then(() => pool.end().then(() => process.exit(0))))
