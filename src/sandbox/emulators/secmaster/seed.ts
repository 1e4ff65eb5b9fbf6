/**
 * What the SecMaster emulator starts with: the credentials it accepts, its project and
 * workspace, and four workflows: "Phishing email triage" (with a task secret that redaction must
 * take out of an export), its copy (so that a loose name filter finds two), and two workflows
 * that share a name, to show an ambiguous look-up.
 */
export const SANDBOX_TOKEN = 'MIIsandbox-iam-token-7f3e9a1c2b4d'
export const SANDBOX_ACCESS_KEY = 'HPUASANDBOXAK7Q2W9E4R'
export const SANDBOX_SECRET_KEY = 'sk-sandbox-Qm8vT2xL9pR4wZ7nB1cY6hJ3'
export const SANDBOX_PROJECT_ID = '0605767a0300d5762fb0c0186d9e1c3b'
export const SANDBOX_WORKSPACE_ID = '9f5bb8a5-1c7b-4d3c-8a5e-5a2d4e7f0c11'
export const SEEDED_WORKFLOW_ID = 'c19470f3-5eaf-4572-82e8-2ff094495919'
export const SEEDED_WORKFLOW_NAME = 'Phishing email triage'
/** Two workflows share this name, to show an ambiguous look-up. */
export const AMBIGUOUS_NAME = 'Block malicious IP'
export const SEEDED_SECRET_VALUE = 'ti-staging-token-4b81e0c9'
/** The placeholder `redact-secrets` leaves for the seeded secret (named after where it sits). */
export const SEEDED_PLACEHOLDER = 'VERSIONS_PHISHING_EMAIL_TRIAGE_TASKCONFIG_THREAT_INTEL_API_TOKEN'

/** When the seeded workflows were created and last changed. */
export const SEEDED_AT = '2026-11-20T09:30:00.000Z'

/** The seeded workflows: id, name and the export document each is stored from. */
export function seededWorkflows(): { id: string; name: string; document: Record<string, unknown> }[] {
  return [
    { id: SEEDED_WORKFLOW_ID, name: SEEDED_WORKFLOW_NAME, document: seededDocument() },
    { id: '5d0a4e1b-7c2f-4a8e-9b3d-1e6f2a7c8d90', name: `${SEEDED_WORKFLOW_NAME} (copy)`, document: { ...seededDocument(), name: `${SEEDED_WORKFLOW_NAME} (copy)` } },
    { id: '8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b', name: AMBIGUOUS_NAME, document: { name: AMBIGUOUS_NAME, aop_type: 'NORMAL', versions: [] } },
    { id: '9b2e3c4d-5e6f-4071-8b8c-0d1e2f3a4b5c', name: AMBIGUOUS_NAME, document: { name: AMBIGUOUS_NAME, aop_type: 'NORMAL', versions: [] } },
  ]
}

function seededDocument(): Record<string, unknown> {
  const topology = {
    nodes: [
      { id: 'start', type: 'StartEvent' },
      { id: 'lookup', type: 'ServiceTask', plugin: 'ThreatIntel.lookupUrl', input: '${alert.urls}' },
      { id: 'decide', type: 'ExclusiveGateway', condition: 'lookup.verdict == "malicious"' },
      { id: 'block', type: 'ServiceTask', plugin: 'Mail.quarantine', input: '${alert.message_id}' },
      { id: 'end', type: 'EndEvent' },
    ],
    edges: [
      ['start', 'lookup'],
      ['lookup', 'decide'],
      ['decide', 'block'],
      ['decide', 'end'],
      ['block', 'end'],
    ],
  }
  return {
    name: SEEDED_WORKFLOW_NAME,
    description: 'Checks the URLs of a reported phishing email and quarantines the message when one is malicious',
    owner_id: '0c1f2e3d4c5b6a79',
    creator_id: '0c1f2e3d4c5b6a79',
    creator_name: 'soc-engineer',
    enabled: true,
    aop_type: 'NORMAL',
    engine_type: 'public_engine',
    dataclass_id: 'c8a1e2f3-0b4d-4e5f-9a6b-7c8d9e0f1a2b',
    dataclass_name: 'Alert',
    labels: 'DOMAIN',
    versions: [
      {
        id: 'e2d3c4b5-a697-4881-9a0b-1c2d3e4f5a6b',
        name: SEEDED_WORKFLOW_NAME,
        version: 'v3',
        status: 'activated',
        enabled: true,
        taskflow_type: 'JSON',
        taskflow: Buffer.from(JSON.stringify(topology)).toString('base64'),
        taskconfig: { threat_intel: { endpoint: 'https://ti.staging.example.com/v2', api_token: SEEDED_SECRET_VALUE, timeout_seconds: 20 } },
        input: { alert: 'Alert' },
        output: {},
        create_time: '2026-11-20T09:30:00.000Z',
      },
    ],
  }
}
