import * as core from './core/workflow-commands.js'
import { ActionFrontEnd } from './action/front-end.js'
import { forLog, shown } from './core/untrusted-text.js'
import { guarded } from './last-resort.js'
import { run } from './main.js'
import { Output } from './output-names.js'

await guarded(() => run(new ActionFrontEnd()), (message) => {
  // As publish() ends a failed run: the status and result outputs, then the ::error and exit code 1.
  try {
    core.setOutput(Output.Status, 'failed')
    core.setOutput(Output.Result, shown(JSON.stringify({ status: 'failed', message })))
  } catch {
    // No GITHUB_OUTPUT (not on a runner): the error line and the exit code still say it.
  }
  core.setFailed(forLog(message))
})
