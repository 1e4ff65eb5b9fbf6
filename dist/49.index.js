export const id = 49;
export const ids = [49, 603];
export const modules = {
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
  )
};
