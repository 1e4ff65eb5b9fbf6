export const id = 913;
export const ids = [913];
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
  )
};
