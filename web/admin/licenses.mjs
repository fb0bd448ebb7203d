// Writes dist/LICENSES.txt: the licence of every package esbuild put into
// dist/admin.js (read from the metafile of the build). Run by `npm run build`.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs'

const meta = JSON.parse(readFileSync('dist/meta.json', 'utf8'))
const pkgs = new Set()
for (const input of Object.keys(meta.inputs)) {
  const i = input.lastIndexOf('node_modules/')
  if (i < 0) continue
  const parts = input.slice(i + 'node_modules/'.length).split('/')
  pkgs.add(parts[0].startsWith('@') ? parts[0] + '/' + parts[1] : parts[0])
}
const out = ['Third-party code bundled into admin.js (built from web/admin/src with esbuild).', '']
for (const p of [...pkgs].sort()) {
  const dir = 'node_modules/' + p
  const pj = JSON.parse(readFileSync(dir + '/package.json', 'utf8'))
  const lic = readdirSync(dir).sort().find((f) => /^licen[cs]e/i.test(f))
  out.push(`== ${p} ${pj.version} (${pj.license})`)
  out.push(lic ? readFileSync(dir + '/' + lic, 'utf8').trim() : '(no licence file; package.json names the licence above)')
  out.push('')
}
writeFileSync('dist/LICENSES.txt', out.join('\n'))
