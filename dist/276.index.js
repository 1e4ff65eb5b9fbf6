export const id = 276;
export const ids = [276];
export const modules = {
  /***/
  88903: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        Bo: () => (
          /* binding */
          readBundle
        ),
        WI: () => (
          /* binding */
          readManifest
        )
      });
      var promises_ = __webpack_require__(51455);
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var core_bundle = __webpack_require__(33303);
      var schema = __webpack_require__(12032);
      ;
      const sha256 = schema.z.string().regex(/^[0-9a-f]{64}$/, "a lowercase hex SHA-256");
      const fileEntry = schema.z.object({
        path: schema.z.string().min(1),
        role: schema.z.string().min(1),
        bytes: schema.z.number().int().nonnegative(),
        sha256
      });
      const placeholder = schema.z.object({
        name: schema.z.string().min(1),
        file: schema.z.string().min(1),
        /** JSON pointer to the value within the file. */
        pointer: schema.z.string(),
        reason: schema.z.string().optional()
      });
      const manifestSchema = schema.z.looseObject({
        schema: schema.z.literal(1),
        platform: schema.z.string().min(1),
        name: schema.z.string(),
        source: schema.z.looseObject({
          origin: schema.z.string().nullable().optional(),
          workflowId: schema.z.string().nullable().optional(),
          version: schema.z.string().nullable().optional(),
          jobId: schema.z.string().nullable().optional(),
          exportedAt: schema.z.string().nullable().optional(),
          run: schema.z.string().nullable().optional(),
          commit: schema.z.string().nullable().optional()
        }).optional(),
        files: schema.z.array(fileEntry).min(1),
        placeholders: schema.z.array(placeholder).optional()
      });
      var canonical_json = __webpack_require__(60484);
      var errors = __webpack_require__(74296);
      var fs = __webpack_require__(78616);
      var json_text = __webpack_require__(5737);
      var limits = __webpack_require__(36419);
      var names = __webpack_require__(22483);
      var paths = __webpack_require__(56107);
      var plain_file = __webpack_require__(19130);
      var phrasing = __webpack_require__(31677);
      ;
      async function readBundle(dir, expectedPlatform) {
        const { manifest, shown } = await readManifest(dir);
        if (manifest.platform !== expectedPlatform) {
          throw errors.rJ.at({ file: shown }, "manifest.platform", `the bundle is for platform '${manifest.platform}', but the step's platform is '${expectedPlatform}'`, `Set ${(0, phrasing.Pe)("platform", manifest.platform)}, or point ${(0, phrasing.hF)("path")} at a ${expectedPlatform} bundle.`);
        }
        const bundle = { dir, manifest, location: (0, fs.Gt)(dir), adopted: false };
        const { findings, hints } = await verifyFiles(bundle);
        if (findings.length > 0) {
          if (findings.some((f) => f.rule === "manifest.checksum" || f.rule === "manifest.missing")) {
            hints.add(`If the change was deliberate, record the new checksums with \`npx flowferry seal ${bundle.location}\` and commit flowferry.json; otherwise re-export the bundle or restore the files.`);
          }
          if (findings.some((f) => f.rule === "manifest.path"))
            hints.add("List each file once, by its path inside the bundle (folder/file.json).");
          const sealable = findings.every((f) => f.rule === "manifest.checksum" || f.rule === "manifest.missing");
          throw new errors.rJ(`${bundle.location}: ${sealable ? "the files do not match the manifest" : "refused the files the manifest lists"}: ${findings.map((f) => `${f.file}: ${f.message}`).join("; ")}`, findings, { hint: [...hints].join(" ") });
        }
        return bundle;
      }
      const TOO_MANY = `A bundle is one workflow, and its manifest lists at most ${limits.Zz} files: export each workflow into a bundle of its own.`;
      async function readManifest(dir) {
        const manifestFile = external_node_path_default().join(dir, core_bundle.e0);
        const shown = (0, fs.Gt)(manifestFile);
        const bytes = await (0, plain_file.b$)(manifestFile, { shown }, limits.ZJ, { message: "is too large for a manifest", hint: TOO_MANY });
        const text = (0, json_text.s$)(bytes, shown);
        let data;
        try {
          data = JSON.parse(text);
        } catch (error) {
          const where = (await Promise.all(
            /* import() */
            [__webpack_require__.e(547), __webpack_require__.e(49)]
          ).then(__webpack_require__.bind(__webpack_require__, 25049))).locateJsonError(text);
          throw errors.rJ.at({ file: shown, ...where }, "manifest.json", `the manifest is not valid JSON (${error.message})`);
        }
        const files = data?.files;
        if (Array.isArray(files) && files.length > limits.Zz) {
          throw errors.rJ.at({ file: shown }, "manifest.limit", `the manifest lists ${files.length} files; a bundle holds at most ${limits.Zz}`, TOO_MANY);
        }
        await (0, schema.B)();
        const parsed = manifestSchema.safeParse(data);
        if (!parsed.success) {
          const findings = parsed.error.issues.slice(0, 20).map((issue) => ({
            file: shown,
            severity: "error",
            rule: "manifest.schema",
            message: `${issue.path.join(".") || "(top)"}: ${issue.message}`
          }));
          const more = parsed.error.issues.length > findings.length ? ` (and ${parsed.error.issues.length - findings.length} more)` : "";
          throw new errors.rJ(`${shown}: the manifest does not follow schema 1: ${findings.map((f) => f.message).join("; ")}${more}`, findings);
        }
        return { manifest: parsed.data, shown };
      }
      async function verifyFiles(bundle) {
        const findings = [];
        const hints = /* @__PURE__ */ new Set();
        const manifestShown = (0, core_bundle.pS)(bundle, core_bundle.e0);
        const problem = (entry, message, rule) => findings.push({ file: manifestShown, severity: "error", rule, message: `${entry}: ${message}` });
        const twice = /* @__PURE__ */ new Set();
        for (const [first, second] of (0, names.Fk)(bundle.manifest.files.map((entry) => entry.path))) {
          problem(second, first === second ? "listed twice" : `listed twice: "${first}" and "${second}" name the same file (case and Unicode form do not tell names apart)`, "manifest.path");
          twice.add(second);
        }
        const roles = /* @__PURE__ */ new Map();
        for (const entry of bundle.manifest.files) {
          const first = roles.get(entry.role);
          if (first === void 0)
            roles.set(entry.role, entry.path);
          else
            problem(entry.path, `has the role "${entry.role}" that "${first}" has already; each role names one file`, "manifest.role");
        }
        const realDir = await (0, paths.Ut)(bundle.dir);
        for (const entry of bundle.manifest.files) {
          if (twice.has(entry.path))
            continue;
          const unsafe = (0, names.Jy)(entry.path);
          if (unsafe) {
            problem(entry.path, `file paths must stay inside the bundle directory: ${unsafe}`, "manifest.path");
            continue;
          }
          const subject = { shown: (0, core_bundle.pS)(bundle, entry) };
          try {
            const lexical = external_node_path_default().join(realDir, ...entry.path.split("/"));
            if (!await (0, promises_.lstat)(lexical).catch(() => void 0)) {
              problem(entry.path, "listed in the manifest but missing", "manifest.missing");
              continue;
            }
            const file = await plainBundleFile(realDir, entry.path, subject);
            const digest = await (0, plain_file.p2)(file, subject, [external_node_path_default().join(bundle.dir, ...entry.path.split("/"))]);
            if (digest.sha256 !== entry.sha256 || digest.bytes !== entry.bytes) {
              findings.push({
                file: subject.shown,
                severity: "error",
                rule: "manifest.checksum",
                message: `changed since export: sha256 ${digest.sha256.slice(0, 12)}\u2026 (${digest.bytes} bytes), manifest says ${entry.sha256.slice(0, 12)}\u2026 (${entry.bytes} bytes)`
              });
            }
          } catch (error) {
            if (!(error instanceof errors.rJ))
              throw error;
            findings.push(...error.findings);
            if (error.hint)
              hints.add(error.hint);
          }
        }
        return { findings, hints };
      }
      async function plainBundleFile(realDir, relative, subject) {
        await (0, plain_file.lN)(external_node_path_default().join(realDir, ...relative.split("/")), subject);
        return (0, paths.od)(realDir, relative, subject);
      }
      async function sealBundle(dir) {
        const { manifest, shown } = await readManifest(dir);
        const realDir = await realDirectory(dir);
        const changed = [];
        for (const entry of manifest.files) {
          const unsafe = unsafeManifestPath(entry.path);
          if (unsafe)
            throw BundleError.at({ file: shown }, "manifest.path", `${entry.path}: file paths must stay inside the bundle directory: ${unsafe}`);
          const subject = { shown: displayPath(path.join(dir, ...entry.path.split("/"))) };
          const digest = await digestPlainFile(await plainBundleFile(realDir, entry.path, subject), subject);
          if (digest.sha256 !== entry.sha256 || digest.bytes !== entry.bytes)
            changed.push(entry.path);
          Object.assign(entry, digest);
        }
        if (changed.length > 0)
          await writeFileAtomic(path.join(dir, MANIFEST), canonicalJson(manifest));
        return { changed };
      }
    })
  ),
  /***/
  60484: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Eu: () => (
          /* binding */
          canonicalPieces
        ),
        /* harmony export */
        OW: () => (
          /* binding */
          isJsonObject
        ),
        /* harmony export */
        dj: () => (
          /* binding */
          canonicalJson2
        )
        /* harmony export */
      });
      var _json_depth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19033);
      function canonicalJson2(value) {
        return `${JSON.stringify(sortKeys(value), null, 2)}
`;
      }
      function sortKeys(value, depth = 0) {
        (0, _json_depth_js__WEBPACK_IMPORTED_MODULE_0__.RV)(depth);
        if (Array.isArray(value))
          return value.map((item) => sortKeys(item, depth + 1));
        if (value !== null && typeof value === "object") {
          const sorted = {};
          for (const key of Object.keys(value).sort())
            sorted[key] = sortKeys(value[key], depth + 1);
          return sorted;
        }
        return value;
      }
      function isJsonObject(value) {
        return value !== null && typeof value === "object" && !Array.isArray(value);
      }
      function* canonicalPieces(value, chunk = 64 * 1024) {
        const stack = [];
        let out = "";
        const open = (node, indent) => {
          (0, _json_depth_js__WEBPACK_IMPORTED_MODULE_0__.RV)(stack.length);
          if (Array.isArray(node)) {
            if (node.length === 0)
              return "[]";
            stack.push({ indent, items: node, next: 0 });
            return "[";
          }
          if (node !== null && typeof node === "object") {
            const object = node;
            const keys = canonicalKeys(object);
            if (keys.length === 0)
              return "{}";
            stack.push({ indent, object, keys, next: 0 });
            return "{";
          }
          return serializable(node) ? JSON.stringify(node) : "null";
        };
        out += open(value, "");
        while (stack.length > 0) {
          const frame = stack[stack.length - 1];
          const length = frame.keys ? frame.keys.length : frame.items.length;
          if (frame.next < length) {
            const inner = `${frame.indent}  `;
            const i = frame.next++;
            if (frame.keys) {
              const key = frame.keys[i];
              out += `${i === 0 ? "\n" : ",\n"}${inner}${JSON.stringify(key)}: ${open(frame.object[key], inner)}`;
            } else {
              out += `${i === 0 ? "\n" : ",\n"}${inner}${open(frame.items[i], inner)}`;
            }
          } else {
            stack.pop();
            out += `
${frame.indent}${frame.keys ? "}" : "]"}`;
          }
          if (out.length >= chunk) {
            yield out;
            out = "";
          }
        }
        yield `${out}
`;
      }
      function serializable(value) {
        return value !== void 0 && typeof value !== "function" && typeof value !== "symbol";
      }
      function isArrayIndex(key) {
        const first = key.charCodeAt(0);
        return first >= 48 && first <= 57 && /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;
      }
      function canonicalKeys(object) {
        const indexes = [];
        const names = [];
        for (const key of Object.keys(object)) {
          if (serializable(object[key]))
            (isArrayIndex(key) ? indexes : names).push(key);
        }
        names.sort();
        return indexes.length === 0 ? names : indexes.concat(names);
      }
    })
  ),
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
  19033: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        DI: () => (
          /* binding */
          tooDeep
        ),
        /* harmony export */
        Fd: () => (
          /* binding */
          TooDeepError
        ),
        /* harmony export */
        RV: () => (
          /* binding */
          guardDepth
        )
        /* harmony export */
      });
      var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
      var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36419);
      function tooDeep(text, max = _limits_js__WEBPACK_IMPORTED_MODULE_1__.KX) {
        let depth = 0;
        let inString = false;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (inString) {
            if (c === 92)
              i++;
            else if (c === 34)
              inString = false;
          } else if (c === 34)
            inString = true;
          else if (c === 91 || c === 123) {
            if (++depth > max)
              return i;
          } else if (c === 93 || c === 125)
            depth--;
        }
        return void 0;
      }
      class TooDeepError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.rm {
        constructor(max = _limits_js__WEBPACK_IMPORTED_MODULE_1__.KX) {
          super(`a JSON document nests arrays and objects more than ${max} levels deep; flowferry reads at most ${max}`);
        }
      }
      function guardDepth(depth, max = _limits_js__WEBPACK_IMPORTED_MODULE_1__.KX) {
        if (depth > max)
          throw new TooDeepError(max);
      }
    })
  ),
  /***/
  5737: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        MZ: () => (
          /* binding */
          textError
        ),
        /* harmony export */
        QR: () => (
          /* binding */
          assertDepth
        ),
        /* harmony export */
        _6: () => (
          /* binding */
          decodeUtf8
        ),
        /* harmony export */
        hE: () => (
          /* binding */
          depthProblem
        ),
        /* harmony export */
        op: () => (
          /* binding */
          jsonTextOrProblem
        ),
        /* harmony export */
        s$: () => (
          /* binding */
          jsonText
        ),
        /* harmony export */
        t$: () => (
          /* binding */
          positionAt
        )
        /* harmony export */
      });
      var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
      var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
      var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
      var _json_depth_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19033);
      var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36419);
      const BOM = Buffer.from([239, 187, 191]);
      function decodeUtf8(bytes) {
        const bom = bytes.subarray(0, 3).equals(BOM) ? 3 : 0;
        const body = bytes.subarray(bom);
        if ((0, node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(body))
          return { text: body.toString("utf8") };
        if (bom === 0 && (bytes[0] === 255 || bytes[0] === 254) && (bytes[1] === 254 || bytes[1] === 255)) {
          return { problem: { rule: "json.encoding", message: "is UTF-16 (it starts with a UTF-16 byte order mark); only UTF-8 is accepted", line: 1, col: 1 } };
        }
        const offset = bom + firstInvalidUtf8(body);
        const before = bytes.subarray(bom, offset).toString("utf8");
        return {
          problem: { rule: "json.encoding", message: `is not valid UTF-8: byte ${offset} (0x${bytes[offset].toString(16).padStart(2, "0")}) starts no UTF-8 character`, ...positionAt(before, before.length) }
        };
      }
      function firstInvalidUtf8(bytes) {
        let i = 0;
        while (i < bytes.length) {
          const b = bytes[i];
          let need = 0;
          let low = 128;
          let high = 191;
          if (b < 128)
            need = 0;
          else if (b >= 194 && b <= 223)
            need = 1;
          else if (b >= 224 && b <= 239) {
            need = 2;
            if (b === 224)
              low = 160;
            if (b === 237)
              high = 159;
          } else if (b >= 240 && b <= 244) {
            need = 3;
            if (b === 240)
              low = 144;
            if (b === 244)
              high = 143;
          } else
            return i;
          for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === void 0 || c < (k === 1 ? low : 128) || c > (k === 1 ? high : 191))
              return i;
          }
          i += need + 1;
        }
        return bytes.length;
      }
      function depthProblem(text, max = _limits_js__WEBPACK_IMPORTED_MODULE_3__.KX) {
        const at = (0, _json_depth_js__WEBPACK_IMPORTED_MODULE_2__.DI)(text, max);
        if (at === void 0)
          return void 0;
        return { rule: "json.depth", message: `nests arrays and objects more than ${max} levels deep; flowferry reads at most ${max}`, ...positionAt(text, at) };
      }
      function jsonTextOrProblem(bytes, max = _limits_js__WEBPACK_IMPORTED_MODULE_3__.KX) {
        const decoded = decodeUtf8(bytes);
        if ("problem" in decoded)
          return decoded;
        const problem = depthProblem(decoded.text, max);
        return problem ? { problem } : decoded;
      }
      const HINTS = {
        "json.encoding": "Save the file as UTF-8 (with or without a byte order mark).",
        "json.depth": "Flatten the document; no workflow export nests anywhere near this deep."
      };
      function textError(file, problem) {
        return _errors_js__WEBPACK_IMPORTED_MODULE_1__.rJ.at({ file, line: problem.line, col: problem.col }, problem.rule, problem.message, HINTS[problem.rule]);
      }
      function jsonText(bytes, file, max = _limits_js__WEBPACK_IMPORTED_MODULE_3__.KX) {
        const result = jsonTextOrProblem(bytes, max);
        if ("problem" in result)
          throw textError(file, result.problem);
        return result.text;
      }
      function assertDepth(text, file, max = _limits_js__WEBPACK_IMPORTED_MODULE_3__.KX) {
        const problem = depthProblem(text, max);
        if (problem)
          throw textError(file, problem);
      }
      function positionAt(text, offset) {
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < offset && i < text.length; i++) {
          if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
          }
        }
        return { line, col: offset - lineStart + 1 };
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
  )
};
