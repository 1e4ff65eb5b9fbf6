export const id = 6;
export const ids = [6, 603, 49, 242];
export const modules = {
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
          canonicalJson
        )
        /* harmony export */
      });
      var _json_depth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19033);
      function canonicalJson(value) {
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
  25049: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        jsonSyntaxError: () => (
          /* binding */
          jsonSyntaxError
        ),
        /* harmony export */
        locateJsonError: () => (
          /* binding */
          locateJsonError
        ),
        /* harmony export */
        locatePath: () => (
          /* binding */
          locatePath
        ),
        /* harmony export */
        locatePaths: () => (
          /* binding */
          locatePaths
        )
        /* harmony export */
      });
      var _json_depth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19033);
      var _json_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33603);
      var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36419);
      var _json_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5737);
      function jsonSyntaxError(text) {
        const deep = (0, _json_depth_js__WEBPACK_IMPORTED_MODULE_0__.DI)(text);
        if (deep !== void 0)
          return { ...(0, _json_text_js__WEBPACK_IMPORTED_MODULE_2__.t$)(text, deep), message: `nested more than ${_limits_js__WEBPACK_IMPORTED_MODULE_3__.KX} levels deep` };
        const error = (0, _json_walk_js__WEBPACK_IMPORTED_MODULE_1__.mk)(text);
        return error && { line: error.line, col: error.col, message: error.message };
      }
      function locateJsonError(text) {
        const error = jsonSyntaxError(text);
        return error ? { line: error.line, col: error.col } : {};
      }
      function locatePath(text, path) {
        return locatePaths(text, [path])[0];
      }
      function locatePaths(text, paths) {
        if (paths.length === 0)
          return [];
        const offsets = (0, _json_walk_js__WEBPACK_IMPORTED_MODULE_1__.wM)(text, paths);
        let lineStarts;
        return offsets.map((offset) => {
          if (offset === void 0)
            return void 0;
          lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
          let low = 0;
          let high = lineStarts.length - 1;
          while (low < high) {
            const middle = low + high + 1 >> 1;
            if (lineStarts[middle] <= offset)
              low = middle;
            else
              high = middle - 1;
          }
          return { line: low + 1, col: offset - lineStarts[low] + 1 };
        });
      }
    })
  ),
  /***/
  33603: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        leadingFields: () => (
          /* binding */
          leadingFields
        ),
        /* harmony export */
        mk: () => (
          /* binding */
          firstSyntaxError
        ),
        /* harmony export */
        rq: () => (
          /* binding */
          pointerOf
        ),
        /* harmony export */
        visitStringValues: () => (
          /* binding */
          visitStringValues
        ),
        /* harmony export */
        wM: () => (
          /* binding */
          offsetsOf
        )
        /* harmony export */
      });
      var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
      var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
      var _json_depth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19033);
      const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };
      const STOP = /* @__PURE__ */ Symbol("stop");
      function firstSyntaxError(text) {
        if ((0, _json_depth_js__WEBPACK_IMPORTED_MODULE_1__.DI)(text) !== void 0)
          throw new _json_depth_js__WEBPACK_IMPORTED_MODULE_1__.Fd();
        let found;
        try {
          (0, jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
            onError(error, offset, _length, line, character) {
              found = { offset, line: line + 1, col: character + 1, message: describeCode((0, jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(error)) };
              throw STOP;
            }
          }, STRICT);
        } catch (error) {
          if (error !== STOP)
            throw error;
        }
        return found;
      }
      function visitStringValues(text, onString, wanted) {
        if ((0, _json_depth_js__WEBPACK_IMPORTED_MODULE_1__.DI)(text) !== void 0)
          throw new _json_depth_js__WEBPACK_IMPORTED_MODULE_1__.Fd();
        const inObject = [];
        let property = "";
        let valid = true;
        try {
          (0, jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
            onObjectBegin: () => void inObject.push(true),
            onObjectEnd: () => void inObject.pop(),
            onArrayBegin: () => void inObject.push(false),
            onArrayEnd: () => void inObject.pop(),
            onObjectProperty: (name) => void (property = name),
            onLiteralValue(value, offset, length, line, character, pathSupplier) {
              if (typeof value !== "string")
                return;
              let path;
              const pathOf = () => path ??= pathSupplier();
              if (wanted) {
                const parentIsObject = inObject.at(-1);
                const key = parentIsObject === void 0 ? void 0 : parentIsObject ? property : pathOf().at(-1);
                if (key !== void 0 && !wanted(key))
                  return;
              }
              onString({ value, offset, length, line: line + 1, col: character + 1 }, pathOf);
            },
            onError() {
              valid = false;
              throw STOP;
            }
          }, STRICT);
        } catch (error) {
          if (error !== STOP)
            throw error;
        }
        return valid;
      }
      function offsetsOf(text, paths) {
        const pointers = paths.map(pointerOf);
        const wanted = /* @__PURE__ */ new Set();
        for (const path of paths)
          for (let depth = 0; depth <= path.length; depth++)
            wanted.add(pointerOf(path.slice(0, depth)));
        const found = /* @__PURE__ */ new Map();
        if ((0, _json_depth_js__WEBPACK_IMPORTED_MODULE_1__.DI)(text) !== void 0)
          return paths.map(() => void 0);
        const note = (path, offset) => {
          const pointer = pointerOf(path);
          if (wanted.has(pointer) && !found.has(pointer))
            found.set(pointer, offset);
        };
        const inArray = [];
        const element = (offset, pathSupplier) => {
          if (inArray.at(-1) !== false)
            note(pathSupplier(), offset);
        };
        (0, jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
          onObjectBegin(offset, _length, _line, _character, pathSupplier) {
            element(offset, pathSupplier);
            inArray.push(false);
          },
          onObjectEnd: () => void inArray.pop(),
          onArrayBegin(offset, _length, _line, _character, pathSupplier) {
            element(offset, pathSupplier);
            inArray.push(true);
          },
          onArrayEnd: () => void inArray.pop(),
          onLiteralValue: (_value, offset, _length, _line, _character, pathSupplier) => element(offset, pathSupplier),
          onObjectProperty: (name, offset, _length, _line, _character, pathSupplier) => note([...pathSupplier(), name], offset)
        }, { disallowComments: true });
        return pointers.map((_pointer, i) => {
          const path = paths[i];
          for (let depth = path.length; depth >= 0; depth--) {
            const offset = found.get(pointerOf(path.slice(0, depth)));
            if (offset !== void 0)
              return offset;
          }
          return void 0;
        });
      }
      function leadingFields(text, maxDepth = 3) {
        if ((0, _json_depth_js__WEBPACK_IMPORTED_MODULE_1__.DI)(text) !== void 0)
          return void 0;
        let root;
        const container = (next) => typeof next === "number" ? [] : /* @__PURE__ */ Object.create(null);
        const put = (path, value) => {
          root ??= container(path[0]);
          let node = root;
          for (let i = 0; i < path.length - 1; i++) {
            const next = node[path[i]] ??= container(path[i + 1]);
            if (next === null || typeof next !== "object")
              return;
            node = next;
          }
          node[path.at(-1)] = value;
        };
        try {
          (0, jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
            onLiteralValue(value, _offset, _length, _line, _character, pathSupplier) {
              const path = pathSupplier();
              if (path.length === 0 || path.length > maxDepth || path.includes("__proto__"))
                return;
              put(path, value);
            },
            onError() {
              throw STOP;
            }
          }, STRICT);
        } catch (error) {
          if (error !== STOP)
            throw error;
        }
        return root;
      }
      function pointerOf(path) {
        return path.map((segment) => `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
      }
      function describeCode(code) {
        return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
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
