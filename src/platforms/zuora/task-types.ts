/**
 * The task types Zuora documents: the values a task's `action_type` may take, from the Task schema
 * of the import API (https://developer.zuora.com/v1-api-reference/api/operation/POST_WorkflowImport/).
 */
export const TASK_TYPES: ReadonlySet<string> = new Set([
  'Approval', 'Attachment', 'Billing::BillRun', 'Billing::CurrencyConversion', 'Billing::CustomInvoice', 'Callout', 'Cancel',
  'Create', 'CustomObject::Create', 'CustomObject::Delete', 'CustomObject::Query', 'CustomObject::Update',
  'Data::BillingPreviewRun', 'Data::Link', 'Delay', 'Delete', 'Download::SFTP', 'Email', 'Export',
  'File::CustomPDF::CustomDocument', 'If', 'InvoiceGenerate', 'Iterate', 'Logic::CSVTranslator', 'Logic::Case',
  'Logic::CustomCode', 'Logic::JSONTransform', 'Logic::Lambda', 'Logic::ResponseFormatter', 'Logic::XMLTransform',
  'NewProduct', 'Notifications::GoogleCloudPrint', 'Notifications::PhoneCall', 'Notifications::SMS',
  'Payment::GatewayReconciliation', 'Payment::PaymentRun', 'Query', 'RemoveProduct', 'Reporting::ReportData',
  'Reporting::RunReport', 'Resume', 'Suspend', 'UI::Page', 'UI::Stop', 'Update', 'Upload::FTP', 'Upload::SFTP', 'WriteOff',
])
