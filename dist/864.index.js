export const id = 864;
export const ids = [864];
export const modules = {

/***/ 33303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ fileOf),
/* harmony export */   e0: () => (/* binding */ MANIFEST),
/* harmony export */   gv: () => (/* binding */ adoptFiles),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   pS: () => (/* binding */ shownPath),
/* harmony export */   s: () => (/* binding */ copyInto),
/* harmony export */   yw: () => (/* binding */ packedOf)
/* harmony export */ });
/* unused harmony export listFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78616);
/* harmony import */ var _plain_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19130);




/** The manifest's file name inside a bundle directory. */
const MANIFEST = 'flowferry.json';
/** The file of a role when it was left in its package (Bundle.packed). */
function packedOf(bundle, role) {
    const entry = bundle.manifest.files.find((file) => file.role === role);
    return entry && bundle.packed?.[entry.path];
}
function fileOf(bundle, role) {
    const entry = bundle.manifest.files.find((file) => file.role === role);
    return entry ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(bundle.dir, ...entry.path.split('/')) : undefined;
}
/** Where a bundle file is, for messages and annotations (workspace-relative). */
function shownPath(bundle, file) {
    const relative = typeof file === 'string' ? file : file.path;
    return (0,_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(bundle.shownDir ?? bundle.dir, ...relative.split('/')));
}
/**
 * Builds a bundle around files that came without a manifest (an export zip unpacked, a platform
 * JSON file): the checksums are taken now, so later steps can rely on them as on any bundle.
 */
async function adoptFiles(dir, platform, name, files, location) {
    const entries = [];
    const packed = {};
    for (const file of files) {
        if (file.packed) {
            packed[file.path] = file.packed;
            entries.push({ path: file.path, role: file.role, bytes: file.packed.bytes, sha256: '' });
            continue;
        }
        const digest = await digestOf(dir, file);
        entries.push({ path: file.path, role: file.role, bytes: digest.bytes, sha256: digest.sha256 });
    }
    return {
        dir,
        manifest: { schema: 1, platform, name, source: {}, files: entries },
        location,
        adopted: true,
        ...(Object.keys(packed).length > 0 ? { packed } : {}),
    };
}
/**
 * The checksum of a file in `dir`: the one taken as it was written, checked against the file on
 * disk (`rememberWritten`), else read now (`digestPlainFile`). Either way the file is remembered
 * for the upload (core/plain-file.ts).
 */
async function digestOf(dir, file) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ...file.path.split('/'));
    const subject = { shown: file.path };
    return file.digest ? (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .rememberWritten */ .bh)(absolute, file.digest, subject) : (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .digestPlainFile */ .p2)(absolute, subject);
}
/**
 * Copies a user's file into a bundle directory under `name` (adopting a platform file, or one of
 * a directory of them): a plain file only (core/plain-file.ts), named to the user as `shown`.
 */
async function copyInto(dir, file, name, shown = (0,_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(file)) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    return (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .copyPlainFile */ .yp)(file, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name), { shown });
}
async function listFiles(dir) {
    const out = [];
    for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
        if (entry.isFile())
            out.push(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    }
    return out.sort();
}


/***/ }),

/***/ 9766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ saveTo)
/* harmony export */ });
/* unused harmony export filenameOf */
/* harmony import */ var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16082);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78616);
/* harmony import */ var _memory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11360);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61037);





/** As long as a label from a reply may be shown (core/reply-fields.ts). */
const HEADER_LIMIT = 200;
/**
 * Bytes gathered from the reply before one write to the file. The socket hands over chunks of
 * 16–64 KiB; writing each through a WriteStream (16 KiB high-water mark) waited for the disk once
 * per chunk, and the reply stood still meanwhile (downloads ran at 0.57–0.81× curl's rate on the
 * same loopback, docs/performance.md, Large files). Gathered into 1 MiB writes, with one
 * write in flight while the next batch fills, the reply keeps flowing and the file sees a
 * thousand writes per gigabyte instead of sixteen thousand. At most two batches are held: the
 * memory stays flat whatever the file's size.
 */
const WRITE_BATCH = 1024 * 1024;
function saveTo(file, options = {}) {
    return async (reply) => {
        const temp = (0,_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .siblingTemp */ .ht)(file, 'download');
        const hash = options.hash === false ? undefined : (0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256');
        let bytes = 0;
        try {
            const output = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx');
            let writing;
            try {
                let batch = [];
                let batched = 0;
                for await (const chunk of reply.body) {
                    bytes += chunk.length;
                    hash?.update(chunk);
                    (0,_memory_js__WEBPACK_IMPORTED_MODULE_3__/* .streamed */ .IB)(chunk.length);
                    batch.push(chunk);
                    batched += chunk.length;
                    if (batched < WRITE_BATCH)
                        continue;
                    // One write in flight: wait for the previous one before handing over the next batch.
                    if (writing)
                        await writing;
                    writing = writeAll(output, batch);
                    // Its failure is thrown where it is awaited; until then it must not count as unhandled.
                    writing.catch(() => undefined);
                    batch = [];
                    batched = 0;
                }
                if (writing)
                    await writing;
                writing = undefined;
                if (batch.length > 0)
                    await writeAll(output, batch);
            }
            finally {
                // A reply that broke off mid-file: let the write in flight end before the file is closed.
                await writing?.catch(() => undefined);
                await output.close();
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
            throw error;
        }
        // Both are the platform's words, and both reach messages (a wrong content type) or outputs (a
        // name from the file name): shown as text from outside is (core/untrusted-text.ts).
        const type = reply.headers['content-type'];
        const contentType = Array.isArray(type) ? type[0] : type;
        const filename = filenameOf(reply.headers['content-disposition']);
        return {
            bytes,
            sha256: hash?.digest('hex'),
            contentType: contentType === undefined ? undefined : (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .untrustedText */ .Ui)(contentType, HEADER_LIMIT),
            filename: filename === undefined ? undefined : (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .untrustedText */ .Ui)(filename, HEADER_LIMIT),
        };
    };
}
/** `attachment; filename="Invoice triage.zip"` (or RFC 5987 `filename*=UTF-8''…`) → the name. */
function filenameOf(disposition) {
    if (!disposition)
        return undefined;
    const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
    if (extended?.[1]) {
        try {
            return decodeURIComponent(extended[1].trim());
        }
        catch {
            // fall through to the plain form
        }
    }
    const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
    return (plain?.[2] ?? plain?.[1])?.trim() || undefined;
}
/** Writes every byte of `chunks` at the file's current end (a short write goes on from where it stopped). */
async function writeAll(output, chunks) {
    let rest = chunks;
    while (rest.length > 0) {
        let { bytesWritten } = await output.writev(rest);
        if (bytesWritten === 0)
            throw new Error('the disk took none of the bytes written');
        while (rest.length > 0 && bytesWritten >= rest[0].length)
            bytesWritten -= rest.shift().length;
        if (bytesWritten > 0)
            rest[0] = rest[0].subarray(bytesWritten);
    }
}


/***/ }),

/***/ 22483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ locateInPackage),
/* harmony export */   Fk: () => (/* binding */ sameNames),
/* harmony export */   Jy: () => (/* binding */ unsafeManifestPath),
/* harmony export */   _y: () => (/* binding */ fileFolderClashes),
/* harmony export */   gj: () => (/* binding */ unsafeName)
/* harmony export */ });
/* unused harmony export nameKey */
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36419);

/**
 * The names a bundle or an archive may give its files: manifest paths and zip entry names obey
 * the same rules, and two names that one file system would take for the same file are the same
 * name here. Both come from outside (a pull request, a platform's export), so a name is checked
 * before anything is written or read under it.
 */
/** C0 and C1 control characters and DEL: invisible in logs, and a line break forges a log line. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Why a `/`-separated relative name must not be used, or undefined when it is safe. */
function unsafeName(name) {
    if (name === '')
        return 'empty name';
    const control = CONTROL.exec(name);
    if (control)
        return `the name contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
    if (name.includes('\\'))
        return 'backslashes are not accepted in names; use /';
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
        return 'absolute paths are not accepted';
    if (name.split('/').includes('..'))
        return '".." would write outside the destination';
    if (/[\uD800-\uDFFF]/u.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')))
        return 'the name is not valid Unicode';
    if (Buffer.byteLength(name) > _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_PATH_BYTES */ .PR)
        return `the name is ${Buffer.byteLength(name)} bytes long; at most ${_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_PATH_BYTES */ .PR} are accepted`;
    const long = name.split('/').find((segment) => Buffer.byteLength(segment) > _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME_BYTES */ .pg);
    if (long !== undefined)
        return `a part of the name is ${Buffer.byteLength(long)} bytes long; at most ${_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME_BYTES */ .pg} are accepted per file or folder name`;
    return undefined;
}
/**
 * A manifest path: a safe name written plainly, `folder/file.json`, without `./`, `//` or a
 * trailing `/`, so the path the manifest shows is the path of the file it checks.
 */
function unsafeManifestPath(name) {
    const unsafe = unsafeName(name);
    if (unsafe)
        return unsafe;
    if (name.split('/').some((segment) => segment === '' || segment === '.'))
        return 'write the path plainly, as folder/file.json (no "./", "//" or trailing "/")';
    return undefined;
}
/**
 * What a name is compared by: Unicode NFC (macOS and Windows treat the composed and decomposed
 * spellings of "é" as one name), without case (they ignore it too), without `.` and empty parts.
 * https://unicode.org/reports/tr15/ , https://learn.microsoft.com/windows/win32/fileio/naming-a-file
 */
function nameKey(name) {
    return name
        .normalize('NFC')
        .toLowerCase()
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.')
        .join('/');
}
/** Each pair of names that stand for the same file (by `nameKey`), the first spelling first. */
function sameNames(names) {
    const first = new Map();
    const pairs = [];
    for (const name of names) {
        const key = nameKey(name);
        const earlier = first.get(key);
        if (earlier === undefined)
            first.set(key, name);
        else
            pairs.push([earlier, name]);
    }
    return pairs;
}
/** Names with a file where another puts a folder (`a` and `a/b.json`): no file system holds both. */
function fileFolderClashes(files) {
    const byKey = new Map(files.map((name) => [nameKey(name), name]));
    const clashes = [];
    for (const name of files) {
        const parts = nameKey(name).split('/');
        for (let i = 1; i < parts.length; i++) {
            const parent = byKey.get(parts.slice(0, i).join('/'));
            if (parent !== undefined)
                clashes.push([parent, name]);
        }
    }
    return clashes;
}
/**
 * Where a package's files are, when a platform's export puts them in a folder of its choosing:
 * the folder of the shallowest `anchor` entry, and every other file from that same folder only.
 * A file of the same name in a subfolder is never taken instead; two anchors at the same depth
 * are ambiguous and refused by the caller.
 */
function locateInPackage(names, anchor) {
    const depth = (name) => name.split('/').length;
    const anchors = names.filter((name) => baseName(name) === anchor).sort((a, b) => depth(a) - depth(b));
    if (anchors.length === 0)
        return undefined;
    if (anchors.length > 1 && depth(anchors[0]) === depth(anchors[1]))
        return { ambiguous: [anchors[0], anchors[1]] };
    const folder = anchors[0].slice(0, anchors[0].length - anchor.length);
    return { folder, pick: (file) => names.find((name) => name === folder + file) };
}
function baseName(name) {
    return name.slice(name.lastIndexOf('/') + 1);
}


/***/ }),

/***/ 73477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ untrustedLabelOrNumber),
/* harmony export */   Mm: () => (/* binding */ untrustedUrl),
/* harmony export */   SL: () => (/* binding */ fieldProblem),
/* harmony export */   Tz: () => (/* binding */ untrustedLabel),
/* harmony export */   qO: () => (/* binding */ untrustedMessage),
/* harmony export */   wg: () => (/* binding */ untrustedToken),
/* harmony export */   yc: () => (/* binding */ untrustedId)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12032);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61037);


/**
 * The fields every platform reads out of its replies, with core's rule for text from outside
 * (core/untrusted-text.ts) built in, so that each platform's reply schema applies it by using
 * these instead of a bare `z.string()`:
 *
 * - an id (a job, a file, a workflow, a folder) is sent back to the platform in later requests
 *   and written to outputs: one with a control or invisible format character, or longer than
 *   any real id, is refused — it is not an id, and changing it would only send something else;
 * - a label (a status, a name, a version, a message) is only shown: it is made one line with
 *   visible escapes, masked and shortened;
 * - a token is registered as a secret and sent in a header: it must be one printable word.
 */
const ID_LIMIT = 256;
const LABEL_LIMIT = 200;
const MESSAGE_LIMIT = 500;
const TOKEN_LIMIT = 16_384;
/** Control, line-separator and invisible format characters (bidi overrides, zero-width spaces). */
const HIDDEN = /[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]|[\ud800-\udfff]/u;
function check(value, ctx, what, limit) {
    if (HIDDEN.test(value))
        ctx.addIssue({ code: 'custom', message: `${what} holds a control character (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .untrustedText */ .Ui)(value, 80)})` });
    else if (value.length > limit)
        ctx.addIssue({ code: 'custom', message: `${what} is ${value.length} characters long, more than ${limit}` });
    return value;
}
/** An id, as a string or a number; refused when it is not one printable value of a sane length. */
const untrustedId = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z
    .union([_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.number()])
    .transform((value, ctx) => check(String(value), ctx, 'an id', ID_LIMIT));
/** A status, name or version: shown only, so made printable rather than refused. */
const untrustedLabel = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value) => (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .untrustedText */ .Ui)(value, LABEL_LIMIT));
/** A status, name or version that may come as a number. */
const untrustedLabelOrNumber = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.union([_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.number()]).transform((value) => (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .untrustedText */ .Ui)(String(value), LABEL_LIMIT));
/** A message from the platform: shown only; longer than a label. */
const untrustedMessage = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value) => (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .untrustedText */ .Ui)(value, MESSAGE_LIMIT));
/**
 * A bearer token a platform issued: registered as a secret (masked in every log line) and sent
 * as a header, so it must be a single printable word, and long enough that masking it cannot
 * blank ordinary words of the log (real tokens are dozens of characters).
 */
const untrustedToken = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z
    .string()
    .transform((value, ctx) => check(value, ctx, 'the token', TOKEN_LIMIT))
    .refine((value) => !/\s/.test(value) && value.length >= 8, { message: 'the token is not one word of at least 8 characters' });
/** A link the platform hands out (a download URL): one printable http(s) URL, trimmed. */
const untrustedUrl = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z
    .string()
    .transform((value) => value.trim())
    .transform((value, ctx) => check(value, ctx, 'the link', 8192))
    .refine((value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https?:/i.test(value), { message: 'the link is not an http(s) URL' });
/** What was wrong with a reply field, for the message that refuses the reply. */
function fieldProblem(error) {
    const issue = error.issues.find((i) => i.code === 'custom') ?? error.issues[0];
    if (!issue)
        return 'unexpected shape';
    const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    return (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .untrustedText */ .Ui)(`${where}${issue.message}`, 200);
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

/***/ 33690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ platformHttp)
/* harmony export */ });
/* harmony import */ var _core_http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52911);

/** The shared HTTP client bound to the step: its `base-url` (the only origin credentials go to), log, deadline and clock. */
function platformHttp(settings, context, options) {
    return new _core_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({ baseUrl: settings.baseUrl, log: context.log, deadline: context.deadline, clock: context.clock, ...options });
}


/***/ }),

/***/ 51864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  platform: () => (/* binding */ platform)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/bundle.ts
var core_bundle = __webpack_require__(33303);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/fs.ts
var fs = __webpack_require__(78616);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(36419);
// EXTERNAL MODULE: ./src/core/zip.ts
var zip = __webpack_require__(71732);
;// CONCATENATED MODULE: ./src/platforms/leapwork/bundle.ts







/**
 * A Leapwork bundle is the exported package, `<name>.zip`, byte for byte (role `package`). Its
 * inside is not documented (the Import page only says "already exported .zip files":
 * https://www.leapwork.com/product/documentation/rest-api/v4/import), so it stays opaque:
 * flowferry checks it is a sound archive and nothing more. `file` below is the role's generic
 * name; the real file carries the item's title.
 */
const PACKAGE_ROLE = 'package';
const roles = [{ role: PACKAGE_ROLE, file: 'package.zip', format: 'opaque', required: true }];
/**
 * A file name from an item title: characters no file system takes become dashes, and the name
 * is cut to fit the 255 bytes file systems allow a name (core/limits.ts), whole characters only.
 */
function packageFileName(title) {
    const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/g, '-').replace(/^\.+/, '').trim();
    let name = '';
    for (const char of safe) {
        if (Buffer.byteLength(name + char) > limits/* MAX_NAME_BYTES */.pg - '.zip'.length)
            break;
        name += char;
    }
    return `${name.trim() || 'package'}.zip`;
}
const leapworkRules = {
    roles,
    async adopt(location, dir) {
        const info = await (0,promises_.stat)(location);
        if (info.isFile() && (await (0,zip/* isZipFile */.G5)(location))) {
            const name = external_node_path_default().basename(location);
            const digest = await (0,core_bundle/* copyInto */.s)(dir, location, name);
            return { name: name.replace(/\.zip$/i, ''), files: [{ path: name, role: PACKAGE_ROLE, digest }] };
        }
        throw new errors/* BundleError */.rJ(`${(0,fs/* displayPath */.Gt)(location)}: neither a flowferry bundle nor a Leapwork export (a .zip)`, [], {
            hint: 'Point path at a bundle directory (with flowferry.json) or at a .zip exported from Leapwork.',
        });
    },
    /**
     * The package must be a well-formed zip with no entry that could write outside a directory
     * (traversal, absolute names, links): the Controller unpacks it, and a package that fails here
     * was not made by a Leapwork export.
     */
    async check(bundle) {
        const file = (0,core_bundle/* fileOf */.W7)(bundle, PACKAGE_ROLE);
        if (!file) {
            return [{ file: (0,core_bundle/* shownPath */.pS)(bundle, 'flowferry.json'), severity: 'error', rule: 'leapwork.required', message: 'the bundle has no package (role package, a .zip); a Leapwork import needs one' }];
        }
        // An adopted zip was copied in unchanged: annotate the file the user pointed at, not the copy.
        const shown = bundle.adopted ? bundle.location : (0,fs/* displayPath */.Gt)(file);
        const findings = [];
        if (!/\.zip$/i.test(file)) {
            findings.push({ file: shown, severity: 'warning', rule: 'leapwork.name', message: 'the package does not end in .zip; Leapwork exports do' });
        }
        try {
            const inspected = await (0,zip/* inspectZip */.wo)(file);
            findings.push(...inspected.findings.map((finding) => ({ ...finding, file: shown })));
            if (inspected.findings.length === 0 && inspected.entries.filter((entry) => !entry.directory).length === 0) {
                findings.push({ file: shown, severity: 'error', rule: 'leapwork.empty', message: 'the package holds no files; a Leapwork export holds at least one item' });
            }
        }
        catch (error) {
            if (!(error instanceof errors/* BundleError */.rJ))
                throw error;
            const found = error.findings.length ? error.findings : [{ severity: 'error', rule: 'zip.format', message: error.message }];
            findings.push(...found.map((finding) => ({ ...finding, file: shown })));
        }
        return findings;
    },
};

// EXTERNAL MODULE: ./src/core/http/client.ts + 10 modules
var client = __webpack_require__(52911);
// EXTERNAL MODULE: ./src/core/http/download.ts
var download = __webpack_require__(9766);
// EXTERNAL MODULE: ./src/core/http/errors.ts
var http_errors = __webpack_require__(46081);
// EXTERNAL MODULE: ./src/platforms/http.ts
var http = __webpack_require__(33690);
;// CONCATENATED MODULE: ./src/platforms/leapwork/endpoints.ts

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
        throw new errors/* FlowferryError */.rm(`${EXPORT_PATH_VARIABLE} '${value}' ${problem}`, {
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
    return error instanceof errors/* HttpError */.j$ && MISSING_ROUTE.includes(error.httpStatus);
}

// EXTERNAL MODULE: ./src/core/phrasing.ts
var phrasing = __webpack_require__(31677);
// EXTERNAL MODULE: ./src/input-names.ts
var input_names = __webpack_require__(74098);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(12032);
// EXTERNAL MODULE: ./src/core/reply-fields.ts
var reply_fields = __webpack_require__(73477);
// EXTERNAL MODULE: ./src/core/untrusted-text.ts
var untrusted_text = __webpack_require__(61037);
;// CONCATENATED MODULE: ./src/platforms/leapwork/replies.ts




// Ids and titles through core's rule for reply text (core/reply-fields.ts).
const node = schema.z.lazy(() => schema.z.looseObject({
    Id: reply_fields/* untrustedId */.yc,
    Title: reply_fields/* untrustedLabel */.Tz.optional().nullable(),
    Type: reply_fields/* untrustedLabel */.Tz.optional().nullable(),
    ParentId: reply_fields/* untrustedId */.yc.optional().nullable(),
    Children: schema.z.array(node).optional().nullable(),
}));
/**
 * The property names flowferry reads, in the documented PascalCase. Json.NET serialises with
 * whatever contract resolver the Controller is built with (a camelCase one is common in ASP.NET),
 * so names are matched case-insensitively and renamed to these before parsing.
 */
const KNOWN_NAMES = ['Id', 'Title', 'Type', 'ParentId', 'Children', 'HierarchyItemId', 'IsSuccessful'];
const KNOWN_BY_LOWER = new Map(KNOWN_NAMES.map((name) => [name.toLowerCase(), name]));
function canonicalNames(value) {
    if (Array.isArray(value))
        return value.map(canonicalNames);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    const entries = Object.entries(value);
    for (const [key, inner] of entries) {
        const known = KNOWN_BY_LOWER.get(key.toLowerCase());
        // The documented spelling wins when a reply somehow carries both.
        const name = known && !(known in value && known !== key) ? known : key;
        out[name] = canonicalNames(inner);
    }
    return out;
}
const EMPTY_GUID = /^\{?0{8}-0{4}-0{4}-0{4}-0{12}\}?$/;
/**
 * A Get Hierarchy reply. Documented: an array of root nodes, each nesting its `Children`
 * (https://www.leapwork.com/product/documentation/rest-api/get-hierarchy). Tolerated: one node; a
 * flat list linked only by `ParentId` (every node carries it, so a Controller may leave the
 * nesting out); a mix of both; and one root container without an id (an all-zero or missing
 * `Id`) whose children are the top level.
 */
function parseHierarchy(value, what) {
    const parsed = schema.z.union([schema.z.array(node), node]).safeParse(canonicalNames(value));
    if (!parsed.success)
        throw new errors/* ReplyError */.vO(`${what}: the Controller's reply is not an asset hierarchy (${(0,reply_fields/* fieldProblem */.SL)(parsed.error)}; reply: ${(0,untrusted_text/* untrustedValue */.cW)(value)})`);
    let roots = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
    if (roots.length === 1 && EMPTY_GUID.test(roots[0].Id) && roots[0].Children)
        roots = roots[0].Children;
    return relink(roots.map((root) => toItem(root, undefined)));
}
function toItem(raw, parent) {
    const id = raw.Id;
    return {
        id,
        title: raw.Title ?? '',
        type: raw.Type ?? '',
        parentId: raw.ParentId ?? parent,
        children: (raw.Children ?? []).map((child) => toItem(child, id)),
    };
}
/**
 * One tree from whatever arrived: every node is placed under the node its `ParentId` (or its
 * nesting) names, once, whether the reply nested it, listed it flat, or both. A node whose
 * parent is not in the reply stays where it was found (a top-level node of this reply).
 */
function relink(roots) {
    const all = [];
    const byId = new Map();
    const walk = (items) => {
        for (const item of items) {
            const key = item.id.toLowerCase();
            if (!byId.has(key)) {
                byId.set(key, item);
                all.push(item);
            }
            walk(item.children);
        }
    };
    walk(roots);
    const nested = new Set();
    const top = [];
    const children = new Map();
    for (const item of all) {
        const parent = item.parentId ? byId.get(item.parentId.toLowerCase()) : undefined;
        if (parent && parent !== item) {
            const list = children.get(parent) ?? [];
            list.push(item);
            children.set(parent, list);
            nested.add(item);
        }
    }
    for (const item of all) {
        item.children = children.get(item) ?? [];
        if (!nested.has(item))
            top.push(item);
    }
    return top;
}
function isFolder(item) {
    return item.type.toLowerCase() === 'folder';
}
const createdFolder = schema.z.looseObject({ HierarchyItemId: reply_fields/* untrustedId */.yc.optional().nullable() });
/**
 * Create Folder Hierarchy answers `[{ "$id": "1", "HierarchyItemId": "…" }]` (an array in the v4
 * sample; a bare object is tolerated). Which folder the id names when several are created is not
 * documented, so the caller re-reads the hierarchy instead of relying on it.
 */
function parseCreatedFolder(value, what) {
    const parsed = schema.z.union([schema.z.array(createdFolder), createdFolder]).safeParse(canonicalNames(value));
    if (!parsed.success)
        throw new errors/* ReplyError */.vO(`${what}: the Controller's reply names no created folder (${(0,reply_fields/* fieldProblem */.SL)(parsed.error)}; reply: ${(0,untrusted_text/* untrustedValue */.cW)(value)})`);
    const list = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
    return list.map((entry) => entry.HierarchyItemId ?? undefined).filter((id) => !!id).at(-1);
}
const importReply = schema.z.looseObject({ IsSuccessful: schema.z.union([schema.z.boolean(), schema.z.string()]).optional().nullable() });
/**
 * `{"$id":"1","IsSuccessful":true}` (the name matched in any case). Also read: the same object in
 * an array (as Create Folder Hierarchy's v4 sample answers), successful only when every entry is;
 * a bare `true`/`false` as the flag itself; a reply without the flag as success (the HTTP status
 * said so). This runs on a 2xx only, so an unreadable reply says the import most likely happened.
 */
function parseImportReply(value, what) {
    const entries = Array.isArray(value) ? value : [value];
    if (entries.length === 0)
        return { successful: true, platformStatus: 'HTTP 200' };
    const flags = entries.map((entry) => importFlag(entry, value, what));
    if (flags.every((flag) => flag === undefined))
        return { successful: true, platformStatus: 'HTTP 200' };
    const successful = flags.every((flag) => flag !== false);
    return { successful, platformStatus: `IsSuccessful=${successful}` };
}
function importFlag(entry, whole, what) {
    if (entry === undefined || entry === null)
        return undefined;
    if (typeof entry === 'boolean')
        return entry;
    const parsed = importReply.safeParse(canonicalNames(entry));
    if (!parsed.success) {
        throw new errors/* ReplyError */.vO(`${what}: the Controller answered with success, so the import most likely happened, but its reply is not an import result (${(0,untrusted_text/* untrustedValue */.cW)(whole)})`, { hint: 'Check the target folder in Studio before re-running: re-running imports the package again.' });
    }
    const flag = parsed.data.IsSuccessful;
    if (flag === undefined || flag === null)
        return undefined;
    return flag === true || String(flag).toLowerCase() === 'true';
}
const errorBody = schema.z.looseObject({
    Message: schema.z.string().optional(),
    message: schema.z.string().optional(),
    ExceptionMessage: schema.z.string().optional(),
    Error: schema.z.string().optional(),
    error: schema.z.string().optional(),
});
/**
 * No error body is documented (the API pages list status codes only); the Controller is an
 * ASP.NET application, whose errors are usually `{"Message": …}`. Anything else is shown as text
 * (masked and shortened by core).
 */
function errorText(body) {
    const trimmed = body.trim();
    if (!trimmed)
        return '';
    try {
        const parsed = errorBody.safeParse(JSON.parse(trimmed));
        if (parsed.success) {
            const d = parsed.data;
            const message = d.ExceptionMessage ?? d.Message ?? d.message ?? d.Error ?? d.error;
            if (message)
                return message;
        }
    }
    catch {
        // plain text
    }
    // Shortened by the HTTP client, after it masked the whole text (core/http/reply-text.ts).
    return trimmed;
}

;// CONCATENATED MODULE: ./src/core/similar.ts
/**
 * "Did you mean" for names the user typed that the platform does not know (a team, a workflow):
 * the candidates closest to what was asked, best first. Close means: the same ignoring case and
 * spacing, one containing the other, or within a few typing mistakes (edit distance up to a third
 * of the longer name, at least 2).
 */
function closeMatches(wanted, candidates, max = 3) {
    const key = normalise(wanted);
    const scored = [...new Set(candidates)]
        .map((candidate) => {
        const other = normalise(candidate);
        const distance = editDistance(key, other);
        const contains = key.length > 0 && other.length > 0 && (other.includes(key) || key.includes(other));
        const limit = Math.max(2, Math.floor(Math.max(key.length, other.length) / 3));
        return { candidate, score: contains ? Math.min(distance, 1) : distance, close: contains || distance <= limit };
    })
        .filter((entry) => entry.close);
    scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
    return scored.slice(0, max).map((entry) => entry.candidate);
}
function normalise(name) {
    return name.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
}
/** Levenshtein distance, two rows at a time. */
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

;// CONCATENATED MODULE: ./src/platforms/leapwork/teams.ts









/**
 * Leapwork Enterprise teams (https://www.leapwork.com/product/documentation/rest-api/v4/import-to-team):
 * "Import To Team" is `POST /api/v4/import/{teamId}/{timeoutMinutes}/{targetItemId}?force=1`, its
 * teamId "can be fetched from the Response Body of Get All Team endpoint", and Create Team Folder
 * Hierarchy is `PUT /api/v4/hierarchy/create/folder/{teamId}/{itemId}?folder=…`
 * (https://www.leapwork.com/product/documentation/rest-api/v4/create-team-folder-hierarchy).
 *
 * Not in any public page: the path and reply of Get All Teams, and how to read one team's asset
 * hierarchy. Both are settings, so a Controller whose API explorer (`/help/index`) shows other
 * paths is served without a new release:
 *
 * - Get All Teams: `/api/v4/team/all` first, by analogy with the documented Get All Users
 *   (`GET /api/v4/user/all`, https://www.leapwork.com/product/documentation/rest-api/v4/get-all-users),
 *   then `/api/v4/teams`; `FLOWFERRY_LEAPWORK_TEAMS_PATH` names the one to use. The reply is read
 *   tolerantly: a list, or an object holding one, of entries with an id (`Id`, `TeamId`) and a
 *   name (`Name`, `TeamName`, `Title`), in any case.
 * - A team's hierarchy: `/api/v4/hierarchy/team/{teamId}` (`FLOWFERRY_LEAPWORK_TEAM_HIERARCHY_PATH`);
 *   when the Controller has no such route, the whole hierarchy (Get Hierarchy) is used and the log
 *   says so: a team's folders may or may not be in it, and a folder id always works.
 *
 * A team given as an id needs no list: it is checked against the list only when the Controller
 * has one and lets this key read it.
 */
const TEAMS_PATH_VARIABLE = 'FLOWFERRY_LEAPWORK_TEAMS_PATH';
const TEAM_HIERARCHY_PATH_VARIABLE = 'FLOWFERRY_LEAPWORK_TEAM_HIERARCHY_PATH';
const DEFAULT_TEAMS_PATHS = ['/api/v4/team/all', '/api/v4/teams'];
const DEFAULT_TEAM_HIERARCHY_PATH = '/api/v4/hierarchy/team/{teamId}';
const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
/**
 * `force` only exists on Import To Team: the plain Import page documents no such parameter
 * (https://www.leapwork.com/product/documentation/rest-api/v4/import), so sending it there could
 * be ignored while the user believes collisions will be replaced.
 */
function checkForce(settings) {
    if (settings.operation === 'import' && settings.own.force && !settings.own.team) {
        throw new errors/* InputError */.dz(input_names/* Input */.pd.Force, `force mode is documented for Import To Team only (Leapwork Enterprise Edition); set ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.Team)} to the team to import into, or leave ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.Force)} false`, 'true');
    }
}
/** Resolves the `team` input once per client: an id as it is (checked when a list is readable), a name through Get All Teams. */
class TeamResolver {
    http;
    log;
    value;
    env;
    resolved;
    constructor(http, log, value, env = process.env) {
        this.http = http;
        this.log = log;
        this.value = value;
        this.env = env;
    }
    team() {
        this.resolved ??= this.resolve();
        this.resolved.catch(() => (this.resolved = undefined));
        return this.resolved;
    }
    async resolve() {
        const value = this.value.trim();
        const byId = GUID.test(value);
        const listed = await this.list();
        if ('unavailable' in listed) {
            if (byId) {
                const id = value.replace(/[{}]/g, '').toLowerCase();
                this.log.info(`team ${id}: taken as given (${listed.unavailable})`);
                return { id, shown: `team ${id}` };
            }
            throw new errors/* InputError */.dz(input_names/* Input */.pd.Team, `'${value}' is a team name, and names are looked up in the Controller's list of teams, which could not be read (${listed.unavailable}). ` +
                `Give the team's id instead, or set ${TEAMS_PATH_VARIABLE} to the Get All Teams path your Controller's API explorer (/help/index) shows`, '9fb4ef50-6924-471d-8261-052aa8b572c9');
        }
        const teams = listed.teams;
        const found = byId ? teams.filter((team) => team.id.toLowerCase() === value.replace(/[{}]/g, '').toLowerCase()) : byName(teams, value);
        if (found.length > 1) {
            throw new errors/* InputError */.dz(input_names/* Input */.pd.Team, `'${value}' is ambiguous: ${found.length} teams have that name (${found.map((team) => team.id).join(', ')}); give the team's id`, found[0].id);
        }
        const team = found[0];
        if (!team)
            throw unknownTeam(value, byId, teams);
        this.log.info(`${team.shown}: found in the Controller's list of teams`);
        return team;
    }
    /** The Controller's teams, or why they cannot be read (no such route, or a key without the scope). */
    async list() {
        const configured = this.env[TEAMS_PATH_VARIABLE]?.trim();
        const paths = configured ? [configured] : DEFAULT_TEAMS_PATHS;
        const what = 'read the list of teams';
        let last = '';
        for (const path of paths) {
            if (!path.startsWith('/') || path.startsWith('//')) {
                throw new errors/* FlowferryError */.rm(`${TEAMS_PATH_VARIABLE} '${path}' must be a path starting with a single /`, { hint: `For example: ${TEAMS_PATH_VARIABLE}=${DEFAULT_TEAMS_PATHS[0]}` });
            }
            const reply = await this.http.request({ method: 'GET', path, what, headers: JSON_ACCEPT, accept: [...MISSING_ROUTE, 400, 403] }, async (answer) => answer.status === 200 ? { value: await (0,client/* readJson */.Vh)(answer, what) } : (0,client/* discard */.vf)(answer).then(() => ({ status: answer.status })));
            if ('value' in reply)
                return { teams: parseTeams(reply.value, what) };
            last = reply.status === 403 ? `HTTP 403 on ${path}: the access key lacks the scope to list teams` : `HTTP ${reply.status} on ${path}: no such route`;
            this.log.debug(`${what}: ${last}`);
            if (reply.status === 403)
                break;
        }
        return { unavailable: last };
    }
}
function byName(teams, name) {
    const exact = teams.filter((team) => team.name === name);
    if (exact.length > 0)
        return exact;
    return teams.filter((team) => team.name?.toLowerCase() === name.toLowerCase());
}
function unknownTeam(value, byId, teams) {
    const names = teams.map((team) => team.name ?? team.id);
    const close = byId ? [] : closeMatches(value, names);
    const quoted = (list) => list.map((name) => JSON.stringify(name)).join(', ');
    const known = close.length > 0
        ? `close names: ${quoted(close)}`
        : teams.length === 0
            ? 'the Controller lists no teams this access key can see'
            : `the Controller's teams: ${quoted(names.slice(0, 10))}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`;
    return new errors/* InputError */.dz(input_names/* Input */.pd.Team, `no team ${byId ? 'with id' : 'named'} '${value}' on the Controller; ${known}`, close[0] ?? names[0]);
}
const ID_KEYS = ['id', 'teamid'];
const NAME_KEYS = ['name', 'teamname', 'title', 'displayname'];
/** Get All Teams, read tolerantly (its reply is not documented): entries without an id are skipped. */
function parseTeams(value, what) {
    const list = Array.isArray(value) ? value : listIn(value);
    if (!list)
        throw new errors/* ReplyError */.vO(`${what}: the Controller's reply is not a list of teams (${(0,untrusted_text/* untrustedValue */.cW)(value)})`);
    const teams = [];
    for (const entry of list) {
        if (!entry || typeof entry !== 'object')
            continue;
        const fields = new Map(Object.entries(entry).map(([key, field]) => [key.toLowerCase(), field]));
        // Ids and names through core's rule for reply text (core/reply-fields.ts).
        const id = reply_fields/* untrustedId */.yc.safeParse(ID_KEYS.map((key) => fields.get(key)).find((field) => field !== undefined && field !== null));
        if (!id.success || id.data.trim() === '')
            continue;
        const name = reply_fields/* untrustedLabel */.Tz.safeParse(NAME_KEYS.map((key) => fields.get(key)).find((field) => typeof field === 'string'));
        const shownName = name.success ? name.data : undefined;
        teams.push({ id: id.data, name: shownName, shown: shownName === undefined ? `team ${id.data}` : `team ${JSON.stringify(shownName)} (id ${id.data})` });
    }
    return teams;
}
function listIn(value) {
    if (!value || typeof value !== 'object')
        return undefined;
    const entries = Object.entries(value);
    const named = entries.find(([key, field]) => ['teams', 'data', 'items', 'value'].includes(key.toLowerCase()) && Array.isArray(field));
    return named?.[1];
}
/** Team hierarchy routes a Controller answered 404/405/400 on: asked once per run, warned once. */
const missingRoutes = new Set();
/**
 * The team's own asset hierarchy; on a Controller without the route, the whole one (`whole`), said
 * in the log, since a path of titles may then resolve outside the team.
 */
async function readTeamHierarchy(http, log, team, whole, env = process.env) {
    const template = env[TEAM_HIERARCHY_PATH_VARIABLE]?.trim() || DEFAULT_TEAM_HIERARCHY_PATH;
    if (!template.startsWith('/') || !template.includes('{teamId}')) {
        throw new errors/* FlowferryError */.rm(`${TEAM_HIERARCHY_PATH_VARIABLE} '${template}' must be a path starting with / and containing {teamId}`, {
            hint: `For example: ${TEAM_HIERARCHY_PATH_VARIABLE}=${DEFAULT_TEAM_HIERARCHY_PATH}`,
        });
    }
    const path = template.replaceAll('{teamId}', encodeURIComponent(team.id));
    const what = `read the asset hierarchy of ${team.shown}`;
    const route = `${http.baseUrl.origin}${path}`;
    if (missingRoutes.has(route))
        return whole();
    const reply = await http.request({ method: 'GET', path, what, headers: JSON_ACCEPT, accept: [...MISSING_ROUTE, 400] }, async (answer) => answer.status === 200 ? { value: await (0,client/* readJson */.Vh)(answer, what) } : (0,client/* discard */.vf)(answer).then(() => ({ status: answer.status })));
    if ('value' in reply)
        return reply.value === undefined ? [] : parseHierarchy(reply.value, what);
    missingRoutes.add(route);
    log.warning(`${what}: HTTP ${reply.status} on ${path}, so ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.TargetFolder)} is looked up in the Controller's whole asset hierarchy, where the team's folders may not be. ` +
        `Give ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.TargetFolder)} as a folder id to be sure, or set ${TEAM_HIERARCHY_PATH_VARIABLE} to the path your Controller's API explorer (/help/index) shows.`);
    return whole();
}
/** What the import's 409 hint says about force mode, depending on what was asked. */
function forceAdvice(scope) {
    if (scope.force) {
        return 'Force mode was on, so this is a collision the Controller cannot resolve even by taking over open flows (an item of another type, or a folder, with that title).';
    }
    const how = scope.teamId ? `Set ${(0,phrasing/* setting */.Pe)(input_names/* Input */.pd.Force, 'true')}` : `Set ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.Team)} and ${(0,phrasing/* setting */.Pe)(input_names/* Input */.pd.Force, 'true')} (Import To Team, Enterprise Edition)`;
    return `${how} to replace the colliding flows: force mode locks flows that users have open in Studio and replaces them, so their unsaved changes are lost.`;
}

;// CONCATENATED MODULE: ./src/platforms/leapwork/failures.ts







/** What each status means on any call; import and folder creation add their own reading of 404/409. */
const STATUS_MEANING = {
    401: {
        message: 'the Controller refused the access key',
        hint: 'Check api-key: an API access key from Leapwork Studio (Settings → API Access Keys), sent as the AccessKey header.',
    },
    446: {
        message: 'the Controller does not have enough disk space',
        hint: "Free disk space on the Controller's machine, then re-run the step.",
    },
    455: {
        message: "the Controller's database is not responding",
        hint: "Check the Controller's database service, then re-run the step.",
    },
};
/** Any refusal: the status's meaning, with the Controller's own words beside it. */
const describeError = ({ status, headers, text }) => {
    const body = errorText(text);
    const known = STATUS_MEANING[status];
    const message = known ? (body ? `${known.message} (${body})` : known.message) : body || `HTTP ${status}`;
    return { message, requestId: (0,client/* requestIdOf */.Gb)(headers), hint: known?.hint };
};
/**
 * What the Controller's refusals of an import or an export mean, by status. The Import pages list
 * the codes (409: a title collision that cannot be resolved; 404: target not found or not a
 * folder) but no error body (https://www.leapwork.com/product/documentation/rest-api/v4/import),
 * so the reading keys on the status and keeps the Controller's own words beside it.
 */
function importFailure(error, folderShown, title, scope) {
    if (!(error instanceof errors/* HttpError */.j$))
        return error;
    const team = scope.teamId ? ` in team ${scope.teamId}` : '';
    const readings = {
        409: {
            message: `title collision: the package's "${title}" (or an item in it) has the title of an item in ${folderShown} that the Controller cannot replace`,
            hint: `Rename, move or delete that item in Studio (or close it if someone has it open), or import into another folder. ${forceAdvice(scope)} A dry run (${(0,phrasing/* setting */.Pe)(input_names/* Input */.pd.DryRun, 'true')}) reports collisions beforehand.`,
        },
        404: {
            message: `the target ${folderShown} was not found${team}, or is not a folder`,
            hint: scope.teamId
                ? `Check ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.TargetFolder)} and ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.Team)}: with a team, the target must be a folder of that team.`
                : `Check ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.TargetFolder)}: the folder may have been deleted or moved since it was looked up.`,
        },
        400: {
            message: 'the Controller refused the request as malformed',
            hint: 'Check that the bundle holds a package exported from Leapwork, unchanged.',
        },
    };
    const reading = readings[error.httpStatus];
    if (!reading)
        return error;
    const detail = error.detail && !error.detail.startsWith('HTTP ') ? `${reading.message} (${error.detail})` : reading.message;
    return error.withDetail(detail, reading.hint);
}
function exportFailure(error, id, item, baseUrl) {
    if (!isMissingRoute(error))
        return error;
    const detail = item
        ? `the item exists in the asset hierarchy, so this Controller most likely serves export at another path (flowferry's default is unverified)`
        : `no item with id ${id}, or this Controller serves export at another path (flowferry's default is unverified)`;
    return error.withDetail(detail, `Check ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.WorkflowId)}, and look up the export endpoint in the Controller's API explorer (${baseUrl.origin}/help/index); ` +
        `then set the environment variable ${EXPORT_PATH_VARIABLE}, e.g. "POST /api/v4/export/{timeoutMinutes}/{itemId}".`);
}

;// CONCATENATED MODULE: ./src/platforms/leapwork/folders.ts



/**
 * `target-folder` as a folder id or a path of titles, resolved against the asset hierarchy.
 * Titles are not documented as unique
 * (https://www.leapwork.com/product/documentation/rest-api/get-hierarchy), so a path that could
 * mean two folders is an error rather than a guess: importing into the wrong one of two
 * "Regression" folders is worse than stopping.
 */
const folders_GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
function parseTargetFolder(value) {
    const trimmed = value.trim();
    if (folders_GUID.test(trimmed))
        return { kind: 'id', id: trimmed.replace(/[{}]/g, '').toLowerCase() };
    const segments = trimmed.replace(/^\/+|\/+$/g, '').split('/').map((segment) => segment.trim());
    if (segments.some((segment) => segment === '')) {
        throw new errors/* InputError */.dz(input_names/* Input */.pd.TargetFolder, `'${value}' has an empty folder title (two slashes in a row, or only slashes)`, 'Team A/Regression');
    }
    return { kind: 'path', segments };
}
function resolvePath(roots, segments) {
    let level = roots;
    let deepest;
    const existing = [];
    for (const [i, title] of segments.entries()) {
        const named = level.filter((item) => item.title === title);
        const folders = named.filter(isFolder);
        const where = existing.length ? `'${existing.join('/')}'` : 'the top level';
        if (folders.length > 1) {
            throw new errors/* InputError */.dz(input_names/* Input */.pd.TargetFolder, `'${[...existing, title].join('/')}' is ambiguous: ${folders.length} folders titled '${title}' at ${where} ` +
                `(ids ${folders.map((f) => f.id).join(', ')}); give the folder's id instead`, folders[0].id);
        }
        if (folders.length === 0 && named.length > 0) {
            throw new errors/* InputError */.dz(input_names/* Input */.pd.TargetFolder, `'${[...existing, title].join('/')}' is a ${named[0].type || 'item'} (id ${named[0].id}), not a folder; an import needs a folder`, existing.length ? existing.join('/') : 'Team A/Regression');
        }
        const folder = folders[0];
        if (!folder)
            return { deepest, existing, missing: segments.slice(i) };
        deepest = folder;
        existing.push(title);
        level = folder.children;
    }
    return { folder: deepest, deepest, existing, missing: [] };
}
function findById(roots, id) {
    const wanted = id.toLowerCase();
    const stack = [...roots];
    while (stack.length > 0) {
        const item = stack.pop();
        if (item.id.toLowerCase() === wanted)
            return item;
        stack.push(...item.children);
    }
    return undefined;
}
/** The titles from the top down to `item`, for messages. */
function pathOf(roots, item) {
    const trail = [];
    const walk = (level) => {
        for (const candidate of level) {
            trail.push(candidate.title);
            if (candidate === item || walk(candidate.children))
                return true;
            trail.pop();
        }
        return false;
    };
    walk(roots);
    return trail.join('/');
}
/** Items in `folder` with `title`, other than sub-folders' contents: what an import of that title meets. */
function collisions(folder, title) {
    return folder.children.filter((child) => child.title === title);
}

;// CONCATENATED MODULE: ./src/platforms/leapwork/folder-service.ts







/**
 * The Controller's asset hierarchy as this client sees it (the team's, for a team import): read
 * once and kept, items looked up by id, `target-folder` located in it, and the folders it lacks
 * created when `create-folders` allows.
 */
class FolderService {
    http;
    log;
    own;
    team;
    /**
     * The API version whose Get Hierarchy path answered. Leapwork documents the v3 path
     * (https://www.leapwork.com/product/documentation/rest-api/get-hierarchy); the v4 one is inferred.
     */
    hierarchyVersion;
    tree;
    constructor(http, log, own, 
    /** `team`, for imports: the team's own hierarchy and folder creation. */
    team) {
        this.http = http;
        this.log = log;
        this.own = own;
        this.team = team;
    }
    /**
     * The asset hierarchy, read once per client: an import with backup, or a glob of bundles, would
     * otherwise fetch the whole tree several times. `fresh` after a change (an import, new folders).
     */
    hierarchy(fresh = false) {
        if (fresh || !this.tree) {
            this.tree = this.readHierarchy();
            this.tree.catch(() => (this.tree = undefined));
        }
        return this.tree;
    }
    /** Where `target-folder` is in the tree; throws InputError when it names no folder unambiguously. */
    async locate(roots) {
        const target = parseTargetFolder(this.own.targetFolder);
        if (target.kind === 'id') {
            // A team's folders may be in no hierarchy this client can read: the id goes to Import To Team as given.
            const item = findById(roots, target.id) ?? (await this.itemById(target.id)) ?? (this.team ? unlisted(target.id, this.log) : undefined);
            if (!item)
                throw new errors/* InputError */.dz(input_names/* Input */.pd.TargetFolder, `no item with id ${target.id} in the Controller's asset hierarchy`, 'Team A/Regression');
            if (!isFolder(item)) {
                throw new errors/* InputError */.dz(input_names/* Input */.pd.TargetFolder, `${target.id} is a ${item.type || 'item'} ("${item.title}"), not a folder; an import needs a folder`, 'Team A/Regression');
            }
            return { folder: { id: item.id, item, shown: `folder '${pathOf(roots, item) || item.title}' (id ${item.id})` }, path: { folder: item, deepest: item, existing: [], missing: [] } };
        }
        const resolved = resolvePath(roots, target.segments);
        const folder = resolved.folder ? { id: resolved.folder.id, item: resolved.folder, shown: `folder '${target.segments.join('/')}' (id ${resolved.folder.id})` } : undefined;
        return { folder, path: resolved };
    }
    /**
     * An item the whole tree did not show (a Controller may leave some branches out): Get Hierarchy
     * of that id. Undefined when the Controller does not know it; an item whose reply does not
     * describe it is taken as it is, and the import's own 404 speaks if it is no folder.
     */
    async itemById(id) {
        const what = `look up item ${id}`;
        const reply = await this.http.request({ method: 'GET', path: `/api/${this.hierarchyVersion ?? 'v4'}/hierarchy/${encodeURIComponent(id)}`, what, headers: JSON_ACCEPT, accept: [400, 404] }, async (answer) => {
            if (answer.status !== 200)
                return (0,client/* discard */.vf)(answer).then(() => []);
            const value = await (0,client/* readJson */.Vh)(answer, what);
            return value === undefined ? [] : parseHierarchy(value, what);
        });
        if (reply.length === 0)
            return undefined;
        return findById(reply, id) ?? { id, title: id, type: 'Folder', children: reply };
    }
    /** The target folder, created (only its missing tail) when `create-folders` allows. */
    async ensureFolder() {
        const located = await this.locate(await this.hierarchy());
        if (located.folder)
            return located.folder;
        const { existing, missing, deepest } = located.path;
        const under = existing.length ? `under '${existing.join('/')}'` : 'at the top level';
        if (!this.own.createFolders) {
            throw new errors/* InputError */.dz(input_names/* Input */.pd.TargetFolder, `'${this.own.targetFolder}' does not exist: there is no folder '${missing[0]}' ${under}. ` +
                `Set create-folders: true to create the missing folder(s), or name an existing folder`);
        }
        const what = `create the folder(s) '${missing.join('/')}' ${under}`;
        let createdId;
        try {
            createdId = await this.http.json({
                method: 'PUT',
                path: createFolderPath(deepest?.id, missing, (await this.team?.team())?.id),
                what,
                headers: JSON_ACCEPT,
                // A second PUT after a lost reply would meet the folder it created and answer 409.
                idempotent: false,
                harmlessIfRepeated: 'Nothing was imported yet; re-running the step finds the folders that exist and creates only the rest.',
            }, (value) => parseCreatedFolder(value, what));
        }
        catch (error) {
            if (error instanceof errors/* HttpError */.j$ && error.httpStatus === 409) {
                // Another step (or another bundle of this glob) may have created the same folders a moment ago.
                const meanwhile = await this.locate(await this.hierarchy(true));
                if (meanwhile.folder) {
                    this.log.info(`${what}: the Controller answered 409, and the folder exists now (created at the same moment elsewhere)`);
                    return meanwhile.folder;
                }
                throw error.withDetail(`the Controller refused to ${what}: a folder with that title exists there, or folders cannot be created there (${error.detail})`, 'Check target-folder against the folders in Studio: a folder of that title may exist where the path does not lead (a different type, or a title that differs only in case).');
            }
            throw error;
        }
        this.log.info(`${what}: done${createdId ? ` (the Controller names folder ${createdId})` : ''}`);
        // Which folder the reply's id names when several are created is not documented: look the path up again.
        const again = await this.locate(await this.hierarchy(true));
        if (again.folder)
            return again.folder;
        if (createdId && missing.length === 1) {
            return { id: createdId, item: { id: createdId, title: missing[0], type: 'Folder', children: [] }, shown: `folder '${this.own.targetFolder}' (id ${createdId})` };
        }
        throw new errors/* ReplyError */.vO(`${what}: the Controller answered success, but the folder is not in the asset hierarchy afterwards`, {
            hint: 'Check the folder in Studio; if it exists, give target-folder as its id (this access key may not see that branch of the hierarchy).',
        });
    }
    /** The team's hierarchy for a team import, else the whole one. */
    async readHierarchy() {
        if (!this.team)
            return this.readWholeHierarchy();
        return readTeamHierarchy(this.http, this.log, await this.team.team(), () => this.readWholeHierarchy());
    }
    /** The whole asset hierarchy: the v4 path first, the documented v3 path when v4 has no such route. */
    async readWholeHierarchy() {
        const what = 'read the asset hierarchy';
        for (const version of this.hierarchyVersion ? [this.hierarchyVersion] : ['v4', 'v3']) {
            try {
                const roots = await this.http.json({ method: 'GET', path: `/api/${version}/hierarchy`, what, headers: JSON_ACCEPT }, (value) => parseHierarchy(value, what));
                this.hierarchyVersion = version;
                return roots;
            }
            catch (error) {
                const missingRoute = isMissingRoute(error);
                if (version === 'v3' || this.hierarchyVersion || !missingRoute)
                    throw error;
                this.log.debug(`${what}: HTTP ${error.httpStatus} on /api/v4/hierarchy; trying the documented v3 path`);
            }
        }
        throw new errors/* ReplyError */.vO(`${what}: no reply`);
    }
}
function unlisted(id, log) {
    log.info(`folder ${id} is in no asset hierarchy this access key can read; it goes to Import To Team as given, and the Controller checks it`);
    return { id, title: id, type: 'Folder', children: [] };
}

;// CONCATENATED MODULE: ./src/platforms/leapwork/client.ts
















/** Leapwork Controller REST API v4: zip import into a folder of the asset hierarchy, export of an item. */
class LeapworkClient {
    settings;
    context;
    http;
    /** `team`, for imports: Import To Team, the team's own hierarchy and folder creation. */
    team;
    folders;
    constructor(settings, context) {
        this.settings = settings;
        this.context = context;
        const accessKey = settings.own.apiKey;
        this.http = (0,http/* platformHttp */.q)(settings, context, { describeError: describeError, credentials: (0,client/* headerCredentials */.sy)('AccessKey', accessKey) });
        checkForce(settings);
        if (settings.own.team && settings.operation === 'import')
            this.team = new TeamResolver(this.http, context.log, settings.own.team);
        this.folders = new FolderService(this.http, context.log, settings.own, this.team);
    }
    async scope() {
        return { teamId: (await this.team?.team())?.id, force: this.settings.own.force };
    }
    async importBundle(bundle) {
        const file = this.packageOf(bundle);
        const title = this.titleOf(bundle);
        const folder = await this.folders.ensureFolder();
        // What is left of `timeout` (a backup export may have used some): the Controller should not work on past the step.
        const remaining = Math.max(1, this.context.deadline.remaining());
        const minutes = timeoutMinutes(remaining);
        const filename = external_node_path_default().basename(file);
        const { size } = await (0,promises_.stat)(file);
        const scope = await this.scope();
        const what = `import ${filename} into ${folder.shown}${scope.teamId ? ` of team ${scope.teamId}${scope.force ? ' (force mode)' : ''}` : ''}`;
        this.context.log.info(`${what}: ${size} bytes, timeoutMinutes ${minutes}; the Controller answers when the import is done`);
        let reply;
        try {
            reply = await this.http.json({
                method: 'POST',
                path: importPath(minutes, folder.id, scope),
                what,
                headers: JSON_ACCEPT,
                // The import is synchronous: the reply comes when the Controller has finished, which may take until `timeout`.
                readTimeoutMs: remaining,
                body: { kind: 'multipart', parts: [{ name: 'zip file', file, filename, contentType: 'application/x-zip-compressed', size }] },
            }, (value) => parseImportReply(value, what));
        }
        catch (error) {
            throw importFailure(error, folder.shown, title, scope);
        }
        if (!reply.successful) {
            throw new errors/* ReplyError */.vO(`${what}: the Controller answered HTTP 200 but IsSuccessful=false, without saying why`, {
                hint: "Look at the Controller's log for the import, and at the target folder in Studio, before re-running.",
            });
        }
        this.context.log.info(`${what}: the Controller answered ${reply.platformStatus}`);
        const notes = [];
        if (this.settings.workflowId) {
            notes.push(`workflow-id ${this.settings.workflowId} was not used: a Leapwork import goes into target-folder and replaces the item of the same title there`);
        }
        let imported;
        try {
            const after = findById(await this.folders.hierarchy(true), folder.id) ?? (await this.folders.itemById(folder.id));
            const sameTitle = after ? collisions(after, title) : [];
            imported = sameTitle.find((item) => !isFolder(item)) ?? sameTitle[0];
        }
        catch (error) {
            const note = `the import succeeded, but reading the hierarchy afterwards failed (${error.message}), so workflow-id is not set; look the item up in Studio`;
            this.context.log.warning(note);
            return { workflowName: title, platformStatus: reply.platformStatus, notes: [...notes, note] };
        }
        if (imported)
            this.context.log.info(`the imported item "${title}" has id ${imported.id}`);
        else
            notes.push(`the import succeeded, but no item titled "${title}" was found in ${folder.shown} to report its id (the package may name it differently; set workflow-name to its title)`);
        return { workflowId: imported?.id, workflowName: title, platformStatus: reply.platformStatus, notes };
    }
    async exportWorkflow(staging) {
        const id = this.settings.workflowId;
        const endpoint = exportEndpoint();
        const item = findById(await this.folders.hierarchy(), id);
        if (item)
            this.context.log.info(`item ${id}: ${item.type || 'item'} "${item.title}"`);
        else
            this.context.log.info(`item ${id} is not in the asset hierarchy; asking the Controller for it anyway`);
        const what = `export item ${id}`;
        const temp = external_node_path_default().join(staging, '.package.zip');
        const remaining = Math.max(1, this.context.deadline.remaining());
        let saved;
        try {
            saved = await this.http.request({
                method: endpoint.method,
                path: fillExportPath(endpoint.template, id, timeoutMinutes(remaining)),
                what,
                headers: { accept: 'application/zip, application/octet-stream, */*' },
                // An export changes nothing on the Controller, so asking again after a lost reply is safe.
                idempotent: true,
                readTimeoutMs: remaining,
            }, async (reply) => {
                const result = await (0,download/* saveTo */.f)(temp)(reply);
                if (!(await (0,zip/* isZipFile */.G5)(temp))) {
                    await (0,promises_.rm)(temp, { force: true });
                    throw new http_errors/* MalformedReplyError */._(`${what}: the reply is not a zip package (${result.bytes} bytes, content type ${result.contentType ?? 'unknown'})`);
                }
                return result;
            });
        }
        catch (error) {
            throw exportFailure(error, id, item, this.http.baseUrl);
        }
        const name = this.settings.workflowName ?? (item?.title || saved.filename?.replace(/\.zip$/i, '') || id);
        const fileName = packageFileName(name);
        await (0,promises_.rename)(temp, external_node_path_default().join(staging, fileName));
        this.context.log.info(`${what}: ${saved.bytes} bytes, kept byte for byte as ${fileName}`);
        return {
            exported: { name, workflowId: id, files: [{ path: fileName, role: PACKAGE_ROLE, digest: { bytes: saved.bytes, sha256: saved.sha256 } }] },
            workflowId: id,
            platformStatus: 'HTTP 200',
        };
    }
    /**
     * For `backup`: the item the import would replace is the one in the target folder with the
     * package's title. A folder that does not exist yet holds nothing to replace.
     */
    async replaces(bundle) {
        const located = await this.folders.locate(await this.folders.hierarchy());
        if (!located.folder)
            return undefined;
        const title = this.titleOf(bundle);
        const hit = collisions(located.folder.item, title).find((item) => !isFolder(item));
        if (hit)
            this.context.log.info(`the import would replace ${hit.type || 'item'} "${title}" (id ${hit.id}) in ${located.folder.shown}`);
        return hit?.id;
    }
    /**
     * `dry-run`: the access key works (the hierarchy is read), the target folder exists or would be
     * created, and whether an item with the package's title is already there.
     */
    async preflight(bundle) {
        const manifestFile = (0,core_bundle/* shownPath */.pS)(bundle, 'flowferry.json');
        const report = { checked: [], unchecked: [], findings: [] };
        const finding = (severity, rule, message) => report.findings.push({ file: manifestFile, severity, rule, message });
        let roots;
        try {
            roots = await this.folders.hierarchy();
        }
        catch (error) {
            if (error instanceof errors/* HttpError */.j$ && error.httpStatus === 401) {
                finding('error', 'leapwork.credentials', 'the Controller refused the access key (HTTP 401); check api-key');
                return report;
            }
            if (error instanceof errors/* InputError */.dz) {
                finding('error', 'leapwork.team', error.message);
                return report;
            }
            throw error;
        }
        report.checked.push('the Controller accepts the access key');
        const team = await this.team?.team();
        let located;
        try {
            located = await this.folders.locate(roots);
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            finding('error', 'leapwork.target-folder', error.message);
            return report;
        }
        if (!located.folder) {
            const missing = located.path.missing.join('/');
            const under = located.path.existing.length ? `under '${located.path.existing.join('/')}'` : 'at the top level';
            if (this.settings.own.createFolders)
                report.checked.push(`the import would create the folder(s) '${missing}' ${under} (create-folders: true)`);
            else
                finding('error', 'leapwork.target-folder', `the target folder '${this.settings.own.targetFolder}' does not exist ('${missing}' is missing ${under}); set create-folders: true to create it`);
            return report;
        }
        const title = this.titleOf(bundle);
        report.checked.push(`the target ${located.folder.shown} exists${team ? ` in ${team.shown}` : ''}`);
        const hits = collisions(located.folder.item, title);
        if (hits.length === 0)
            report.checked.push(`no item in ${located.folder.shown} has the title "${title}"`);
        for (const hit of hits) {
            finding('warning', 'leapwork.collision', isFolder(hit)
                ? `title collision: ${located.folder.shown} already has a folder titled "${title}" (id ${hit.id}); the Controller is likely to refuse the import (HTTP 409)`
                : `title collision: ${located.folder.shown} already has ${hit.type || 'an item'} "${title}" (id ${hit.id}); ${collisionOutcome(this.settings)}`);
        }
        return report;
    }
    packageOf(bundle) {
        const file = (0,core_bundle/* fileOf */.W7)(bundle, PACKAGE_ROLE);
        if (!file)
            throw new errors/* BundleError */.rJ(`${bundle.location}: a Leapwork import needs the package (role ${PACKAGE_ROLE}, a .zip)`);
        return file;
    }
    /** The title the package's item has: the bundle's name (the exported item's title), or `workflow-name`. */
    titleOf(bundle) {
        return this.settings.workflowName ?? bundle.manifest.name;
    }
}
/** What the Controller does with a colliding flow, as far as the inputs decide it. */
function collisionOutcome(settings) {
    if (settings.own.team && settings.own.force)
        return 'force mode replaces it, locking it first if someone has it open in Studio (set backup: true to keep a copy)';
    return 'the Controller replaces it, or refuses with HTTP 409 if it cannot (someone has it open in Studio: force mode with a team takes it over; set backup: true to keep a copy)';
}

// EXTERNAL MODULE: ./src/platforms/leapwork/facts.ts
var facts = __webpack_require__(97057);
;// CONCATENATED MODULE: ./src/platforms/leapwork/index.ts



/** The bundle rules and client for the Leapwork Controller, loaded by registry.ts when a step names the platform. */
const platform = {
    ...facts/* leapwork */.m,
    rules: leapworkRules,
    connect: (settings, context) => new LeapworkClient(settings, context),
};


/***/ })

};
