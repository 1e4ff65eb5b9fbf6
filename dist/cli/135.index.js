export const id = 135;
export const ids = [135];
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
  10135: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        platform: () => (
          /* binding */
          platform
        )
      });
      var phrasing = __webpack_require__(31677);
      var input_names = __webpack_require__(74098);
      ;
      const VERSION_SUFFIX = /\/v[12]$/i;
      const warned = /* @__PURE__ */ new Set();
      function atWorkflowApiRoot(settings, log) {
        const given = settings.baseUrl;
        if (!given || !VERSION_SUFFIX.test(given.pathname))
          return settings;
        const root = new URL(given.toString());
        root.pathname = given.pathname.replace(VERSION_SUFFIX, "") || "/";
        const shown = root.toString().replace(/\/$/, "");
        if (!warned.has(given.toString())) {
          warned.add(given.toString());
          log.warning(`${(0, phrasing.hF)(input_names.pd.BaseUrl)} '${given.toString()}' ends in '${given.pathname.slice(given.pathname.lastIndexOf("/"))}', the version prefix of Zuora's other REST APIs; the Workflow API and /oauth/token are at the host's root, so flowferry uses '${shown}'. Set ${(0, phrasing.Pe)(input_names.pd.BaseUrl, shown)} to silence this.`);
        }
        root.pathname = root.pathname.replace(/\/+$/, "");
        return { ...settings, baseUrl: root };
      }
      var core_crypto = __webpack_require__(16082);
      var promises_ = __webpack_require__(51455);
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var core_bundle = __webpack_require__(33303);
      var core_clock = __webpack_require__(32257);
      var errors = __webpack_require__(74296);
      var client = __webpack_require__(17885);
      var download = __webpack_require__(9766);
      var http_errors = __webpack_require__(46081);
      var json_file = __webpack_require__(59656);
      var limits = __webpack_require__(36419);
      var plain_file = __webpack_require__(19130);
      var zuora_facts = __webpack_require__(50303);
      var http = __webpack_require__(33690);
      var secrets = __webpack_require__(58010);
      var replies = __webpack_require__(71236);
      ;
      const REFRESH_MARGIN_MS = 3e5;
      const DEFAULT_LIFETIME_S = 3600;
      class ZuoraCredentials {
        source;
        http;
        clock;
        log;
        token;
        refreshAt = 0;
        pending;
        constructor(source, http2, clock, log) {
          this.source = source;
          this.http = http2;
          this.clock = clock;
          this.log = log;
          if (source.token) {
            this.token = source.token;
            this.refreshAt = Number.POSITIVE_INFINITY;
          }
        }
        get canRefresh() {
          return !!(this.source.clientId && this.source.clientSecret);
        }
        /** The token, fetched before the request is paced (core/http/credentials.ts says why). */
        async prepare() {
          await this.current();
        }
        async authorize(request) {
          request.headers.authorization = `Bearer ${await this.current()}`;
        }
        valid() {
          return !!this.token && this.clock.now() < this.refreshAt;
        }
        async refresh() {
          if (!this.canRefresh)
            return false;
          this.refreshAt = 0;
          await this.current();
          return true;
        }
        /** The token to send, fetched first when there is none or it is about to expire. */
        async current() {
          if (this.valid())
            return this.token;
          this.pending ??= this.fetch().finally(() => {
            this.pending = void 0;
          });
          return this.pending;
        }
        async fetch() {
          const { clientId, clientSecret } = this.source;
          const what = "get an OAuth token";
          const issued = await this.http.json({
            method: "POST",
            path: "/oauth/token",
            what,
            body: { kind: "form", fields: { client_id: clientId, client_secret: clientSecret, grant_type: "client_credentials" } },
            // A token request changes nothing in the tenant: a second one only issues a second token.
            idempotent: true
          }, replies.pI).catch((error) => {
            if (error instanceof errors.j$ && (error.httpStatus === 400 || error.httpStatus === 401)) {
              throw error.withHint("Check client-id and client-secret, and that base-url is the REST host of the tenant the OAuth client belongs to (e.g. https://rest.apisandbox.zuora.com).");
            }
            throw error;
          });
          (0, secrets.cl)(issued.token);
          const lifetimeMs = (issued.expiresIn ?? DEFAULT_LIFETIME_S) * 1e3;
          this.refreshAt = this.clock.now() + Math.max(lifetimeMs - REFRESH_MARGIN_MS, lifetimeMs / 2);
          this.token = issued.token;
          this.log.info(`got an OAuth token, valid for ${Math.round(lifetimeMs / 1e3)} s`);
          return issued.token;
        }
      }
      var zuora_versions = __webpack_require__(43655);
      ;
      const IN_FLIGHT_LIMIT_MS = 13e4;
      const IN_FLIGHT_PAUSE_MS = 5e3;
      const IN_PROGRESS = /in progress|processing|being processed|in flight|concurrent|idempotency/i;
      const GZIP_ABOVE = 1e3;
      class ZuoraClient {
        settings;
        context;
        http;
        credentials;
        versions;
        /** Sent on every request (Zuora-Track-Id) and logged, so Zuora support can find this run's calls. */
        trackId = `flowferry-${(0, core_crypto.po)(8).toString("hex")}`;
        constructor(settings, context) {
          this.settings = settings;
          this.context = context;
          const trackId = this.trackId;
          const describeError = ({ status, headers, text }) => {
            const known = (0, replies.kc)(text);
            const generic = (0, client.Ve)(headers, text);
            const requestId = zuoraRequestId(headers) ?? known?.requestId ?? generic.requestId;
            if (status === 409 && isResultBody(text))
              return { message: text, code: REPLAYED, requestId };
            const message = known?.message ?? generic.message;
            return {
              message,
              code: known?.code,
              requestId,
              // A 409 that refuses the version is an answer, not a wait.
              throttled: status === 409 && !(0, replies.eu)(message),
              hint: `${(0, client.jF)(status) ?? ""} Zuora-Track-Id ${trackId} finds this run's calls at Zuora support.`.trim()
            };
          };
          const common = { describeError, requestIdHeader: zuora_facts.uH, headers: { "zuora-track-id": trackId, accept: "application/json" } };
          this.credentials = new ZuoraCredentials(settings.own, (0, http.q)(settings, context, common), context.clock ?? core_clock.m, context.log);
          const credentials = this.credentials.canRefresh ? this.credentials : { authorize: this.credentials.authorize.bind(this.credentials) };
          this.http = (0, http.q)(settings, context, { ...common, credentials, gzipRequestsAbove: GZIP_ABOVE });
          this.versions = new zuora_versions.ds(this.http, context.log, settings.own.version);
          context.log.info(`Zuora-Track-Id: ${trackId} (give it to Zuora support with the Zuora-Request-Id of a failing call)`);
        }
        async importBundle(bundle) {
          const file = (0, core_bundle.W7)(bundle, "workflow");
          if (!file)
            throw new errors.rJ(`${bundle.location}: a Zuora import needs ${zuora_facts.XC} (role workflow)`);
          const { body, document } = await importBody(bundle, file);
          const facts = (0, replies.Vh)(document);
          const existing = this.settings.workflowId;
          const version = existing ? await this.versions.toCreate(existing) : this.versions.requested();
          const what = existing ? `import version ${version} into workflow ${existing}` : `import "${facts.name ?? bundle.manifest.name}" as a new workflow`;
          let requestId;
          const key = (0, core_crypto.N4)();
          const clock = this.context.clock ?? core_clock.m;
          const started = clock.now();
          const send = () => this.http.request({
            method: "POST",
            path: existing ? `/workflows/${encodeURIComponent(existing)}/versions/import` : "/workflows/import",
            query: { version, activate: this.settings.own.activate },
            headers: { "idempotency-key": key },
            body,
            idempotent: true,
            what
          }, async (answer) => {
            requestId = zuoraRequestId(answer.headers);
            return (0, replies.X7)(await readResult(answer, what), what);
          });
          let reply;
          for (; ; ) {
            try {
              reply = await send();
              break;
            } catch (error) {
              if (error instanceof errors.j$ && error.code === REPLAYED) {
                requestId = error.requestId;
                this.context.log.info(`${what}: Zuora answered 409 with the first attempt's result`);
                reply = (0, replies.X7)(JSON.parse(error.reply ?? error.detail), what);
                break;
              }
              if (!(error instanceof errors.j$ && error.httpStatus === 409 && !(0, replies.eu)(error.detail))) {
                throw await this.versions.explainConflict(error, existing, version);
              }
              if (!IN_PROGRESS.test(error.detail)) {
                throw error.withHint(`Zuora answered every attempt of this import (one Idempotency-Key) with 409: either its refusal of the first attempt, replayed, or that attempt is still running. Look for the ${existing ? `new version of workflow ${existing}` : "new workflow definition"} in Zuora before ${(0, phrasing.MZ)("rerunning")}.`);
              }
              const waited = clock.now() - started;
              const pause = Math.min(IN_FLIGHT_PAUSE_MS, this.context.deadline.remaining() - 1e3);
              if (waited >= IN_FLIGHT_LIMIT_MS || pause <= 0) {
                throw error.withDetail(`Zuora was still processing the first attempt of this import after ${Math.round(waited / 1e3)} s (${error.detail}); it may yet complete`, `Look for the ${existing ? `new version of workflow ${existing}` : "new workflow definition"} in Zuora before ${(0, phrasing.MZ)("rerunning")}: a new run sends a new Idempotency-Key, so Zuora would import it a second time.`);
              }
              this.context.log.info(`${what}: Zuora is still processing the first attempt (HTTP 409); asking again with the same Idempotency-Key in ${Math.round(pause / 1e3)} s`);
              await clock.sleep(pause, this.context.deadline.signal());
            }
          }
          const imported = existing ? version : reply.version ?? version ?? facts.version;
          const active = existing && reply.activeVersion ? reply.activeVersion.version === imported : this.settings.own.activate;
          const status = existing ? active ? reply.activeVersion?.status ?? "Active" : "Inactive" : reply.status ?? (active ? "Active" : "Inactive");
          const workflowId = existing ?? reply.definitionId;
          this.context.log.info(`${what}: Zuora created version ${imported ?? "(unnamed)"} of workflow ${workflowId}, ${status}${requestId ? ` (Zuora-Request-Id ${requestId})` : ""}`);
          return { workflowId, workflowName: reply.name ?? facts.name, version: imported, platformStatus: status };
        }
        /**
         * `version` empty means the active version
         * (https://developer.zuora.com/v1-api-reference/api/operation/GET_WorkflowExport/). A workflow whose versions are all inactive
         * (a first import is inactive) has none; then the latest is exported, and the log says so.
         */
        async exportWorkflow(staging) {
          const id2 = this.settings.workflowId;
          const requested = this.settings.own.version;
          if (requested !== void 0 && requested !== "latest" && !(0, zuora_versions.lF)(requested)) {
            throw new errors.dz(input_names.pd.Version, `'${requested}' is neither a version number nor 'latest'; leave it empty for the active version`, "0.0.3");
          }
          const file = external_node_path_default().join(staging, zuora_facts.XC);
          let version = requested;
          let document;
          try {
            document = await this.download(id2, version, file);
          } catch (error) {
            if (!(error instanceof errors.j$ && error.httpStatus === 404 && requested === void 0))
              throw error;
            this.context.log.info(`workflow ${id2} has no active version (Zuora answered 404: ${error.detail}); exporting its latest version instead`);
            version = "latest";
            document = await this.download(id2, version, file).catch((second) => {
              throw second instanceof errors.j$ && second.httpStatus === 404 ? error : second;
            });
          }
          const facts = (0, replies.Vh)(document);
          const exported = facts.version ?? (version === "latest" ? void 0 : version);
          this.context.log.info(`exported version ${exported ?? version ?? "(active)"} of workflow ${id2}`);
          return {
            exported: { name: facts.name ?? id2, workflowId: id2, version: exported, files: [{ path: zuora_facts.XC, role: "workflow" }] },
            workflowId: id2,
            version: exported,
            platformStatus: "exported"
          };
        }
        /**
         * Dry run: a token is fetched (client credentials) or the given one is tried, and for a version
         * import the existing versions are read, so a version that is not greater fails here and not
         * half-way through a promotion. Nothing is changed.
         */
        async preflight(bundle) {
          const file = (0, core_bundle.pS)(bundle, "flowferry.json");
          const report = { checked: [], unchecked: [], findings: [] };
          const error = (rule, message) => report.findings.push({ file, severity: "error", rule, message });
          const existing = this.settings.workflowId;
          try {
            if (existing) {
              const versions = await this.versions.existing(existing);
              const highest = versions && (0, zuora_versions.t)(versions);
              const wanted = this.settings.own.version;
              if (wanted !== void 0 && !(0, zuora_versions.lF)(wanted))
                error("zuora.version", `version '${wanted}' is not a version number such as ${(0, zuora_versions.yU)(highest)}`);
              else if (wanted !== void 0 && highest !== void 0 && (0, zuora_versions.Zy)(wanted, highest) <= 0)
                error("zuora.version", (0, zuora_versions.n7)(wanted, existing, highest));
              else if (!versions && !wanted)
                error("zuora.version", `Zuora did not list the versions of workflow ${existing}; set version to the version to create`);
              else if (!versions)
                report.unchecked.push(`whether version ${wanted} is greater than the versions of workflow ${existing}: Zuora did not list them`);
              else
                report.checked.push(`the import would create version ${wanted ?? (0, zuora_versions.yU)(highest)} of workflow ${existing} (highest existing: ${highest ?? "none"})${this.settings.own.activate ? " and activate it" : ""}`);
            } else {
              this.versions.requested();
              await this.credentials.current();
              await this.http.request({ method: "GET", path: "/workflows", query: { page: 1, page_length: 1 }, what: "check the credentials by listing workflows" }, (reply) => (0, client.Vh)(reply, "list workflows")).catch((error2) => {
                if (!(error2 instanceof errors.j$) || error2.httpStatus === 401 || error2.httpStatus === 403)
                  throw error2;
                this.context.log.info(`listing workflows answered HTTP ${error2.httpStatus}; the credentials were accepted`);
              });
              report.checked.push("the import would create a new workflow definition");
            }
            report.checked.unshift("Zuora accepts the credentials");
          } catch (caught) {
            if (!(caught instanceof errors.j$))
              throw caught;
            if (caught.httpStatus === 401 || caught.httpStatus === 403 || caught.path === "/oauth/token") {
              error("zuora.credentials", `Zuora refused the credentials (HTTP ${caught.httpStatus}: ${caught.detail}); check ${this.credentials.canRefresh ? "client-id, client-secret" : "token"} and the OAuth client's Workflow permissions`);
            } else if (caught.httpStatus === 404 && existing) {
              error("zuora.target", `Zuora has no workflow ${existing} (HTTP 404); check workflow-id`);
            } else
              throw caught;
          }
          return report;
        }
        /** Saves the export into `file`; the document as parsed on the way, when it is small enough to parse. */
        async download(id2, version, file) {
          const what = `export ${version ? `version ${version}` : "the active version"} of workflow ${id2}`;
          return this.http.request({ method: "GET", path: `/workflows/${encodeURIComponent(id2)}/export`, query: { version }, what, download: true }, async (reply) => {
            const saved = await (0, download.f)(file)(reply);
            if (saved.bytes > limits.jA)
              return void 0;
            const parsed = await (0, json_file.JE)(file);
            if (!parsed)
              throw new http_errors._(`${what}: the reply is not a JSON export document (${saved.bytes} bytes)`);
            const value = parsed.value;
            if ((0, replies.HR)(value) && value.success === false)
              throw unsuccessful(reply, value, "GET");
            return value;
          });
        }
      }
      async function importBody(bundle, file) {
        const shown = (0, core_bundle.pS)(bundle, zuora_facts.XC);
        const { size } = await (0, promises_.stat)(file);
        if (size > limits.oX) {
          throw new errors.rJ(`${shown}: ${size} bytes is more than flowferry sends in one Zuora import (${limits.oX} bytes)`);
        }
        if (size > limits.jA) {
          return { body: { kind: "file", file, size, contentType: "application/json" }, document: await (0, json_file.Aj)(file, shown) };
        }
        const data = await (0, plain_file.b$)(file, { shown }, limits.jA);
        return { body: { kind: "bytes", data, contentType: "application/json" }, document: JSON.parse((0, json_file.vA)(data.toString("utf8"))) };
      }
      const REPLAYED = "replayed-result";
      function isResultBody(text) {
        try {
          const value = JSON.parse(text);
          return value !== null && typeof value === "object" && !Array.isArray(value) && !(0, replies.HR)(value);
        } catch {
          return false;
        }
      }
      async function readResult(reply, what) {
        const value = await (0, client.Vh)(reply, what);
        if ((0, replies.HR)(value) && value.success === false)
          throw unsuccessful(reply, value, "POST");
        return value;
      }
      function unsuccessful(reply, value, method) {
        const known = (0, replies.kc)(JSON.stringify(value));
        return new errors.j$(reply.status, method, reply.url.pathname, known?.message ?? "success: false", known?.code, zuoraRequestId(reply.headers) ?? known?.requestId);
      }
      function zuoraRequestId(headers) {
        const value = headers[zuora_facts.uH];
        return Array.isArray(value) ? value[0] : value;
      }
      ;
      const platform = {
        ...zuora_facts.k3,
        loadRules: async () => (await __webpack_require__.e(
          /* import() */
          741
        ).then(__webpack_require__.bind(__webpack_require__, 49741))).zuoraRules,
        connect: (settings, context) => new ZuoraClient(atWorkflowApiRoot(settings, context.log), context)
      };
    })
  ),
  /***/
  71236: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        HR: () => (
          /* binding */
          isErrorBody
        ),
        /* harmony export */
        JK: () => (
          /* binding */
          parseVersions
        ),
        /* harmony export */
        Vh: () => (
          /* binding */
          documentFacts
        ),
        /* harmony export */
        X7: () => (
          /* binding */
          parseImport
        ),
        /* harmony export */
        eu: () => (
          /* binding */
          mentionsVersionConflict
        ),
        /* harmony export */
        kc: () => (
          /* binding */
          errorText
        ),
        /* harmony export */
        pI: () => (
          /* binding */
          parseToken
        )
        /* harmony export */
      });
      var _core_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12032);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
      var _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73477);
      var _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61037);
      const text = _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.union([_core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.number()]).transform(String);
      const tokenReply = _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.looseObject({
        // Registered as a secret and sent as a header: one printable word (core/reply-fields.ts).
        access_token: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.wg,
        token_type: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().optional(),
        expires_in: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.union([_core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.number(), _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string()]).optional(),
        scope: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().optional(),
        jti: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().optional()
      });
      function parseToken(value) {
        const parsed = tokenReply.safeParse(value);
        if (!parsed.success)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.vO(`get an OAuth token: Zuora's reply has no usable access_token (${(0, _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.SL)(parsed.error)})`);
        const seconds = Number(parsed.data.expires_in);
        return { token: parsed.data.access_token, expiresIn: Number.isFinite(seconds) && seconds > 0 ? seconds : void 0 };
      }
      const versionSummary = _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.looseObject({
        id: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.yc.optional().nullable(),
        version: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.yc.optional().nullable(),
        status: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.Tz.optional().nullable()
      });
      const importReply = _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.looseObject({
        id: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.yc.optional().nullable(),
        workflow_definition_id: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.yc.optional().nullable(),
        original_workflow_id: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.yc.optional().nullable(),
        originalWorkflowId: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.yc.optional().nullable(),
        name: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.Tz.optional().nullable(),
        version: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.yc.optional().nullable(),
        status: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.Tz.optional().nullable(),
        active_version: versionSummary.optional().nullable()
      });
      function parseImport(value, what) {
        const parsed = importReply.safeParse(value);
        if (!parsed.success || !(parsed.data.id ?? parsed.data.workflow_definition_id)) {
          const problem = parsed.success ? "" : `${(0, _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.SL)(parsed.error)}; `;
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.vO(`${what}: Zuora's reply has no workflow id (${problem}reply: ${(0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__.cW)(value)})`);
        }
        const reply = parsed.data;
        const active = reply.active_version ?? void 0;
        return {
          definitionId: reply.workflow_definition_id ?? reply.original_workflow_id ?? reply.originalWorkflowId ?? reply.id ?? void 0,
          name: reply.name ?? void 0,
          version: reply.version ?? void 0,
          status: reply.status ?? void 0,
          activeVersion: active ? { id: active.id ?? void 0, version: active.version ?? void 0, status: active.status ?? void 0 } : void 0
        };
      }
      function isErrorBody(value) {
        return value !== null && typeof value === "object" && ("errors" in value || "reasons" in value || value.success === false);
      }
      const versionList = _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.union([_core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.looseObject({ data: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.array(versionSummary) }), _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.array(versionSummary)]);
      function parseVersions(value, what) {
        const parsed = versionList.safeParse(value);
        if (!parsed.success)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.vO(`${what}: Zuora's reply has no list of versions (${(0, _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.SL)(parsed.error)}; reply: ${(0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__.cW)(value)})`);
        const items = Array.isArray(parsed.data) ? parsed.data : parsed.data.data;
        const versions = items.flatMap((item) => item.version ? [item.version] : []);
        if (items.length > 0 && versions.length === 0)
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.vO(`${what}: Zuora listed ${items.length} versions but none says its version number (${(0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__.cW)(items[0])})`);
        return versions;
      }
      function documentFacts(value) {
        const workflow = _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.looseObject({ workflow: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.looseObject({ name: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().optional().nullable(), version: _core_reply_fields_js__WEBPACK_IMPORTED_MODULE_2__.LH.optional().nullable() }) }).safeParse(value);
        if (!workflow.success)
          return {};
        const name = workflow.data.workflow.name?.trim();
        return { name: name ? (0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__.Ui)(name, 200) : void 0, version: workflow.data.workflow.version ?? void 0 };
      }
      const errorReply = _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.looseObject({
        errors: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.array(_core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.looseObject({ code: text.optional().nullable(), status: text.optional().nullable(), title: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().optional().nullable(), message: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().optional().nullable() })).optional(),
        reasons: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.array(_core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.looseObject({ code: text.optional().nullable(), message: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().optional().nullable() })).optional(),
        requestId: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().optional(),
        processId: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().optional(),
        error: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().optional(),
        error_description: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().optional(),
        message: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().optional()
      });
      function errorText(body) {
        let value;
        try {
          value = JSON.parse(body);
        } catch {
          return void 0;
        }
        const parsed = errorReply.safeParse(value);
        if (!parsed.success)
          return void 0;
        const reply = parsed.data;
        const fromErrors = (reply.errors ?? []).map((e) => e.title ?? e.message).filter((m) => !!m);
        const fromReasons = (reply.reasons ?? []).map((r) => r.message).filter((m) => !!m);
        const messages = [...fromErrors, ...fromReasons];
        const message = messages.length > 0 ? messages.join("; ") : reply.error_description ?? reply.message ?? reply.error;
        if (!message)
          return void 0;
        const workflowCode = reply.errors?.[0]?.code === "invalid" ? void 0 : reply.errors?.[0]?.code;
        const code = workflowCode ?? reply.reasons?.[0]?.code ?? reply.error ?? void 0;
        return { message, code: code ?? void 0, requestId: reply.requestId ?? reply.processId };
      }
      function mentionsVersionConflict(message) {
        return /version/i.test(message) && /(greater|higher|exist|duplicate|unique|larger|lower|less)/i.test(message);
      }
    })
  ),
  /***/
  43655: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Zy: () => (
          /* binding */
          compareVersions
        ),
        /* harmony export */
        ds: () => (
          /* binding */
          WorkflowVersions
        ),
        /* harmony export */
        lF: () => (
          /* binding */
          isVersion
        ),
        /* harmony export */
        n7: () => (
          /* binding */
          versionConflict
        ),
        /* harmony export */
        t: () => (
          /* binding */
          highestVersion
        ),
        /* harmony export */
        yU: () => (
          /* binding */
          nextVersion
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
      var _core_http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17885);
      var _input_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74098);
      var _replies_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71236);
      const VERSION = /^\d+(\.\d+)*$/;
      function isVersion(text) {
        return VERSION.test(text);
      }
      function compareVersions(a, b) {
        const left = a.split(".").map(Number);
        const right = b.split(".").map(Number);
        for (let i = 0; i < Math.max(left.length, right.length); i++) {
          const difference = (left[i] ?? 0) - (right[i] ?? 0);
          if (difference !== 0)
            return Math.sign(difference);
        }
        return 0;
      }
      function highestVersion(versions) {
        return versions.filter(isVersion).reduce((best, v) => best === void 0 || compareVersions(v, best) > 0 ? v : best, void 0);
      }
      function nextVersion(version) {
        if (version === void 0 || !isVersion(version))
          return "0.0.1";
        const parts = version.split(".").map(Number);
        while (parts.length < 3)
          parts.push(0);
        parts[parts.length - 1] += 1;
        return parts.join(".");
      }
      class WorkflowVersions {
        http;
        log;
        wanted;
        constructor(http, log, wanted) {
          this.http = http;
          this.log = log;
          this.wanted = wanted;
        }
        /**
         * The workflow's version numbers; undefined when Zuora would not list them although the
         * workflow exists (the import then leaves the check to Zuora). A 404 for the workflow itself
         * is thrown.
         */
        async existing(id2) {
          try {
            return await this.list(id2);
          } catch (error) {
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.vO) {
              this.log.warning(`${error.message}; Zuora checks the version itself on import`);
              return void 0;
            }
            if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.j$) || error.httpStatus === 401 || error.httpStatus === 403)
              throw error;
            await this.http.request({ method: "GET", path: `/workflows/${encodeURIComponent(id2)}`, what: `read workflow ${id2}` }, (reply) => (0, _core_http_client_js__WEBPACK_IMPORTED_MODULE_1__.Vh)(reply, `read workflow ${id2}`));
            this.log.warning(`Zuora did not list the versions of workflow ${id2} (HTTP ${error.httpStatus}: ${error.detail}); it checks the version itself on import`);
            return void 0;
          }
        }
        async list(id2) {
          const what = `list the versions of workflow ${id2}`;
          return this.http.json({ method: "GET", path: `/workflows/${encodeURIComponent(id2)}/versions`, what }, (value) => (0, _replies_js__WEBPACK_IMPORTED_MODULE_3__.JK)(value, what));
        }
        /** `version` as given, checked; for a new definition it may be empty (Zuora takes the document's). */
        requested() {
          const version = this.wanted;
          if (version !== void 0 && !isVersion(version))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(_input_names_js__WEBPACK_IMPORTED_MODULE_2__.pd.Version, `'${version}' is not a version number`, "0.0.2");
          return version;
        }
        /** The version a version import creates: `version`, which must be greater than every existing one, or the next patch. */
        async toCreate(id2) {
          const wanted = this.requested();
          const versions = await this.existing(id2);
          if (!versions) {
            if (wanted !== void 0)
              return wanted;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(_input_names_js__WEBPACK_IMPORTED_MODULE_2__.pd.Version, `Zuora did not list the versions of workflow ${id2}, so flowferry cannot choose the next one`, "0.0.2");
          }
          const highest = highestVersion(versions);
          if (wanted === void 0) {
            const next = nextVersion(highest);
            this.log.info(`no version given: importing as ${next}, the next after ${highest ?? "none"}`);
            return next;
          }
          if (highest !== void 0 && compareVersions(wanted, highest) <= 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(_input_names_js__WEBPACK_IMPORTED_MODULE_2__.pd.Version, versionConflict(wanted, id2, highest), nextVersion(highest));
          }
          return wanted;
        }
        /** Zuora's own refusal of a version (its wording is not documented), restated with the highest version. */
        async explainConflict(error, id2, version) {
          if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.j$) || ![200, 400, 409, 422].includes(error.httpStatus) || !version || !/version/i.test(error.detail))
            return error;
          const highest = id2 ? highestVersion(await this.list(id2).catch(() => [])) : void 0;
          const conflict = (0, _replies_js__WEBPACK_IMPORTED_MODULE_3__.eu)(error.detail) || highest !== void 0 && compareVersions(version, highest) <= 0;
          const message = conflict ? `${versionConflict(version, id2, highest)}. Zuora said: ${error.detail}` : `Zuora refused version ${version}${highest ? ` (the highest existing version${id2 ? ` of workflow ${id2}` : ""} is ${highest})` : ""}: ${error.detail}`;
          const hint = highest ? `Set version to one greater than ${highest}, e.g. version: ${nextVersion(highest)}.` : `Set version to one greater than every existing version${id2 ? ` of workflow ${id2}` : ""} (Zuora's workflow page lists them).`;
          return error.withDetail(message, hint);
        }
      }
      function versionConflict(version, id2, highest) {
        return `version ${version} is not greater than the existing versions${id2 ? ` of workflow ${id2}` : ""}${highest ? ` (highest: ${highest})` : ""}; Zuora only accepts a version greater than all of them`;
      }
    })
  )
};
