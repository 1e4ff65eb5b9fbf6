import { readFile, writeFile } from 'node:fs/promises'
import type { Section } from './report.js'

const HEADER = [
  '# Performance',
  '',
  'Figures from `npm run bench` (`bench/`), each beside its baseline measured in the same run. Each section',
  'says when, on which machine and with which command it was measured: `npm run bench -- <section> --write`',
  'rewrites that section alone and keeps the others (`npm run bench -- --help` lists the flags).',
]

/**
 * Writes the sections that ran into docs/performance.md, each under a line saying when, where and
 * how it was measured, and keeps every other section as it was. A kept section from before these
 * lines existed is given the date and machine of the old header, which is what it was measured on.
 */
export async function writeSections(file: string, sections: Section[], run: { machine: string; date: string; command: string }): Promise<void> {
  const old = await readFile(file, 'utf8').catch(() => '')
  const parts = old.split(/^## /m)
  const oldHeader = parts[0] ?? ''
  const legacy = /^Machine: (.+); measured (\d{4}-\d{2}-\d{2})\.$/m.exec(oldHeader)
  const kept = new Map<string, string>()
  for (const part of parts.slice(1)) {
    const title = part.slice(0, part.indexOf('\n')).trim()
    let body = part.slice(part.indexOf('\n') + 1).trim()
    if (legacy && !body.startsWith('_Measured ')) body = `_Measured ${legacy[2]} on ${legacy[1]}._\n\n${body}`
    kept.set(title, body)
  }
  for (const section of sections) {
    kept.set(section.title, `_Measured ${run.date} on ${run.machine}, by \`${run.command}\`._\n\n${section.body.trim()}`)
  }
  const doc = [...HEADER, '', ...[...kept].flatMap(([title, body]) => [`## ${title}`, '', body, ''])].join('\n')
  await writeFile(file, doc)
}
