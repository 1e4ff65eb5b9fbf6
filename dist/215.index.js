export const id = 215;
export const ids = [215];
export const modules = {
  /***/
  33303: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        W7: () => (
          /* binding */
          fileOf
        ),
        /* harmony export */
        e0: () => (
          /* binding */
          MANIFEST
        ),
        /* harmony export */
        gv: () => (
          /* binding */
          adoptFiles
        ),
        /* harmony export */
        ol: () => (
          /* binding */
          digestOf
        ),
        /* harmony export */
        pS: () => (
          /* binding */
          shownPath
        ),
        /* harmony export */
        s: () => (
          /* binding */
          copyInto
        ),
        /* harmony export */
        yw: () => (
          /* binding */
          packedOf
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78616);
      var _plain_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19130);
      const MANIFEST = "flowferry.json";
      function packedOf(bundle, role) {
        const entry = bundle.manifest.files.find((file) => file.role === role);
        return entry && bundle.packed?.[entry.path];
      }
      function fileOf(bundle, role) {
        const entry = bundle.manifest.files.find((file) => file.role === role);
        return entry ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(bundle.dir, ...entry.path.split("/")) : void 0;
      }
      function shownPath(bundle, file) {
        const relative = typeof file === "string" ? file : file.path;
        return (0, _fs_js__WEBPACK_IMPORTED_MODULE_2__.Gt)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(bundle.shownDir ?? bundle.dir, ...relative.split("/")));
      }
      async function adoptFiles(dir, platform, name, files, location) {
        const entries = [];
        const packed = {};
        for (const file of files) {
          if (file.packed) {
            packed[file.path] = file.packed;
            entries.push({ path: file.path, role: file.role, bytes: file.packed.bytes, sha256: "" });
            continue;
          }
          const digest = await digestOf(dir, file);
          entries.push({ path: file.path, role: file.role, bytes: digest.bytes, sha256: digest.sha256 });
        }
        return {
          dir,
          manifest: { schema: 1, platform, name, source: {}, files: entries },
          location,
          adopted: true,
          ...Object.keys(packed).length > 0 ? { packed } : {}
        };
      }
      async function digestOf(dir, file) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ...file.path.split("/"));
        const subject = { shown: file.path };
        return file.digest ? (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.bh)(absolute, file.digest, subject) : (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.p2)(absolute, subject);
      }
      async function copyInto(dir, file, name, shown = (0, _fs_js__WEBPACK_IMPORTED_MODULE_2__.Gt)(file)) {
        await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        return (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.yp)(file, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name), { shown });
      }
      async function listFiles(dir) {
        const out = [];
        for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
          if (entry.isFile())
            out.push(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
        }
        return out.sort();
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
          unsafeManifestPath
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
      function unsafeManifestPath(name) {
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
          realDirectory
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
      async function realDirectory(dir) {
        return (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir));
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
