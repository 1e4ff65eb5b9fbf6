export const id = 913;
export const ids = [913, 242];
export const modules = {
  /***/
  34913: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        writeBundle: () => (
          /* binding */
          writeBundle
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _bundle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33303);
      var _canonical_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60484);
      var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
      var _fs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78616);
      var _hashed_write_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31724);
      var _json_edit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(99242);
      var _json_location_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(25049);
      var _json_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5737);
      var _limits_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(36419);
      var _memory_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(11360);
      var _names_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(22483);
      var _plain_file_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(19130);
      var _redaction_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(13862);
      var _zip_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5644);
      var _phrasing_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(31677);
      async function writeBundle(options) {
        await assertReplaceable(options.target);
        (0, _memory_js__WEBPACK_IMPORTED_MODULE_10__.FS)();
        const entries = [];
        const placeholders = [];
        for (const file of options.files) {
          const unsafe = (0, _names_js__WEBPACK_IMPORTED_MODULE_15__.Jy)(file.path);
          if (unsafe)
            throw _errors_js__WEBPACK_IMPORTED_MODULE_4__.rJ.at({ file: file.path }, "manifest.path", `the platform's export gives a file a name flowferry cannot write: ${unsafe}`);
          const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.staging, ...file.path.split("/"));
          const rule = options.rules.find((r) => r.role === file.role);
          const { size } = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute);
          const json = rule?.format === "json" && size <= _limits_js__WEBPACK_IMPORTED_MODULE_16__.jA;
          const unsearchable = options.redact && !json ? await whyUnsearchable(absolute, size) : void 0;
          if (unsearchable)
            options.onUnsearched?.(file.path, unsearchable);
          let digest;
          if (json || options.redact && !unsearchable) {
            const rewritten = await rewriteExported(absolute, file.path, json, options.redact ? { rules: rule?.redact } : void 0, options.onUnsearched);
            for (const found of rewritten.redacted)
              placeholders.push({ ...found, file: file.path });
            digest = rewritten.digest;
            (0, _memory_js__WEBPACK_IMPORTED_MODULE_10__.FS)();
          }
          digest ??= await (0, _bundle_js__WEBPACK_IMPORTED_MODULE_2__.ol)(options.staging, file);
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
        await (0, _fs_js__WEBPACK_IMPORTED_MODULE_5__.Zf)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.staging, _bundle_js__WEBPACK_IMPORTED_MODULE_2__.e0), (0, _canonical_json_js__WEBPACK_IMPORTED_MODULE_3__.dj)(manifest));
        await (0, _fs_js__WEBPACK_IMPORTED_MODULE_5__.AQ)(options.staging, options.target);
        return manifest;
      }
      async function rewriteExported(absolute, name, json, redaction, onUnsearched) {
        const read = await readText(absolute, name);
        if ("problem" in read) {
          if (json)
            throw (0, _json_text_js__WEBPACK_IMPORTED_MODULE_9__.MZ)(name, { ...read.problem, message: `the platform exported a file that ${read.problem.message}` });
          onUnsearched?.(name, read.problem.rule === "json.encoding" ? "not UTF-8 text" : "nested too deeply to search");
          return { redacted: [] };
        }
        let document;
        try {
          document = JSON.parse(read.text);
        } catch (error) {
          if (!json)
            return { redacted: [] };
          throw _errors_js__WEBPACK_IMPORTED_MODULE_4__.rJ.at({ file: name, ...(0, _json_location_js__WEBPACK_IMPORTED_MODULE_8__.locateJsonError)(read.text) }, "json.syntax", `the platform exported a file that is not valid JSON (${error.message})`);
        }
        const found = redaction ? (0, _redaction_js__WEBPACK_IMPORTED_MODULE_12__.dL)(document, redaction.rules) : [];
        const redacted = found.map(({ name: placeholder, pointer, reason }) => ({ name: placeholder, pointer, reason }));
        if (json) {
          (0, _redaction_js__WEBPACK_IMPORTED_MODULE_12__.rR)(document, found);
          return { redacted, digest: await (0, _hashed_write_js__WEBPACK_IMPORTED_MODULE_6__.N)(absolute, (0, _canonical_json_js__WEBPACK_IMPORTED_MODULE_3__.Eu)(document), 438) };
        }
        if (found.length === 0)
          return { redacted };
        return { redacted, digest: await (0, _hashed_write_js__WEBPACK_IMPORTED_MODULE_6__.N)(absolute, (0, _json_edit_js__WEBPACK_IMPORTED_MODULE_7__.editedPieces)(read.text, (0, _redaction_js__WEBPACK_IMPORTED_MODULE_12__.I_)(read.text, found), read.bom ? "\uFEFF" : ""), 438) };
      }
      async function readText(file, name) {
        const bytes = await (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_11__.b$)(file, { shown: name }, _limits_js__WEBPACK_IMPORTED_MODULE_16__.jA);
        const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
        const checked = (0, _json_text_js__WEBPACK_IMPORTED_MODULE_9__.op)(bytes);
        return "problem" in checked ? checked : { text: checked.text, bom };
      }
      async function whyUnsearchable(file, size) {
        if (await (0, _zip_js__WEBPACK_IMPORTED_MODULE_13__.G5)(file))
          return "a zip archive, kept byte for byte";
        return size > _limits_js__WEBPACK_IMPORTED_MODULE_16__.jA ? `larger than ${_limits_js__WEBPACK_IMPORTED_MODULE_16__.jA} bytes, the most flowferry parses` : void 0;
      }
      async function assertReplaceable(target) {
        if (!await (0, _fs_js__WEBPACK_IMPORTED_MODULE_5__.t2)(target))
          return;
        const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target);
        if (!info.isDirectory()) {
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.rJ(`path '${(0, _fs_js__WEBPACK_IMPORTED_MODULE_5__.Gt)(target)}' is a file; export writes a directory`, [], {
            hint: `Point ${(0, _phrasing_js__WEBPACK_IMPORTED_MODULE_14__.hF)("path")} at a new or empty directory, e.g. ${(0, _phrasing_js__WEBPACK_IMPORTED_MODULE_14__.Pe)("path", "flowferry-export")}.`
          });
        }
        if (!await (0, _fs_js__WEBPACK_IMPORTED_MODULE_5__.Zs)(target) && !await (0, _fs_js__WEBPACK_IMPORTED_MODULE_5__.t2)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target, _bundle_js__WEBPACK_IMPORTED_MODULE_2__.e0))) {
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.rJ(`path '${(0, _fs_js__WEBPACK_IMPORTED_MODULE_5__.Gt)(target)}' is a directory that holds other files, not a flowferry bundle`, [], {
            hint: `Export replaces the directory it writes; point ${(0, _phrasing_js__WEBPACK_IMPORTED_MODULE_14__.hF)("path")} at a new directory or an earlier export.`
          });
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
        editedPieces: () => (
          /* binding */
          editedPieces
        ),
        /* harmony export */
        r: () => (
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
          const pointer = (0, _json_edit_js__WEBPACK_IMPORTED_MODULE_2__.r)(spot.path);
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
        (0, _json_walk_js__WEBPACK_IMPORTED_MODULE_3__.visitStringValues)(text, (string, path) => {
          const replacement = byPointer.get((0, _json_edit_js__WEBPACK_IMPORTED_MODULE_2__.r)(path()));
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
  )
};
