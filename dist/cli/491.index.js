export const id = 491;
export const ids = [491];
export const modules = {
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
  ),
  /***/
  58491: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        zuoraEmulator: () => (
          /* binding */
          zuoraEmulator
        )
      });
      var external_node_crypto_ = __webpack_require__(77598);
      var external_node_zlib_ = __webpack_require__(38522);
      var http_helpers = __webpack_require__(9415);
      var router = __webpack_require__(20318);
      var canonical_json = __webpack_require__(60484);
      var versions = __webpack_require__(43655);
      ;
      class Refusal extends Error {
        status;
        title;
        body;
        constructor(status, title, body) {
          super(title);
          this.status = status;
          this.title = title;
          this.body = body;
        }
        /** The workflow endpoints' documented error shape. */
        get reply() {
          return { status: this.status, body: this.body ?? { errors: [{ code: "invalid", status: this.status, title: this.title }] } };
        }
      }
      const VERSION = /^\d+(\.\d+)*$/;
      class WorkflowStore {
        now;
        conflict;
        definitions = /* @__PURE__ */ new Map();
        nextDefinition = 19080;
        nextVersion = 30001;
        nextTask = 500001;
        constructor(now, conflict = () => ({ status: 400, wording: "named", shape: "errors" })) {
          this.now = now;
          this.conflict = conflict;
        }
        definition(id2) {
          const found = /^\d+$/.test(id2) ? this.definitions.get(Number(id2)) : void 0;
          if (!found)
            throw new Refusal(404, `Workflow ${id2} not found`);
          return found;
        }
        createDefinition(document, version, activate, activateDefinition) {
          const body = checkDocument(document);
          const workflow = (0, canonical_json.OW)(body.workflow) ? body.workflow : {};
          const chosen = version ?? (typeof workflow.version === "string" ? workflow.version : "0.0.1");
          checkVersionFormat(chosen);
          const at = this.now();
          const definition = {
            id: this.nextDefinition++,
            name: typeof workflow.name === "string" ? workflow.name : "Imported workflow",
            description: typeof workflow.description === "string" ? workflow.description : "",
            status: "Inactive",
            versions: [],
            createdAt: at,
            updatedAt: at
          };
          this.definitions.set(definition.id, definition);
          const created = this.addVersion(definition, body, chosen, activate, activateDefinition);
          return { definition, created };
        }
        importVersion(definition, document, version, activate, activateDefinition) {
          const body = checkDocument(document);
          if (version === void 0)
            throw new Refusal(400, "version is required");
          checkVersionFormat(version);
          const highest = (0, versions.t)(definition.versions.map((v) => v.version));
          if (highest !== void 0 && (0, versions.Zy)(version, highest) <= 0) {
            const style = this.conflict();
            const title = style.wording === "vague" ? "Version is invalid" : `Version ${version} must be greater than the latest version ${highest}`;
            const body2 = style.shape === "reasons" ? { success: false, processId: "C0FFEE1234567890", reasons: [{ code: 50000020, message: title }] } : void 0;
            throw new Refusal(style.status, title, body2);
          }
          return this.addVersion(definition, body, version, activate, activateDefinition);
        }
        /** `version` absent: the active one; `latest`; or an exact number. */
        find(definition, version) {
          if (version === null || version === "") {
            const active = definition.versions.find((v) => v.id === definition.activeVersionId);
            if (!active)
              throw new Refusal(404, `Workflow ${definition.id} has no active version`);
            return active;
          }
          if (version === "latest")
            return definition.versions.at(-1);
          if (!VERSION.test(version))
            throw new Refusal(400, `Invalid version: ${version}`);
          const found = definition.versions.find((v) => (0, versions.Zy)(v.version, version) === 0);
          if (!found)
            throw new Refusal(404, `Version ${version} of workflow ${definition.id} not found`);
          return found;
        }
        activate(definition, versionId, activateDefinition) {
          if (!definition.versions.some((v) => v.id === versionId))
            throw new Refusal(404, `Version ${versionId} not found`);
          definition.activeVersionId = versionId;
          if (activateDefinition)
            definition.status = "Active";
          definition.updatedAt = this.now();
        }
        addVersion(definition, body, version, activate, activateDefinition) {
          const id2 = this.nextVersion++;
          const created = { id: id2, version, document: this.renumber(body, id2, definition.id, version), createdAt: this.now() };
          definition.versions.push(created);
          definition.updatedAt = created.createdAt;
          if (activate)
            this.activate(definition, id2, activateDefinition);
          return created;
        }
        /** New ids for the workflow and every task; linkages and parent references follow them. */
        renumber(body, versionId, definitionId, version) {
          const ids2 = /* @__PURE__ */ new Map();
          const tasks = body.tasks.map((task) => {
            if (!(0, canonical_json.OW)(task))
              throw new Refusal(400, "Each task must be an object");
            const id2 = this.nextTask++;
            if (task.id !== void 0 && task.id !== null)
              ids2.set(String(task.id), id2);
            return { ...task, id: id2 };
          });
          const remap = (value, what) => {
            if (value === null || value === void 0)
              return null;
            const id2 = ids2.get(String(value));
            if (id2 === void 0)
              throw new Refusal(400, `${what} ${String(value)} does not name a task of this workflow`);
            return id2;
          };
          for (const task of tasks) {
            task.task_id = remap(task.task_id, "task_id");
            task.workflow_id = versionId;
          }
          const linkages = body.linkages.map((link, i) => {
            if (!(0, canonical_json.OW)(link))
              throw new Refusal(400, "Each linkage must be an object");
            return {
              ...link,
              source_workflow_id: versionId,
              source_task_id: remap(link.source_task_id, `linkage ${i}: source_task_id`),
              target_task_id: remap(link.target_task_id, `linkage ${i}: target_task_id`)
            };
          });
          const workflow = { ...(0, canonical_json.OW)(body.workflow) ? body.workflow : {}, id: versionId, original_workflow_id: definitionId, version };
          return { ...body, workflow, tasks, linkages };
        }
      }
      function checkDocument(document) {
        if (!(0, canonical_json.OW)(document))
          throw new Refusal(400, "The request body must be a workflow export document");
        for (const key of ["tasks", "linkages"]) {
          if (document[key] !== void 0 && !Array.isArray(document[key]))
            throw new Refusal(400, `${key} must be an array`);
        }
        return { ...document, tasks: document.tasks ?? [], linkages: document.linkages ?? [] };
      }
      function checkVersionFormat(version) {
        if (!VERSION.test(version))
          throw new Refusal(400, `Invalid version: ${version}`);
      }
      function definitionView(definition) {
        const workflow = definitionWorkflow(definition);
        const active = definition.versions.find((v) => v.id === definition.activeVersionId);
        return {
          id: definition.id,
          name: definition.name,
          description: definition.description,
          status: definition.status,
          ...triggers(workflow),
          createdAt: definition.createdAt,
          updatedAt: definition.updatedAt,
          active_version: active ? { id: active.id, description: definition.description, type: "Workflow::Setup", version: active.version, status: "Active" } : null
        };
      }
      function versionView(definition, version, id2 = version.id) {
        return {
          id: id2,
          name: definition.name,
          description: definition.description,
          type: "Workflow::Setup",
          version: version.version,
          status: version.id === definition.activeVersionId ? "Active" : "Inactive",
          ...triggers((0, canonical_json.OW)(version.document.workflow) ? version.document.workflow : {}),
          createdAt: version.createdAt,
          updatedAt: version.createdAt
        };
      }
      function definitionWorkflow(definition) {
        const latest = definition.versions.at(-1)?.document.workflow;
        return (0, canonical_json.OW)(latest) ? latest : {};
      }
      function triggers(workflow) {
        const flag = (snake, camel) => Boolean(workflow[snake] ?? workflow[camel] ?? false);
        return {
          calloutTrigger: flag("callout_trigger", "calloutTrigger"),
          ondemandTrigger: flag("ondemand_trigger", "ondemandTrigger"),
          scheduledTrigger: flag("scheduled_trigger", "scheduledTrigger"),
          interval: workflow.interval ?? null,
          timezone: workflow.timezone ?? null
        };
      }
      ;
      const DAY_MS = 24 * 36e5;
      class IdempotencyStore {
        now;
        entries = /* @__PURE__ */ new Map();
        /** Per key: settled once a request with that key has been answered 409 (in progress). */
        retries = /* @__PURE__ */ new Map();
        log = [];
        constructor(now) {
          this.now = now;
        }
        /**
         * `replayFailures`: a stored failure is replayed with `replayStatus` too ("the original result
         * back as a 409", https://developer.zuora.com/docs/guides/error-handling/).
         */
        async once(method, url, key, replayStatus, run, replayFailures = false) {
          const target = `${url.pathname}${url.search}`;
          const record = (outcome) => this.log.push({ method, path: url.pathname, key, outcome });
          const stored = this.entries.get(key);
          if (stored && this.now() - stored.at < DAY_MS) {
            if (stored.method !== method || stored.url !== target) {
              record("mismatch");
              return new Refusal(422, "The Idempotency-Key was used with a different request").reply;
            }
            if (!stored.reply) {
              record("in-progress");
              this.retry(key).settle();
              return { ...new Refusal(409, "A request with this Idempotency-Key is in progress").reply, headers: { "retry-after": "1" } };
            }
            record("replayed");
            return { ...stored.reply, status: stored.reply.status < 300 || replayFailures ? replayStatus : stored.reply.status, replayed: true };
          }
          const entry = { method, url: target, at: this.now() };
          this.entries.set(key, entry);
          record("handled");
          try {
            entry.reply = await run();
          } catch (error) {
            this.entries.delete(key);
            throw error;
          }
          return entry.reply;
        }
        /** Resolves once a second attempt with `key` has been answered 409 while the first was running. */
        retried(key) {
          return this.retry(key).seen;
        }
        retry(key) {
          let waiter = this.retries.get(key);
          if (!waiter) {
            let settle = () => {
            };
            const seen = new Promise((resolve) => settle = resolve);
            waiter = { seen, settle };
            this.retries.set(key, waiter);
          }
          return waiter;
        }
      }
      class MinuteBudget {
        now;
        start = 0;
        used = 0;
        constructor(now) {
          this.now = now;
        }
        /** Counts a request and sets the RateLimit headers; false when the window is spent. */
        take(limit, headers) {
          const now = this.now();
          if (now - this.start >= 6e4) {
            this.start = now;
            this.used = 0;
          }
          headers["ratelimit-limit"] = `${limit}, ${limit};w=60`;
          headers["ratelimit-reset"] = String(Math.max(1, Math.ceil((this.start + 6e4 - now) / 1e3)));
          if (this.used >= limit) {
            headers["ratelimit-remaining"] = "0";
            return false;
          }
          this.used++;
          headers["ratelimit-remaining"] = String(limit - this.used);
          return true;
        }
      }
      ;
      const SANDBOX_CLIENT_ID = "6f1c0b8e-2d4a-4b7f-9e3c-5a8d1f0b2c4e";
      const SANDBOX_CLIENT_SECRET = "zs-sandbox-Kx7pQ2vN9wL4rT8yB3mF6hJ1";
      const SANDBOX_STATIC_TOKEN = "zt-static-3b9f1e7c4a2d8f6b0e5c9a1d7f3b2e8c";
      const SEEDED_DEFINITION_ID = 19080;
      const SEEDED_AUTH_HEADER = "Basic ZXJwLXN0YWdpbmc6czNjcmV0LXN0YWdpbmctOGMxZA==";
      const SEEDED_PASSWORD = "sftp-staging-pass-41d2e7";
      function seededDocument(version, subject) {
        const task = (id2, name, action_type, parameters, parent, css) => ({
          action_type,
          assignment: [],
          call_type: "SOAP",
          concurrent_limit: 9999999,
          css,
          error: null,
          error_class: null,
          error_details: null,
          id: id2,
          iterate_row_reference: null,
          name,
          object: null,
          object_batched_reference: null,
          object_id: null,
          original_task_id: null,
          original_workflow_id: null,
          parameters,
          priority: "Medium",
          process_id: null,
          status: null,
          tags: [],
          task_id: parent
        });
        return {
          workflow: {
            call_type: "SOAP",
            callout_trigger: false,
            css: { left: "30px", top: "40px" },
            data: {},
            delete_ttl: 60,
            description: "Reminds customers of overdue invoices and tells the ERP",
            finished_at: null,
            id: 458,
            interval: null,
            name: "Invoice reminders",
            notifications: {},
            ondemand_trigger: true,
            original_workflow_id: null,
            parameters: { fields: [{ index: 0, default: "30", datatype: "Number", field_name: "DaysOverdue", object_name: "Workflow", required: true }] },
            priority: "Medium",
            scheduled_trigger: false,
            started_at: null,
            status: null,
            sync_trigger: false,
            task_summary: {},
            timezone: null,
            type: "Workflow::Setup",
            version
          },
          tasks: [
            task(1001, "Find overdue invoices", "Export", { object: "Invoice", where: "Balance > 0 AND DueDate < '{{Data.Workflow.DaysOverdue}}'" }, null, { left: "120px", top: "40px" }),
            task(1002, "Any found", "If", { if_clause: "{{Data.Invoice | size}} > 0" }, 1001, { left: "220px", top: "40px" }),
            task(1003, "Email the customer", "Email", { subject, to: ["{{Data.Invoice.Account.BillToContact.WorkEmail}}"], body: "Invoice {{Data.Invoice.InvoiceNumber}} is overdue." }, 1002, { left: "320px", top: "10px" }),
            task(1004, "Notify ERP", "Callout", {
              url: "https://erp.staging.example.com/api/overdue",
              http_method: "POST",
              headers: [
                { name: "Content-Type", value: "application/json" },
                { name: "Authorization", value: SEEDED_AUTH_HEADER }
              ],
              body: '{"invoices": {{Data.Invoice | map: "Id" | json}}}',
              sftp: { host: "sftp.staging.example.com", user: "reminders", password: SEEDED_PASSWORD }
            }, 1002, { left: "320px", top: "80px" })
          ],
          linkages: [
            { linkage_type: "Start", source_task_id: null, source_workflow_id: 458, target_task_id: 1001 },
            { linkage_type: "Success", source_task_id: 1001, source_workflow_id: 458, target_task_id: 1002 },
            { linkage_type: "True", source_task_id: 1002, source_workflow_id: 458, target_task_id: 1003 },
            { linkage_type: "Finish", source_task_id: 1003, source_workflow_id: 458, target_task_id: 1004 }
          ]
        };
      }
      function seedWorkflows(store) {
        const definition = store.createDefinition(seededDocument("0.0.1", "Your invoice is overdue"), "0.0.1", false, true).definition;
        store.importVersion(definition, seededDocument("0.0.2", "Reminder: invoice {{Data.Invoice.InvoiceNumber}} is overdue"), "0.0.2", true, true);
        store.importVersion(definition, seededDocument("0.0.3", "Draft: a friendlier reminder"), "0.0.3", false, true);
      }
      ;
      class TokenIssuer {
        settings;
        clock;
        tokens = /* @__PURE__ */ new Map();
        /** Every token handed out, for the secret-hygiene test. */
        issued = [];
        refused = 0;
        constructor(settings, clock) {
          this.settings = settings;
          this.clock = clock;
        }
        async issue(req) {
          if ((0, http_helpers.wx)(req, "authorization")) {
            req.resume();
            return { status: 400, body: { success: false, reasons: [{ code: "90000020", message: "The token request must not carry an Authorization header" }] } };
          }
          const form = await (0, http_helpers.LK)(req);
          if (form.get("grant_type") !== "client_credentials") {
            return { status: 400, body: { success: false, reasons: [{ code: "90000020", message: "grant_type must be client_credentials" }] } };
          }
          if (form.get("client_id") !== this.settings.clientId || form.get("client_secret") !== this.settings.clientSecret) {
            return { status: 401, body: { success: false, reasons: [{ code: "90000011", message: "Invalid client credentials" }] } };
          }
          const token = `zt-${(0, external_node_crypto_.randomBytes)(20).toString("hex")}`;
          const lifetimeMs = this.settings.tokenLifetimeSeconds * 1e3;
          const dead = this.settings.expireNextTokens > 0;
          if (dead)
            this.settings.expireNextTokens--;
          this.tokens.set(token, { expiresAt: dead ? 0 : this.clock.now() + lifetimeMs });
          this.issued.push(token);
          return {
            status: 200,
            body: {
              access_token: token,
              token_type: "bearer",
              expires_in: this.settings.tokenLifetimeSeconds,
              scope: `user.${(0, external_node_crypto_.randomUUID)().replace(/-/g, "")} entity.${(0, external_node_crypto_.randomUUID)()} service.workflow.read service.workflow.write tenant.9`,
              jti: (0, external_node_crypto_.randomBytes)(16).toString("hex")
            }
          };
        }
        /** Whether the request carries a bearer token that works now (the static one, or one issued and not expired). */
        authorized(req) {
          const match = /^Bearer (.+)$/i.exec((0, http_helpers.wx)(req, "authorization") ?? "");
          if (!match)
            return false;
          if (match[1] === SANDBOX_STATIC_TOKEN)
            return true;
          const token = this.tokens.get(match[1]);
          if (token && this.clock.now() < token.expiresAt)
            return true;
          this.refused++;
          return false;
        }
      }
      ;
      function defaultSettings() {
        return {
          clientId: SANDBOX_CLIENT_ID,
          clientSecret: SANDBOX_CLIENT_SECRET,
          tokenLifetimeSeconds: 3599,
          expireNextTokens: 0,
          apiRpm: 2500,
          activateDefinition: true,
          replayStatus: 200,
          replayFailures: false,
          listVersions: true,
          importDelayMs: 0,
          importUntilRetried: false,
          versionConflictStatus: 400,
          versionConflictWording: "named",
          versionConflictShape: "errors",
          listVersionNumbers: true
        };
      }
      const settingNames = Object.keys(defaultSettings());
      function applySettings(settings, config) {
        Object.assign(settings, Object.fromEntries(Object.entries(config).filter(([key, value]) => key in settings && value !== void 0)));
      }
      var promises_ = __webpack_require__(58500);
      ;
      class WorkflowRoutes {
        store;
        settings;
        baseUrl;
        retried;
        /** Import bodies that came gzipped, for tests of request compression. */
        gzippedRequests = 0;
        constructor(store, settings, baseUrl, retried = async () => {
        }) {
          this.store = store;
          this.settings = settings;
          this.baseUrl = baseUrl;
          this.retried = retried;
        }
        register(on) {
          on("GET", "/workflows", (c) => this.list(c.url));
          on("POST", "/workflows/import", (c) => this.importNew(c.req, c.url));
          on("GET", "/workflows/:id", (c) => ok(definitionView(this.store.definition(c.params.id))));
          on("PATCH", "/workflows/:id", (c) => this.patch(c.req, c.params.id));
          on("GET", "/workflows/:id/export", (c) => ok(this.store.find(this.store.definition(c.params.id), c.url.searchParams.get("version")).document));
          on("GET", "/workflows/:id/versions", (c) => {
            if (!this.settings.listVersions)
              throw new Refusal(404, `No such API: GET ${c.url.pathname}`);
            const definition = this.store.definition(c.params.id);
            const items = definition.versions.map((v) => versionView(definition, v));
            return ok({ data: this.settings.listVersionNumbers ? items : items.map(({ version: _version, ...rest }) => rest) });
          });
          on("POST", "/workflows/:id/versions/import", (c) => this.importVersion(c.req, c.url, c.params.id));
          on("DELETE", "/workflows/versions/:versionId", (c) => this.deleteVersion(c.params.versionId));
        }
        async importNew(req, url) {
          const document = await this.readDocument(req);
          const { version, activate } = importQuery(url);
          const under = url.searchParams.get("workflow_definition_id");
          if (under) {
            const definition2 = this.store.definition(under);
            const created2 = this.store.importVersion(definition2, document, version, activate, this.settings.activateDefinition);
            return ok(versionView(definition2, created2, definition2.id));
          }
          const { definition, created } = this.store.createDefinition(document, version, activate, this.settings.activateDefinition);
          return ok(versionView(definition, created, definition.id));
        }
        async importVersion(req, url, id2) {
          const definition = this.store.definition(id2);
          const document = await this.readDocument(req);
          const { version, activate } = importQuery(url);
          this.store.importVersion(definition, document, version, activate, this.settings.activateDefinition);
          return ok(definitionView(definition));
        }
        async patch(req, id2) {
          const definition = this.store.definition(id2);
          const body = await (0, http_helpers.nE)(req);
          if (!body || typeof body !== "object")
            throw new Refusal(422, "The request body must be an object");
          const changes = body;
          if (changes.status !== void 0 && changes.status !== "Active" && changes.status !== "Inactive")
            throw new Refusal(422, "status must be Active or Inactive");
          if (changes.active_workflow_version_id !== void 0)
            this.store.activate(definition, Number(changes.active_workflow_version_id), false);
          if (typeof changes.name === "string")
            definition.name = changes.name;
          if (typeof changes.description === "string")
            definition.description = changes.description;
          if (changes.status)
            definition.status = changes.status;
          return ok(definitionView(definition));
        }
        deleteVersion(versionId) {
          for (const definition of this.store.definitions.values()) {
            const index = definition.versions.findIndex((v) => String(v.id) === versionId);
            if (index < 0)
              continue;
            if (definition.activeVersionId === definition.versions[index].id)
              throw new Refusal(403, "The active version cannot be deleted");
            definition.versions.splice(index, 1);
            return ok({ id: Number(versionId), success: true });
          }
          throw new Refusal(404, `Version ${versionId} not found`);
        }
        list(url) {
          const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) || 1);
          const length = Math.min(50, Math.max(1, Number(url.searchParams.get("page_length") ?? 20) || 20));
          const name = url.searchParams.get("name");
          const all = [...this.store.definitions.values()].filter((d) => name === null || d.name === name);
          const data = all.slice((page - 1) * length, page * length).map((d) => ({
            ...definitionView(d),
            latest_inactive_verisons: d.versions.filter((v) => v.id !== d.activeVersionId).slice(-10).map((v) => versionView(d, v))
          }));
          const next = page * length < all.length ? `${this.baseUrl()}/workflows?page=${page + 1}&page_length=${length}` : null;
          return ok({ data, pagination: { next_page: next, page, page_length: length } });
        }
        async readDocument(req) {
          if (/gzip/i.test((0, http_helpers.wx)(req, "content-encoding") ?? ""))
            this.gzippedRequests++;
          const document = await (0, http_helpers.nE)(req);
          if (document === void 0)
            throw new Refusal(400, "The request body is not valid JSON");
          if (this.settings.importDelayMs > 0)
            await (0, promises_.setTimeout)(this.settings.importDelayMs);
          if (this.settings.importUntilRetried && (0, http_helpers.wx)(req, "idempotency-key"))
            await this.retried(req);
          return document;
        }
      }
      function ok(body) {
        return { status: 200, body };
      }
      function importQuery(url) {
        return { version: url.searchParams.get("version") ?? void 0, activate: url.searchParams.get("activate") === "true" };
      }
      ;
      const zuoraEmulator = {
        settingNames,
        create: (options) => new ZuoraEmulator(options)
      };
      const GZIP_ABOVE = 1e3;
      class ZuoraEmulator {
        settings = defaultSettings();
        store;
        oauth;
        routes;
        idempotency;
        budget;
        /** Each routed request's reply, handed from its route to the dispatcher. */
        replies = /* @__PURE__ */ new WeakMap();
        /** POST/PATCH requests without a key, for the request log. */
        unkeyed = [];
        trackIds = /* @__PURE__ */ new Set();
        router = new router.I();
        gzippedReplies = 0;
        constructor(options) {
          this.configure(options.config);
          this.store = new WorkflowStore(() => new Date(options.clock.now()).toISOString(), () => ({ status: this.settings.versionConflictStatus, wording: this.settings.versionConflictWording, shape: this.settings.versionConflictShape }));
          this.oauth = new TokenIssuer(this.settings, options.clock);
          this.idempotency = new IdempotencyStore(() => options.clock.now());
          this.budget = new MinuteBudget(() => options.clock.now());
          seedWorkflows(this.store);
          const retried = (req) => this.idempotency.retried((0, http_helpers.wx)(req, "idempotency-key") ?? "");
          this.routes = new WorkflowRoutes(this.store, this.settings, options.baseUrl, retried);
          this.routes.register((method, path, handler) => this.router.on(method, path, async (c) => {
            this.replies.set(c.req, await handler(c));
          }));
        }
        get inputs() {
          return { "client-id": this.settings.clientId, "client-secret": this.settings.clientSecret };
        }
        /** Staging's active version goes to production as a new, active definition. */
        demo = {
          export: { "workflow-id": String(SEEDED_DEFINITION_ID) },
          import: { activate: "true" },
          vars: {
            NOTIFY_ERP_AUTHORIZATION: "Basic ZXJwLXByb2R1Y3Rpb246cHJvZC04OGUx",
            TASKS_NOTIFY_ERP_PARAMETERS_SFTP_PASSWORD: "sftp-production-pass-9a0c"
          }
        };
        calls = {
          import: { method: "POST", path: "/workflows/import", idempotent: true },
          export: { method: "GET", path: "/export", idempotent: true }
        };
        scenarios = [
          { name: "expired token", operation: "import", config: { expireNextTokens: 1 }, expect: "succeeded" },
          { name: "expired token", operation: "export", config: { expireNextTokens: 1 }, expect: "succeeded" }
        ];
        secrets() {
          return [this.settings.clientSecret, SANDBOX_STATIC_TOKEN, SEEDED_AUTH_HEADER, SEEDED_PASSWORD, ...this.oauth.issued, ...Object.values(this.demo.vars)];
        }
        configure(config) {
          applySettings(this.settings, config);
        }
        state() {
          return {
            workflows: [...this.store.definitions.values()].map((d) => ({
              ...definitionView(d),
              versions: d.versions.map((v) => ({ id: v.id, version: v.version, active: v.id === d.activeVersionId, document: v.document }))
            })),
            tokensIssued: this.oauth.issued.length,
            tokensRefused: this.oauth.refused,
            requests: [...this.idempotency.log, ...this.unkeyed],
            trackIds: [...this.trackIds],
            gzippedRequests: this.routes.gzippedRequests,
            gzippedReplies: this.gzippedReplies
          };
        }
        async handle(req, res, url) {
          const track = (0, http_helpers.wx)(req, "zuora-track-id");
          const headers = { "zuora-request-id": (0, external_node_crypto_.randomUUID)() };
          if (track !== void 0)
            headers["zuora-track-id"] = track;
          const answer = (reply) => this.send(req, res, reply, headers);
          if (track !== void 0) {
            if (track.length > 64 || !/^[\x20-\x7e]*$/.test(track) || /[:;"']/.test(track)) {
              req.resume();
              return answer(new Refusal(400, `Zuora-Track-Id must be at most 64 US-ASCII characters without : ; " '`).reply);
            }
            this.trackIds.add(track);
          }
          if (!this.budget.take(this.settings.apiRpm, headers)) {
            req.resume();
            return answer({ status: 429, body: { message: "Too many requests" }, headers: { "retry-after": headers["ratelimit-reset"] } });
          }
          if (req.method === "POST" && url.pathname === "/oauth/token")
            return answer(await this.oauth.issue(req));
          if (!this.oauth.authorized(req)) {
            req.resume();
            return answer({ status: 401, body: { success: false, reasons: [{ message: "Authentication error", code: "90000011" }] } });
          }
          const key = (0, http_helpers.wx)(req, "idempotency-key");
          if ((req.method === "POST" || req.method === "PATCH") && key) {
            const reply = await this.idempotency.once(req.method, url, key, this.settings.replayStatus, () => this.dispatch(req, url), this.settings.replayFailures).finally(() => req.resume());
            await answer(reply);
            return reply.replayed ? "replayed" : void 0;
          }
          if (req.method === "POST" || req.method === "PATCH")
            this.unkeyed.push({ method: req.method, path: url.pathname, outcome: "handled" });
          return answer(await this.dispatch(req, url));
        }
        async dispatch(req, url) {
          try {
            const routed = await this.router.dispatch(req, {}, url);
            if (!routed) {
              req.resume();
              return new Refusal(404, `No such API: ${req.method} ${url.pathname}`).reply;
            }
          } catch (error) {
            if (!(error instanceof Refusal))
              throw error;
            req.resume();
            return error.reply;
          }
          return this.replies.get(req) ?? { status: 500, body: { message: "no reply" } };
        }
        send(req, res, reply, headers) {
          let body = Buffer.from(JSON.stringify(reply.body));
          const out = { "content-type": "application/json; charset=utf-8", ...headers, ...reply.headers };
          if (res.hasHeader("ratelimit-limit")) {
            for (const name of ["ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"])
              delete out[name];
          }
          if (body.length > GZIP_ABOVE && /\bgzip\b/i.test((0, http_helpers.wx)(req, "accept-encoding") ?? "")) {
            body = (0, external_node_zlib_.gzipSync)(body);
            out["content-encoding"] = "gzip";
            this.gzippedReplies++;
          }
          out["content-length"] = String(body.length);
          res.writeHead(reply.status, out);
          res.end(body);
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
