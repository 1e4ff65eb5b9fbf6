import { Input } from '../../input-names.js'
import type { PlatformFacts } from '../platform.js'

/** Leapwork's own inputs: the API key, and where an import goes. */
export interface LeapworkSettings {
  apiKey?: string
  /** The folder path to import into. */
  targetFolder?: string
  createFolders: boolean
  /** The team (id or name) to import into. */
  team?: string
  /** Force mode for title collisions (Import To Team only). */
  force: boolean
}

/** What flowferry knows of the Leapwork Controller before it loads the platform's code (platform.ts, PlatformFacts). */
export const leapwork: PlatformFacts<LeapworkSettings> = {
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
    examples: { [Input.TargetFolder]: 'Team A/Regression' },
  },
  readSettings: (read) => ({
    apiKey: read.text(Input.ApiKey),
    targetFolder: read.text(Input.TargetFolder),
    createFolders: read.flag(Input.CreateFolders, false),
    team: read.text(Input.Team),
    force: read.flag(Input.Force, false),
  }),
  // The Controller imports and exports within the request: there is no job to wait for.
  jobs: false,
  // An import replaces the item of the same title in its folder: the backup goes back the same way.
  rollback: () =>
    'import that bundle into the same target-folder (and team); the Controller replaces the item of the same title, or, with a team, force mode does when someone has it open',
}
