export const id = 646;
export const ids = [646];
export const modules = {
  /***/
  36646: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        KEYLESS_AUDIENCE: () => (
          /* binding */
          KEYLESS_AUDIENCE
        ),
        KEYLESS_IDP: () => (
          /* binding */
          KEYLESS_IDP
        ),
        secmasterEmulator: () => (
          /* binding */
          secmasterEmulator
        )
      });
      var router = __webpack_require__(20318);
      var external_node_stream_ = __webpack_require__(57075);
      var http_helpers = __webpack_require__(9415);
      var external_node_crypto_ = __webpack_require__(77598);
      ;
      const AUTH = /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-fA-F]+)\s*$/;
      const EMPTY = (0, external_node_crypto_.createHash)("sha256").digest("hex");
      function isSigned(headers) {
        return /^SDK-HMAC-SHA256\s/.test(single(headers.authorization) ?? "");
      }
      function unsignedPayload(headers) {
        return single(headers["x-sdk-content-sha256"]) === "UNSIGNED-PAYLOAD";
      }
      function verify(request, secretFor, now, maxSkewMs) {
        const match = AUTH.exec(single(request.headers.authorization) ?? "");
        if (!match)
          return { ok: false, reason: 'the Authorization header is not "SDK-HMAC-SHA256 Access=\u2026, SignedHeaders=\u2026, Signature=\u2026"' };
        const [, accessKey, headerList, claimed] = match;
        const secret = secretFor(accessKey);
        if (secret === void 0)
          return { ok: false, reason: "the access key is unknown", accessKey };
        const signedHeaders = headerList.split(";");
        if (!signedHeaders.includes("x-sdk-date"))
          return { ok: false, reason: "x-sdk-date is not among the signed headers", accessKey };
        if (!signedHeaders.includes("host"))
          return { ok: false, reason: "host is not among the signed headers", accessKey };
        for (const name of signedHeaders) {
          if (name !== name.toLowerCase())
            return { ok: false, reason: `signed header "${name}" is not lower case`, accessKey };
          if (request.headers[name] === void 0)
            return { ok: false, reason: `signed header "${name}" was not sent`, accessKey };
        }
        const date = single(request.headers["x-sdk-date"]);
        const when = parseSdkDate(date);
        if (when === void 0)
          return { ok: false, reason: `X-Sdk-Date "${date}" is not YYYYMMDDTHHMMSSZ`, accessKey };
        if (Math.abs(now - when) > maxSkewMs)
          return { ok: false, reason: `X-Sdk-Date ${date} is too far from the server's time`, accessKey };
        let payload = single(request.headers["x-sdk-content-sha256"]);
        if (payload === void 0) {
          if (request.bodySha256 === void 0)
            return { ok: false, reason: "the body was not hashed", accessKey };
          payload = request.bodySha256;
        }
        const [rawPath, rawQuery = ""] = splitOnce(request.target, "?");
        const lines = [
          request.method.toUpperCase(),
          uriForSigning(rawPath),
          queryForSigning(rawQuery),
          signedHeaders.map((name) => `${name}:${single(request.headers[name]).trim()}
`).join(""),
          signedHeaders.join(";"),
          payload
        ];
        const digest = (0, external_node_crypto_.createHash)("sha256").update(lines.join("\n"), "utf8").digest("hex");
        const expected = (0, external_node_crypto_.createHmac)("sha256", secret).update(`SDK-HMAC-SHA256
${date}
${digest}`, "utf8").digest();
        const given = Buffer.from(claimed, "hex");
        if (given.length !== expected.length || !(0, external_node_crypto_.timingSafeEqual)(given, expected)) {
          return { ok: false, reason: "the signature does not match the request", accessKey };
        }
        return { ok: true, accessKey, signedHeaders };
      }
      function bodyHash(body) {
        return body && body.length > 0 ? (0, external_node_crypto_.createHash)("sha256").update(body).digest("hex") : EMPTY;
      }
      function parseSdkDate(text) {
        const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
        if (!m)
          return void 0;
        const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
        return Date.UTC(y, mo - 1, d, h, mi, s);
      }
      function uriForSigning(rawPath) {
        const segments = percentDecode(rawPath).split("/").map(percentEncode);
        const joined = segments.join("/");
        return joined.at(-1) === "/" ? joined : `${joined}/`;
      }
      function queryForSigning(rawQuery) {
        if (rawQuery === "")
          return "";
        const pairs = rawQuery.split("&").filter((part) => part !== "").map((part) => {
          const [name, value = ""] = splitOnce(part, "=");
          return [percentDecode(name.replace(/\+/g, " ")), percentDecode(value.replace(/\+/g, " "))];
        });
        pairs.sort((a, b) => a[0] === b[0] ? compare(a[1], b[1]) : compare(a[0], b[0]));
        return pairs.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join("&");
      }
      const UNRESERVED = new Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~");
      function percentEncode(text) {
        let out = "";
        for (const byte of Buffer.from(text, "utf8")) {
          const char = String.fromCharCode(byte);
          out += UNRESERVED.has(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
        }
        return out;
      }
      function percentDecode(text) {
        try {
          return decodeURIComponent(text);
        } catch {
          return text;
        }
      }
      function splitOnce(text, separator) {
        const at2 = text.indexOf(separator);
        return at2 < 0 ? [text] : [text.slice(0, at2), text.slice(at2 + 1)];
      }
      function compare(a, b) {
        return a < b ? -1 : a > b ? 1 : 0;
      }
      function single(value) {
        return Array.isArray(value) ? value[0] : value;
      }
      ;
      class ApiGateway {
        settings;
        tokens;
        clock;
        federation;
        /** What was admitted, and how, for tests (`GET /__sandbox/state`). */
        seen = { signed: 0, token: 0, refused: 0, temporary: 0 };
        /** The bodies the gateway had to read to check a signature, handed on to the routes. */
        bodies = /* @__PURE__ */ new WeakMap();
        constructor(settings, tokens, clock, federation) {
          this.settings = settings;
          this.tokens = tokens;
          this.clock = clock;
          this.federation = federation;
        }
        /**
         * API Gateway's checks, in its order: credentials (token, or the signature rebuilt from what
         * was received), the project the credentials belong to, then throttling. Undefined: admitted.
         */
        async admit(req, url) {
          const refusal = await this.check(req, url);
          if (refusal)
            this.seen.refused++;
          return refusal;
        }
        /** The request's body as the routes should read it: the bytes the gateway already read, or the request itself. */
        body(req) {
          return this.bodies.get(req);
        }
        /** The body as a stream (for a multipart parser), with the request's headers. */
        bodyStream(req) {
          const body = this.bodies.get(req);
          if (!body)
            return req;
          return Object.assign(external_node_stream_.Readable.from([body]), { headers: req.headers });
        }
        async check(req, url) {
          const token = (0, http_helpers.wx)(req, "x-auth-token");
          const pathProject = /^\/v1\/([^/]+)\//.exec(url.pathname)?.[1];
          if (token !== void 0) {
            if (!this.tokens.accepts(token) && !this.federation?.acceptsToken(token))
              return { status: 401, code: "APIG.0301", message: "Incorrect IAM authentication information: verify token failed" };
            if (this.settings.tokenExpired)
              return { status: 401, code: "APIG.0307", message: "The token must be updated." };
            this.seen.token++;
          } else if (isSigned(req.headers)) {
            let bodySha256;
            if (!unsignedPayload(req.headers)) {
              const body = await (0, http_helpers.hc)(req);
              if (body.length > this.settings.signedBodyLimit)
                return { status: 413, code: "APIG.0201", message: "Request entity too large: AK/SK-signed bodies are limited to 12 MB" };
              this.bodies.set(req, body);
              bodySha256 = bodyHash(body);
            }
            const verdict = verify({ method: req.method ?? "GET", target: req.url ?? "/", headers: req.headers, bodySha256 }, (ak) => ak === this.settings.accessKey ? this.settings.secretKey : this.federation?.temporaryKey(ak)?.secretKey, this.clock.now(), this.settings.maxSkewMs);
            if (!verdict.ok)
              return { status: 401, code: "APIG.0301", message: `Incorrect IAM authentication information: verify aksk signature fail (${verdict.reason})` };
            const temporary = this.federation?.temporaryKey(verdict.accessKey);
            if (temporary) {
              const refusal = this.checkTemporary(req, verdict.signedHeaders, temporary);
              if (refusal)
                return refusal;
              this.seen.temporary++;
            }
            const projectHeader = (0, http_helpers.wx)(req, "x-project-id");
            if (!projectHeader)
              return { status: 401, code: "APIG.0301", message: "Incorrect IAM authentication information: X-Project-Id is missing" };
            if (projectHeader !== pathProject)
              return { status: 401, code: "APIG.0301", message: "Incorrect IAM authentication information: X-Project-Id does not match the project in the path" };
            this.seen.signed++;
          } else {
            return { status: 401, code: "APIG.0301", message: "Incorrect IAM authentication information: Authorization not found" };
          }
          if (pathProject !== void 0 && decodeURIComponent(pathProject) !== this.settings.projectId) {
            return { status: 403, code: "APIG.0302", message: "The IAM user is not authorized to access the API: project mismatch" };
          }
          if (this.settings.throttleNext > 0) {
            this.settings.throttleNext--;
            return { status: this.settings.throttleStatus, code: "APIG.0308", message: "The throttling threshold has been reached: policy user over ratelimit,limit:60,time:1 minute" };
          }
          return void 0;
        }
        /** A temporary AK/SK is valid only with its own security token, signed, and until it expires. */
        checkTemporary(req, signedHeaders, key) {
          const sent = (0, http_helpers.wx)(req, "x-security-token");
          if (sent === void 0)
            return { status: 401, code: "APIG.0301", message: "Incorrect IAM authentication information: a temporary access key needs X-Security-Token" };
          if (!signedHeaders.includes("x-security-token"))
            return { status: 401, code: "APIG.0301", message: "Incorrect IAM authentication information: X-Security-Token is not among the signed headers" };
          if (sent !== key.securityToken)
            return { status: 401, code: "APIG.0301", message: "Incorrect IAM authentication information: the security token does not belong to this access key" };
          if (key.expiresAt <= this.clock.now())
            return { status: 401, code: "APIG.0307", message: "The token must be updated: the temporary access key has expired" };
          return void 0;
        }
      }
      ;
      const federationSettingNames = ["identityProviders", "temporaryKeySeconds", "federatedTokenSeconds", "missingApis", "scopeRequired"];
      const UNSCOPED = "/v3.0/OS-AUTH/id-token/tokens";
      const FEDERATION_AUTH = /^\/v3\/OS-FEDERATION\/identity_providers\/([^/]+)\/protocols\/([^/]+)\/auth$/;
      const SECURITY_TOKENS = "/v3.0/OS-CREDENTIAL/securitytokens";
      const LEEWAY_S = 60;
      class IamFederation {
        clock;
        providers = /* @__PURE__ */ new Map();
        tokens = /* @__PURE__ */ new Map();
        keys = /* @__PURE__ */ new Map();
        temporaryKeySeconds;
        federatedTokenSeconds = 24 * 3600;
        missingApis = [];
        scopeRequired = false;
        /** What happened, for tests (`GET /__sandbox/state`). */
        seen = { idTokens: 0, refusals: [], temporaryKeys: 0, scopedTokens: 0, subjects: [] };
        constructor(clock) {
          this.clock = clock;
        }
        configure(config) {
          const providers = config.identityProviders;
          if (providers !== null && typeof providers === "object") {
            for (const [id2, provider] of Object.entries(providers)) {
              if (provider === null)
                this.providers.delete(id2);
              else
                this.providers.set(id2, provider);
            }
          }
          if (typeof config.temporaryKeySeconds === "number")
            this.temporaryKeySeconds = config.temporaryKeySeconds;
          if (typeof config.federatedTokenSeconds === "number")
            this.federatedTokenSeconds = config.federatedTokenSeconds;
          if (Array.isArray(config.missingApis))
            this.missingApis = config.missingApis.map(String);
          if (typeof config.scopeRequired === "boolean")
            this.scopeRequired = config.scopeRequired;
        }
        handles(method, pathname) {
          return method === "POST" && (pathname === UNSCOPED || pathname === SECURITY_TOKENS || FEDERATION_AUTH.test(pathname));
        }
        async handle(req, res, url) {
          const body = await (0, http_helpers.nE)(req);
          const federation = FEDERATION_AUTH.exec(url.pathname);
          const api = url.pathname === SECURITY_TOKENS ? "security-tokens" : federation ? "federation" : "id-token";
          if (this.missingApis.includes(api)) {
            return (0, http_helpers.jD)(res, 404, { error_code: "APIG.0101", error_msg: "The API does not exist or has not been published in the environment" }, { "x-request-id": (0, external_node_crypto_.randomUUID)() });
          }
          if (url.pathname === SECURITY_TOKENS)
            return this.securityTokens(req, res, body);
          const idp = federation ? decodeURIComponent(federation[1]) : federation_single(req.headers["x-idp-id"]);
          const idToken = federation ? /^Bearer\s+(\S+)$/.exec(federation_single(req.headers.authorization) ?? "")?.[1] : at(body, "auth", "id_token", "id");
          const scoped = federation ? void 0 : at(body, "auth", "scope", "project", "id");
          const projectId = typeof scoped === "string" ? scoped : void 0;
          if (!idp)
            return this.refuse(res, { status: 400, code: "IAM.0011", message: "X-Idp-Id is required" });
          if (!federation && this.scopeRequired && !projectId)
            return this.refuse(res, { status: 400, code: "IAM.0011", message: "Request body is invalid: auth.scope is required" });
          if (typeof idToken !== "string")
            return this.refuse(res, { status: 400, code: "IAM.0011", message: "Request body is invalid: auth.id_token.id is required" });
          const checked = this.check(idp, idToken);
          if ("status" in checked)
            return this.refuse(res, checked);
          this.seen.idTokens++;
          const now = this.clock.now();
          const token = `MIIfederated-${(0, external_node_crypto_.randomBytes)(24).toString("hex")}`;
          const expiresAt = now + this.federatedTokenSeconds * 1e3;
          this.tokens.set(token, { idp, subject: checked.subject, group: checked.group, projectId, expiresAt });
          if (projectId)
            this.seen.scopedTokens++;
          this.seen.subjects.push(checked.subject);
          (0, http_helpers.jD)(res, 201, {
            token: {
              methods: ["mapped"],
              issued_at: new Date(now).toISOString(),
              expires_at: new Date(expiresAt).toISOString().replace("Z", "000Z"),
              user: { name: checked.subject, "OS-FEDERATION": { identity_provider: { id: idp }, protocol: { id: "oidc" }, groups: [{ name: checked.group }] } },
              ...projectId ? { project: { id: projectId } } : {}
            }
          }, { "x-subject-token": token, "x-request-id": (0, external_node_crypto_.randomUUID)() });
        }
        /** A project-scoped federated token, for `X-Auth-Token` at the gateway. */
        acceptsToken(token) {
          const found = this.tokens.get(token);
          return !!found?.projectId && found.expiresAt > this.clock.now();
        }
        temporaryKey(accessKey) {
          return this.keys.get(accessKey);
        }
        secrets() {
          return [...this.tokens.keys(), ...[...this.keys.entries()].flatMap(([ak, key]) => [ak, key.secretKey, key.securityToken])];
        }
        state() {
          return { ...this.seen, providers: [...this.providers.keys()], temporaryKeys: this.keys.size, tokens: this.tokens.size };
        }
        securityTokens(req, res, body) {
          const token = federation_single(req.headers["x-auth-token"]) ?? at(body, "auth", "identity", "token", "id");
          const methods = at(body, "auth", "identity", "methods");
          if (!Array.isArray(methods) || !methods.includes("token"))
            return this.refuse(res, { status: 400, code: "IAM.0011", message: 'Request body is invalid: auth.identity.methods must be ["token"]' });
          const found = typeof token === "string" ? this.tokens.get(token) : void 0;
          if (!found)
            return this.refuse(res, { status: 401, code: "IAM.0007", message: "The token is invalid" });
          if (found.expiresAt <= this.clock.now())
            return this.refuse(res, { status: 401, code: "IAM.0007", message: "The token has expired" });
          const asked = at(body, "auth", "identity", "token", "duration_seconds") ?? 900;
          if (typeof asked !== "number" || asked < 900 || asked > 86400)
            return this.refuse(res, { status: 400, code: "IAM.0011", message: "duration_seconds must be from 900 to 86400" });
          const seconds = this.temporaryKeySeconds ?? asked;
          const accessKey = `HST${(0, external_node_crypto_.randomBytes)(8).toString("hex").toUpperCase()}`;
          const key = { secretKey: (0, external_node_crypto_.randomBytes)(20).toString("base64url"), securityToken: `gQpjbi1ub3J0aC00${(0, external_node_crypto_.randomBytes)(48).toString("base64url")}`, expiresAt: this.clock.now() + seconds * 1e3 };
          this.keys.set(accessKey, key);
          this.seen.temporaryKeys++;
          (0, http_helpers.jD)(res, 201, { credential: { access: accessKey, secret: key.secretKey, securitytoken: key.securityToken, expires_at: new Date(key.expiresAt).toISOString() } }, { "x-request-id": (0, external_node_crypto_.randomUUID)() });
        }
        /** The ID token as the identity provider's configuration says to check it. */
        check(idp, jwt) {
          const provider = this.providers.get(idp);
          if (!provider)
            return { status: 404, code: "IAM.0004", message: `Could not find identity provider: ${idp}` };
          if (provider.enabled === false)
            return { status: 403, code: "IAM.0003", message: `The identity provider ${idp} is disabled` };
          const parts = jwt.split(".");
          if (parts.length !== 3)
            return { status: 400, code: "IAM.0011", message: "The ID token is not a JWT" };
          let header;
          let claims;
          try {
            header = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"));
            claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
          } catch {
            return { status: 400, code: "IAM.0011", message: "The ID token is not a JWT" };
          }
          if (header.alg !== "RS256")
            return { status: 401, code: "IAM.0007", message: `The ID token signature algorithm ${String(header.alg)} is not supported` };
          const keys = (typeof provider.signingKey === "string" ? JSON.parse(provider.signingKey) : provider.signingKey).keys;
          const jwk = keys.find((key) => header.kid === void 0 || key.kid === header.kid);
          if (!jwk)
            return { status: 401, code: "IAM.0007", message: `The ID token signing key ${String(header.kid)} is not in the identity provider's signing key` };
          const signed = (0, external_node_crypto_.verify)("RSA-SHA256", Buffer.from(`${parts[0]}.${parts[1]}`), (0, external_node_crypto_.createPublicKey)({ key: jwk, format: "jwk" }), Buffer.from(parts[2], "base64url"));
          if (!signed)
            return { status: 401, code: "IAM.0007", message: "The ID token signature is invalid" };
          if (claims.iss !== provider.issuer)
            return { status: 401, code: "IAM.0007", message: `The ID token issuer ${String(claims.iss)} does not match the identity provider URL` };
          const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
          if (!audiences.includes(provider.clientId))
            return { status: 401, code: "IAM.0007", message: `The ID token audience (aud) ${JSON.stringify(claims.aud)} does not match the client ID of the identity provider` };
          const now = this.clock.now() / 1e3;
          if (typeof claims.exp !== "number" || claims.exp <= now)
            return { status: 401, code: "IAM.0007", message: "The ID token has expired (exp)" };
          if (typeof claims.nbf === "number" && claims.nbf > now + LEEWAY_S)
            return { status: 401, code: "IAM.0007", message: "The ID token is not yet valid (nbf)" };
          const rules = provider.rules ?? [{ claim: "sub", group: "flowferry-sandbox" }];
          const rule = rules.find((r) => typeof claims[r.claim] === "string" && (r.anyOneOf === void 0 || r.anyOneOf.includes(claims[r.claim])));
          if (!rule)
            return { status: 403, code: "IAM.0003", message: `The federated user matches no identity conversion rule of ${idp}` };
          return { subject: String(claims.sub ?? "unknown"), group: rule.group };
        }
        refuse(res, refusal) {
          this.seen.refusals.push(refusal.message);
          (0, http_helpers.jD)(res, refusal.status, { error_code: refusal.code, error_msg: refusal.message }, { "x-request-id": (0, external_node_crypto_.randomUUID)() });
        }
      }
      function federation_single(value) {
        return Array.isArray(value) ? value[0] : value;
      }
      function at(value, ...path) {
        let current = value;
        for (const key of path) {
          if (current === null || typeof current !== "object" || Array.isArray(current))
            return void 0;
          current = current[key];
        }
        return current;
      }
      ;
      class TokenService {
        settings;
        clock;
        /** Every token handed out; the gateway accepts them, and the secret-hygiene test looks for them. */
        issued = /* @__PURE__ */ new Set();
        constructor(settings, clock) {
          this.settings = settings;
          this.clock = clock;
        }
        accepts(token) {
          return token === this.settings.token || this.issued.has(token);
        }
        async issue(req, res) {
          const body = (await (0, http_helpers.hc)(req)).toString("utf8");
          if (!body.includes('"password"'))
            return (0, http_helpers.jD)(res, 400, { error: { code: "1100", message: "Incorrect auth body", title: "Bad Request" } });
          const token = `MIIsandbox-${(0, external_node_crypto_.randomUUID)().replace(/-/g, "")}`;
          this.issued.add(token);
          const issued = new Date(this.clock.now());
          (0, http_helpers.jD)(res, 201, { token: { issued_at: issued.toISOString(), expires_at: new Date(issued.getTime() + 24 * 36e5).toISOString(), methods: ["password"], project: { id: this.settings.projectId } } }, { "x-subject-token": token });
        }
      }
      ;
      const SANDBOX_TOKEN = "MIIsandbox-iam-token-7f3e9a1c2b4d";
      const SANDBOX_ACCESS_KEY = "HPUASANDBOXAK7Q2W9E4R";
      const SANDBOX_SECRET_KEY = "sk-sandbox-Qm8vT2xL9pR4wZ7nB1cY6hJ3";
      const SANDBOX_PROJECT_ID = "0605767a0300d5762fb0c0186d9e1c3b";
      const SANDBOX_WORKSPACE_ID = "9f5bb8a5-1c7b-4d3c-8a5e-5a2d4e7f0c11";
      const SEEDED_WORKFLOW_ID = "c19470f3-5eaf-4572-82e8-2ff094495919";
      const SEEDED_WORKFLOW_NAME = "Phishing email triage";
      const AMBIGUOUS_NAME = "Block malicious IP";
      const SEEDED_SECRET_VALUE = "ti-staging-token-4b81e0c9";
      const SEEDED_PLACEHOLDER = "VERSIONS_PHISHING_EMAIL_TRIAGE_TASKCONFIG_THREAT_INTEL_API_TOKEN";
      const SEEDED_AT = "2026-11-20T09:30:00.000Z";
      function seededWorkflows() {
        return [
          { id: SEEDED_WORKFLOW_ID, name: SEEDED_WORKFLOW_NAME, document: seededDocument() },
          { id: "5d0a4e1b-7c2f-4a8e-9b3d-1e6f2a7c8d90", name: `${SEEDED_WORKFLOW_NAME} (copy)`, document: { ...seededDocument(), name: `${SEEDED_WORKFLOW_NAME} (copy)` } },
          { id: "8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b", name: AMBIGUOUS_NAME, document: { name: AMBIGUOUS_NAME, aop_type: "NORMAL", versions: [] } },
          { id: "9b2e3c4d-5e6f-4071-8b8c-0d1e2f3a4b5c", name: AMBIGUOUS_NAME, document: { name: AMBIGUOUS_NAME, aop_type: "NORMAL", versions: [] } }
        ];
      }
      function seededDocument() {
        const topology = {
          nodes: [
            { id: "start", type: "StartEvent" },
            { id: "lookup", type: "ServiceTask", plugin: "ThreatIntel.lookupUrl", input: "${alert.urls}" },
            { id: "decide", type: "ExclusiveGateway", condition: 'lookup.verdict == "malicious"' },
            { id: "block", type: "ServiceTask", plugin: "Mail.quarantine", input: "${alert.message_id}" },
            { id: "end", type: "EndEvent" }
          ],
          edges: [
            ["start", "lookup"],
            ["lookup", "decide"],
            ["decide", "block"],
            ["decide", "end"],
            ["block", "end"]
          ]
        };
        return {
          name: SEEDED_WORKFLOW_NAME,
          description: "Checks the URLs of a reported phishing email and quarantines the message when one is malicious",
          owner_id: "0c1f2e3d4c5b6a79",
          creator_id: "0c1f2e3d4c5b6a79",
          creator_name: "soc-engineer",
          enabled: true,
          aop_type: "NORMAL",
          engine_type: "public_engine",
          dataclass_id: "c8a1e2f3-0b4d-4e5f-9a6b-7c8d9e0f1a2b",
          dataclass_name: "Alert",
          labels: "DOMAIN",
          versions: [
            {
              id: "e2d3c4b5-a697-4881-9a0b-1c2d3e4f5a6b",
              name: SEEDED_WORKFLOW_NAME,
              version: "v3",
              status: "activated",
              enabled: true,
              taskflow_type: "JSON",
              taskflow: Buffer.from(JSON.stringify(topology)).toString("base64"),
              taskconfig: { threat_intel: { endpoint: "https://ti.staging.example.com/v2", api_token: SEEDED_SECRET_VALUE, timeout_seconds: 20 } },
              input: { alert: "Alert" },
              output: {},
              create_time: "2026-11-20T09:30:00.000Z"
            }
          ]
        };
      }
      ;
      function defaultSettings() {
        return {
          token: SANDBOX_TOKEN,
          accessKey: SANDBOX_ACCESS_KEY,
          secretKey: SANDBOX_SECRET_KEY,
          projectId: SANDBOX_PROJECT_ID,
          workspaceId: SANDBOX_WORKSPACE_ID,
          tokenExpired: false,
          throttleNext: 0,
          throttleStatus: 429,
          sameName: "new-version",
          duplicateCode: "SecMaster.20048004",
          maxSkewMs: 15 * 6e4,
          signedBodyLimit: 12 * 1024 * 1024,
          extraWorkflows: 0,
          empty: false,
          listOffsetAsPage: false,
          listPageStart: 0,
          listMaxLimit: 100,
          importReplyText: false,
          exportBom: false
        };
      }
      const settingNames = Object.keys(defaultSettings());
      function applySettings(settings, config) {
        for (const key of Object.keys(settings)) {
          if (config[key] !== void 0)
            settings[key] = config[key];
        }
      }
      var external_node_fs_ = __webpack_require__(73024);
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      ;
      const PARSE_LIMIT = 32 * 1024 * 1024;
      class WorkflowStore {
        storageDir;
        settings;
        workflows = /* @__PURE__ */ new Map();
        constructor(storageDir, settings) {
          this.storageDir = storageDir;
          this.settings = settings;
        }
        seed() {
          for (const { id: id2, name, document } of seededWorkflows()) {
            const workflow = { id: id2, name, version: 3, createTime: SEEDED_AT, updateTime: SEEDED_AT, file: "" };
            workflow.file = this.write(workflow, document);
            this.workflows.set(id2, workflow);
          }
        }
        /** Adds `count` newer workflows named "<seeded name> archive <i>", numbered on from those already added. */
        addArchives(count) {
          const start = [...this.workflows.values()].filter((w) => w.name.includes(" archive ")).length;
          for (let i = start; i < start + count; i++) {
            const at2 = new Date(Date.UTC(2026, 10, 21) + i * 6e4).toISOString();
            const name = `${SEEDED_WORKFLOW_NAME} archive ${i}`;
            const workflow = { id: (0, external_node_crypto_.randomUUID)(), name, version: 1, createTime: at2, updateTime: at2, file: "" };
            workflow.file = this.write(workflow, { name, aop_type: "NORMAL", versions: [] });
            this.workflows.set(workflow.id, workflow);
          }
        }
        /** Writes the file as this environment would export it: its own ids, project, workspace and times. */
        write(workflow, document) {
          const file = external_node_path_default().join(this.storageDir, `workflow-${workflow.id}-v${workflow.version}.json`);
          const versions = Array.isArray(document.versions) ? document.versions : [];
          const rewritten = {
            ...document,
            id: workflow.id,
            name: workflow.name,
            project_id: this.settings.projectId,
            workspace_id: this.settings.workspaceId,
            create_time: workflow.createTime,
            update_time: workflow.updateTime,
            version: `v${workflow.version}`,
            versions: versions.map((v) => v !== null && typeof v === "object" ? { ...v, aopworkflow_id: workflow.id, update_time: workflow.updateTime } : v)
          };
          (0, external_node_fs_.writeFileSync)(file, JSON.stringify(rewritten));
          return file;
        }
        /** Several ids: a JSON array of their files (the docs do not say; one reading). */
        combined(ids2) {
          const file = external_node_path_default().join(this.storageDir, `export-${(0, external_node_crypto_.randomUUID)()}.json`);
          (0, external_node_fs_.writeFileSync)(file, `[${ids2.map((id2) => (0, external_node_fs_.readFileSync)(this.workflows.get(id2).file, "utf8")).join(",")}]`);
          return file;
        }
        /** A workflow as the list and show endpoints describe it. */
        info(w) {
          return {
            id: w.id,
            name: w.name,
            project_id: this.settings.projectId,
            workspace_id: this.settings.workspaceId,
            create_time: w.createTime,
            update_time: w.updateTime,
            enabled: true,
            version: `v${w.version}`,
            aop_type: "NORMAL",
            engine_type: "public_engine"
          };
        }
        /** The workflows as JSON, for tests (`GET /__sandbox/state`). */
        state() {
          return [...this.workflows.values()].map((w) => ({
            id: w.id,
            name: w.name,
            version: `v${w.version}`,
            sha256: sha256File(w.file),
            document: (0, external_node_fs_.statSync)(w.file).size <= PARSE_LIMIT ? JSON.parse((0, external_node_fs_.readFileSync)(w.file, "utf8")) : "(large document)"
          }));
        }
      }
      function sha256File(file) {
        return (0, external_node_crypto_.createHash)("sha256").update((0, external_node_fs_.readFileSync)(file)).digest("hex");
      }
      var promises_ = __webpack_require__(51455);
      var external_node_stream_promises_ = __webpack_require__(46466);
      ;
      const NOT_FOUND = "SecMaster.20040611";
      const WORKSPACE_NOT_FOUND = "SecMaster.20011003";
      const INVALID = "SecMaster.20030001";
      function send(res, status, body) {
        const requestId = `${(0, external_node_crypto_.randomUUID)().replace(/-/g, "")}`;
        (0, http_helpers.jD)(res, status, { ...body, request_id: requestId }, { "x-request-id": requestId });
      }
      class WorkflowRoutes {
        store;
        settings;
        gateway;
        storageDir;
        clock;
        /** The last import and export as received and sent, for tests (`GET /__sandbox/state`). */
        lastImport;
        lastExport;
        constructor(store, settings, gateway, storageDir, clock) {
          this.store = store;
          this.settings = settings;
          this.gateway = gateway;
          this.storageDir = storageDir;
          this.clock = clock;
        }
        register(router2) {
          const base = "/v1/:project/workspaces/:workspace/soc/workflows";
          router2.on("GET", base, (c) => this.inWorkspace(c.res, c.params.workspace, () => this.list(c.res, c.url)));
          router2.on("POST", `${base}/import`, (c) => this.inWorkspace(c.res, c.params.workspace, () => this.importFile(c.req, c.res)));
          router2.on("POST", `${base}/export`, (c) => this.inWorkspace(c.res, c.params.workspace, () => this.exportFiles(c.req, c.res)));
          router2.on("GET", `${base}/:id`, (c) => this.inWorkspace(c.res, c.params.workspace, () => this.show(c.res, c.params.id)));
        }
        async inWorkspace(res, workspace, next) {
          if (workspace !== this.settings.workspaceId)
            return send(res, 400, { code: WORKSPACE_NOT_FOUND, message: `Workspace ${workspace} does not exist` });
          await next();
        }
        list(res, url) {
          const offset = Number(url.searchParams.get("offset") ?? "0");
          const asked = Number(url.searchParams.get("limit") ?? "10");
          const limit = Math.min(asked, this.settings.listMaxLimit);
          if (!Number.isInteger(offset) || offset < 0 || offset > 1e4 || !Number.isInteger(asked) || asked < 1 || asked > 100) {
            return send(res, 400, { code: INVALID, message: "offset must be 0-10000 and limit 1-100" });
          }
          const name = url.searchParams.get("name")?.toLowerCase();
          const all = [...this.store.workflows.values()].filter((w) => name === void 0 || w.name.toLowerCase().includes(name)).sort((a, b) => b.createTime.localeCompare(a.createTime));
          const start = this.settings.listOffsetAsPage ? Math.max(0, offset - this.settings.listPageStart) * limit : offset;
          const page = all.slice(start, start + limit);
          send(res, 200, {
            code: "00000000",
            message: "Success",
            success: true,
            total: all.length,
            offset,
            limit,
            size: page.length,
            page: Math.floor(start / limit),
            data: page.map((w) => this.store.info(w))
          });
        }
        show(res, id2) {
          const workflow = this.store.workflows.get(id2);
          if (!workflow)
            return send(res, 400, { code: NOT_FOUND, message: "The workflow does not exist." });
          send(res, 200, { code: "00000000", message: "Success", success: true, data: this.store.info(workflow) });
        }
        async importFile(req, res) {
          let parsed;
          try {
            parsed = await (0, http_helpers.N7)(this.gateway.bodyStream(req), this.storageDir);
          } catch {
            return send(res, 400, { code: INVALID, message: "The request must be multipart/form-data with the file in uploadFile" });
          }
          const file = parsed.files.find((f) => f.field === "uploadFile");
          for (const other of parsed.files)
            if (other !== file)
              await (0, promises_.rm)(other.path, { force: true });
          if (!file)
            return send(res, 400, { code: INVALID, message: "uploadFile is required" });
          this.lastImport = { field: file.field, filename: file.filename, bytes: file.size, sha256: file.sha256, contentType: file.contentType };
          let document;
          if (file.size <= PARSE_LIMIT) {
            try {
              const value = JSON.parse((0, external_node_fs_.readFileSync)(file.path, "utf8"));
              if (value !== null && typeof value === "object" && !Array.isArray(value))
                document = value;
            } catch {
            }
          }
          const name = typeof document?.name === "string" ? document.name : void 0;
          if (file.size <= PARSE_LIMIT && (!document || !name)) {
            await (0, promises_.rm)(file.path, { force: true });
            return send(res, 400, { code: INVALID, message: "The workflow file is invalid: not a SecMaster workflow export" });
          }
          const workflowName = name ?? external_node_path_default().basename(file.filename, ".json");
          const existing = [...this.store.workflows.values()].find((w) => w.name === workflowName);
          if (existing && this.settings.sameName === "reject") {
            await (0, promises_.rm)(file.path, { force: true });
            return send(res, 400, { code: this.settings.duplicateCode, message: `A workflow named ${workflowName} already exists` });
          }
          const now = new Date(this.clock.now()).toISOString();
          const target = existing && this.settings.sameName === "new-version" ? existing : { id: (0, external_node_crypto_.randomUUID)(), name: workflowName, version: 0, createTime: now, updateTime: now, file: "" };
          target.version++;
          target.updateTime = now;
          target.file = document ? this.store.write(target, document) : file.path;
          if (document)
            await (0, promises_.rm)(file.path, { force: true });
          this.store.workflows.set(target.id, target);
          if (this.settings.importReplyText) {
            res.writeHead(200, { "Content-Type": "text/plain", "X-Request-Id": (0, external_node_crypto_.randomUUID)() });
            res.end("success");
            return;
          }
          send(res, 200, { code: "00000000", message: "Success", success: true });
        }
        async exportFiles(req, res) {
          const raw = this.gateway.body(req) ?? await (0, http_helpers.hc)(req);
          let ids2;
          try {
            ids2 = JSON.parse(raw.toString("utf8")).id;
          } catch {
            ids2 = void 0;
          }
          if (!Array.isArray(ids2) || ids2.length === 0 || !ids2.every((id2) => typeof id2 === "string")) {
            return send(res, 400, { code: INVALID, message: "id must be a non-empty array of workflow ids" });
          }
          const missing = ids2.find((id2) => !this.store.workflows.has(id2));
          if (missing)
            return send(res, 400, { code: NOT_FOUND, message: `The workflow ${missing} does not exist.` });
          const workflow = this.store.workflows.get(ids2[0]);
          const file = ids2.length === 1 ? workflow.file : this.store.combined(ids2);
          if (this.settings.exportBom) {
            const bytes = Buffer.concat([Buffer.from([239, 187, 191]), (0, external_node_fs_.readFileSync)(file)]);
            this.lastExport = { ids: ids2, bytes: bytes.length, sha256: (0, external_node_crypto_.createHash)("sha256").update(bytes).digest("hex") };
            res.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length, "content-disposition": "attachment;filename=workflow.json", "x-request-id": (0, external_node_crypto_.randomUUID)().replace(/-/g, "") });
            res.end(bytes);
            return;
          }
          const { size } = (0, external_node_fs_.statSync)(file);
          this.lastExport = { ids: ids2, bytes: size, sha256: sha256File(file) };
          res.writeHead(200, {
            "content-type": "application/octet-stream",
            "content-length": size,
            "content-disposition": "attachment;filename=workflow.json",
            "x-request-id": (0, external_node_crypto_.randomUUID)().replace(/-/g, "")
          });
          await (0, external_node_stream_promises_.pipeline)((0, external_node_fs_.createReadStream)(file), res).catch(() => res.destroy());
        }
      }
      ;
      const KEYLESS_IDP = "github-actions";
      const KEYLESS_AUDIENCE = "flowferry-secmaster";
      const secmasterEmulator = {
        settingNames: [...settingNames, ...federationSettingNames],
        create: (options) => new SecmasterEmulator(options)
      };
      class SecmasterEmulator {
        settings = defaultSettings();
        store;
        iam;
        federation;
        gateway;
        routes;
        router = new router.I();
        constructor(options) {
          applySettings(this.settings, options.config);
          this.store = new WorkflowStore(options.storageDir, this.settings);
          if (!this.settings.empty)
            this.store.seed();
          this.store.addArchives(this.settings.extraWorkflows);
          this.iam = new TokenService(this.settings, options.clock);
          this.federation = new IamFederation(options.clock);
          this.federation.configure(options.config);
          this.gateway = new ApiGateway(this.settings, this.iam, options.clock, this.federation);
          this.routes = new WorkflowRoutes(this.store, this.settings, this.gateway, options.storageDir, options.clock);
          this.routes.register(this.router);
        }
        get inputs() {
          return {
            "access-key-id": this.settings.accessKey,
            "secret-access-key": this.settings.secretKey,
            "project-id": this.settings.projectId,
            "workspace-id": this.settings.workspaceId
          };
        }
        demo = {
          export: { "workflow-id": SEEDED_WORKFLOW_ID },
          import: {},
          vars: { [SEEDED_PLACEHOLDER]: "ti-production-token-93d2f7aa" }
        };
        calls = {
          import: { method: "POST", path: "/soc/workflows/import", idempotent: false },
          // The export reads only (its documentation gives it no side effect): flowferry repeats it after a lost reply.
          export: { method: "POST", path: "/soc/workflows/export", idempotent: true }
        };
        scenarios = [
          { name: "APIG.0308 throttling without Retry-After", operation: "import", config: { throttleNext: 2 }, expect: "succeeded" },
          { name: "APIG.0308 throttling without Retry-After", operation: "export", config: { throttleNext: 2 }, expect: "succeeded" },
          { name: "signature refused (APIG.0301)", operation: "export", config: { secretKey: "sk-another-secret-key-0000" }, expect: "failed" },
          // An IAM token cannot be renewed by flowferry (it holds no password): the step fails and says so.
          ...["import", "export"].map((operation) => ({
            name: "expired IAM token (APIG.0307)",
            operation,
            config: { tokenExpired: true },
            inputs: { token: SANDBOX_TOKEN, "access-key-id": "", "secret-access-key": "" },
            expect: "failed"
          }))
        ];
        /**
         * Keyless sign-in: IAM here trusts ID tokens from `issuer` signed with `jwks`, as identity
         * provider `github-actions` with client ID `flowferry-secmaster`; the inputs that sign in through it.
         */
        keyless(issuer, jwks) {
          this.federation.configure({ identityProviders: { [KEYLESS_IDP]: { issuer, clientId: KEYLESS_AUDIENCE, signingKey: jwks } } });
          return { "identity-provider": KEYLESS_IDP, "oidc-audience": KEYLESS_AUDIENCE, "project-id": this.settings.projectId, "workspace-id": this.settings.workspaceId };
        }
        secrets() {
          return [this.settings.token, this.settings.secretKey, SANDBOX_SECRET_KEY, SEEDED_SECRET_VALUE, ...this.iam.issued, ...this.federation.secrets(), ...Object.values(this.demo.vars)];
        }
        configure(config) {
          const before = this.store.workflows.size > 0 ? this.settings.extraWorkflows : void 0;
          applySettings(this.settings, config);
          this.federation.configure(config);
          if (before !== void 0 && this.settings.extraWorkflows > before)
            this.store.addArchives(this.settings.extraWorkflows - before);
        }
        state() {
          const { signed, token, refused, temporary } = this.gateway.seen;
          return {
            workflows: this.store.state(),
            requests: { signed, token, refused, temporary },
            iam: this.federation.state(),
            lastImport: this.routes.lastImport,
            lastExport: this.routes.lastExport
          };
        }
        async handle(req, res, url) {
          if (await this.iamRoute(req, res, url))
            return;
          const refusal = await this.gateway.admit(req, url);
          if (refusal) {
            req.resume();
            return send(res, refusal.status, { error_code: refusal.code, error_msg: refusal.message });
          }
          if (!await this.router.dispatch(req, res, url)) {
            req.resume();
            send(res, 404, { error_code: "APIG.0101", error_msg: "The API does not exist or has not been published in the environment" });
          }
        }
        /** The second origin is IAM alone, so a test can give iam-endpoint a host of its own and see what reaches it. */
        async handleForeign(req, res, url) {
          if (await this.iamRoute(req, res, url))
            return;
          req.resume();
          send(res, 404, { error_code: "IAM.0004", error_msg: "Could not find the requested API" });
        }
        /** IAM's APIs, served on either origin: the password token and the OpenID Connect federation. */
        async iamRoute(req, res, url) {
          if (req.method === "POST" && url.pathname === "/v3/auth/tokens")
            await this.iam.issue(req, res);
          else if (this.federation.handles(req.method, url.pathname))
            await this.federation.handle(req, res, url);
          else
            return false;
          return true;
        }
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
  20318: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        I: () => (
          /* binding */
          Router
        )
        /* harmony export */
      });
      class Router {
        routes = [];
        on(method, path, handler) {
          const keys = [];
          const source = path.split("/").map((segment) => {
            if (segment.startsWith(":")) {
              keys.push(segment.slice(1));
              return "([^/]*)";
            }
            return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          }).join("/");
          this.routes.push({ method, pattern: new RegExp(`^${source}/?$`), keys, handler });
          return this;
        }
        /** Runs the matching handler; false when no route matches. */
        async dispatch(req, res, url) {
          for (const route of this.routes) {
            if (route.method !== req.method)
              continue;
            const match = route.pattern.exec(url.pathname);
            if (!match)
              continue;
            const params = {};
            route.keys.forEach((key, i) => {
              params[key] = decodeURIComponent(match[i + 1] ?? "");
            });
            await route.handler({ req, res, url, params });
            return true;
          }
          return false;
        }
      }
    })
  )
};
