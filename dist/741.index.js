export const id = 741;
export const ids = [741];
export const modules = {
  /***/
  49741: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        byTaskName: () => (
          /* binding */
          byTaskName
        ),
        calloutSecrets: () => (
          /* binding */
          calloutSecrets
        ),
        checkDocument: () => (
          /* binding */
          checkDocument
        ),
        roles: () => (
          /* binding */
          roles
        ),
        zuoraRules: () => (
          /* binding */
          zuoraRules
        )
      });
      var promises_ = __webpack_require__(51455);
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var core_bundle = __webpack_require__(33303);
      var canonical_json = __webpack_require__(60484);
      var errors = __webpack_require__(74296);
      var fs = __webpack_require__(78616);
      var json_file = __webpack_require__(59656);
      var json_location = __webpack_require__(25049);
      var redaction = __webpack_require__(13862);
      ;
      const TASK_TYPES = /* @__PURE__ */ new Set([
        "Approval",
        "Attachment",
        "Billing::BillRun",
        "Billing::CurrencyConversion",
        "Billing::CustomInvoice",
        "Callout",
        "Cancel",
        "Create",
        "CustomObject::Create",
        "CustomObject::Delete",
        "CustomObject::Query",
        "CustomObject::Update",
        "Data::BillingPreviewRun",
        "Data::Link",
        "Delay",
        "Delete",
        "Download::SFTP",
        "Email",
        "Export",
        "File::CustomPDF::CustomDocument",
        "If",
        "InvoiceGenerate",
        "Iterate",
        "Logic::CSVTranslator",
        "Logic::Case",
        "Logic::CustomCode",
        "Logic::JSONTransform",
        "Logic::Lambda",
        "Logic::ResponseFormatter",
        "Logic::XMLTransform",
        "NewProduct",
        "Notifications::GoogleCloudPrint",
        "Notifications::PhoneCall",
        "Notifications::SMS",
        "Payment::GatewayReconciliation",
        "Payment::PaymentRun",
        "Query",
        "RemoveProduct",
        "Reporting::ReportData",
        "Reporting::RunReport",
        "Resume",
        "Suspend",
        "UI::Page",
        "UI::Stop",
        "Update",
        "Upload::FTP",
        "Upload::SFTP",
        "WriteOff"
      ]);
      var facts = __webpack_require__(50303);
      ;
      const MAX_FINDINGS = 100;
      const bundle_volatile = [
        "workflow.id",
        "workflow.original_workflow_id",
        "workflow.version",
        "workflow.started_at",
        "workflow.finished_at",
        "workflow.status",
        "workflow.task_summary",
        "tasks.*.id",
        "tasks.*.original_task_id",
        "tasks.*.original_workflow_id",
        "tasks.*.workflow_id",
        "tasks.*.process_id",
        "tasks.*.status",
        "tasks.*.start_time",
        "tasks.*.end_time",
        "tasks.*.error",
        "tasks.*.error_class",
        "tasks.*.error_details",
        "**.createdAt",
        "**.updatedAt",
        "**.created_at",
        "**.updated_at"
      ];
      const roles = [
        {
          role: "workflow",
          file: facts.XC,
          format: "json",
          required: true,
          diff: { ignore: bundle_volatile, matchBy: { tasks: "name", linkages: "edge" }, normalize: byTaskName },
          redact: { secrets: calloutSecrets }
        }
      ];
      function byTaskName(document) {
        if (!(0, canonical_json.OW)(document) || !Array.isArray(document.tasks))
          return document;
        const names = /* @__PURE__ */ new Map();
        for (const task of document.tasks) {
          if ((0, canonical_json.OW)(task) && (typeof task.id === "number" || typeof task.id === "string") && typeof task.name === "string")
            names.set(String(task.id), task.name);
        }
        const nameOf = (id2) => id2 === null || id2 === void 0 ? null : names.get(String(id2)) ?? `#${String(id2)}`;
        const tasks = document.tasks.map((task) => (0, canonical_json.OW)(task) && "task_id" in task ? { ...task, task_id: nameOf(task.task_id) } : task);
        const linkages = Array.isArray(document.linkages) ? document.linkages.map((link) => {
          if (!(0, canonical_json.OW)(link))
            return link;
          const { source_task_id, target_task_id, source_workflow_id: _workflow, ...rest } = link;
          const source = nameOf(source_task_id);
          const target = nameOf(target_task_id);
          const type = typeof link.linkage_type === "string" ? link.linkage_type : "?";
          return { ...rest, source_task: source, target_task: target, edge: source === null ? `${type} \u2192 ${target}` : `${source} -${type}\u2192 ${target}` };
        }) : document.linkages;
        return { ...document, tasks, linkages };
      }
      const NAME_FIELDS = ["name", "key", "header", "header_name", "headerName", "field", "field_name"];
      const VALUE_FIELDS = ["value", "header_value", "headerValue", "field_value"];
      function calloutSecrets(document) {
        const spots = [];
        if (!(0, canonical_json.OW)(document) || !Array.isArray(document.tasks))
          return spots;
        document.tasks.forEach((task, t) => {
          if (!(0, canonical_json.OW)(task))
            return;
          const label = typeof task.name === "string" ? task.name : `TASK_${t}`;
          const visit = (node, at) => {
            if (Array.isArray(node))
              node.forEach((item, i) => visit(item, [...at, i]));
            else if ((0, canonical_json.OW)(node)) {
              const name = NAME_FIELDS.map((field) => node[field]).find((v) => typeof v === "string");
              const valueField = VALUE_FIELDS.find((field) => typeof node[field] === "string");
              if (name && valueField && (0, redaction.tF)(name)) {
                spots.push({ path: [...at, valueField], name: `${label}_${name}`, reason: `the callout header/parameter "${name}" carries a credential` });
              }
              for (const [key, child] of Object.entries(node))
                visit(child, [...at, key]);
            }
          };
          visit(task.parameters, ["tasks", t, "parameters"]);
        });
        return spots;
      }
      const zuoraRules = {
        roles,
        /** A bare export JSON (what the UI's Export or the API gives), or a directory holding workflow.json. */
        async adopt(location, dir) {
          const info = await (0, promises_.stat)(location);
          const source = info.isDirectory() ? external_node_path_default().join(location, facts.XC) : location;
          if (info.isDirectory() && !await (0, fs.t2)(source) || !info.isDirectory() && !/\.json$/i.test(location)) {
            throw new errors.rJ(`${(0, fs.Gt)(location)}: neither a flowferry bundle nor a Zuora workflow export (a .json file)`, [], {
              hint: "Point path at a bundle directory (with flowferry.json) or at a Zuora export JSON file."
            });
          }
          const digest = await (0, core_bundle.s)(dir, source, facts.XC);
          let name = external_node_path_default().basename(location).replace(/\.json$/i, "");
          const document = (await (0, json_file.JE)(external_node_path_default().join(dir, facts.XC), (0, fs.Gt)(source)))?.value;
          const workflow = (0, canonical_json.OW)(document) && (0, canonical_json.OW)(document.workflow) ? document.workflow : void 0;
          if (typeof workflow?.name === "string" && workflow.name.trim())
            name = workflow.name.trim();
          return { name, files: [{ path: facts.XC, role: "workflow", digest }] };
        },
        async check(bundle) {
          const file = (0, core_bundle.W7)(bundle, "workflow");
          if (!file) {
            return [{ file: (0, core_bundle.pS)(bundle, "flowferry.json"), severity: "error", rule: "zuora.required", message: `the bundle has no ${facts.XC} (role workflow); Zuora's import needs it` }];
          }
          const shown = !bundle.adopted ? (0, fs.Gt)(file) : /\.json$/i.test(bundle.location) ? bundle.location : `${bundle.location}/${facts.XC}`;
          const parsed = await (0, json_file.NR)(file, shown, { rulePrefix: "zuora", title: "Zuora" });
          return "finding" in parsed ? [parsed.finding] : checkDocument(parsed.document, parsed.text, shown);
        }
      };
      function checkDocument(document, text, file) {
        const findings = [];
        const places = [];
        let unshown = 0;
        let unshownError = false;
        const at = (where, severity, rule, message) => {
          if (findings.length >= MAX_FINDINGS) {
            unshown++;
            unshownError ||= severity === "error";
            return;
          }
          findings.push({ file, line: 1, col: 1, severity, rule, message });
          places.push(where);
        };
        const located = () => {
          (0, json_location.locatePaths)(text, places).forEach((position, i) => position && Object.assign(findings[i], position));
          return findings;
        };
        if (!(0, canonical_json.OW)(document)) {
          at([], "error", "zuora.shape", `${facts.XC} must hold the export document, an object {workflow, tasks, linkages}`);
          return located();
        }
        if (!(0, canonical_json.OW)(document.workflow))
          at(["workflow"], "error", "zuora.workflow", '"workflow" (an object) is missing');
        for (const key of ["tasks", "linkages"]) {
          if (!Array.isArray(document[key]))
            at([key], "error", `zuora.${key}`, `"${key}" (an array) is missing`);
        }
        const tasks = Array.isArray(document.tasks) ? document.tasks : [];
        const linkages = Array.isArray(document.linkages) ? document.linkages : [];
        const ids2 = /* @__PURE__ */ new Set();
        const names = /* @__PURE__ */ new Set();
        tasks.forEach((task, i) => {
          if (!(0, canonical_json.OW)(task))
            return at(["tasks", i], "error", "zuora.task", `task ${i} is not an object`);
          if (typeof task.id !== "number" && typeof task.id !== "string")
            at(["tasks", i], "error", "zuora.task", `task ${i} has no id, so no linkage can name it`);
          else if (ids2.has(String(task.id)))
            at(["tasks", i, "id"], "error", "zuora.task", `task id ${String(task.id)} is used twice`);
          else
            ids2.add(String(task.id));
          if (typeof task.action_type === "string" && !TASK_TYPES.has(task.action_type)) {
            at(["tasks", i, "action_type"], "warning", "zuora.action-type", `action_type "${task.action_type}" is not one Zuora documents; the import decides whether the tenant knows it`);
          }
          if (typeof task.name === "string") {
            if (names.has(task.name))
              at(["tasks", i, "name"], "warning", "zuora.task-name", `task name "${task.name}" is used twice; diff matches tasks by name and compares these by position`);
            names.add(task.name);
          }
        });
        let starts = 0;
        linkages.forEach((link, i) => {
          if (!(0, canonical_json.OW)(link))
            return at(["linkages", i], "error", "zuora.linkage", `linkage ${i} is not an object`);
          if (link.linkage_type === "Start") {
            starts++;
            if (starts > 1)
              at(["linkages", i, "linkage_type"], "error", "zuora.start", "a second Start linkage; a workflow has exactly one entry");
          }
          for (const end of ["source_task_id", "target_task_id"]) {
            const value = link[end];
            if (value === null || value === void 0) {
              if (end === "target_task_id")
                at(["linkages", i], "error", "zuora.linkage", `linkage ${i} has no target_task_id`);
              continue;
            }
            if (!ids2.has(String(value)))
              at(["linkages", i, end], "error", "zuora.linkage", `linkage ${i}: ${end} ${JSON.stringify(value)} names no task of this workflow`);
          }
        });
        if (Array.isArray(document.linkages) && starts === 0)
          at(["linkages"], "error", "zuora.start", "no Start linkage: Zuora would not know the first task");
        if (unshown > 0)
          findings.push({ file, line: 1, col: 1, severity: unshownError ? "error" : "warning", rule: "zuora.more", message: `and ${unshown} more findings like these` });
        return located();
      }
    })
  )
};
