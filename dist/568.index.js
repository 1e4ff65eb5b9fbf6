export const id = 568;
export const ids = [568];
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
  71732: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        G5: () => (
          /* binding */
          isZipFile
        ),
        /* harmony export */
        Yg: () => (
          /* binding */
          unpackZip
        ),
        /* harmony export */
        oP: () => (
          /* binding */
          nextEntry
        ),
        /* harmony export */
        wo: () => (
          /* binding */
          inspectZip
        )
        /* harmony export */
      });
      var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16082);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
      var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
      var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_3___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
      var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
      var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /* @__PURE__ */ __webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
      var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
      var _fs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78616);
      var _memory_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11360);
      var _plain_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19130);
      var _names_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(22483);
      async function zipReader() {
        return (await __webpack_require__.e(
          /* import() */
          663
        ).then(__webpack_require__.t.bind(__webpack_require__, 20663, 19))).default;
      }
      const defaultZipLimits = {
        maxEntries: 1e4,
        maxTotalBytes: 2 * 1024 ** 3,
        maxRatio: 200
      };
      const S_IFMT = 61440;
      const S_IFLNK = 40960;
      async function inspectZip(file, limits = defaultZipLimits) {
        const shown = (0, _fs_js__WEBPACK_IMPORTED_MODULE_6__.Gt)(file);
        const { openPromise, getFileNameLowLevel } = await zipReader();
        let zip;
        try {
          zip = await openPromise(file, { decodeStrings: false, validateEntrySizes: true });
        } catch (error) {
          throw _errors_js__WEBPACK_IMPORTED_MODULE_5__.rJ.at({ file: shown }, "zip.format", `not a readable zip archive (${error.message})`, "Use the archive exactly as the platform exported it.");
        }
        const entries = [];
        const findings = [];
        const problem = (message, rule) => findings.push({ file: shown, severity: "error", rule, message });
        let total = 0;
        try {
          if (zip.entryCount > limits.maxEntries) {
            problem(`the archive has ${zip.entryCount} entries; at most ${limits.maxEntries} are accepted`, "zip.entries");
            return { entries, findings };
          }
          for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
            const name = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
            const unsafe = (0, _names_js__WEBPACK_IMPORTED_MODULE_9__.gj)(name);
            if (unsafe)
              problem(`entry ${JSON.stringify(name)}: ${unsafe}`, "zip.path");
            const mode = entry.externalFileAttributes >>> 16 & S_IFMT;
            if (mode === S_IFLNK)
              problem(`entry ${JSON.stringify(name)} is a symbolic link; links are not accepted`, "zip.symlink");
            if (entry.isEncrypted())
              problem(`entry ${JSON.stringify(name)} is encrypted`, "zip.encrypted");
            total += entry.uncompressedSize;
            if (entry.uncompressedSize > 1024 ** 2 && entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)) {
              problem(`entry ${JSON.stringify(name)} expands ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}-fold; more than ${limits.maxRatio}-fold looks like a zip bomb`, "zip.ratio");
            }
            entries.push({
              name,
              size: entry.uncompressedSize,
              compressedSize: entry.compressedSize,
              directory: name.endsWith("/")
            });
          }
          if (total > limits.maxTotalBytes) {
            problem(`the archive expands to ${total} bytes; at most ${limits.maxTotalBytes} are accepted`, "zip.size");
          }
          const same = (0, _names_js__WEBPACK_IMPORTED_MODULE_9__.Fk)(entries.map((entry) => entry.name.replace(/\/$/, "")));
          for (const [first, second] of same.slice(0, 10)) {
            problem(`entries ${JSON.stringify(first)} and ${JSON.stringify(second)} name the same file (case and Unicode form do not tell names apart)`, "zip.duplicate");
          }
          const clashes = (0, _names_js__WEBPACK_IMPORTED_MODULE_9__._y)(entries.filter((entry) => !entry.directory).map((entry) => entry.name));
          for (const [file2, inside] of clashes.slice(0, 10)) {
            problem(`entry ${JSON.stringify(inside)} would be inside ${JSON.stringify(file2)}, which is a file`, "zip.duplicate");
          }
          if (same.length > 10 || clashes.length > 10)
            problem(`${same.length + clashes.length} clashing names in all`, "zip.duplicate");
        } catch (error) {
          throw _errors_js__WEBPACK_IMPORTED_MODULE_5__.rJ.at({ file: shown }, "zip.format", `the archive is damaged (${error.message})`);
        } finally {
          zip.close();
        }
        return { entries, findings };
      }
      async function extractZip(file, dest, limits = defaultZipLimits) {
        return [...(await extractZipHashed(file, dest, limits)).keys()];
      }
      async function extractZipHashed(file, dest, limits = defaultZipLimits) {
        return (await unpackZip(file, dest, { limits })).written;
      }
      async function unpackZip(file, dest, options = {}) {
        const shown = (0, _fs_js__WEBPACK_IMPORTED_MODULE_6__.Gt)(file);
        const archive = options.leave ? await (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_8__.lN)(file, { shown }) : void 0;
        const { findings } = await inspectZip(file, options.limits);
        if (findings.length > 0) {
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__.rJ(`${shown}: refused to unpack: ${findings.map((f) => f.message).join("; ")}`, findings);
        }
        const { openPromise, getFileNameLowLevel } = await zipReader();
        const zip = await openPromise(file, { decodeStrings: false, validateEntrySizes: true });
        const written = /* @__PURE__ */ new Map();
        const left = /* @__PURE__ */ new Map();
        try {
          for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
            const name = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
            if (name.endsWith("/"))
              continue;
            const stored = entry.compressionMethod === 0 && !entry.isEncrypted() && entry.compressedSize === entry.uncompressedSize;
            if (archive && stored && options.leave({ name, bytes: entry.uncompressedSize })) {
              const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
              const archiveBytes = Number(archive.size);
              if (fileDataStart + entry.uncompressedSize > archiveBytes)
                throw new Error(`entry ${JSON.stringify(name)} runs past the end of the archive`);
              left.set(name, { name, archive: file, archiveBytes, offset: fileDataStart, bytes: entry.uncompressedSize, crc32: entry.crc32 });
              continue;
            }
            const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dest, ...name.split("/"));
            if (!target.startsWith(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(dest) + node_path__WEBPACK_IMPORTED_MODULE_3___default().sep))
              throw new Error(`entry ${JSON.stringify(name)} escapes the destination`);
            await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), { recursive: true });
            const temp = (0, _fs_js__WEBPACK_IMPORTED_MODULE_6__.ht)(target);
            try {
              const hash = (0, _crypto_js__WEBPACK_IMPORTED_MODULE_0__.n1)("sha256");
              if (stored)
                await copyStored(file, zip, entry, temp, name, hash);
              else
                await (0, node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(await zip.openReadStreamPromise(entry), (0, _memory_js__WEBPACK_IMPORTED_MODULE_7__.SN)(hash), (0, node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp, { flags: "wx" }));
              await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
              written.set(name, { bytes: entry.uncompressedSize, sha256: hash.digest("hex") });
            } catch (error) {
              await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
              throw error;
            }
          }
        } catch (error) {
          if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__.rJ)
            throw error;
          throw _errors_js__WEBPACK_IMPORTED_MODULE_5__.rJ.at({ file: shown }, "zip.format", `could not unpack the archive (${error.message})`);
        } finally {
          zip.close();
        }
        if (archive && left.size > 0)
          (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_8__.kY)(file, archive);
        return { written, left };
      }
      async function copyStored(file, zip, entry, target, name, hash) {
        const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
        const total = entry.uncompressedSize;
        const size = Math.min(1024 * 1024, Math.max(1, total));
        const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
        const input = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, "r");
        const output = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(target, "wx");
        const { crc32 } = process.getBuiltinModule("node:zlib");
        const read = (into, done) => {
          const reading2 = input.read(into, 0, Math.min(size, total - done), fileDataStart + done).then((r) => r.bytesRead);
          reading2.catch(() => void 0);
          return reading2;
        };
        let crc = 0;
        let reading = total > 0 ? read(buffers[0], 0) : void 0;
        let writing;
        try {
          for (let done = 0, turn = 0; reading; turn ^= 1) {
            const bytesRead = await reading;
            if (bytesRead === 0)
              throw new Error(`entry ${name} is cut short`);
            const chunk = buffers[turn].subarray(0, bytesRead);
            done += bytesRead;
            await writing;
            reading = done < total ? read(buffers[turn ^ 1], done) : void 0;
            crc = crc32(chunk, crc);
            hash.update(chunk);
            writing = writeAll(output, chunk);
            writing.catch(() => void 0);
          }
          await writing;
        } finally {
          await Promise.allSettled([reading, writing]);
          await input.close();
          await output.close();
        }
        if (crc !== entry.crc32)
          throw new Error(`entry ${name} does not match its checksum (CRC-32)`);
      }
      async function writeAll(output, data) {
        for (let done = 0; done < data.length; ) {
          const { bytesWritten } = await output.write(data, done, data.length - done);
          if (bytesWritten === 0)
            throw new Error("the disk took none of the bytes written");
          done += bytesWritten;
        }
      }
      function nextEntry(zip) {
        return new Promise((resolve, reject) => {
          const onEntry = (entry) => {
            cleanup();
            resolve(entry);
          };
          const onEnd = () => {
            cleanup();
            resolve(void 0);
          };
          const onError = (error) => {
            cleanup();
            reject(error);
          };
          const cleanup = () => {
            zip.off("entry", onEntry);
            zip.off("end", onEnd);
            zip.off("error", onError);
          };
          zip.on("entry", onEntry);
          zip.on("end", onEnd);
          zip.on("error", onError);
          zip.readEntry();
        });
      }
      async function isZipFile(file) {
        const handle = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, "r");
        try {
          const head = Buffer.alloc(4);
          const { bytesRead } = await handle.read(head, 0, 4, 0);
          if (bytesRead < 4)
            return false;
          const signature = head.readUInt32LE(0);
          return signature === 67324752 || signature === 101010256;
        } finally {
          await handle.close();
        }
      }
    })
  ),
  /***/
  90568: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        collect: () => (
          /* binding */
          collect
        ),
        exportLive: () => (
          /* binding */
          exportLive
        ),
        exportOperation: () => (
          /* binding */
          exportOperation
        ),
        finishExport: () => (
          /* binding */
          finishExport
        )
      });
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var bundle = __webpack_require__(33303);
      var promises_ = __webpack_require__(51455);
      var canonical_json = __webpack_require__(60484);
      var errors = __webpack_require__(74296);
      var fs = __webpack_require__(78616);
      var hashed_write = __webpack_require__(31724);
      var json_edit = __webpack_require__(99242);
      var json_location = __webpack_require__(25049);
      var json_text = __webpack_require__(5737);
      var limits = __webpack_require__(36419);
      var memory = __webpack_require__(11360);
      var names = __webpack_require__(22483);
      var plain_file = __webpack_require__(19130);
      var core_redaction = __webpack_require__(13862);
      var zip = __webpack_require__(71732);
      var phrasing = __webpack_require__(31677);
      ;
      async function writeBundle(options) {
        await assertReplaceable(options.target);
        (0, memory.FS)();
        const entries = [];
        const placeholders = [];
        for (const file of options.files) {
          const unsafe = (0, names.Jy)(file.path);
          if (unsafe)
            throw errors.rJ.at({ file: file.path }, "manifest.path", `the platform's export gives a file a name flowferry cannot write: ${unsafe}`);
          const absolute = external_node_path_default().join(options.staging, ...file.path.split("/"));
          const rule = options.rules.find((r) => r.role === file.role);
          const { size } = await (0, promises_.stat)(absolute);
          const json = rule?.format === "json" && size <= limits.jA;
          const unsearchable = options.redact && !json ? await whyUnsearchable(absolute, size) : void 0;
          if (unsearchable)
            options.onUnsearched?.(file.path, unsearchable);
          let digest;
          if (json || options.redact && !unsearchable) {
            const rewritten = await rewriteExported(absolute, file.path, json, options.redact ? { rules: rule?.redact } : void 0, options.onUnsearched);
            for (const found of rewritten.redacted)
              placeholders.push({ ...found, file: file.path });
            digest = rewritten.digest;
            (0, memory.FS)();
          }
          digest ??= await (0, bundle.ol)(options.staging, file);
          entries.push({ path: file.path, role: file.role, bytes: digest.bytes, sha256: digest.sha256 });
        }
        const manifest = {
          schema: 1,
          platform: options.platform,
          name: options.name,
          source: options.source,
          files: entries,
          ...placeholders.length > 0 ? { placeholders } : {}
        };
        await (0, fs.Zf)(external_node_path_default().join(options.staging, bundle.e0), (0, canonical_json.dj)(manifest));
        await (0, fs.AQ)(options.staging, options.target);
        return manifest;
      }
      async function rewriteExported(absolute, name, json, redaction, onUnsearched) {
        const read = await readText(absolute, name);
        if ("problem" in read) {
          if (json)
            throw (0, json_text.MZ)(name, { ...read.problem, message: `the platform exported a file that ${read.problem.message}` });
          onUnsearched?.(name, read.problem.rule === "json.encoding" ? "not UTF-8 text" : "nested too deeply to search");
          return { redacted: [] };
        }
        let document;
        try {
          document = JSON.parse(read.text);
        } catch (error) {
          if (!json)
            return { redacted: [] };
          throw errors.rJ.at({ file: name, ...(0, json_location.R4)(read.text) }, "json.syntax", `the platform exported a file that is not valid JSON (${error.message})`);
        }
        const found = redaction ? (0, core_redaction.dL)(document, redaction.rules) : [];
        const redacted = found.map(({ name: placeholder, pointer, reason }) => ({ name: placeholder, pointer, reason }));
        if (json) {
          (0, core_redaction.rR)(document, found);
          return { redacted, digest: await (0, hashed_write.N)(absolute, (0, canonical_json.Eu)(document), 438) };
        }
        if (found.length === 0)
          return { redacted };
        return { redacted, digest: await (0, hashed_write.N)(absolute, (0, json_edit.TQ)(read.text, (0, core_redaction.I_)(read.text, found), read.bom ? "\uFEFF" : ""), 438) };
      }
      async function readText(file, name) {
        const bytes = await (0, plain_file.b$)(file, { shown: name }, limits.jA);
        const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
        const checked = (0, json_text.op)(bytes);
        return "problem" in checked ? checked : { text: checked.text, bom };
      }
      async function whyUnsearchable(file, size) {
        if (await (0, zip.G5)(file))
          return "a zip archive, kept byte for byte";
        return size > limits.jA ? `larger than ${limits.jA} bytes, the most flowferry parses` : void 0;
      }
      async function assertReplaceable(target) {
        if (!await (0, fs.t2)(target))
          return;
        const info = await (0, promises_.stat)(target);
        if (!info.isDirectory()) {
          throw new errors.rJ(`path '${(0, fs.Gt)(target)}' is a file; export writes a directory`, [], {
            hint: `Point ${(0, phrasing.hF)("path")} at a new or empty directory, e.g. ${(0, phrasing.Pe)("path", "flowferry-export")}.`
          });
        }
        if (!await (0, fs.Zs)(target) && !await (0, fs.t2)(external_node_path_default().join(target, bundle.e0))) {
          throw new errors.rJ(`path '${(0, fs.Gt)(target)}' is a directory that holds other files, not a flowferry bundle`, [], {
            hint: `Export replaces the directory it writes; point ${(0, phrasing.hF)("path")} at a new directory or an earlier export.`
          });
        }
      }
      var paths = __webpack_require__(56107);
      var input_names = __webpack_require__(74098);
      var artifact_name = __webpack_require__(70761);
      var operations_job = __webpack_require__(66114);
      var operations_result = __webpack_require__(94649);
      ;
      async function exportOperation(context) {
        const { platform, settings } = context;
        const result = (0, operations_result.YT)(platform.name, "export", { workflowId: settings.workflowId, workflowName: settings.workflowName });
        await (0, operations_result.G9)(result, context.clock, async (cleanup) => {
          const target = await (0, paths.cO)(settings.path, input_names.pd.Path);
          const staging = await (0, fs.UN)(target);
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
        const job = await (0, operations_job.B)(context, outcome.job, result, `the export of workflow ${result.workflowId}`, options);
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
        const manifest = await log.group(`Write the bundle to ${(0, fs.Gt)(target)}`, () => writeBundle({
          staging,
          target,
          platform: platform.name,
          name: exported.name,
          source: provenance(context, exported, job),
          files: exported.files,
          rules: platform.rules.roles,
          redact: settings.redactSecrets,
          onUnsearched: (file, reason2) => unsearched.push(`${file} (${reason2})`)
        }));
        if (unsearched.length > 0) {
          const note = `redact-secrets could not search ${unsearched.join(", ")}: check it for credentials before committing or sharing the bundle`;
          log.warning(note);
          result.notes = [...result.notes ?? [], note];
        }
        result.path = (0, fs.Gt)(target);
        result.files = [bundle.e0, ...manifest.files.map((file) => file.path)].map((file) => `${result.path}/${file}`);
        log.info(`wrote ${result.path}: ${manifest.files.map((file) => `${file.path} (${file.bytes} bytes)`).join(", ")}`);
        if (manifest.placeholders?.length) {
          result.placeholders = manifest.placeholders.map((p) => `${p.name} (${p.file} ${p.pointer}: ${p.reason})`);
          log.info(`redacted ${manifest.placeholders.length} secret value(s); an import will need: ${[...new Set(manifest.placeholders.map((p) => p.name))].join(", ")}`);
        }
        if (!settings.uploadArtifact)
          return;
        const reason = context.artifacts.unavailableReason();
        if (reason) {
          log.warning(`The bundle was not uploaded as an artifact: ${reason}. Set ${(0, phrasing.Pe)(input_names.pd.UploadArtifact, "false")} to skip the upload on purpose.`);
          result.notes = [...result.notes ?? [], `artifact not uploaded: ${reason}`];
          return;
        }
        const name = settings.artifactName ?? (0, artifact_name.V)(platform.name, exported.name || exported.workflowId);
        const uploaded = await log.group(`Upload the artifact ${name}`, () => context.artifacts.upload(name, [bundle.e0, ...manifest.files.map((file) => file.path)].map((file) => external_node_path_default().join(target, ...file.split("/"))), target, settings.retentionDays));
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
  ),
  /***/
  66114: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        B: () => (
          /* binding */
          followJob
        )
      });
      var errors = __webpack_require__(74296);
      var phrasing = __webpack_require__(31677);
      var core_clock = __webpack_require__(32257);
      var duration = __webpack_require__(98571);
      ;
      const GAP_FRACTION = 0.1;
      const MAX_GAP_MS = 6e4;
      const JITTER = 0.05;
      function pollFloor(pollIntervalMs, limits = []) {
        const shortest = limits.length > 0 ? limits.reduce((a, b) => b.perMs < a.perMs ? b : a) : void 0;
        return Math.max(pollIntervalMs, shortest ? Math.ceil(shortest.perMs / shortest.requests) : 0);
      }
      function gapAfter(waitedMs, floorMs, maxGapMs = MAX_GAP_MS) {
        return Math.max(floorMs, Math.min(maxGapMs, GAP_FRACTION * waitedMs));
      }
      class PollWindows {
        limits;
        times = [];
        keep;
        constructor(limits = []) {
          this.limits = limits;
          this.keep = Math.max(0, ...limits.map((limit) => limit.requests));
        }
        record(at) {
          this.times.push(at);
          if (this.times.length > this.keep)
            this.times.splice(0, this.times.length - this.keep);
        }
        /** The earliest moment the next check keeps every window. */
        earliest() {
          let at = Number.NEGATIVE_INFINITY;
          for (const limit of this.limits) {
            const oldest = this.times[this.times.length - limit.requests];
            if (oldest !== void 0)
              at = Math.max(at, oldest + limit.perMs);
          }
          return at;
        }
      }
      function planNextPoll(input) {
        const { started, last, floorMs, deadline } = input;
        const maxGap = Math.max(floorMs, input.maxGapMs ?? MAX_GAP_MS);
        const grid = (t) => gapAfter(t - started, floorMs, maxGap);
        const earliest = Math.max(input.now, (input.lastCheck ?? Number.NEGATIVE_INFINITY) + floorMs, input.notBefore ?? Number.NEGATIVE_INFINITY);
        let gap = grid(last);
        if (gap > floorMs)
          gap = Math.max(floorMs, gap * (1 - JITTER * input.random));
        if (input.lastCheck === void 0 && input.firstGapMs !== void 0)
          gap = Math.min(gap, input.firstGapMs);
        let at = last + gap;
        if (input.progress)
          at = input.progress.trusted ? input.progress.at : Math.min(at, input.progress.at);
        const notBefore = Math.ceil(earliest);
        at = Math.max(Math.floor(at), notBefore);
        if (at >= deadline)
          return last_(deadline, notBefore, input.overrunMs ?? 0);
        let tail = at;
        let lastStep = 0;
        for (let steps = 0; steps < 1e5; steps++) {
          const next = tail + grid(tail);
          if (next >= deadline)
            break;
          lastStep = next - tail;
          tail = next;
        }
        const room = floorMs * 1.1;
        const shortfall = room - (deadline - tail);
        if (shortfall > 0 && lastStep - floorMs < shortfall)
          at = Math.max(notBefore, Math.floor(at - shortfall));
        if (deadline - at < room)
          return last_(deadline, notBefore, input.overrunMs ?? 0);
        return { at, final: false, poll: true };
      }
      function last_(deadline, notBefore, overrunMs) {
        if (notBefore <= deadline)
          return { at: deadline, final: true, poll: true };
        if (notBefore <= deadline + overrunMs)
          return { at: notBefore, final: true, poll: true };
        return { at: deadline, final: true, poll: false };
      }
      ;
      const PREDICTION_MARGIN_POINTS = 0.5;
      const READING_RESOLUTION = 1;
      const STEADY_MIN_RISE = 2;
      const RATE_TOLERANCE = 0.25;
      class ProgressWatch {
        anchor;
        /** The latest reading: the anchor until a reply carries a percentage. */
        last;
        /** `last` came from a reply, not from the 0 % assumed at the start. */
        lastIsReply;
        estimate;
        constructor(startedAt, initialPercent) {
          this.anchor = { at: startedAt, percent: usable(initialPercent) ? initialPercent : 0 };
          this.last = this.anchor;
          this.lastIsReply = usable(initialPercent);
        }
        observe(at, percent) {
          this.estimate = void 0;
          if (!usable(percent))
            return;
          const { anchor } = this;
          const previous = this.last;
          const previousIsReply = this.lastIsReply;
          const reading = { at, percent };
          this.last = reading;
          this.lastIsReply = true;
          if (percent <= previous.percent || percent <= anchor.percent || at <= previous.at || at <= anchor.at)
            return;
          const rise = percent - anchor.percent;
          const end = anchor.at + (at - anchor.at) * (100 - anchor.percent) / Math.max(rise - PREDICTION_MARGIN_POINTS, rise / 2);
          const recent = rates(previous, reading);
          const overall = rates(anchor, reading);
          const steady = previousIsReply && percent - previous.percent >= STEADY_MIN_RISE && agree(recent, overall);
          if (!steady) {
            this.estimate = { at: end, trusted: false, atEnd: true };
            return;
          }
          const fastest = Math.max(Math.min(recent.high, overall.high), recent.low);
          const earliestEnd = at + Math.max(0, 100 - percent - READING_RESOLUTION) / fastest;
          const bound = anchor.at + (earliestEnd - anchor.at) * (1 + GAP_FRACTION);
          this.estimate = end <= bound ? { at: end, trusted: true, atEnd: true } : { at: bound, trusted: true, atEnd: false };
        }
      }
      function rates(from, to) {
        const rise = to.percent - from.percent;
        const time = to.at - from.at;
        return { low: Math.max(0, rise - READING_RESOLUTION) / time, high: (rise + READING_RESOLUTION) / time };
      }
      function agree(a, b) {
        return a.low <= b.high * (1 + RATE_TOLERANCE) && b.low <= a.high * (1 + RATE_TOLERANCE);
      }
      function usable(percent) {
        return percent !== void 0 && Number.isFinite(percent) && percent >= 0 && percent < 100;
      }
      ;
      const LAST_CHECK_GRACE_MS = 5e3;
      const LAST_CHECK_OVERRUN_MS = 2e3;
      async function waitForJob(options, stats = { polls: 0, elapsedMs: 0 }) {
        const clock = options.clock ?? core_clock.m;
        const heartbeat = options.heartbeatMs ?? 25e3;
        const { log, deadline } = options;
        const limits = options.limits ?? [];
        const floor = pollFloor(options.pollIntervalMs, limits);
        const started = clock.now();
        let state = options.initial;
        if (state && state.state !== "running")
          return state;
        if (floor > options.pollIntervalMs) {
          log.info(`${options.platform} allows ${describeLimit(limits)}: checking the job at most every ${(0, duration.a)(floor)}, not every ${(0, duration.a)(options.pollIntervalMs)} (poll-interval)`);
        }
        log.debug(`${options.platform} job: the timeout falls at ${new Date(deadline.at).toISOString()}`);
        const windows = new PollWindows(limits);
        const progress = new ProgressWatch(started, state?.percent);
        let last = started;
        let lastCheck = options.initialIsCheck ? started : void 0;
        let lastLine = started;
        let reported = state ? describe(state) : "";
        let retryAfter;
        let missedEnd = false;
        for (; ; ) {
          if (retryAfter && retryAfter.at > deadline.at)
            throw timedOut(options, state, clock.now() - started, `the platform asked not to be asked again for ${(0, duration.a)(retryAfter.ms)} (Retry-After), which is past the timeout`);
          const estimate = progress.estimate;
          const plan = planNextPoll({
            started,
            last,
            lastCheck,
            now: clock.now(),
            floorMs: floor,
            firstGapMs: options.pollIntervalMs,
            maxGapMs: options.maxGapMs,
            deadline: deadline.at,
            random: clock.random(),
            progress: estimate && { at: estimate.at, trusted: estimate.trusted && !missedEnd },
            notBefore: Math.max(retryAfter?.at ?? Number.NEGATIVE_INFINITY, windows.earliest()),
            overrunMs: LAST_CHECK_OVERRUN_MS
          });
          for (let now = clock.now(); now < plan.at; now = clock.now()) {
            await clock.sleep(Math.min(plan.at, lastLine + heartbeat) - now);
            if (clock.now() >= lastLine + heartbeat && clock.now() < plan.at) {
              log.info(heartbeatLine(options.platform, state, clock.now() - started, plan.at - clock.now()));
              lastLine = clock.now();
            }
          }
          if (!plan.poll)
            throw timedOut(options, state, clock.now() - started, `a last check would have come sooner than ${(0, duration.a)(floor)} after the previous one, or too long after the deadline`);
          const sentAt = clock.now();
          windows.record(sentAt);
          state = plan.final ? await deadline.lastCall(LAST_CHECK_GRACE_MS, options.check) : await options.check();
          stats.polls++;
          last = sentAt;
          lastCheck = sentAt;
          missedEnd = estimate !== void 0 && estimate.trusted && estimate.atEnd && !missedEnd && plan.at >= Math.floor(estimate.at);
          progress.observe(sentAt, state.percent);
          retryAfter = state.retryAfterMs === void 0 ? void 0 : { at: clock.now() + state.retryAfterMs, ms: state.retryAfterMs };
          const text = describe(state);
          if (text !== reported || clock.now() - lastLine >= heartbeat) {
            log.info(heartbeatLine(options.platform, state, clock.now() - started));
            reported = text;
            lastLine = clock.now();
          }
          if (state.state !== "running") {
            stats.elapsedMs = clock.now() - started;
            return state;
          }
          if (plan.final)
            throw timedOut(options, state, clock.now() - started);
        }
      }
      function describeLimit(limits) {
        return limits.map((limit) => `${limit.requests} status checks per ${(0, duration.a)(limit.perMs)}`).join(" and ") + " for each job";
      }
      function describe(state) {
        return state.percent === void 0 ? state.platformStatus : `${state.platformStatus} ${Math.round(state.percent)}%`;
      }
      function heartbeatLine(platform, state, elapsedMs, nextMs) {
        const status = state ? describe(state) : "started";
        const id2 = state?.id ? ` ${state.id}` : "";
        const next = nextMs === void 0 ? "" : `, next check in ${(0, duration.a)(nextMs)}`;
        return `${platform} job${id2}: ${status} after ${(0, duration.a)(elapsedMs)}${next}`;
      }
      function timedOut(options, state, elapsedMs, why) {
        const id2 = state?.id;
        const status = state ? describe(state) : "unknown";
        const detail = why ? `after ${(0, duration.a)(elapsedMs)} (last status ${status}): ${why}` : `at the timeout: the last check, made at the deadline after ${(0, duration.a)(elapsedMs)} of waiting, found it ${status}`;
        return new errors.On(`Gave up waiting for ${options.platform} job ${id2 ?? ""} ${detail}. The job may still be running on the platform.`, id2, state?.platformStatus);
      }
      var input_names = __webpack_require__(74098);
      ;
      async function followJob(context, job, result, what, options = {}) {
        const { settings, log } = context;
        result.jobId = job.id || result.jobId;
        result.platformStatus = job.platformStatus;
        let final = job;
        if (job.state === "running") {
          if (!(options.wait ?? settings.wait)) {
            result.status = "in-progress";
            result.message = `${what} is running as job ${job.id}; not waiting (${(0, phrasing.Pe)(input_names.pd.Wait, "false")}).`;
            result.hint = context.resumeHint(job.id);
            return void 0;
          }
          const client = context.client();
          if (!client.jobStatus)
            throw new Error(`${context.platform.name} returned a running job but cannot report on it`);
          try {
            final = await log.group(`Wait for ${context.platform.title} job ${job.id}`, () => waitForJob({
              platform: context.platform.title,
              check: () => client.jobStatus(job.id),
              initial: job,
              initialIsCheck: options.fromCheck,
              pollIntervalMs: settings.pollIntervalMs,
              limits: context.platform.pollLimits,
              deadline: context.deadline,
              log,
              clock: context.clock
            }));
          } catch (error) {
            throw whileWaiting(error, job, context);
          }
        }
        result.platformStatus = final.platformStatus;
        const merged = { ...job, ...definedOnly(final) };
        if (merged.state === "failed") {
          const reason = merged.message ? `: ${merged.message}` : " (the platform gives no reason)";
          throw new errors.dk(`${what} failed: ${context.platform.title} reported ${merged.platformStatus}${reason}`, merged.id, merged.platformStatus).withHint(merged.hint);
        }
        return merged;
      }
      function definedOnly(value) {
        return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
      }
      function whileWaiting(error, job, context) {
        if (!(error instanceof errors.rm))
          return error;
        const resume = context.resumeHint(job.id);
        const note = context.settings.operation === "wait" ? resume : `# Job ${job.id} was started and may still be running; ${(0, phrasing.MZ)("rerunning")} would start it again.
${resume}`;
        if (error instanceof errors.On) {
          if (error.jobId)
            return error.withHint(note);
          return new errors.On(`${error.message}. The job may still be running on the platform.`, job.id, job.platformStatus, note);
        }
        const passing = error instanceof errors.Dr || error instanceof errors.j$ && (error.httpStatus === 429 || error.httpStatus >= 500);
        return error.withHint(passing ? note : [error.hint, note].filter(Boolean).join("\n"));
      }
    })
  )
};
