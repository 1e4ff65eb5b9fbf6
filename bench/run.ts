// npm run bench: every benchmark against the sandbox, each figure printed beside its baseline,
// measured in the same run. `npm run bench -- --write` also writes docs/performance.md.
import { cpus, totalmem } from 'node:os'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Section } from './report.js'
import { batchBench } from './batches.js'
import { largeFileBench } from './large-files.js'
import { startupBench } from './startup.js'
import { waitingBench } from './waiting.js'

const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const benches: [string, () => Promise<Section>][] = [
  ['startup', () => startupBench()],
  ['waiting', () => waitingBench()],
  ['batches', () => batchBench()],
  ['large-files', () => largeFileBench()],
]

const sections: Section[] = []
for (const [name, bench] of benches) {
  if (only.length > 0 && !only.includes(name)) continue
  process.stderr.write(`running ${name}…\n`)
  const section = await bench()
  sections.push(section)
  process.stdout.write(`\n## ${section.title}\n\n${section.body}\n`)
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}`
process.stdout.write(`\nMachine: ${machine}\n`)

if (process.argv.includes('--write')) {
  const doc = [
    '# Performance',
    '',
    'Figures from `npm run bench -- --write` (`bench/`), each beside its baseline measured in the same run.',
    `Machine: ${machine}; measured ${new Date().toISOString().slice(0, 10)}.`,
    '',
    ...sections.flatMap((section) => [`## ${section.title}`, '', section.body, '']),
  ].join('\n')
  await writeFile(path.resolve(import.meta.dirname, '../docs/performance.md'), doc)
  process.stderr.write('wrote docs/performance.md\n')
}
