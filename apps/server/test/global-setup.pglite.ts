import { setupPgliteTemplate } from './templates.ts'

export default setupPgliteTemplate
