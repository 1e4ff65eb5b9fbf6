export const id = 850;
export const ids = [850];
export const modules = {
  /***/
  51850: (
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
      var untrusted_text = __webpack_require__(61037);
      ;
      const HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
      function markdownText(text) {
        return (0, untrusted_text.TN)((0, untrusted_text.SP)(text)).replace(/[&<>"]/g, (c) => HTML[c]).replace(/[\\`*_[\]#|~$]/g, "\\$&").replace(/@/g, "@&#8203;").replace(/:\/\//g, ":&#8203;//").replace(/\b(www)\./gi, "$1.&#8203;");
      }
      function markdownCode(text, options = {}) {
        let body = (0, untrusted_text.TN)((0, untrusted_text.SP)(text));
        if (body === "")
          return "";
        if (options.table)
          body = body.replace(/\|/g, "\\|");
        const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
        const fence = "`".repeat(longest + 1);
        const pad = /^[` ]|[` ]$/.test(body) ? " " : "";
        return `${fence}${pad}${body}${pad}${fence}`;
      }
      function markdownBlock(text, language = "") {
        const lines = shown(text).split(/\r?\n/).map(oneLine);
        const longest = Math.max(2, ...lines.flatMap((line) => line.match(/`+/g) ?? []).map((run) => run.length));
        const fence = "`".repeat(longest + 1);
        return [`${fence}${language}`, ...lines, fence].join("\n");
      }
      function markdownLink(text, url) {
        if (!url)
          return markdownText(text);
        let parsed;
        try {
          parsed = new URL(url);
        } catch {
          return markdownText(text);
        }
        if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
          return markdownText(text);
        return `[${markdownText(text)}](<${parsed.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      }
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
          return `| ${icon} ${change.kind} | ${markdownCode(change.path, { table: true })} | ${value(change.before, change.kind === "added")} | ${value(change.after, change.kind === "removed")} |`;
        });
        const more = changes.length > limit ? [`| \u2026 | ${changes.length - limit} more changes | | |`] : [];
        return [`**${markdownText(title)}** (${changes.length} change${changes.length > 1 ? "s" : ""})`, "", "| | Path | Live | Bundle |", "|---|---|---|---|", ...rows, ...more].join("\n");
      }
      function value(v, absent) {
        if (absent)
          return "\u2014";
        return markdownCode((0, untrusted_text.cW)(v, 80), { table: true });
      }
      var yauzl = __webpack_require__(20663);
      var errors = __webpack_require__(74296);
      var fs = __webpack_require__(78616);
      var json_file = __webpack_require__(59656);
      var placeholders = __webpack_require__(73593);
      var core_zip = __webpack_require__(71732);
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
  )
};
