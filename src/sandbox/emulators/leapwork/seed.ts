import type { AssetTree, Item } from './store.js'

/**
 * What the Leapwork emulator starts with: the access key it accepts, and a hierarchy of
 * "Team A" (Regression with two flows, Smoke) beside two top-level folders that share the title
 * "Archive" (titles are not unique in Leapwork).
 */
export const SANDBOX_ACCESS_KEY = 'Lw7sBx2Qk9Fh4TzN'
export const TEAM_A_ID = '3f0c2a9e-6b1d-4e57-9a8c-1d2e3f4a5b6c'
export const REGRESSION_ID = '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'
export const SEEDED_FLOW_ID = 'c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f'
export const SEEDED_FLOW_TITLE = 'Login smoke test'
const SMOKE_ID = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9'
const CHECKOUT_ID = '0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e'
const ARCHIVE_IDS = ['a0a1a2a3-b4b5-4c6c-8d7d-e8e9f0f1f2f3', 'b1b2b3b4-c5c6-4d7d-9e8e-f9f0a1a2a3a4']

/** Adds the seeded items to the tree; returns the flows with the steps their packages hold. */
export function seedTree(tree: AssetTree): { item: Item; steps: string[] }[] {
  const teamA = tree.add(undefined, 'Team A', 'Folder', TEAM_A_ID)
  const regression = tree.add(teamA, 'Regression', 'Folder', REGRESSION_ID)
  const login = tree.add(regression, SEEDED_FLOW_TITLE, 'Flow', SEEDED_FLOW_ID)
  const checkout = tree.add(regression, 'Checkout happy path', 'Flow', CHECKOUT_ID)
  tree.add(teamA, 'Smoke', 'Folder', SMOKE_ID)
  // Titles are not unique in Leapwork: two top-level folders share one.
  for (const id of ARCHIVE_IDS) tree.add(undefined, 'Archive', 'Folder', id)
  return [
    { item: login, steps: ['Navigate to login page', 'Type user name', 'Type password from data file', 'Assert dashboard visible'] },
    { item: checkout, steps: ['Open shop', 'Add item to basket', 'Pay with test card'] },
  ]
}

/**
 * Enterprise teams, each with its own hierarchy: "QA Platform" has Regression/"Login smoke test"
 * open in Studio (a collision with it needs force mode), and two teams whose names are close to
 * it, for the "did you mean" of an unknown name.
 */
export const TEAM_QA_ID = '6d1f3c2b-8a4e-4f6a-9b7c-2e3d4f5a6b7c'
export const TEAM_QA_NAME = 'QA Platform'
export const TEAM_REGRESSION_ID = '7e2a4d3c-9b5f-4a7b-8c8d-3f4a5b6c7d8e'
export const TEAM_LOGIN_FLOW_ID = '8f3b5e4d-0c6a-4b8c-9d9e-4a5b6c7d8e9f'
export const TEAM_FLOW_OPENED_BY = 'maria.jensen'

/** Adds the seeded teams through TeamRoutes.add, named by its shape: the routes import the seed, never the other way round. */
export function seedTeams(teams: { add(id: string, name: string): { tree: AssetTree } }): { item: Item; steps: string[] }[] {
  const qa = teams.add(TEAM_QA_ID, TEAM_QA_NAME)
  const regression = qa.tree.add(undefined, 'Regression', 'Folder', TEAM_REGRESSION_ID)
  const login = qa.tree.add(regression, SEEDED_FLOW_TITLE, 'Flow', TEAM_LOGIN_FLOW_ID)
  login.openedBy = TEAM_FLOW_OPENED_BY
  qa.tree.add(undefined, 'Nightly', 'Folder')
  teams.add('4c5d6e7f-1a2b-4c3d-8e9f-5a6b7c8d9e0a', 'QA Payments')
  teams.add('2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d', 'Mobile QA')
  return [{ item: login, steps: ['Navigate to login page', 'Type user name', 'Assert dashboard visible'] }]
}
