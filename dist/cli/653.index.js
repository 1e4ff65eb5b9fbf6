export const id = 653;
export const ids = [653];
export const modules = {
  /***/
  27653: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        koreaiEmulator: () => (
          /* binding */
          koreaiEmulator
        )
      });
      var http_helpers = __webpack_require__(9415);
      var router = __webpack_require__(20318);
      ;
      function deployRoutes(router2, store) {
        router2.on("POST", "/api/public/workflows/:id/deploy", (c) => deploy(store, c.req, c.res, c.params.id));
        router2.on("POST", "/api/public/workflows/:id/undeploy", (c) => undeploy(store, c.req, c.res, c.params.id));
        router2.on("POST", "/api/public/workflow/:id/undeploy", (c) => undeploy(store, c.req, c.res, c.params.id));
      }
      async function deploy(store, req, res, id2) {
        const body = await (0, http_helpers.nE)(req);
        const workflow = store.workflows.get(id2);
        if (!workflow)
          return (0, http_helpers.jD)(res, 404, { errors: [{ msg: `Workflow ${id2} not found`, code: 404 }] });
        if (typeof body?.isAsync !== "boolean")
          return (0, http_helpers.jD)(res, 400, { errors: [{ msg: "isAsync (boolean) is required", code: 400 }] });
        workflow.deployed = true;
        const job = store.newJob(id2, "DEPLOY", true);
        (0, http_helpers.jD)(res, 200, { "dock-statusId": job.id, workflowId: id2, jobType: "WORKFLOWS", action: "DEPLOY", status: "SUCCESS" });
      }
      function undeploy(store, req, res, id2) {
        req.resume();
        const workflow = store.workflows.get(id2);
        if (!workflow)
          return (0, http_helpers.jD)(res, 404, { errors: [{ msg: `Workflow ${id2} not found`, code: 404 }] });
        workflow.deployed = false;
        const job = store.newJob(id2, "UNDEPLOY", true);
        (0, http_helpers.jD)(res, 200, { dockStatusId: job.id, workflowId: id2, jobType: "WORKFLOWS", action: "UNDEPLOY", status: "SUCCESS" });
      }
      ;
      const SANDBOX_API_KEY = "kg-sandbox-5c1e7a2f-flowferry";
      const SEEDED_WORKFLOW_ID = "a-7d2c4f0e-3b1a-4c8e-9f6d-0a5b1c2d3e4f";
      const SEEDED_FLOW_ID = "cf-1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b";
      const SEEDED_SECRET_VALUE = "erp-staging-token-8c41d2";
      const SEEDED_WORKFLOW_NAME = "Invoice triage";
      const SEEDED_VERSIONS = 3;
      function seededDocuments() {
        return {
          flowData: {
            name: SEEDED_WORKFLOW_NAME,
            nodes: [
              { id: "start", type: "start", outputs: ["classify"] },
              { id: "classify", type: "ai", model: "gpt-4o", prompt: "Classify the invoice: {{input.text}}", timeoutSeconds: 30, outputs: ["route"] },
              { id: "route", type: "condition", expression: 'classify.label == "urgent"', outputs: ["notify", "end"] },
              {
                id: "notify",
                type: "api",
                method: "POST",
                url: "{{env.ERP_BASE_URL}}/alerts",
                headers: { Authorization: "Bearer {{env.ERP_API_TOKEN}}" },
                outputs: ["end"]
              },
              { id: "end", type: "end" }
            ]
          },
          workflowData: {
            name: SEEDED_WORKFLOW_NAME,
            description: "Sorts incoming invoices and alerts the ERP on urgent ones",
            version: "v3",
            guardrails: [],
            updatedAt: "2026-11-20T09:30:00Z"
          },
          envVariables: [
            { key: "ERP_BASE_URL", value: "https://erp.staging.example.com", isSecured: false },
            { key: "ERP_API_TOKEN", value: SEEDED_SECRET_VALUE, isSecured: true }
          ]
        };
      }
      ;
      function defaultSettings() {
        return {
          apiKey: SANDBOX_API_KEY,
          downloadOrigin: "same",
          immediateExisting: true,
          singleUploadLimit: 25e6,
          requireFlowId: false,
          percentages: true,
          stall: null,
          recordDownloadUrl: true,
          exportContentType: "json",
          deployedParent: "required"
        };
      }
      const settingNames = Object.keys(defaultSettings());
      function applySettings(settings, config) {
        for (const key of Object.keys(settings)) {
          if (config[key] !== void 0)
            settings[key] = config[key];
        }
      }
      var external_node_crypto_ = __webpack_require__(77598);
      var external_node_fs_ = __webpack_require__(73024);
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var promises_ = __webpack_require__(46466);
      var yazl = __webpack_require__(93044);
      ;
      const CHECK_LIMIT = 32 * 1024 * 1024;
      class KoreaiStore {
        options;
        settings;
        files = /* @__PURE__ */ new Map();
        sessions = /* @__PURE__ */ new Map();
        workflows = /* @__PURE__ */ new Map();
        jobs = /* @__PURE__ */ new Map();
        constructor(options, settings) {
          this.options = options;
          this.settings = settings;
          this.workflows.set(SEEDED_WORKFLOW_ID, {
            id: SEEDED_WORKFLOW_ID,
            name: SEEDED_WORKFLOW_NAME,
            flowId: SEEDED_FLOW_ID,
            documents: writeDocuments(options.storageDir, seededDocuments()),
            versions: SEEDED_VERSIONS,
            deployed: true
          });
        }
        /** Keeps an uploaded file; the reply gives its id and a signed media link, as the platform's does. */
        storeFile(filePath, name, size) {
          const id2 = (0, external_node_crypto_.randomBytes)(12).toString("hex");
          this.files.set(id2, { id: id2, path: filePath, name, size });
          const ext = external_node_path_default().extname(name).slice(1) || "bin";
          return {
            url: `${this.options.baseUrl()}/api/getMediaStream/orgFiles/f-${(0, external_node_crypto_.randomUUID)()}.${ext}?e=${Date.now() + 36e5}&n=1&del=false&s=${signature(id2)}&fileName=${encodeURIComponent(name)}`,
            fileId: id2
          };
        }
        newWorkflow(name) {
          const workflow = {
            id: `a-${(0, external_node_crypto_.randomUUID)()}`,
            name,
            flowId: `cf-${(0, external_node_crypto_.randomUUID)()}`,
            documents: writeDocuments(this.options.storageDir, { flowData: {}, workflowData: {}, envVariables: [] }),
            versions: 0,
            // An imported workflow lands "In Development" (Kore.ai's import guide), not deployed.
            deployed: false
          };
          this.workflows.set(workflow.id, workflow);
          return workflow;
        }
        newJob(workflowId, action, immediate) {
          const job = {
            id: `ds-${(0, external_node_crypto_.randomUUID)()}`,
            workflowId,
            action,
            createdAt: this.options.clock.now(),
            durationMs: immediate ? 0 : this.options.jobs.durationMs,
            outcome: immediate && this.options.jobs.outcome === "endless" ? "success" : this.options.jobs.outcome
          };
          this.jobs.set(job.id, job);
          return job;
        }
        exportJob(exportJobId) {
          return [...this.jobs.values()].find((j) => j.exportJobId === exportJobId);
        }
        /** The dock-status record, computed from the job's age on the sandbox clock. */
        record(job) {
          const elapsed = this.options.clock.now() - job.createdAt;
          let status = "IN_PROGRESS";
          if (job.outcome !== "endless" && elapsed >= job.durationMs) {
            if (job.outcome === "success" && job.apply && !job.applied && !job.failed) {
              if (job.apply())
                job.applied = true;
              else
                job.failed = true;
            }
            status = job.outcome === "failed" || job.failed ? "FAILED" : "SUCCESS";
          }
          const record = {
            _id: job.id,
            workflowId: job.workflowId,
            jobType: "WORKFLOWS",
            action: job.action,
            status
          };
          if (this.settings.percentages) {
            const share = elapsed / Math.max(1, job.durationMs);
            const stall = this.settings.stall;
            const percent = stall ? Math.min(1, share / stall.after) * stall.percent : share * 100;
            record.percentageComplete = status === "SUCCESS" ? 100 : job.outcome === "endless" ? 42 : Math.min(99, Math.floor(percent));
          }
          if (job.downloadUrl && this.settings.recordDownloadUrl)
            record.response = { downloadUrl: job.downloadUrl };
          return record;
        }
        /** The state as JSON, for tests (`GET /__sandbox/state`). */
        state() {
          return {
            workflows: [...this.workflows.values()].map((w) => ({
              id: w.id,
              name: w.name,
              flowId: w.flowId,
              versions: w.versions,
              deployed: w.deployed,
              documents: Object.fromEntries(Object.entries(w.documents).map(([role, file]) => [role, readSmallJson(file)]))
            })),
            jobs: [...this.jobs.values()].map((job) => ({ ...this.record(job), outcome: job.outcome })),
            files: this.files.size
          };
        }
      }
      function signature(value) {
        return Buffer.from(`sig:${value}`).toString("base64url").slice(0, 24);
      }
      async function writePackage(file, documents) {
        const zip = new yazl.u();
        const add = (file2, name) => zip.addFile(file2, name, { compress: (0, external_node_fs_.statSync)(file2).size <= CHECK_LIMIT });
        add(documents.flowData, "flow_definition.json");
        add(documents.workflowData, "app_definition.json");
        add(documents.envVariables, "env_variables.json");
        zip.end();
        await (0, promises_.pipeline)(zip.outputStream, (0, external_node_fs_.createWriteStream)(file));
      }
      function writeDocuments(dir, documents) {
        const out = {};
        for (const [role, value] of Object.entries(documents)) {
          out[role] = external_node_path_default().join(dir, `${role}-${(0, external_node_crypto_.randomUUID)()}.json`);
          (0, external_node_fs_.writeFileSync)(out[role], `${JSON.stringify(value, null, 2)}
`);
        }
        return out;
      }
      function isJsonFile(file) {
        try {
          if ((0, external_node_fs_.statSync)(file).size > CHECK_LIMIT)
            return true;
          JSON.parse((0, external_node_fs_.readFileSync)(file, "utf8"));
          return true;
        } catch {
          return false;
        }
      }
      function readSmallJson(file) {
        if ((0, external_node_fs_.statSync)(file).size > CHECK_LIMIT)
          return "(large document)";
        return JSON.parse((0, external_node_fs_.readFileSync)(file, "utf8"));
      }
      var external_node_fs_promises_ = __webpack_require__(51455);
      ;
      function uploadRoutes(router2, store) {
        router2.on("POST", "/api/public/files", (c) => uploadSingle(store, c.req, c.res));
        router2.on("POST", "/api/public/files/session/start", (c) => startSession(store, c.req, c.res));
        router2.on("POST", "/api/public/files/session/:sessionId/complete", (c) => completeSession(store, c.res, c.params.sessionId));
        router2.on("POST", "/api/public/files/session/:sessionId", (c) => uploadChunk(store, c.req, c.res, c.params.sessionId));
      }
      async function uploadSingle(store, req, res) {
        const { fields, files } = await (0, http_helpers.N7)(req, store.options.storageDir);
        const file = files.find((f) => f.field === "file");
        if (!file || !fields.fileContext) {
          for (const f of files)
            await (0, external_node_fs_promises_.rm)(f.path, { force: true });
          return (0, http_helpers.jD)(res, 400, { errors: [{ msg: "file and fileContext are required", code: 400 }] });
        }
        if (file.size >= store.settings.singleUploadLimit) {
          await (0, external_node_fs_promises_.rm)(file.path, { force: true });
          return (0, http_helpers.jD)(res, 413, { errors: [{ msg: "File is 25 MB or larger; use the chunked upload session", code: 413 }] });
        }
        (0, http_helpers.jD)(res, 200, store.storeFile(file.path, file.filename, file.size));
      }
      async function startSession(store, req, res) {
        const body = await (0, http_helpers.nE)(req);
        const missing = ["fileContext", "totalChunks", "fileExtension", "fileName", "fileSize"].filter((k) => body?.[k] === void 0);
        if (!body || missing.length > 0)
          return (0, http_helpers.jD)(res, 400, { errors: [{ msg: `Missing fields: ${missing.join(", ")}`, code: 400 }] });
        const sessionId = (0, external_node_crypto_.randomUUID)();
        store.sessions.set(sessionId, {
          fileName: String(body.fileName),
          fileSize: Number(body.fileSize),
          totalChunks: Number(body.totalChunks),
          chunks: /* @__PURE__ */ new Map()
        });
        (0, http_helpers.jD)(res, 200, { sessionId, expirationDate: new Date(store.options.clock.now() + 36e5).toISOString() });
      }
      async function uploadChunk(store, req, res, sessionId) {
        const session = store.sessions.get(sessionId);
        const { fields, files } = await (0, http_helpers.N7)(req, store.options.storageDir);
        const file = files.find((f) => f.field === "file");
        const number = Number(fields.chunkNumber);
        if (!session || !file || !Number.isInteger(number) || number < 0 || number >= (session?.totalChunks ?? 0)) {
          for (const f of files)
            await (0, external_node_fs_promises_.rm)(f.path, { force: true });
          return (0, http_helpers.jD)(res, session ? 400 : 404, { errors: [{ msg: session ? "Invalid chunk" : "Unknown upload session", code: session ? 400 : 404 }] });
        }
        const previous = session.chunks.get(number);
        if (previous)
          await (0, external_node_fs_promises_.rm)(previous, { force: true });
        session.chunks.set(number, file.path);
        (0, http_helpers.jD)(res, 200, { chunkNumber: String(number), sessionId });
      }
      async function completeSession(store, res, sessionId) {
        const session = store.sessions.get(sessionId);
        if (!session)
          return (0, http_helpers.jD)(res, 404, { errors: [{ msg: "Unknown upload session", code: 404 }] });
        const missing = [...Array(session.totalChunks).keys()].filter((n) => !session.chunks.has(n));
        if (missing.length > 0)
          return (0, http_helpers.jD)(res, 400, { errors: [{ msg: `Missing chunks: ${missing.join(", ")}`, code: 400 }] });
        const merged = external_node_path_default().join(store.options.storageDir, `merged-${(0, external_node_crypto_.randomUUID)()}`);
        for (let n = 0; n < session.totalChunks; n++) {
          await (0, promises_.pipeline)((0, external_node_fs_.createReadStream)(session.chunks.get(n)), (0, external_node_fs_.createWriteStream)(merged, { flags: "a" }));
          await (0, external_node_fs_promises_.rm)(session.chunks.get(n), { force: true });
        }
        const { size } = await (0, external_node_fs_promises_.stat)(merged);
        store.sessions.delete(sessionId);
        if (size !== session.fileSize) {
          await (0, external_node_fs_promises_.rm)(merged, { force: true });
          return (0, http_helpers.jD)(res, 400, { errors: [{ msg: `Merged size ${size} does not match fileSize ${session.fileSize}`, code: 400 }] });
        }
        (0, http_helpers.jD)(res, 200, store.storeFile(merged, session.fileName, size));
      }
      ;
      function workflowRoutes(router2, store) {
        router2.on("POST", "/api/public/workflows/import", (c) => importNew(store, c.req, c.res));
        router2.on("POST", "/api/public/workflows/:id/import", (c) => importExisting(store, c.req, c.res, c.params.id));
        router2.on("POST", "/api/public/workflows/:id/export", (c) => startExport(store, c.req, c.res, c.url, c.params.id));
        router2.on("POST", "/api/public/workflow/:id/export", (c) => startExport(store, c.req, c.res, c.url, c.params.id));
        router2.on("GET", "/api/public/dock-status/:id", (c) => dockStatus(store, c.res, c.params.id));
        router2.on("GET", "/api/v1/account/exports/:exportJobId", (c) => download(store, c.res, c.params.exportJobId));
      }
      const FILE_KEYS = ["workflowDataFileId", "flowDataFileId", "envVariablesFileId"];
      async function importNew(store, req, res) {
        const body = await (0, http_helpers.nE)(req);
        const missing = ["workflowDataFileId", "flowDataFileId", "workflowName"].filter((k) => typeof body?.[k] !== "string" || body[k] === "");
        if (!body || missing.length > 0)
          return (0, http_helpers.jD)(res, 400, { errors: [{ msg: `Missing fields: ${missing.join(", ")}`, code: 400 }] });
        const unknown = unknownFiles(store, body);
        if (unknown)
          return (0, http_helpers.jD)(res, 400, { errors: [{ msg: `Invalid file id: ${unknown}`, code: 400 }] });
        const name = String(body.workflowName);
        if ([...store.workflows.values()].some((w) => w.name === name)) {
          return (0, http_helpers.jD)(res, 400, { errors: [{ msg: `A workflow named "${name}" already exists`, code: 400 }] });
        }
        const workflow = store.newWorkflow(name);
        const job = store.newJob(workflow.id, "IMPORT", false);
        job.apply = importer(store, workflow, body);
        (0, http_helpers.jD)(res, 200, { dockStatusId: job.id, workflowId: workflow.id, jobType: "WORKFLOWS", action: "IMPORT", status: "IN_PROGRESS" });
      }
      async function importExisting(store, req, res, id2) {
        const body = await (0, http_helpers.nE)(req);
        const workflow = store.workflows.get(id2);
        if (!workflow)
          return (0, http_helpers.jD)(res, 404, { errors: [{ msg: `Workflow ${id2} not found`, code: 404 }] });
        const missing = FILE_KEYS.filter((k) => typeof body?.[k] !== "string" || body[k] === "");
        if (!body || missing.length > 0)
          return (0, http_helpers.jD)(res, 400, { errors: [{ msg: `Missing fields: ${missing.join(", ")}`, code: 400 }] });
        const unknown = unknownFiles(store, body);
        if (unknown)
          return (0, http_helpers.jD)(res, 400, { errors: [{ msg: `Invalid file id: ${unknown}`, code: 400 }] });
        const job = store.newJob(id2, "IMPORT", store.settings.immediateExisting);
        const undeployed = !workflow.deployed && store.settings.deployedParent === "required";
        job.apply = undeployed ? () => false : importer(store, workflow, body);
        const record = store.record(job);
        (0, http_helpers.jD)(res, 200, { dockStatusId: job.id, workflowId: id2, jobType: "WORKFLOWS", action: "IMPORT", status: record.status });
      }
      function importer(store, workflow, body) {
        const fileFor = (key) => {
          const id2 = body[key];
          return id2 === void 0 ? void 0 : store.files.get(String(id2))?.path;
        };
        const incoming = {
          flowData: fileFor("flowDataFileId"),
          workflowData: fileFor("workflowDataFileId"),
          envVariables: fileFor("envVariablesFileId") ?? workflow.documents.envVariables
        };
        return () => {
          for (const file of Object.values(incoming))
            if (!isJsonFile(file))
              return false;
          workflow.documents = incoming;
          workflow.versions++;
          return true;
        };
      }
      function unknownFiles(store, body) {
        return FILE_KEYS.find((k) => body[k] !== void 0 && !store.files.has(String(body[k])));
      }
      async function startExport(store, req, res, url, id2) {
        req.resume();
        const contentType = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
        if (store.settings.exportContentType === "json" && contentType !== "application/json") {
          return (0, http_helpers.jD)(res, 415, { errors: [{ msg: `Unsupported Media Type: expected application/json, got ${contentType || "none"}`, code: 415 }] });
        }
        const workflow = store.workflows.get(id2);
        if (!workflow)
          return (0, http_helpers.jD)(res, 404, { errors: [{ msg: `Workflow ${id2} not found`, code: 404 }] });
        const flowId = url.searchParams.get("flowId");
        if (store.settings.requireFlowId && !flowId)
          return (0, http_helpers.jD)(res, 400, { errors: [{ msg: "flowId is required", code: 400 }] });
        if (flowId && flowId !== workflow.flowId)
          return (0, http_helpers.jD)(res, 400, { errors: [{ msg: `Unknown flowId ${flowId}`, code: 400 }] });
        const job = store.newJob(id2, "EXPORT", false);
        job.exportJobId = `workflow-ej-${(0, external_node_crypto_.randomUUID)()}`;
        job.packageName = `${workflow.name}.zip`;
        job.packageFile = external_node_path_default().join(store.options.storageDir, `${job.exportJobId}.zip`);
        await writePackage(job.packageFile, workflow.documents);
        job.downloadUrl = store.settings.downloadOrigin === "foreign" ? `${store.options.foreignUrl()}/exports/${job.exportJobId}.zip?s=${signature(job.exportJobId)}` : `${store.options.baseUrl()}/api/v1/account/exports/${job.exportJobId}`;
        (0, http_helpers.jD)(res, 200, {
          "dock-statusId": job.id,
          workflowId: id2,
          jobType: "WORKFLOWS",
          action: "EXPORT",
          status: "IN_PROGRESS",
          exportJobId: job.exportJobId,
          response: { downloadUrl: ` ${job.downloadUrl}` }
        });
      }
      function dockStatus(store, res, id2) {
        const job = store.jobs.get(id2);
        if (!job)
          return (0, http_helpers.jD)(res, 404, { errors: [{ msg: `Dock status ${id2} not found`, code: 404 }] });
        (0, http_helpers.jD)(res, 200, store.record(job));
      }
      async function download(store, res, exportJobId) {
        const job = store.exportJob(exportJobId);
        if (!job)
          return (0, http_helpers.jD)(res, 404, { errors: [{ msg: "Export not found", code: 404 }] });
        await sendPackage(store, job, res);
      }
      async function sendPackage(store, job, res) {
        if (store.record(job).status !== "SUCCESS")
          return (0, http_helpers.jD)(res, 404, { errors: [{ msg: "Export not ready", code: 404 }] });
        const { size } = await (0, external_node_fs_promises_.stat)(job.packageFile);
        res.writeHead(200, {
          "content-type": "application/zip",
          "content-length": size,
          "content-disposition": `attachment; filename="${job.packageName}"`
        });
        await (0, promises_.pipeline)((0, external_node_fs_.createReadStream)(job.packageFile), res).catch(() => res.destroy());
      }
      ;
      const koreaiEmulator = {
        settingNames,
        create: (options) => new KoreaiEmulator(options)
      };
      class KoreaiEmulator {
        settings = defaultSettings();
        store;
        router = new router.I();
        constructor(options) {
          this.configure(options.config);
          this.store = new KoreaiStore(options, this.settings);
          uploadRoutes(this.router, this.store);
          workflowRoutes(this.router, this.store);
          deployRoutes(this.router, this.store);
        }
        get inputs() {
          return { "api-key": this.settings.apiKey };
        }
        demo = {
          export: { "workflow-id": SEEDED_WORKFLOW_ID, "flow-id": SEEDED_FLOW_ID },
          import: { "workflow-name": "Invoice triage (production)" },
          vars: { ERP_API_TOKEN: "erp-production-token-5e0a77" }
        };
        secrets() {
          return [this.settings.apiKey, SEEDED_SECRET_VALUE, ...Object.values(this.demo.vars)];
        }
        calls = {
          import: { method: "POST", path: "/api/public/workflows/import", idempotent: false },
          export: { method: "POST", path: "/export", idempotent: false },
          download: { method: "GET", path: "/api/v1/account/exports/", idempotent: true },
          status: { method: "GET", path: "/api/public/dock-status/", idempotent: true }
        };
        configure(config) {
          applySettings(this.settings, config);
        }
        state() {
          return this.store.state();
        }
        async handle(req, res, url) {
          if ((0, http_helpers.wx)(req, "x-api-key") !== this.settings.apiKey) {
            req.resume();
            return (0, http_helpers.jD)(res, 401, { errors: [{ msg: "Invalid or missing API key", code: 401 }] });
          }
          if (!await this.router.dispatch(req, res, url)) {
            req.resume();
            (0, http_helpers.jD)(res, 404, { errors: [{ msg: `No such API: ${req.method} ${url.pathname}`, code: 404 }] });
          }
        }
        /** Signed download links on the other origin: valid without the API key. */
        async handleForeign(_req, res, url) {
          const match = /^\/exports\/([^/]+)\.zip$/.exec(url.pathname);
          const job = match ? this.store.exportJob(match[1]) : void 0;
          if (!job || url.searchParams.get("s") !== signature(job.exportJobId)) {
            return (0, http_helpers.jD)(res, 403, { errors: [{ msg: "Link invalid or expired", code: 403 }] });
          }
          await sendPackage(this.store, job, res);
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
