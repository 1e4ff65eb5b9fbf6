import * as core from '@actions/core'
import { forLog, shown } from './core/untrusted-text.js'
import { guarded } from './last-resort.js'
import { run } from './main.js'

await guarded(run, (message) => {
  // As publish() ends a failed run: the status and result outputs, then the ::error and exit code 1.
  try {
    core.setOutput('status', 'failed')
    core.setOutput('result', shown(JSON.stringify({ status: 'failed', message })))
  } catch {
    // No GITHUB_OUTPUT (not on a runner): the error line and the exit code still say it.
  }
  core.setFailed(forLog(message))
})
