export const id = 384;
export const ids = [384];
export const modules = {
  /***/
  9766: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        f: () => (
          /* binding */
          saveTo
        )
        /* harmony export */
      });
      var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16082);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
      var _fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78616);
      var _memory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11360);
      var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61037);
      const HEADER_LIMIT = 200;
      const WRITE_BATCH = 1024 * 1024;
      function saveTo(file, options = {}) {
        return async (reply) => {
          const temp = (0, _fs_js__WEBPACK_IMPORTED_MODULE_2__.ht)(file, "download");
          const hash = options.hash === false ? void 0 : (0, _crypto_js__WEBPACK_IMPORTED_MODULE_0__.n1)("sha256");
          let bytes = 0;
          try {
            const output = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, "wx");
            let writing;
            try {
              let batch = [];
              let batched = 0;
              for await (const chunk of reply.body) {
                bytes += chunk.length;
                hash?.update(chunk);
                (0, _memory_js__WEBPACK_IMPORTED_MODULE_3__.IB)(chunk.length);
                batch.push(chunk);
                batched += chunk.length;
                if (batched < WRITE_BATCH)
                  continue;
                if (writing)
                  await writing;
                writing = writeAll(output, batch);
                writing.catch(() => void 0);
                batch = [];
                batched = 0;
              }
              if (writing)
                await writing;
              writing = void 0;
              if (batch.length > 0)
                await writeAll(output, batch);
            } finally {
              await writing?.catch(() => void 0);
              await output.close();
            }
            await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
          } catch (error) {
            await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
            throw error;
          }
          const type = reply.headers["content-type"];
          const contentType = Array.isArray(type) ? type[0] : type;
          const filename = filenameOf(reply.headers["content-disposition"]);
          return {
            bytes,
            sha256: hash?.digest("hex"),
            contentType: contentType === void 0 ? void 0 : (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__.Ui)(contentType, HEADER_LIMIT),
            filename: filename === void 0 ? void 0 : (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__.Ui)(filename, HEADER_LIMIT)
          };
        };
      }
      function filenameOf(disposition) {
        if (!disposition)
          return void 0;
        const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
        if (extended?.[1]) {
          try {
            return decodeURIComponent(extended[1].trim());
          } catch {
          }
        }
        const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
        return (plain?.[2] ?? plain?.[1])?.trim() || void 0;
      }
      async function writeAll(output, chunks) {
        let rest = chunks;
        while (rest.length > 0) {
          let { bytesWritten } = await output.writev(rest);
          if (bytesWritten === 0)
            throw new Error("the disk took none of the bytes written");
          while (rest.length > 0 && bytesWritten >= rest[0].length)
            bytesWritten -= rest.shift().length;
          if (bytesWritten > 0)
            rest[0] = rest[0].subarray(bytesWritten);
        }
      }
    })
  ),
  /***/
  99242: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        TQ: () => (
          /* binding */
          editedPieces
        ),
        /* harmony export */
        rb: () => (
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
  59656: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Aj: () => (
          /* binding */
          readLeadingFields
        ),
        /* harmony export */
        JE: () => (
          /* binding */
          readJsonFile
        ),
        /* harmony export */
        NR: () => (
          /* binding */
          checkJsonFile
        ),
        /* harmony export */
        vA: () => (
          /* binding */
          withoutBom
        ),
        /* harmony export */
        xx: () => (
          /* binding */
          tooLargeToCheck
        )
        /* harmony export */
      });
      var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
      var _fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78616);
      var _json_location_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25049);
      var _json_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5737);
      var _json_walk_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33603);
      var _limits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36419);
      var _plain_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19130);
      async function readJsonText(file, shown = (0, _fs_js__WEBPACK_IMPORTED_MODULE_1__.Gt)(file)) {
        const bytes = await (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_5__.$p)(file, { shown }, _limits_js__WEBPACK_IMPORTED_MODULE_6__.jA);
        return bytes === void 0 ? void 0 : (0, _json_text_js__WEBPACK_IMPORTED_MODULE_3__.s$)(bytes, shown);
      }
      function withoutBom(text) {
        return text.replace(/^\uFEFF/, "");
      }
      async function readJsonFile(file, shown = (0, _fs_js__WEBPACK_IMPORTED_MODULE_1__.Gt)(file)) {
        const text = await readJsonText(file, shown);
        if (text === void 0)
          return void 0;
        try {
          return { value: JSON.parse(text) };
        } catch {
          return void 0;
        }
      }
      const HEAD_BYTES = 1024 * 1024;
      async function readLeadingFields(file, shown = (0, _fs_js__WEBPACK_IMPORTED_MODULE_1__.Gt)(file)) {
        const { handle, info } = await (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_5__.rr)(file, { shown });
        try {
          if (info.size <= BigInt(_limits_js__WEBPACK_IMPORTED_MODULE_6__.jA))
            return void 0;
          const head = Buffer.alloc(HEAD_BYTES);
          const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
          return (0, _json_walk_js__WEBPACK_IMPORTED_MODULE_4__.ek)(withoutBom(head.subarray(0, bytesRead).toString("utf8")));
        } finally {
          await handle.close();
        }
      }
      function tooLargeToCheck(shown, platform) {
        return {
          file: shown,
          severity: "notice",
          rule: `${platform.rulePrefix}.unchecked`,
          message: `too large to check offline: more than ${_limits_js__WEBPACK_IMPORTED_MODULE_6__.jA} bytes, the most flowferry parses; ${platform.title} checks it on import`
        };
      }
      async function checkJsonFile(file, shown, platform) {
        let text;
        try {
          text = await readJsonText(file, shown);
        } catch (error) {
          if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.rJ && error.findings[0])
            return { finding: error.findings[0] };
          throw error;
        }
        if (text === void 0)
          return { finding: tooLargeToCheck(shown, platform) };
        try {
          return { text, document: JSON.parse(text) };
        } catch (error) {
          const syntax = (0, _json_location_js__WEBPACK_IMPORTED_MODULE_2__.UQ)(text) ?? { line: 1, col: 1, message: error.message };
          return { finding: { file: shown, line: syntax.line, col: syntax.col, severity: "error", rule: "json.syntax", message: `not valid JSON: ${syntax.message}` } };
        }
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
          const pointer = (0, _json_edit_js__WEBPACK_IMPORTED_MODULE_2__.rb)(spot.path);
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
        (0, _json_walk_js__WEBPACK_IMPORTED_MODULE_3__.fw)(text, (string, path) => {
          const replacement = byPointer.get((0, _json_edit_js__WEBPACK_IMPORTED_MODULE_2__.rb)(path()));
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
  73477: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        LH: () => (
          /* binding */
          untrustedLabelOrNumber
        ),
        /* harmony export */
        Mm: () => (
          /* binding */
          untrustedUrl
        ),
        /* harmony export */
        SL: () => (
          /* binding */
          fieldProblem
        ),
        /* harmony export */
        Tz: () => (
          /* binding */
          untrustedLabel
        ),
        /* harmony export */
        qO: () => (
          /* binding */
          untrustedMessage
        ),
        /* harmony export */
        wg: () => (
          /* binding */
          untrustedToken
        ),
        /* harmony export */
        yc: () => (
          /* binding */
          untrustedId
        )
        /* harmony export */
      });
      var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12032);
      var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61037);
      const ID_LIMIT = 256;
      const LABEL_LIMIT = 200;
      const MESSAGE_LIMIT = 500;
      const TOKEN_LIMIT = 16384;
      const HIDDEN = /[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]|[\ud800-\udfff]/u;
      function check(value, ctx, what, limit) {
        if (HIDDEN.test(value))
          ctx.addIssue({ code: "custom", message: `${what} holds a control character (${(0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__.Ui)(value, 80)})` });
        else if (value.length > limit)
          ctx.addIssue({ code: "custom", message: `${what} is ${value.length} characters long, more than ${limit}` });
        return value;
      }
      const untrustedId = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.union([_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.number()]).transform((value, ctx) => check(String(value), ctx, "an id", ID_LIMIT));
      const untrustedLabel = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value) => (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__.Ui)(value, LABEL_LIMIT));
      const untrustedLabelOrNumber = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.union([_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.number()]).transform((value) => (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__.Ui)(String(value), LABEL_LIMIT));
      const untrustedMessage = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value) => (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__.Ui)(value, MESSAGE_LIMIT));
      const untrustedToken = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value, ctx) => check(value, ctx, "the token", TOKEN_LIMIT)).refine((value) => !/\s/.test(value) && value.length >= 8, { message: "the token is not one word of at least 8 characters" });
      const untrustedUrl = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value) => value.trim()).transform((value, ctx) => check(value, ctx, "the link", 8192)).refine((value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https?:/i.test(value), { message: "the link is not an http(s) URL" });
      function fieldProblem(error) {
        const issue = error.issues.find((i) => i.code === "custom") ?? error.issues[0];
        if (!issue)
          return "unexpected shape";
        const where = issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ` : "";
        return (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__.Ui)(`${where}${issue.message}`, 200);
      }
    })
  ),
  /***/
  33690: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        q: () => (
          /* binding */
          platformHttp
        )
        /* harmony export */
      });
      var _core_http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52911);
      function platformHttp(settings, context, options) {
        return new _core_http_client_js__WEBPACK_IMPORTED_MODULE_0__.Qq({ baseUrl: settings.baseUrl, log: context.log, deadline: context.deadline, clock: context.clock, ...options });
      }
    })
  ),
  /***/
  63384: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        platform: () => (
          /* binding */
          platform
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
      ;
      const WORKFLOW_FILE = "workflow.json";
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
          file: WORKFLOW_FILE,
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
          const source = info.isDirectory() ? external_node_path_default().join(location, WORKFLOW_FILE) : location;
          if (info.isDirectory() && !await (0, fs.t2)(source) || !info.isDirectory() && !/\.json$/i.test(location)) {
            throw new errors.rJ(`${(0, fs.Gt)(location)}: neither a flowferry bundle nor a Zuora workflow export (a .json file)`, [], {
              hint: "Point path at a bundle directory (with flowferry.json) or at a Zuora export JSON file."
            });
          }
          const digest = await (0, core_bundle.s)(dir, source, WORKFLOW_FILE);
          let name = external_node_path_default().basename(location).replace(/\.json$/i, "");
          const document = (await (0, json_file.JE)(external_node_path_default().join(dir, WORKFLOW_FILE), (0, fs.Gt)(source)))?.value;
          const workflow = (0, canonical_json.OW)(document) && (0, canonical_json.OW)(document.workflow) ? document.workflow : void 0;
          if (typeof workflow?.name === "string" && workflow.name.trim())
            name = workflow.name.trim();
          return { name, files: [{ path: WORKFLOW_FILE, role: "workflow", digest }] };
        },
        async check(bundle) {
          const file = (0, core_bundle.W7)(bundle, "workflow");
          if (!file) {
            return [{ file: (0, core_bundle.pS)(bundle, "flowferry.json"), severity: "error", rule: "zuora.required", message: `the bundle has no ${WORKFLOW_FILE} (role workflow); Zuora's import needs it` }];
          }
          const shown = !bundle.adopted ? (0, fs.Gt)(file) : /\.json$/i.test(bundle.location) ? bundle.location : `${bundle.location}/${WORKFLOW_FILE}`;
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
          (0, json_location.FU)(text, places).forEach((position, i) => position && Object.assign(findings[i], position));
          return findings;
        };
        if (!(0, canonical_json.OW)(document)) {
          at([], "error", "zuora.shape", `${WORKFLOW_FILE} must hold the export document, an object {workflow, tasks, linkages}`);
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
      var phrasing = __webpack_require__(31677);
      var input_names = __webpack_require__(74098);
      ;
      const VERSION_SUFFIX = /\/v[12]$/i;
      const warned = /* @__PURE__ */ new Set();
      function atWorkflowApiRoot(settings, log) {
        const given = settings.baseUrl;
        if (!given || !VERSION_SUFFIX.test(given.pathname))
          return settings;
        const root = new URL(given.toString());
        root.pathname = given.pathname.replace(VERSION_SUFFIX, "") || "/";
        const shown = root.toString().replace(/\/$/, "");
        if (!warned.has(given.toString())) {
          warned.add(given.toString());
          log.warning(`${(0, phrasing.hF)(input_names.pd.BaseUrl)} '${given.toString()}' ends in '${given.pathname.slice(given.pathname.lastIndexOf("/"))}', the version prefix of Zuora's other REST APIs; the Workflow API and /oauth/token are at the host's root, so flowferry uses '${shown}'. Set ${(0, phrasing.Pe)(input_names.pd.BaseUrl, shown)} to silence this.`);
        }
        root.pathname = root.pathname.replace(/\/+$/, "");
        return { ...settings, baseUrl: root };
      }
      var core_crypto = __webpack_require__(16082);
      var core_clock = __webpack_require__(32257);
      var client = __webpack_require__(52911);
      var download = __webpack_require__(9766);
      var http_errors = __webpack_require__(46081);
      var limits = __webpack_require__(36419);
      var plain_file = __webpack_require__(19130);
      var facts = __webpack_require__(50303);
      var http = __webpack_require__(33690);
      var secrets = __webpack_require__(58010);
      var schema = __webpack_require__(12032);
      var reply_fields = __webpack_require__(73477);
      var untrusted_text = __webpack_require__(61037);
      ;
      const replies_text = schema.z.union([schema.z.string(), schema.z.number()]).transform(String);
      const tokenReply = schema.z.looseObject({
        // Registered as a secret and sent as a header: one printable word (core/reply-fields.ts).
        access_token: reply_fields.wg,
        token_type: schema.z.string().optional(),
        expires_in: schema.z.union([schema.z.number(), schema.z.string()]).optional(),
        scope: schema.z.string().optional(),
        jti: schema.z.string().optional()
      });
      function parseToken(value) {
        const parsed = tokenReply.safeParse(value);
        if (!parsed.success)
          throw new errors.vO(`get an OAuth token: Zuora's reply has no usable access_token (${(0, reply_fields.SL)(parsed.error)})`);
        const seconds = Number(parsed.data.expires_in);
        return { token: parsed.data.access_token, expiresIn: Number.isFinite(seconds) && seconds > 0 ? seconds : void 0 };
      }
      const versionSummary = schema.z.looseObject({
        id: reply_fields.yc.optional().nullable(),
        version: reply_fields.yc.optional().nullable(),
        status: reply_fields.Tz.optional().nullable()
      });
      const importReply = schema.z.looseObject({
        id: reply_fields.yc.optional().nullable(),
        workflow_definition_id: reply_fields.yc.optional().nullable(),
        original_workflow_id: reply_fields.yc.optional().nullable(),
        originalWorkflowId: reply_fields.yc.optional().nullable(),
        name: reply_fields.Tz.optional().nullable(),
        version: reply_fields.yc.optional().nullable(),
        status: reply_fields.Tz.optional().nullable(),
        active_version: versionSummary.optional().nullable()
      });
      function parseImport(value, what) {
        const parsed = importReply.safeParse(value);
        if (!parsed.success || !(parsed.data.id ?? parsed.data.workflow_definition_id)) {
          const problem = parsed.success ? "" : `${(0, reply_fields.SL)(parsed.error)}; `;
          throw new errors.vO(`${what}: Zuora's reply has no workflow id (${problem}reply: ${(0, untrusted_text.cW)(value)})`);
        }
        const reply = parsed.data;
        const active = reply.active_version ?? void 0;
        return {
          definitionId: reply.workflow_definition_id ?? reply.original_workflow_id ?? reply.originalWorkflowId ?? reply.id ?? void 0,
          name: reply.name ?? void 0,
          version: reply.version ?? void 0,
          status: reply.status ?? void 0,
          activeVersion: active ? { id: active.id ?? void 0, version: active.version ?? void 0, status: active.status ?? void 0 } : void 0
        };
      }
      function isErrorBody(value) {
        return value !== null && typeof value === "object" && ("errors" in value || "reasons" in value || value.success === false);
      }
      const versionList = schema.z.union([schema.z.looseObject({ data: schema.z.array(versionSummary) }), schema.z.array(versionSummary)]);
      function parseVersions(value, what) {
        const parsed = versionList.safeParse(value);
        if (!parsed.success)
          throw new errors.vO(`${what}: Zuora's reply has no list of versions (${(0, reply_fields.SL)(parsed.error)}; reply: ${(0, untrusted_text.cW)(value)})`);
        const items = Array.isArray(parsed.data) ? parsed.data : parsed.data.data;
        const versions = items.flatMap((item) => item.version ? [item.version] : []);
        if (items.length > 0 && versions.length === 0)
          throw new errors.vO(`${what}: Zuora listed ${items.length} versions but none says its version number (${(0, untrusted_text.cW)(items[0])})`);
        return versions;
      }
      function documentFacts(value) {
        const workflow = schema.z.looseObject({ workflow: schema.z.looseObject({ name: schema.z.string().optional().nullable(), version: reply_fields.LH.optional().nullable() }) }).safeParse(value);
        if (!workflow.success)
          return {};
        const name = workflow.data.workflow.name?.trim();
        return { name: name ? (0, untrusted_text.Ui)(name, 200) : void 0, version: workflow.data.workflow.version ?? void 0 };
      }
      const errorReply = schema.z.looseObject({
        errors: schema.z.array(schema.z.looseObject({ code: replies_text.optional().nullable(), status: replies_text.optional().nullable(), title: schema.z.string().optional().nullable(), message: schema.z.string().optional().nullable() })).optional(),
        reasons: schema.z.array(schema.z.looseObject({ code: replies_text.optional().nullable(), message: schema.z.string().optional().nullable() })).optional(),
        requestId: schema.z.string().optional(),
        processId: schema.z.string().optional(),
        error: schema.z.string().optional(),
        error_description: schema.z.string().optional(),
        message: schema.z.string().optional()
      });
      function errorText(body) {
        let value;
        try {
          value = JSON.parse(body);
        } catch {
          return void 0;
        }
        const parsed = errorReply.safeParse(value);
        if (!parsed.success)
          return void 0;
        const reply = parsed.data;
        const fromErrors = (reply.errors ?? []).map((e) => e.title ?? e.message).filter((m) => !!m);
        const fromReasons = (reply.reasons ?? []).map((r) => r.message).filter((m) => !!m);
        const messages = [...fromErrors, ...fromReasons];
        const message = messages.length > 0 ? messages.join("; ") : reply.error_description ?? reply.message ?? reply.error;
        if (!message)
          return void 0;
        const workflowCode = reply.errors?.[0]?.code === "invalid" ? void 0 : reply.errors?.[0]?.code;
        const code = workflowCode ?? reply.reasons?.[0]?.code ?? reply.error ?? void 0;
        return { message, code: code ?? void 0, requestId: reply.requestId ?? reply.processId };
      }
      function mentionsVersionConflict(message) {
        return /version/i.test(message) && /(greater|higher|exist|duplicate|unique|larger|lower|less)/i.test(message);
      }
      ;
      const REFRESH_MARGIN_MS = 3e5;
      const DEFAULT_LIFETIME_S = 3600;
      class ZuoraCredentials {
        source;
        http;
        clock;
        log;
        token;
        refreshAt = 0;
        pending;
        constructor(source, http2, clock, log) {
          this.source = source;
          this.http = http2;
          this.clock = clock;
          this.log = log;
          if (source.token) {
            this.token = source.token;
            this.refreshAt = Number.POSITIVE_INFINITY;
          }
        }
        get canRefresh() {
          return !!(this.source.clientId && this.source.clientSecret);
        }
        /** The token, fetched before the request is paced (core/http/credentials.ts says why). */
        async prepare() {
          await this.current();
        }
        async authorize(request) {
          request.headers.authorization = `Bearer ${await this.current()}`;
        }
        valid() {
          return !!this.token && this.clock.now() < this.refreshAt;
        }
        async refresh() {
          if (!this.canRefresh)
            return false;
          this.refreshAt = 0;
          await this.current();
          return true;
        }
        /** The token to send, fetched first when there is none or it is about to expire. */
        async current() {
          if (this.valid())
            return this.token;
          this.pending ??= this.fetch().finally(() => {
            this.pending = void 0;
          });
          return this.pending;
        }
        async fetch() {
          const { clientId, clientSecret } = this.source;
          const what = "get an OAuth token";
          const issued = await this.http.json({
            method: "POST",
            path: "/oauth/token",
            what,
            body: { kind: "form", fields: { client_id: clientId, client_secret: clientSecret, grant_type: "client_credentials" } },
            // A token request changes nothing in the tenant: a second one only issues a second token.
            idempotent: true
          }, parseToken).catch((error) => {
            if (error instanceof errors.j$ && (error.httpStatus === 400 || error.httpStatus === 401)) {
              throw error.withHint("Check client-id and client-secret, and that base-url is the REST host of the tenant the OAuth client belongs to (e.g. https://rest.apisandbox.zuora.com).");
            }
            throw error;
          });
          (0, secrets.cl)(issued.token);
          const lifetimeMs = (issued.expiresIn ?? DEFAULT_LIFETIME_S) * 1e3;
          this.refreshAt = this.clock.now() + Math.max(lifetimeMs - REFRESH_MARGIN_MS, lifetimeMs / 2);
          this.token = issued.token;
          this.log.info(`got an OAuth token, valid for ${Math.round(lifetimeMs / 1e3)} s`);
          return issued.token;
        }
      }
      ;
      const VERSION = /^\d+(\.\d+)*$/;
      function isVersion(text) {
        return VERSION.test(text);
      }
      function compareVersions(a, b) {
        const left = a.split(".").map(Number);
        const right = b.split(".").map(Number);
        for (let i = 0; i < Math.max(left.length, right.length); i++) {
          const difference = (left[i] ?? 0) - (right[i] ?? 0);
          if (difference !== 0)
            return Math.sign(difference);
        }
        return 0;
      }
      function highestVersion(versions) {
        return versions.filter(isVersion).reduce((best, v) => best === void 0 || compareVersions(v, best) > 0 ? v : best, void 0);
      }
      function nextVersion(version) {
        if (version === void 0 || !isVersion(version))
          return "0.0.1";
        const parts = version.split(".").map(Number);
        while (parts.length < 3)
          parts.push(0);
        parts[parts.length - 1] += 1;
        return parts.join(".");
      }
      class WorkflowVersions {
        http;
        log;
        wanted;
        constructor(http2, log, wanted) {
          this.http = http2;
          this.log = log;
          this.wanted = wanted;
        }
        /**
         * The workflow's version numbers; undefined when Zuora would not list them although the
         * workflow exists (the import then leaves the check to Zuora). A 404 for the workflow itself
         * is thrown.
         */
        async existing(id2) {
          try {
            return await this.list(id2);
          } catch (error) {
            if (error instanceof errors.vO) {
              this.log.warning(`${error.message}; Zuora checks the version itself on import`);
              return void 0;
            }
            if (!(error instanceof errors.j$) || error.httpStatus === 401 || error.httpStatus === 403)
              throw error;
            await this.http.request({ method: "GET", path: `/workflows/${encodeURIComponent(id2)}`, what: `read workflow ${id2}` }, (reply) => (0, client.Vh)(reply, `read workflow ${id2}`));
            this.log.warning(`Zuora did not list the versions of workflow ${id2} (HTTP ${error.httpStatus}: ${error.detail}); it checks the version itself on import`);
            return void 0;
          }
        }
        async list(id2) {
          const what = `list the versions of workflow ${id2}`;
          return this.http.json({ method: "GET", path: `/workflows/${encodeURIComponent(id2)}/versions`, what }, (value) => parseVersions(value, what));
        }
        /** `version` as given, checked; for a new definition it may be empty (Zuora takes the document's). */
        requested() {
          const version = this.wanted;
          if (version !== void 0 && !isVersion(version))
            throw new errors.dz(input_names.pd.Version, `'${version}' is not a version number`, "0.0.2");
          return version;
        }
        /** The version a version import creates: `version`, which must be greater than every existing one, or the next patch. */
        async toCreate(id2) {
          const wanted = this.requested();
          const versions = await this.existing(id2);
          if (!versions) {
            if (wanted !== void 0)
              return wanted;
            throw new errors.dz(input_names.pd.Version, `Zuora did not list the versions of workflow ${id2}, so flowferry cannot choose the next one`, "0.0.2");
          }
          const highest = highestVersion(versions);
          if (wanted === void 0) {
            const next = nextVersion(highest);
            this.log.info(`no version given: importing as ${next}, the next after ${highest ?? "none"}`);
            return next;
          }
          if (highest !== void 0 && compareVersions(wanted, highest) <= 0) {
            throw new errors.dz(input_names.pd.Version, versionConflict(wanted, id2, highest), nextVersion(highest));
          }
          return wanted;
        }
        /** Zuora's own refusal of a version (its wording is not documented), restated with the highest version. */
        async explainConflict(error, id2, version) {
          if (!(error instanceof errors.j$) || ![200, 400, 409, 422].includes(error.httpStatus) || !version || !/version/i.test(error.detail))
            return error;
          const highest = id2 ? highestVersion(await this.list(id2).catch(() => [])) : void 0;
          const conflict = mentionsVersionConflict(error.detail) || highest !== void 0 && compareVersions(version, highest) <= 0;
          const message = conflict ? `${versionConflict(version, id2, highest)}. Zuora said: ${error.detail}` : `Zuora refused version ${version}${highest ? ` (the highest existing version${id2 ? ` of workflow ${id2}` : ""} is ${highest})` : ""}: ${error.detail}`;
          const hint = highest ? `Set version to one greater than ${highest}, e.g. version: ${nextVersion(highest)}.` : `Set version to one greater than every existing version${id2 ? ` of workflow ${id2}` : ""} (Zuora's workflow page lists them).`;
          return error.withDetail(message, hint);
        }
      }
      function versionConflict(version, id2, highest) {
        return `version ${version} is not greater than the existing versions${id2 ? ` of workflow ${id2}` : ""}${highest ? ` (highest: ${highest})` : ""}; Zuora only accepts a version greater than all of them`;
      }
      ;
      const IN_FLIGHT_LIMIT_MS = 13e4;
      const IN_FLIGHT_PAUSE_MS = 5e3;
      const IN_PROGRESS = /in progress|processing|being processed|in flight|concurrent|idempotency/i;
      const GZIP_ABOVE = 1e3;
      class ZuoraClient {
        settings;
        context;
        http;
        credentials;
        versions;
        /** Sent on every request (Zuora-Track-Id) and logged, so Zuora support can find this run's calls. */
        trackId = `flowferry-${(0, core_crypto.po)(8).toString("hex")}`;
        constructor(settings, context) {
          this.settings = settings;
          this.context = context;
          const trackId = this.trackId;
          const describeError = ({ status, headers, text }) => {
            const known = errorText(text);
            const generic = (0, client.Ve)(headers, text);
            const requestId = zuoraRequestId(headers) ?? known?.requestId ?? generic.requestId;
            if (status === 409 && isResultBody(text))
              return { message: text, code: REPLAYED, requestId };
            const message = known?.message ?? generic.message;
            return {
              message,
              code: known?.code,
              requestId,
              // A 409 that refuses the version is an answer, not a wait.
              throttled: status === 409 && !mentionsVersionConflict(message),
              hint: `${(0, client.jF)(status) ?? ""} Zuora-Track-Id ${trackId} finds this run's calls at Zuora support.`.trim()
            };
          };
          const common = { describeError, requestIdHeader: facts.u, headers: { "zuora-track-id": trackId, accept: "application/json" } };
          this.credentials = new ZuoraCredentials(settings.own, (0, http.q)(settings, context, common), context.clock ?? core_clock.m, context.log);
          const credentials = this.credentials.canRefresh ? this.credentials : { authorize: this.credentials.authorize.bind(this.credentials) };
          this.http = (0, http.q)(settings, context, { ...common, credentials, gzipRequestsAbove: GZIP_ABOVE });
          this.versions = new WorkflowVersions(this.http, context.log, settings.own.version);
          context.log.info(`Zuora-Track-Id: ${trackId} (give it to Zuora support with the Zuora-Request-Id of a failing call)`);
        }
        async importBundle(bundle) {
          const file = (0, core_bundle.W7)(bundle, "workflow");
          if (!file)
            throw new errors.rJ(`${bundle.location}: a Zuora import needs ${WORKFLOW_FILE} (role workflow)`);
          const { body, document } = await importBody(bundle, file);
          const facts2 = documentFacts(document);
          const existing = this.settings.workflowId;
          const version = existing ? await this.versions.toCreate(existing) : this.versions.requested();
          const what = existing ? `import version ${version} into workflow ${existing}` : `import "${facts2.name ?? bundle.manifest.name}" as a new workflow`;
          let requestId;
          const key = (0, core_crypto.N4)();
          const clock = this.context.clock ?? core_clock.m;
          const started = clock.now();
          const send = () => this.http.request({
            method: "POST",
            path: existing ? `/workflows/${encodeURIComponent(existing)}/versions/import` : "/workflows/import",
            query: { version, activate: this.settings.own.activate },
            headers: { "idempotency-key": key },
            body,
            idempotent: true,
            what
          }, async (answer) => {
            requestId = zuoraRequestId(answer.headers);
            return parseImport(await readResult(answer, what), what);
          });
          let reply;
          for (; ; ) {
            try {
              reply = await send();
              break;
            } catch (error) {
              if (error instanceof errors.j$ && error.code === REPLAYED) {
                requestId = error.requestId;
                this.context.log.info(`${what}: Zuora answered 409 with the first attempt's result`);
                reply = parseImport(JSON.parse(error.reply ?? error.detail), what);
                break;
              }
              if (!(error instanceof errors.j$ && error.httpStatus === 409 && !mentionsVersionConflict(error.detail))) {
                throw await this.versions.explainConflict(error, existing, version);
              }
              if (!IN_PROGRESS.test(error.detail)) {
                throw error.withHint(`Zuora answered every attempt of this import (one Idempotency-Key) with 409: either its refusal of the first attempt, replayed, or that attempt is still running. Look for the ${existing ? `new version of workflow ${existing}` : "new workflow definition"} in Zuora before ${(0, phrasing.MZ)("rerunning")}.`);
              }
              const waited = clock.now() - started;
              const pause = Math.min(IN_FLIGHT_PAUSE_MS, this.context.deadline.remaining() - 1e3);
              if (waited >= IN_FLIGHT_LIMIT_MS || pause <= 0) {
                throw error.withDetail(`Zuora was still processing the first attempt of this import after ${Math.round(waited / 1e3)} s (${error.detail}); it may yet complete`, `Look for the ${existing ? `new version of workflow ${existing}` : "new workflow definition"} in Zuora before ${(0, phrasing.MZ)("rerunning")}: a new run sends a new Idempotency-Key, so Zuora would import it a second time.`);
              }
              this.context.log.info(`${what}: Zuora is still processing the first attempt (HTTP 409); asking again with the same Idempotency-Key in ${Math.round(pause / 1e3)} s`);
              await clock.sleep(pause, this.context.deadline.signal());
            }
          }
          const imported = existing ? version : reply.version ?? version ?? facts2.version;
          const active = existing && reply.activeVersion ? reply.activeVersion.version === imported : this.settings.own.activate;
          const status = existing ? active ? reply.activeVersion?.status ?? "Active" : "Inactive" : reply.status ?? (active ? "Active" : "Inactive");
          const workflowId = existing ?? reply.definitionId;
          this.context.log.info(`${what}: Zuora created version ${imported ?? "(unnamed)"} of workflow ${workflowId}, ${status}${requestId ? ` (Zuora-Request-Id ${requestId})` : ""}`);
          return { workflowId, workflowName: reply.name ?? facts2.name, version: imported, platformStatus: status };
        }
        /**
         * `version` empty means the active version
         * (https://developer.zuora.com/v1-api-reference/api/operation/GET_WorkflowExport/). A workflow whose versions are all inactive
         * (a first import is inactive) has none; then the latest is exported, and the log says so.
         */
        async exportWorkflow(staging) {
          const id2 = this.settings.workflowId;
          const requested = this.settings.own.version;
          if (requested !== void 0 && requested !== "latest" && !isVersion(requested)) {
            throw new errors.dz(input_names.pd.Version, `'${requested}' is neither a version number nor 'latest'; leave it empty for the active version`, "0.0.3");
          }
          const file = external_node_path_default().join(staging, WORKFLOW_FILE);
          let version = requested;
          let document;
          try {
            document = await this.download(id2, version, file);
          } catch (error) {
            if (!(error instanceof errors.j$ && error.httpStatus === 404 && requested === void 0))
              throw error;
            this.context.log.info(`workflow ${id2} has no active version (Zuora answered 404: ${error.detail}); exporting its latest version instead`);
            version = "latest";
            document = await this.download(id2, version, file).catch((second) => {
              throw second instanceof errors.j$ && second.httpStatus === 404 ? error : second;
            });
          }
          const facts2 = documentFacts(document);
          const exported = facts2.version ?? (version === "latest" ? void 0 : version);
          this.context.log.info(`exported version ${exported ?? version ?? "(active)"} of workflow ${id2}`);
          return {
            exported: { name: facts2.name ?? id2, workflowId: id2, version: exported, files: [{ path: WORKFLOW_FILE, role: "workflow" }] },
            workflowId: id2,
            version: exported,
            platformStatus: "exported"
          };
        }
        /**
         * Dry run: a token is fetched (client credentials) or the given one is tried, and for a version
         * import the existing versions are read, so a version that is not greater fails here and not
         * half-way through a promotion. Nothing is changed.
         */
        async preflight(bundle) {
          const file = (0, core_bundle.pS)(bundle, "flowferry.json");
          const report = { checked: [], unchecked: [], findings: [] };
          const error = (rule, message) => report.findings.push({ file, severity: "error", rule, message });
          const existing = this.settings.workflowId;
          try {
            if (existing) {
              const versions = await this.versions.existing(existing);
              const highest = versions && highestVersion(versions);
              const wanted = this.settings.own.version;
              if (wanted !== void 0 && !isVersion(wanted))
                error("zuora.version", `version '${wanted}' is not a version number such as ${nextVersion(highest)}`);
              else if (wanted !== void 0 && highest !== void 0 && compareVersions(wanted, highest) <= 0)
                error("zuora.version", versionConflict(wanted, existing, highest));
              else if (!versions && !wanted)
                error("zuora.version", `Zuora did not list the versions of workflow ${existing}; set version to the version to create`);
              else if (!versions)
                report.unchecked.push(`whether version ${wanted} is greater than the versions of workflow ${existing}: Zuora did not list them`);
              else
                report.checked.push(`the import would create version ${wanted ?? nextVersion(highest)} of workflow ${existing} (highest existing: ${highest ?? "none"})${this.settings.own.activate ? " and activate it" : ""}`);
            } else {
              this.versions.requested();
              await this.credentials.current();
              await this.http.request({ method: "GET", path: "/workflows", query: { page: 1, page_length: 1 }, what: "check the credentials by listing workflows" }, (reply) => (0, client.Vh)(reply, "list workflows")).catch((error2) => {
                if (!(error2 instanceof errors.j$) || error2.httpStatus === 401 || error2.httpStatus === 403)
                  throw error2;
                this.context.log.info(`listing workflows answered HTTP ${error2.httpStatus}; the credentials were accepted`);
              });
              report.checked.push("the import would create a new workflow definition");
            }
            report.checked.unshift("Zuora accepts the credentials");
          } catch (caught) {
            if (!(caught instanceof errors.j$))
              throw caught;
            if (caught.httpStatus === 401 || caught.httpStatus === 403 || caught.path === "/oauth/token") {
              error("zuora.credentials", `Zuora refused the credentials (HTTP ${caught.httpStatus}: ${caught.detail}); check ${this.credentials.canRefresh ? "client-id, client-secret" : "token"} and the OAuth client's Workflow permissions`);
            } else if (caught.httpStatus === 404 && existing) {
              error("zuora.target", `Zuora has no workflow ${existing} (HTTP 404); check workflow-id`);
            } else
              throw caught;
          }
          return report;
        }
        /** Saves the export into `file`; the document as parsed on the way, when it is small enough to parse. */
        async download(id2, version, file) {
          const what = `export ${version ? `version ${version}` : "the active version"} of workflow ${id2}`;
          return this.http.request({ method: "GET", path: `/workflows/${encodeURIComponent(id2)}/export`, query: { version }, what }, async (reply) => {
            const saved = await (0, download.f)(file)(reply);
            if (saved.bytes > limits.jA)
              return void 0;
            const parsed = await (0, json_file.JE)(file);
            if (!parsed)
              throw new http_errors._(`${what}: the reply is not a JSON export document (${saved.bytes} bytes)`);
            const value = parsed.value;
            if (isErrorBody(value) && value.success === false)
              throw unsuccessful(reply, value, "GET");
            return value;
          });
        }
      }
      async function importBody(bundle, file) {
        const shown = (0, core_bundle.pS)(bundle, WORKFLOW_FILE);
        const { size } = await (0, promises_.stat)(file);
        if (size > limits.oX) {
          throw new errors.rJ(`${shown}: ${size} bytes is more than flowferry sends in one Zuora import (${limits.oX} bytes)`);
        }
        if (size > limits.jA) {
          return { body: { kind: "file", file, size, contentType: "application/json" }, document: await (0, json_file.Aj)(file, shown) };
        }
        const data = await (0, plain_file.b$)(file, { shown }, limits.jA);
        return { body: { kind: "bytes", data, contentType: "application/json" }, document: JSON.parse((0, json_file.vA)(data.toString("utf8"))) };
      }
      const REPLAYED = "replayed-result";
      function isResultBody(text) {
        try {
          const value = JSON.parse(text);
          return value !== null && typeof value === "object" && !Array.isArray(value) && !isErrorBody(value);
        } catch {
          return false;
        }
      }
      async function readResult(reply, what) {
        const value = await (0, client.Vh)(reply, what);
        if (isErrorBody(value) && value.success === false)
          throw unsuccessful(reply, value, "POST");
        return value;
      }
      function unsuccessful(reply, value, method) {
        const known = errorText(JSON.stringify(value));
        return new errors.j$(reply.status, method, reply.url.pathname, known?.message ?? "success: false", known?.code, zuoraRequestId(reply.headers) ?? known?.requestId);
      }
      function zuoraRequestId(headers) {
        const value = headers[facts.u];
        return Array.isArray(value) ? value[0] : value;
      }
      ;
      const platform = {
        ...facts.k,
        rules: zuoraRules,
        connect: (settings, context) => new ZuoraClient(atWorkflowApiRoot(settings, context.log), context)
      };
    })
  )
};
