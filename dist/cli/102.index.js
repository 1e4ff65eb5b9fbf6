export const id = 102;
export const ids = [102, 227];
export const modules = {
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
  29227: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        F: () => (
          /* binding */
          emulators
        ),
        /* harmony export */
        emulatorNames: () => (
          /* binding */
          emulatorNames
        )
        /* harmony export */
      });
      const emulators = {
        koreai: async () => (await Promise.all(
          /* import() */
          [__webpack_require__.e(680), __webpack_require__.e(44), __webpack_require__.e(653)]
        ).then(__webpack_require__.bind(__webpack_require__, 27653))).koreaiEmulator,
        zuora: async () => (await Promise.all(
          /* import() */
          [__webpack_require__.e(680), __webpack_require__.e(491)]
        ).then(__webpack_require__.bind(__webpack_require__, 58491))).zuoraEmulator,
        secmaster: async () => (await Promise.all(
          /* import() */
          [__webpack_require__.e(680), __webpack_require__.e(646)]
        ).then(__webpack_require__.bind(__webpack_require__, 36646))).secmasterEmulator,
        leapwork: async () => (await Promise.all(
          /* import() */
          [__webpack_require__.e(680), __webpack_require__.e(663), __webpack_require__.e(44), __webpack_require__.e(971), __webpack_require__.e(951)]
        ).then(__webpack_require__.bind(__webpack_require__, 89951))).leapworkEmulator
      };
      function emulatorNames() {
        return Object.keys(emulators);
      }
    })
  ),
  /***/
  84770: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        LW: () => (
          /* binding */
          FaultInjector
        ),
        /* harmony export */
        qb: () => (
          /* binding */
          faultKinds
        )
        /* harmony export */
      });
      var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
      var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
      var _http_helpers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9415);
      var _settings_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24883);
      const faultKinds = [
        "429",
        "500",
        "502",
        "503",
        /** The connection drops as soon as the request line and headers arrive: the body is never read. */
        "reset-before-body",
        /** The request is carried out, then the connection drops instead of the reply: a lost reply. */
        "reset-after-body",
        /** No reply for `delayMs` (default: ten minutes), then the normal one. */
        "stall",
        /** The normal reply after `delayMs`. */
        "slow",
        /** Half of the normal reply, then the connection drops. */
        "truncate",
        /** 200 with a body that is not JSON. */
        "malformed"
      ];
      const faultRuleFields = ["kind", "method", "path", "times", "retryAfter", "rateLimitReset", "delayMs"];
      class FaultInjector {
        rules = [];
        add(rule) {
          if (rule === null || typeof rule !== "object" || Array.isArray(rule))
            throw new TypeError('a fault rule must be a JSON object, such as {"kind": "503", "path": "/import"}');
          (0, _settings_check_js__WEBPACK_IMPORTED_MODULE_2__.BW)("fault rule field", Object.keys(rule), faultRuleFields);
          if (!faultKinds.includes(rule.kind))
            throw new _settings_check_js__WEBPACK_IMPORTED_MODULE_2__.ht("fault kind", [String(rule.kind)], faultKinds);
          const pattern = rule.path;
          const matcher = pattern === void 0 ? () => true : pattern.length > 2 && pattern.startsWith("/") && pattern.endsWith("/") ? (p) => new RegExp(pattern.slice(1, -1)).test(p) : (p) => p.includes(pattern);
          this.rules.push({ ...rule, remaining: rule.times ?? 1, matcher });
        }
        clear() {
          this.rules = [];
        }
        /** The fault for this request, if a rule matches; counts it against the rule. */
        take(method, path) {
          const rule = this.rules.find((r) => r.remaining !== 0 && (r.method === void 0 || r.method.toUpperCase() === method) && r.matcher(path));
          if (!rule)
            return void 0;
          if (rule.remaining > 0)
            rule.remaining--;
          return rule;
        }
        /** Answers with the fault, calling `next` for the faults that wrap the normal answer. */
        async apply(rule, req, res, next) {
          switch (rule.kind) {
            case "429":
            case "500":
            case "502":
            case "503": {
              req.resume();
              const status = Number(rule.kind);
              const headers = {};
              if (rule.retryAfter !== void 0)
                headers["retry-after"] = String(rule.retryAfter);
              if (status === 429)
                headers["ratelimit-remaining"] = "0";
              if (status === 429 && rule.rateLimitReset !== void 0)
                headers["ratelimit-reset"] = String(rule.rateLimitReset);
              (0, _http_helpers_js__WEBPACK_IMPORTED_MODULE_1__.jD)(res, status, { message: `sandbox fault: HTTP ${status}` }, headers);
              return;
            }
            case "reset-before-body":
              req.socket.destroy();
              return;
            case "reset-after-body":
              dropReply(res);
              await next();
              return;
            case "stall":
              await (0, node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(rule.delayMs ?? 6e5, void 0, { ref: false }).catch(() => {
              });
              if (!res.destroyed && !req.socket.destroyed)
                await next();
              return;
            case "slow":
              await (0, node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(rule.delayMs ?? 2e3);
              await next();
              return;
            case "truncate":
              truncateReply(res);
              await next();
              return;
            case "malformed": {
              req.resume();
              const text = '{"status": "SUCC';
              res.writeHead(200, { "content-type": "application/json", "content-length": text.length });
              res.end(text);
              return;
            }
          }
        }
      }
      function dropReply(res) {
        const socket = res.socket;
        const drop = () => {
          socket?.destroy();
          return res;
        };
        res.writeHead = drop;
        res.write = (() => {
          socket?.destroy();
          return false;
        });
        res.end = drop;
      }
      function truncateReply(res) {
        const socket = res.socket;
        const write = res.write.bind(res);
        let allowed;
        let sent = 0;
        const limit = () => {
          if (allowed === void 0) {
            const length = Number(res.getHeader("content-length"));
            allowed = Number.isFinite(length) && length > 1 ? Math.floor(length / 2) : 1;
          }
          return allowed;
        };
        const pass = (chunk) => {
          if (chunk === void 0 || chunk === null)
            return true;
          const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
          const room = limit() - sent;
          if (room > 0) {
            write(buffer.subarray(0, room));
            sent += Math.min(room, buffer.length);
          }
          if (sent >= limit()) {
            setImmediate(() => socket?.destroy());
            return false;
          }
          return true;
        };
        res.write = ((chunk) => pass(chunk));
        res.end = ((chunk) => {
          if (typeof chunk !== "function")
            pass(chunk);
          setImmediate(() => socket?.destroy());
          return res;
        });
      }
    })
  ),
  /***/
  79204: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        A: () => (
          /* binding */
          startIdTokenService
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
      var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
      var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
      var node_http__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
      var _core_clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32257);
      var _http_helpers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9415);
      const KID = "flowferry-sandbox-1";
      async function startIdTokenService(options = {}) {
        const clock = options.clock ?? _core_clock_js__WEBPACK_IMPORTED_MODULE_2__.m;
        const { privateKey, publicKey } = keyPair();
        const requestToken = `sandbox-id-token-request-${(0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
        const settings = {
          lifetimeSeconds: 300,
          defaultAudience: "https://github.com/flowferry-sandbox",
          repository: "flowferry-sandbox/workflows",
          ref: "refs/heads/main",
          refuse: false,
          ...options.settings
        };
        const issued = [];
        let url = "";
        const issuer = () => settings.issuer ?? url;
        const jwk = { ...publicKey.export({ format: "jwk" }), kid: KID, alg: "RS256", use: "sig" };
        const signJwt = (claims) => {
          const part = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
          const unsigned = `${part({ typ: "JWT", alg: "RS256", kid: KID })}.${part(claims)}`;
          return `${unsigned}.${(0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)("RSA-SHA256", Buffer.from(unsigned), privateKey).toString("base64url")}`;
        };
        const server = (0, node_http__WEBPACK_IMPORTED_MODULE_1__.createServer)((req, res) => {
          void answer(req, res).catch((error) => (0, _http_helpers_js__WEBPACK_IMPORTED_MODULE_3__.jD)(res, 500, { message: String(error) }));
        });
        async function answer(req, res) {
          req.resume();
          const requestUrl = new URL(req.url ?? "/", url);
          if (requestUrl.pathname === "/.well-known/jwks")
            return (0, _http_helpers_js__WEBPACK_IMPORTED_MODULE_3__.jD)(res, 200, { keys: [jwk] });
          if (requestUrl.pathname === "/.well-known/openid-configuration") {
            return (0, _http_helpers_js__WEBPACK_IMPORTED_MODULE_3__.jD)(res, 200, { issuer: issuer(), jwks_uri: `${url}/.well-known/jwks`, id_token_signing_alg_values_supported: ["RS256"], subject_types_supported: ["public", "pairwise"] });
          }
          if (requestUrl.pathname !== "/token" || req.method !== "GET")
            return (0, _http_helpers_js__WEBPACK_IMPORTED_MODULE_3__.jD)(res, 404, { message: "not found" });
          if (req.headers.authorization !== `Bearer ${requestToken}` || settings.refuse)
            return (0, _http_helpers_js__WEBPACK_IMPORTED_MODULE_3__.jD)(res, 401, { message: "the request token is not valid for this job" });
          const audience = requestUrl.searchParams.get("audience") ?? void 0;
          const now = Math.floor(clock.now() / 1e3);
          const owner = settings.repository.split("/")[0];
          const claims = {
            jti: (0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
            sub: `repo:${settings.repository}:ref:${settings.ref}`,
            aud: audience ?? settings.defaultAudience,
            ref: settings.ref,
            sha: "0123456789abcdef0123456789abcdef01234567",
            repository: settings.repository,
            repository_owner: owner,
            run_id: "1",
            run_attempt: "1",
            actor: "sandbox-user",
            workflow: "promote",
            event_name: "push",
            ref_type: "branch",
            job_workflow_ref: `${settings.repository}/.github/workflows/promote.yml@${settings.ref}`,
            iss: issuer(),
            nbf: now - 5,
            iat: now,
            exp: now + settings.lifetimeSeconds
          };
          const jwt = signJwt(claims);
          issued.push({ audience, jwt, claims });
          (0, _http_helpers_js__WEBPACK_IMPORTED_MODULE_3__.jD)(res, 200, { count: issued.length, value: jwt });
        }
        url = await new Promise((resolve, reject) => {
          server.once("error", reject);
          server.listen(0, options.host ?? "127.0.0.1", () => resolve(`http://${options.host ?? "127.0.0.1"}:${server.address().port}`));
        });
        return {
          url,
          env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
          get issuer() {
            return issuer();
          },
          jwks: { keys: [jwk] },
          issued,
          settings,
          sign: signJwt,
          close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
          })
        };
      }
      let shared;
      function keyPair() {
        shared ??= (0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)("rsa", { modulusLength: 2048 });
        return shared;
      }
    })
  ),
  /***/
  9415: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        LK: () => (
          /* binding */
          readFormBody
        ),
        /* harmony export */
        N7: () => (
          /* binding */
          readMultipart
        ),
        /* harmony export */
        hc: () => (
          /* binding */
          readRaw
        ),
        /* harmony export */
        jD: () => (
          /* binding */
          sendJson
        ),
        /* harmony export */
        nE: () => (
          /* binding */
          readJsonBody
        ),
        /* harmony export */
        oF: () => (
          /* binding */
          sendText
        ),
        /* harmony export */
        wx: () => (
          /* binding */
          header
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
      var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
      var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
      var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
      var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /* @__PURE__ */ __webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
      var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
      var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /* @__PURE__ */ __webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
      var busboy__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(680);
      var busboy__WEBPACK_IMPORTED_MODULE_5___default = /* @__PURE__ */ __webpack_require__.n(busboy__WEBPACK_IMPORTED_MODULE_5__);
      function sendJson(res, status, body, headers = {}) {
        const text = JSON.stringify(body);
        res.writeHead(status, {
          "content-type": "application/json; charset=utf-8",
          "content-length": Buffer.byteLength(text),
          ...headers
        });
        res.end(text);
      }
      function sendText(res, status, text, headers = {}) {
        res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
        res.end(text);
      }
      async function readRaw(req) {
        const source = /gzip/i.test(String(req.headers["content-encoding"] ?? "")) ? req.pipe((0, node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip)()) : req;
        const chunks = [];
        for await (const chunk of source)
          chunks.push(chunk);
        return Buffer.concat(chunks);
      }
      async function readJsonBody(req) {
        const raw = await readRaw(req);
        if (raw.length === 0)
          return void 0;
        try {
          return JSON.parse(raw.toString("utf8"));
        } catch {
          return void 0;
        }
      }
      async function readFormBody(req) {
        return new URLSearchParams((await readRaw(req)).toString("utf8"));
      }
      async function readMultipart(req, dir) {
        const fields = {};
        const files = [];
        const pending = [];
        await new Promise((resolve, reject) => {
          let parser;
          try {
            parser = busboy__WEBPACK_IMPORTED_MODULE_5___default()({ headers: req.headers, limits: { fieldSize: 1024 * 1024 } });
          } catch (error) {
            reject(error);
            return;
          }
          parser.on("field", (name, value) => {
            fields[name] = value;
          });
          parser.on("file", (field, stream, info) => {
            const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `upload-${(0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
            const hash = (0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
            let size = 0;
            stream.on("data", (chunk) => {
              hash.update(chunk);
              size += chunk.length;
            });
            pending.push((0, node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(stream, (0, node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(target)).then(() => {
              files.push({ field, filename: info.filename ?? "", contentType: info.mimeType, path: target, size, sha256: hash.digest("hex") });
            }));
          });
          parser.on("error", reject);
          parser.on("close", () => resolve());
          req.on("error", reject);
          req.pipe(parser);
        });
        await Promise.all(pending);
        return { fields, files };
      }
      function header(req, name) {
        const value = req.headers[name.toLowerCase()];
        return Array.isArray(value) ? value[0] : value;
      }
    })
  ),
  /***/
  47479: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        b: () => (
          /* binding */
          startPlatformSandbox
        ),
        O: () => (
          /* binding */
          startSandbox
        )
      });
      var promises_ = __webpack_require__(51455);
      var external_node_http_ = __webpack_require__(37067);
      var external_node_os_ = __webpack_require__(48161);
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var clock = __webpack_require__(32257);
      var sandbox_faults = __webpack_require__(84770);
      var http_helpers = __webpack_require__(9415);
      var settings_check = __webpack_require__(24883);
      ;
      async function control(req, res, url, sandbox) {
        try {
          await answer(req, res, url, sandbox);
        } catch (error) {
          if (error instanceof settings_check.ht)
            return (0, http_helpers.jD)(res, 400, error.toJSON());
          if (error instanceof TypeError || error instanceof SyntaxError)
            return (0, http_helpers.jD)(res, 400, { message: error.message });
          throw error;
        }
      }
      async function answer(req, res, url, sandbox) {
        const { app, faults, jobs, limiter, requests, foreignRequests } = sandbox;
        const route = `${req.method} ${url.pathname}`;
        switch (route) {
          case "GET /__sandbox/requests":
            return (0, http_helpers.jD)(res, 200, requests);
          case "DELETE /__sandbox/requests":
            requests.length = 0;
            foreignRequests.length = 0;
            return (0, http_helpers.jD)(res, 200, { ok: true });
          case "GET /__sandbox/foreign-requests":
            return (0, http_helpers.jD)(res, 200, foreignRequests);
          case "POST /__sandbox/faults": {
            const body = await jsonBody(req);
            const rules = Array.isArray(body) ? body : [body];
            for (const rule of rules)
              new sandbox_faults.LW().add(rule);
            for (const rule of rules)
              faults.add(rule);
            return (0, http_helpers.jD)(res, 200, { ok: true });
          }
          case "DELETE /__sandbox/faults":
            faults.clear();
            return (0, http_helpers.jD)(res, 200, { ok: true });
          case "POST /__sandbox/config": {
            const body = (0, settings_check.EW)(await jsonBody(req) ?? {}, sandbox.settingNames);
            if (body.jobs)
              Object.assign(jobs, body.jobs);
            if (body.rateLimit !== void 0)
              limiter.set(body.rateLimit);
            app.configure?.(body);
            return (0, http_helpers.jD)(res, 200, { ok: true, jobs });
          }
          case "GET /__sandbox/state":
            return (0, http_helpers.jD)(res, 200, app.state());
          case "GET /__sandbox/inputs":
            return (0, http_helpers.jD)(res, 200, app.inputs);
          case "GET /__sandbox/settings":
            return (0, http_helpers.jD)(res, 200, { settings: sandbox.settingNames });
          default:
            return (0, http_helpers.jD)(res, 404, { message: `no sandbox control route ${route}` });
        }
      }
      async function jsonBody(req) {
        const raw = await (0, http_helpers.hc)(req);
        if (raw.length === 0)
          return void 0;
        try {
          return JSON.parse(raw.toString("utf8"));
        } catch (error) {
          throw new SyntaxError(`the body is not JSON: ${error.message}`);
        }
      }
      var emulators = __webpack_require__(29227);
      ;
      class WindowLimiter {
        limit;
        windowStart = 0;
        used = 0;
        constructor(limit) {
          this.limit = limit;
        }
        set(limit) {
          this.limit = limit ?? void 0;
          this.used = 0;
        }
        /** Answers 429 and returns true when the window is spent; else counts the request and sets the headers. */
        refuse(res, now) {
          if (!this.limit)
            return false;
          const windowMs = this.limit.windowSeconds * 1e3;
          if (now - this.windowStart >= windowMs) {
            this.windowStart = now;
            this.used = 0;
          }
          const reset = Math.max(1, Math.ceil((this.windowStart + windowMs - now) / 1e3));
          const headers = { "ratelimit-limit": String(this.limit.requests), "ratelimit-reset": String(reset) };
          if (this.used >= this.limit.requests) {
            (0, http_helpers.jD)(res, 429, { message: "rate limit exceeded" }, { ...headers, "ratelimit-remaining": "0", "retry-after": String(reset) });
            return true;
          }
          this.used++;
          for (const [name, value] of Object.entries({ ...headers, "ratelimit-remaining": String(this.limit.requests - this.used) }))
            res.setHeader(name, value);
          return false;
        }
      }
      ;
      const defaultJobs = { durationMs: 1500, outcome: "success" };
      async function startPlatformSandbox(name, options = {}) {
        const emulator = emulators.F[name];
        if (!emulator)
          throw new Error(`unknown platform '${name}'; one of ${(0, emulators.emulatorNames)().join(", ")}`);
        const loaded = await emulator();
        (0, settings_check.EW)(options.config ?? {}, loaded.settingNames);
        const host = options.host ?? "127.0.0.1";
        const ownStorage = options.storageDir === void 0;
        const storageDir = options.storageDir ?? await (0, promises_.mkdtemp)(external_node_path_default().join((0, external_node_os_.tmpdir)(), `flowferry-sandbox-${name}-`));
        const jobs = { ...defaultJobs, ...options.jobs };
        const faults = new sandbox_faults.LW();
        for (const rule of options.faults ?? [])
          faults.add(rule);
        const requests = [];
        const foreignRequests = [];
        let url = "";
        let foreignUrl = "";
        const sandboxOptions = {
          storageDir,
          clock: options.clock ?? clock.m,
          jobs,
          baseUrl: () => url,
          foreignUrl: () => foreignUrl,
          config: options.config ?? {}
        };
        const app = loaded.create(sandboxOptions);
        const limiter = new WindowLimiter(options.rateLimit);
        const controlled = { app, settingNames: loaded.settingNames, faults, jobs, limiter, requests, foreignRequests };
        const server = (0, external_node_http_.createServer)((req, res) => {
          const requestUrl = new URL(req.url ?? "/", url);
          if (requestUrl.pathname.startsWith("/__sandbox/")) {
            void control(req, res, requestUrl, controlled).catch((error) => fail(res, error));
            return;
          }
          const record = { method: req.method ?? "GET", path: requestUrl.pathname, at: Date.now() };
          requests.push(record);
          const arrived = performance.now();
          const socket = req.socket;
          const written = socket.bytesWritten;
          const done = () => {
            record.done ??= record.at + (performance.now() - arrived);
            record.bytes ??= socket.bytesWritten - written;
          };
          res.on("finish", () => {
            record.status = res.statusCode;
            done();
          });
          res.on("close", done);
          if (limiter.refuse(res, sandboxOptions.clock.now())) {
            record.fault = "rate-limit";
            req.resume();
            return;
          }
          const rule = faults.take(record.method, requestUrl.pathname);
          if (rule)
            record.fault = rule.kind;
          const answer2 = async () => {
            const outcome = await app.handle(req, res, requestUrl);
            record.handled = true;
            if (outcome === "replayed")
              record.replayed = true;
          };
          void (rule ? faults.apply(rule, req, res, answer2) : answer2()).catch((error) => fail(res, error));
        });
        const foreign = (0, external_node_http_.createServer)((req, res) => {
          const requestUrl = new URL(req.url ?? "/", foreignUrl);
          foreignRequests.push({ path: requestUrl.pathname, headers: req.headers });
          if (!app.handleForeign) {
            (0, http_helpers.jD)(res, 404, { message: "nothing is served here" });
            return;
          }
          const rule = faults.take(req.method ?? "GET", `foreign:${requestUrl.pathname}`);
          const answer2 = () => app.handleForeign(req, res, requestUrl);
          void (rule ? faults.apply(rule, req, res, answer2) : answer2()).catch((error) => fail(res, error));
        });
        url = await listen(server, host, options.port ?? 0);
        foreignUrl = await listen(foreign, host, 0);
        return {
          platform: name,
          url,
          foreignUrl,
          app,
          faults,
          requests,
          foreignRequests,
          jobs,
          async close() {
            await Promise.all([closeServer(server), closeServer(foreign)]);
            if (ownStorage)
              await (0, promises_.rm)(storageDir, { recursive: true, force: true });
          }
        };
      }
      async function startSandbox(names = (0, emulators.emulatorNames)(), options = {}) {
        const servers = {};
        let port = options.port ?? 0;
        for (const name of names) {
          servers[name] = await startPlatformSandbox(name, { ...options, port });
          if (port)
            port++;
        }
        return {
          servers,
          async close() {
            await Promise.all(Object.values(servers).map((server) => server.close()));
          }
        };
      }
      function fail(res, error) {
        if (res.headersSent || res.destroyed) {
          res.destroy();
          return;
        }
        (0, http_helpers.jD)(res, 500, { message: `sandbox error: ${error instanceof Error ? error.message : String(error)}` });
      }
      function listen(server, host, port) {
        return new Promise((resolve, reject) => {
          server.once("error", reject);
          server.listen(port, host, () => {
            const address = server.address();
            resolve(`http://${host.includes(":") ? `[${host}]` : host}:${address.port}`);
          });
        });
      }
      function closeServer(server) {
        return new Promise((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        });
      }
    })
  ),
  /***/
  24883: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        BW: () => (
          /* binding */
          refuseUnknown
        ),
        /* harmony export */
        EW: () => (
          /* binding */
          checkSettings
        ),
        /* harmony export */
        ht: () => (
          /* binding */
          UnknownSandboxNameError
        )
        /* harmony export */
      });
      var _core_similar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23458);
      class UnknownSandboxNameError extends Error {
        what;
        unknown;
        valid;
        constructor(what, unknown, valid) {
          const near = unknown.flatMap((name) => (0, _core_similar_js__WEBPACK_IMPORTED_MODULE_0__.K)(name, valid, 1).map((match) => `'${name}' \u2192 '${match}'`));
          super(`unknown ${what}${unknown.length > 1 ? "s" : ""} ${unknown.map((name) => `'${name}'`).join(", ")}${near.length ? ` (did you mean ${near.join(", ")}?)` : ""}; valid: ${valid.join(", ")}`);
          this.what = what;
          this.unknown = unknown;
          this.valid = valid;
        }
        /** The 400 reply's body. */
        toJSON() {
          return { message: this.message, unknown: this.unknown, valid: this.valid };
        }
      }
      const SHARED_SETTINGS = ["jobs", "rateLimit"];
      const JOB_SETTINGS = ["durationMs", "outcome"];
      const JOB_OUTCOMES = ["success", "failed", "endless"];
      function checkSettings(config, own) {
        if (config === null || typeof config !== "object" || Array.isArray(config)) {
          throw new TypeError('the settings must be a JSON object, such as {"jobs": {"durationMs": 500}}');
        }
        const settings = config;
        refuseUnknown("setting", Object.keys(settings), [...SHARED_SETTINGS, ...own]);
        if (settings.jobs !== void 0)
          checkJobs(settings.jobs);
        return settings;
      }
      function checkJobs(jobs) {
        if (jobs === null || typeof jobs !== "object" || Array.isArray(jobs))
          throw new TypeError('jobs must be an object such as {"durationMs": 500, "outcome": "success"}');
        const { durationMs, outcome } = jobs;
        refuseUnknown("jobs setting", Object.keys(jobs), JOB_SETTINGS);
        if (durationMs !== void 0 && !(typeof durationMs === "number" && durationMs >= 0))
          throw new TypeError(`jobs.durationMs must be a number of milliseconds, not ${JSON.stringify(durationMs)}`);
        if (outcome !== void 0 && !JOB_OUTCOMES.includes(outcome)) {
          throw new UnknownSandboxNameError("job outcome", [String(outcome)], JOB_OUTCOMES);
        }
      }
      function refuseUnknown(what, names, valid) {
        const unknown = names.filter((name) => !valid.includes(name));
        if (unknown.length > 0)
          throw new UnknownSandboxNameError(what, unknown, valid);
      }
    })
  )
};
