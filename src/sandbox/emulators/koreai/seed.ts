/**
 * What the Kore.ai emulator starts with: the API key it accepts, and one workflow ("Invoice
 * triage", three documents, a secured environment variable that redaction must take out of an
 * export).
 */
export const SANDBOX_API_KEY = 'kg-sandbox-5c1e7a2f-flowferry'
export const SEEDED_WORKFLOW_ID = 'a-7d2c4f0e-3b1a-4c8e-9f6d-0a5b1c2d3e4f'
export const SEEDED_FLOW_ID = 'cf-1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b'
export const SEEDED_SECRET_VALUE = 'erp-staging-token-8c41d2'
export const SEEDED_WORKFLOW_NAME = 'Invoice triage'
export const SEEDED_VERSIONS = 3

/** The seeded workflow's three documents, by role. */
export function seededDocuments(): { flowData: unknown; workflowData: unknown; envVariables: unknown } {
  return {
    flowData: {
      name: SEEDED_WORKFLOW_NAME,
      nodes: [
        { id: 'start', type: 'start', outputs: ['classify'] },
        { id: 'classify', type: 'ai', model: 'gpt-4o', prompt: 'Classify the invoice: {{input.text}}', timeoutSeconds: 30, outputs: ['route'] },
        { id: 'route', type: 'condition', expression: 'classify.label == "urgent"', outputs: ['notify', 'end'] },
        {
          id: 'notify',
          type: 'api',
          method: 'POST',
          url: '{{env.ERP_BASE_URL}}/alerts',
          headers: { Authorization: 'Bearer {{env.ERP_API_TOKEN}}' },
          outputs: ['end'],
        },
        { id: 'end', type: 'end' },
      ],
    },
    workflowData: {
      name: SEEDED_WORKFLOW_NAME,
      description: 'Sorts incoming invoices and alerts the ERP on urgent ones',
      version: 'v3',
      guardrails: [],
      updatedAt: '2026-11-20T09:30:00Z',
    },
    envVariables: [
      { key: 'ERP_BASE_URL', value: 'https://erp.staging.example.com', isSecured: false },
      { key: 'ERP_API_TOKEN', value: SEEDED_SECRET_VALUE, isSecured: true },
    ],
  }
}
