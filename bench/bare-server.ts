/** The baseline: a bare Fastify route, nothing else. `node bench/bare-server.ts <port>` */
import Fastify from 'fastify'

const app = Fastify({ logger: false })
app.get('/', async () => ({ hello: 'world' }))
await app.listen({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' })
process.send?.('ready')
process.on('SIGTERM', () => app.close().then(() => process.exit(0)))
