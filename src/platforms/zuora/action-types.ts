/** The `action_type` values Zuora documents for tasks (reference 1.9, from the Task schema). */
export const ACTION_TYPES: ReadonlySet<string> = new Set([
  'Approval', 'Attachment', 'Billing::BillRun', 'Billing::CurrencyConversion', 'Billing::CustomInvoice', 'Callout', 'Cancel',
  'Create', 'CustomObject::Create', 'CustomObject::Delete', 'CustomObject::Query', 'CustomObject::Update',
  'Data::BillingPreviewRun', 'Data::Link', 'Delay', 'Delete', 'Download::SFTP', 'Email', 'Export',
  'File::CustomPDF::CustomDocument', 'If', 'InvoiceGenerate', 'Iterate', 'Logic::CSVTranslator', 'Logic::Case',
  'Logic::CustomCode', 'Logic::JSONTransform', 'Logic::Lambda', 'Logic::ResponseFormatter', 'Logic::XMLTransform',
  'NewProduct', 'Notifications::GoogleCloudPrint', 'Notifications::PhoneCall', 'Notifications::SMS',
  'Payment::GatewayReconciliation', 'Payment::PaymentRun', 'Query', 'RemoveProduct', 'Reporting::ReportData',
  'Reporting::RunReport', 'Resume', 'Suspend', 'UI::Page', 'UI::Stop', 'Update', 'Upload::FTP', 'Upload::SFTP', 'WriteOff',
])
