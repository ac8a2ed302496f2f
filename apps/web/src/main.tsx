import '@fontsource/source-sans-3/400.css'
import '@fontsource/source-sans-3/600.css'
import '@fontsource/source-sans-3/700.css'
import '@utrecht/component-library-css/dist/index.css'
import '@utrecht/design-tokens/dist/theme.css'
import './theme/vakregister-theme.css'
import './app/app.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { i18nReady } from './i18n/index.ts'

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing in index.html')

void i18nReady.then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
