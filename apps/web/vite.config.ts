import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))
const apiTarget = process.env.API_URL ?? 'http://localhost:3000'

// The web app: built into apps/web/dist and served by the API server (platform/web). In development `vite apps/web`
// serves it on :5173 and forwards /api to the server on :3000.
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Fonts and icons must be files, never data: URLs inlined into CSS (keeps the CSP simple and caching good).
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: apiTarget,
        // The API only accepts unsafe requests from its own origin (PUBLIC_URL); in development the page comes from
        // the Vite server, so the proxy presents the request as coming from the API's origin.
        configure: (proxy) => {
          proxy.on('proxyReq', (request) => {
            if (request.getHeader('origin')) request.setHeader('origin', apiTarget)
          })
        },
      },
    },
  },
})
