import { ensureWebBuilt } from '../../apps/server/scripts/start.ts'
import { chromiumPath } from './browser.ts'

/** Once per run: the web app is built (as `npm start` would) and chromium is there. */
export default function setup() {
  chromiumPath()
  ensureWebBuilt((line) => console.log(`[e2e] ${line}`))
}
