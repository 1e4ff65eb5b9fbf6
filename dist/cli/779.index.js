export const id = 779;
export const ids = [779];
export const modules = {

/***/ 86779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PACKAGE_MANIFEST: () => (/* binding */ PACKAGE_MANIFEST),
/* harmony export */   REGRESSION_ID: () => (/* binding */ REGRESSION_ID),
/* harmony export */   SANDBOX_ACCESS_KEY: () => (/* binding */ SANDBOX_ACCESS_KEY),
/* harmony export */   SEEDED_FLOW_ID: () => (/* binding */ SEEDED_FLOW_ID),
/* harmony export */   SEEDED_FLOW_TITLE: () => (/* binding */ SEEDED_FLOW_TITLE),
/* harmony export */   TEAM_A_ID: () => (/* binding */ TEAM_A_ID),
/* harmony export */   leapworkEmulator: () => (/* binding */ leapworkEmulator)
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
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20663);
/* harmony import */ var yazl__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(93044);
/* harmony import */ var _http_helpers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9415);
/* harmony import */ var _router_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(20318);
/* harmony import */ var _core_zip_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(71732);
/* harmony import */ var _platforms_leapwork_endpoints_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(92864);












/**
 * A Leapwork Controller as its REST API v4 documentation describes it
 * (../shared/reference/koreai-leapwork.md part B): the `AccessKey` header (any case), the asset
 * hierarchy on both the documented v3 path and the inferred v4 one, Create Folder Hierarchy with
 * its 400/409 rules, the synchronous import into a folder with the multipart part `zip file`,
 * and Json.NET `$id` fields numbered in document order.
 *
 * The export endpoint and the inside of an exported zip are not documented (B.5, B.9). Here an
 * export is the zip the item was imported from (or seeded with), byte for byte, on the route
 * flowferry assumes; a package may carry `sandbox-manifest.json` ({Title, Type}) naming its item,
 * else the item is a Flow titled after the uploaded file name. Packages stay on disk: a 1 GiB
 * import or export goes through as a stream.
 *
 * Settings (`POST /__sandbox/config`) for what the documentation leaves open:
 *   accessKey      the key that is accepted
 *   v4Hierarchy    whether /api/v4/hierarchy exists (default true; false: only the v3 path)
 *   collisions     'replace' (default: an item of the same title and type is replaced) or
 *                  'refuse' (every title collision answers 409)
 *   locked         ids of items "open in Studio": a collision with one answers 409
 *   importStatus   answer imports with this status instead (446 disk space, 455 database, 500…)
 *   importDelayMs  how long an import takes before its reply
 *   exportRoute    "METHOD /path/{itemId}" the export answers on (default: flowferry's default)
 *   partName       the multipart part an import needs (default "zip file")
 *   hidden         ids left out of the whole tree (still answered by id), as a Controller may
 *                  leave out branches the key does not see in full
 *   hierarchyShape 'nested' (default, as documented: each node nests its Children) or 'flat'
 *                  (every node in one list, linked only by ParentId, no Children)
 *   propertyCase   'pascal' (default, as documented) or 'camel' (Json.NET with a camelCase
 *                  contract resolver: id, title, children, hierarchyItemId, isSuccessful…)
 *   importReply    'documented' ({"$id":"1","IsSuccessful":true}), 'bare' (the JSON `true`) or
 *                  'array' ([{"$id":"1","IsSuccessful":true}], like Create Folder's v4 sample)
 */
const SANDBOX_ACCESS_KEY = 'Lw7sBx2Qk9Fh4TzN';
const TEAM_A_ID = '3f0c2a9e-6b1d-4e57-9a8c-1d2e3f4a5b6c';
const REGRESSION_ID = '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const SEEDED_FLOW_ID = 'c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
const SEEDED_FLOW_TITLE = 'Login smoke test';
const SMOKE_ID = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9';
const CHECKOUT_ID = '0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e';
const ARCHIVE_IDS = ['a0a1a2a3-b4b5-4c6c-8d7d-e8e9f0f1f2f3', 'b1b2b3b4-c5c6-4d7d-9e8e-f9f0a1a2a3a4'];
const PACKAGE_MANIFEST = 'sandbox-manifest.json';
const leapworkEmulator = {
    create: (options) => new LeapworkEmulator(options),
};
class LeapworkEmulator {
    options;
    config = {
        accessKey: SANDBOX_ACCESS_KEY,
        v4Hierarchy: true,
        collisions: 'replace',
        locked: [],
        importStatus: null,
        importDelayMs: 0,
        exportRoute: _platforms_leapwork_endpoints_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_EXPORT_ENDPOINT */ .f4,
        partName: 'zip file',
        hidden: [],
        hierarchyShape: 'nested',
        propertyCase: 'pascal',
        importReply: 'documented',
    };
    roots = [];
    imports = [];
    folderRequests = [];
    router = new _router_js__WEBPACK_IMPORTED_MODULE_11__/* .Router */ .I();
    /** The seeded items' packages, written on the first request (a sandbox started and closed at once writes nothing). */
    packagesWritten;
    seededPackages = [];
    constructor(options) {
        this.options = options;
        this.configure(options.config);
        this.seed();
        this.routes();
    }
    get inputs() {
        return { 'api-key': this.config.accessKey };
    }
    demo = {
        export: { 'workflow-id': SEEDED_FLOW_ID },
        import: { 'target-folder': 'Production/Regression', 'create-folders': 'true' },
    };
    calls = {
        import: { method: 'POST', path: '/api/v4/import/', idempotent: false, waitsForReply: true },
        export: { method: 'GET', path: '/api/v4/export/', idempotent: true, waitsForReply: true },
    };
    scenarios = [
        { name: 'Controller out of disk space (HTTP 446)', operation: 'import', config: { importStatus: 446 }, expect: 'failed' },
        { name: 'Controller database not responding (HTTP 455)', operation: 'import', config: { importStatus: 455 }, expect: 'failed' },
        { name: 'title collision the Controller cannot resolve (HTTP 409)', operation: 'import', config: { importStatus: 409 }, expect: 'failed' },
        { name: 'hierarchy only on the v3 path', operation: 'import', config: { v4Hierarchy: false }, expect: 'succeeded' },
        { name: 'hierarchy only on the v3 path', operation: 'export', config: { v4Hierarchy: false }, expect: 'succeeded' },
    ];
    secrets() {
        return [this.config.accessKey];
    }
    configure(config) {
        for (const key of Object.keys(this.config)) {
            if (config[key] !== undefined)
                this.config[key] = config[key];
        }
    }
    state() {
        const flat = [];
        const walk = (items, trail) => {
            for (const item of items) {
                const itemPath = [...trail, item.title];
                flat.push({ id: item.id, path: itemPath.join('/'), type: item.type, parentId: item.parentId ?? null, package: item.package ? node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(item.package) : null });
                walk(item.children, itemPath);
            }
        };
        walk(this.roots, []);
        return { items: flat, imports: this.imports, folderRequests: this.folderRequests };
    }
    async handle(req, res, url) {
        await (this.packagesWritten ??= this.writeSeedPackages());
        // Header names arrive lower-cased, so `AccessKey` and `accessKey` (both in the docs) are the same here.
        if ((0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .header */ .wx)(req, 'accesskey') !== this.config.accessKey) {
            req.resume();
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .sendText */ .oF)(res, 401, 'Unauthorized, incorrect access key');
        }
        const exportParams = this.matchExport(req.method ?? 'GET', url.pathname);
        if (exportParams) {
            req.resume();
            return this.exportItem(res, exportParams.itemId ?? '');
        }
        if (!(await this.router.dispatch(req, res, url))) {
            req.resume();
            (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .sendJson */ .jD)(res, 404, { $id: '1', Message: `No HTTP resource was found that matches the request URI '${url.pathname}'.` });
        }
    }
    routes() {
        const r = this.router;
        for (const version of ['v3', 'v4']) {
            r.on('GET', `/api/${version}/hierarchy`, (c) => this.hierarchy(c.res, version, undefined));
            r.on('GET', `/api/${version}/hierarchy/:itemId`, (c) => this.hierarchy(c.res, version, c.params.itemId));
        }
        r.on('PUT', '/api/v4/hierarchy/create/folder', (c) => this.createFolder(c.req, c.res, c.url, undefined));
        r.on('PUT', '/api/v4/hierarchy/create/folder/:itemId', (c) => this.createFolder(c.req, c.res, c.url, c.params.itemId));
        r.on('POST', '/api/v4/import/:timeoutMinutes/:targetItemId', (c) => this.importPackage(c.req, c.res, c.params.timeoutMinutes, c.params.targetItemId));
        r.on('GET', '/api/v4/flowinfo/:itemId', (c) => this.flowInfo(c.res, c.params.itemId));
    }
    hierarchy(res, version, itemId) {
        if (version === 'v4' && !this.config.v4Hierarchy) {
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .sendJson */ .jD)(res, 404, { $id: '1', Message: `No HTTP resource was found that matches the request URI '/api/v4/hierarchy'.` });
        }
        if (itemId === undefined || itemId === '') {
            const hidden = new Set(this.config.hidden);
            const nodes = this.roots.map((item) => serialize(item, hidden)).filter(Boolean);
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .sendJson */ .jD)(res, 200, this.cased(withRefIds(this.config.hierarchyShape === 'flat' ? flatten(nodes) : nodes)));
        }
        const item = this.find(itemId);
        if (!item)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .sendJson */ .jD)(res, 404, { $id: '1', Message: `Item ${itemId} not found` });
        const nodes = [serialize(item)];
        (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .sendJson */ .jD)(res, 200, this.cased(withRefIds(this.config.hierarchyShape === 'flat' ? flatten(nodes) : nodes)));
    }
    /** Property names as the `propertyCase` setting has them (`$id` stays as it is). */
    cased(value) {
        if (this.config.propertyCase === 'pascal')
            return value;
        const walk = (node) => {
            if (Array.isArray(node))
                return node.map(walk);
            if (node && typeof node === 'object') {
                return Object.fromEntries(Object.entries(node).map(([key, child]) => [key.startsWith('$') ? key : key[0].toLowerCase() + key.slice(1), walk(child)]));
            }
            return node;
        };
        return walk(value);
    }
    flowInfo(res, itemId) {
        const item = this.find(itemId);
        if (!item || !['Flow', 'SubFlow'].includes(item.type))
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .sendJson */ .jD)(res, 404, { $id: '1', Message: `Flow ${itemId} not found` });
        (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .sendJson */ .jD)(res, 200, withRefIds({ Id: item.id, Title: item.title, Type: item.type, DateCreation: leapworkDate(item.created), DateModify: leapworkDate(item.modified), IsDeleted: 0, Status: 'Publish' }));
    }
    createFolder(req, res, url, parentId) {
        req.resume();
        const folder = url.searchParams.get('folder');
        const answer = (status, body) => {
            this.folderRequests.push({ parentId: parentId ?? null, folder, status });
            (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .sendJson */ .jD)(res, status, body);
        };
        if (!folder)
            return answer(400, { $id: '1', Message: 'The folder parameter is required' });
        const titles = folder.split('/');
        if (titles.some((title) => title.trim() === ''))
            return answer(400, { $id: '1', Message: 'The folder parameter has an empty folder name or a trailing slash' });
        const parent = parentId ? this.find(parentId) : undefined;
        if (parentId && !parent)
            return answer(404, { $id: '1', Message: `Item ${parentId} not found` });
        if (parent && !['Folder', 'Flow', 'SubFlow'].includes(parent.type))
            return answer(409, { $id: '1', Message: `Folders cannot be created under a ${parent.type}` });
        const siblings = parent ? parent.children : this.roots;
        if (siblings.some((item) => item.title === titles[0]))
            return answer(409, { $id: '1', Message: `A folder with the title '${titles[0]}' already exists` });
        let level = parent;
        for (const title of titles)
            level = this.add(level, title, 'Folder');
        answer(200, this.cased(withRefIds([{ HierarchyItemId: level.id }])));
    }
    async importPackage(req, res, timeoutText, targetId) {
        const target = this.find(targetId);
        if (!/^-?\d+$/.test(timeoutText)) {
            req.resume();
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .sendJson */ .jD)(res, 400, { $id: '1', Message: 'timeoutMinutes must be an integer' });
        }
        if (!target || target.type !== 'Folder') {
            req.resume();
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .sendJson */ .jD)(res, 404, { $id: '1', Message: target ? `Item ${targetId} is not a folder` : `Folder ${targetId} not found` });
        }
        const { files } = await (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .readMultipart */ .N7)(req, this.options.storageDir);
        const part = files.find((file) => file.field === this.config.partName);
        for (const other of files)
            if (other !== part)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(other.path, { force: true });
        const record = (outcome) => this.imports.push({
            target: targetId,
            timeoutMinutes: Number(timeoutText),
            part: part?.field ?? '',
            filename: part?.filename ?? '',
            contentType: part?.contentType ?? '',
            bytes: part?.size ?? 0,
            sha256: part?.sha256 ?? '',
            outcome,
        });
        const refuse = async (status, message) => {
            if (part)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(part.path, { force: true });
            record(`HTTP ${status}`);
            (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .sendJson */ .jD)(res, status, { $id: '1', Message: message });
        };
        if (!part)
            return refuse(400, `The request has no multipart part named '${this.config.partName}'`);
        if (this.config.importStatus)
            return refuse(this.config.importStatus, `Sandbox: import answered with ${this.config.importStatus}`);
        let described;
        try {
            described = await describePackage(part.path, part.filename);
        }
        catch (error) {
            return refuse(400, `The file is not a valid exported package: ${error.message}`);
        }
        if (this.config.importDelayMs > 0)
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_5__.setTimeout)(this.config.importDelayMs);
        const existing = target.children.find((item) => item.title === described.title);
        if (existing) {
            if (existing.type !== described.type || this.config.collisions === 'refuse' || this.config.locked.includes(existing.id)) {
                return refuse(409, `Title collision: '${described.title}' already exists in '${target.title}' and cannot be replaced`);
            }
            if (existing.package)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(existing.package, { force: true });
            existing.package = part.path;
            existing.modified = new Date(this.options.clock.now());
        }
        else {
            this.add(target, described.title, described.type).package = part.path;
        }
        record('imported');
        const result = this.cased({ $id: '1', IsSuccessful: true });
        (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .sendJson */ .jD)(res, 200, this.config.importReply === 'bare' ? true : this.config.importReply === 'array' ? [result] : result);
    }
    async exportItem(res, itemId) {
        const item = this.find(itemId);
        if (!item)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .sendJson */ .jD)(res, 404, { $id: '1', Message: `Item ${itemId} not found` });
        if (!item.package)
            return (0,_http_helpers_js__WEBPACK_IMPORTED_MODULE_8__/* .sendJson */ .jD)(res, 400, { $id: '1', Message: `Sandbox: ${item.type} '${item.title}' has no package to export (the sandbox exports flows)` });
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(item.package);
        res.writeHead(200, {
            'content-type': 'application/octet-stream',
            'content-length': size,
            'content-disposition': `attachment; filename="${item.title.replace(/[^\x20-\x7e]|"/g, '_')}.zip"; filename*=UTF-8''${encodeURIComponent(`${item.title}.zip`)}`,
        });
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(item.package), res).catch(() => res.destroy());
    }
    /** The export route from its "METHOD /path/{itemId}" setting, matched per request so it can change at run time. */
    matchExport(method, pathname) {
        const [routeMethod, template] = this.config.exportRoute.includes(' ') ? this.config.exportRoute.split(/\s+/, 2) : ['GET', this.config.exportRoute];
        if (method !== routeMethod.toUpperCase())
            return undefined;
        const keys = [];
        const source = template
            .split(/(\{[A-Za-z]+\})/)
            .map((piece) => {
            const key = /^\{([A-Za-z]+)\}$/.exec(piece)?.[1];
            if (!key)
                return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            keys.push(key);
            return '([^/]+)';
        })
            .join('');
        const match = new RegExp(`^${source}$`).exec(pathname);
        if (!match)
            return undefined;
        return Object.fromEntries(keys.map((key, i) => [key, decodeURIComponent(match[i + 1])]));
    }
    find(id, items = this.roots) {
        for (const item of items) {
            if (item.id.toLowerCase() === id.toLowerCase())
                return item;
            const found = this.find(id, item.children);
            if (found)
                return found;
        }
        return undefined;
    }
    add(parent, title, type, id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()) {
        const now = new Date(this.options.clock.now());
        const item = { id, title, type, parentId: parent?.id, created: now, modified: now, children: [] };
        (parent ? parent.children : this.roots).push(item);
        return item;
    }
    seed() {
        const teamA = this.add(undefined, 'Team A', 'Folder', TEAM_A_ID);
        const regression = this.add(teamA, 'Regression', 'Folder', REGRESSION_ID);
        const login = this.add(regression, SEEDED_FLOW_TITLE, 'Flow', SEEDED_FLOW_ID);
        const checkout = this.add(regression, 'Checkout happy path', 'Flow', CHECKOUT_ID);
        this.add(teamA, 'Smoke', 'Folder', SMOKE_ID);
        // Titles are not unique in Leapwork: two top-level folders share one.
        for (const id of ARCHIVE_IDS)
            this.add(undefined, 'Archive', 'Folder', id);
        this.seededPackages.push({ item: login, steps: ['Navigate to login page', 'Type user name', 'Type password from data file', 'Assert dashboard visible'] }, { item: checkout, steps: ['Open shop', 'Add item to basket', 'Pay with test card'] });
    }
    async writeSeedPackages() {
        for (const { item, steps } of this.seededPackages)
            item.package = await this.writeSeedPackage(item, steps);
    }
    async writeSeedPackage(item, steps) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.options.storageDir, `seed-${item.id}.zip`);
        const zip = new yazl__WEBPACK_IMPORTED_MODULE_7__/* .ZipFile */ .u();
        const fixed = { mtime: new Date('2026-11-20T09:30:00Z') };
        zip.addBuffer(Buffer.from(JSON.stringify({ Id: item.id, Title: item.title, Type: item.type }, null, 2)), PACKAGE_MANIFEST, fixed);
        zip.addBuffer(Buffer.from(JSON.stringify({ Title: item.title, Blocks: steps.map((title, i) => ({ Id: i + 1, Title: title, Type: 'Action' })) }, null, 2)), `Flows/${item.title}.flow`, fixed);
        zip.addBuffer(Buffer.from('user,expected\nqa-user-1,Dashboard\n'), 'DataFiles/users.csv', fixed);
        zip.end();
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(zip.outputStream, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(file));
        return file;
    }
}
/** The item a package holds: from its sandbox manifest, else a Flow named after the file. */
async function describePackage(file, filename) {
    const zip = await yauzl__WEBPACK_IMPORTED_MODULE_6__.openPromise(file);
    try {
        for (let entry = await (0,_core_zip_js__WEBPACK_IMPORTED_MODULE_9__/* .nextEntry */ .oP)(zip); entry; entry = await (0,_core_zip_js__WEBPACK_IMPORTED_MODULE_9__/* .nextEntry */ .oP)(zip)) {
            if (entry.fileName !== PACKAGE_MANIFEST || entry.uncompressedSize > 64 * 1024)
                continue;
            const chunks = [];
            for await (const chunk of await zip.openReadStreamPromise(entry))
                chunks.push(chunk);
            const manifest = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            if (typeof manifest.Title === 'string' && manifest.Title)
                return { title: manifest.Title, type: typeof manifest.Type === 'string' ? manifest.Type : 'Flow' };
        }
    }
    finally {
        zip.close();
    }
    return { title: node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(filename || 'import.zip').replace(/\.zip$/i, ''), type: 'Flow' };
}
function serialize(item, hidden = new Set()) {
    if (hidden.has(item.id))
        return undefined;
    return {
        Id: item.id,
        Title: item.title,
        Type: item.type,
        ...(item.parentId ? { ParentId: item.parentId } : {}),
        DateCreation: leapworkDate(item.created),
        DateModify: leapworkDate(item.modified),
        Children: item.children.map((child) => serialize(child, hidden)).filter(Boolean),
    };
}
/** The nested nodes as one list in document order, linked only by ParentId (the `flat` hierarchy shape). */
function flatten(nodes) {
    return nodes.flatMap(({ Children, ...node }) => [node, ...flatten(Children ?? [])]);
}
/** Json.NET's reference ids: `"$id": "1"`, `"2"`, … on every object, in document order. */
function withRefIds(value) {
    let next = 1;
    const walk = (node) => {
        if (Array.isArray(node))
            return node.map(walk);
        if (node && typeof node === 'object') {
            const out = { $id: String(next++) };
            for (const [key, child] of Object.entries(node))
                out[key] = walk(child);
            return out;
        }
        return node;
    };
    return walk(value);
}
/** `12/19/2018 12:38:02 PM +00:00`, the hierarchy's date style. */
function leapworkDate(date) {
    const hours = date.getUTCHours();
    const pad = (n) => String(n).padStart(2, '0');
    return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${hours % 12 || 12}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'} +00:00`;
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
