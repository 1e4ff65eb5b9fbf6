export const id = 721;
export const ids = [721];
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
      var json_location = __webpack_require__(25049);
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
          const where = (0, json_location.R4)(text);
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
  22483: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        E5: () => (
          /* binding */
          locateInPackage
        ),
        /* harmony export */
        Fk: () => (
          /* binding */
          sameNames
        ),
        /* harmony export */
        Jy: () => (
          /* binding */
          unsafeManifestPath2
        ),
        /* harmony export */
        _y: () => (
          /* binding */
          fileFolderClashes
        ),
        /* harmony export */
        gj: () => (
          /* binding */
          unsafeName
        )
        /* harmony export */
      });
      var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36419);
      const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
      function unsafeName(name) {
        if (name === "")
          return "empty name";
        const control = CONTROL.exec(name);
        if (control)
          return `the name contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")})`;
        if (name.includes("\\"))
          return "backslashes are not accepted in names; use /";
        if (name.startsWith("/") || /^[A-Za-z]:/.test(name))
          return "absolute paths are not accepted";
        if (name.split("/").includes(".."))
          return '".." would write outside the destination';
        if (/[\uD800-\uDFFF]/u.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "")))
          return "the name is not valid Unicode";
        if (Buffer.byteLength(name) > _limits_js__WEBPACK_IMPORTED_MODULE_0__.PR)
          return `the name is ${Buffer.byteLength(name)} bytes long; at most ${_limits_js__WEBPACK_IMPORTED_MODULE_0__.PR} are accepted`;
        const long = name.split("/").find((segment) => Buffer.byteLength(segment) > _limits_js__WEBPACK_IMPORTED_MODULE_0__.pg);
        if (long !== void 0)
          return `a part of the name is ${Buffer.byteLength(long)} bytes long; at most ${_limits_js__WEBPACK_IMPORTED_MODULE_0__.pg} are accepted per file or folder name`;
        return void 0;
      }
      function unsafeManifestPath2(name) {
        const unsafe = unsafeName(name);
        if (unsafe)
          return unsafe;
        if (name.split("/").some((segment) => segment === "" || segment === "."))
          return 'write the path plainly, as folder/file.json (no "./", "//" or trailing "/")';
        return void 0;
      }
      function nameKey(name) {
        return name.normalize("NFC").toLowerCase().split("/").filter((segment) => segment !== "" && segment !== ".").join("/");
      }
      function sameNames(names) {
        const first = /* @__PURE__ */ new Map();
        const pairs = [];
        for (const name of names) {
          const key = nameKey(name);
          const earlier = first.get(key);
          if (earlier === void 0)
            first.set(key, name);
          else
            pairs.push([earlier, name]);
        }
        return pairs;
      }
      function fileFolderClashes(files) {
        const byKey = new Map(files.map((name) => [nameKey(name), name]));
        const clashes = [];
        for (const name of files) {
          const parts = nameKey(name).split("/");
          for (let i = 1; i < parts.length; i++) {
            const parent = byKey.get(parts.slice(0, i).join("/"));
            if (parent !== void 0)
              clashes.push([parent, name]);
          }
        }
        return clashes;
      }
      function locateInPackage(names, anchor) {
        const depth = (name) => name.split("/").length;
        const anchors = names.filter((name) => baseName(name) === anchor).sort((a, b) => depth(a) - depth(b));
        if (anchors.length === 0)
          return void 0;
        if (anchors.length > 1 && depth(anchors[0]) === depth(anchors[1]))
          return { ambiguous: [anchors[0], anchors[1]] };
        const folder = anchors[0].slice(0, anchors[0].length - anchor.length);
        return { folder, pick: (file) => names.find((name) => name === folder + file) };
      }
      function baseName(name) {
        return name.slice(name.lastIndexOf("/") + 1);
      }
    })
  ),
  /***/
  56107: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        HN: () => (
          /* binding */
          confineInput
        ),
        /* harmony export */
        KT: () => (
          /* binding */
          confineExisting
        ),
        /* harmony export */
        Ut: () => (
          /* binding */
          realDirectory2
        ),
        /* harmony export */
        cO: () => (
          /* binding */
          exportTarget
        ),
        /* harmony export */
        oS: () => (
          /* binding */
          workspaceRoot
        ),
        /* harmony export */
        od: () => (
          /* binding */
          confineInBundle
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36419);
      var _phrasing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31677);
      var _plain_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19130);
      function workspaceRoot() {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
      }
      function isInside(child, parent) {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
        return relative === "" || !relative.startsWith("..") && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative);
      }
      async function realRoot() {
        const root = workspaceRoot();
        try {
          return await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
        } catch {
          return root;
        }
      }
      const OUTSIDE_HINT = "Keep bundles, vars files and export directories inside the workspace (the repository checkout), and name them relative to it.";
      function outside(subject, what) {
        return (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.outside", `${what} outside the workspace (${workspaceRoot()}); flowferry reads and writes only inside it`, OUTSIDE_HINT);
      }
      async function confineInput(text, input) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspaceRoot(), text);
        await confineExisting(absolute, { shown: text, input });
        return absolute;
      }
      async function confineExisting(absolute, subject) {
        let real;
        try {
          real = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute);
        } catch {
          return;
        }
        if (!isInside(real, await realRoot())) {
          throw outside(subject, real === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(absolute) ? "is" : "resolves (through a symbolic link) to a place");
        }
      }
      async function exportTarget(text, input) {
        const root = workspaceRoot();
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, text);
        const subject = input === void 0 ? { shown: text } : { shown: text, input };
        if (!isInside(absolute, root))
          throw outside(subject, "is");
        if (absolute === root) {
          const example = input === void 0 ? "flowferry-export" : (0, _phrasing_js__WEBPACK_IMPORTED_MODULE_2__.Pe)(input, "flowferry-export");
          throw (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.outside", "is the workspace itself; export replaces the directory it writes", `Name a directory inside the workspace, e.g. ${example}.`);
        }
        const parts = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, absolute).split(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
        const long = parts.find((part) => Buffer.byteLength(part) > _limits_js__WEBPACK_IMPORTED_MODULE_4__.pg);
        if (long !== void 0 || Buffer.byteLength(parts.join("/")) > _limits_js__WEBPACK_IMPORTED_MODULE_4__.PR) {
          throw (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.name", `is too long to create: at most ${_limits_js__WEBPACK_IMPORTED_MODULE_4__.pg} bytes per folder name and ${_limits_js__WEBPACK_IMPORTED_MODULE_4__.PR} in all`, "Name a shorter directory.");
        }
        const realWorkspace = await realRoot();
        for (let i = 1; i <= parts.length; i++) {
          const prefix = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, ...parts.slice(0, i));
          const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(prefix).catch(() => void 0);
          if (!info)
            break;
          const last = i === parts.length;
          if (info.isSymbolicLink()) {
            if (last)
              throw (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.link", "is a symbolic link; export writes a directory of its own there", "Remove the link, or name another directory.");
            const real = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(prefix).catch(() => void 0);
            if (real === void 0 || !isInside(real, realWorkspace))
              throw outside(subject, `goes through ${parts.slice(0, i).join("/")}, a symbolic link to a place`);
          } else if (!last && !info.isDirectory()) {
            throw (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.type", `cannot be created: ${parts.slice(0, i).join("/")} is a file, not a directory`, "Name a directory whose parents are directories.");
          }
        }
        return absolute;
      }
      async function confineInBundle(realDir, relative, subject) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realDir, ...relative.split("/"));
        let real;
        try {
          real = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file);
        } catch {
          return file;
        }
        if (real !== file) {
          throw isInside(real, realDir) ? (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.link", `is reached through a symbolic link or under another spelling (it is ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realDir, real).split(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep).join("/")})`, "List each file under its own name, with no linked folder on the way.") : (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.outside", "resolves (through a symbolic link) outside the bundle", "Put the files themselves in the bundle, not links to them.");
        }
        return file;
      }
      async function realDirectory2(dir) {
        return (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir));
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
        const adopted = await platform.rules.adopt(location, dir, { log: context.log, settings });
        context.log.info(`${(0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.Gt)(location)} has no ${_core_bundle_js__WEBPACK_IMPORTED_MODULE_3__.e0}; read it as a ${platform.title} export`);
        return (0, _core_bundle_js__WEBPACK_IMPORTED_MODULE_3__.gv)(dir, platform.name, settings.workflowName ?? adopted.name, adopted.files, (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.Gt)(location));
      }
      async function checkBundle(bundle, context) {
        const findings = await context.platform.rules.check?.(bundle, { log: context.log, settings: context.settings }) ?? [];
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
