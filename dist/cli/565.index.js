export const id = 565;
export const ids = [565];
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
  23458: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        K: () => (
          /* binding */
          closeMatches
        )
        /* harmony export */
      });
      function closeMatches(wanted, candidates, max = 3) {
        const key = normalise(wanted);
        const scored = [...new Set(candidates)].map((candidate) => {
          const other = normalise(candidate);
          const distance = editDistance(key, other);
          const contains = key.length > 0 && other.length > 0 && (other.includes(key) || key.includes(other));
          const limit = Math.max(2, Math.floor(Math.max(key.length, other.length) / 3));
          return { candidate, score: contains ? Math.min(distance, 1) : distance, close: contains || distance <= limit };
        }).filter((entry) => entry.close);
        scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
        return scored.slice(0, max).map((entry) => entry.candidate);
      }
      function normalise(name) {
        return name.toLowerCase().replace(/[\s_-]+/g, " ").trim();
      }
      function editDistance(a, b) {
        if (a === b)
          return 0;
        let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
        for (let i = 1; i <= a.length; i++) {
          const current = [i];
          for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
          }
          previous = current;
        }
        return previous[b.length];
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
  23688: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        PACKAGE_ROLE: () => (
          /* binding */
          PACKAGE_ROLE
        ),
        /* harmony export */
        leapworkRules: () => (
          /* binding */
          leapworkRules
        ),
        /* harmony export */
        packageFileName: () => (
          /* binding */
          packageFileName
        ),
        /* harmony export */
        roles: () => (
          /* binding */
          roles
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
      var _core_limits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36419);
      var _core_zip_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5644);
      const PACKAGE_ROLE = "package";
      const roles = [{ role: PACKAGE_ROLE, file: "package.zip", format: "opaque", required: true }];
      function packageFileName(title) {
        const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/g, "-").replace(/^\.+/, "").trim();
        let name = "";
        for (const char of safe) {
          if (Buffer.byteLength(name + char) > _core_limits_js__WEBPACK_IMPORTED_MODULE_6__.pg - ".zip".length)
            break;
          name += char;
        }
        return `${name.trim() || "package"}.zip`;
      }
      const leapworkRules = {
        roles,
        async adopt(location, dir) {
          const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(location);
          if (info.isFile() && await (0, _core_zip_js__WEBPACK_IMPORTED_MODULE_5__.G5)(location)) {
            const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(location);
            const digest = await (0, _core_bundle_js__WEBPACK_IMPORTED_MODULE_2__.s)(dir, location, name);
            return { name: name.replace(/\.zip$/i, ""), files: [{ path: name, role: PACKAGE_ROLE, digest }] };
          }
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.rJ(`${(0, _core_fs_js__WEBPACK_IMPORTED_MODULE_4__.Gt)(location)}: neither a flowferry bundle nor a Leapwork export (a .zip)`, [], {
            hint: "Point path at a bundle directory (with flowferry.json) or at a .zip exported from Leapwork."
          });
        },
        /**
         * The package must be a well-formed zip with no entry that could write outside a directory
         * (traversal, absolute names, links): the Controller unpacks it, and a package that fails here
         * was not made by a Leapwork export.
         */
        async check(bundle) {
          const file = (0, _core_bundle_js__WEBPACK_IMPORTED_MODULE_2__.W7)(bundle, PACKAGE_ROLE);
          if (!file) {
            return [{ file: (0, _core_bundle_js__WEBPACK_IMPORTED_MODULE_2__.pS)(bundle, "flowferry.json"), severity: "error", rule: "leapwork.required", message: "the bundle has no package (role package, a .zip); a Leapwork import needs one" }];
          }
          const shown = bundle.adopted ? bundle.location : (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_4__.Gt)(file);
          const findings = [];
          if (!/\.zip$/i.test(file)) {
            findings.push({ file: shown, severity: "warning", rule: "leapwork.name", message: "the package does not end in .zip; Leapwork exports do" });
          }
          try {
            const inspected = await (0, _core_zip_js__WEBPACK_IMPORTED_MODULE_5__.wo)(file);
            findings.push(...inspected.findings.map((finding) => ({ ...finding, file: shown })));
            if (inspected.findings.length === 0 && inspected.entries.filter((entry) => !entry.directory).length === 0) {
              findings.push({ file: shown, severity: "error", rule: "leapwork.empty", message: "the package holds no files; a Leapwork export holds at least one item" });
            }
          } catch (error) {
            if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.rJ))
              throw error;
            const found = error.findings.length ? error.findings : [{ severity: "error", rule: "zip.format", message: error.message }];
            findings.push(...found.map((finding) => ({ ...finding, file: shown })));
          }
          return findings;
        }
      };
    })
  ),
  /***/
  39565: (
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
      var download = __webpack_require__(9766);
      var http_errors = __webpack_require__(46081);
      var zip = __webpack_require__(5644);
      var http = __webpack_require__(33690);
      var leapwork_bundle = __webpack_require__(23688);
      var endpoints = __webpack_require__(92864);
      var phrasing = __webpack_require__(31677);
      var input_names = __webpack_require__(74098);
      var schema = __webpack_require__(12032);
      var reply_fields = __webpack_require__(73477);
      var untrusted_text = __webpack_require__(61037);
      ;
      const node = schema.z.lazy(() => schema.z.looseObject({
        Id: reply_fields.yc,
        Title: reply_fields.Tz.optional().nullable(),
        Type: reply_fields.Tz.optional().nullable(),
        ParentId: reply_fields.yc.optional().nullable(),
        Children: schema.z.array(node).optional().nullable()
      }));
      const KNOWN_NAMES = ["Id", "Title", "Type", "ParentId", "Children", "HierarchyItemId", "IsSuccessful"];
      const KNOWN_BY_LOWER = new Map(KNOWN_NAMES.map((name) => [name.toLowerCase(), name]));
      function canonicalNames(value) {
        if (Array.isArray(value))
          return value.map(canonicalNames);
        if (value === null || typeof value !== "object")
          return value;
        const out = {};
        const entries = Object.entries(value);
        for (const [key, inner] of entries) {
          const known = KNOWN_BY_LOWER.get(key.toLowerCase());
          const name = known && !(known in value && known !== key) ? known : key;
          out[name] = canonicalNames(inner);
        }
        return out;
      }
      const EMPTY_GUID = /^\{?0{8}-0{4}-0{4}-0{4}-0{12}\}?$/;
      function parseHierarchy(value, what) {
        const parsed = schema.z.union([schema.z.array(node), node]).safeParse(canonicalNames(value));
        if (!parsed.success)
          throw new errors.vO(`${what}: the Controller's reply is not an asset hierarchy (${(0, reply_fields.SL)(parsed.error)}; reply: ${(0, untrusted_text.cW)(value)})`);
        let roots = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
        if (roots.length === 1 && EMPTY_GUID.test(roots[0].Id) && roots[0].Children)
          roots = roots[0].Children;
        return relink(roots.map((root) => toItem(root, void 0)));
      }
      function toItem(raw, parent) {
        const id2 = raw.Id;
        return {
          id: id2,
          title: raw.Title ?? "",
          type: raw.Type ?? "",
          parentId: raw.ParentId ?? parent,
          children: (raw.Children ?? []).map((child) => toItem(child, id2))
        };
      }
      function relink(roots) {
        const all = [];
        const byId = /* @__PURE__ */ new Map();
        const walk = (items) => {
          for (const item of items) {
            const key = item.id.toLowerCase();
            if (!byId.has(key)) {
              byId.set(key, item);
              all.push(item);
            }
            walk(item.children);
          }
        };
        walk(roots);
        const nested = /* @__PURE__ */ new Set();
        const top = [];
        const children = /* @__PURE__ */ new Map();
        for (const item of all) {
          const parent = item.parentId ? byId.get(item.parentId.toLowerCase()) : void 0;
          if (parent && parent !== item) {
            const list = children.get(parent) ?? [];
            list.push(item);
            children.set(parent, list);
            nested.add(item);
          }
        }
        for (const item of all) {
          item.children = children.get(item) ?? [];
          if (!nested.has(item))
            top.push(item);
        }
        return top;
      }
      function isFolder(item) {
        return item.type.toLowerCase() === "folder";
      }
      const createdFolder = schema.z.looseObject({ HierarchyItemId: reply_fields.yc.optional().nullable() });
      function parseCreatedFolder(value, what) {
        const parsed = schema.z.union([schema.z.array(createdFolder), createdFolder]).safeParse(canonicalNames(value));
        if (!parsed.success)
          throw new errors.vO(`${what}: the Controller's reply names no created folder (${(0, reply_fields.SL)(parsed.error)}; reply: ${(0, untrusted_text.cW)(value)})`);
        const list = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
        return list.map((entry) => entry.HierarchyItemId ?? void 0).filter((id2) => !!id2).at(-1);
      }
      const importReply = schema.z.looseObject({ IsSuccessful: schema.z.union([schema.z.boolean(), schema.z.string()]).optional().nullable() });
      function parseImportReply(value, what) {
        const entries = Array.isArray(value) ? value : [value];
        if (entries.length === 0)
          return { successful: true, platformStatus: "HTTP 200" };
        const flags = entries.map((entry) => importFlag(entry, value, what));
        if (flags.every((flag) => flag === void 0))
          return { successful: true, platformStatus: "HTTP 200" };
        const successful = flags.every((flag) => flag !== false);
        return { successful, platformStatus: `IsSuccessful=${successful}` };
      }
      function importFlag(entry, whole, what) {
        if (entry === void 0 || entry === null)
          return void 0;
        if (typeof entry === "boolean")
          return entry;
        const parsed = importReply.safeParse(canonicalNames(entry));
        if (!parsed.success) {
          throw new errors.vO(`${what}: the Controller answered with success, so the import most likely happened, but its reply is not an import result (${(0, untrusted_text.cW)(whole)})`, { hint: "Check the target folder in Studio before re-running: re-running imports the package again." });
        }
        const flag = parsed.data.IsSuccessful;
        if (flag === void 0 || flag === null)
          return void 0;
        return flag === true || String(flag).toLowerCase() === "true";
      }
      const errorBody = schema.z.looseObject({
        Message: schema.z.string().optional(),
        message: schema.z.string().optional(),
        ExceptionMessage: schema.z.string().optional(),
        Error: schema.z.string().optional(),
        error: schema.z.string().optional()
      });
      function errorText(body) {
        const trimmed = body.trim();
        if (!trimmed)
          return "";
        try {
          const parsed = errorBody.safeParse(JSON.parse(trimmed));
          if (parsed.success) {
            const d = parsed.data;
            const message = d.ExceptionMessage ?? d.Message ?? d.message ?? d.Error ?? d.error;
            if (message)
              return message;
          }
        } catch {
        }
        return trimmed;
      }
      var similar = __webpack_require__(23458);
      ;
      const TEAMS_PATH_VARIABLE = "FLOWFERRY_LEAPWORK_TEAMS_PATH";
      const TEAM_HIERARCHY_PATH_VARIABLE = "FLOWFERRY_LEAPWORK_TEAM_HIERARCHY_PATH";
      const DEFAULT_TEAMS_PATHS = ["/api/v4/team/all", "/api/v4/teams"];
      const DEFAULT_TEAM_HIERARCHY_PATH = "/api/v4/hierarchy/team/{teamId}";
      const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
      function checkForce(settings) {
        if (settings.operation === "import" && settings.own.force && !settings.own.team) {
          throw new errors.dz(input_names.pd.Force, `force mode is documented for Import To Team only (Leapwork Enterprise Edition); set ${(0, phrasing.hF)(input_names.pd.Team)} to the team to import into, or leave ${(0, phrasing.hF)(input_names.pd.Force)} false`, "true");
        }
      }
      class TeamResolver {
        http;
        log;
        value;
        env;
        resolved;
        constructor(http2, log, value, env = process.env) {
          this.http = http2;
          this.log = log;
          this.value = value;
          this.env = env;
        }
        team() {
          this.resolved ??= this.resolve();
          this.resolved.catch(() => this.resolved = void 0);
          return this.resolved;
        }
        async resolve() {
          const value = this.value.trim();
          const byId = GUID.test(value);
          const listed = await this.list();
          if ("unavailable" in listed) {
            if (byId) {
              const id2 = value.replace(/[{}]/g, "").toLowerCase();
              this.log.info(`team ${id2}: taken as given (${listed.unavailable})`);
              return { id: id2, shown: `team ${id2}` };
            }
            throw new errors.dz(input_names.pd.Team, `'${value}' is a team name, and names are looked up in the Controller's list of teams, which could not be read (${listed.unavailable}). Give the team's id instead, or set ${TEAMS_PATH_VARIABLE} to the Get All Teams path your Controller's API explorer (/help/index) shows`, "9fb4ef50-6924-471d-8261-052aa8b572c9");
          }
          const teams = listed.teams;
          const found = byId ? teams.filter((team2) => team2.id.toLowerCase() === value.replace(/[{}]/g, "").toLowerCase()) : byName(teams, value);
          if (found.length > 1) {
            throw new errors.dz(input_names.pd.Team, `'${value}' is ambiguous: ${found.length} teams have that name (${found.map((team2) => team2.id).join(", ")}); give the team's id`, found[0].id);
          }
          const team = found[0];
          if (!team)
            throw unknownTeam(value, byId, teams);
          this.log.info(`${team.shown}: found in the Controller's list of teams`);
          return team;
        }
        /** The Controller's teams, or why they cannot be read (no such route, or a key without the scope). */
        async list() {
          const configured = this.env[TEAMS_PATH_VARIABLE]?.trim();
          const paths = configured ? [configured] : DEFAULT_TEAMS_PATHS;
          const what = "read the list of teams";
          let last = "";
          for (const path of paths) {
            if (!path.startsWith("/") || path.startsWith("//")) {
              throw new errors.rm(`${TEAMS_PATH_VARIABLE} '${path}' must be a path starting with a single /`, { hint: `For example: ${TEAMS_PATH_VARIABLE}=${DEFAULT_TEAMS_PATHS[0]}` });
            }
            const reply = await this.http.request({ method: "GET", path, what, headers: endpoints.q2, accept: [...endpoints.Nu, 400, 403] }, async (answer) => answer.status === 200 ? { value: await (0, client.Vh)(answer, what) } : (0, client.vf)(answer).then(() => ({ status: answer.status })));
            if ("value" in reply)
              return { teams: parseTeams(reply.value, what) };
            last = reply.status === 403 ? `HTTP 403 on ${path}: the access key lacks the scope to list teams` : `HTTP ${reply.status} on ${path}: no such route`;
            this.log.debug(`${what}: ${last}`);
            if (reply.status === 403)
              break;
          }
          return { unavailable: last };
        }
      }
      function byName(teams, name) {
        const exact = teams.filter((team) => team.name === name);
        if (exact.length > 0)
          return exact;
        return teams.filter((team) => team.name?.toLowerCase() === name.toLowerCase());
      }
      function unknownTeam(value, byId, teams) {
        const names = teams.map((team) => team.name ?? team.id);
        const close = byId ? [] : (0, similar.K)(value, names);
        const quoted = (list) => list.map((name) => JSON.stringify(name)).join(", ");
        const known = close.length > 0 ? `close names: ${quoted(close)}` : teams.length === 0 ? "the Controller lists no teams this access key can see" : `the Controller's teams: ${quoted(names.slice(0, 10))}${names.length > 10 ? ` and ${names.length - 10} more` : ""}`;
        return new errors.dz(input_names.pd.Team, `no team ${byId ? "with id" : "named"} '${value}' on the Controller; ${known}`, close[0] ?? names[0]);
      }
      const ID_KEYS = ["id", "teamid"];
      const NAME_KEYS = ["name", "teamname", "title", "displayname"];
      function parseTeams(value, what) {
        const list = Array.isArray(value) ? value : listIn(value);
        if (!list)
          throw new errors.vO(`${what}: the Controller's reply is not a list of teams (${(0, untrusted_text.cW)(value)})`);
        const teams = [];
        for (const entry of list) {
          if (!entry || typeof entry !== "object")
            continue;
          const fields = new Map(Object.entries(entry).map(([key, field]) => [key.toLowerCase(), field]));
          const id2 = reply_fields.yc.safeParse(ID_KEYS.map((key) => fields.get(key)).find((field) => field !== void 0 && field !== null));
          if (!id2.success || id2.data.trim() === "")
            continue;
          const name = reply_fields.Tz.safeParse(NAME_KEYS.map((key) => fields.get(key)).find((field) => typeof field === "string"));
          const shownName = name.success ? name.data : void 0;
          teams.push({ id: id2.data, name: shownName, shown: shownName === void 0 ? `team ${id2.data}` : `team ${JSON.stringify(shownName)} (id ${id2.data})` });
        }
        return teams;
      }
      function listIn(value) {
        if (!value || typeof value !== "object")
          return void 0;
        const entries = Object.entries(value);
        const named = entries.find(([key, field]) => ["teams", "data", "items", "value"].includes(key.toLowerCase()) && Array.isArray(field));
        return named?.[1];
      }
      const missingRoutes = /* @__PURE__ */ new Set();
      async function readTeamHierarchy(http2, log, team, whole, env = process.env) {
        const template = env[TEAM_HIERARCHY_PATH_VARIABLE]?.trim() || DEFAULT_TEAM_HIERARCHY_PATH;
        if (!template.startsWith("/") || !template.includes("{teamId}")) {
          throw new errors.rm(`${TEAM_HIERARCHY_PATH_VARIABLE} '${template}' must be a path starting with / and containing {teamId}`, {
            hint: `For example: ${TEAM_HIERARCHY_PATH_VARIABLE}=${DEFAULT_TEAM_HIERARCHY_PATH}`
          });
        }
        const path = template.replaceAll("{teamId}", encodeURIComponent(team.id));
        const what = `read the asset hierarchy of ${team.shown}`;
        const route = `${http2.baseUrl.origin}${path}`;
        if (missingRoutes.has(route))
          return whole();
        const reply = await http2.request({ method: "GET", path, what, headers: endpoints.q2, accept: [...endpoints.Nu, 400] }, async (answer) => answer.status === 200 ? { value: await (0, client.Vh)(answer, what) } : (0, client.vf)(answer).then(() => ({ status: answer.status })));
        if ("value" in reply)
          return reply.value === void 0 ? [] : parseHierarchy(reply.value, what);
        missingRoutes.add(route);
        log.warning(`${what}: HTTP ${reply.status} on ${path}, so ${(0, phrasing.hF)(input_names.pd.TargetFolder)} is looked up in the Controller's whole asset hierarchy, where the team's folders may not be. Give ${(0, phrasing.hF)(input_names.pd.TargetFolder)} as a folder id to be sure, or set ${TEAM_HIERARCHY_PATH_VARIABLE} to the path your Controller's API explorer (/help/index) shows.`);
        return whole();
      }
      function forceAdvice(scope) {
        if (scope.force) {
          return "Force mode was on, so this is a collision the Controller cannot resolve even by taking over open flows (an item of another type, or a folder, with that title).";
        }
        const how = scope.teamId ? `Set ${(0, phrasing.Pe)(input_names.pd.Force, "true")}` : `Set ${(0, phrasing.hF)(input_names.pd.Team)} and ${(0, phrasing.Pe)(input_names.pd.Force, "true")} (Import To Team, Enterprise Edition)`;
        return `${how} to replace the colliding flows: force mode locks flows that users have open in Studio and replaces them, so their unsaved changes are lost.`;
      }
      ;
      const STATUS_MEANING = {
        401: {
          message: "the Controller refused the access key",
          hint: "Check api-key: an API access key from Leapwork Studio (Settings \u2192 API Access Keys), sent as the AccessKey header."
        },
        446: {
          message: "the Controller does not have enough disk space",
          hint: "Free disk space on the Controller's machine, then re-run the step."
        },
        455: {
          message: "the Controller's database is not responding",
          hint: "Check the Controller's database service, then re-run the step."
        }
      };
      const describeError = ({ status, headers, text }) => {
        const body = errorText(text);
        const known = STATUS_MEANING[status];
        const message = known ? body ? `${known.message} (${body})` : known.message : body || `HTTP ${status}`;
        return { message, requestId: (0, client.Gb)(headers), hint: known?.hint };
      };
      function importFailure(error, folderShown, title, scope) {
        if (!(error instanceof errors.j$))
          return error;
        const team = scope.teamId ? ` in team ${scope.teamId}` : "";
        const readings = {
          409: {
            message: `title collision: the package's "${title}" (or an item in it) has the title of an item in ${folderShown} that the Controller cannot replace`,
            hint: `Rename, move or delete that item in Studio (or close it if someone has it open), or import into another folder. ${forceAdvice(scope)} A dry run (${(0, phrasing.Pe)(input_names.pd.DryRun, "true")}) reports collisions beforehand.`
          },
          404: {
            message: `the target ${folderShown} was not found${team}, or is not a folder`,
            hint: scope.teamId ? `Check ${(0, phrasing.hF)(input_names.pd.TargetFolder)} and ${(0, phrasing.hF)(input_names.pd.Team)}: with a team, the target must be a folder of that team.` : `Check ${(0, phrasing.hF)(input_names.pd.TargetFolder)}: the folder may have been deleted or moved since it was looked up.`
          },
          400: {
            message: "the Controller refused the request as malformed",
            hint: "Check that the bundle holds a package exported from Leapwork, unchanged."
          }
        };
        const reading = readings[error.httpStatus];
        if (!reading)
          return error;
        const detail = error.detail && !error.detail.startsWith("HTTP ") ? `${reading.message} (${error.detail})` : reading.message;
        return error.withDetail(detail, reading.hint);
      }
      function exportFailure(error, id2, item, baseUrl) {
        if (!(0, endpoints.w1)(error))
          return error;
        const detail = item ? `the item exists in the asset hierarchy, so this Controller most likely serves export at another path (flowferry's default is unverified)` : `no item with id ${id2}, or this Controller serves export at another path (flowferry's default is unverified)`;
        return error.withDetail(detail, `Check ${(0, phrasing.hF)(input_names.pd.WorkflowId)}, and look up the export endpoint in the Controller's API explorer (${baseUrl.origin}/help/index); then set the environment variable ${endpoints.sB}, e.g. "POST /api/v4/export/{timeoutMinutes}/{itemId}".`);
      }
      ;
      const folders_GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
      function parseTargetFolder(value) {
        const trimmed = value.trim();
        if (folders_GUID.test(trimmed))
          return { kind: "id", id: trimmed.replace(/[{}]/g, "").toLowerCase() };
        const segments = trimmed.replace(/^\/+|\/+$/g, "").split("/").map((segment) => segment.trim());
        if (segments.some((segment) => segment === "")) {
          throw new errors.dz(input_names.pd.TargetFolder, `'${value}' has an empty folder title (two slashes in a row, or only slashes)`, "Team A/Regression");
        }
        return { kind: "path", segments };
      }
      function resolvePath(roots, segments) {
        let level = roots;
        let deepest;
        const existing = [];
        for (const [i, title] of segments.entries()) {
          const named = level.filter((item) => item.title === title);
          const folders = named.filter(isFolder);
          const where = existing.length ? `'${existing.join("/")}'` : "the top level";
          if (folders.length > 1) {
            throw new errors.dz(input_names.pd.TargetFolder, `'${[...existing, title].join("/")}' is ambiguous: ${folders.length} folders titled '${title}' at ${where} (ids ${folders.map((f) => f.id).join(", ")}); give the folder's id instead`, folders[0].id);
          }
          if (folders.length === 0 && named.length > 0) {
            throw new errors.dz(input_names.pd.TargetFolder, `'${[...existing, title].join("/")}' is a ${named[0].type || "item"} (id ${named[0].id}), not a folder; an import needs a folder`, existing.length ? existing.join("/") : "Team A/Regression");
          }
          const folder = folders[0];
          if (!folder)
            return { deepest, existing, missing: segments.slice(i) };
          deepest = folder;
          existing.push(title);
          level = folder.children;
        }
        return { folder: deepest, deepest, existing, missing: [] };
      }
      function findById(roots, id2) {
        const wanted = id2.toLowerCase();
        const stack = [...roots];
        while (stack.length > 0) {
          const item = stack.pop();
          if (item.id.toLowerCase() === wanted)
            return item;
          stack.push(...item.children);
        }
        return void 0;
      }
      function pathOf(roots, item) {
        const trail = [];
        const walk = (level) => {
          for (const candidate of level) {
            trail.push(candidate.title);
            if (candidate === item || walk(candidate.children))
              return true;
            trail.pop();
          }
          return false;
        };
        walk(roots);
        return trail.join("/");
      }
      function collisions(folder, title) {
        return folder.children.filter((child) => child.title === title);
      }
      ;
      class FolderService {
        http;
        log;
        own;
        team;
        /**
         * The API version whose Get Hierarchy path answered. Leapwork documents the v3 path
         * (https://www.leapwork.com/product/documentation/rest-api/get-hierarchy); the v4 one is inferred.
         */
        hierarchyVersion;
        tree;
        constructor(http2, log, own, team) {
          this.http = http2;
          this.log = log;
          this.own = own;
          this.team = team;
        }
        /**
         * The asset hierarchy, read once per client: an import with backup, or a glob of bundles, would
         * otherwise fetch the whole tree several times. `fresh` after a change (an import, new folders).
         */
        hierarchy(fresh = false) {
          if (fresh || !this.tree) {
            this.tree = this.readHierarchy();
            this.tree.catch(() => this.tree = void 0);
          }
          return this.tree;
        }
        /** Where `target-folder` is in the tree; throws InputError when it names no folder unambiguously. */
        async locate(roots) {
          const target = parseTargetFolder(this.own.targetFolder);
          if (target.kind === "id") {
            const item = findById(roots, target.id) ?? await this.itemById(target.id) ?? (this.team ? unlisted(target.id, this.log) : void 0);
            if (!item)
              throw new errors.dz(input_names.pd.TargetFolder, `no item with id ${target.id} in the Controller's asset hierarchy`, "Team A/Regression");
            if (!isFolder(item)) {
              throw new errors.dz(input_names.pd.TargetFolder, `${target.id} is a ${item.type || "item"} ("${item.title}"), not a folder; an import needs a folder`, "Team A/Regression");
            }
            return { folder: { id: item.id, item, shown: `folder '${pathOf(roots, item) || item.title}' (id ${item.id})` }, path: { folder: item, deepest: item, existing: [], missing: [] } };
          }
          const resolved = resolvePath(roots, target.segments);
          const folder = resolved.folder ? { id: resolved.folder.id, item: resolved.folder, shown: `folder '${target.segments.join("/")}' (id ${resolved.folder.id})` } : void 0;
          return { folder, path: resolved };
        }
        /**
         * An item the whole tree did not show (a Controller may leave some branches out): Get Hierarchy
         * of that id. Undefined when the Controller does not know it; an item whose reply does not
         * describe it is taken as it is, and the import's own 404 speaks if it is no folder.
         */
        async itemById(id2) {
          const what = `look up item ${id2}`;
          const reply = await this.http.request({ method: "GET", path: `/api/${this.hierarchyVersion ?? "v4"}/hierarchy/${encodeURIComponent(id2)}`, what, headers: endpoints.q2, accept: [400, 404] }, async (answer) => {
            if (answer.status !== 200)
              return (0, client.vf)(answer).then(() => []);
            const value = await (0, client.Vh)(answer, what);
            return value === void 0 ? [] : parseHierarchy(value, what);
          });
          if (reply.length === 0)
            return void 0;
          return findById(reply, id2) ?? { id: id2, title: id2, type: "Folder", children: reply };
        }
        /** The target folder, created (only its missing tail) when `create-folders` allows. */
        async ensureFolder() {
          const located = await this.locate(await this.hierarchy());
          if (located.folder)
            return located.folder;
          const { existing, missing, deepest } = located.path;
          const under = existing.length ? `under '${existing.join("/")}'` : "at the top level";
          if (!this.own.createFolders) {
            throw new errors.dz(input_names.pd.TargetFolder, `'${this.own.targetFolder}' does not exist: there is no folder '${missing[0]}' ${under}. Set create-folders: true to create the missing folder(s), or name an existing folder`);
          }
          const what = `create the folder(s) '${missing.join("/")}' ${under}`;
          let createdId;
          try {
            createdId = await this.http.json({
              method: "PUT",
              path: (0, endpoints.uL)(deepest?.id, missing, (await this.team?.team())?.id),
              what,
              headers: endpoints.q2,
              // A second PUT after a lost reply would meet the folder it created and answer 409.
              idempotent: false,
              harmlessIfRepeated: "Nothing was imported yet; re-running the step finds the folders that exist and creates only the rest."
            }, (value) => parseCreatedFolder(value, what));
          } catch (error) {
            if (error instanceof errors.j$ && error.httpStatus === 409) {
              const meanwhile = await this.locate(await this.hierarchy(true));
              if (meanwhile.folder) {
                this.log.info(`${what}: the Controller answered 409, and the folder exists now (created at the same moment elsewhere)`);
                return meanwhile.folder;
              }
              throw error.withDetail(`the Controller refused to ${what}: a folder with that title exists there, or folders cannot be created there (${error.detail})`, "Check target-folder against the folders in Studio: a folder of that title may exist where the path does not lead (a different type, or a title that differs only in case).");
            }
            throw error;
          }
          this.log.info(`${what}: done${createdId ? ` (the Controller names folder ${createdId})` : ""}`);
          const again = await this.locate(await this.hierarchy(true));
          if (again.folder)
            return again.folder;
          if (createdId && missing.length === 1) {
            return { id: createdId, item: { id: createdId, title: missing[0], type: "Folder", children: [] }, shown: `folder '${this.own.targetFolder}' (id ${createdId})` };
          }
          throw new errors.vO(`${what}: the Controller answered success, but the folder is not in the asset hierarchy afterwards`, {
            hint: "Check the folder in Studio; if it exists, give target-folder as its id (this access key may not see that branch of the hierarchy)."
          });
        }
        /** The team's hierarchy for a team import, else the whole one. */
        async readHierarchy() {
          if (!this.team)
            return this.readWholeHierarchy();
          return readTeamHierarchy(this.http, this.log, await this.team.team(), () => this.readWholeHierarchy());
        }
        /** The whole asset hierarchy: the v4 path first, the documented v3 path when v4 has no such route. */
        async readWholeHierarchy() {
          const what = "read the asset hierarchy";
          for (const version of this.hierarchyVersion ? [this.hierarchyVersion] : ["v4", "v3"]) {
            try {
              const roots = await this.http.json({ method: "GET", path: `/api/${version}/hierarchy`, what, headers: endpoints.q2 }, (value) => parseHierarchy(value, what));
              this.hierarchyVersion = version;
              return roots;
            } catch (error) {
              const missingRoute = (0, endpoints.w1)(error);
              if (version === "v3" || this.hierarchyVersion || !missingRoute)
                throw error;
              this.log.debug(`${what}: HTTP ${error.httpStatus} on /api/v4/hierarchy; trying the documented v3 path`);
            }
          }
          throw new errors.vO(`${what}: no reply`);
        }
      }
      function unlisted(id2, log) {
        log.info(`folder ${id2} is in no asset hierarchy this access key can read; it goes to Import To Team as given, and the Controller checks it`);
        return { id: id2, title: id2, type: "Folder", children: [] };
      }
      ;
      class LeapworkClient {
        settings;
        context;
        http;
        /** `team`, for imports: Import To Team, the team's own hierarchy and folder creation. */
        team;
        folders;
        constructor(settings, context) {
          this.settings = settings;
          this.context = context;
          const accessKey = settings.own.apiKey;
          this.http = (0, http.q)(settings, context, { describeError, credentials: (0, client.sy)("AccessKey", accessKey) });
          checkForce(settings);
          if (settings.own.team && settings.operation === "import")
            this.team = new TeamResolver(this.http, context.log, settings.own.team);
          this.folders = new FolderService(this.http, context.log, settings.own, this.team);
        }
        async scope() {
          return { teamId: (await this.team?.team())?.id, force: this.settings.own.force };
        }
        async importBundle(bundle) {
          const file = this.packageOf(bundle);
          const title = this.titleOf(bundle);
          const folder = await this.folders.ensureFolder();
          const remaining = Math.max(1, this.context.deadline.remaining());
          const minutes = (0, endpoints.DL)(remaining);
          const filename = external_node_path_default().basename(file);
          const { size } = await (0, promises_.stat)(file);
          const scope = await this.scope();
          const what = `import ${filename} into ${folder.shown}${scope.teamId ? ` of team ${scope.teamId}${scope.force ? " (force mode)" : ""}` : ""}`;
          this.context.log.info(`${what}: ${size} bytes, timeoutMinutes ${minutes}; the Controller answers when the import is done`);
          let reply;
          try {
            reply = await this.http.json({
              method: "POST",
              path: (0, endpoints.LM)(minutes, folder.id, scope),
              what,
              headers: endpoints.q2,
              // The import is synchronous: the reply comes when the Controller has finished, which may take until `timeout`.
              readTimeoutMs: remaining,
              body: { kind: "multipart", parts: [{ name: "zip file", file, filename, contentType: "application/x-zip-compressed", size }] }
            }, (value) => parseImportReply(value, what));
          } catch (error) {
            throw importFailure(error, folder.shown, title, scope);
          }
          if (!reply.successful) {
            throw new errors.vO(`${what}: the Controller answered HTTP 200 but IsSuccessful=false, without saying why`, {
              hint: "Look at the Controller's log for the import, and at the target folder in Studio, before re-running."
            });
          }
          this.context.log.info(`${what}: the Controller answered ${reply.platformStatus}`);
          const notes = [];
          if (this.settings.workflowId) {
            notes.push(`workflow-id ${this.settings.workflowId} was not used: a Leapwork import goes into target-folder and replaces the item of the same title there`);
          }
          let imported;
          try {
            const after = findById(await this.folders.hierarchy(true), folder.id) ?? await this.folders.itemById(folder.id);
            const sameTitle = after ? collisions(after, title) : [];
            imported = sameTitle.find((item) => !isFolder(item)) ?? sameTitle[0];
          } catch (error) {
            const note = `the import succeeded, but reading the hierarchy afterwards failed (${error.message}), so workflow-id is not set; look the item up in Studio`;
            this.context.log.warning(note);
            return { workflowName: title, platformStatus: reply.platformStatus, notes: [...notes, note] };
          }
          if (imported)
            this.context.log.info(`the imported item "${title}" has id ${imported.id}`);
          else
            notes.push(`the import succeeded, but no item titled "${title}" was found in ${folder.shown} to report its id (the package may name it differently; set workflow-name to its title)`);
          return { workflowId: imported?.id, workflowName: title, platformStatus: reply.platformStatus, notes };
        }
        async exportWorkflow(staging) {
          const id2 = this.settings.workflowId;
          const endpoint = (0, endpoints.yN)();
          const item = findById(await this.folders.hierarchy(), id2);
          if (item)
            this.context.log.info(`item ${id2}: ${item.type || "item"} "${item.title}"`);
          else
            this.context.log.info(`item ${id2} is not in the asset hierarchy; asking the Controller for it anyway`);
          const what = `export item ${id2}`;
          const temp = external_node_path_default().join(staging, ".package.zip");
          const remaining = Math.max(1, this.context.deadline.remaining());
          let saved;
          try {
            saved = await this.http.request({
              method: endpoint.method,
              path: (0, endpoints.jz)(endpoint.template, id2, (0, endpoints.DL)(remaining)),
              what,
              headers: { accept: "application/zip, application/octet-stream, */*" },
              // An export changes nothing on the Controller, so asking again after a lost reply is safe.
              idempotent: true,
              readTimeoutMs: remaining,
              download: true
            }, async (reply) => {
              const result = await (0, download.f)(temp)(reply);
              if (!await (0, zip.G5)(temp)) {
                await (0, promises_.rm)(temp, { force: true });
                throw new http_errors._(`${what}: the reply is not a zip package (${result.bytes} bytes, content type ${result.contentType ?? "unknown"})`);
              }
              return result;
            });
          } catch (error) {
            throw exportFailure(error, id2, item, this.http.baseUrl);
          }
          const name = this.settings.workflowName ?? (item?.title || saved.filename?.replace(/\.zip$/i, "") || id2);
          const fileName = (0, leapwork_bundle.packageFileName)(name);
          await (0, promises_.rename)(temp, external_node_path_default().join(staging, fileName));
          this.context.log.info(`${what}: ${saved.bytes} bytes, kept byte for byte as ${fileName}`);
          return {
            exported: { name, workflowId: id2, files: [{ path: fileName, role: leapwork_bundle.PACKAGE_ROLE, digest: { bytes: saved.bytes, sha256: saved.sha256 } }] },
            workflowId: id2,
            platformStatus: "HTTP 200"
          };
        }
        /**
         * For `backup`: the item the import would replace is the one in the target folder with the
         * package's title. A folder that does not exist yet holds nothing to replace.
         */
        async replaces(bundle) {
          const located = await this.folders.locate(await this.folders.hierarchy());
          if (!located.folder)
            return void 0;
          const title = this.titleOf(bundle);
          const hit = collisions(located.folder.item, title).find((item) => !isFolder(item));
          if (hit)
            this.context.log.info(`the import would replace ${hit.type || "item"} "${title}" (id ${hit.id}) in ${located.folder.shown}`);
          return hit?.id;
        }
        /**
         * `dry-run`: the access key works (the hierarchy is read), the target folder exists or would be
         * created, and whether an item with the package's title is already there.
         */
        async preflight(bundle) {
          const manifestFile = (0, core_bundle.pS)(bundle, "flowferry.json");
          const report = { checked: [], unchecked: [], findings: [] };
          const finding = (severity, rule, message) => report.findings.push({ file: manifestFile, severity, rule, message });
          let roots;
          try {
            roots = await this.folders.hierarchy();
          } catch (error) {
            if (error instanceof errors.j$ && error.httpStatus === 401) {
              finding("error", "leapwork.credentials", "the Controller refused the access key (HTTP 401); check api-key");
              return report;
            }
            if (error instanceof errors.dz) {
              finding("error", "leapwork.team", error.message);
              return report;
            }
            throw error;
          }
          report.checked.push("the Controller accepts the access key");
          const team = await this.team?.team();
          let located;
          try {
            located = await this.folders.locate(roots);
          } catch (error) {
            if (!(error instanceof errors.dz))
              throw error;
            finding("error", "leapwork.target-folder", error.message);
            return report;
          }
          if (!located.folder) {
            const missing = located.path.missing.join("/");
            const under = located.path.existing.length ? `under '${located.path.existing.join("/")}'` : "at the top level";
            if (this.settings.own.createFolders)
              report.checked.push(`the import would create the folder(s) '${missing}' ${under} (create-folders: true)`);
            else
              finding("error", "leapwork.target-folder", `the target folder '${this.settings.own.targetFolder}' does not exist ('${missing}' is missing ${under}); set create-folders: true to create it`);
            return report;
          }
          const title = this.titleOf(bundle);
          report.checked.push(`the target ${located.folder.shown} exists${team ? ` in ${team.shown}` : ""}`);
          const hits = collisions(located.folder.item, title);
          if (hits.length === 0)
            report.checked.push(`no item in ${located.folder.shown} has the title "${title}"`);
          for (const hit of hits) {
            finding("warning", "leapwork.collision", isFolder(hit) ? `title collision: ${located.folder.shown} already has a folder titled "${title}" (id ${hit.id}); the Controller is likely to refuse the import (HTTP 409)` : `title collision: ${located.folder.shown} already has ${hit.type || "an item"} "${title}" (id ${hit.id}); ${collisionOutcome(this.settings)}`);
          }
          return report;
        }
        packageOf(bundle) {
          const file = (0, core_bundle.W7)(bundle, leapwork_bundle.PACKAGE_ROLE);
          if (!file)
            throw new errors.rJ(`${bundle.location}: a Leapwork import needs the package (role ${leapwork_bundle.PACKAGE_ROLE}, a .zip)`);
          return file;
        }
        /** The title the package's item has: the bundle's name (the exported item's title), or `workflow-name`. */
        titleOf(bundle) {
          return this.settings.workflowName ?? bundle.manifest.name;
        }
      }
      function collisionOutcome(settings) {
        if (settings.own.team && settings.own.force)
          return "force mode replaces it, locking it first if someone has it open in Studio (set backup: true to keep a copy)";
        return "the Controller replaces it, or refuses with HTTP 409 if it cannot (someone has it open in Studio: force mode with a team takes it over; set backup: true to keep a copy)";
      }
      var facts = __webpack_require__(97057);
      ;
      const platform = {
        ...facts.m,
        loadRules: async () => (await Promise.resolve(
          /* import() */
        ).then(__webpack_require__.bind(__webpack_require__, 23688))).leapworkRules,
        connect: (settings, context) => new LeapworkClient(settings, context)
      };
    })
  )
};
