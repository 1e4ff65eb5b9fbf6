export const id = 741;
export const ids = [741, 242];
export const modules = {
  /***/
  99242: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        editedPieces: () => (
          /* binding */
          editedPieces
        ),
        /* harmony export */
        r: () => (
          /* binding */
          toPointer
        )
        /* harmony export */
      });
      var _json_walk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33603);
      function applyEdits2(text, edits) {
        return [...editedPieces(text, edits)].join("");
      }
      const PIECE_CHARS = 256 * 1024;
      function* editedPieces(text, edits, prefix = "") {
        if (prefix)
          yield prefix;
        let at = 0;
        for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
          yield* slices(text, at, edit.offset);
          yield edit.text;
          at = edit.offset + edit.length;
        }
        yield* slices(text, at, text.length);
      }
      function* slices(text, start, end) {
        for (let from = start; from < end; ) {
          let to = Math.min(end, from + PIECE_CHARS);
          const last = text.charCodeAt(to - 1);
          if (to < end && last >= 55296 && last <= 56319)
            to++;
          yield text.slice(from, to);
          from = to;
        }
      }
      function toPointer(path) {
        return (0, _json_walk_js__WEBPACK_IMPORTED_MODULE_0__.rq)(path);
      }
    })
  ),
  /***/
  73593: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Kx: () => (
          /* binding */
          PLACEHOLDER
        ),
        /* harmony export */
        Z5: () => (
          /* binding */
          fitsTemplate
        ),
        /* harmony export */
        pi: () => (
          /* binding */
          PLACEHOLDER_START
        ),
        /* harmony export */
        qf: () => (
          /* binding */
          placeholder
        )
        /* harmony export */
      });
      const PLACEHOLDER = /\$\{flowferry\.([A-Za-z_][A-Za-z0-9_]*)\}/g;
      const PLACEHOLDER_START = "${flowferry.";
      function placeholder(name) {
        return `\${flowferry.${name}}`;
      }
      function placeholderNames(text) {
        return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);
      }
      function fitsTemplate(template, value) {
        if (typeof template !== "string" || !template.includes(PLACEHOLDER_START))
          return false;
        if (typeof value !== "string")
          return template.replace(PLACEHOLDER, "") === "" && value !== void 0;
        const pattern = template.split(PLACEHOLDER).map((part, i) => i % 2 === 1 ? "[\\s\\S]*" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("");
        return new RegExp(`^${pattern}$`).test(value);
      }
    })
  ),
  /***/
  13862: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        I_: () => (
          /* binding */
          secretEdits
        ),
        /* harmony export */
        dL: () => (
          /* binding */
          findSecrets
        ),
        /* harmony export */
        rR: () => (
          /* binding */
          redactDocument
        ),
        /* harmony export */
        tF: () => (
          /* binding */
          looksLikeSecretKey
        )
        /* harmony export */
      });
      var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60484);
      var _json_depth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19033);
      var _json_edit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99242);
      var _json_walk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33603);
      var _placeholders_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73593);
      const SECRET_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "passphrase", "secret", "token", "credential", "credentials", "authorization", "cookie"]);
      const SECRET_PAIRS = /* @__PURE__ */ new Set(["api key", "access key", "private key", "client secret", "secret key"]);
      const REFERENCE = /\{\{[^}]*\}\}|\$\{[^}]*\}|\{%[^%]*%\}/;
      function looksLikeSecretKey(key) {
        const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
        return SECRET_WORDS.has(words.at(-1) ?? "") || SECRET_PAIRS.has(words.slice(-2).join(" ")) || words.join("") === "apikey";
      }
      function findSecrets(document, rules = {}) {
        const spots = [...rules.secrets?.(document) ?? []];
        const verdicts = /* @__PURE__ */ new Map();
        const isSecretKey = (key) => verdicts.get(key) ?? (verdicts.size < 1e4 ? verdicts.set(key, looksLikeSecretKey(key)).get(key) : looksLikeSecretKey(key));
        walkStrings(document, [], 0, isSecretKey, (path) => spots.push({ path, name: nameFor(document, path), reason: `the key "${path.at(-1)}" names a credential` }));
        const used = /* @__PURE__ */ new Map();
        const seen = /* @__PURE__ */ new Set();
        const found = [];
        for (const spot of spots) {
          const pointer = (0, _json_edit_js__WEBPACK_IMPORTED_MODULE_2__.r)(spot.path);
          const value = valueAt(document, spot.path);
          if (typeof value !== "string" || seen.has(pointer) || !isSecretValue(value))
            continue;
          seen.add(pointer);
          found.push({ path: spot.path, name: uniqueName(sanitize(spot.name), value, used), pointer, reason: spot.reason });
        }
        return found;
      }
      function redactDocument(document, found) {
        for (const secret of found) {
          const parent = valueAt(document, secret.path.slice(0, -1));
          parent[secret.path.at(-1)] = (0, _placeholders_js__WEBPACK_IMPORTED_MODULE_4__.qf)(secret.name);
        }
      }
      function secretEdits(text, found) {
        if (found.length === 0)
          return [];
        const byPointer = new Map(found.map((secret) => [secret.pointer, JSON.stringify((0, _placeholders_js__WEBPACK_IMPORTED_MODULE_4__.qf)(secret.name))]));
        const keys = new Set(found.map((secret) => secret.path.at(-1)));
        const edits = [];
        (0, _json_walk_js__WEBPACK_IMPORTED_MODULE_3__.visitStringValues)(text, (string, path) => {
          const replacement = byPointer.get((0, _json_edit_js__WEBPACK_IMPORTED_MODULE_2__.r)(path()));
          if (replacement !== void 0 && isSecretValue(string.value))
            edits.push({ offset: string.offset, length: string.length, text: replacement });
        }, (key) => keys.has(key));
        return edits;
      }
      function redactSecrets(text, rules = {}) {
        if (tooDeep(text) !== void 0)
          throw new TooDeepError();
        let document;
        try {
          document = JSON.parse(text);
        } catch {
          return { text, redacted: [] };
        }
        const found = findSecrets(document, rules);
        return { text: applyEdits(text, secretEdits(text, found)), redacted: found.map(({ name, pointer, reason }) => ({ name, pointer, reason })) };
      }
      function walkStrings(node, path, depth, isSecretKey, onSecretKey) {
        (0, _json_depth_js__WEBPACK_IMPORTED_MODULE_1__.RV)(depth);
        if (Array.isArray(node)) {
          for (let i = 0; i < node.length; i++) {
            path.push(i);
            walkStrings(node[i], path, depth + 1, isSecretKey, onSecretKey);
            path.pop();
          }
        } else if ((0, _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__.OW)(node)) {
          for (const key of Object.keys(node)) {
            const value = node[key];
            path.push(key);
            if (typeof value === "string") {
              if (isSecretKey(key))
                onSecretKey([...path]);
            } else if (value !== null && typeof value === "object")
              walkStrings(value, path, depth + 1, isSecretKey, onSecretKey);
            path.pop();
          }
        }
      }
      function valueAt(document, path) {
        let node = document;
        for (const segment of path) {
          if (Array.isArray(node) && typeof segment === "number")
            node = node[segment];
          else if ((0, _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__.OW)(node) && Object.hasOwn(node, segment))
            node = node[segment];
          else
            return void 0;
        }
        return node;
      }
      function isSecretValue(value) {
        return value.trim() !== "" && !REFERENCE.test(value) && !new RegExp(_placeholders_js__WEBPACK_IMPORTED_MODULE_4__.Kx.source).test(value);
      }
      function nameFor(document, path) {
        const parts = [];
        let node = document;
        for (const segment of path) {
          const child = Array.isArray(node) ? node[segment] : (0, _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__.OW)(node) ? node[segment] : void 0;
          if (typeof segment === "number") {
            const label = (0, _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__.OW)(child) ? [child.name, child.key, child.title, child.id].find((v) => typeof v === "string" || typeof v === "number") : void 0;
            parts.push(label === void 0 ? String(segment) : String(label));
          } else
            parts.push(segment);
          node = child;
        }
        return parts.join("_");
      }
      function sanitize(name) {
        const clean = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "").toUpperCase();
        return /^[A-Z_]/.test(clean) ? clean || "SECRET" : `_${clean}`;
      }
      function uniqueName(base, value, used) {
        for (let n = 1; ; n++) {
          const name = n === 1 ? base : `${base}_${n}`;
          const existing = used.get(name);
          if (existing === void 0) {
            used.set(name, value);
            return name;
          }
          if (existing === value)
            return name;
        }
      }
    })
  ),
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
