export const id = 821;
export const ids = [821, 862];
export const modules = {
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
      var _json_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5737);
      var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36419);
      var _plain_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19130);
      async function readJsonText(file, shown = (0, _fs_js__WEBPACK_IMPORTED_MODULE_1__.Gt)(file)) {
        const bytes = await (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.$p)(file, { shown }, _limits_js__WEBPACK_IMPORTED_MODULE_4__.jA);
        return bytes === void 0 ? void 0 : (0, _json_text_js__WEBPACK_IMPORTED_MODULE_2__.s$)(bytes, shown);
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
        const { handle, info } = await (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.rr)(file, { shown });
        try {
          if (info.size <= BigInt(_limits_js__WEBPACK_IMPORTED_MODULE_4__.jA))
            return void 0;
          const head = Buffer.alloc(HEAD_BYTES);
          const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
          const { leadingFields } = await Promise.all(
            /* import() */
            [__webpack_require__.e(547), __webpack_require__.e(603)]
          ).then(__webpack_require__.bind(__webpack_require__, 33603));
          return leadingFields(withoutBom(head.subarray(0, bytesRead).toString("utf8")));
        } finally {
          await handle.close();
        }
      }
      function tooLargeToCheck(shown, platform) {
        return {
          file: shown,
          severity: "notice",
          rule: `${platform.rulePrefix}.unchecked`,
          message: `too large to check offline: more than ${_limits_js__WEBPACK_IMPORTED_MODULE_4__.jA} bytes, the most flowferry parses; ${platform.title} checks it on import`
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
          const { jsonSyntaxError } = await Promise.all(
            /* import() */
            [__webpack_require__.e(547), __webpack_require__.e(49)]
          ).then(__webpack_require__.bind(__webpack_require__, 25049));
          const syntax = jsonSyntaxError(text) ?? { line: 1, col: 1, message: error.message };
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
  61137: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        G: () => (
          /* binding */
          withSettings
        )
        /* harmony export */
      });
      function withSettings(context, overrides) {
        const settings = { ...context.settings, ...overrides };
        let client;
        return {
          ...context,
          settings,
          client: () => client ??= context.platform.connect(settings, { log: context.log, deadline: context.deadline, clock: context.clock, idToken: context.idToken })
        };
      }
    })
  ),
  /***/
  47821: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        diffOperation: () => (
          /* binding */
          diffOperation
        )
      });
      var promises_ = __webpack_require__(51455);
      var external_node_os_ = __webpack_require__(48161);
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var core_bundle = __webpack_require__(33303);
      var concurrency = __webpack_require__(88904);
      var canonical_json = __webpack_require__(60484);
      var json_depth = __webpack_require__(19033);
      var markdown = __webpack_require__(16706);
      var untrusted_text = __webpack_require__(61037);
      ;
      function diffDocuments(before, after, rules = {}) {
        const ignore = (rules.ignore ?? []).map(compile);
        const matchBy = Object.entries(rules.matchBy ?? {}).map(([pattern, key]) => ({ pattern: compile(pattern), key }));
        const changes = [];
        const walk = (a, b, path) => {
          (0, json_depth.RV)(path.length);
          if (ignore.some((pattern) => matches(pattern, path)))
            return;
          if ((0, canonical_json.OW)(a) && (0, canonical_json.OW)(b)) {
            for (const key of [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
              const child = [...path, key];
              if (!(key in b))
                record("removed", child, a[key], void 0);
              else if (!(key in a))
                record("added", child, void 0, b[key]);
              else
                walk(a[key], b[key], child);
            }
            return;
          }
          if (Array.isArray(a) && Array.isArray(b)) {
            const key = matchBy.find((m) => matches(m.pattern, path))?.key;
            if (key && keyed(a, key) && keyed(b, key)) {
              const left = new Map(a.map((item) => [String(item[key]), item]));
              const right = new Map(b.map((item) => [String(item[key]), item]));
              for (const id2 of [.../* @__PURE__ */ new Set([...left.keys(), ...right.keys()])].sort()) {
                const child = [...path, `[${key}=${id2}]`];
                if (!right.has(id2))
                  record("removed", child, left.get(id2), void 0);
                else if (!left.has(id2))
                  record("added", child, void 0, right.get(id2));
                else
                  walk(left.get(id2), right.get(id2), child);
              }
              return;
            }
            for (let i = 0; i < Math.max(a.length, b.length); i++) {
              const child = [...path, `[${i}]`];
              if (i >= b.length)
                record("removed", child, a[i], void 0);
              else if (i >= a.length)
                record("added", child, void 0, b[i]);
              else
                walk(a[i], b[i], child);
            }
            return;
          }
          if (!Object.is(a, b) && !rules.fits?.(b, a))
            record("changed", path, a, b);
        };
        const record = (kind, path, a, b) => {
          if (ignore.some((pattern) => matches(pattern, path)))
            return;
          changes.push({ path: formatPath(path), kind, ...kind !== "added" ? { before: a } : {}, ...kind !== "removed" ? { after: b } : {} });
        };
        walk(before, after, []);
        return changes;
      }
      function keyed(items, key) {
        const seen = /* @__PURE__ */ new Set();
        for (const item of items) {
          if (!(0, canonical_json.OW)(item))
            return false;
          const value2 = item[key];
          if (typeof value2 !== "string" && typeof value2 !== "number")
            return false;
          if (seen.has(String(value2)))
            return false;
          seen.add(String(value2));
        }
        return true;
      }
      function compile(pattern) {
        return pattern.split(".").filter(Boolean);
      }
      function matches(pattern, path) {
        if (pattern.length === 0)
          return path.length === 0;
        const [head, ...rest] = pattern;
        if (head === "**")
          return rest.length === 0 || path.some((_, i) => matches(rest, path.slice(i))) || matches(rest, []);
        if (path.length === 0)
          return false;
        return (head === "*" || head === path[0]) && matches(rest, path.slice(1));
      }
      function formatPath(path) {
        if (path.length === 0)
          return "(document)";
        return path.map((segment, i) => segment.startsWith("[") || i === 0 ? segment : `.${segment}`).join("");
      }
      function renderChanges(title, changes, limit = 200) {
        if (changes.length === 0)
          return `**${title}:** no changes`;
        const rows = changes.slice(0, limit).map((change) => {
          const icon = change.kind === "added" ? "\u2795" : change.kind === "removed" ? "\u2796" : "\u270F\uFE0F";
          return `| ${icon} ${change.kind} | ${(0, markdown.D9)(change.path, { table: true })} | ${value(change.before, change.kind === "added")} | ${value(change.after, change.kind === "removed")} |`;
        });
        const more = changes.length > limit ? [`| \u2026 | ${changes.length - limit} more changes | | |`] : [];
        return [`**${(0, markdown.p7)(title)}** (${changes.length} change${changes.length > 1 ? "s" : ""})`, "", "| | Path | Live | Bundle |", "|---|---|---|---|", ...rows, ...more].join("\n");
      }
      function value(v, absent) {
        if (absent)
          return "\u2014";
        return (0, markdown.D9)((0, untrusted_text.cW)(v, 80), { table: true });
      }
      var yauzl = __webpack_require__(20663);
      var errors = __webpack_require__(74296);
      var fs = __webpack_require__(78616);
      var json_file = __webpack_require__(59656);
      var placeholders = __webpack_require__(73593);
      var core_zip = __webpack_require__(5644);
      ;
      async function compareFiles(live, bundled, rule) {
        const rules = { ignore: rule?.diff?.ignore ?? [], matchBy: rule?.diff?.matchBy, fits: placeholders.Z5 };
        if (await (0, core_zip.G5)(live) && await (0, core_zip.G5)(bundled))
          return compareZips(live, bundled, rules.ignore);
        const [a, b] = await Promise.all([(0, json_file.JE)(live), (0, json_file.JE)(bundled)]);
        if (a !== void 0 && b !== void 0) {
          const normalize = rule?.diff?.normalize ?? ((document) => document);
          return diffDocuments(normalize(a.value), normalize(b.value), rules);
        }
        const [da, db] = await Promise.all([(0, fs.TM)(live), (0, fs.TM)(bundled)]);
        return da.sha256 === db.sha256 ? [] : [{ path: "(file)", kind: "changed", before: `sha256 ${da.sha256.slice(0, 12)}\u2026`, after: `sha256 ${db.sha256.slice(0, 12)}\u2026` }];
      }
      const JSON_ENTRY_LIMIT = 8 * 1024 * 1024;
      async function compareZips(live, bundled, ignore) {
        for (const file of [bundled, live]) {
          const { findings } = await (0, core_zip.wo)(file);
          if (findings.length > 0)
            throw new errors.rJ(`${(0, fs.Gt)(file)}: refused to compare: ${findings.map((f) => f.message).join("; ")}`, findings);
        }
        const [a, b] = await Promise.all([zipEntries(live), zipEntries(bundled)]);
        const before = { ...a };
        const after = { ...b };
        for (const [name, entry] of Object.entries(a)) {
          const other = b[name];
          if (!other || other.crc32 === entry.crc32 || entry.size > JSON_ENTRY_LIMIT || other.size > JSON_ENTRY_LIMIT)
            continue;
          const [x, y] = await Promise.all([jsonEntry(live, name), jsonEntry(bundled, name)]);
          if (x === void 0 || y === void 0)
            continue;
          before[name] = { content: x.value };
          after[name] = { content: y.value };
        }
        return diffDocuments(before, after, { ignore });
      }
      async function jsonEntry(file, name) {
        const zip = await yauzl.openPromise(file, { decodeStrings: true });
        try {
          let entry = await (0, core_zip.oP)(zip);
          while (entry && entry.fileName !== name)
            entry = await (0, core_zip.oP)(zip);
          if (!entry)
            return void 0;
          const chunks = [];
          for await (const chunk of await zip.openReadStreamPromise(entry))
            chunks.push(chunk);
          const text = Buffer.concat(chunks).toString("utf8");
          if ((0, json_depth.DI)(text) !== void 0)
            return void 0;
          return { value: JSON.parse(text) };
        } catch {
          return void 0;
        } finally {
          zip.close();
        }
      }
      async function zipEntries(file) {
        const zip = await yauzl.openPromise(file, { decodeStrings: true });
        const entries = {};
        try {
          await new Promise((resolve, reject) => {
            zip.on("entry", (entry) => {
              if (!entry.fileName.endsWith("/"))
                entries[entry.fileName] = { size: entry.uncompressedSize, crc32: entry.crc32.toString(16).padStart(8, "0") };
              zip.readEntry();
            });
            zip.on("end", resolve);
            zip.on("error", reject);
            zip.readEntry();
          });
        } finally {
          zip.close();
        }
        return entries;
      }
      var input_names = __webpack_require__(74098);
      var operations_context = __webpack_require__(61137);
      var bundles = __webpack_require__(63087);
      var operations_export = __webpack_require__(77862);
      var operations_result = __webpack_require__(94649);
      ;
      async function diffOperation(context) {
        const locations = await (0, bundles.q_)(context.settings.path);
        return (0, concurrency.sf)(locations, context.settings.concurrency, (location) => diffOne(context, location));
      }
      async function diffOne(outer, location) {
        const { platform, settings, log } = outer;
        const result = (0, operations_result.YT)(platform.name, "diff", { workflowId: settings.workflowId, path: (0, fs.Gt)(location) });
        return (0, operations_result.G9)(result, outer.clock, async (cleanup) => {
          const bundle = await (0, bundles.hk)(location, outer, cleanup);
          result.path = bundle.location;
          result.workflowName = bundle.manifest.name;
          const context = (0, operations_context.G)(outer, { workflowId: liveWorkflowId(outer, bundle) });
          result.workflowId = context.settings.workflowId;
          const staging = await (0, promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP ?? (0, external_node_os_.tmpdir)(), "flowferry-live-"));
          cleanup.push(staging);
          const live = await (0, operations_export.exportLive)(context, staging, result, { wait: true });
          if (!live)
            throw new Error("the export of the live workflow did not finish");
          const sections = [];
          const changes = [];
          const files = [];
          const rules = await platform.loadRules();
          const roles = /* @__PURE__ */ new Set([...bundle.manifest.files.map((file) => file.role), ...live.exported.files.map((file) => file.role)]);
          for (const role of roles) {
            const rule = rules.roles.find((r) => r.role === role);
            const bundled = (0, core_bundle.W7)(bundle, role);
            const liveFile = live.exported.files.find((file) => file.role === role);
            const name = bundle.manifest.files.find((file) => file.role === role)?.path ?? liveFile?.path ?? role;
            let fileChanges;
            if (!bundled)
              fileChanges = [{ path: "(file)", kind: "removed", before: liveFile?.path }];
            else if (!liveFile)
              fileChanges = [{ path: "(file)", kind: "added", after: name }];
            else
              fileChanges = await compareFiles(external_node_path_default().join(staging, ...liveFile.path.split("/")), bundled, rule);
            changes.push(...fileChanges);
            if (fileChanges.length > 0) {
              sections.push(renderChanges(`${name}`, fileChanges));
              files.push({ file: name, total: fileChanges.length, changes: fileChanges.slice(0, 200) });
            }
          }
          if (files.length > 0)
            result.diffFiles = files;
          result.changed = changes.length > 0;
          result.diff = sections.length > 0 ? sections.join("\n\n") : `No changes: the live workflow matches ${(0, fs.Gt)(bundle.dir)}.`;
          log.info(result.changed ? `${bundle.location}: ${changes.length} change(s) against the live workflow ${result.workflowId}:
${changes.slice(0, 50).map((c) => `  ${c.kind} ${c.path}`).join("\n")}${changes.length > 50 ? `
  \u2026 and ${changes.length - 50} more (the job summary shows up to 200 per file)` : ""}` : `${bundle.location}: no changes against the live workflow ${result.workflowId}`);
          if (result.changed && settings.failOnDrift) {
            result.status = "failed";
            result.message = `${bundle.location}: the live workflow ${result.workflowId} differs from the bundle in ${changes.length} place(s)`;
            result.hint = "The summary lists each change. Import the bundle, or export the live workflow into the bundle, to bring them together.";
          }
        });
      }
      function liveWorkflowId(context, bundle) {
        const { settings } = context;
        if (settings.workflowId || settings.workflowName)
          return settings.workflowId;
        const source = bundle.manifest.source;
        if (source?.workflowId && source.origin === settings.baseUrl?.origin)
          return source.workflowId;
        throw new errors.dz(input_names.pd.WorkflowId, source?.origin ? `diff needs the live workflow's id: ${bundle.location} was exported from ${source.origin}, not from ${settings.baseUrl?.origin}, so its id does not apply here` : `diff needs the live workflow's id, and ${bundle.location} does not record where it was exported from`, source?.workflowId ?? "a-1234abcd");
      }
    })
  ),
  /***/
  77862: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        collect: () => (
          /* binding */
          collect
        ),
        /* harmony export */
        exportLive: () => (
          /* binding */
          exportLive
        ),
        /* harmony export */
        exportOperation: () => (
          /* binding */
          exportOperation
        ),
        /* harmony export */
        finishExport: () => (
          /* binding */
          finishExport
        )
        /* harmony export */
      });
      var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
      var _core_bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33303);
      var _core_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78616);
      var _core_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56107);
      var _core_phrasing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31677);
      var _input_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74098);
      var _core_artifact_name_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(70761);
      var _job_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66114);
      var _result_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(94649);
      async function exportOperation(context) {
        const { platform, settings } = context;
        const result = (0, _result_js__WEBPACK_IMPORTED_MODULE_7__.YT)(platform.name, "export", { workflowId: settings.workflowId, workflowName: settings.workflowName });
        await (0, _result_js__WEBPACK_IMPORTED_MODULE_7__.G9)(result, context.clock, async (cleanup) => {
          const target = await (0, _core_paths_js__WEBPACK_IMPORTED_MODULE_3__.cO)(settings.path, _input_names_js__WEBPACK_IMPORTED_MODULE_5__.pd.Path);
          const staging = await (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_2__.UN)(target);
          cleanup.push(staging);
          const live = await exportLive(context, staging, result);
          if (live)
            await finishExport(context, result, live.exported, staging, target, live.job);
        });
        return [result];
      }
      async function exportLive(context, staging, result, options = {}) {
        const client = context.client();
        const outcome = await context.log.group(`Export from ${context.platform.title}`, () => client.exportWorkflow(staging));
        result.workflowId = outcome.workflowId ?? result.workflowId;
        result.version = outcome.version ?? result.version;
        result.downloadUrl = outcome.downloadUrl;
        result.platformStatus = outcome.platformStatus;
        if (outcome.exported)
          return { exported: outcome.exported };
        const job = await (0, _job_js__WEBPACK_IMPORTED_MODULE_6__.B)(context, outcome.job, result, `the export of workflow ${result.workflowId}`, options);
        if (!job)
          return void 0;
        result.downloadUrl = job.downloadUrl ?? result.downloadUrl;
        return { exported: await collect(context, job, staging), job };
      }
      async function collect(context, job, staging) {
        const client = context.client();
        if (!client.collectExport)
          throw new Error(`${context.platform.name} ran an export job but cannot collect its files`);
        return client.collectExport(job, staging);
      }
      async function finishExport(context, result, exported, staging, target, job) {
        const { platform, settings, log } = context;
        result.workflowId = exported.workflowId;
        result.workflowName = exported.name;
        result.version = exported.version ?? result.version;
        const unsearched = [];
        const [{ writeBundle }, rules] = await Promise.all([Promise.all(
          /* import() */
          [__webpack_require__.e(547), __webpack_require__.e(644), __webpack_require__.e(6), __webpack_require__.e(913)]
        ).then(__webpack_require__.bind(__webpack_require__, 34913)), platform.loadRules()]);
        const manifest = await log.group(`Write the bundle to ${(0, _core_fs_js__WEBPACK_IMPORTED_MODULE_2__.Gt)(target)}`, () => writeBundle({
          staging,
          target,
          platform: platform.name,
          name: exported.name,
          source: provenance(context, exported, job),
          files: exported.files,
          rules: rules.roles,
          redact: settings.redactSecrets,
          onUnsearched: (file, reason2) => unsearched.push(`${file} (${reason2})`)
        }));
        if (unsearched.length > 0) {
          const note = `redact-secrets could not search ${unsearched.join(", ")}: check it for credentials before committing or sharing the bundle`;
          log.warning(note);
          result.notes = [...result.notes ?? [], note];
        }
        result.path = (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_2__.Gt)(target);
        result.files = [_core_bundle_js__WEBPACK_IMPORTED_MODULE_1__.e0, ...manifest.files.map((file) => file.path)].map((file) => `${result.path}/${file}`);
        log.info(`wrote ${result.path}: ${manifest.files.map((file) => `${file.path} (${file.bytes} bytes)`).join(", ")}`);
        if (manifest.placeholders?.length) {
          result.placeholders = manifest.placeholders.map((p) => `${p.name} (${p.file} ${p.pointer}: ${p.reason})`);
          log.info(`redacted ${manifest.placeholders.length} secret value(s); an import will need: ${[...new Set(manifest.placeholders.map((p) => p.name))].join(", ")}`);
        }
        if (!settings.uploadArtifact)
          return;
        const reason = context.artifacts.unavailableReason();
        if (reason) {
          log.warning(`The bundle was not uploaded as an artifact: ${reason}. Set ${(0, _core_phrasing_js__WEBPACK_IMPORTED_MODULE_4__.Pe)(_input_names_js__WEBPACK_IMPORTED_MODULE_5__.pd.UploadArtifact, "false")} to skip the upload on purpose.`);
          result.notes = [...result.notes ?? [], `artifact not uploaded: ${reason}`];
          return;
        }
        const name = settings.artifactName ?? (0, _core_artifact_name_js__WEBPACK_IMPORTED_MODULE_8__.V)(platform.name, exported.name || exported.workflowId);
        const uploaded = await log.group(`Upload the artifact ${name}`, () => context.artifacts.upload(name, [_core_bundle_js__WEBPACK_IMPORTED_MODULE_1__.e0, ...manifest.files.map((file) => file.path)].map((file) => node_path__WEBPACK_IMPORTED_MODULE_0___default().join(target, ...file.split("/"))), target, settings.retentionDays));
        result.artifactId = uploaded.id;
        result.artifactUrl = uploaded.url;
        result.artifactName = name;
        log.info(`uploaded artifact ${name} (id ${uploaded.id})`);
      }
      function provenance(context, exported, job) {
        const env = process.env;
        const server = env.GITHUB_SERVER_URL ?? "https://github.com";
        return {
          origin: context.settings.baseUrl?.origin ?? null,
          workflowId: exported.workflowId,
          version: exported.version ?? null,
          jobId: job?.id || null,
          exportedAt: new Date(context.clock.now()).toISOString(),
          run: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null,
          commit: env.GITHUB_SHA ?? null
        };
      }
    })
  )
};
