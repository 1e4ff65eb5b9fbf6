export const id = 560;
export const ids = [560];
export const modules = {
  /***/
  9766: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        f: () => (
          /* binding */
          saveTo
        )
        /* harmony export */
      });
      var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16082);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
      var _fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78616);
      var _memory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11360);
      var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61037);
      var _framed_body_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41826);
      const HEADER_LIMIT = 200;
      const WRITE_BATCH = 1024 * 1024;
      function saveTo(file, options = {}) {
        return async (reply) => {
          const temp = (0, _fs_js__WEBPACK_IMPORTED_MODULE_2__.ht)(file, "download");
          const hash = options.hash === false ? void 0 : (0, _crypto_js__WEBPACK_IMPORTED_MODULE_0__.n1)("sha256");
          let bytes = 0;
          try {
            const output = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, "wx");
            if (reply.body instanceof _framed_body_js__WEBPACK_IMPORTED_MODULE_5__.Q) {
              try {
                bytes = await pumpInto(output, reply.body, hash);
              } finally {
                await output.close();
              }
              (0, _memory_js__WEBPACK_IMPORTED_MODULE_3__.IB)(bytes);
              await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
              return described(reply, bytes, hash);
            }
            let writing;
            try {
              let batch = [];
              let batched = 0;
              for await (const chunk of reply.body) {
                bytes += chunk.length;
                hash?.update(chunk);
                (0, _memory_js__WEBPACK_IMPORTED_MODULE_3__.IB)(chunk.length);
                batch.push(chunk);
                batched += chunk.length;
                if (batched < WRITE_BATCH)
                  continue;
                if (writing)
                  await writing;
                writing = writeAll(output, batch);
                writing.catch(() => void 0);
                batch = [];
                batched = 0;
              }
              if (writing)
                await writing;
              writing = void 0;
              if (batch.length > 0)
                await writeAll(output, batch);
            } finally {
              await writing?.catch(() => void 0);
              await output.close();
            }
            await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
          } catch (error) {
            await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
            throw error;
          }
          return described(reply, bytes, hash);
        };
      }
      function described(reply, bytes, hash) {
        const type = reply.headers["content-type"];
        const contentType = Array.isArray(type) ? type[0] : type;
        const filename = filenameOf(reply.headers["content-disposition"]);
        return {
          bytes,
          sha256: hash?.digest("hex"),
          contentType: contentType === void 0 ? void 0 : (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__.Ui)(contentType, HEADER_LIMIT),
          filename: filename === void 0 ? void 0 : (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__.Ui)(filename, HEADER_LIMIT)
        };
      }
      async function pumpInto(output, body, hash) {
        let filling = Buffer.allocUnsafeSlow(WRITE_BATCH + _framed_body_js__WEBPACK_IMPORTED_MODULE_5__.m);
        let spare = Buffer.allocUnsafeSlow(WRITE_BATCH + _framed_body_js__WEBPACK_IMPORTED_MODULE_5__.m);
        let filled = 0;
        let bytes = 0;
        let writing;
        let waiting = false;
        let failure;
        const startWrite = () => {
          const batch = filling;
          const length = filled;
          filling = spare;
          spare = void 0;
          filled = 0;
          writing = writeAll(output, [batch.subarray(0, length)]).then(() => {
            spare = batch;
            writing = void 0;
            if (!waiting)
              return;
            waiting = false;
            startWrite();
            body.flow();
          }, (error) => {
            failure = error;
            body.destroy(error);
          });
        };
        try {
          await body.pump((piece) => {
            bytes += piece.length;
            hash?.update(piece);
            if (filled + piece.length > filling.length)
              filling = Buffer.concat([filling.subarray(0, filled)], filled + piece.length + _framed_body_js__WEBPACK_IMPORTED_MODULE_5__.m);
            piece.copy(filling, filled);
            filled += piece.length;
            if (filled < WRITE_BATCH || waiting)
              return !waiting;
            if (writing) {
              waiting = true;
              return false;
            }
            startWrite();
            return true;
          });
        } catch (error) {
          await writing?.catch(() => void 0);
          throw failure ?? error;
        }
        while (writing)
          await writing;
        if (failure)
          throw failure;
        if (filled > 0)
          await writeAll(output, [filling.subarray(0, filled)]);
        return bytes;
      }
      function filenameOf(disposition) {
        if (!disposition)
          return void 0;
        const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
        if (extended?.[1]) {
          try {
            return decodeURIComponent(extended[1].trim());
          } catch {
          }
        }
        const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
        return (plain?.[2] ?? plain?.[1])?.trim() || void 0;
      }
      async function writeAll(output, chunks) {
        let rest = chunks;
        while (rest.length > 0) {
          let { bytesWritten } = await output.writev(rest);
          if (bytesWritten === 0)
            throw new Error("the disk took none of the bytes written");
          while (rest.length > 0 && bytesWritten >= rest[0].length)
            bytesWritten -= rest.shift().length;
          if (bytesWritten > 0)
            rest[0] = rest[0].subarray(bytesWritten);
        }
      }
    })
  ),
  /***/
  41826: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Q: () => (
          /* binding */
          FramedBody
        ),
        /* harmony export */
        m: () => (
          /* binding */
          READ_BUFFER
        )
        /* harmony export */
      });
      var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
      var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
      const READ_BUFFER = 64 * 1024;
      class FramedBody extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable {
        socket;
        pumper;
        settle;
        /** Pieces that came before anyone read (with the headers, in the same socket read): copied. */
        held = [];
        ended = false;
        reading = false;
        limit = Number.POSITIVE_INFINITY;
        tooLarge;
        count = 0;
        constructor(socket) {
          super({ highWaterMark: 1024 * 1024 });
          this.socket = socket;
          this.on("error", () => void 0);
        }
        /** Fails the body once more than `limit` bytes came (reply-body.ts: the reply limit, counted here). */
        limitTo(limit, error) {
          this.limit = limit;
          this.tooLarge = error;
        }
        /** From the framer: a piece of the body, valid during this call only. */
        piece(buffer, start, end) {
          if (this.destroyed)
            return;
          this.count += end - start;
          if (this.count > this.limit) {
            this.destroy(this.tooLarge());
            return;
          }
          if (this.pumper) {
            if (!this.pumper(buffer.subarray(start, end)))
              this.socket.pause();
          } else if (this.reading) {
            if (!this.push(Buffer.from(buffer.subarray(start, end)))) {
              this.reading = false;
              this.socket.pause();
            }
          } else {
            this.held.push(Buffer.from(buffer.subarray(start, end)));
            this.socket.pause();
          }
        }
        /** From the framer: the body's last byte came. */
        end() {
          this.ended = true;
          if (this.settle) {
            this.settle.resolve();
            this.settle = void 0;
          } else if (this.reading && this.held.length === 0)
            this.push(null);
        }
        /**
         * Hands every piece of the body to `pumper` as it is read, those that came first included;
         * resolves when the last one was handed over, rejects when the body fails.
         */
        pump(pumper) {
          if (this.destroyed)
            return Promise.reject(this.errored ?? new Error("the reply was closed"));
          this.pumper = pumper;
          const done = new Promise((resolve, reject) => {
            this.settle = { resolve, reject };
          });
          let paused = false;
          for (const piece of this.held.splice(0))
            paused = !pumper(piece) || paused;
          if (this.ended)
            this.end();
          else if (!paused)
            this.socket.resume();
          return done;
        }
        /** After the pumper asked for a pause: read on. */
        flow() {
          if (!this.destroyed && !this.ended)
            this.socket.resume();
        }
        _read() {
          this.reading = true;
          while (this.held.length > 0) {
            if (!this.push(this.held.shift())) {
              this.reading = false;
              return;
            }
          }
          if (this.ended)
            this.push(null);
          else
            this.socket.resume();
        }
        _destroy(error, callback) {
          this.socket.destroy();
          if (this.settle) {
            if (error || !this.ended)
              this.settle.reject(error ?? new Error("the reply was closed before its end"));
            this.settle = void 0;
          }
          callback(error);
        }
      }
    })
  ),
  /***/
  73477: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        LH: () => (
          /* binding */
          untrustedLabelOrNumber
        ),
        /* harmony export */
        Mm: () => (
          /* binding */
          untrustedUrl
        ),
        /* harmony export */
        SL: () => (
          /* binding */
          fieldProblem
        ),
        /* harmony export */
        Tz: () => (
          /* binding */
          untrustedLabel
        ),
        /* harmony export */
        qO: () => (
          /* binding */
          untrustedMessage
        ),
        /* harmony export */
        wg: () => (
          /* binding */
          untrustedToken
        ),
        /* harmony export */
        yc: () => (
          /* binding */
          untrustedId
        )
        /* harmony export */
      });
      var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12032);
      var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61037);
      const ID_LIMIT = 256;
      const LABEL_LIMIT = 200;
      const MESSAGE_LIMIT = 500;
      const TOKEN_LIMIT = 16384;
      const HIDDEN = /[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]|[\ud800-\udfff]/u;
      function check(value, ctx, what, limit) {
        if (HIDDEN.test(value))
          ctx.addIssue({ code: "custom", message: `${what} holds a control character (${(0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__.Ui)(value, 80)})` });
        else if (value.length > limit)
          ctx.addIssue({ code: "custom", message: `${what} is ${value.length} characters long, more than ${limit}` });
        return value;
      }
      const untrustedId = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.union([_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.number()]).transform((value, ctx) => check(String(value), ctx, "an id", ID_LIMIT));
      const untrustedLabel = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value) => (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__.Ui)(value, LABEL_LIMIT));
      const untrustedLabelOrNumber = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.union([_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.number()]).transform((value) => (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__.Ui)(String(value), LABEL_LIMIT));
      const untrustedMessage = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value) => (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__.Ui)(value, MESSAGE_LIMIT));
      const untrustedToken = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value, ctx) => check(value, ctx, "the token", TOKEN_LIMIT)).refine((value) => !/\s/.test(value) && value.length >= 8, { message: "the token is not one word of at least 8 characters" });
      const untrustedUrl = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value) => value.trim()).transform((value, ctx) => check(value, ctx, "the link", 8192)).refine((value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https?:/i.test(value), { message: "the link is not an http(s) URL" });
      function fieldProblem(error) {
        const issue = error.issues.find((i) => i.code === "custom") ?? error.issues[0];
        if (!issue)
          return "unexpected shape";
        const where = issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ` : "";
        return (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__.Ui)(`${where}${issue.message}`, 200);
      }
    })
  ),
  /***/
  33690: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        q: () => (
          /* binding */
          platformHttp
        )
        /* harmony export */
      });
      var _core_http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17885);
      function platformHttp(settings, context, options) {
        return new _core_http_client_js__WEBPACK_IMPORTED_MODULE_0__.Qq({ baseUrl: settings.baseUrl, log: context.log, deadline: context.deadline, clock: context.clock, ...options });
      }
    })
  ),
  /***/
  78038: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        MULTIPART_FRAMING: () => (
          /* binding */
          MULTIPART_FRAMING
        ),
        /* harmony export */
        SIGNED_BODY_LIMIT: () => (
          /* binding */
          SIGNED_BODY_LIMIT
        ),
        /* harmony export */
        VOLATILE_FIELDS: () => (
          /* binding */
          VOLATILE_FIELDS
        ),
        /* harmony export */
        WORKFLOW_FILE: () => (
          /* binding */
          WORKFLOW_FILE
        ),
        /* harmony export */
        readExportName: () => (
          /* binding */
          readExportName
        ),
        /* harmony export */
        roles: () => (
          /* binding */
          roles
        ),
        /* harmony export */
        secmasterRules: () => (
          /* binding */
          secmasterRules
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _core_bundle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33303);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
      var _core_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78616);
      var _core_json_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59656);
      var _replies_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(55956);
      const WORKFLOW_FILE = "workflow.json";
      const SIGNED_BODY_LIMIT = 12e6;
      const MULTIPART_FRAMING = 1024;
      const VOLATILE_FIELDS = [
        "id",
        "version_id",
        "aopworkflow_id",
        "current_approval_version_id",
        "current_rejected_version_id",
        "project_id",
        "workspace_id",
        "owner_id",
        "creator_id",
        "creator_name",
        "modifier_id",
        "modifier_name",
        "create_time",
        "update_time",
        "version"
      ];
      const roles = [
        { role: "workflow", file: WORKFLOW_FILE, format: "opaque", required: true, diff: { ignore: VOLATILE_FIELDS.map((field) => `**.${field}`) } }
      ];
      const secmasterRules = {
        roles,
        /** A bare export file (`workflow.json` or any `.json`), or a directory holding one. */
        async adopt(location, dir) {
          const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(location);
          let file;
          if (info.isFile())
            file = location;
          else if (info.isDirectory()) {
            if (await (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_4__.t2)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(location, WORKFLOW_FILE)))
              file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(location, WORKFLOW_FILE);
            else {
              const json = (await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(location)).filter((name2) => name2.toLowerCase().endsWith(".json"));
              if (json.length === 1)
                file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(location, json[0]);
            }
          }
          if (!file) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.rJ(`${(0, _core_fs_js__WEBPACK_IMPORTED_MODULE_4__.Gt)(location)}: neither a flowferry bundle nor a SecMaster export file`, [], {
              hint: "Point path at a bundle directory (with flowferry.json), a workflow.json exported from SecMaster, or a directory holding one."
            });
          }
          const digest = await (0, _core_bundle_js__WEBPACK_IMPORTED_MODULE_2__.s)(dir, file, WORKFLOW_FILE);
          const name = await readExportName(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, WORKFLOW_FILE), (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_4__.Gt)(file)) ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file).replace(/\.json$/i, "");
          return { name, files: [{ path: WORKFLOW_FILE, role: "workflow", digest }] };
        },
        async check(bundle, context) {
          const file = (0, _core_bundle_js__WEBPACK_IMPORTED_MODULE_2__.W7)(bundle, "workflow");
          if (!file) {
            return [{ file: (0, _core_bundle_js__WEBPACK_IMPORTED_MODULE_2__.pS)(bundle, "flowferry.json"), severity: "error", rule: "secmaster.required", message: `the bundle has no ${WORKFLOW_FILE} (role workflow); SecMaster's import needs it` }];
          }
          const shown = shownFile(bundle, file);
          const findings = [];
          const { size } = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
          const signed = context.settings.own.accessKeyId !== void 0;
          if (size + MULTIPART_FRAMING > SIGNED_BODY_LIMIT) {
            findings.push({
              file: shown,
              line: 1,
              col: 1,
              severity: signed ? "error" : "warning",
              rule: "secmaster.size",
              message: `${WORKFLOW_FILE} is ${size} bytes; API Gateway takes AK/SK-signed bodies of at most 12 MB, ` + (signed ? "so this import cannot be signed: use token instead of access-key-id/secret-access-key" : "so import it with token, not with access-key-id/secret-access-key")
            });
          }
          const parsed = await (0, _core_json_file_js__WEBPACK_IMPORTED_MODULE_5__.NR)(file, shown, { rulePrefix: "secmaster", title: "SecMaster" });
          if ("finding" in parsed)
            return [...findings, parsed.finding];
          const { document } = parsed;
          if (document === null || typeof document !== "object") {
            findings.push({ file: shown, line: 1, col: 1, severity: "error", rule: "secmaster.shape", message: `${WORKFLOW_FILE} must hold a JSON object (or array) as SecMaster exports it` });
          } else if (!(0, _replies_js__WEBPACK_IMPORTED_MODULE_6__.J3)(document) && !context.settings.workflowName) {
            findings.push({
              file: shown,
              line: 1,
              col: 1,
              severity: "warning",
              rule: "secmaster.name",
              message: `${WORKFLOW_FILE} records no workflow name; after an import flowferry finds the new workflow by name, so set workflow-name`
            });
          }
          return findings;
        }
      };
      function shownFile(bundle, file) {
        if (!bundle.adopted)
          return (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_4__.Gt)(file);
        return /\.json$/i.test(bundle.location) ? bundle.location : `${bundle.location}/${WORKFLOW_FILE}`;
      }
      async function readExportDocument(file, shown) {
        return (await (0, _core_json_file_js__WEBPACK_IMPORTED_MODULE_5__.JE)(file, shown))?.value;
      }
      async function readExportName(file, shown) {
        return (0, _replies_js__WEBPACK_IMPORTED_MODULE_6__.J3)(await readExportDocument(file, shown) ?? await (0, _core_json_file_js__WEBPACK_IMPORTED_MODULE_5__.Aj)(file, shown));
      }
    })
  ),
  /***/
  14560: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        platform: () => (
          /* binding */
          platform
        )
      });
      var promises_ = __webpack_require__(51455);
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var core_bundle = __webpack_require__(33303);
      var errors = __webpack_require__(74296);
      var client = __webpack_require__(17885);
      var reply_body = __webpack_require__(44557);
      var download = __webpack_require__(9766);
      var json_file = __webpack_require__(59656);
      var http_errors = __webpack_require__(46081);
      var limits = __webpack_require__(36419);
      var untrusted_text = __webpack_require__(61037);
      var http = __webpack_require__(33690);
      var clock = __webpack_require__(32257);
      var phrasing = __webpack_require__(31677);
      var input_names = __webpack_require__(74098);
      var hmac = __webpack_require__(96208);
      var sha256 = __webpack_require__(36390);
      var core_crypto = __webpack_require__(16082);
      ;
      const ALGORITHM = "SDK-HMAC-SHA256";
      const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
      const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
      function signer_escape(text) {
        return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
      }
      function canonicalUri(path) {
        let decoded;
        try {
          decoded = decodeURIComponent(path);
        } catch {
          decoded = path;
        }
        const uri = decoded.split("/").map(signer_escape).join("/");
        return uri.endsWith("/") ? uri : `${uri}/`;
      }
      function canonicalQuery(params) {
        const grouped = /* @__PURE__ */ new Map();
        const entries = Symbol.iterator in params ? [...params] : Object.entries(params);
        for (const [name, value] of entries) {
          const previous = grouped.get(name);
          if (previous === void 0)
            grouped.set(name, value);
          else
            grouped.set(name, [...Array.isArray(previous) ? previous : [String(previous)], String(value)]);
        }
        const out = [];
        for (const name of [...grouped.keys()].sort(byCodePoint)) {
          const value = grouped.get(name);
          const values = Array.isArray(value) ? [...value].sort(compareValues) : [value];
          for (const v of values)
            out.push(`${signer_escape(name)}=${signer_escape(String(v))}`);
        }
        return out.join("&");
      }
      function canonicalRequest(input) {
        const headers = new Map(Object.entries(input.headers).map(([name, value]) => [name.toLowerCase(), value]));
        const canonicalHeaders = input.signedHeaders.map((name) => `${name}:${(headers.get(name) ?? "").trim()}
`).join("");
        return [input.method.toUpperCase(), canonicalUri(input.path), input.query, canonicalHeaders, input.signedHeaders.join(";"), input.payloadHash].join("\n");
      }
      function stringToSign(canonical, sdkDate2) {
        return `${ALGORITHM}
${sdkDate2}
${sha256Hex(canonical)}`;
      }
      function signature(secretKey, toSign) {
        return hex((0, hmac.w8)(sha256.aD, Buffer.from(secretKey, "utf8"), Buffer.from(toSign, "utf8")));
      }
      function signedHeaderNames(headers) {
        return [...new Set(Object.keys(headers).map((name) => name.toLowerCase()))].filter((name) => !name.includes("_")).sort(byCodePoint);
      }
      function authorizationHeader(accessKey, signedHeaders, sig) {
        return `${ALGORITHM} Access=${accessKey}, SignedHeaders=${signedHeaders.join(";")}, Signature=${sig}`;
      }
      function sdkDate(epochMs) {
        const date = new Date(epochMs);
        const two = (n) => String(n).padStart(2, "0");
        return `${String(date.getUTCFullYear()).padStart(4, "0")}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}T${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
      }
      const HASHED_IN_JAVASCRIPT = 64 * 1024;
      function sha256Hex(data) {
        const bytes = typeof data === "string" ? data.length * 3 : data.length;
        if (bytes > HASHED_IN_JAVASCRIPT)
          return (0, core_crypto.n1)("sha256").update(data).digest("hex");
        return hex((0, sha256.tW)(typeof data === "string" ? Buffer.from(data, "utf8") : data));
      }
      function sign(input) {
        const signedHeaders = input.signedHeaders ?? signedHeaderNames(input.headers);
        const date = Object.entries(input.headers).find(([name]) => name.toLowerCase() === "x-sdk-date")?.[1];
        if (!date)
          throw new Error("X-Sdk-Date must be set before signing");
        const canonical = canonicalRequest({ ...input, signedHeaders });
        const toSign = stringToSign(canonical, date);
        return { authorization: authorizationHeader(input.accessKey, signedHeaders, signature(input.secretKey, toSign)), canonicalRequest: canonical, stringToSign: toSign };
      }
      function hex(bytes) {
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
      }
      function byCodePoint(a, b) {
        return a < b ? -1 : a > b ? 1 : 0;
      }
      function compareValues(a, b) {
        return typeof a === "number" && typeof b === "number" ? a - b : byCodePoint(String(a), String(b));
      }
      ;
      const SIGNED = ["content-type", "host", "x-project-id", "x-sdk-content-sha256", "x-sdk-date", "x-security-token"];
      function signingCredentials(keys, projectId, clock2) {
        return { authorize: (request) => signRequest(request, keys, projectId, clock2) };
      }
      function signRequest(request, keys, projectId, clock2) {
        const headers = request.headers;
        headers["x-project-id"] = projectId;
        if (keys.securityToken !== void 0)
          headers["x-security-token"] = keys.securityToken;
        headers["x-sdk-date"] = sdkDate(clock2.now());
        headers.host = request.url.host;
        const query = canonicalQuery(request.url.searchParams);
        request.url.search = query;
        let payloadHash = EMPTY_BODY_SHA256;
        if (request.body?.bytes)
          payloadHash = sha256Hex(request.body.bytes);
        else if (request.body) {
          headers["x-sdk-content-sha256"] = UNSIGNED_PAYLOAD;
          payloadHash = UNSIGNED_PAYLOAD;
        }
        const { authorization } = sign({
          method: request.method,
          path: request.url.pathname,
          query,
          headers,
          signedHeaders: SIGNED.filter((name) => headers[name] !== void 0),
          payloadHash,
          accessKey: keys.accessKey,
          secretKey: keys.secretKey
        });
        headers.authorization = authorization;
      }
      var id_token = __webpack_require__(34070);
      var loopback = __webpack_require__(3782);
      var schema = __webpack_require__(12032);
      var reply_fields = __webpack_require__(73477);
      var secrets = __webpack_require__(58010);
      var replies = __webpack_require__(55956);
      ;
      const UNSCOPED_PATH = "/v3.0/OS-AUTH/id-token/tokens";
      const SECURITY_TOKENS_PATH = "/v3.0/OS-CREDENTIAL/securitytokens";
      const JSON_UTF8 = "application/json;charset=UTF-8";
      const TOKEN_BODY_LIMIT = 1024 * 1024;
      const expiry = schema.z.object({ token: schema.z.object({ expires_at: schema.z.string().optional() }).passthrough() }).passthrough();
      const credential = schema.z.object({
        credential: schema.z.object({
          // Sent back as headers and signed with: one printable word each (core/reply-fields.ts).
          access: reply_fields.wg,
          secret: reply_fields.wg,
          securitytoken: reply_fields.wg,
          expires_at: schema.z.string().optional()
        }).passthrough()
      });
      const describeError = ({ status, headers, text }) => {
        const detail = (0, replies.m2)(status, headers, text);
        return { ...detail, requestId: detail.requestId ?? headerValue(headers["x-iam-trace-id"]) };
      };
      class IamExchange {
        endpoint;
        http;
        constructor(endpoint, context) {
          this.endpoint = endpoint;
          this.http = new client.Qq({ baseUrl: endpoint, log: context.log, deadline: context.deadline, clock: context.clock, describeError });
        }
        /**
         * Step 1: the ID token for a federated token \u2014 unscoped, or scoped to `projectId` (for an IAM
         * that will not issue temporary keys: the token then goes to SecMaster as `X-Auth-Token`).
         */
        async federatedToken(idToken, asker, projectId) {
          const what = `exchange the GitHub ID token at IAM (${this.endpoint.origin}) through identity provider ${asker.identityProvider}${projectId ? ` for a project token` : ""}`;
          const scope = projectId ? { scope: { project: { id: projectId } } } : {};
          const body = JSON.stringify({ auth: { id_token: { id: idToken }, ...scope } });
          return this.tokenCall({ path: UNSCOPED_PATH, what, headers: { "X-Idp-Id": asker.identityProvider }, body: { kind: "bytes", data: Buffer.from(body), contentType: JSON_UTF8 } }, asker);
        }
        /**
         * Step 1 through the federation API's OpenID Connect protocol, for an IAM without the endpoint
         * above: `Authorization: Bearer <ID token>` (https://support.huaweicloud.com/intl/en-us/api-iam/iam_13_0606.html;
         * `oidc` is the protocol id IAM registers for OpenID Connect).
         */
        async protocolToken(idToken, asker) {
          const path = `/v3/OS-FEDERATION/identity_providers/${encodeURIComponent(asker.identityProvider)}/protocols/oidc/auth`;
          const what = `exchange the GitHub ID token at IAM (${this.endpoint.origin}) through the federation API of identity provider ${asker.identityProvider}`;
          return this.tokenCall({ path, what, headers: { Authorization: `Bearer ${idToken}` } }, asker);
        }
        async tokenCall(spec, asker) {
          const { what } = spec;
          return this.http.request(
            // A second token request only issues a second token.
            { method: "POST", ...spec, idempotent: true },
            async (reply) => {
              const token = headerValue(reply.headers["x-subject-token"]);
              (0, secrets.cl)(token);
              if (!token)
                throw new errors.vO(`${what}: IAM answered HTTP ${reply.status} without the token (no X-Subject-Token header)`);
              let expiresAt;
              try {
                const parsed = expiry.safeParse(JSON.parse(await (0, client.yR)(reply.body, TOKEN_BODY_LIMIT)));
                expiresAt = parsed.success ? parseTime(parsed.data.token.expires_at) : void 0;
              } catch {
                expiresAt = void 0;
              }
              return { token, expiresAt };
            }
          ).catch((error) => {
            throw error instanceof errors.j$ ? error.withHint(refusalHint(error, asker)) : error;
          });
        }
        /** Step 2: the unscoped token for a temporary AK/SK and security token lasting `durationSeconds`. */
        async temporaryKeys(token, durationSeconds, asker) {
          const what = `get temporary access keys from IAM (${this.endpoint.origin})`;
          const body = JSON.stringify({ auth: { identity: { methods: ["token"], token: { id: token, duration_seconds: durationSeconds } } } });
          return this.http.request({
            method: "POST",
            path: SECURITY_TOKENS_PATH,
            what,
            headers: { "X-Auth-Token": token },
            body: { kind: "bytes", data: Buffer.from(body), contentType: JSON_UTF8 },
            idempotent: true
          }, (reply) => readKeys(reply, what)).catch((error) => {
            if (!(error instanceof errors.j$))
              throw error;
            throw error.withHint(`IAM accepted the ID token but would not issue temporary access keys for the federated user (${asker.claims}). Check that the identity provider is enabled and that its identity conversion rules map this token to a user group.`);
          });
        }
      }
      async function readKeys(reply, what) {
        const value = await (0, client.Vh)(reply, what);
        const found = value !== null && typeof value === "object" ? value.credential : void 0;
        for (const field of ["access", "secret", "securitytoken"])
          if (typeof found?.[field] === "string")
            (0, secrets.cl)(found[field]);
        const parsed = credential.safeParse(value);
        if (!parsed.success)
          throw new errors.vO(`${what}: IAM's answer has no credential {access, secret, securitytoken}`);
        const { access, secret, securitytoken, expires_at } = parsed.data.credential;
        return { accessKey: access, secretKey: secret, securityToken: securitytoken, expiresAt: parseTime(expires_at) };
      }
      function missingApi(error) {
        if (!(error instanceof errors.j$) || ![404, 405, 501].includes(error.httpStatus))
          return false;
        return !/^IAM\./i.test(error.code ?? "") && !/identity.?provider|\bidp\b/i.test(error.detail);
      }
      function needsScope(error) {
        return error instanceof errors.j$ && error.httpStatus === 400 && /scope/i.test(error.detail);
      }
      function refusalHint(error, asker) {
        const said = `${error.code ?? ""} ${error.detail}`.toLowerCase();
        const idp = asker.identityProvider;
        const audience = asker.audience === void 0 ? `GitHub's default audience (the repository owner's URL)` : `'${asker.audience}'`;
        const token = `The ID token: ${asker.claims}.`;
        if (error.httpStatus === 404 || /could not find|not exist|not found|no such/.test(said)) {
          return `${token} IAM has no identity provider '${idp}' here: create it in the IAM console (Identity Providers, protocol OpenID Connect, status Enabled), or correct ${(0, phrasing.hF)(input_names.pd.IdentityProvider)}.`;
        }
        if (/\baud\b|audience|client[ _-]?id/.test(said)) {
          return `${token} The ID token was requested for audience ${audience}: set the Client ID of identity provider '${idp}' to that value, or ${(0, phrasing.hF)(input_names.pd.OidcAudience)} to the Client ID it has.`;
        }
        if (/expir|\bexp\b|too old|not yet valid|\biat\b|\bnbf\b/.test(said)) {
          return `${token} IAM found the ID token expired (or not yet valid). GitHub's ID tokens last minutes and flowferry asks for a fresh one each time; check the runner's clock, then ${(0, phrasing.MZ)("rerun")}.`;
        }
        if (/\biss\b|issuer/.test(said)) {
          return `${token} Set the Identity Provider URL of '${idp}' to the token's iss, https://token.actions.githubusercontent.com.`;
        }
        if (/signature|signing|\bkid\b|jwk|public key/.test(said)) {
          return `${token} IAM could not verify the ID token's signature: paste GitHub's current keys (https://token.actions.githubusercontent.com/.well-known/jwks) as the Signing Key of '${idp}'; GitHub rotates them.`;
        }
        if (/rule|mapping|conversion|group/.test(said)) {
          return `${token} The identity conversion rules of '${idp}' map this token to no user group: add a rule whose remote conditions match its sub or repository claim.`;
        }
        return `${token} Check, in IAM's identity provider '${idp}': status Enabled; Identity Provider URL = the token's iss; Client ID = ${audience}; Signing Key = GitHub's current keys (https://token.actions.githubusercontent.com/.well-known/jwks); identity conversion rules that map this token to a user group with SecMaster permissions.`;
      }
      function parseTime(text) {
        if (!text)
          return void 0;
        const ms = Date.parse(text.trim().replace(/(\.\d{3})\d+/, "$1"));
        return Number.isFinite(ms) ? ms : void 0;
      }
      function headerValue(value) {
        const first = Array.isArray(value) ? value[0] : value;
        return first?.trim() || void 0;
      }
      ;
      const TEMPORARY_KEY_SECONDS = 900;
      const RENEW_MARGIN_MS = 12e4;
      class KeylessCredentials {
        options;
        issued;
        renewAt = 0;
        pending;
        exchanges = 0;
        announced = false;
        constructor(options) {
          this.options = options;
        }
        async authorize(request) {
          const issued = await this.current();
          if (issued.keys)
            signRequest(request, issued.keys, this.options.projectId, this.options.clock);
          else
            request.headers["X-Auth-Token"] = issued.token;
        }
        /** After a 401 from SecMaster: temporary keys can be revoked or end early, so new ones are worth one retry. */
        async refresh() {
          this.renewAt = 0;
          await this.current();
          return true;
        }
        async current() {
          if (this.issued && this.options.clock.now() < this.renewAt)
            return this.issued;
          this.pending ??= this.exchange().finally(() => {
            this.pending = void 0;
          });
          return this.pending;
        }
        async exchange() {
          const { clock: clock2, log } = this.options;
          const issued = await this.ask();
          const now = clock2.now();
          const lifetime = Math.max(0, (issued.expiresAt ?? now + TEMPORARY_KEY_SECONDS * 1e3) - now);
          this.renewAt = now + Math.max(lifetime - RENEW_MARGIN_MS, lifetime / 2);
          this.issued = issued;
          this.exchanges++;
          const until = issued.expiresAt === void 0 ? `for ${TEMPORARY_KEY_SECONDS} s` : `until ${new Date(issued.expiresAt).toISOString()}`;
          log.info(`keyless sign-in: IAM issued ${issued.keys ? "temporary access keys" : "a project token"} ${until}${this.exchanges > 1 ? " (renewed)" : ""}`);
          return issued;
        }
        /**
         * The documented flow first (iam.ts); where this IAM lacks one of its APIs \u2014 it answers that
         * the API does not exist, not that it refuses \u2014 the documented alternative for that step:
         * the federation API's OIDC protocol for the unscoped token, a project-scoped token instead of
         * temporary keys.
         */
        async ask() {
          const { log, iam } = this.options;
          const { idToken, asker } = await this.idToken();
          let unscoped;
          try {
            unscoped = await iam.federatedToken(idToken, asker);
          } catch (error) {
            if (needsScope(error))
              return this.projectToken(asker, "IAM issues only scoped federated tokens");
            if (!missingApi(error))
              throw error;
            log.info(`keyless sign-in: IAM has no ${error instanceof Error ? error.message.split(" failed")[0] : "id-token API"}; trying its federation API`);
            unscoped = await iam.protocolToken(idToken, asker);
          }
          try {
            const keys = await iam.temporaryKeys(unscoped.token, TEMPORARY_KEY_SECONDS, asker);
            return { keys, expiresAt: keys.expiresAt };
          } catch (error) {
            if (!missingApi(error))
              throw error;
            return this.projectToken(asker, "IAM offers no temporary access keys");
          }
        }
        async projectToken(asker, why) {
          this.options.log.info(`keyless sign-in: ${why}; asking for a token scoped to project-id instead`);
          const { idToken } = await this.idToken();
          const scoped = await this.options.iam.federatedToken(idToken, asker, this.options.projectId);
          return { token: scoped.token, expiresAt: scoped.expiresAt };
        }
        /** A fresh ID token for every call to IAM: GitHub's last minutes, and IAM may take each once. */
        async idToken() {
          const idToken = await this.options.idToken(this.options.audience);
          const asker = { identityProvider: this.options.identityProvider, audience: this.options.audience, claims: (0, id_token.EK)((0, id_token.e0)(idToken) ?? {}) };
          if (!this.announced) {
            this.announced = true;
            this.options.log.info(`keyless sign-in: the runner issued an ID token (${asker.claims})`);
          }
          return { idToken, asker };
        }
      }
      function keylessCredentials(settings, context) {
        const identityProvider = settings.own.identityProvider;
        if (!context.idToken) {
          throw new id_token.Z4(`${(0, phrasing.hF)(input_names.pd.IdentityProvider)} asks for keyless sign-in, which needs the GitHub runner's ID token, and this front end has no way to ask for one`);
        }
        const endpoint = iamEndpoint(settings, context.log);
        return new KeylessCredentials({
          identityProvider,
          audience: settings.own.oidcAudience,
          projectId: settings.own.projectId,
          iam: new IamExchange(endpoint, context),
          idToken: context.idToken,
          clock: context.clock ?? clock.m,
          log: context.log
        });
      }
      function iamEndpoint(settings, log) {
        if (settings.own.iamEndpoint)
          return settings.own.iamEndpoint;
        const base = settings.baseUrl;
        const host = base.hostname.toLowerCase();
        const regional = /^secmaster\.([a-z0-9-]+\.(?:[a-z0-9-]+\.)*[a-z]{2,})$/.exec(host);
        if (regional && base.protocol === "https:") {
          const derived = new URL(`https://iam.${regional[1]}`);
          log.info(`keyless sign-in: IAM endpoint ${derived.origin}, from the region of base-url (set iam-endpoint to use another)`);
          return derived;
        }
        if ((0, loopback.U)(host))
          return new URL(base.origin);
        throw new errors.dz(input_names.pd.IamEndpoint, `cannot be derived from base-url ${base.origin}, which is not https://secmaster.<region>.myhuaweicloud.com; name the IAM endpoint that exchanges the ID token`, "https://iam.ap-southeast-1.myhuaweicloud.com");
      }
      ;
      function signIn(settings, context) {
        const { token, accessKeyId, secretAccessKey, securityToken } = settings.own;
        const projectId = settings.own.projectId;
        const keys = accessKeyId !== void 0 || secretAccessKey !== void 0;
        if (settings.own.identityProvider !== void 0) {
          const clash = [[input_names.pd.Token, token], [input_names.pd.AccessKeyId, accessKeyId], [input_names.pd.SecretAccessKey, secretAccessKey], [input_names.pd.SecurityToken, securityToken]].find(([, value]) => value !== void 0);
          if (clash) {
            throw new errors.dz(clash[0], `keyless sign-in (${(0, phrasing.hF)(input_names.pd.IdentityProvider)}) replaces keys and tokens: remove ${(0, phrasing.hF)(clash[0])}, or remove ${(0, phrasing.hF)(input_names.pd.IdentityProvider)} to sign in with it`);
          }
          return {
            credentials: keylessCredentials(settings, context),
            signed: true,
            check: `the identity provider '${settings.own.identityProvider}' and the SecMaster permissions of the user group its conversion rules map to, and project-id`
          };
        }
        const stray = [[input_names.pd.OidcAudience, settings.own.oidcAudience], [input_names.pd.IamEndpoint, settings.own.iamEndpoint]].find(([, value]) => value !== void 0);
        if (stray)
          throw new errors.dz(stray[0], `is used only for keyless sign-in: set ${(0, phrasing.hF)(input_names.pd.IdentityProvider)} too, or remove ${(0, phrasing.hF)(stray[0])}`);
        if (token && keys) {
          throw new errors.dz(input_names.pd.Token, "give either token or access-key-id + secret-access-key, not both: flowferry would not know which to use");
        }
        if (securityToken !== void 0 && !keys) {
          throw new errors.dz(input_names.pd.SecurityToken, `goes with the temporary ${(0, phrasing.hF)(input_names.pd.AccessKeyId)} and ${(0, phrasing.hF)(input_names.pd.SecretAccessKey)} it was issued with; set them too, or remove ${(0, phrasing.hF)(input_names.pd.SecurityToken)}`);
        }
        if (token) {
          return { credentials: (0, client.sy)("X-Auth-Token", token), signed: false, check: "token (it lasts 24 h)" };
        }
        return {
          credentials: signingCredentials({ accessKey: accessKeyId, secretKey: secretAccessKey, securityToken }, projectId, context.clock ?? clock.m),
          signed: true,
          check: securityToken !== void 0 ? "access-key-id, secret-access-key and security-token (temporary keys expire) and project-id" : "access-key-id, secret-access-key and project-id"
        };
      }
      ;
      const PAGE_SIZE = 100;
      const MAX_OFFSET = 1e4;
      class WorkflowLookup {
        http;
        collection;
        workspaceId;
        log;
        constructor(http2, collection, workspaceId, log) {
          this.http = http2;
          this.collection = collection;
          this.workspaceId = workspaceId;
          this.log = log;
        }
        /**
         * After an import: the id of the one workflow with that name, or a note on why there is none.
         * `expected` is `workflow-id`, when given.
         */
        async locateImported(name, expected) {
          let matches;
          try {
            matches = await this.findByName(name);
          } catch (error) {
            const note2 = `imported, but looking the workflow up by name failed (${error instanceof Error ? error.message : String(error)})${expected ? `; workflow-id keeps the given ${expected}` : ", so workflow-id is not set"}`;
            this.log.warning(note2);
            return { id: expected, note: note2 };
          }
          if (matches.length === 1) {
            const id2 = matches[0].id;
            this.log.info(`the imported workflow "${name}" has id ${id2}`);
            const note2 = expected && expected !== id2 ? `workflow-id ${expected} was given, but the workflow named "${name}" is ${id2}; workflow-id is set to ${id2}` : void 0;
            if (note2)
              this.log.warning(note2);
            return { id: id2, note: note2 };
          }
          if (expected && matches.some((w) => w.id === expected))
            return { id: expected };
          const note = matches.length === 0 ? `imported, but no workflow named "${name}" is listed in the workspace, so workflow-id is not set (SecMaster's import reply names no id)` : `imported, but ${matches.length} workflows are named "${name}" (${matches.map(describeWorkflow).join(", ")}), so workflow-id is not set; give workflow-id to pick one`;
          this.log.warning(note);
          return { note };
        }
        /** `workflow-name` \u2192 the one workflow of that name; none or several fail, listing the candidates. */
        async resolveName(name) {
          const matches = await this.findByName(name);
          if (matches.length === 1) {
            this.log.info(`workflow "${name}" is ${matches[0].id}`);
            return matches[0];
          }
          if (matches.length === 0) {
            throw new errors.dz(input_names.pd.WorkflowName, `no workflow named "${name}" in SecMaster workspace ${this.workspaceId}`, "the exact name, or workflow-id instead");
          }
          throw new errors.dz(input_names.pd.WorkflowName, `${matches.length} workflows in workspace ${this.workspaceId} are named "${name}": ${matches.map(describeWorkflow).join(", ")}; set workflow-id to the one to export`, matches[0].id);
        }
        /** Workflows whose name is exactly `name` (the list's own `name` filter may match loosely). */
        async findByName(name) {
          const matches = [];
          await this.scan({ name }, (workflow) => {
            if (workflow.name === name)
              matches.push(workflow);
            return false;
          });
          return matches;
        }
        /** The name of workflow `id` from the list, for an export file that does not record it; undefined on any failure. */
        async nameOf(id2) {
          let name;
          try {
            await this.scan({}, (workflow) => {
              if (workflow.id === id2)
                name = workflow.name ?? void 0;
              return workflow.id === id2;
            });
          } catch (error) {
            this.log.debug(`could not read the name of workflow ${id2} from the list: ${error instanceof Error ? error.message : String(error)}`);
          }
          return name;
        }
        /**
         * Pages through `GET \u2026/soc/workflows` (offset/limit, at most 100 a page and offset 10,000),
         * calling `visit` for each workflow until it returns true. `offset` is read as an item offset
         * (the range 0\u201310,000 of https://support.huaweicloud.com/intl/en-us/api-secmaster/ListWorkflows.html
         * says so), but the docstrings of Huawei Cloud's Python SDK
         * (https://github.com/huaweicloud/huaweicloud-sdk-python-v3) call it a page, so when the list
         * runs dry (an empty page, or one with nothing new) short of the `total` it reported, the rest
         * is asked for again by page number (0- or 1-based: a repeated page is allowed once). Stops on
         * the reported total, or when neither reading yields anything new.
         */
        async scan(filter, visit) {
          const seen = /* @__PURE__ */ new Set();
          const what = `list the workflows of workspace ${this.workspaceId}${filter.name ? ` named "${filter.name}"` : ""}`;
          let byPage = false;
          let repeatsAllowed = 0;
          for (let offset = 0; offset <= MAX_OFFSET; ) {
            const page = await this.http.json({ method: "GET", path: this.collection, query: { offset, limit: PAGE_SIZE, name: filter.name }, what }, (value) => (0, replies.SB)(value, what));
            let fresh = 0;
            for (const workflow of page.workflows) {
              if (seen.has(workflow.id))
                continue;
              seen.add(workflow.id);
              fresh++;
              if (visit(workflow))
                return;
            }
            const short = page.total !== void 0 && seen.size < page.total;
            if (page.total !== void 0 && seen.size >= page.total)
              return;
            if (page.size === 0 || fresh === 0) {
              if (byPage && fresh === 0 && page.size > 0 && repeatsAllowed-- > 0) {
                offset++;
                continue;
              }
              if (!byPage && short && offset > 0) {
                this.log.info(`${what}: the list ran dry after ${seen.size} of ${page.total} workflows at offset ${offset}; asking by page number instead`);
                byPage = true;
                repeatsAllowed = 1;
                offset = 1;
                continue;
              }
              if (short)
                this.log.warning(`${what}: SecMaster reported ${page.total} workflows but listed only ${seen.size}; a workflow may have been missed`);
              return;
            }
            offset = byPage ? offset + 1 : offset + page.size;
          }
        }
      }
      function describeWorkflow(workflow) {
        const details = [workflow.version && `version ${workflow.version}`, workflow.update_time && `updated ${workflow.update_time}`].filter(Boolean);
        return `${workflow.id}${details.length ? ` (${details.join(", ")})` : ""}`;
      }
      var secmaster_bundle = __webpack_require__(78038);
      ;
      const IMPORT_REPLY_LIMIT = 64 * 1024;
      function readImportReply(httpStatus, text, what) {
        if (text.trim() === "")
          return (0, replies.RX)(void 0, what);
        const bare = /^\s*"?(success|succeeded|ok)"?\s*$/i.exec(text);
        if (bare)
          return { status: `HTTP ${httpStatus} "${bare[1]}" (a plain-text reply, not the documented envelope)` };
        try {
          return (0, replies.RX)(JSON.parse(text), what);
        } catch (error) {
          if (!(error instanceof SyntaxError))
            throw error;
          throw new http_errors._(`${what}: the reply is not valid JSON (HTTP ${httpStatus}, starts with "${(0, untrusted_text.Ui)(text, 40)}")`);
        }
      }
      const client_describeError = ({ status, headers, text }) => (0, replies.m2)(status, headers, text);
      class SecmasterClient {
        settings;
        context;
        http;
        signIn;
        /**
         * `/v1/{project_id}/workspaces/{workspace_id}/soc/workflows`, the prefix of the import, export and
         * list paths (https://support.huaweicloud.com/intl/en-us/api-secmaster/ListWorkflows.html).
         */
        collection;
        workflows;
        constructor(settings, context) {
          this.settings = settings;
          this.context = context;
          this.signIn = signIn(settings, context);
          this.collection = `/v1/${encodeURIComponent(settings.own.projectId)}/workspaces/${encodeURIComponent(settings.own.workspaceId)}/soc/workflows`;
          this.http = (0, http.q)(settings, context, { describeError: client_describeError, credentials: this.signIn.credentials });
          this.workflows = new WorkflowLookup(this.http, this.collection, settings.own.workspaceId, context.log);
        }
        /**
         * `POST \u2026/import` with the file as multipart field `uploadFile`, its bytes as they are. Not
         * idempotent: a lost reply is reported, never answered by a second import. The reply names
         * no workflow, so the id is then looked up by name.
         */
        async importBundle(bundle) {
          const file = (0, core_bundle.W7)(bundle, "workflow");
          if (!file)
            throw new errors.rJ(`${bundle.location}: a SecMaster import needs ${secmaster_bundle.WORKFLOW_FILE}`);
          const { size } = await (0, promises_.stat)(file);
          this.assertSignable(bundle, size);
          const name = await this.importedName(bundle);
          const what = `import ${bundle.location} into SecMaster workspace ${this.settings.own.workspaceId}`;
          const reply = await this.http.request({
            method: "POST",
            path: `${this.collection}/import`,
            what,
            idempotent: false,
            body: { kind: "multipart", parts: [{ name: "uploadFile", file, filename: secmaster_bundle.WORKFLOW_FILE, contentType: "application/json", size }] }
          }, async (answer) => readImportReply(answer.status, await (0, reply_body.bC)(answer.body, IMPORT_REPLY_LIMIT, what), what));
          this.context.log.info(`${what}: SecMaster answered ${reply.status}${reply.requestId ? ` (request id ${reply.requestId})` : ""}`);
          const located = await this.workflows.locateImported(name, this.settings.workflowId);
          return { workflowId: located.id, workflowName: name, platformStatus: reply.status, notes: located.note ? [located.note] : void 0 };
        }
        /**
         * `POST \u2026/export` with `{"id": [id]}`; the reply is the file, stored byte for byte. The export
         * reads and changes nothing (its page documents no side effect, and it is a POST only to carry the
         * id list: https://support.huaweicloud.com/intl/en-us/api-secmaster/ExportAopworkflow.html), so
         * flowferry treats it as safe to repeat after a lost or broken reply.
         */
        async exportWorkflow(staging) {
          const id2 = this.settings.workflowId ?? (await this.workflows.resolveName(this.settings.workflowName)).id;
          const file = external_node_path_default().join(staging, secmaster_bundle.WORKFLOW_FILE);
          const what = `export workflow ${id2}`;
          const { document, digest } = await this.http.request({
            method: "POST",
            path: `${this.collection}/export`,
            what,
            idempotent: true,
            download: true,
            body: { kind: "bytes", data: Buffer.from(JSON.stringify({ id: [id2] })), contentType: "application/json;charset=UTF-8" }
          }, async (reply) => {
            const saved = await (0, download.f)(file)(reply);
            return { document: await checkExportFile(file, saved.bytes, what), digest: { bytes: saved.bytes, sha256: saved.sha256 } };
          });
          const name = this.settings.workflowName ?? (0, replies.J3)(document) ?? await this.workflows.nameOf(id2) ?? id2;
          const version = (0, replies.kw)(document);
          this.context.log.info(`${what}: received ${secmaster_bundle.WORKFLOW_FILE} for "${name}"${version ? ` (version ${version})` : ""}`);
          return { exported: { name, workflowId: id2, version, files: [{ path: secmaster_bundle.WORKFLOW_FILE, role: "workflow", digest }] }, workflowId: id2, version };
        }
        /**
         * Dry run: the list call proves the credentials, project and workspace; the name (from
         * `workflow-name` or the file) says whether the import creates a workflow or meets one.
         */
        async preflight(bundle) {
          const manifest = (0, core_bundle.pS)(bundle, "flowferry.json");
          const report = { checked: [], unchecked: [], findings: [] };
          const finding = (severity, rule, message) => report.findings.push({ file: manifest, severity, rule, message });
          const name = await this.importedName(bundle);
          let matches;
          try {
            matches = await this.workflows.findByName(name);
          } catch (error) {
            if (!(error instanceof errors.j$))
              throw error;
            const refused = error.httpStatus === 401 || error.httpStatus === 403;
            const workspace = error.code === replies.X0;
            if (!refused && !workspace)
              throw error;
            finding("error", workspace ? "secmaster.workspace" : "secmaster.credentials", workspace ? `SecMaster does not know workspace ${this.settings.own.workspaceId} in project ${this.settings.own.projectId} (${error.code}); check workspace-id and project-id` : `SecMaster refused the credentials (HTTP ${error.httpStatus}${error.code ? `, ${error.code}` : ""}: ${error.detail}); check ${this.signIn.check}`);
            return report;
          }
          report.checked.push("SecMaster accepts the credentials, project and workspace");
          const ids2 = matches.map(describeWorkflow).join(", ");
          const expected = this.settings.workflowId;
          if (expected) {
            if (matches.some((w) => w.id === expected))
              report.checked.push(`workflow ${expected} exists and is named "${name}", as expected`);
            else
              finding("error", "secmaster.target", `workflow-id ${expected} is not a workflow named "${name}" in this workspace (${matches.length ? `named so: ${ids2}` : "no workflow has that name"})`);
          } else if (matches.length === 0) {
            report.checked.push(`the name "${name}" is free: the import creates a new workflow`);
          } else if (matches.length === 1) {
            report.checked.push(`a workflow named "${name}" exists (${ids2})`);
            report.unchecked.push(`whether the import updates workflow ${matches[0].id} or is refused: SecMaster's documentation does not say what an import of a name that exists does`);
          } else {
            finding("warning", "secmaster.target", `${matches.length} workflows are named "${name}" (${ids2}); after the import flowferry cannot tell which is the imported one unless workflow-id names it`);
          }
          return report;
        }
        /** The workflow of the same name that an import may overwrite, for `backup`. */
        async replaces(bundle) {
          if (this.settings.workflowId)
            return this.settings.workflowId;
          const matches = await this.workflows.findByName(await this.importedName(bundle));
          return matches.length === 1 ? matches[0].id : void 0;
        }
        /**
         * The name SecMaster gives the imported workflow: the one inside the file, which is sent
         * unchanged. `workflow-name` only stands in when the file records none; a different one would
         * look up (and back up) some other workflow, so it is warned about and not used.
         */
        async importedName(bundle) {
          const file = (0, core_bundle.W7)(bundle, "workflow");
          const inFile = file ? await (0, secmaster_bundle.readExportName)(file) : void 0;
          const given = this.settings.workflowName;
          if (inFile && given && given !== inFile) {
            this.context.log.warning(`workflow-name "${given}" differs from the name in ${secmaster_bundle.WORKFLOW_FILE}, "${inFile}": SecMaster names the imported workflow "${inFile}", so flowferry looks that one up`);
          }
          return inFile ?? given ?? bundle.manifest.name;
        }
        assertSignable(bundle, size) {
          if (!this.signIn.signed || size + secmaster_bundle.MULTIPART_FRAMING <= secmaster_bundle.SIGNED_BODY_LIMIT)
            return;
          throw errors.rJ.at({ file: (0, core_bundle.pS)(bundle, secmaster_bundle.WORKFLOW_FILE), line: 1, col: 1 }, "secmaster.size", `${secmaster_bundle.WORKFLOW_FILE} is ${size} bytes; API Gateway takes AK/SK-signed bodies of at most 12 MB, so nothing was sent`, "Import this workflow with token (an IAM token) instead of access-key-id/secret-access-key.");
        }
      }
      async function checkExportFile(file, bytes, what) {
        if (bytes === 0)
          throw new http_errors._(`${what}: SecMaster returned an empty file`);
        if (bytes > limits.jA)
          return void 0;
        const parsed = await (0, json_file.JE)(file);
        if (!parsed)
          throw new http_errors._(`${what}: the exported file is not valid JSON (${bytes} bytes)`);
        const document = parsed.value;
        const refusal = (0, replies.py)(document);
        if (refusal)
          throw new errors.vO(`${what}: SecMaster answered with an error instead of the file: ${refusal}`);
        return document;
      }
      var facts = __webpack_require__(11599);
      ;
      const platform = {
        ...facts.o,
        loadRules: async () => (await Promise.resolve(
          /* import() */
        ).then(__webpack_require__.bind(__webpack_require__, 78038))).secmasterRules,
        connect: (settings, context) => new SecmasterClient(settings, context)
      };
    })
  ),
  /***/
  55956: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        J3: () => (
          /* binding */
          nameInExport
        ),
        /* harmony export */
        RX: () => (
          /* binding */
          parseImportReply
        ),
        /* harmony export */
        SB: () => (
          /* binding */
          parseWorkflowPage
        ),
        /* harmony export */
        X0: () => (
          /* binding */
          WORKSPACE_NOT_FOUND
        ),
        /* harmony export */
        kw: () => (
          /* binding */
          versionInExport
        ),
        /* harmony export */
        m2: () => (
          /* binding */
          errorDetail
        ),
        /* harmony export */
        py: () => (
          /* binding */
          exportRefusal
        )
        /* harmony export */
      });
      var _core_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12032);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
      var _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73477);
      var _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61037);
      var _core_http_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17885);
      const THROTTLED = "APIG.0308";
      const THROTTLE_PAUSE_MS = 2e3;
      const WORKFLOW_NOT_FOUND = "SecMaster.20040611";
      const WORKSPACE_NOT_FOUND = "SecMaster.20011003";
      function fieldsOf(value) {
        if (value === null || typeof value !== "object" || Array.isArray(value))
          return void 0;
        const record = value;
        const read = (...keys) => {
          for (const key of keys) {
            const field = record[key];
            if (typeof field === "string" || typeof field === "number" && Number.isFinite(field))
              return String(field);
          }
          return void 0;
        };
        const code = read("error_code", "errorCode", "code");
        const message = read("error_msg", "errorMsg", "message");
        if (code === void 0 && message === void 0)
          return void 0;
        return { code, message, requestId: read("request_id", "requestId") };
      }
      function errorDetail(status, headers, body) {
        let parsed;
        try {
          parsed = JSON.parse(body);
        } catch {
          parsed = void 0;
        }
        let found = fieldsOf(parsed);
        if (!found && parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
          for (const value of Object.values(parsed)) {
            found = fieldsOf(value);
            if (found)
              break;
          }
        }
        const requestId = (0, _core_http_client_js__WEBPACK_IMPORTED_MODULE_4__.Gb)(headers) ?? found?.requestId;
        const code = found?.code;
        const message = found?.message ?? (body.trim() || `HTTP ${status}`);
        const throttled = code === THROTTLED;
        return { message, code, requestId, throttled, retryAfterMs: throttled ? THROTTLE_PAUSE_MS : void 0, hint: hintFor(status, code) };
      }
      function hintFor(status, code) {
        if (code === WORKFLOW_NOT_FOUND)
          return 'SecMaster does not know this workflow id in this workspace (it answers "not found" as HTTP 400). Check workflow-id, workspace-id and project-id.';
        if (code === WORKSPACE_NOT_FOUND)
          return "Check workspace-id: SecMaster does not know that workspace in this project.";
        if (code?.startsWith("APIG.") && (status === 401 || status === 403)) {
          return "API Gateway refused the credentials: check token (it lasts 24 h), or access-key-id/secret-access-key and project-id, and that base-url is the region they belong to.";
        }
        if (status === 401)
          return "Check the credential inputs: SecMaster did not accept them.";
        if (status === 403)
          return "The credentials were accepted but lack the SecMaster permission for this call.";
        return void 0;
      }
      const envelope = _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.looseObject({
        code: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.LH.optional(),
        message: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.qO.optional().nullable(),
        success: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.boolean().optional().nullable(),
        request_id: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.Tz.optional().nullable()
      });
      function parseImportReply(value, what) {
        const parsed = envelope.safeParse(value ?? {});
        if (!parsed.success)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.vO(`${what}: SecMaster's reply is not the documented envelope (${(0, _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.SL)(parsed.error)}; reply: ${(0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__.cW)(value)})`);
        const reply = parsed.data;
        if (reply.success === false) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.vO(`${what}: SecMaster answered success=false${reply.code ? `, code ${reply.code}` : ""}${reply.message ? `: ${reply.message}` : ""}`);
        }
        return { status: reply.message || reply.code || "success", requestId: reply.request_id ?? void 0 };
      }
      const workflowInfo = _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.looseObject({
        id: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.yc,
        name: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.Tz.optional().nullable(),
        version: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.Tz.optional().nullable(),
        version_id: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.Tz.optional().nullable(),
        enabled: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.boolean().optional().nullable(),
        update_time: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.Tz.optional().nullable()
      });
      const listReply = envelope.extend({
        total: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.union([_core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.number(), _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string()]).optional().nullable(),
        data: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.array(_core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.unknown()).optional().nullable()
      });
      function parseWorkflowPage(value, what) {
        const parsed = listReply.safeParse(value);
        if (!parsed.success)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.vO(`${what}: SecMaster's reply is not a workflow list (${(0, _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.SL)(parsed.error)}; reply: ${(0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__.cW)(value)})`);
        if (parsed.data.success === false)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.vO(`${what}: SecMaster answered success=false${parsed.data.message ? `: ${parsed.data.message}` : ""}`);
        const data = parsed.data.data ?? [];
        const workflows = data.flatMap((item) => {
          const info = workflowInfo.safeParse(item);
          return info.success ? [info.data] : [];
        });
        const total = parsed.data.total === void 0 || parsed.data.total === null ? void 0 : Number(parsed.data.total);
        return { workflows, total: Number.isFinite(total) ? total : void 0, size: data.length };
      }
      const NAME_HOLDERS = ["", "workflow", "aopworkflow", "aop_workflow", "data", "info"];
      function nameInExport(document) {
        const root = Array.isArray(document) ? document[0] : document;
        if (root === null || typeof root !== "object" || Array.isArray(root))
          return void 0;
        for (const holder of NAME_HOLDERS) {
          const node = holder ? root[holder] : root;
          if (node === null || typeof node !== "object" || Array.isArray(node))
            continue;
          for (const key of ["name", "workflow_name", "workflowName"]) {
            const name = node[key];
            if (typeof name === "string" && name.trim())
              return (0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__.Ui)(name.trim(), 200);
          }
        }
        return void 0;
      }
      function versionInExport(document) {
        const root = Array.isArray(document) ? document[0] : document;
        if (root === null || typeof root !== "object" || Array.isArray(root))
          return void 0;
        const version = root.version;
        return typeof version === "string" && version.trim() ? (0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__.Ui)(version.trim(), 200) : void 0;
      }
      function exportRefusal(document) {
        if (document === null || typeof document !== "object" || Array.isArray(document))
          return void 0;
        const record = document;
        const fields = fieldsOf(document);
        const onlyErrorFields = fields?.code !== void 0 && Object.keys(record).every((key) => ERROR_FIELDS.has(key));
        if (record.success !== false && !onlyErrorFields)
          return void 0;
        return (0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__.Ui)(`${fields?.code ? `code ${fields.code}: ` : ""}${fields?.message ?? "success=false"}`);
      }
      const ERROR_FIELDS = /* @__PURE__ */ new Set(["error_code", "error_msg", "errorCode", "errorMsg", "code", "message", "request_id", "requestId", "encoded_authorization_message"]);
    })
  )
};
