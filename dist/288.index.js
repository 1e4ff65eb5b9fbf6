export const id = 288;
export const ids = [288];
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
  25049: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        FU: () => (
          /* binding */
          locatePaths
        ),
        /* harmony export */
        R4: () => (
          /* binding */
          locateJsonError
        ),
        /* harmony export */
        UQ: () => (
          /* binding */
          jsonSyntaxError
        ),
        /* harmony export */
        t$: () => (
          /* binding */
          positionAt
        )
        /* harmony export */
      });
      var _json_depth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19033);
      var _json_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33603);
      var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36419);
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
      function jsonSyntaxError(text) {
        const deep = (0, _json_depth_js__WEBPACK_IMPORTED_MODULE_0__.DI)(text);
        if (deep !== void 0)
          return { ...positionAt(text, deep), message: `nested more than ${_limits_js__WEBPACK_IMPORTED_MODULE_2__.KX} levels deep` };
        const error = (0, _json_walk_js__WEBPACK_IMPORTED_MODULE_1__.mk)(text);
        return error && { line: error.line, col: error.col, message: error.message };
      }
      function locateJsonError(text) {
        const error = jsonSyntaxError(text);
        return error ? { line: error.line, col: error.col } : {};
      }
      function locatePath(text, path2) {
        return locatePaths(text, [path2])[0];
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
        )
        /* harmony export */
      });
      var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
      var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
      var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
      var _json_depth_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19033);
      var _json_location_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25049);
      var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36419);
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
          problem: { rule: "json.encoding", message: `is not valid UTF-8: byte ${offset} (0x${bytes[offset].toString(16).padStart(2, "0")}) starts no UTF-8 character`, ...(0, _json_location_js__WEBPACK_IMPORTED_MODULE_3__.t$)(before, before.length) }
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
      function depthProblem(text, max = _limits_js__WEBPACK_IMPORTED_MODULE_4__.KX) {
        const at = (0, _json_depth_js__WEBPACK_IMPORTED_MODULE_2__.DI)(text, max);
        if (at === void 0)
          return void 0;
        return { rule: "json.depth", message: `nests arrays and objects more than ${max} levels deep; flowferry reads at most ${max}`, ...(0, _json_location_js__WEBPACK_IMPORTED_MODULE_3__.t$)(text, at) };
      }
      function jsonTextOrProblem(bytes, max = _limits_js__WEBPACK_IMPORTED_MODULE_4__.KX) {
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
      function jsonText(bytes, file, max = _limits_js__WEBPACK_IMPORTED_MODULE_4__.KX) {
        const result = jsonTextOrProblem(bytes, max);
        if ("problem" in result)
          throw textError(file, result.problem);
        return result.text;
      }
      function assertDepth(text, file, max = _limits_js__WEBPACK_IMPORTED_MODULE_4__.KX) {
        const problem = depthProblem(text, max);
        if (problem)
          throw textError(file, problem);
      }
    })
  ),
  /***/
  33603: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        ek: () => (
          /* binding */
          leadingFields
        ),
        /* harmony export */
        fw: () => (
          /* binding */
          visitStringValues
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
              let path2;
              const pathOf = () => path2 ??= pathSupplier();
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
        for (const path2 of paths)
          for (let depth = 0; depth <= path2.length; depth++)
            wanted.add(pointerOf(path2.slice(0, depth)));
        const found = /* @__PURE__ */ new Map();
        if ((0, _json_depth_js__WEBPACK_IMPORTED_MODULE_1__.DI)(text) !== void 0)
          return paths.map(() => void 0);
        const note = (path2, offset) => {
          const pointer = pointerOf(path2);
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
          const path2 = paths[i];
          for (let depth = path2.length; depth >= 0; depth--) {
            const offset = found.get(pointerOf(path2.slice(0, depth)));
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
        const put = (path2, value) => {
          root ??= container(path2[0]);
          let node = root;
          for (let i = 0; i < path2.length - 1; i++) {
            const next = node[path2[i]] ??= container(path2[i + 1]);
            if (next === null || typeof next !== "object")
              return;
            node = next;
          }
          node[path2.at(-1)] = value;
        };
        try {
          (0, jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
            onLiteralValue(value, _offset, _length, _line, _character, pathSupplier) {
              const path2 = pathSupplier();
              if (path2.length === 0 || path2.length > maxDepth || path2.includes("__proto__"))
                return;
              put(path2, value);
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
      function pointerOf(path2) {
        return path2.map((segment) => `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
      }
      function describeCode(code) {
        return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
      }
    })
  )
};
