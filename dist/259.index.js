export const id = 259;
export const ids = [259];
export const modules = {
  /***/
  31724: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        N: () => (
          /* binding */
          writeHashed
        )
        /* harmony export */
      });
      var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16082);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
      var _fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78616);
      var _plain_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19130);
      const WRITE_BYTES = 256 * 1024;
      async function writeHashed(file, pieces, mode = 420) {
        await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
        const temp = (0, _fs_js__WEBPACK_IMPORTED_MODULE_3__.ht)(file);
        const hash = (0, _crypto_js__WEBPACK_IMPORTED_MODULE_0__.n1)("sha256");
        let bytes = 0;
        try {
          const output = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, "wx", mode);
          try {
            const write = async (data) => {
              hash.update(data);
              bytes += data.length;
              for (let done = 0; done < data.length; )
                done += (await output.write(data, done, data.length - done)).bytesWritten;
            };
            let text = [];
            let textLength = 0;
            const flush = async () => {
              if (text.length === 0)
                return;
              const data = Buffer.from(text.join(""), "utf8");
              text = [];
              textLength = 0;
              await write(data);
            };
            for await (const piece of pieces) {
              if (typeof piece !== "string") {
                await flush();
                await write(piece);
                continue;
              }
              text.push(piece);
              textLength += piece.length;
              if (textLength >= WRITE_BYTES)
                await flush();
            }
            await flush();
            (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_4__.kY)(file, await output.stat({ bigint: true }));
          } finally {
            await output.close();
          }
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
        } catch (error) {
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
          throw error;
        }
        return { bytes, sha256: hash.digest("hex") };
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
        const { parseDocument, isMap, isScalar, visit } = await __webpack_require__.e(
          /* import() */
          815
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
          const { visitStringValues } = await Promise.all(
            /* import() */
            [__webpack_require__.e(547), __webpack_require__.e(603)]
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
        const { editedPieces } = await Promise.all(
          /* import() */
          [__webpack_require__.e(547), __webpack_require__.e(242)]
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
