export const id = 951;
export const ids = [951];
export const modules = {

/***/ 71732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ isZipFile),
/* harmony export */   Yg: () => (/* binding */ unpackZip),
/* harmony export */   oP: () => (/* binding */ nextEntry),
/* harmony export */   wo: () => (/* binding */ inspectZip)
/* harmony export */ });
/* unused harmony exports defaultZipLimits, extractZip, extractZipHashed */
/* harmony import */ var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16082);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78616);
/* harmony import */ var _memory_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11360);
/* harmony import */ var _plain_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19130);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(22483);










/**
 * yauzl, loaded by the first zip opened: modules that may read a zip are on the way to a run's
 * first request, the reading itself comes after it (or not at all).
 */
async function zipReader() {
    return (await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 20663, 19))).default;
}
const defaultZipLimits = {
    maxEntries: 10_000,
    maxTotalBytes: 2 * 1024 ** 3,
    maxRatio: 200,
};
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/**
 * Reads a zip's central directory and reports every unsafe entry as a finding, without
 * extracting anything. A file that is not a zip at all is a `BundleError`.
 */
async function inspectZip(file, limits = defaultZipLimits) {
    const shown = (0,_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPath */ .Gt)(file);
    const { openPromise, getFileNameLowLevel } = await zipReader();
    let zip;
    try {
        zip = await openPromise(file, { decodeStrings: false, validateEntrySizes: true });
    }
    catch (error) {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .BundleError */ .rJ.at({ file: shown }, 'zip.format', `not a readable zip archive (${error.message})`, 'Use the archive exactly as the platform exported it.');
    }
    const entries = [];
    const findings = [];
    const problem = (message, rule) => findings.push({ file: shown, severity: 'error', rule, message });
    let total = 0;
    try {
        if (zip.entryCount > limits.maxEntries) {
            problem(`the archive has ${zip.entryCount} entries; at most ${limits.maxEntries} are accepted`, 'zip.entries');
            return { entries, findings };
        }
        for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
            const name = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
            const unsafe = (0,_names_js__WEBPACK_IMPORTED_MODULE_9__/* .unsafeName */ .gj)(name);
            if (unsafe)
                problem(`entry ${JSON.stringify(name)}: ${unsafe}`, 'zip.path');
            const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
            if (mode === S_IFLNK)
                problem(`entry ${JSON.stringify(name)} is a symbolic link; links are not accepted`, 'zip.symlink');
            if (entry.isEncrypted())
                problem(`entry ${JSON.stringify(name)} is encrypted`, 'zip.encrypted');
            total += entry.uncompressedSize;
            if (entry.uncompressedSize > 1024 ** 2 &&
                entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)) {
                problem(`entry ${JSON.stringify(name)} expands ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}-fold; ` +
                    `more than ${limits.maxRatio}-fold looks like a zip bomb`, 'zip.ratio');
            }
            entries.push({
                name,
                size: entry.uncompressedSize,
                compressedSize: entry.compressedSize,
                directory: name.endsWith('/'),
            });
        }
        if (total > limits.maxTotalBytes) {
            problem(`the archive expands to ${total} bytes; at most ${limits.maxTotalBytes} are accepted`, 'zip.size');
        }
        // Two entries one file system takes for one file: which one is unpacked would depend on the order.
        const same = (0,_names_js__WEBPACK_IMPORTED_MODULE_9__/* .sameNames */ .Fk)(entries.map((entry) => entry.name.replace(/\/$/, '')));
        for (const [first, second] of same.slice(0, 10)) {
            problem(`entries ${JSON.stringify(first)} and ${JSON.stringify(second)} name the same file (case and Unicode form do not tell names apart)`, 'zip.duplicate');
        }
        const clashes = (0,_names_js__WEBPACK_IMPORTED_MODULE_9__/* .fileFolderClashes */ ._y)(entries.filter((entry) => !entry.directory).map((entry) => entry.name));
        for (const [file, inside] of clashes.slice(0, 10)) {
            problem(`entry ${JSON.stringify(inside)} would be inside ${JSON.stringify(file)}, which is a file`, 'zip.duplicate');
        }
        if (same.length > 10 || clashes.length > 10)
            problem(`${same.length + clashes.length} clashing names in all`, 'zip.duplicate');
    }
    catch (error) {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .BundleError */ .rJ.at({ file: shown }, 'zip.format', `the archive is damaged (${error.message})`);
    }
    finally {
        zip.close();
    }
    return { entries, findings };
}
/**
 * Extracts the regular files of a zip into `dest` after `inspectZip` found nothing wrong. Sizes
 * are checked again while streaming (yauzl compares actual to declared sizes), so a lying header
 * cannot get past the limits.
 */
async function extractZip(file, dest, limits = defaultZipLimits) {
    return [...(await extractZipHashed(file, dest, limits)).keys()];
}
/**
 * `extractZip`, with the SHA-256 and size of each file taken as it is written (by entry name), so
 * an unpacked file is not read again to be hashed.
 */
async function extractZipHashed(file, dest, limits = defaultZipLimits) {
    return (await unpackZip(file, dest, { limits })).written;
}
/**
 * `extractZipHashed`, except that the stored entries `leave` picks are not written out: they are
 * returned as byte ranges of the archive (`left`), to be read straight from it by a caller that
 * checks their CRC-32 as it reads them (core/zip-stored.ts, `checkStoredEntry`). Every entry,
 * left or not, has passed `inspectZip` first. The archive is remembered as core/plain-file.ts
 * remembers a file whose checksum was taken, so a later read of it gets this very file or a refusal.
 */
async function unpackZip(file, dest, options = {}) {
    const shown = (0,_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPath */ .Gt)(file);
    const archive = options.leave ? await (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_8__/* .checkPlainFile */ .lN)(file, { shown }) : undefined;
    const { findings } = await inspectZip(file, options.limits);
    if (findings.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .BundleError */ .rJ(`${shown}: refused to unpack: ${findings.map((f) => f.message).join('; ')}`, findings);
    }
    const { openPromise, getFileNameLowLevel } = await zipReader();
    const zip = await openPromise(file, { decodeStrings: false, validateEntrySizes: true });
    const written = new Map();
    const left = new Map();
    try {
        for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
            const name = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
            if (name.endsWith('/'))
                continue;
            const stored = entry.compressionMethod === 0 && !entry.isEncrypted() && entry.compressedSize === entry.uncompressedSize;
            if (archive && stored && options.leave({ name, bytes: entry.uncompressedSize })) {
                const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
                const archiveBytes = Number(archive.size);
                if (fileDataStart + entry.uncompressedSize > archiveBytes)
                    throw new Error(`entry ${JSON.stringify(name)} runs past the end of the archive`);
                left.set(name, { name, archive: file, archiveBytes, offset: fileDataStart, bytes: entry.uncompressedSize, crc32: entry.crc32 });
                continue;
            }
            const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dest, ...name.split('/'));
            if (!target.startsWith(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(dest) + (node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)))
                throw new Error(`entry ${JSON.stringify(name)} escapes the destination`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), { recursive: true });
            const temp = (0,_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .siblingTemp */ .ht)(target);
            try {
                const hash = (0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256');
                if (stored)
                    await copyStored(file, zip, entry, temp, name, hash);
                else
                    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(await zip.openReadStreamPromise(entry), (0,_memory_js__WEBPACK_IMPORTED_MODULE_7__/* .countingStage */ .SN)(hash), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp, { flags: 'wx' }));
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
                written.set(name, { bytes: entry.uncompressedSize, sha256: hash.digest('hex') });
            }
            catch (error) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
                throw error;
            }
        }
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .BundleError */ .rJ)
            throw error;
        throw _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .BundleError */ .rJ.at({ file: shown }, 'zip.format', `could not unpack the archive (${error.message})`);
    }
    finally {
        zip.close();
    }
    if (archive && left.size > 0)
        (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_8__/* .remember */ .kY)(file, archive);
    return { written, left };
}
/**
 * A stored (uncompressed) entry is copied straight from the archive through two reused buffers,
 * checking its CRC on the way. Large packages are usually stored (their content does not
 * compress), and this moves a gigabyte without leaving a gigabyte of buffers for the collector.
 * The next piece is read while this one is checked, hashed and written, so the checksums (on
 * this thread) and the disk (on libuv's) work at the same time instead of taking turns.
 */
async function copyStored(file, zip, entry, target, name, hash) {
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    const total = entry.uncompressedSize;
    const size = Math.min(1024 * 1024, Math.max(1, total));
    const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
    const input = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'r');
    const output = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(target, 'wx');
    const { crc32 } = process.getBuiltinModule('node:zlib');
    const read = (into, done) => {
        const reading = input.read(into, 0, Math.min(size, total - done), fileDataStart + done).then((r) => r.bytesRead);
        // Its failure is thrown where it is awaited; until then it must not count as unhandled.
        reading.catch(() => undefined);
        return reading;
    };
    let crc = 0;
    let reading = total > 0 ? read(buffers[0], 0) : undefined;
    let writing;
    try {
        for (let done = 0, turn = 0; reading; turn ^= 1) {
            const bytesRead = await reading;
            if (bytesRead === 0)
                throw new Error(`entry ${name} is cut short`);
            const chunk = buffers[turn].subarray(0, bytesRead);
            done += bytesRead;
            // The other buffer is free once its write has ended.
            await writing;
            reading = done < total ? read(buffers[turn ^ 1], done) : undefined;
            crc = crc32(chunk, crc);
            hash.update(chunk);
            writing = writeAll(output, chunk);
            writing.catch(() => undefined);
        }
        await writing;
    }
    finally {
        // A failure mid-copy: let the read and write in flight end before their files are closed.
        await Promise.allSettled([reading, writing]);
        await input.close();
        await output.close();
    }
    if (crc !== entry.crc32)
        throw new Error(`entry ${name} does not match its checksum (CRC-32)`);
}
/** Writes every byte of `data` at the file's current end (a short write goes on from where it stopped). */
async function writeAll(output, data) {
    for (let done = 0; done < data.length;) {
        const { bytesWritten } = await output.write(data, done, data.length - done);
        if (bytesWritten === 0)
            throw new Error('the disk took none of the bytes written');
        done += bytesWritten;
    }
}
/** The next entry of a zip opened with `openPromise` (lazy entries), or undefined at the end. */
function nextEntry(zip) {
    return new Promise((resolve, reject) => {
        const onEntry = (entry) => {
            cleanup();
            resolve(entry);
        };
        const onEnd = () => {
            cleanup();
            resolve(undefined);
        };
        const onError = (error) => {
            cleanup();
            reject(error);
        };
        const cleanup = () => {
            zip.off('entry', onEntry);
            zip.off('end', onEnd);
            zip.off('error', onError);
        };
        zip.on('entry', onEntry);
        zip.on('end', onEnd);
        zip.on('error', onError);
        zip.readEntry();
    });
}
/** Whether a file starts like a zip archive (a local file header, or the end record of an empty one). */
async function isZipFile(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'r');
    try {
        const head = Buffer.alloc(4);
        const { bytesRead } = await handle.read(head, 0, 4, 0);
        if (bytesRead < 4)
            return false;
        const signature = head.readUInt32LE(0);
        return signature === 0x04034b50 || signature === 0x06054b50;
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 92864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ timeoutMinutes),
/* harmony export */   LM: () => (/* binding */ importPath),
/* harmony export */   Nu: () => (/* binding */ MISSING_ROUTE),
/* harmony export */   f4: () => (/* binding */ DEFAULT_EXPORT_ENDPOINT),
/* harmony export */   jz: () => (/* binding */ fillExportPath),
/* harmony export */   q2: () => (/* binding */ JSON_ACCEPT),
/* harmony export */   sB: () => (/* binding */ EXPORT_PATH_VARIABLE),
/* harmony export */   uL: () => (/* binding */ createFolderPath),
/* harmony export */   w1: () => (/* binding */ isMissingRoute),
/* harmony export */   yN: () => (/* binding */ exportEndpoint)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/**
 * The export endpoint is not in Leapwork's public documentation: the Get Hierarchy page
 * (https://www.leapwork.com/product/documentation/rest-api/get-hierarchy) only says
 * "Import/Export endpoints" take item ids. flowferry's default mirrors the documented import,
 * `POST /api/v4/import/{timeoutMinutes}/{targetItemId}`, as a GET that returns the zip. It is a
 * setting, so a Controller whose API explorer (`/help/index#`) shows another path is served
 * without a new release:
 *
 *   FLOWFERRY_LEAPWORK_EXPORT_PATH="POST /api/v4/export/{timeoutMinutes}/{itemId}"
 *
 * A method in front is optional (GET when absent); `{itemId}` is required, `{timeoutMinutes}`
 * optional. The path is below `base-url`'s origin, like every other call.
 */
const EXPORT_PATH_VARIABLE = 'FLOWFERRY_LEAPWORK_EXPORT_PATH';
const DEFAULT_EXPORT_ENDPOINT = 'GET /api/v4/export/{timeoutMinutes}/{itemId}';
const METHODS = ['GET', 'POST', 'PUT'];
function exportEndpoint(env = process.env) {
    const value = env[EXPORT_PATH_VARIABLE]?.trim() || DEFAULT_EXPORT_ENDPOINT;
    const match = /^(?:([A-Za-z]+)\s+)?(\S+)$/.exec(value);
    const method = (match?.[1] ?? 'GET').toUpperCase();
    const template = match?.[2] ?? '';
    const problem = !match
        ? 'is not "[METHOD] /path"'
        : !METHODS.includes(method)
            ? `uses method ${method}; one of ${METHODS.join(', ')}`
            : !template.startsWith('/') || /^\/\//.test(template)
                ? 'must be a path starting with a single /'
                : !template.includes('{itemId}')
                    ? 'must contain {itemId}'
                    : undefined;
    if (problem) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowferryError */ .rm(`${EXPORT_PATH_VARIABLE} '${value}' ${problem}`, {
            hint: `For example: ${EXPORT_PATH_VARIABLE}="${DEFAULT_EXPORT_ENDPOINT}", or leave it unset for that default.`,
        });
    }
    return { method: method, template };
}
function fillExportPath(template, itemId, minutes) {
    return template.replaceAll('{itemId}', encodeURIComponent(itemId)).replaceAll('{timeoutMinutes}', String(minutes));
}
/**
 * The `{timeoutMinutes}` the Controller gets: `timeout` in whole minutes, rounded up, and never
 * below 1, because 0 or less means "the default of 3 hours" to the Controller
 * (https://leapwork.com/product/documentation/rest-api/import).
 */
function timeoutMinutes(timeoutMs) {
    return Math.max(1, Math.ceil(timeoutMs / 60_000));
}
/**
 * Import (`/api/v4/import/{timeoutMinutes}/{targetItemId}`), or Import To Team with the team id
 * first and, in force mode, `?force=1` as its documented request URL shows
 * (https://www.leapwork.com/product/documentation/rest-api/v4/import-to-team).
 */
function importPath(minutes, folderId, scope = {}) {
    const team = scope.teamId ? `${encodeURIComponent(scope.teamId)}/` : '';
    return `/api/v4/import/${team}${minutes}/${encodeURIComponent(folderId)}${scope.teamId && scope.force ? '?force=1' : ''}`;
}
/**
 * Create Folder Hierarchy: the titles go in `folder`, slash-separated as documented; the parent
 * is the last path segment, or none for the top level (the documentation's own sample). For a
 * team, Create Team Folder Hierarchy puts the team id first, `…/folder/{teamId}/{itemId}`, and
 * "if the itemId is null or empty" creates at the team's root: the template with an empty itemId.
 */
function createFolderPath(parentId, titles, teamId) {
    const folder = titles.map((title) => encodeURIComponent(title)).join('/');
    const parent = parentId ? encodeURIComponent(parentId) : '';
    const where = teamId ? `/${encodeURIComponent(teamId)}/${parent}` : parent ? `/${parent}` : '';
    return `/api/v4/hierarchy/create/folder${where}?folder=${folder}`;
}
/** Every hierarchy, team and folder call asks for JSON: the Controller can also answer XML. */
const JSON_ACCEPT = { accept: 'application/json' };
/**
 * The statuses a Controller answers for a route it does not have (an older version, an edition
 * without teams): 404, or 405 where the path exists for another method.
 */
const MISSING_ROUTE = [404, 405];
function isMissingRoute(error) {
    return error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && MISSING_ROUTE.includes(error.httpStatus);
}


/***/ }),

/***/ 89951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  leapworkEmulator: () => (/* binding */ leapworkEmulator)
});

// EXTERNAL MODULE: ./src/sandbox/http-helpers.ts
var http_helpers = __webpack_require__(9415);
// EXTERNAL MODULE: ./src/sandbox/router.ts
var router = __webpack_require__(20318);
;// CONCATENATED MODULE: ./src/sandbox/emulators/leapwork/json-net.ts
/**
 * How the Controller writes its replies: ASP.NET with Json.NET, so every object carries a `$id`
 * reference number, dates read `12/19/2018 12:38:02 PM +00:00`, and properties are PascalCase
 * (camelCase under a camelCase contract resolver). See
 * https://www.leapwork.com/product/documentation/rest-api/get-hierarchy.
 */
/** A hierarchy node as the Controller serialises it; undefined for a hidden item. */
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
/** Property names as the `propertyCase` setting has them (`$id` stays as it is). */
function cased(value, propertyCase) {
    if (propertyCase === 'pascal')
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
/** `12/19/2018 12:38:02 PM +00:00`, the hierarchy's date style. */
function leapworkDate(date) {
    const hours = date.getUTCHours();
    const pad = (n) => String(n).padStart(2, '0');
    return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${hours % 12 || 12}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'} +00:00`;
}

;// CONCATENATED MODULE: ./src/sandbox/emulators/leapwork/hierarchy-routes.ts


/**
 * The Controller's hierarchy endpoints: the asset tree (whole, or from one item) on the
 * documented v3 path and the inferred v4 one, Create Folder Hierarchy with its 400/409 rules,
 * and a flow's info. Documented at https://www.leapwork.com/product/documentation/rest-api/get-hierarchy,
 * https://www.leapwork.com/product/documentation/rest-api/v4/create-folder and
 * https://www.leapwork.com/product/documentation/rest-api/v4/get-flow-info.
 */
class HierarchyRoutes {
    tree;
    settings;
    /** Every Create Folder request and its answer, for tests (`GET /__sandbox/state`). */
    folderRequests = [];
    constructor(tree, settings) {
        this.tree = tree;
        this.settings = settings;
    }
    register(router) {
        for (const version of ['v3', 'v4']) {
            router.on('GET', `/api/${version}/hierarchy`, (c) => this.hierarchy(c.res, version, undefined));
            router.on('GET', `/api/${version}/hierarchy/:itemId`, (c) => this.hierarchy(c.res, version, c.params.itemId));
        }
        router.on('PUT', '/api/v4/hierarchy/create/folder', (c) => this.createFolder(c.req, c.res, c.url, undefined));
        router.on('PUT', '/api/v4/hierarchy/create/folder/:itemId', (c) => this.createFolder(c.req, c.res, c.url, c.params.itemId));
        router.on('GET', '/api/v4/flowinfo/:itemId', (c) => this.flowInfo(c.res, c.params.itemId));
    }
    hierarchy(res, version, itemId) {
        if (version === 'v4' && !this.settings.v4Hierarchy) {
            return (0,http_helpers/* sendJson */.jD)(res, 404, { $id: '1', Message: `No HTTP resource was found that matches the request URI '/api/v4/hierarchy'.` });
        }
        if (itemId === undefined || itemId === '')
            return this.whole(res, this.tree);
        const item = this.tree.find(itemId);
        if (!item)
            return (0,http_helpers/* sendJson */.jD)(res, 404, { $id: '1', Message: `Item ${itemId} not found` });
        const nodes = [serialize(item)];
        (0,http_helpers/* sendJson */.jD)(res, 200, this.cased(withRefIds(this.settings.hierarchyShape === 'flat' ? flatten(nodes) : nodes)));
    }
    /** A whole tree (the Controller's, or a team's) as Get Hierarchy writes it. */
    whole(res, tree) {
        const hidden = new Set(this.settings.hidden);
        const nodes = tree.roots.map((item) => serialize(item, hidden)).filter(Boolean);
        (0,http_helpers/* sendJson */.jD)(res, 200, this.cased(withRefIds(this.settings.hierarchyShape === 'flat' ? flatten(nodes) : nodes)));
    }
    flowInfo(res, itemId) {
        const item = this.tree.find(itemId);
        if (!item || !['Flow', 'SubFlow'].includes(item.type))
            return (0,http_helpers/* sendJson */.jD)(res, 404, { $id: '1', Message: `Flow ${itemId} not found` });
        (0,http_helpers/* sendJson */.jD)(res, 200, withRefIds({ Id: item.id, Title: item.title, Type: item.type, DateCreation: leapworkDate(item.created), DateModify: leapworkDate(item.modified), IsDeleted: 0, Status: 'Publish' }));
    }
    /** Create Folder Hierarchy in the Controller's tree, or (Create Team Folder Hierarchy) in a team's. */
    createFolder(req, res, url, parentId, team) {
        req.resume();
        const tree = team?.tree ?? this.tree;
        const folder = url.searchParams.get('folder');
        const answer = (status, body) => {
            this.folderRequests.push({ parentId: parentId || null, folder, status, ...(team ? { teamId: team.id } : {}) });
            (0,http_helpers/* sendJson */.jD)(res, status, body);
        };
        if (!folder)
            return answer(400, { $id: '1', Message: 'The folder parameter is required' });
        const titles = folder.split('/');
        if (titles.some((title) => title.trim() === ''))
            return answer(400, { $id: '1', Message: 'The folder parameter has an empty folder name or a trailing slash' });
        const parent = parentId ? tree.find(parentId) : undefined;
        if (parentId && !parent)
            return answer(404, { $id: '1', Message: `Item ${parentId} not found` });
        if (parent && !['Folder', 'Flow', 'SubFlow'].includes(parent.type))
            return answer(409, { $id: '1', Message: `Folders cannot be created under a ${parent.type}` });
        const siblings = parent ? parent.children : tree.roots;
        if (siblings.some((item) => item.title === titles[0]))
            return answer(409, { $id: '1', Message: `A folder with the title '${titles[0]}' already exists` });
        let level = parent;
        for (const title of titles)
            level = tree.add(level, title, 'Folder');
        answer(200, this.cased(withRefIds([{ HierarchyItemId: level.id }])));
    }
    cased(value) {
        return cased(value, this.settings.propertyCase);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
// EXTERNAL MODULE: ./node_modules/yazl/index.js
var yazl = __webpack_require__(93044);
// EXTERNAL MODULE: ./src/core/zip.ts
var core_zip = __webpack_require__(71732);
;// CONCATENATED MODULE: ./src/sandbox/emulators/leapwork/packages.ts






/**
 * The zip packages items are imported from and exported as. Their inside is not documented: the
 * emulator keeps a package byte for byte, and learns which item it holds from
 * `sandbox-manifest.json` ({Title, Type}) when it carries one, else takes it for a Flow titled
 * after the uploaded file name.
 */
const PACKAGE_MANIFEST = 'sandbox-manifest.json';
/** The item a package holds: from its sandbox manifest, else a Flow named after the file. */
async function describePackage(file, filename) {
    const zip = await yauzl.openPromise(file);
    try {
        for (let entry = await (0,core_zip/* nextEntry */.oP)(zip); entry; entry = await (0,core_zip/* nextEntry */.oP)(zip)) {
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
    return { title: external_node_path_default().basename(filename || 'import.zip').replace(/\.zip$/i, ''), type: 'Flow' };
}
/** A seeded flow's package in `dir`: its manifest, the flow with one block per step, a data file. */
async function writeFlowPackage(dir, item, steps) {
    const file = external_node_path_default().join(dir, `seed-${item.id}.zip`);
    const zip = new yazl/* ZipFile */.u();
    const fixed = { mtime: new Date('2026-11-20T09:30:00Z') };
    zip.addBuffer(Buffer.from(JSON.stringify({ Id: item.id, Title: item.title, Type: item.type }, null, 2)), PACKAGE_MANIFEST, fixed);
    zip.addBuffer(Buffer.from(JSON.stringify({ Title: item.title, Blocks: steps.map((title, i) => ({ Id: i + 1, Title: title, Type: 'Action' })) }, null, 2)), `Flows/${item.title}.flow`, fixed);
    zip.addBuffer(Buffer.from('user,expected\nqa-user-1,Dashboard\n'), 'DataFiles/users.csv', fixed);
    zip.end();
    await (0,promises_.pipeline)(zip.outputStream, (0,external_node_fs_.createWriteStream)(file));
    return file;
}

;// CONCATENATED MODULE: ./src/sandbox/emulators/leapwork/seed.ts
/**
 * What the Leapwork emulator starts with: the access key it accepts, and a hierarchy of
 * "Team A" (Regression with two flows, Smoke) beside two top-level folders that share the title
 * "Archive" (titles are not unique in Leapwork).
 */
const SANDBOX_ACCESS_KEY = 'Lw7sBx2Qk9Fh4TzN';
const TEAM_A_ID = '3f0c2a9e-6b1d-4e57-9a8c-1d2e3f4a5b6c';
const REGRESSION_ID = '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const SEEDED_FLOW_ID = 'c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
const SEEDED_FLOW_TITLE = 'Login smoke test';
const SMOKE_ID = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9';
const CHECKOUT_ID = '0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e';
const ARCHIVE_IDS = ['a0a1a2a3-b4b5-4c6c-8d7d-e8e9f0f1f2f3', 'b1b2b3b4-c5c6-4d7d-9e8e-f9f0a1a2a3a4'];
/** Adds the seeded items to the tree; returns the flows with the steps their packages hold. */
function seedTree(tree) {
    const teamA = tree.add(undefined, 'Team A', 'Folder', TEAM_A_ID);
    const regression = tree.add(teamA, 'Regression', 'Folder', REGRESSION_ID);
    const login = tree.add(regression, SEEDED_FLOW_TITLE, 'Flow', SEEDED_FLOW_ID);
    const checkout = tree.add(regression, 'Checkout happy path', 'Flow', CHECKOUT_ID);
    tree.add(teamA, 'Smoke', 'Folder', SMOKE_ID);
    // Titles are not unique in Leapwork: two top-level folders share one.
    for (const id of ARCHIVE_IDS)
        tree.add(undefined, 'Archive', 'Folder', id);
    return [
        { item: login, steps: ['Navigate to login page', 'Type user name', 'Type password from data file', 'Assert dashboard visible'] },
        { item: checkout, steps: ['Open shop', 'Add item to basket', 'Pay with test card'] },
    ];
}
/**
 * Enterprise teams, each with its own hierarchy: "QA Platform" has Regression/"Login smoke test"
 * open in Studio (a collision with it needs force mode), and two teams whose names are close to
 * it, for the "did you mean" of an unknown name.
 */
const TEAM_QA_ID = '6d1f3c2b-8a4e-4f6a-9b7c-2e3d4f5a6b7c';
const TEAM_QA_NAME = 'QA Platform';
const TEAM_REGRESSION_ID = '7e2a4d3c-9b5f-4a7b-8c8d-3f4a5b6c7d8e';
const TEAM_LOGIN_FLOW_ID = '8f3b5e4d-0c6a-4b8c-9d9e-4a5b6c7d8e9f';
const TEAM_FLOW_OPENED_BY = 'maria.jensen';
/** Adds the seeded teams through TeamRoutes.add, named by its shape: the routes import the seed, never the other way round. */
function seedTeams(teams) {
    const qa = teams.add(TEAM_QA_ID, TEAM_QA_NAME);
    const regression = qa.tree.add(undefined, 'Regression', 'Folder', TEAM_REGRESSION_ID);
    const login = qa.tree.add(regression, SEEDED_FLOW_TITLE, 'Flow', TEAM_LOGIN_FLOW_ID);
    login.openedBy = TEAM_FLOW_OPENED_BY;
    qa.tree.add(undefined, 'Nightly', 'Folder');
    teams.add('4c5d6e7f-1a2b-4c3d-8e9f-5a6b7c8d9e0a', 'QA Payments');
    teams.add('2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d', 'Mobile QA');
    return [{ item: login, steps: ['Navigate to login page', 'Type user name', 'Assert dashboard visible'] }];
}

// EXTERNAL MODULE: ./src/platforms/leapwork/endpoints.ts
var endpoints = __webpack_require__(92864);
;// CONCATENATED MODULE: ./src/sandbox/emulators/leapwork/settings.ts


function defaultSettings() {
    return {
        accessKey: SANDBOX_ACCESS_KEY,
        v4Hierarchy: true,
        collisions: 'replace',
        locked: [],
        importStatus: null,
        importDelayMs: 0,
        exportRoute: endpoints/* DEFAULT_EXPORT_ENDPOINT */.f4,
        partName: 'zip file',
        hidden: [],
        hierarchyShape: 'nested',
        propertyCase: 'pascal',
        importReply: 'documented',
        teamsRoute: '/api/v4/team/all',
        teamsScope: true,
        teamHierarchy: true,
    };
}
/** The names `POST /__sandbox/config` takes for this platform (any other is refused). */
const settingNames = Object.keys(defaultSettings());
/** Takes the settings this emulator knows from `config`; anything else is another layer's (jobs, rateLimit). */
function applySettings(settings, config) {
    for (const key of Object.keys(settings)) {
        if (config[key] !== undefined)
            settings[key] = config[key];
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/sandbox/emulators/leapwork/store.ts


class AssetTree {
    clock;
    roots = [];
    constructor(clock) {
        this.clock = clock;
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
    add(parent, title, type, id = (0,external_node_crypto_.randomUUID)()) {
        const now = new Date(this.clock.now());
        const item = { id, title, type, parentId: parent?.id, created: now, modified: now, children: [] };
        (parent ? parent.children : this.roots).push(item);
        return item;
    }
    /** Every item with its path of titles, for tests (`GET /__sandbox/state`). */
    state() {
        const flat = [];
        const walk = (items, trail) => {
            for (const item of items) {
                const itemPath = [...trail, item.title];
                flat.push({
                    id: item.id,
                    path: itemPath.join('/'),
                    type: item.type,
                    parentId: item.parentId ?? null,
                    package: item.package ? external_node_path_default().basename(item.package) : null,
                    ...(item.openedBy ? { openedBy: item.openedBy } : {}),
                });
                walk(item.children, itemPath);
            }
        };
        walk(this.roots, []);
        return flat;
    }
}

;// CONCATENATED MODULE: ./src/sandbox/emulators/leapwork/teams.ts



class TeamRoutes {
    settings;
    clock;
    hierarchy;
    transfers;
    teams = [];
    constructor(settings, clock, hierarchy, transfers) {
        this.settings = settings;
        this.clock = clock;
        this.hierarchy = hierarchy;
        this.transfers = transfers;
    }
    add(id, name) {
        const team = { id, name, tree: new AssetTree(this.clock) };
        this.teams.push(team);
        return team;
    }
    /** Registered before the hierarchy routes: `…/create/folder/{teamId}/` would otherwise read as an item id. */
    register(router) {
        router.on('GET', '/api/v4/hierarchy/team/:teamId', (c) => this.teamHierarchy(c.res, c.params.teamId));
        router.on('PUT', '/api/v4/hierarchy/create/folder/:teamId/:itemId', (c) => {
            const team = this.find(c.params.teamId);
            if (!team)
                return this.unknownTeam(c.req, c.res, c.params.teamId);
            this.hierarchy.createFolder(c.req, c.res, c.url, c.params.itemId || undefined, team);
        });
        router.on('POST', '/api/v4/import/:teamId/:timeoutMinutes/:targetItemId', async (c) => {
            const team = this.find(c.params.teamId);
            if (!team)
                return this.unknownTeam(c.req, c.res, c.params.teamId);
            // `force=1` as the page's request URL shows; any value but 0/false is taken as on.
            const force = c.url.searchParams.get('force') ?? c.url.searchParams.get('Force');
            await this.transfers.importPackage(c.req, c.res, c.params.timeoutMinutes, c.params.targetItemId, {
                id: team.id,
                tree: team.tree,
                force: force !== null && !/^(0|false)$/i.test(force),
            });
        });
    }
    /** Get All Teams, on the path the `teamsRoute` setting names; false when the request is not that. */
    listIfMatched(req, res, url) {
        if (req.method !== 'GET' || !this.settings.teamsRoute || url.pathname !== this.settings.teamsRoute)
            return false;
        req.resume();
        if (!this.settings.teamsScope) {
            (0,http_helpers/* sendJson */.jD)(res, 403, { $id: '1', Message: 'AccessKey does not have the relevant scope permission' });
            return true;
        }
        (0,http_helpers/* sendJson */.jD)(res, 200, cased(withRefIds(this.teams.map((team) => ({ Id: team.id, Name: team.name }))), this.settings.propertyCase));
        return true;
    }
    state() {
        return this.teams.map((team) => ({ id: team.id, name: team.name, items: team.tree.state() }));
    }
    teamHierarchy(res, teamId) {
        if (!this.settings.teamHierarchy) {
            return (0,http_helpers/* sendJson */.jD)(res, 404, { $id: '1', Message: `No HTTP resource was found that matches the request URI '/api/v4/hierarchy/team/${teamId}'.` });
        }
        const team = this.find(teamId);
        if (!team)
            return (0,http_helpers/* sendJson */.jD)(res, 404, { $id: '1', Message: `Team ${teamId} not found` });
        this.hierarchy.whole(res, team.tree);
    }
    find(id) {
        return this.teams.find((team) => team.id.toLowerCase() === id.toLowerCase());
    }
    unknownTeam(req, res, id) {
        req.resume();
        (0,http_helpers/* sendJson */.jD)(res, 404, { $id: '1', Message: `Team ${id} not found` });
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/sandbox/emulators/leapwork/transfer-routes.ts







/**
 * The Controller's import and export. The import is synchronous, into a folder, with the
 * multipart part `zip file` (https://www.leapwork.com/product/documentation/rest-api/v4/import);
 * an item of the same title and type is replaced. The export endpoint is not documented: here it
 * answers on the route of the `exportRoute` setting with the package the item was imported from
 * (or seeded with), byte for byte. Packages stay on disk: a 1 GiB import or export goes through
 * as a stream.
 */
class TransferRoutes {
    tree;
    settings;
    storageDir;
    clock;
    /** Every import and its outcome, for tests (`GET /__sandbox/state`). */
    imports = [];
    /** The teams' trees: an export finds an item by id wherever it is. */
    otherTrees = () => [];
    constructor(tree, settings, storageDir, clock) {
        this.tree = tree;
        this.settings = settings;
        this.storageDir = storageDir;
        this.clock = clock;
    }
    register(router) {
        router.on('POST', '/api/v4/import/:timeoutMinutes/:targetItemId', (c) => this.importPackage(c.req, c.res, c.params.timeoutMinutes, c.params.targetItemId));
    }
    /** Answers the request when it is an export (on the route the `exportRoute` setting names); false when it is not one. */
    async exportIfMatched(req, res, url) {
        const exportParams = this.matchExport(req.method ?? 'GET', url.pathname);
        if (!exportParams)
            return false;
        req.resume();
        await this.exportItem(res, exportParams.itemId ?? '');
        return true;
    }
    /**
     * Import, or Import To Team (`team`: its tree, and force mode). A title collision replaces the
     * item of the same title and type; one the Controller cannot resolve answers 409: another type,
     * every collision under `collisions: 'refuse'`, or a flow someone has open in Studio (`locked`,
     * or seeded `openedBy`), unless force mode "locks all user-opened flows which should be replaced"
     * (https://www.leapwork.com/product/documentation/rest-api/v4/import-to-team).
     */
    async importPackage(req, res, timeoutText, targetId, team) {
        const target = (team?.tree ?? this.tree).find(targetId);
        if (!/^-?\d+$/.test(timeoutText)) {
            req.resume();
            return (0,http_helpers/* sendJson */.jD)(res, 400, { $id: '1', Message: 'timeoutMinutes must be an integer' });
        }
        if (!target || target.type !== 'Folder') {
            req.resume();
            return (0,http_helpers/* sendJson */.jD)(res, 404, { $id: '1', Message: target ? `Item ${targetId} is not a folder` : `Folder ${targetId} not found${team ? ' in this team' : ''}` });
        }
        const { files } = await (0,http_helpers/* readMultipart */.N7)(req, this.storageDir);
        const part = files.find((file) => file.field === this.settings.partName);
        for (const other of files)
            if (other !== part)
                await (0,external_node_fs_promises_.rm)(other.path, { force: true });
        const forced = [];
        const record = (outcome) => this.imports.push({
            target: targetId,
            ...(team ? { teamId: team.id, force: team.force, forced } : {}),
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
                await (0,external_node_fs_promises_.rm)(part.path, { force: true });
            record(`HTTP ${status}`);
            (0,http_helpers/* sendJson */.jD)(res, status, { $id: '1', Message: message });
        };
        if (!part)
            return refuse(400, `The request has no multipart part named '${this.settings.partName}'`);
        if (this.settings.importStatus)
            return refuse(this.settings.importStatus, `Sandbox: import answered with ${this.settings.importStatus}`);
        let described;
        try {
            described = await describePackage(part.path, part.filename);
        }
        catch (error) {
            return refuse(400, `The file is not a valid exported package: ${error.message}`);
        }
        if (this.settings.importDelayMs > 0)
            await (0,external_node_timers_promises_.setTimeout)(this.settings.importDelayMs);
        const existing = target.children.find((item) => item.title === described.title);
        if (existing) {
            const opened = this.settings.locked.includes(existing.id) || !!existing.openedBy;
            const unresolved = this.settings.collisions === 'refuse' || opened;
            if (existing.type !== described.type || (unresolved && !team?.force)) {
                const why = existing.type !== described.type ? '' : opened ? ' (the flow is opened by a user)' : '';
                return refuse(409, `Title collision: '${described.title}' already exists in '${target.title}' and cannot be replaced${why}`);
            }
            if (opened) {
                forced.push(existing.id);
                existing.openedBy = undefined;
            }
            if (existing.package)
                await (0,external_node_fs_promises_.rm)(existing.package, { force: true });
            existing.package = part.path;
            existing.modified = new Date(this.clock.now());
        }
        else {
            this.tree.add(target, described.title, described.type).package = part.path;
        }
        record('imported');
        const result = cased({ $id: '1', IsSuccessful: true }, this.settings.propertyCase);
        (0,http_helpers/* sendJson */.jD)(res, 200, this.settings.importReply === 'bare' ? true : this.settings.importReply === 'array' ? [result] : result);
    }
    async exportItem(res, itemId) {
        const item = [this.tree, ...this.otherTrees()].map((tree) => tree.find(itemId)).find(Boolean);
        if (!item)
            return (0,http_helpers/* sendJson */.jD)(res, 404, { $id: '1', Message: `Item ${itemId} not found` });
        if (!item.package)
            return (0,http_helpers/* sendJson */.jD)(res, 400, { $id: '1', Message: `Sandbox: ${item.type} '${item.title}' has no package to export (the sandbox exports flows)` });
        const { size } = await (0,external_node_fs_promises_.stat)(item.package);
        res.writeHead(200, {
            'content-type': 'application/octet-stream',
            'content-length': size,
            'content-disposition': `attachment; filename="${item.title.replace(/[^\x20-\x7e]|"/g, '_')}.zip"; filename*=UTF-8''${encodeURIComponent(`${item.title}.zip`)}`,
        });
        await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(item.package), res).catch(() => res.destroy());
    }
    /** The export route from its "METHOD /path/{itemId}" setting, matched per request so it can change at run time. */
    matchExport(method, pathname) {
        const [routeMethod, template] = this.settings.exportRoute.includes(' ') ? this.settings.exportRoute.split(/\s+/, 2) : ['GET', this.settings.exportRoute];
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
}

;// CONCATENATED MODULE: ./src/sandbox/emulators/leapwork/emulator.ts









/**
 * A Leapwork Controller as its REST API v4 documentation describes it
 * (https://www.leapwork.com/product/documentation/rest-api): the `AccessKey` header (any case),
 * the asset hierarchy and folder creation (hierarchy-routes.ts), the synchronous import into a
 * folder and the undocumented export (transfer-routes.ts), replies written as Json.NET writes
 * them (json-net.ts), over the tree of store.ts seeded from seed.ts. What the documentation
 * leaves open is a setting (settings.ts).
 *
 * This file is the gateway: the access key on every request, then the export route (a setting,
 * matched per request), then the other routes.
 */
const leapworkEmulator = {
    settingNames: settingNames,
    create: (options) => new LeapworkEmulator(options),
};
class LeapworkEmulator {
    options;
    settings = defaultSettings();
    tree;
    hierarchy;
    transfers;
    teams;
    router = new router/* Router */.I();
    /** The seeded items' packages, written on the first request (a sandbox started and closed at once writes nothing). */
    packagesWritten;
    seededPackages;
    constructor(options) {
        this.options = options;
        applySettings(this.settings, options.config);
        this.tree = new AssetTree(options.clock);
        this.seededPackages = seedTree(this.tree);
        this.hierarchy = new HierarchyRoutes(this.tree, this.settings);
        this.transfers = new TransferRoutes(this.tree, this.settings, options.storageDir, options.clock);
        this.teams = new TeamRoutes(this.settings, options.clock, this.hierarchy, this.transfers);
        this.seededPackages.push(...seedTeams(this.teams));
        this.transfers.otherTrees = () => this.teams.teams.map((team) => team.tree);
        this.teams.register(this.router);
        this.hierarchy.register(this.router);
        this.transfers.register(this.router);
    }
    get inputs() {
        return { 'api-key': this.settings.accessKey };
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
        return [this.settings.accessKey];
    }
    configure(config) {
        applySettings(this.settings, config);
    }
    state() {
        return { items: this.tree.state(), teams: this.teams.state(), imports: this.transfers.imports, folderRequests: this.hierarchy.folderRequests };
    }
    async handle(req, res, url) {
        await (this.packagesWritten ??= this.writeSeedPackages());
        // Header names arrive lower-cased, so `AccessKey` and `accessKey` (both in the docs) are the same here.
        if ((0,http_helpers/* header */.wx)(req, 'accesskey') !== this.settings.accessKey) {
            req.resume();
            return (0,http_helpers/* sendText */.oF)(res, 401, 'Unauthorized, incorrect access key');
        }
        if (await this.transfers.exportIfMatched(req, res, url))
            return;
        if (this.teams.listIfMatched(req, res, url))
            return;
        if (!(await this.router.dispatch(req, res, url))) {
            req.resume();
            (0,http_helpers/* sendJson */.jD)(res, 404, { $id: '1', Message: `No HTTP resource was found that matches the request URI '${url.pathname}'.` });
        }
    }
    async writeSeedPackages() {
        for (const { item, steps } of this.seededPackages)
            item.package = await writeFlowPackage(this.options.storageDir, item, steps);
    }
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
