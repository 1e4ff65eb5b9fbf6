import { Input } from '../../input-names.js'
import type { PlatformFacts } from '../platform.js'

/** What flowferry knows of the Leapwork Controller before it loads the platform's code (platform.ts, PlatformFacts). */
export const leapwork: PlatformFacts = {
  name: 'leapwork',
  title: 'Leapwork Controller',
  inputs: {
    auth: [[Input.ApiKey]],
    operations: {
      import: [[Input.TargetFolder]],
      export: [[Input.WorkflowId]],
    },
    // HTTPS on 9002, the official plugin's default when HTTPS is on; plain http needs allow-http.
    exampleBaseUrl: 'https://leapwork-controller:9002',
  },
  // The Controller imports and exports within the request: there is no job to wait for.
  jobs: false,
  // An import replaces the item of the same title in its folder: the backup goes back the same way.
  rollback: () =>
    'import that bundle into the same target-folder (and team); the Controller replaces the item of the same title, or, with a team, force mode does when someone has it open',
}
