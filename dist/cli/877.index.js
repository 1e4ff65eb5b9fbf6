export const id = 877;
export const ids = [877];
export const modules = {

/***/ 85877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SANDBOX_API_KEY: () => (/* binding */ SANDBOX_API_KEY),
/* harmony export */   SEEDED_FLOW_ID: () => (/* binding */ SEEDED_FLOW_ID),
/* harmony export */   SEEDED_SECRET_VALUE: () => (/* binding */ SEEDED_SECRET_VALUE),
/* harmony export */   SEEDED_WORKFLOW_ID: () => (/* binding */ SEEDED_WORKFLOW_ID),
/* harmony export */   koreaiEmulator: () => (/* binding */ koreaiEmulator)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var yazl__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93044);
/* harmony import */ var _http_helpers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9415);
/* harmony import */ var _router_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20318);








/**
 * Kore.ai AI for Process as its documentation describes it (../shared/reference/koreai-leapwork.md
 * part A), quirks included: the import reply spells `dockStatusId`, the export reply
 * `dock-statusId` with the link under `response.downloadUrl` (with the sample's leading space);
 * both export paths (`workflow` and `workflows`) answer; import into an existing workflow
 * answers `SUCCESS` at once, as the documented sample does.
 *
 * Where the documentation is silent, the behaviour is a setting (`POST /__sandbox/config`):
 *   apiKey               the key that is accepted (default below)
 *   downloadOrigin       'same' (default; the link needs the API key) or 'foreign' (a signed
 *                        link on another origin that must not receive the key)
 *   immediateExisting    import into an existing workflow ends at once (default true)
 *   singleUploadLimit    bytes a single upload may have (default 25,000,000)
 *   requireFlowId        refuse an export without ?flowId= (default false: the sample sends none)
 *   percentages          report percentageComplete on dock records (default true)
 *   recordDownloadUrl    dock records of an export carry response.downloadUrl (default true; the
 *                        Get Dock Status page documents no such field, only the export reply has it)
 */
const SANDBOX_API_KEY = 'kg-sandbox-5c1e7a2f-flowferry';
const SEEDED_WORKFLOW_ID = 'a-7d2c4f0e-3b1a-4c8e-9f6d-0a5b1c2d3e4f';
const SEEDED_FLOW_ID = 'cf-1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b';
const SEEDED_SECRET_VALUE = 'erp-staging-token-8c41d2';
const koreaiEmulator = {
    create: (options) => new KoreaiEmulator(options),
};
class KoreaiEmulator {
    options;
    config;
    files = new Map();
    sessions = new Map();
    workflows = new Map();
    jobs = new Map();
    router = new _router_js__WEBPACK_IMPORTED_MODULE_7__/* .Router */ .I();
    constructor(options) {
        this.options = options;
        this.config = {
            apiKey: SANDBOX_API_KEY,
            downloadOrigin: 'same',
            immediateExisting: true,
            singleUploadLimit: 25_000_000,
            requireFlowId: false,
            percentages: true,
            recordDownloadUrl: true,
        };
        this.configure(options.config);
        this.workflows.set(SEEDED_WORKFLOW_ID, seededWorkflow(options.storageDir));
        this.routes();
    }
    get inputs() {
        return { 'api-key': this.config.apiKey };
    }
    demo = {
        export: { 'workflow-id': SEEDED_WORKFLOW_ID, 'flow-id': SEEDED_FLOW_ID },
        import: { 'workflow-name': 'Invoice triage (production)' },
        vars: { ERP_API_TOKEN: 'erp-production-token-5e0a77' },
    };
    secrets() {
        return [this.config.apiKey, SEEDED_SECRET_VALUE, ...Object.values(this.demo.vars)];
    }
    calls = {
        import: { method: 'POST', path: '/api/public/workflows/import', idempotent: false },
        export: { method: 'POST', path: '/export', idempotent: false },
        download: { method: 'GET', path: '/api/v1/account/exports/', idempotent: true },
        status: { method: 'GET', path: '/api/public/dock-status/', idempotent: true },
    };
    configure(config) {
        for (const key of Object.keys(this.config)) {
            if (config[key] !== undefined)
                this.config[key] = config[key];
        }
    }
    state() {
        return {
            workflows: [...this.workflows.values()].map((w) => ({
                id: w.id,
                name: w.name,
                flowId: w.flowId,
                versions: w.versions,
                documents: Object.fromEntries(Object.entries(w.documents).map(([role, file]) => [role, readSmallJson(file)])),
            })),
            jobs: [...this.jobs.values()].map((job) => ({ ...this.record(job), outcome: job.outcome })),
            files: this.files.size,
        };
    }
    async handle(req, res, url) {
        if ((0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .header */ .wx)(req, 'x-api-key') !== this.config.apiKey) {
            req.resume();
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 401, { errors: [{ msg: 'Invalid or missing API key', code: 401 }] });
        }
        if (!(await this.router.dispatch(req, res, url))) {
            req.resume();
            (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 404, { errors: [{ msg: `No such API: ${req.method} ${url.pathname}`, code: 404 }] });
        }
    }
    /** Signed download links on the other origin: valid without the API key. */
    async handleForeign(_req, res, url) {
        const match = /^\/exports\/([^/]+)\.zip$/.exec(url.pathname);
        const job = match ? [...this.jobs.values()].find((j) => j.exportJobId === match[1]) : undefined;
        if (!job || url.searchParams.get('s') !== signature(job.exportJobId)) {
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 403, { errors: [{ msg: 'Link invalid or expired', code: 403 }] });
        }
        await this.sendPackage(job, res);
    }
    routes() {
        const r = this.router;
        r.on('POST', '/api/public/files', (c) => this.uploadSingle(c.req, c.res));
        r.on('POST', '/api/public/files/session/start', (c) => this.startSession(c.req, c.res));
        r.on('POST', '/api/public/files/session/:sessionId/complete', (c) => this.completeSession(c.res, c.params.sessionId));
        r.on('POST', '/api/public/files/session/:sessionId', (c) => this.uploadChunk(c.req, c.res, c.params.sessionId));
        r.on('POST', '/api/public/workflows/import', (c) => this.importNew(c.req, c.res));
        r.on('POST', '/api/public/workflows/:id/import', (c) => this.importExisting(c.req, c.res, c.params.id));
        r.on('POST', '/api/public/workflows/:id/export', (c) => this.startExport(c.req, c.res, c.url, c.params.id));
        r.on('POST', '/api/public/workflow/:id/export', (c) => this.startExport(c.req, c.res, c.url, c.params.id));
        r.on('GET', '/api/public/dock-status/:id', (c) => this.dockStatus(c.res, c.params.id));
        r.on('GET', '/api/v1/account/exports/:exportJobId', (c) => this.download(c.res, c.params.exportJobId));
    }
    async uploadSingle(req, res) {
        const { fields, files } = await (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .readMultipart */ .N7)(req, this.options.storageDir);
        const file = files.find((f) => f.field === 'file');
        if (!file || !fields.fileContext) {
            for (const f of files)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(f.path, { force: true });
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 400, { errors: [{ msg: 'file and fileContext are required', code: 400 }] });
        }
        if (file.size >= this.config.singleUploadLimit) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(file.path, { force: true });
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 413, { errors: [{ msg: 'File is 25 MB or larger; use the chunked upload session', code: 413 }] });
        }
        (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 200, this.storeFile(file.path, file.filename, file.size));
    }
    storeFile(filePath, name, size) {
        const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex');
        this.files.set(id, { id, path: filePath, name, size });
        const ext = node_path__WEBPACK_IMPORTED_MODULE_3___default().extname(name).slice(1) || 'bin';
        return {
            url: `${this.options.baseUrl()}/api/getMediaStream/orgFiles/f-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.${ext}?e=${Date.now() + 3_600_000}&n=1&del=false&s=${signature(id)}&fileName=${encodeURIComponent(name)}`,
            fileId: id,
        };
    }
    async startSession(req, res) {
        const body = (await (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .readJsonBody */ .nE)(req));
        const missing = ['fileContext', 'totalChunks', 'fileExtension', 'fileName', 'fileSize'].filter((k) => body?.[k] === undefined);
        if (!body || missing.length > 0)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 400, { errors: [{ msg: `Missing fields: ${missing.join(', ')}`, code: 400 }] });
        const sessionId = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
        this.sessions.set(sessionId, {
            fileName: String(body.fileName),
            fileSize: Number(body.fileSize),
            totalChunks: Number(body.totalChunks),
            chunks: new Map(),
        });
        (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 200, { sessionId, expirationDate: new Date(this.options.clock.now() + 3_600_000).toISOString() });
    }
    async uploadChunk(req, res, sessionId) {
        const session = this.sessions.get(sessionId);
        const { fields, files } = await (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .readMultipart */ .N7)(req, this.options.storageDir);
        const file = files.find((f) => f.field === 'file');
        const number = Number(fields.chunkNumber);
        if (!session || !file || !Number.isInteger(number) || number < 0 || number >= (session?.totalChunks ?? 0)) {
            for (const f of files)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(f.path, { force: true });
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, session ? 400 : 404, { errors: [{ msg: session ? 'Invalid chunk' : 'Unknown upload session', code: session ? 400 : 404 }] });
        }
        const previous = session.chunks.get(number);
        if (previous)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(previous, { force: true });
        session.chunks.set(number, file.path);
        (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 200, { chunkNumber: String(number), sessionId });
    }
    async completeSession(res, sessionId) {
        const session = this.sessions.get(sessionId);
        if (!session)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 404, { errors: [{ msg: 'Unknown upload session', code: 404 }] });
        const missing = [...Array(session.totalChunks).keys()].filter((n) => !session.chunks.has(n));
        if (missing.length > 0)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 400, { errors: [{ msg: `Missing chunks: ${missing.join(', ')}`, code: 400 }] });
        const merged = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.options.storageDir, `merged-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
        for (let n = 0; n < session.totalChunks; n++) {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(session.chunks.get(n)), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(merged, { flags: 'a' }));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(session.chunks.get(n), { force: true });
        }
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(merged);
        this.sessions.delete(sessionId);
        if (size !== session.fileSize) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(merged, { force: true });
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 400, { errors: [{ msg: `Merged size ${size} does not match fileSize ${session.fileSize}`, code: 400 }] });
        }
        (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 200, this.storeFile(merged, session.fileName, size));
    }
    async importNew(req, res) {
        const body = (await (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .readJsonBody */ .nE)(req));
        const missing = ['workflowDataFileId', 'flowDataFileId', 'workflowName'].filter((k) => typeof body?.[k] !== 'string' || body[k] === '');
        if (!body || missing.length > 0)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 400, { errors: [{ msg: `Missing fields: ${missing.join(', ')}`, code: 400 }] });
        const unknown = this.unknownFiles(body, ['workflowDataFileId', 'flowDataFileId', 'envVariablesFileId']);
        if (unknown)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 400, { errors: [{ msg: `Invalid file id: ${unknown}`, code: 400 }] });
        const name = String(body.workflowName);
        if ([...this.workflows.values()].some((w) => w.name === name)) {
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 400, { errors: [{ msg: `A workflow named "${name}" already exists`, code: 400 }] });
        }
        const workflow = {
            id: `a-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
            name,
            flowId: `cf-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
            documents: writeDocuments(this.options.storageDir, { flowData: {}, workflowData: {}, envVariables: [] }),
            versions: 0,
        };
        this.workflows.set(workflow.id, workflow);
        const job = this.newJob(workflow.id, 'IMPORT', false);
        job.apply = this.importer(workflow, body);
        (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 200, { dockStatusId: job.id, workflowId: workflow.id, jobType: 'WORKFLOWS', action: 'IMPORT', status: 'IN_PROGRESS' });
    }
    async importExisting(req, res, id) {
        const body = (await (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .readJsonBody */ .nE)(req));
        const workflow = this.workflows.get(id);
        if (!workflow)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 404, { errors: [{ msg: `Workflow ${id} not found`, code: 404 }] });
        const missing = ['workflowDataFileId', 'flowDataFileId', 'envVariablesFileId'].filter((k) => typeof body?.[k] !== 'string' || body[k] === '');
        if (!body || missing.length > 0)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 400, { errors: [{ msg: `Missing fields: ${missing.join(', ')}`, code: 400 }] });
        const unknown = this.unknownFiles(body, ['workflowDataFileId', 'flowDataFileId', 'envVariablesFileId']);
        if (unknown)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 400, { errors: [{ msg: `Invalid file id: ${unknown}`, code: 400 }] });
        const job = this.newJob(id, 'IMPORT', this.config.immediateExisting);
        job.apply = this.importer(workflow, body);
        const record = this.record(job);
        (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 200, { dockStatusId: job.id, workflowId: id, jobType: 'WORKFLOWS', action: 'IMPORT', status: record.status });
    }
    /**
     * The import's effect, applied when the job ends: the uploaded documents replace the workflow's.
     * A document that is not JSON fails the job, as a corrupt file does on the platform (files too
     * big to check cheaply are taken as they are).
     */
    importer(workflow, body) {
        const fileFor = (key) => {
            const id = body[key];
            return id === undefined ? undefined : this.files.get(String(id))?.path;
        };
        const incoming = {
            flowData: fileFor('flowDataFileId'),
            workflowData: fileFor('workflowDataFileId'),
            envVariables: fileFor('envVariablesFileId') ?? workflow.documents.envVariables,
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
    unknownFiles(body, keys) {
        return keys.find((k) => body[k] !== undefined && !this.files.has(String(body[k])));
    }
    async startExport(req, res, url, id) {
        req.resume();
        const workflow = this.workflows.get(id);
        if (!workflow)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 404, { errors: [{ msg: `Workflow ${id} not found`, code: 404 }] });
        const flowId = url.searchParams.get('flowId');
        if (this.config.requireFlowId && !flowId)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 400, { errors: [{ msg: 'flowId is required', code: 400 }] });
        if (flowId && flowId !== workflow.flowId)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 400, { errors: [{ msg: `Unknown flowId ${flowId}`, code: 400 }] });
        const job = this.newJob(id, 'EXPORT', false);
        job.exportJobId = `workflow-ej-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
        job.packageName = `${workflow.name}.zip`;
        job.packageFile = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.options.storageDir, `${job.exportJobId}.zip`);
        await writePackage(job.packageFile, workflow.documents);
        job.downloadUrl =
            this.config.downloadOrigin === 'foreign'
                ? `${this.options.foreignUrl()}/exports/${job.exportJobId}.zip?s=${signature(job.exportJobId)}`
                : `${this.options.baseUrl()}/api/v1/account/exports/${job.exportJobId}`;
        // The documented sample: `dock-statusId`, and a leading space inside the URL.
        (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 200, {
            'dock-statusId': job.id,
            workflowId: id,
            jobType: 'WORKFLOWS',
            action: 'EXPORT',
            status: 'IN_PROGRESS',
            exportJobId: job.exportJobId,
            response: { downloadUrl: ` ${job.downloadUrl}` },
        });
    }
    dockStatus(res, id) {
        const job = this.jobs.get(id);
        if (!job)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 404, { errors: [{ msg: `Dock status ${id} not found`, code: 404 }] });
        (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 200, this.record(job));
    }
    async download(res, exportJobId) {
        const job = [...this.jobs.values()].find((j) => j.exportJobId === exportJobId);
        if (!job)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 404, { errors: [{ msg: 'Export not found', code: 404 }] });
        await this.sendPackage(job, res);
    }
    async sendPackage(job, res) {
        if (this.record(job).status !== 'SUCCESS')
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_6__/* .sendJson */ .jD)(res, 404, { errors: [{ msg: 'Export not ready', code: 404 }] });
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(job.packageFile);
        res.writeHead(200, {
            'content-type': 'application/zip',
            'content-length': size,
            'content-disposition': `attachment; filename="${job.packageName}"`,
        });
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(job.packageFile), res).catch(() => res.destroy());
    }
    newJob(workflowId, action, immediate) {
        const job = {
            id: `ds-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
            workflowId,
            action,
            createdAt: this.options.clock.now(),
            durationMs: immediate ? 0 : this.options.jobs.durationMs,
            outcome: immediate && this.options.jobs.outcome === 'endless' ? 'success' : this.options.jobs.outcome,
        };
        this.jobs.set(job.id, job);
        return job;
    }
    /** The dock-status record, computed from the job's age on the sandbox clock. */
    record(job) {
        const elapsed = this.options.clock.now() - job.createdAt;
        let status = 'IN_PROGRESS';
        if (job.outcome !== 'endless' && elapsed >= job.durationMs) {
            if (job.outcome === 'success' && job.apply && !job.applied && !job.failed) {
                if (job.apply())
                    job.applied = true;
                else
                    job.failed = true;
            }
            status = job.outcome === 'failed' || job.failed ? 'FAILED' : 'SUCCESS';
        }
        const record = {
            _id: job.id,
            workflowId: job.workflowId,
            jobType: 'WORKFLOWS',
            action: job.action,
            status,
        };
        if (this.config.percentages) {
            record.percentageComplete =
                status === 'SUCCESS' ? 100 : job.outcome === 'endless' ? 42 : Math.min(99, Math.floor((elapsed / Math.max(1, job.durationMs)) * 100));
        }
        if (job.downloadUrl && this.config.recordDownloadUrl)
            record.response = { downloadUrl: job.downloadUrl };
        return record;
    }
}
function signature(value) {
    return Buffer.from(`sig:${value}`).toString('base64url').slice(0, 24);
}
async function writePackage(file, documents) {
    const zip = new yazl__WEBPACK_IMPORTED_MODULE_5__/* .ZipFile */ .u();
    // Large documents are stored, not deflated: compressing a gigabyte would be the sandbox's time, not the client's.
    const add = (file, name) => zip.addFile(file, name, { compress: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).size <= CHECK_LIMIT });
    add(documents.flowData, 'flow_definition.json');
    add(documents.workflowData, 'app_definition.json');
    add(documents.envVariables, 'env_variables.json');
    zip.end();
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(zip.outputStream, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(file));
}
function writeDocuments(dir, documents) {
    const out = {};
    for (const [role, value] of Object.entries(documents)) {
        out[role] = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `${role}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.json`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(out[role], `${JSON.stringify(value, null, 2)}\n`);
    }
    return out;
}
/** Documents up to this size are parsed to check them; bigger ones are taken on trust. */
const CHECK_LIMIT = 32 * 1024 * 1024;
function isJsonFile(file) {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).size > CHECK_LIMIT)
            return true;
        JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
        return true;
    }
    catch {
        return false;
    }
}
function readSmallJson(file) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).size > CHECK_LIMIT)
        return '(large document)';
    return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
}
function seededWorkflow(dir) {
    return {
        id: SEEDED_WORKFLOW_ID,
        name: 'Invoice triage',
        flowId: SEEDED_FLOW_ID,
        documents: writeDocuments(dir, {
            flowData: {
                name: 'Invoice triage',
                nodes: [
                    { id: 'start', type: 'start', outputs: ['classify'] },
                    { id: 'classify', type: 'ai', model: 'gpt-4o', prompt: 'Classify the invoice: {{input.text}}', timeoutSeconds: 30, outputs: ['route'] },
                    { id: 'route', type: 'condition', expression: 'classify.label == "urgent"', outputs: ['notify', 'end'] },
                    {
                        id: 'notify',
                        type: 'api',
                        method: 'POST',
                        url: '{{env.ERP_BASE_URL}}/alerts',
                        headers: { Authorization: 'Bearer {{env.ERP_API_TOKEN}}' },
                        outputs: ['end'],
                    },
                    { id: 'end', type: 'end' },
                ],
            },
            workflowData: {
                name: 'Invoice triage',
                description: 'Sorts incoming invoices and alerts the ERP on urgent ones',
                version: 'v3',
                guardrails: [],
                updatedAt: '2026-11-20T09:30:00Z',
            },
            envVariables: [
                { key: 'ERP_BASE_URL', value: 'https://erp.staging.example.com', isSecured: false },
                { key: 'ERP_API_TOKEN', value: SEEDED_SECRET_VALUE, isSecured: true },
            ],
        }),
        versions: 3,
    };
}


/***/ }),

/***/ 20318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ Router)
/* harmony export */ });
/** Method + path patterns (`/api/v4/import/:timeout/:id`) to handlers; enough for a sandbox. */
class Router {
    routes = [];
    on(method, path, handler) {
        const keys = [];
        const source = path
            .split('/')
            .map((segment) => {
            if (segment.startsWith(':')) {
                keys.push(segment.slice(1));
                return '([^/]*)';
            }
            return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
            .join('/');
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
                params[key] = decodeURIComponent(match[i + 1] ?? '');
            });
            await route.handler({ req, res, url, params });
            return true;
        }
        return false;
    }
}


/***/ })

};
