export const id = 259;
export const ids = [259];
export const modules = {
  /***/
  88904: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        d8: () => (
          /* binding */
          mapLimitAhead
        ),
        /* harmony export */
        hF: () => (
          /* binding */
          eachLimit
        ),
        /* harmony export */
        sf: () => (
          /* binding */
          mapLimit
        )
        /* harmony export */
      });
      async function mapLimit(items, limit, fn) {
        const results = new Array(items.length);
        let next = 0;
        const worker = async () => {
          while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
          }
        };
        await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
        return results;
      }
      async function eachLimit(count, limit, fn) {
        let next = 0;
        let failure;
        const worker = async () => {
          while (next < count && !failure) {
            const index = next++;
            try {
              await fn(index);
            } catch (error) {
              failure ??= { error };
            }
          }
        };
        await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker));
        if (failure)
          throw failure.error;
      }
      async function mapLimitAhead(items, limit, prepare, run) {
        const results = new Array(items.length);
        const ahead = /* @__PURE__ */ new Map();
        let next = 0;
        let preparedUpTo = 0;
        const start = (index) => {
          preparedUpTo = Math.max(preparedUpTo, index + 1);
          return prepare(items[index], index);
        };
        const worker = async () => {
          while (next < items.length) {
            const index = next++;
            const prepared = ahead.get(index) ?? start(index);
            ahead.delete(index);
            let gave = false;
            const idle = () => {
              if (gave)
                return;
              gave = true;
              const upcoming = Math.max(preparedUpTo, next);
              if (upcoming >= items.length || ahead.size >= limit)
                return;
              const early = start(upcoming);
              early.catch(() => void 0);
              ahead.set(upcoming, early);
            };
            results[index] = await run(await prepared, items[index], index, idle);
          }
        };
        await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
        return results;
      }
    })
  ),
  /***/
  63087: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Jp: () => (
          /* binding */
          checkBundle
        ),
        /* harmony export */
        hk: () => (
          /* binding */
          openBundle
        ),
        /* harmony export */
        q_: () => (
          /* binding */
          locateBundles
        ),
        /* harmony export */
        wy: () => (
          /* binding */
          openCheckedBundle
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
      var node_os__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
      var _core_bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33303);
      var _core_bundle_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88903);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
      var _core_fs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78616);
      var _core_memory_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11360);
      var _core_paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56107);
      var _core_plain_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(19130);
      var _input_names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(74098);
      var _glob_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(82758);
      const PLATFORM_FILE = /\.(zip|json)$/i;
      const GLOB_LIMIT = { matches: 1e4, bundles: 1e3 };
      async function locateBundles(pattern) {
        if (!(0, _glob_js__WEBPACK_IMPORTED_MODULE_11__.f)(pattern))
          return [await (0, _core_paths_js__WEBPACK_IMPORTED_MODULE_8__.HN)(pattern, _input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path)];
        if (typeof node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob !== "function") {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.dz(_input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path, `'${pattern}' is a glob, and globs need Node.js 22 or later (this is ${process.version}): upgrade Node, or name one bundle per step`, "bundles/invoice-triage");
        }
        const cwd = (0, _core_paths_js__WEBPACK_IMPORTED_MODULE_8__.oS)();
        const bundles = /* @__PURE__ */ new Set();
        const files = [];
        let matches = 0;
        for await (const match of (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(pattern, { cwd })) {
          if (++matches > GLOB_LIMIT.matches) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.dz(_input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path, `'${pattern}' matches more than ${GLOB_LIMIT.matches} paths; narrow it to the bundles' directory`, "bundles/*/");
          }
          const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, match);
          await (0, _core_paths_js__WEBPACK_IMPORTED_MODULE_8__.KT)(absolute, { shown: match, input: _input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path });
          const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).catch(() => void 0);
          if (!info)
            continue;
          if (info.isDirectory()) {
            if (await (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.t2)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absolute, _core_bundle_js__WEBPACK_IMPORTED_MODULE_3__.e0)))
              bundles.add(absolute);
          } else if (node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(absolute) === _core_bundle_js__WEBPACK_IMPORTED_MODULE_3__.e0) {
            bundles.add(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(absolute));
          } else if (PLATFORM_FILE.test(absolute)) {
            files.push(absolute);
          }
        }
        const inside = (file) => [...bundles].some((dir) => file.startsWith(dir + node_path__WEBPACK_IMPORTED_MODULE_2___default().sep));
        const found = [...bundles, ...files.filter((file) => !inside(file))].sort();
        if (found.length > GLOB_LIMIT.bundles) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.dz(_input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path, `'${pattern}' names ${found.length} bundles, more than the ${GLOB_LIMIT.bundles} one step takes; split them over several steps`, "bundles/team-a/*/");
        }
        if (found.length === 0) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.dz(_input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path, `'${pattern}' matches no bundle directory (with ${_core_bundle_js__WEBPACK_IMPORTED_MODULE_3__.e0}) and no .zip or .json platform file`, "bundles/*/");
        }
        return found;
      }
      async function openBundle(location, context, cleanup) {
        const { platform, settings } = context;
        if (!await (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.t2)(location)) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.dz(_input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path, `'${(0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.Gt)(location)}' does not exist`, "flowferry-export");
        }
        const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(location);
        if (info.isDirectory() && await (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.t2)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(location, _core_bundle_js__WEBPACK_IMPORTED_MODULE_3__.e0)))
          return (0, _core_bundle_read_js__WEBPACK_IMPORTED_MODULE_4__.Bo)(location, platform.name);
        if (!info.isDirectory())
          await (0, _core_plain_file_js__WEBPACK_IMPORTED_MODULE_9__.lN)(location, { shown: (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.Gt)(location), input: _input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path });
        const dir = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(process.env.RUNNER_TEMP ?? (0, node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "flowferry-adopt-"));
        cleanup.push(dir);
        const adopted = await (await platform.loadRules()).adopt(location, dir, { log: context.log, settings });
        context.log.info(`${(0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.Gt)(location)} has no ${_core_bundle_js__WEBPACK_IMPORTED_MODULE_3__.e0}; read it as a ${platform.title} export`);
        return (0, _core_bundle_js__WEBPACK_IMPORTED_MODULE_3__.gv)(dir, platform.name, settings.workflowName ?? adopted.name, adopted.files, (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.Gt)(location));
      }
      async function checkBundle(bundle, context) {
        const findings = await (await context.platform.loadRules()).check?.(bundle, { log: context.log, settings: context.settings }) ?? [];
        (0, _core_memory_js__WEBPACK_IMPORTED_MODULE_7__.FS)();
        return findings;
      }
      async function openCheckedBundle(location, context, cleanup) {
        const bundle = await openBundle(location, context, cleanup);
        const findings = await checkBundle(bundle, context);
        const errors = findings.filter((finding) => finding.severity === "error");
        if (errors.length > 0) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.rJ(`${bundle.location}: ${errors.length} problem${errors.length > 1 ? "s" : ""} found before sending anything: ${errors.map((f) => f.message).join("; ")}`, findings);
        }
        return { bundle, findings };
      }
    })
  ),
  /***/
  65259: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        importOperation: () => (
          /* binding */
          importOperation
        )
      });
      var concurrency = __webpack_require__(88904);
      var fs = __webpack_require__(78616);
      var bundles = __webpack_require__(63087);
      var job = __webpack_require__(66114);
      var operations_result = __webpack_require__(94649);
      var promises_ = __webpack_require__(51455);
      var external_node_os_ = __webpack_require__(48161);
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var core_bundle = __webpack_require__(33303);
      var errors = __webpack_require__(74296);
      var hashed_write = __webpack_require__(31724);
      var json_text = __webpack_require__(5737);
      var placeholders = __webpack_require__(73593);
      var limits = __webpack_require__(36419);
      var plain_file = __webpack_require__(19130);
      var secrets = __webpack_require__(58010);
      var zip = __webpack_require__(5644);
      var input_names = __webpack_require__(74098);
      var paths = __webpack_require__(56107);
      ;
      const EXAMPLE = "environments/production.yml";
      async function readVarsText(file) {
        const absolute = await (0, paths.HN)(file, input_names.pd.VarsFile);
        if (!await (0, fs.t2)(absolute))
          throw new errors.dz(input_names.pd.VarsFile, `'${file}' does not exist`, EXAMPLE);
        const bytes = await (0, plain_file.$p)(absolute, { shown: file, input: input_names.pd.VarsFile }, limits.Lo);
        if (bytes === void 0) {
          const { size } = await (0, promises_.stat)(absolute);
          throw new errors.dz(input_names.pd.VarsFile, `'${file}' is ${size} bytes, more than the ${limits.Lo} a vars-file may have`, EXAMPLE);
        }
        const decoded = (0, json_text._6)(bytes);
        const problem = "problem" in decoded ? decoded.problem : (0, json_text.hE)(decoded.text, limits.C5);
        if (problem) {
          const where = problem.line === void 0 ? "" : ` (line ${problem.line})`;
          throw new errors.dz(input_names.pd.VarsFile, `'${file}' ${problem.message}${where}`).withHint(problem.rule === "json.encoding" ? "Save the vars-file as UTF-8." : "Placeholder values are plain values or small objects; flatten the nesting.");
        }
        return "text" in decoded ? decoded.text : "";
      }
      ;
      const VARS_FILE_LIMIT = { bytes: limits.Lo, entries: 1e4 };
      const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
      const vars_file_EXAMPLE = "environments/production.yml";
      async function readVarsFile(file) {
        const text = await readVarsText(file);
        const { parseDocument, isMap, isScalar, visit } = await Promise.resolve(
          /* import() */
        ).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
        let parsed;
        try {
          const document = parseDocument(text, { uniqueKeys: false });
          const problem = document.errors[0];
          if (problem) {
            const where = problem.linePos ? ` at line ${problem.linePos[0].line}` : "";
            throw new errors.dz(input_names.pd.VarsFile, `'${file}' is not valid YAML or JSON${where}: ${problem.message.split("\n")[0]}`, vars_file_EXAMPLE);
          }
          const top = document.contents;
          if (isMap(top) && top.items.length > VARS_FILE_LIMIT.entries) {
            throw new errors.dz(input_names.pd.VarsFile, `'${file}' has ${top.items.length} entries, more than the ${VARS_FILE_LIMIT.entries} a vars-file may have`, vars_file_EXAMPLE);
          }
          visit(document, {
            Map(_, map) {
              const seen = /* @__PURE__ */ new Set();
              for (const { key } of map.items) {
                const name = isScalar(key) ? key.value : String(key);
                if (seen.has(name)) {
                  const range = isScalar(key) ? key.range : void 0;
                  const line = range ? lineOf(text, range[0]) : void 0;
                  throw new errors.dz(input_names.pd.VarsFile, `'${file}' gives ${JSON.stringify(name)} twice${line ? ` (again at line ${line})` : ""}; keep one`, vars_file_EXAMPLE);
                }
                seen.add(name);
              }
            }
          });
          parsed = document.toJS({ maxAliasCount: 100 });
        } catch (error) {
          if (error instanceof errors.dz)
            throw error;
          throw new errors.dz(input_names.pd.VarsFile, `'${file}' could not be read as YAML or JSON: ${error.message.split("\n")[0]}`, vars_file_EXAMPLE);
        }
        if (parsed === null || parsed === void 0)
          return {};
        if (typeof parsed !== "object" || Array.isArray(parsed)) {
          throw new errors.dz(input_names.pd.VarsFile, `'${file}' must be a mapping of names to values, such as ERP_BASE_URL: https://erp.example.com`);
        }
        const bad = Object.keys(parsed).filter((key) => !NAME.test(key));
        if (bad.length > 0) {
          const shown = bad.slice(0, 10).map((k) => JSON.stringify(k)).join(", ") + (bad.length > 10 ? ` and ${bad.length - 10} more` : "");
          throw new errors.dz(input_names.pd.VarsFile, `'${file}': ${shown} cannot be placeholder names (letters, digits and _ only)`);
        }
        return parsed;
      }
      function lineOf(text, offset) {
        let line = 1;
        for (let i = 0; i < offset && i < text.length; i++)
          if (text.charCodeAt(i) === 10)
            line++;
        return line;
      }
      ;
      const PLACEHOLDER_MARK = Buffer.from(placeholders.pi);
      const MISSING_SHOWN = 50;
      async function loadVars(context, env = process.env) {
        const file = context.settings.varsFile;
        let values = {};
        if (file) {
          values = await readVarsFile(file);
        }
        return {
          file,
          // Own keys only: `in` would find `constructor`, `toString` or `__proto__` on every object's
          // prototype and "fill" ${flowferry.constructor} with a function.
          lookup(name) {
            const variable = `FLOWFERRY_VAR_${name}`;
            if (Object.hasOwn(env, variable) && env[variable] !== void 0)
              return { value: env[variable], source: variable };
            if (Object.hasOwn(values, name))
              return { value: values[name], source: file };
            return void 0;
          }
        };
      }
      async function fillPlaceholders(context, bundle, vars, cleanup) {
        const secretNames = new Set((bundle.manifest.placeholders ?? []).map((p) => p.name));
        const plans = [];
        const missing = [];
        const missingNames = /* @__PURE__ */ new Set();
        const unmasked = /* @__PURE__ */ new Map();
        const filled = /* @__PURE__ */ new Map();
        for (const entry of bundle.manifest.files) {
          const file = external_node_path_default().join(bundle.dir, ...entry.path.split("/"));
          if (bundle.packed?.[entry.path])
            continue;
          const subject = { shown: (0, core_bundle.pS)(bundle, entry) };
          if (!await (0, plain_file.q2)(file, subject, PLACEHOLDER_MARK, { maxBytes: limits.oX, skip: zip.wg }))
            continue;
          const bytes = await (0, plain_file.$p)(file, subject, limits.oX);
          const decoded = bytes && (0, json_text._6)(bytes);
          if (!decoded || !("text" in decoded) || !decoded.text.includes(placeholders.pi))
            continue;
          const text = decoded.text;
          (0, json_text.QR)(text, (0, core_bundle.pS)(bundle, entry));
          const { visitStringValues } = await Promise.resolve(
            /* import() */
          ).then(__webpack_require__.bind(__webpack_require__, 33603));
          const holders = [];
          if (!visitStringValues(text, (value) => void (value.value.includes(placeholders.pi) && holders.push(value))))
            continue;
          const edits = [];
          for (const value of holders) {
            const names = [...value.value.matchAll(placeholders.Kx)].map((m) => m[1]);
            if (names.length === 0)
              continue;
            let unresolved = false;
            for (const name of names) {
              const found = vars.lookup(name);
              if (!found) {
                unresolved = true;
                missingNames.add(name);
                if (missing.length < MISSING_SHOWN)
                  missing.push({ line: value.line, col: value.col, file: (0, core_bundle.pS)(bundle, entry), severity: "error", rule: "vars.missing", message: `no value for placeholder ${name}` });
                continue;
              }
              filled.set(name, found.source);
              if ((found.source.startsWith("FLOWFERRY_VAR_") || secretNames.has(name)) && !(0, secrets.fN)(asText(found.value)))
                unmasked.set(name, found.source);
            }
            if (!unresolved)
              edits.push({ offset: value.offset, length: value.length, text: substitute(value.value, vars) });
          }
          plans.push({ entry, text, edits });
        }
        for (const [name, source] of unmasked) {
          const where = source.startsWith("FLOWFERRY_VAR_") ? source : `${name} (${source})`;
          const length = asText(vars.lookup(name).value).trim().length;
          context.log.info(`${where}: its value is ${length} characters long, too short to mask without hiding every such word in the job's log, so it is not masked; a secret should have at least ${secrets.$O}`);
        }
        if (missingNames.size > 0) {
          const all = [...missingNames];
          const names = all.slice(0, MISSING_SHOWN);
          const more = all.length > names.length ? ` and ${all.length - names.length} more` : "";
          throw new errors.rJ(`${bundle.location}: no value for placeholder${all.length > 1 ? "s" : ""} ${names.join(", ")}${more}; nothing was imported`, missing, {
            hint: `Give each a value in ${vars.file ? `the vars-file '${vars.file}'` : "a vars-file"}, or as an environment variable ${names.map((n) => `FLOWFERRY_VAR_${n}`).join(", ")}${more} (from a secret, for secrets).`
          });
        }
        if (plans.length === 0)
          return bundle;
        const dir = await (0, promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP ?? (0, external_node_os_.tmpdir)(), "flowferry-filled-"));
        cleanup.push(dir);
        await (0, promises_.chmod)(dir, 448);
        const { editedPieces } = await __webpack_require__.e(
          /* import() */
          242
        ).then(__webpack_require__.bind(__webpack_require__, 99242));
        const files = [];
        for (const entry of bundle.manifest.files) {
          if (bundle.packed?.[entry.path]) {
            files.push(entry);
            continue;
          }
          const target = external_node_path_default().join(dir, ...entry.path.split("/"));
          await (0, promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
          const plan = plans.find((p) => p.entry === entry);
          const digest = plan ? await (0, hashed_write.N)(target, editedPieces(plan.text, plan.edits), 384) : await (0, plain_file.yp)(external_node_path_default().join(bundle.dir, ...entry.path.split("/")), target, { shown: (0, core_bundle.pS)(bundle, entry) });
          files.push({ ...entry, ...digest });
        }
        context.log.info(`${bundle.location}: filled ${filled.size} placeholder(s): ${[...filled].map(([name, source]) => `${name} from ${source}`).join(", ")}`);
        return { ...bundle, dir, shownDir: bundle.shownDir ?? bundle.dir, manifest: { ...bundle.manifest, files } };
      }
      function substitute(template, vars) {
        const whole = /^\$\{flowferry\.([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(template);
        if (whole) {
          const value = vars.lookup(whole[1]).value;
          return JSON.stringify(value === null || value === void 0 ? "" : value);
        }
        return JSON.stringify(template.replace(placeholders.Kx, (_, name) => asText(vars.lookup(name).value)));
      }
      function asText(value) {
        return typeof value === "string" ? value : JSON.stringify(value);
      }
      ;
      async function importOperation(context) {
        const locations = await (0, bundles.q_)(context.settings.path);
        const vars = await loadVars(context);
        const removals = [];
        try {
          return await (0, concurrency.d8)(locations, context.settings.concurrency, (location) => readOne(context, location, vars), async (read, location, _index, idle) => {
            const result = await importOne(context, location, read, idle);
            const removal = (0, operations_result.Xr)(read.cleanup);
            removal.catch(() => void 0);
            removals.push(removal);
            return result;
          });
        } finally {
          await Promise.all(removals);
        }
      }
      async function readOne(context, location, vars) {
        const { log, clock } = context;
        const cleanup = [];
        const started = clock.now();
        let opened;
        try {
          opened = await log.group(`Read the bundle ${(0, fs.Gt)(location)}`, async () => {
            const opened2 = await (0, bundles.wy)(location, context, cleanup);
            log.info(`${opened2.bundle.location}: "${opened2.bundle.manifest.name}", ${opened2.bundle.manifest.files.length} files, checksums verified`);
            return { ...opened2, bundle: await fillPlaceholders(context, opened2.bundle, vars, cleanup) };
          });
          const { bundle } = opened;
          const client = context.settings.dryRun ? void 0 : context.client();
          const staged = client?.stageImport && await log.group(`Send the files of ${bundle.location} to ${context.platform.title}`, () => client.stageImport(bundle));
          return { cleanup, ms: clock.now() - started, opened, staged };
        } catch (error) {
          return { cleanup, ms: clock.now() - started, opened, error };
        }
      }
      async function importOne(context, location, read, idle) {
        const { platform, log, settings } = context;
        const result = (0, operations_result.YT)(platform.name, "import", { path: (0, fs.Gt)(location) });
        await (0, operations_result.G9)(result, context.clock, async () => {
          if (!read.opened)
            throw read.error;
          const { bundle, findings } = read.opened;
          result.path = bundle.location;
          result.workflowName = settings.workflowName ?? bundle.manifest.name;
          result.files = bundle.manifest.files.map((file) => `${bundle.location}/${file.path}`);
          if (findings.length > 0)
            result.findings = findings;
          if (read.error)
            throw read.error;
          if (settings.dryRun) {
            const { dryRun } = await __webpack_require__.e(
              /* import() */
              691
            ).then(__webpack_require__.bind(__webpack_require__, 57691));
            await dryRun(context, bundle, result);
            return;
          }
          if (settings.backup)
            await (await __webpack_require__.e(
              /* import() */
              674
            ).then(__webpack_require__.bind(__webpack_require__, 2674))).backUp(context, bundle, result);
          const outcome = await log.group(`Import into ${platform.title}`, () => read.staged ? read.staged.start() : context.client().importBundle(bundle));
          result.workflowId = outcome.workflowId;
          result.workflowName = outcome.workflowName ?? result.workflowName;
          result.version = outcome.version;
          result.platformStatus = outcome.platformStatus;
          if (outcome.notes?.length)
            result.notes = outcome.notes;
          if (outcome.job) {
            if (outcome.job.state === "running")
              idle();
            const final = await (0, job.B)(context, outcome.job, result, `the import of ${bundle.location}`);
            if (final?.workflowId)
              result.workflowId = final.workflowId;
          }
        });
        if (result.durationMs !== void 0)
          result.durationMs += read.ms;
        return result;
      }
    })
  )
};
