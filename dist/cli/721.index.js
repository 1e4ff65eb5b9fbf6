export const id = 721;
export const ids = [721];
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
  60721: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        validateOperation: () => (
          /* binding */
          validateOperation
        )
      });
      var concurrency = __webpack_require__(88904);
      var fs = __webpack_require__(78616);
      var phrasing = __webpack_require__(31677);
      var bundles = __webpack_require__(63087);
      var operations_result = __webpack_require__(94649);
      var bundle_read = __webpack_require__(88903);
      var errors = __webpack_require__(74296);
      ;
      async function openUnsealed(location, context, cleanup) {
        try {
          return { bundle: await (0, bundles.hk)(location, context, cleanup), drift: [] };
        } catch (error) {
          if (!isDriftOnly(error))
            throw error;
          return { bundle: await bundleAsItIs(location), drift: error.findings, driftHint: error.hint };
        }
      }
      function isDriftOnly(error) {
        return error instanceof errors.rJ && error.findings.length > 0 && error.findings.every((finding) => finding.rule === "manifest.checksum");
      }
      async function bundleAsItIs(dir) {
        const { manifest } = await (0, bundle_read.WI)(dir);
        return { dir, manifest, location: (0, fs.Gt)(dir), adopted: false };
      }
      ;
      async function validateOperation(context) {
        const locations = await (0, bundles.q_)(context.settings.path);
        return (0, concurrency.sf)(locations, context.settings.concurrency, (location) => validateOne(context, location));
      }
      async function validateOne(context, location) {
        const result = (0, operations_result.YT)(context.platform.name, "validate", { path: (0, fs.Gt)(location) });
        return (0, operations_result.G9)(result, context.clock, async (cleanup) => {
          const { bundle, drift, driftHint } = await openUnsealed(location, context, cleanup);
          result.path = bundle.location;
          result.workflowName = bundle.manifest.name;
          result.workflowId = bundle.manifest.source?.workflowId ?? void 0;
          result.files = bundle.manifest.files.map((file) => `${bundle.location}/${file.path}`);
          const findings = [...drift, ...await (0, bundles.Jp)(bundle, context)];
          result.findings = findings;
          const errors2 = findings.filter((finding) => finding.severity === "error").length;
          const warnings = findings.filter((finding) => finding.severity === "warning").length;
          if (errors2 > 0) {
            result.status = "failed";
            result.message = `${bundle.location}: ${errors2} error${errors2 > 1 ? "s" : ""}${warnings ? `, ${warnings} warning${warnings > 1 ? "s" : ""}` : ""}`;
            const others = errors2 - drift.length;
            result.hint = [
              others > 0 && `Each finding is ${(0, phrasing.MZ)("annotated")}; fix ${others > 1 ? "them" : "it"}${drift.length > 0 ? " first." : ` and ${(0, phrasing.MZ)("push-again")}.`}`,
              drift.length > 0 && driftHint
            ].filter(Boolean).join(" ");
          } else {
            context.log.info(`${bundle.location}: valid${warnings ? ` (${warnings} warning${warnings > 1 ? "s" : ""})` : ""}`);
          }
        });
      }
    })
  )
};
