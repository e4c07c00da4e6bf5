// Builds the web UI (Preact) into dist/web, which `parallax serve` serves beside the API.
import { fileURLToPath } from 'node:url'
import preact from '@preact/preset-vite'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [preact()],
  build: { outDir: fileURLToPath(new URL('../../../dist/web', import.meta.url)), emptyOutDir: true },
})
