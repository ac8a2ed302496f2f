import { setupPostgresTemplate } from './templates.ts'

export default setupPostgresTemplate
