import type { WorkflowStore } from './store.js'

/** The OAuth client the Zuora emulator accepts (settings `clientId`, `clientSecret` change it). */
export const SANDBOX_CLIENT_ID = '6f1c0b8e-2d4a-4b7f-9e3c-5a8d1f0b2c4e'
export const SANDBOX_CLIENT_SECRET = 'zs-sandbox-Kx7pQ2vN9wL4rT8yB3mF6hJ1'
/** A token that is always accepted, for the `token` input. */
export const SANDBOX_STATIC_TOKEN = 'zt-static-3b9f1e7c4a2d8f6b0e5c9a1d7f3b2e8c'

/**
 * The workflow the Zuora emulator starts with: an export document in the shape of the documented
 * sample: snake_case keys, a Start linkage from the workflow node, the sample's "Finish" linkage
 * type that the documented enum lacks, and a callout whose credentials redaction must take out
 * of an export. Definition 19080 has three versions: 0.0.1, 0.0.2 (active) and 0.0.3.
 */
export const SEEDED_DEFINITION_ID = 19080
export const SEEDED_AUTH_HEADER = 'Basic ZXJwLXN0YWdpbmc6czNjcmV0LXN0YWdpbmctOGMxZA=='
export const SEEDED_PASSWORD = 'sftp-staging-pass-41d2e7'

export function seededDocument(version: string, subject: string): Record<string, unknown> {
  const task = (id: number, name: string, action_type: string, parameters: Record<string, unknown>, parent: number | null, css: { left: string; top: string }) => ({
    action_type,
    assignment: [],
    call_type: 'SOAP',
    concurrent_limit: 9999999,
    css,
    error: null,
    error_class: null,
    error_details: null,
    id,
    iterate_row_reference: null,
    name,
    object: null,
    object_batched_reference: null,
    object_id: null,
    original_task_id: null,
    original_workflow_id: null,
    parameters,
    priority: 'Medium',
    process_id: null,
    status: null,
    tags: [],
    task_id: parent,
  })
  return {
    workflow: {
      call_type: 'SOAP',
      callout_trigger: false,
      css: { left: '30px', top: '40px' },
      data: {},
      delete_ttl: 60,
      description: 'Reminds customers of overdue invoices and tells the ERP',
      finished_at: null,
      id: 458,
      interval: null,
      name: 'Invoice reminders',
      notifications: {},
      ondemand_trigger: true,
      original_workflow_id: null,
      parameters: { fields: [{ index: 0, default: '30', datatype: 'Number', field_name: 'DaysOverdue', object_name: 'Workflow', required: true }] },
      priority: 'Medium',
      scheduled_trigger: false,
      started_at: null,
      status: null,
      sync_trigger: false,
      task_summary: {},
      timezone: null,
      type: 'Workflow::Setup',
      version,
    },
    tasks: [
      task(1001, 'Find overdue invoices', 'Export', { object: 'Invoice', where: "Balance > 0 AND DueDate < '{{Data.Workflow.DaysOverdue}}'" }, null, { left: '120px', top: '40px' }),
      task(1002, 'Any found', 'If', { if_clause: '{{Data.Invoice | size}} > 0' }, 1001, { left: '220px', top: '40px' }),
      task(1003, 'Email the customer', 'Email', { subject, to: ['{{Data.Invoice.Account.BillToContact.WorkEmail}}'], body: 'Invoice {{Data.Invoice.InvoiceNumber}} is overdue.' }, 1002, { left: '320px', top: '10px' }),
      task(
        1004,
        'Notify ERP',
        'Callout',
        {
          url: 'https://erp.staging.example.com/api/overdue',
          http_method: 'POST',
          headers: [
            { name: 'Content-Type', value: 'application/json' },
            { name: 'Authorization', value: SEEDED_AUTH_HEADER },
          ],
          body: '{"invoices": {{Data.Invoice | map: "Id" | json}}}',
          sftp: { host: 'sftp.staging.example.com', user: 'reminders', password: SEEDED_PASSWORD },
        },
        1002,
        { left: '320px', top: '80px' },
      ),
    ],
    linkages: [
      { linkage_type: 'Start', source_task_id: null, source_workflow_id: 458, target_task_id: 1001 },
      { linkage_type: 'Success', source_task_id: 1001, source_workflow_id: 458, target_task_id: 1002 },
      { linkage_type: 'True', source_task_id: 1002, source_workflow_id: 458, target_task_id: 1003 },
      { linkage_type: 'Finish', source_task_id: 1003, source_workflow_id: 458, target_task_id: 1004 },
    ],
  }
}

/** Definition 19080 (the store's first id) with its three versions, the second one active. */
export function seedWorkflows(store: WorkflowStore): void {
  const definition = store.createDefinition(seededDocument('0.0.1', 'Your invoice is overdue'), '0.0.1', false, true).definition
  store.importVersion(definition, seededDocument('0.0.2', 'Reminder: invoice {{Data.Invoice.InvoiceNumber}} is overdue'), '0.0.2', true, true)
  store.importVersion(definition, seededDocument('0.0.3', 'Draft: a friendlier reminder'), '0.0.3', false, true)
}
