// Regenerates docs/reliability.md from the fault matrix (see __tests__/helpers/fault-matrix.ts).
// Exits 1 when a row does not hold, printing why.
import path from 'node:path'
import { runMatrix, writeMatrix } from '../__tests__/helpers/fault-matrix.js'

const rows = await runMatrix({ platforms: process.argv.slice(2).length ? process.argv.slice(2) : undefined })
const file = path.resolve(import.meta.dirname, '../docs/reliability.md')
await writeMatrix(file, rows)
const broken = rows.filter((row) => !row.holds)
for (const row of broken) console.error(`✗ ${row.platform} ${row.operation} / ${row.fault}: ${row.problem}`)
console.log(`${rows.length} rows, ${broken.length} not holding; wrote ${path.relative(process.cwd(), file)}`)
process.exitCode = broken.length > 0 ? 1 : 0
