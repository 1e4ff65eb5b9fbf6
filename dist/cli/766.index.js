export const id = 766;
export const ids = [766];
export const modules = {

/***/ 74766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sandboxCommand: () => (/* binding */ sandboxCommand),
/* harmony export */   sandboxUsage: () => (/* binding */ sandboxUsage)
/* harmony export */ });
/* unused harmony export parseFaultSpec */
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _emulators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29227);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84770);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22584);




const sandboxUsage = `flowferry sandbox [options]

Serves every platform's sandbox on loopback until interrupted.

  --port N              first port (platforms take consecutive ports); default 4010
  --host H              default 127.0.0.1
  --platform a,b        only these platforms (${(0,_emulators_js__WEBPACK_IMPORTED_MODULE_1__/* .emulatorNames */ .o)().join(', ')})
  --job-duration D      how long asynchronous jobs run, e.g. 5s (default 1.5s)
  --job-outcome O       success | failed | endless
  --fault SPEC          inject a fault, repeatable: "[METHOD] PATH KIND [xN|always] [retry-after=S] [delay=D]"
                        KIND: ${_faults_js__WEBPACK_IMPORTED_MODULE_2__/* .faultKinds */ .q.join(', ')}
                        e.g. --fault "POST /api/public/workflows/import 429 x2 retry-after=1"

Faults and settings can also be changed while running: POST /__sandbox/faults, /__sandbox/config.`;
/** "[METHOD] PATH KIND [xN|always] [retry-after=S] [delay=D]" → a fault rule. */
function parseFaultSpec(spec) {
    const words = spec.trim().split(/\s+/);
    const rule = {};
    if (/^(GET|POST|PUT|PATCH|DELETE)$/i.test(words[0] ?? ''))
        rule.method = words.shift().toUpperCase();
    rule.path = words.shift();
    const kind = words.shift();
    if (!kind || !_faults_js__WEBPACK_IMPORTED_MODULE_2__/* .faultKinds */ .q.includes(kind)) {
        throw new Error(`--fault "${spec}": the fault kind must be one of ${_faults_js__WEBPACK_IMPORTED_MODULE_2__/* .faultKinds */ .q.join(', ')}`);
    }
    rule.kind = kind;
    for (const word of words) {
        if (word === 'always')
            rule.times = -1;
        else if (/^x\d+$/.test(word))
            rule.times = Number(word.slice(1));
        else if (word.startsWith('retry-after='))
            rule.retryAfter = Number(word.slice('retry-after='.length));
        else if (word.startsWith('delay='))
            rule.delayMs = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(word.slice('delay='.length));
        else
            throw new Error(`--fault "${spec}": '${word}' is not understood`);
    }
    return rule;
}
async function sandboxCommand(flags, faults) {
    const names = flags.get('platform')?.split(',').map((name) => name.trim()) ?? (0,_emulators_js__WEBPACK_IMPORTED_MODULE_1__/* .emulatorNames */ .o)();
    const durationMs = flags.has('job-duration') ? (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(flags.get('job-duration')) : undefined;
    const outcome = flags.get('job-outcome');
    const sandbox = await (0,_server_js__WEBPACK_IMPORTED_MODULE_3__/* .startSandbox */ .O)(names, {
        host: flags.get('host'),
        port: Number(flags.get('port') ?? 4010),
        jobs: { ...(durationMs === undefined ? {} : { durationMs }), ...(outcome ? { outcome } : {}) },
        faults: faults.map(parseFaultSpec),
    });
    process.stdout.write('flowferry sandbox: serving (Ctrl-C to stop)\n\n');
    for (const [name, server] of Object.entries(sandbox.servers)) {
        process.stdout.write(`  ${name.padEnd(10)} base-url: ${server.url}\n`);
        for (const [input, value] of Object.entries({ ...server.app.inputs, ...server.app.demo?.export })) {
            process.stdout.write(`  ${''.padEnd(10)} ${input}: ${value}\n`);
        }
    }
    process.stdout.write('\n');
    await new Promise((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
    });
    await sandbox.close();
}


/***/ }),

/***/ 29227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ emulators),
/* harmony export */   o: () => (/* binding */ emulatorNames)
/* harmony export */ });
/**
 * Every platform's emulator, by the `platform` input's value: one line per platform, each loaded
 * only when its sandbox starts. The action never reaches this file (nothing under src/platforms or
 * src/core imports the sandbox), so its bundle carries no emulator; the CLI's does.
 */
const emulators = {
    koreai: async () => (await Promise.all(/* import() */[__webpack_require__.e(44), __webpack_require__.e(653)]).then(__webpack_require__.bind(__webpack_require__, 27653))).koreaiEmulator,
    zuora: async () => (await __webpack_require__.e(/* import() */ 491).then(__webpack_require__.bind(__webpack_require__, 58491))).zuoraEmulator,
    secmaster: async () => (await __webpack_require__.e(/* import() */ 297).then(__webpack_require__.bind(__webpack_require__, 37297))).secmasterEmulator,
    leapwork: async () => (await Promise.all(/* import() */[__webpack_require__.e(44), __webpack_require__.e(611)]).then(__webpack_require__.bind(__webpack_require__, 13611))).leapworkEmulator,
};
function emulatorNames() {
    return Object.keys(emulators);
}


/***/ }),

/***/ 84770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ FaultInjector),
/* harmony export */   q: () => (/* binding */ faultKinds)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_helpers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9415);


/**
 * Fault switches, the same for every platform's sandbox. A rule matches requests by method and
 * path and replaces the platform's answer with a fault, for a number of matching requests.
 */
const faultKinds = [
    '429',
    '500',
    '502',
    '503',
    /** The connection drops as soon as the request line and headers arrive: the body is never read. */
    'reset-before-body',
    /** The request is carried out, then the connection drops instead of the reply: a lost reply. */
    'reset-after-body',
    /** No reply for `delayMs` (default: ten minutes), then the normal one. */
    'stall',
    /** The normal reply after `delayMs`. */
    'slow',
    /** Half of the normal reply, then the connection drops. */
    'truncate',
    /** 200 with a body that is not JSON. */
    'malformed',
];
class FaultInjector {
    rules = [];
    add(rule) {
        if (!faultKinds.includes(rule.kind))
            throw new Error(`unknown fault kind '${rule.kind}'; one of ${faultKinds.join(', ')}`);
        const pattern = rule.path;
        const matcher = pattern === undefined
            ? () => true
            : pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/')
                ? (p) => new RegExp(pattern.slice(1, -1)).test(p)
                : (p) => p.includes(pattern);
        this.rules.push({ ...rule, remaining: rule.times ?? 1, matcher });
    }
    clear() {
        this.rules = [];
    }
    /** The fault for this request, if a rule matches; counts it against the rule. */
    take(method, path) {
        const rule = this.rules.find((r) => r.remaining !== 0 && (r.method === undefined || r.method.toUpperCase() === method) && r.matcher(path));
        if (!rule)
            return undefined;
        if (rule.remaining > 0)
            rule.remaining--;
        return rule;
    }
    /** Answers with the fault, calling `next` for the faults that wrap the normal answer. */
    async apply(rule, req, res, next) {
        switch (rule.kind) {
            case '429':
            case '500':
            case '502':
            case '503': {
                req.resume();
                const status = Number(rule.kind);
                const headers = {};
                if (rule.retryAfter !== undefined)
                    headers['retry-after'] = String(rule.retryAfter);
                if (status === 429)
                    headers['ratelimit-remaining'] = '0';
                if (status === 429 && rule.rateLimitReset !== undefined)
                    headers['ratelimit-reset'] = String(rule.rateLimitReset);
                (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .sendJson */ .jD)(res, status, { message: `sandbox fault: HTTP ${status}` }, headers);
                return;
            }
            case 'reset-before-body':
                req.socket.destroy();
                return;
            case 'reset-after-body':
                dropReply(res);
                await next();
                return;
            case 'stall':
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(rule.delayMs ?? 600_000, undefined, { ref: false }).catch(() => { });
                if (!res.destroyed && !req.socket.destroyed)
                    await next();
                return;
            case 'slow':
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(rule.delayMs ?? 2_000);
                await next();
                return;
            case 'truncate':
                truncateReply(res);
                await next();
                return;
            case 'malformed': {
                req.resume();
                const text = '{"status": "SUCC';
                res.writeHead(200, { 'content-type': 'application/json', 'content-length': text.length });
                res.end(text);
                return;
            }
        }
    }
}
/** The handler runs to the end (the platform did the work); the client gets a dropped connection. */
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
/** Lets half of the announced body through, then drops the connection. */
function truncateReply(res) {
    const socket = res.socket;
    const write = res.write.bind(res);
    let allowed;
    let sent = 0;
    const limit = () => {
        if (allowed === undefined) {
            const length = Number(res.getHeader('content-length'));
            allowed = Number.isFinite(length) && length > 1 ? Math.floor(length / 2) : 1;
        }
        return allowed;
    };
    const pass = (chunk) => {
        if (chunk === undefined || chunk === null)
            return true;
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
        const room = limit() - sent;
        if (room > 0) {
            write(buffer.subarray(0, room));
            sent += Math.min(room, buffer.length);
        }
        if (sent >= limit()) {
            // Give the partial bytes a moment to leave, then cut the connection.
            setImmediate(() => socket?.destroy());
            return false;
        }
        return true;
    };
    res.write = ((chunk) => pass(chunk));
    res.end = ((chunk) => {
        if (typeof chunk !== 'function')
            pass(chunk);
        setImmediate(() => socket?.destroy());
        return res;
    });
}


/***/ }),

/***/ 9415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LK: () => (/* binding */ readFormBody),
/* harmony export */   N7: () => (/* binding */ readMultipart),
/* harmony export */   hc: () => (/* binding */ readRaw),
/* harmony export */   jD: () => (/* binding */ sendJson),
/* harmony export */   nE: () => (/* binding */ readJsonBody),
/* harmony export */   oF: () => (/* binding */ sendText),
/* harmony export */   wx: () => (/* binding */ header)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var busboy__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(680);
/* harmony import */ var busboy__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(busboy__WEBPACK_IMPORTED_MODULE_5__);






function sendJson(res, status, body, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
        ...headers,
    });
    res.end(text);
}
function sendText(res, status, text, headers = {}) {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
}
/** The request body as bytes, gunzipped when the client sent Content-Encoding: gzip. */
async function readRaw(req) {
    const source = /gzip/i.test(String(req.headers['content-encoding'] ?? '')) ? req.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip)()) : req;
    const chunks = [];
    for await (const chunk of source)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
/** JSON body; undefined for an empty or unparsable one (handlers answer 400). */
async function readJsonBody(req) {
    const raw = await readRaw(req);
    if (raw.length === 0)
        return undefined;
    try {
        return JSON.parse(raw.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
async function readFormBody(req) {
    return new URLSearchParams((await readRaw(req)).toString('utf8'));
}
/**
 * Parses a multipart body with busboy, streaming each file part to `dir` (so a 1 GiB upload
 * never sits in memory) while hashing it.
 */
async function readMultipart(req, dir) {
    const fields = {};
    const files = [];
    const pending = [];
    await new Promise((resolve, reject) => {
        let parser;
        try {
            parser = busboy__WEBPACK_IMPORTED_MODULE_5___default()({ headers: req.headers, limits: { fieldSize: 1024 * 1024 } });
        }
        catch (error) {
            reject(error);
            return;
        }
        parser.on('field', (name, value) => {
            fields[name] = value;
        });
        parser.on('file', (field, stream, info) => {
            const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `upload-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
            let size = 0;
            stream.on('data', (chunk) => {
                hash.update(chunk);
                size += chunk.length;
            });
            pending.push((0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(stream, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(target)).then(() => {
                files.push({ field, filename: info.filename ?? '', contentType: info.mimeType, path: target, size, sha256: hash.digest('hex') });
            }));
        });
        parser.on('error', reject);
        parser.on('close', () => resolve());
        req.on('error', reject);
        req.pipe(parser);
    });
    await Promise.all(pending);
    return { fields, files };
}
function header(req, name) {
    const value = req.headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}


/***/ }),

/***/ 22584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ startSandbox),
/* harmony export */   b: () => (/* binding */ startPlatformSandbox)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_clock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32257);
/* harmony import */ var _emulators_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29227);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84770);
/* harmony import */ var _http_helpers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9415);








const defaultJobs = { durationMs: 1_500, outcome: 'success' };
/**
 * Serves one platform's sandbox on loopback, wrapped in what every platform shares: fault
 * injection, a request log, and control endpoints under `/__sandbox/`:
 *
 *   GET    /__sandbox/requests   the request log        DELETE clears it
 *   POST   /__sandbox/faults     add fault rule(s)      DELETE clears them
 *   POST   /__sandbox/config     { jobs: {durationMs, outcome}, …platform settings }
 *   GET    /__sandbox/state      the platform's state
 *   GET    /__sandbox/inputs     input values that work against this sandbox
 */
async function startPlatformSandbox(name, options = {}) {
    const emulator = _emulators_js__WEBPACK_IMPORTED_MODULE_5__/* .emulators */ .F[name];
    if (!emulator)
        throw new Error(`unknown platform '${name}'; one of ${(0,_emulators_js__WEBPACK_IMPORTED_MODULE_5__/* .emulatorNames */ .o)().join(', ')}`);
    const host = options.host ?? '127.0.0.1';
    const ownStorage = options.storageDir === undefined;
    const storageDir = options.storageDir ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `flowferry-sandbox-${name}-`)));
    const jobs = { ...defaultJobs, ...options.jobs };
    const faults = new _faults_js__WEBPACK_IMPORTED_MODULE_6__/* .FaultInjector */ .L();
    for (const rule of options.faults ?? [])
        faults.add(rule);
    const requests = [];
    const foreignRequests = [];
    let url = '';
    let foreignUrl = '';
    const sandboxOptions = {
        storageDir,
        clock: options.clock ?? _core_clock_js__WEBPACK_IMPORTED_MODULE_4__/* .systemClock */ .m,
        jobs,
        baseUrl: () => url,
        foreignUrl: () => foreignUrl,
        config: options.config ?? {},
    };
    const app = (await emulator()).create(sandboxOptions);
    const limiter = new WindowLimiter(options.rateLimit);
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_1__.createServer)((req, res) => {
        const requestUrl = new URL(req.url ?? '/', url);
        if (requestUrl.pathname.startsWith('/__sandbox/')) {
            void control(req, res, requestUrl).catch((error) => fail(res, error));
            return;
        }
        const record = { method: req.method ?? 'GET', path: requestUrl.pathname, at: Date.now() };
        requests.push(record);
        res.on('finish', () => {
            record.status = res.statusCode;
        });
        if (limiter.refuse(res, sandboxOptions.clock.now())) {
            record.fault = 'rate-limit';
            req.resume();
            return;
        }
        const rule = faults.take(record.method, requestUrl.pathname);
        if (rule)
            record.fault = rule.kind;
        const answer = async () => {
            const outcome = await app.handle(req, res, requestUrl);
            record.handled = true;
            if (outcome === 'replayed')
                record.replayed = true;
        };
        void (rule ? faults.apply(rule, req, res, answer) : answer()).catch((error) => fail(res, error));
    });
    const foreign = (0,node_http__WEBPACK_IMPORTED_MODULE_1__.createServer)((req, res) => {
        const requestUrl = new URL(req.url ?? '/', foreignUrl);
        foreignRequests.push({ path: requestUrl.pathname, headers: req.headers });
        if (!app.handleForeign) {
            (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .sendJson */ .jD)(res, 404, { message: 'nothing is served here' });
            return;
        }
        const rule = faults.take(req.method ?? 'GET', `foreign:${requestUrl.pathname}`);
        const answer = () => app.handleForeign(req, res, requestUrl);
        void (rule ? faults.apply(rule, req, res, answer) : answer()).catch((error) => fail(res, error));
    });
    async function control(req, res, controlUrl) {
        const route = `${req.method} ${controlUrl.pathname}`;
        switch (route) {
            case 'GET /__sandbox/requests':
                return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .sendJson */ .jD)(res, 200, requests);
            case 'DELETE /__sandbox/requests':
                requests.length = 0;
                foreignRequests.length = 0;
                return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .sendJson */ .jD)(res, 200, { ok: true });
            case 'GET /__sandbox/foreign-requests':
                return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .sendJson */ .jD)(res, 200, foreignRequests);
            case 'POST /__sandbox/faults': {
                const body = await (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .readJsonBody */ .nE)(req);
                for (const rule of Array.isArray(body) ? body : [body])
                    faults.add(rule);
                return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .sendJson */ .jD)(res, 200, { ok: true });
            }
            case 'DELETE /__sandbox/faults':
                faults.clear();
                return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .sendJson */ .jD)(res, 200, { ok: true });
            case 'POST /__sandbox/config': {
                const body = ((await (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .readJsonBody */ .nE)(req)) ?? {});
                if (body.jobs)
                    Object.assign(jobs, body.jobs);
                if (body.rateLimit !== undefined)
                    limiter.set(body.rateLimit);
                app.configure?.(body);
                return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .sendJson */ .jD)(res, 200, { ok: true, jobs });
            }
            case 'GET /__sandbox/state':
                return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .sendJson */ .jD)(res, 200, app.state());
            case 'GET /__sandbox/inputs':
                return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .sendJson */ .jD)(res, 200, app.inputs);
            default:
                return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .sendJson */ .jD)(res, 404, { message: `no sandbox control route ${route}` });
        }
    }
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
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(storageDir, { recursive: true, force: true });
        },
    };
}
/**
 * A fixed-window limit like the platforms' own: every reply says how much of the window is
 * left (RateLimit-Limit/Remaining/Reset); past the limit, 429 with Retry-After.
 */
class WindowLimiter {
    limit;
    windowStart = 0;
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    set(limit) {
        this.limit = limit ?? undefined;
        this.used = 0;
    }
    /** Answers 429 and returns true when the window is spent; else counts the request and sets the headers. */
    refuse(res, now) {
        if (!this.limit)
            return false;
        const windowMs = this.limit.windowSeconds * 1000;
        if (now - this.windowStart >= windowMs) {
            this.windowStart = now;
            this.used = 0;
        }
        const reset = Math.max(1, Math.ceil((this.windowStart + windowMs - now) / 1000));
        const headers = { 'ratelimit-limit': String(this.limit.requests), 'ratelimit-reset': String(reset) };
        if (this.used >= this.limit.requests) {
            (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .sendJson */ .jD)(res, 429, { message: 'rate limit exceeded' }, { ...headers, 'ratelimit-remaining': '0', 'retry-after': String(reset) });
            return true;
        }
        this.used++;
        for (const [name, value] of Object.entries({ ...headers, 'ratelimit-remaining': String(this.limit.requests - this.used) }))
            res.setHeader(name, value);
        return false;
    }
}
/** Every platform (or the named ones), each on its own port (consecutive from `port` when given). */
async function startSandbox(names = (0,_emulators_js__WEBPACK_IMPORTED_MODULE_5__/* .emulatorNames */ .o)(), options = {}) {
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
        },
    };
}
function fail(res, error) {
    if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
    }
    (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .sendJson */ .jD)(res, 500, { message: `sandbox error: ${error instanceof Error ? error.message : String(error)}` });
}
function listen(server, host, port) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            const address = server.address();
            resolve(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
        });
    });
}
function closeServer(server) {
    return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
    });
}


/***/ })

};
