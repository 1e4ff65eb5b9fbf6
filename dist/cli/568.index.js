export const id = 568;
export const ids = [568];
export const modules = {

/***/ 31724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ writeHashed)
/* harmony export */ });
/* harmony import */ var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16082);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78616);
/* harmony import */ var _plain_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19130);





/**
 * Writes a file from pieces (text or bytes) and takes its SHA-256 as it writes, so a bundle file
 * is never read back to be hashed. Pieces are gathered into writes of about WRITE_BYTES. The file
 * appears whole or not at all (a temporary name beside it, renamed), and is remembered as the file
 * of that checksum (core/plain-file.ts), as if `digestPlainFile` had read it.
 */
const WRITE_BYTES = 256 * 1024;
async function writeHashed(file, pieces, mode = 0o644) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
    const temp = (0,_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .siblingTemp */ .ht)(file);
    const hash = (0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256');
    let bytes = 0;
    try {
        const output = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', mode);
        try {
            const write = async (data) => {
                hash.update(data);
                bytes += data.length;
                for (let done = 0; done < data.length;)
                    done += (await output.write(data, done, data.length - done)).bytesWritten;
            };
            let text = [];
            let textLength = 0;
            const flush = async () => {
                if (text.length === 0)
                    return;
                const data = Buffer.from(text.join(''), 'utf8');
                text = [];
                textLength = 0;
                await write(data);
            };
            for await (const piece of pieces) {
                if (typeof piece !== 'string') {
                    await flush();
                    await write(piece);
                    continue;
                }
                text.push(piece);
                textLength += piece.length;
                if (textLength >= WRITE_BYTES)
                    await flush();
            }
            await flush();
            (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_4__/* .remember */ .kY)(file, await output.stat({ bigint: true }));
        }
        finally {
            await output.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    return { bytes, sha256: hash.digest('hex') };
}


/***/ }),

/***/ 99242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TQ: () => (/* binding */ editedPieces),
/* harmony export */   rb: () => (/* binding */ toPointer)
/* harmony export */ });
/* unused harmony export applyEdits */
/* harmony import */ var _json_walk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33603);

/**
 * Applies non-overlapping edits in one pass: the pieces of `editedPieces` joined once, so a file
 * with a million placeholders costs its length, not its length squared. (Files are written from
 * the pieces instead, core/hashed-write.ts, without this whole copy.)
 */
function applyEdits(text, edits) {
    return [...editedPieces(text, edits)].join('');
}
/** How long a piece of unedited text `editedPieces` gives at most, in UTF-16 units (about). */
const PIECE_CHARS = 256 * 1024;
/**
 * The pieces of `text` with `edits` applied (non-overlapping, any order): the text between the
 * edits and their replacements, in order, so a file is edited in one pass without a second copy
 * of it in memory. `prefix` (a byte order mark to keep) comes first.
 */
function* editedPieces(text, edits, prefix = '') {
    if (prefix)
        yield prefix;
    let at = 0;
    for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
        yield* slices(text, at, edit.offset);
        yield edit.text;
        at = edit.offset + edit.length;
    }
    yield* slices(text, at, text.length);
}
/**
 * `text` from `start` to `end` in slices of about PIECE_CHARS, so no piece is a second copy of a
 * large text. A slice never ends between the two halves of a surrogate pair: each piece is encoded
 * to UTF-8 alone, and half a pair would become U+FFFD.
 */
function* slices(text, start, end) {
    for (let from = start; from < end;) {
        let to = Math.min(end, from + PIECE_CHARS);
        const last = text.charCodeAt(to - 1);
        if (to < end && last >= 0xd800 && last <= 0xdbff)
            to++;
        yield text.slice(from, to);
        from = to;
    }
}
/** RFC 6901 pointer of a path: `/env/3/value`. */
function toPointer(path) {
    return (0,_json_walk_js__WEBPACK_IMPORTED_MODULE_0__/* .pointerOf */ .rq)(path);
}


/***/ }),

/***/ 73593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ PLACEHOLDER),
/* harmony export */   Z5: () => (/* binding */ fitsTemplate),
/* harmony export */   pi: () => (/* binding */ PLACEHOLDER_START),
/* harmony export */   qf: () => (/* binding */ placeholder)
/* harmony export */ });
/* unused harmony export placeholderNames */
/**
 * Placeholders in bundle JSON string values: `${flowferry.NAME}`. An export that redacts a secret
 * writes one in its place; an import fills them from `vars-file` and the environment. The
 * syntax is flowferry's own so it cannot be mistaken for a platform's templating (Kore.ai's
 * `{{env.X}}`, Zuora's Liquid) or for a GitHub expression.
 */
const PLACEHOLDER = /\$\{flowferry\.([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** What every placeholder starts with: a text without it holds none, whatever else it holds. */
const PLACEHOLDER_START = '${flowferry.';
function placeholder(name) {
    return `\${flowferry.${name}}`;
}
function placeholderNames(text) {
    return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);
}
/**
 * Whether a live value is what a template with placeholders could have produced: each
 * placeholder stands for any text. Lets diff treat a redacted secret as unchanged.
 */
function fitsTemplate(template, value) {
    if (typeof template !== 'string' || !template.includes(PLACEHOLDER_START))
        return false;
    if (typeof value !== 'string')
        return template.replace(PLACEHOLDER, '') === '' && value !== undefined;
    const pattern = template
        .split(PLACEHOLDER)
        .map((part, i) => (i % 2 === 1 ? '[\\s\\S]*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
    return new RegExp(`^${pattern}$`).test(value);
}


/***/ }),

/***/ 13862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ secretEdits),
/* harmony export */   dL: () => (/* binding */ findSecrets),
/* harmony export */   rR: () => (/* binding */ redactDocument),
/* harmony export */   tF: () => (/* binding */ looksLikeSecretKey)
/* harmony export */ });
/* unused harmony exports redactSecrets, nameFor */
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60484);
/* harmony import */ var _json_depth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19033);
/* harmony import */ var _json_edit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99242);
/* harmony import */ var _json_walk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33603);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73593);





const SECRET_WORDS = new Set(['password', 'passwd', 'passphrase', 'secret', 'token', 'credential', 'credentials', 'authorization', 'cookie']);
const SECRET_PAIRS = new Set(['api key', 'access key', 'private key', 'client secret', 'secret key']);
const REFERENCE = /\{\{[^}]*\}\}|\$\{[^}]*\}|\{%[^%]*%\}/;
/** Whether a key names a credential: its last word (camelCase, snake_case or kebab-case) says so. */
function looksLikeSecretKey(key) {
    const words = key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
    return SECRET_WORDS.has(words.at(-1) ?? '') || SECRET_PAIRS.has(words.slice(-2).join(' ')) || words.join('') === 'apikey';
}
/**
 * The secrets of a parsed document, each named once: the platform's marks first, then every
 * string under a credential-named key, found by walking the parsed value (no syntax tree, no
 * second parse). A value that is a reference, a placeholder or blank is not a secret.
 */
function findSecrets(document, rules = {}) {
    const spots = [...(rules.secrets?.(document) ?? [])];
    // Documents repeat their keys (id, name, type) a million times: each is judged once.
    const verdicts = new Map();
    const isSecretKey = (key) => verdicts.get(key) ?? (verdicts.size < 10_000 ? verdicts.set(key, looksLikeSecretKey(key)).get(key) : looksLikeSecretKey(key));
    walkStrings(document, [], 0, isSecretKey, (path) => spots.push({ path, name: nameFor(document, path), reason: `the key "${path.at(-1)}" names a credential` }));
    const used = new Map();
    const seen = new Set();
    const found = [];
    for (const spot of spots) {
        const pointer = (0,_json_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .toPointer */ .rb)(spot.path);
        const value = valueAt(document, spot.path);
        if (typeof value !== 'string' || seen.has(pointer) || !isSecretValue(value))
            continue;
        seen.add(pointer);
        found.push({ path: spot.path, name: uniqueName(sanitize(spot.name), value, used), pointer, reason: spot.reason });
    }
    return found;
}
/** Puts each secret's placeholder in its place in the parsed document, which is changed. */
function redactDocument(document, found) {
    for (const secret of found) {
        const parent = valueAt(document, secret.path.slice(0, -1));
        parent[secret.path.at(-1)] = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_4__/* .placeholder */ .qf)(secret.name);
    }
}
/**
 * The same secrets as edits of the document's text, for a file whose other bytes must stay (an
 * opaque platform file): one walk of the text, which builds the path only of values under a
 * secret's key. Every occurrence of a secret's path is replaced that holds a secret value (a key
 * written twice, of which JSON.parse keeps the last, is not left behind).
 */
function secretEdits(text, found) {
    if (found.length === 0)
        return [];
    const byPointer = new Map(found.map((secret) => [secret.pointer, JSON.stringify((0,_placeholders_js__WEBPACK_IMPORTED_MODULE_4__/* .placeholder */ .qf)(secret.name))]));
    const keys = new Set(found.map((secret) => secret.path.at(-1)));
    const edits = [];
    (0,_json_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .visitStringValues */ .fw)(text, (string, path) => {
        const replacement = byPointer.get((0,_json_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .toPointer */ .rb)(path()));
        if (replacement !== undefined && isSecretValue(string.value))
            edits.push({ offset: string.offset, length: string.length, text: replacement });
    }, (key) => keys.has(key));
    return edits;
}
/** Redacts `text`, keeping every other byte; a text that is not JSON comes back unchanged. */
function redactSecrets(text, rules = {}) {
    if (tooDeep(text) !== undefined)
        throw new TooDeepError();
    let document;
    try {
        document = JSON.parse(text);
    }
    catch {
        return { text, redacted: [] };
    }
    const found = findSecrets(document, rules);
    return { text: applyEdits(text, secretEdits(text, found)), redacted: found.map(({ name, pointer, reason }) => ({ name, pointer, reason })) };
}
/** Calls `onSecretKey` with the path of each string under a credential-named key; one path array is reused for the walk. */
function walkStrings(node, path, depth, isSecretKey, onSecretKey) {
    (0,_json_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .guardDepth */ .RV)(depth);
    if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
            path.push(i);
            walkStrings(node[i], path, depth + 1, isSecretKey, onSecretKey);
            path.pop();
        }
    }
    else if ((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isJsonObject */ .OW)(node)) {
        for (const key of Object.keys(node)) {
            const value = node[key];
            path.push(key);
            if (typeof value === 'string') {
                if (isSecretKey(key))
                    onSecretKey([...path]);
            }
            else if (value !== null && typeof value === 'object')
                walkStrings(value, path, depth + 1, isSecretKey, onSecretKey);
            path.pop();
        }
    }
}
function valueAt(document, path) {
    let node = document;
    for (const segment of path) {
        if (Array.isArray(node) && typeof segment === 'number')
            node = node[segment];
        else if ((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isJsonObject */ .OW)(node) && Object.hasOwn(node, segment))
            node = node[segment];
        else
            return undefined;
    }
    return node;
}
function isSecretValue(value) {
    return value.trim() !== '' && !REFERENCE.test(value) && !new RegExp(_placeholders_js__WEBPACK_IMPORTED_MODULE_4__/* .PLACEHOLDER */ .Kx.source).test(value);
}
/**
 * A stable name from where the value sits: array elements are named by their `name`, `key`,
 * `title` or `id` when they have one, so the name survives a reordering.
 */
function nameFor(document, path) {
    const parts = [];
    let node = document;
    for (const segment of path) {
        const child = Array.isArray(node) ? node[segment] : (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isJsonObject */ .OW)(node) ? node[segment] : undefined;
        if (typeof segment === 'number') {
            const label = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isJsonObject */ .OW)(child) ? [child.name, child.key, child.title, child.id].find((v) => typeof v === 'string' || typeof v === 'number') : undefined;
            parts.push(label === undefined ? String(segment) : String(label));
        }
        else
            parts.push(segment);
        node = child;
    }
    return parts.join('_');
}
function sanitize(name) {
    const clean = name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .toUpperCase();
    return /^[A-Z_]/.test(clean) ? clean || 'SECRET' : `_${clean}`;
}
/** The same name for the same value; a suffix when one name would stand for two values. */
function uniqueName(base, value, used) {
    for (let n = 1;; n++) {
        const name = n === 1 ? base : `${base}_${n}`;
        const existing = used.get(name);
        if (existing === undefined) {
            used.set(name, value);
            return name;
        }
        if (existing === value)
            return name;
    }
}


/***/ }),

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

/***/ 90568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collect: () => (/* binding */ collect),
  exportLive: () => (/* binding */ exportLive),
  exportOperation: () => (/* binding */ exportOperation),
  finishExport: () => (/* binding */ finishExport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/bundle.ts
var bundle = __webpack_require__(33303);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(60484);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/fs.ts
var fs = __webpack_require__(78616);
// EXTERNAL MODULE: ./src/core/hashed-write.ts
var hashed_write = __webpack_require__(31724);
// EXTERNAL MODULE: ./src/core/json-edit.ts
var json_edit = __webpack_require__(99242);
// EXTERNAL MODULE: ./src/core/json-location.ts
var json_location = __webpack_require__(25049);
// EXTERNAL MODULE: ./src/core/json-text.ts
var json_text = __webpack_require__(5737);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(36419);
// EXTERNAL MODULE: ./src/core/memory.ts
var memory = __webpack_require__(11360);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(22483);
// EXTERNAL MODULE: ./src/core/plain-file.ts
var plain_file = __webpack_require__(19130);
// EXTERNAL MODULE: ./src/core/redaction.ts
var core_redaction = __webpack_require__(13862);
// EXTERNAL MODULE: ./src/core/zip.ts
var zip = __webpack_require__(71732);
// EXTERNAL MODULE: ./src/core/phrasing.ts
var phrasing = __webpack_require__(31677);
;// CONCATENATED MODULE: ./src/core/bundle-write.ts

















/**
 * Finishes an export: JSON files rewritten canonically, checksums taken, the manifest written,
 * and the staging directory moved into place in one rename. `target` is only replaced when it is
 * a previous bundle or empty, never an unrelated directory. Each file is read at most once here:
 * a rewritten file is hashed as it is written, and a kept one comes with the checksum its
 * download or unpacking took (`ExportedFile.digest`), else is hashed once.
 */
async function writeBundle(options) {
    await assertReplaceable(options.target);
    // A client that parsed the download on its way (for a name, a version) is done with it.
    (0,memory/* releaseGarbage */.FS)();
    const entries = [];
    const placeholders = [];
    for (const file of options.files) {
        // A name derived from a platform's reply (a Leapwork item title) must be one a bundle can hold.
        const unsafe = (0,names/* unsafeManifestPath */.Jy)(file.path);
        if (unsafe)
            throw errors/* BundleError */.rJ.at({ file: file.path }, 'manifest.path', `the platform's export gives a file a name flowferry cannot write: ${unsafe}`);
        const absolute = external_node_path_default().join(options.staging, ...file.path.split('/'));
        const rule = options.rules.find((r) => r.role === file.role);
        const { size } = await (0,promises_.stat)(absolute);
        // A document too big to parse in memory keeps its bytes: streamed through, not canonicalised.
        const json = rule?.format === 'json' && size <= limits/* JSON_PARSE_LIMIT */.jA;
        const unsearchable = options.redact && !json ? await whyUnsearchable(absolute, size) : undefined;
        if (unsearchable)
            options.onUnsearched?.(file.path, unsearchable);
        let digest;
        if (json || (options.redact && !unsearchable)) {
            const rewritten = await rewriteExported(absolute, file.path, json, options.redact ? { rules: rule?.redact } : undefined, options.onUnsearched);
            for (const found of rewritten.redacted)
                placeholders.push({ ...found, file: file.path });
            digest = rewritten.digest;
            (0,memory/* releaseGarbage */.FS)();
        }
        digest ??= await (0,bundle/* digestOf */.ol)(options.staging, file);
        entries.push({ path: file.path, role: file.role, bytes: digest.bytes, sha256: digest.sha256 });
    }
    const manifest = {
        schema: 1,
        platform: options.platform,
        name: options.name,
        source: options.source,
        files: entries,
        ...(placeholders.length > 0 ? { placeholders } : {}),
    };
    await (0,fs/* writeFileAtomic */.Zf)(external_node_path_default().join(options.staging, bundle/* MANIFEST */.e0), (0,canonical_json/* canonicalJson */.dj)(manifest));
    await (0,fs/* replaceDir */.AQ)(options.staging, options.target);
    return manifest;
}
/**
 * An exported file made ready for the bundle: a JSON role's document written canonically, and
 * with `redaction` (redact-secrets) credential values replaced by placeholders. Text that is not
 * UTF-8 or nests past core's limit (core/json-text.ts) fails a JSON role, and leaves an opaque
 * file as it is, reported as unsearched. Opaque files change only where a value was redacted.
 * The text is parsed once (JSON.parse); the secrets are found in the parsed value; a JSON role is
 * written from the value, an opaque file from its text with the secrets cut out, in one pass.
 * The digest is of what was written; none when the file was left as it was.
 */
async function rewriteExported(absolute, name, json, redaction, onUnsearched) {
    const read = await readText(absolute, name);
    if ('problem' in read) {
        if (json)
            throw (0,json_text/* textError */.MZ)(name, { ...read.problem, message: `the platform exported a file that ${read.problem.message}` });
        onUnsearched?.(name, read.problem.rule === 'json.encoding' ? 'not UTF-8 text' : 'nested too deeply to search');
        return { redacted: [] };
    }
    let document;
    try {
        document = JSON.parse(read.text);
    }
    catch (error) {
        if (!json)
            return { redacted: [] };
        throw errors/* BundleError */.rJ.at({ file: name, ...(0,json_location/* locateJsonError */.R4)(read.text) }, 'json.syntax', `the platform exported a file that is not valid JSON (${error.message})`);
    }
    const found = redaction ? (0,core_redaction/* findSecrets */.dL)(document, redaction.rules) : [];
    const redacted = found.map(({ name: placeholder, pointer, reason }) => ({ name: placeholder, pointer, reason }));
    if (json) {
        (0,core_redaction/* redactDocument */.rR)(document, found);
        return { redacted, digest: await (0,hashed_write/* writeHashed */.N)(absolute, (0,canonical_json/* canonicalPieces */.Eu)(document), 0o666) };
    }
    if (found.length === 0)
        return { redacted };
    // Every other byte stays, the byte order mark included.
    return { redacted, digest: await (0,hashed_write/* writeHashed */.N)(absolute, (0,json_edit/* editedPieces */.TQ)(read.text, (0,core_redaction/* secretEdits */.I_)(read.text, found), read.bom ? '\uFEFF' : ''), 0o666) };
}
/** A file's checked JSON text, and whether a byte order mark preceded it; its bytes are not kept. */
async function readText(file, name) {
    const bytes = await (0,plain_file/* readPlainFile */.b$)(file, { shown: name }, limits/* JSON_PARSE_LIMIT */.jA);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const checked = (0,json_text/* jsonTextOrProblem */.op)(bytes);
    return 'problem' in checked ? checked : { text: checked.text, bom };
}
/** Why redaction cannot search a file: a zip (the opaque format flowferry meets), or too large to parse. */
async function whyUnsearchable(file, size) {
    if (await (0,zip/* isZipFile */.G5)(file))
        return 'a zip archive, kept byte for byte';
    return size > limits/* JSON_PARSE_LIMIT */.jA ? `larger than ${limits/* JSON_PARSE_LIMIT */.jA} bytes, the most flowferry parses` : undefined;
}
async function assertReplaceable(target) {
    if (!(await (0,fs/* exists */.t2)(target)))
        return;
    const info = await (0,promises_.stat)(target);
    if (!info.isDirectory()) {
        throw new errors/* BundleError */.rJ(`path '${(0,fs/* displayPath */.Gt)(target)}' is a file; export writes a directory`, [], {
            hint: `Point ${(0,phrasing/* input */.hF)('path')} at a new or empty directory, e.g. ${(0,phrasing/* setting */.Pe)('path', 'flowferry-export')}.`,
        });
    }
    if (!(await (0,fs/* isEmptyDir */.Zs)(target)) && !(await (0,fs/* exists */.t2)(external_node_path_default().join(target, bundle/* MANIFEST */.e0)))) {
        throw new errors/* BundleError */.rJ(`path '${(0,fs/* displayPath */.Gt)(target)}' is a directory that holds other files, not a flowferry bundle`, [], {
            hint: `Export replaces the directory it writes; point ${(0,phrasing/* input */.hF)('path')} at a new directory or an earlier export.`,
        });
    }
}

// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(56107);
// EXTERNAL MODULE: ./src/input-names.ts
var input_names = __webpack_require__(74098);
// EXTERNAL MODULE: ./src/core/artifact-name.ts
var artifact_name = __webpack_require__(70761);
// EXTERNAL MODULE: ./src/operations/job.ts + 3 modules
var operations_job = __webpack_require__(66114);
// EXTERNAL MODULE: ./src/operations/result.ts
var operations_result = __webpack_require__(94649);
;// CONCATENATED MODULE: ./src/operations/export.ts










/** `operation: export`: the workflow into a bundle at `path`, then (by default) an artifact. */
async function exportOperation(context) {
    const { platform, settings } = context;
    const result = (0,operations_result/* newResult */.YT)(platform.name, 'export', { workflowId: settings.workflowId, workflowName: settings.workflowName });
    await (0,operations_result/* settle */.G9)(result, context.clock, async (cleanup) => {
        // Confined to the workspace before anything is created (core/paths.ts).
        const target = await (0,paths/* exportTarget */.cO)(settings.path, input_names/* Input */.pd.Path);
        const staging = await (0,fs/* stagingDirFor */.UN)(target);
        cleanup.push(staging);
        const live = await exportLive(context, staging, result);
        if (live)
            await finishExport(context, result, live.exported, staging, target, live.job);
    });
    return [result];
}
/**
 * Runs the platform's export into `staging` and follows its job: the files of the live workflow,
 * or undefined when `wait: false` left the job running (the result then says in-progress).
 * Shared by export, diff and import's backup.
 */
async function exportLive(context, staging, result, options = {}) {
    const client = context.client();
    const outcome = await context.log.group(`Export from ${context.platform.title}`, () => client.exportWorkflow(staging));
    result.workflowId = outcome.workflowId ?? result.workflowId;
    result.version = outcome.version ?? result.version;
    result.downloadUrl = outcome.downloadUrl;
    result.platformStatus = outcome.platformStatus;
    if (outcome.exported)
        return { exported: outcome.exported };
    const job = await (0,operations_job/* followJob */.B)(context, outcome.job, result, `the export of workflow ${result.workflowId}`, options);
    if (!job)
        return undefined;
    // The link may come only with the finished job's record (Kore.ai's export reply can lack it).
    result.downloadUrl = job.downloadUrl ?? result.downloadUrl;
    return { exported: await collect(context, job, staging), job };
}
async function collect(context, job, staging) {
    const client = context.client();
    if (!client.collectExport)
        throw new Error(`${context.platform.name} ran an export job but cannot collect its files`);
    return client.collectExport(job, staging);
}
/** Writes the bundle from the staged files and uploads it; shared by export and by wait on an export job. */
async function finishExport(context, result, exported, staging, target, job) {
    const { platform, settings, log } = context;
    result.workflowId = exported.workflowId;
    result.workflowName = exported.name;
    result.version = exported.version ?? result.version;
    const unsearched = [];
    const manifest = await log.group(`Write the bundle to ${(0,fs/* displayPath */.Gt)(target)}`, () => writeBundle({
        staging,
        target,
        platform: platform.name,
        name: exported.name,
        source: provenance(context, exported, job),
        files: exported.files,
        rules: platform.rules.roles,
        redact: settings.redactSecrets,
        onUnsearched: (file, reason) => unsearched.push(`${file} (${reason})`),
    }));
    if (unsearched.length > 0) {
        // redact-secrets promises no secret in the bundle; say where that promise could not be checked.
        const note = `redact-secrets could not search ${unsearched.join(', ')}: check it for credentials before committing or sharing the bundle`;
        log.warning(note);
        result.notes = [...(result.notes ?? []), note];
    }
    result.path = (0,fs/* displayPath */.Gt)(target);
    result.files = [bundle/* MANIFEST */.e0, ...manifest.files.map((file) => file.path)].map((file) => `${result.path}/${file}`);
    log.info(`wrote ${result.path}: ${manifest.files.map((file) => `${file.path} (${file.bytes} bytes)`).join(', ')}`);
    if (manifest.placeholders?.length) {
        result.placeholders = manifest.placeholders.map((p) => `${p.name} (${p.file} ${p.pointer}: ${p.reason})`);
        log.info(`redacted ${manifest.placeholders.length} secret value(s); an import will need: ${[...new Set(manifest.placeholders.map((p) => p.name))].join(', ')}`);
    }
    if (!settings.uploadArtifact)
        return;
    const reason = context.artifacts.unavailableReason();
    if (reason) {
        log.warning(`The bundle was not uploaded as an artifact: ${reason}. Set ${(0,phrasing/* setting */.Pe)(input_names/* Input */.pd.UploadArtifact, 'false')} to skip the upload on purpose.`);
        result.notes = [...(result.notes ?? []), `artifact not uploaded: ${reason}`];
        return;
    }
    const name = settings.artifactName ?? (0,artifact_name/* defaultArtifactName */.V)(platform.name, exported.name || exported.workflowId);
    const uploaded = await log.group(`Upload the artifact ${name}`, () => context.artifacts.upload(name, [bundle/* MANIFEST */.e0, ...manifest.files.map((file) => file.path)].map((file) => external_node_path_default().join(target, ...file.split('/'))), target, settings.retentionDays));
    result.artifactId = uploaded.id;
    result.artifactUrl = uploaded.url;
    result.artifactName = name;
    log.info(`uploaded artifact ${name} (id ${uploaded.id})`);
}
/**
 * Where the export came from, so an archived bundle can be traced to its environment, run and
 * commit. Read from the runner's environment variables, the same ones @actions/github's context
 * reads, without loading Octokit for four strings.
 */
function provenance(context, exported, job) {
    const env = process.env;
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        origin: context.settings.baseUrl?.origin ?? null,
        workflowId: exported.workflowId,
        version: exported.version ?? null,
        jobId: job?.id || null,
        exportedAt: new Date(context.clock.now()).toISOString(),
        run: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null,
        commit: env.GITHUB_SHA ?? null,
    };
}


/***/ }),

/***/ 66114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ followJob)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/phrasing.ts
var phrasing = __webpack_require__(31677);
// EXTERNAL MODULE: ./src/core/clock.ts
var core_clock = __webpack_require__(32257);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
;// CONCATENATED MODULE: ./src/core/poll-schedule.ts
/**
 * When to check a running job next: the arithmetic of the waiting rule, without clocks or I/O, so
 * that every guarantee can be tested on its own. `core/wait.ts` drives it; the rule itself is
 * written out there.
 */
/** A gap between two checks is at most this share of the time waited so far. */
const GAP_FRACTION = 0.1;
/** Longest gap between two checks, whatever the time waited. */
const MAX_GAP_MS = 60_000;
/** Jitter shortens a gap by up to this share; it never lengthens one. */
const JITTER = 0.05;
/**
 * The shortest gap between two checks: `poll-interval`, or the platform's shortest published
 * window spread evenly (60 per minute: 1 s), whichever is longer. Longer windows are kept by
 * counting (`PollWindows`).
 */
function pollFloor(pollIntervalMs, limits = []) {
    const shortest = limits.length > 0 ? limits.reduce((a, b) => (b.perMs < a.perMs ? b : a)) : undefined;
    return Math.max(pollIntervalMs, shortest ? Math.ceil(shortest.perMs / shortest.requests) : 0);
}
/** The no-progress gap after a check made `waitedMs` into the wait. */
function gapAfter(waitedMs, floorMs, maxGapMs = MAX_GAP_MS) {
    return Math.max(floorMs, Math.min(maxGapMs, GAP_FRACTION * waitedMs));
}
/** The times of recent checks, so that no published window ever holds more than it allows. */
class PollWindows {
    limits;
    times = [];
    keep;
    constructor(limits = []) {
        this.limits = limits;
        this.keep = Math.max(0, ...limits.map((limit) => limit.requests));
    }
    record(at) {
        this.times.push(at);
        if (this.times.length > this.keep)
            this.times.splice(0, this.times.length - this.keep);
    }
    /** The earliest moment the next check keeps every window. */
    earliest() {
        let at = Number.NEGATIVE_INFINITY;
        for (const limit of this.limits) {
            const oldest = this.times[this.times.length - limit.requests];
            if (oldest !== undefined)
                at = Math.max(at, oldest + limit.perMs);
        }
        return at;
    }
}
/**
 * The next check: the no-progress gap (jittered only shorter), or where the progress puts it (there
 * even when later, if trusted; else only when sooner), never sooner than the floor after the last
 * check or than `notBefore`, never later than the deadline. When the deadline is in reach, the
 * checks are placed so that the last one falls on the deadline and the one before it at least the
 * floor earlier.
 */
function planNextPoll(input) {
    const { started, last, floorMs, deadline } = input;
    const maxGap = Math.max(floorMs, input.maxGapMs ?? MAX_GAP_MS);
    const grid = (t) => gapAfter(t - started, floorMs, maxGap);
    const earliest = Math.max(input.now, (input.lastCheck ?? Number.NEGATIVE_INFINITY) + floorMs, input.notBefore ?? Number.NEGATIVE_INFINITY);
    let gap = grid(last);
    if (gap > floorMs)
        gap = Math.max(floorMs, gap * (1 - JITTER * input.random));
    if (input.lastCheck === undefined && input.firstGapMs !== undefined)
        gap = Math.min(gap, input.firstGapMs);
    let at = last + gap;
    if (input.progress)
        at = input.progress.trusted ? input.progress.at : Math.min(at, input.progress.at);
    // Whole milliseconds, as clocks count them, rounded to the safe side of each bound: a gap down
    // (never over 10 %), the floor up (never under it).
    const notBefore = Math.ceil(earliest);
    at = Math.max(Math.floor(at), notBefore);
    if (at >= deadline)
        return last_(deadline, notBefore, input.overrunMs ?? 0);
    // Where the checks after this one would fall: the last of them before the deadline must leave
    // the floor free before the check at the deadline, else one of them comes that much sooner: the
    // last, planned when its turn comes, if the gap before it can shrink that much and keep the floor
    // (gaps only grow, so that one has the most to give); this one otherwise.
    let tail = at;
    let lastStep = 0;
    for (let steps = 0; steps < 100_000; steps++) {
        const next = tail + grid(tail);
        if (next >= deadline)
            break;
        lastStep = next - tail;
        tail = next;
    }
    // A tenth of the floor to spare, so that a timer firing a little late does not push the check at
    // the deadline past it.
    const room = floorMs * 1.1;
    const shortfall = room - (deadline - tail);
    if (shortfall > 0 && lastStep - floorMs < shortfall)
        at = Math.max(notBefore, Math.floor(at - shortfall));
    // Still too close to the deadline for another check after it: this one is the last, at the deadline.
    if (deadline - at < room)
        return last_(deadline, notBefore, input.overrunMs ?? 0);
    return { at, final: false, poll: true };
}
function last_(deadline, notBefore, overrunMs) {
    if (notBefore <= deadline)
        return { at: deadline, final: true, poll: true };
    if (notBefore <= deadline + overrunMs)
        return { at: notBefore, final: true, poll: true };
    return { at: deadline, final: true, poll: false };
}

;// CONCATENATED MODULE: ./src/core/progress-watch.ts
/**
 * What a job's percentage says about its end: the arithmetic behind the progress part of the
 * waiting rule (`core/wait.ts` states the rule, docs/performance.md "Waiting for a job" measures it).
 * No clocks, no I/O: times are whatever base the readings use.
 */

/**
 * The end is predicted from this many points less than the reading, so that the check lands just
 * after it, not just before: a reading rounded to the nearest may be half a point ahead of the job.
 */
const PREDICTION_MARGIN_POINTS = 0.5;
/**
 * How far a reading may be from the job's true progress, in points. Platforms report whole
 * percentages, rounded down (the Kore.ai sandbox) or to the nearest; the rise between two readings
 * rounded alike is then off by less than one point.
 */
const READING_RESOLUTION = 1;
/**
 * The smallest rise, in points, over the last interval that can make progress steady. A rise of one
 * point fits any rate from nothing to twice the apparent one (the resolution), so it says too little.
 */
const STEADY_MIN_RISE = 2;
/** Two rates agree when they differ by at most this share, beyond what the resolution explains. */
const RATE_TOLERANCE = 0.25;
/**
 * Follows the readings of one job. After each reply, `estimate` says when its percentage puts the
 * next check, or is undefined when it says nothing (no percentage, or one that did not rise).
 *
 * - The predicted end is where the rate since the start (0 % when the wait began, for a job this
 *   step started without a percentage in its reply; else the first reading) reaches 100 %, the
 *   reading taken `PREDICTION_MARGIN_POINTS` lower.
 * - The progress is STEADY when, on this reply: it rose by at least `STEADY_MIN_RISE` points since
 *   the previous reading, that previous reading came from a reply (the assumed 0 % at the start is
 *   not one), and the rate over that last interval agrees with the rate since the start: the two
 *   ranges of rates that whole-percent readings allow (rise ± `READING_RESOLUTION`, over the time)
 *   overlap once each is widened by `RATE_TOLERANCE`.
 * - Steady progress is trusted, but not past what the readings can vouch for: the check comes at
 *   the predicted end or, if sooner, 10 % (of the time since the start) after the EARLIEST end the
 *   readings allow: the remaining points, less one, at the fastest constant rate that fits both
 *   ranges. A job whose percentage climbs at a constant rate, or slows, ends no earlier than that,
 *   so the check finds its end within 10 % of its length; only a job that speeds up can end sooner
 *   and wait for that check.
 * - Readings of 100 % or more on a running job, or below 0, say nothing.
 */
class ProgressWatch {
    anchor;
    /** The latest reading: the anchor until a reply carries a percentage. */
    last;
    /** `last` came from a reply, not from the 0 % assumed at the start. */
    lastIsReply;
    estimate;
    constructor(startedAt, initialPercent) {
        this.anchor = { at: startedAt, percent: usable(initialPercent) ? initialPercent : 0 };
        this.last = this.anchor;
        this.lastIsReply = usable(initialPercent);
    }
    observe(at, percent) {
        this.estimate = undefined;
        if (!usable(percent))
            return;
        const { anchor } = this;
        const previous = this.last;
        const previousIsReply = this.lastIsReply;
        const reading = { at, percent };
        this.last = reading;
        this.lastIsReply = true;
        if (percent <= previous.percent || percent <= anchor.percent || at <= previous.at || at <= anchor.at)
            return;
        const rise = percent - anchor.percent;
        const end = anchor.at + ((at - anchor.at) * (100 - anchor.percent)) / Math.max(rise - PREDICTION_MARGIN_POINTS, rise / 2);
        const recent = rates(previous, reading);
        const overall = rates(anchor, reading);
        const steady = previousIsReply && percent - previous.percent >= STEADY_MIN_RISE && agree(recent, overall);
        if (!steady) {
            this.estimate = { at: end, trusted: false, atEnd: true };
            return;
        }
        // The fastest constant rate that fits every reading; where the last interval ran faster than
        // any such rate (the two agree only within the tolerance), the slowest rate it allows.
        const fastest = Math.max(Math.min(recent.high, overall.high), recent.low);
        const earliestEnd = at + Math.max(0, 100 - percent - READING_RESOLUTION) / fastest;
        const bound = anchor.at + (earliestEnd - anchor.at) * (1 + GAP_FRACTION);
        this.estimate = end <= bound ? { at: end, trusted: true, atEnd: true } : { at: bound, trusted: true, atEnd: false };
    }
}
/** The rates (points per unit of time) that two whole-percent readings allow. */
function rates(from, to) {
    const rise = to.percent - from.percent;
    const time = to.at - from.at;
    return { low: Math.max(0, rise - READING_RESOLUTION) / time, high: (rise + READING_RESOLUTION) / time };
}
function agree(a, b) {
    return a.low <= b.high * (1 + RATE_TOLERANCE) && b.low <= a.high * (1 + RATE_TOLERANCE);
}
function usable(percent) {
    return percent !== undefined && Number.isFinite(percent) && percent >= 0 && percent < 100;
}

;// CONCATENATED MODULE: ./src/core/wait.ts





/** How long the check made at the deadline may take to answer. */
const LAST_CHECK_GRACE_MS = 5_000;
/**
 * How late the last check may come when the floor keeps it from the deadline itself: a timer that
 * fired late, or a step that picked the job up with a check less than the floor before its timeout.
 */
const LAST_CHECK_OVERRUN_MS = 2_000;
/**
 * Checks a job until it ends or the step's timeout passes. The rule (docs/performance.md,
 * "Waiting for a job"; `core/poll-schedule.ts` does the arithmetic):
 *
 * - Never two checks closer than the floor: `poll-interval`, or the platform's published limit on
 *   status checks of one job, whichever is longer (Kore.ai: 60 a minute, so 1 s; its longer
 *   window, 1,800 an hour, is kept by counting). The first check after the call that started the
 *   job comes `poll-interval` after it: a limit on checks says nothing about that call.
 * - Without progress, each gap is at most 10 % of the time waited so far (and at most 60 s), but
 *   never under the floor. A job that ends just after a check is then noticed within
 *   max(floor, 10 % of its duration); a fixed growth factor cannot promise that, because the gap
 *   after a check must stay within 10 % of the time already waited, not of the previous gap.
 *   Jitter only ever shortens a gap, never lengthens it, and there is none at the floor.
 * - A percentage that is STEADY is trusted: it rose by 2 points or more since the previous reading,
 *   at a rate that agrees within 25 % with the rate since the start once whole-percent rounding is
 *   allowed for (`core/progress-watch.ts` has the exact test; a job whose starting reply carried no
 *   percentage needs two readings first). The next check then comes at the end that rate predicts
 *   (1 % later, to land just after it), EVEN WHEN that is later than the no-progress gap, but no
 *   later than 10 % (of the time waited) after the earliest end the readings allow. A job that keeps
 *   a rate it has shown, or slows down, is therefore still noticed within max(floor, 10 % of its
 *   length). A check that finds the job running at the predicted end re-estimates: the next one
 *   comes at the no-progress gap or a fresh steady estimate, whichever is sooner.
 * - The one cost of that trust: a job that speeds up beyond every rate it has shown (it ends well
 *   ahead of its percentage; a job that fails part-way is one) is noticed at the end its percentage
 *   predicted, up to 10 % after it, however long before that it ended. The trade is made because a steady percentage saves most
 *   status checks (a 1 min job: 4 against 12 for a fixed 5 s poller), and every check is a request
 *   against the platform's rate limits (Kore.ai: 60 a minute and 1,800 an hour per job), while a
 *   batch waits on many jobs at once.
 * - Where a fixed poller cannot be beaten: a 5 s job, which a fixed 5 s poller sees in one check.
 *   flowferry checks at `poll-interval` (the job could be 1 s long), again for a second reading when
 *   the starting reply carried no percentage (Kore.ai's does not), then at the predicted end: 3
 *   checks, so every job up to 15 s (3 checks of the fixed poller) takes as many or more.
 * - Progress that is not steady (it stalled, went backwards, changed rate sharply, rose by one point,
 *   or is a first reading) only brings a check SOONER, to the end it predicts, never under the
 *   floor; from that reply on, the no-progress gaps apply again. A job parked at 95 % is checked
 *   like one without progress.
 * - A Retry-After on a status reply is honoured; one that reaches past the timeout ends the wait
 *   at once, since no check may be made before it.
 * - The last check is made AT the deadline: the checks before it are placed so that it keeps the
 *   floor (only a late timer, or a job picked up by a check less than the floor before the
 *   timeout, moves it later, by `LAST_CHECK_OVERRUN_MS` at most), and its reply is given
 *   `LAST_CHECK_GRACE_MS` to arrive. Only then does the wait give up, with a `TimedOutError` that
 *   says what happened; the caller adds how to resume, once.
 * - A heartbeat line appears after 25 s without one, so the log (and CI watchdogs) see life.
 */
async function waitForJob(options, stats = { polls: 0, elapsedMs: 0 }) {
    const clock = options.clock ?? core_clock/* systemClock */.m;
    // Under the promised 30 s on purpose: timers fire late and lines before the wait count too, and
    // a measured gap of 30.02 s between log lines was seen against a real server.
    const heartbeat = options.heartbeatMs ?? 25_000;
    const { log, deadline } = options;
    const limits = options.limits ?? [];
    const floor = pollFloor(options.pollIntervalMs, limits);
    const started = clock.now();
    let state = options.initial;
    if (state && state.state !== 'running')
        return state;
    if (floor > options.pollIntervalMs) {
        log.info(`${options.platform} allows ${describeLimit(limits)}: checking the job at most every ${(0,duration/* formatDuration */.a)(floor)}, ` +
            `not every ${(0,duration/* formatDuration */.a)(options.pollIntervalMs)} (poll-interval)`);
    }
    log.debug(`${options.platform} job: the timeout falls at ${new Date(deadline.at).toISOString()}`);
    const windows = new PollWindows(limits);
    const progress = new ProgressWatch(started, state?.percent);
    let last = started;
    let lastCheck = options.initialIsCheck ? started : undefined;
    let lastLine = started;
    let reported = state ? describe(state) : '';
    let retryAfter;
    // The last check was placed at a trusted predicted end and found the job running: the end is
    // later than predicted, so the next check may not come later than the no-progress gap.
    let missedEnd = false;
    for (;;) {
        if (retryAfter && retryAfter.at > deadline.at)
            throw timedOut(options, state, clock.now() - started, `the platform asked not to be asked again for ${(0,duration/* formatDuration */.a)(retryAfter.ms)} (Retry-After), which is past the timeout`);
        const estimate = progress.estimate;
        const plan = planNextPoll({
            started,
            last,
            lastCheck,
            now: clock.now(),
            floorMs: floor,
            firstGapMs: options.pollIntervalMs,
            maxGapMs: options.maxGapMs,
            deadline: deadline.at,
            random: clock.random(),
            progress: estimate && { at: estimate.at, trusted: estimate.trusted && !missedEnd },
            notBefore: Math.max(retryAfter?.at ?? Number.NEGATIVE_INFINITY, windows.earliest()),
            overrunMs: LAST_CHECK_OVERRUN_MS,
        });
        // Sleep in slices so the heartbeat keeps its rhythm even when checks are far apart.
        for (let now = clock.now(); now < plan.at; now = clock.now()) {
            await clock.sleep(Math.min(plan.at, lastLine + heartbeat) - now);
            if (clock.now() >= lastLine + heartbeat && clock.now() < plan.at) {
                log.info(heartbeatLine(options.platform, state, clock.now() - started, plan.at - clock.now()));
                lastLine = clock.now();
            }
        }
        if (!plan.poll)
            throw timedOut(options, state, clock.now() - started, `a last check would have come sooner than ${(0,duration/* formatDuration */.a)(floor)} after the previous one, or too long after the deadline`);
        const sentAt = clock.now();
        windows.record(sentAt);
        state = plan.final ? await deadline.lastCall(LAST_CHECK_GRACE_MS, options.check) : await options.check();
        stats.polls++;
        last = sentAt;
        lastCheck = sentAt;
        missedEnd = estimate !== undefined && estimate.trusted && estimate.atEnd && !missedEnd && plan.at >= Math.floor(estimate.at);
        progress.observe(sentAt, state.percent);
        retryAfter = state.retryAfterMs === undefined ? undefined : { at: clock.now() + state.retryAfterMs, ms: state.retryAfterMs };
        const text = describe(state);
        if (text !== reported || clock.now() - lastLine >= heartbeat) {
            log.info(heartbeatLine(options.platform, state, clock.now() - started));
            reported = text;
            lastLine = clock.now();
        }
        if (state.state !== 'running') {
            stats.elapsedMs = clock.now() - started;
            return state;
        }
        if (plan.final)
            throw timedOut(options, state, clock.now() - started);
    }
}
function describeLimit(limits) {
    return limits.map((limit) => `${limit.requests} status checks per ${(0,duration/* formatDuration */.a)(limit.perMs)}`).join(' and ') + ' for each job';
}
function describe(state) {
    return state.percent === undefined ? state.platformStatus : `${state.platformStatus} ${Math.round(state.percent)}%`;
}
function heartbeatLine(platform, state, elapsedMs, nextMs) {
    const status = state ? describe(state) : 'started';
    const id = state?.id ? ` ${state.id}` : '';
    const next = nextMs === undefined ? '' : `, next check in ${(0,duration/* formatDuration */.a)(nextMs)}`;
    return `${platform} job${id}: ${status} after ${(0,duration/* formatDuration */.a)(elapsedMs)}${next}`;
}
/** `why` says what kept the wait from its check at the deadline; without it, that check was made. */
function timedOut(options, state, elapsedMs, why) {
    const id = state?.id;
    const status = state ? describe(state) : 'unknown';
    const detail = why
        ? `after ${(0,duration/* formatDuration */.a)(elapsedMs)} (last status ${status}): ${why}`
        : `at the timeout: the last check, made at the deadline after ${(0,duration/* formatDuration */.a)(elapsedMs)} of waiting, found it ${status}`;
    return new errors/* TimedOutError */.On(`Gave up waiting for ${options.platform} job ${id ?? ''} ${detail}. The job may still be running on the platform.`, id, state?.platformStatus);
}

// EXTERNAL MODULE: ./src/input-names.ts
var input_names = __webpack_require__(74098);
;// CONCATENATED MODULE: ./src/operations/job.ts




/**
 * Takes a job to its end for an operation: waits unless `wait: false`, records the job on the
 * result as it goes, and turns a failed job into a JobFailedError. Returns undefined when the
 * result should stay `in-progress`.
 */
async function followJob(context, job, result, what, 
/** `fromCheck`: `job` came from a status check, not from the call that started it. */
options = {}) {
    const { settings, log } = context;
    result.jobId = job.id || result.jobId;
    result.platformStatus = job.platformStatus;
    let final = job;
    if (job.state === 'running') {
        if (!(options.wait ?? settings.wait)) {
            result.status = 'in-progress';
            result.message = `${what} is running as job ${job.id}; not waiting (${(0,phrasing/* setting */.Pe)(input_names/* Input */.pd.Wait, 'false')}).`;
            result.hint = context.resumeHint(job.id);
            return undefined;
        }
        const client = context.client();
        if (!client.jobStatus)
            throw new Error(`${context.platform.name} returned a running job but cannot report on it`);
        try {
            final = await log.group(`Wait for ${context.platform.title} job ${job.id}`, () => waitForJob({
                platform: context.platform.title,
                check: () => client.jobStatus(job.id),
                initial: job,
                initialIsCheck: options.fromCheck,
                pollIntervalMs: settings.pollIntervalMs,
                limits: context.platform.pollLimits,
                deadline: context.deadline,
                log,
                clock: context.clock,
            }));
        }
        catch (error) {
            throw whileWaiting(error, job, context);
        }
    }
    result.platformStatus = final.platformStatus;
    // Records on the status endpoint may leave out what the starting reply said (the download link).
    const merged = { ...job, ...definedOnly(final) };
    if (merged.state === 'failed') {
        const reason = merged.message ? `: ${merged.message}` : ' (the platform gives no reason)';
        throw new errors/* JobFailedError */.dk(`${what} failed: ${context.platform.title} reported ${merged.platformStatus}${reason}`, merged.id, merged.platformStatus).withHint(merged.hint);
    }
    return merged;
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/**
 * However the wait ends early (the timeout, a 429 whose Retry-After reaches past it, a network that
 * stays down), the job was started and may still be running. The request-level advice ("run the
 * step again") would start it a second time, so the job id and the way to pick the job up become
 * the error's hint, here and only here: the poller says what happened, never how to resume, so the
 * advice is printed once. A wait step starts nothing: there the way to resume is enough.
 */
function whileWaiting(error, job, context) {
    if (!(error instanceof errors/* FlowferryError */.rm))
        return error;
    const resume = context.resumeHint(job.id);
    // A comment line, so that the block stays valid YAML where the summary shows it as one.
    const note = context.settings.operation === 'wait' ? resume : `# Job ${job.id} was started and may still be running; ${(0,phrasing/* phrase */.MZ)('rerunning')} would start it again.\n${resume}`;
    if (error instanceof errors/* TimedOutError */.On) {
        // The HTTP client's timeout knows no job; the poller's already names it.
        if (error.jobId)
            return error.withHint(note);
        return new errors/* TimedOutError */.On(`${error.message}. The job may still be running on the platform.`, job.id, job.platformStatus, note);
    }
    // A passing fault's advice is to run again, which is exactly wrong here; any other (a refused
    // key) keeps its advice before the note.
    const passing = error instanceof errors/* NetworkError */.Dr || (error instanceof errors/* HttpError */.j$ && (error.httpStatus === 429 || error.httpStatus >= 500));
    return error.withHint(passing ? note : [error.hint, note].filter(Boolean).join('\n'));
}


/***/ })

};
