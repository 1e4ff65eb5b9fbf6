import { parseDuration } from '../core/duration.js'
import { emulatorNames } from './emulators.js'
import { faultKinds, type FaultRule } from './faults.js'
import { startIdTokenService } from './github/id-token-service.js'
import { startSandbox } from './server.js'

export const sandboxUsage = `flowferry sandbox [options]

Serves every platform's sandbox on loopback until interrupted.

  --port N              first port (platforms take consecutive ports); default 4010
  --host H              default 127.0.0.1
  --platform a,b        only these platforms (${emulatorNames().join(', ')})
  --job-duration D      how long asynchronous jobs run, e.g. 5s (default 1.5s)
  --job-outcome O       success | failed | endless
  --fault SPEC          inject a fault, repeatable: "[METHOD] PATH KIND [xN|always] [retry-after=S] [delay=D]"
                        KIND: ${faultKinds.join(', ')}
                        e.g. --fault "POST /api/public/workflows/import 429 x2 retry-after=1"

Faults and settings can also be changed while running: POST /__sandbox/faults, /__sandbox/config
(GET /__sandbox/settings names the settings; an unknown name is refused with the valid ones).`

/** "[METHOD] PATH KIND [xN|always] [retry-after=S] [delay=D]" → a fault rule. */
export function parseFaultSpec(spec: string): FaultRule {
  const words = spec.trim().split(/\s+/)
  const rule: Partial<FaultRule> = {}
  if (/^(GET|POST|PUT|PATCH|DELETE)$/i.test(words[0] ?? '')) rule.method = words.shift()!.toUpperCase()
  rule.path = words.shift()
  const kind = words.shift()
  if (!kind || !(faultKinds as readonly string[]).includes(kind)) {
    throw new Error(`--fault "${spec}": the fault kind must be one of ${faultKinds.join(', ')}`)
  }
  rule.kind = kind as FaultRule['kind']
  for (const word of words) {
    if (word === 'always') rule.times = -1
    else if (/^x\d+$/.test(word)) rule.times = Number(word.slice(1))
    else if (word.startsWith('retry-after=')) rule.retryAfter = Number(word.slice('retry-after='.length))
    else if (word.startsWith('delay=')) rule.delayMs = parseDuration(word.slice('delay='.length))
    else throw new Error(`--fault "${spec}": '${word}' is not understood; after the kind come xN, always, retry-after=S or delay=D`)
  }
  return rule as FaultRule
}

export async function sandboxCommand(flags: Map<string, string>, faults: string[]): Promise<void> {
  const names = flags.get('platform')?.split(',').map((name) => name.trim()) ?? emulatorNames()
  const durationMs = flags.has('job-duration') ? parseDuration(flags.get('job-duration')!) : undefined
  const outcome = flags.get('job-outcome') as 'success' | 'failed' | 'endless' | undefined
  const sandbox = await startSandbox(names, {
    host: flags.get('host'),
    port: Number(flags.get('port') ?? 4010),
    jobs: { ...(durationMs === undefined ? {} : { durationMs }), ...(outcome ? { outcome } : {}) },
    faults: faults.map(parseFaultSpec),
  })
  // Keyless sign-in needs the runner's ID-token endpoint too: a stand-in, trusted by the platforms that can.
  const idTokens = Object.values(sandbox.servers).some((server) => server.app.keyless) ? await startIdTokenService({ host: flags.get('host') }) : undefined
  process.stdout.write('flowferry sandbox: serving (Ctrl-C to stop)\n\n')
  for (const [name, server] of Object.entries(sandbox.servers)) {
    process.stdout.write(`  ${name.padEnd(10)} base-url: ${server.url}\n`)
    for (const [input, value] of Object.entries({ ...server.app.inputs, ...server.app.demo?.export })) {
      process.stdout.write(`  ${''.padEnd(10)} ${input}: ${value}\n`)
    }
    const keyless = idTokens && server.app.keyless?.(idTokens.issuer, idTokens.jwks)
    if (keyless) process.stdout.write(`  ${''.padEnd(10)} or keyless: ${Object.entries(keyless).map(([input, value]) => `${input}: ${value}`).join(', ')}\n`)
  }
  if (idTokens) {
    process.stdout.write(`\n  The runner's ID-token endpoint, for keyless sign-in (export these where flowferry runs):\n`)
    for (const [name, value] of Object.entries(idTokens.env)) process.stdout.write(`    ${name}=${value}\n`)
  }
  process.stdout.write('\n')
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await sandbox.close()
  await idTokens?.close()
}
