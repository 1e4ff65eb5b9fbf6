export const id = 727;
export const ids = [727];
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

/***/ 19033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ tooDeep),
/* harmony export */   Fd: () => (/* binding */ TooDeepError),
/* harmony export */   RV: () => (/* binding */ guardDepth)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36419);


/**
 * How deeply JSON nests, measured without recursion. Every recursive walk of JSON in core (the
 * jsonc-parser tree, canonical JSON, diff, redaction) checks this first, so a document nested past
 * core's limit (core/limits.ts) is refused in words, never with "Maximum call stack size exceeded".
 * Files are refused earlier, naming the file (core/json-text.ts); this is the walks' own guard.
 */
/** Where JSON text first nests deeper than `max` arrays and objects, or undefined. Strings are skipped. */
function tooDeep(text, max = _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_JSON_DEPTH */ .KX) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++; // backslash: skip the escaped character
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 91 || c === 123) {
            if (++depth > max)
                return i;
        }
        else if (c === 93 || c === 125)
            depth--;
    }
    return undefined;
}
/** Thrown by a walk that meets a value nested past the limit; callers that know the file name it. */
class TooDeepError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowferryError */ .rm {
    constructor(max = _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_JSON_DEPTH */ .KX) {
        super(`a JSON document nests arrays and objects more than ${max} levels deep; flowferry reads at most ${max}`);
    }
}
/** For recursive walks over parsed values: throws once `depth` passes the limit. */
function guardDepth(depth, max = _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_JSON_DEPTH */ .KX) {
    if (depth > max)
        throw new TooDeepError(max);
}


/***/ }),

/***/ 59656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ readLeadingFields),
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   NR: () => (/* binding */ checkJsonFile),
/* harmony export */   vA: () => (/* binding */ withoutBom),
/* harmony export */   xx: () => (/* binding */ tooLargeToCheck)
/* harmony export */ });
/* unused harmony export readJsonText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78616);
/* harmony import */ var _json_location_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25049);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5737);
/* harmony import */ var _json_walk_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33603);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36419);
/* harmony import */ var _plain_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19130);







/**
 * A JSON file's text for parsing, or undefined when it is larger than JSON_PARSE_LIMIT (core/limits.ts). The file
 * must be a plain file (core/plain-file.ts), in UTF-8 and nested no deeper than core's limit
 * (core/json-text.ts), else a BundleError names it as `shown`. A leading UTF-8 byte order mark is
 * dropped: RFC 8259 §8.1 lets readers ignore it, JSON.parse does not, and platforms that export
 * through Windows tools write one. The file's bytes are not changed.
 */
async function readJsonText(file, shown = (0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(file)) {
    const bytes = await (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readPlainFileUpTo */ .$p)(file, { shown }, _limits_js__WEBPACK_IMPORTED_MODULE_6__/* .JSON_PARSE_LIMIT */ .jA);
    return bytes === undefined ? undefined : (0,_json_text_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonText */ .s$)(bytes, shown);
}
/** JSON text ready for JSON.parse: without the byte order mark a reader may ignore. */
function withoutBom(text) {
    return text.replace(/^\uFEFF/, '');
}
/**
 * The parsed file, or undefined when it is too large to parse or not JSON. A file that is not a
 * plain file, not UTF-8 or nested too deeply is a BundleError naming it, not "not JSON".
 */
async function readJsonFile(file, shown = (0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(file)) {
    const text = await readJsonText(file, shown);
    if (text === undefined)
        return undefined;
    try {
        return { value: JSON.parse(text) };
    }
    catch {
        return undefined;
    }
}
/** How much of a file too large to parse is read for its leading fields. */
const HEAD_BYTES = 1024 * 1024;
/**
 * The leading fields of a JSON file past JSON_PARSE_LIMIT, from its first megabyte
 * (core/json-walk.ts, leadingFields): where an export records its name, it does among its first
 * fields. Undefined for a file small enough to parse (readJsonFile reads it whole).
 */
async function readLeadingFields(file, shown = (0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(file)) {
    const { handle, info } = await (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_5__/* .openPlainFile */ .rr)(file, { shown });
    try {
        if (info.size <= BigInt(_limits_js__WEBPACK_IMPORTED_MODULE_6__/* .JSON_PARSE_LIMIT */ .jA))
            return undefined;
        const head = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
        return (0,_json_walk_js__WEBPACK_IMPORTED_MODULE_4__/* .leadingFields */ .ek)(withoutBom(head.subarray(0, bytesRead).toString('utf8')));
    }
    finally {
        await handle.close();
    }
}
/** The notice a JSON file too large to parse gets instead of the check (also a file never unpacked for being larger still). */
function tooLargeToCheck(shown, platform) {
    return {
        file: shown,
        severity: 'notice',
        rule: `${platform.rulePrefix}.unchecked`,
        message: `too large to check offline: more than ${_limits_js__WEBPACK_IMPORTED_MODULE_6__/* .JSON_PARSE_LIMIT */ .jA} bytes, the most flowferry parses; ${platform.title} checks it on import`,
    };
}
/**
 * The offline check every platform starts with: the file parses, or a finding says where it does
 * not (shown as `shown`, the path the user knows); a file too large to parse gets a notice that the
 * platform checks it on import.
 */
async function checkJsonFile(file, shown, platform) {
    let text;
    try {
        text = await readJsonText(file, shown);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ && error.findings[0])
            return { finding: error.findings[0] };
        throw error;
    }
    if (text === undefined)
        return { finding: tooLargeToCheck(shown, platform) };
    try {
        return { text, document: JSON.parse(text) };
    }
    catch (error) {
        // Only a text JSON.parse refused is walked again, to say where: a valid one is parsed once.
        const syntax = (0,_json_location_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonSyntaxError */ .UQ)(text) ?? { line: 1, col: 1, message: error.message };
        return { finding: { file: shown, line: syntax.line, col: syntax.col, severity: 'error', rule: 'json.syntax', message: `not valid JSON: ${syntax.message}` } };
    }
}


/***/ }),

/***/ 25049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ locatePaths),
/* harmony export */   R4: () => (/* binding */ locateJsonError),
/* harmony export */   UQ: () => (/* binding */ jsonSyntaxError),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
/* unused harmony export locatePath */
/* harmony import */ var _json_depth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19033);
/* harmony import */ var _json_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33603);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36419);



function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, col: offset - lineStart + 1 };
}
/** Where strict JSON parsing first fails, and why; undefined when the text is valid JSON. */
function jsonSyntaxError(text) {
    // The walk recurses per level: a text nested past core's limit is reported, not walked (core/json-depth.ts).
    const deep = (0,_json_depth_js__WEBPACK_IMPORTED_MODULE_0__/* .tooDeep */ .DI)(text);
    if (deep !== undefined)
        return { ...positionAt(text, deep), message: `nested more than ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_JSON_DEPTH */ .KX} levels deep` };
    const error = (0,_json_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .firstSyntaxError */ .mk)(text);
    return error && { line: error.line, col: error.col, message: error.message };
}
/** Best-effort position of a JSON syntax error, for files JSON.parse rejected. */
function locateJsonError(text) {
    const error = jsonSyntaxError(text);
    return error ? { line: error.line, col: error.col } : {};
}
/**
 * Position of the value at `path` (keys and array indexes), or of the nearest ancestor that
 * exists, so a finding about a missing key still points into the right object.
 */
function locatePath(text, path) {
    return locatePaths(text, [path])[0];
}
/**
 * `locatePath` for many paths of one text, in one walk and with the lines indexed once: a check
 * that reports a finding per task costs the document's length, not that times the findings.
 */
function locatePaths(text, paths) {
    if (paths.length === 0)
        return [];
    const offsets = (0,_json_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .offsetsOf */ .wM)(text, paths);
    let lineStarts;
    return offsets.map((offset) => {
        if (offset === undefined)
            return undefined;
        lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (lineStarts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, col: offset - lineStarts[low] + 1 };
    });
}


/***/ }),

/***/ 5737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ textError),
/* harmony export */   QR: () => (/* binding */ assertDepth),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   hE: () => (/* binding */ depthProblem),
/* harmony export */   op: () => (/* binding */ jsonTextOrProblem),
/* harmony export */   s$: () => (/* binding */ jsonText)
/* harmony export */ });
/* unused harmony export firstInvalidUtf8 */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _json_depth_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19033);
/* harmony import */ var _json_location_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25049);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36419);





/**
 * JSON text from a file's bytes, checked before anything parses or walks it: valid UTF-8 (RFC 8259
 * §8.1: "JSON text exchanged between systems that are not part of a closed ecosystem MUST be
 * encoded using UTF-8"), a leading byte order mark allowed and dropped, and nesting no deeper than
 * MAX_JSON_DEPTH, so no recursive walk (parser, canonical form, diff, redaction) runs out of stack.
 * https://www.rfc-editor.org/rfc/rfc8259#section-8.1
 */
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** The bytes as text, or why they are not UTF-8 (naming the first bad byte's offset in the file). */
function decodeUtf8(bytes) {
    const bom = bytes.subarray(0, 3).equals(BOM) ? 3 : 0;
    const body = bytes.subarray(bom);
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(body))
        return { text: body.toString('utf8') };
    if (bom === 0 && (bytes[0] === 0xff || bytes[0] === 0xfe) && (bytes[1] === 0xfe || bytes[1] === 0xff)) {
        return { problem: { rule: 'json.encoding', message: 'is UTF-16 (it starts with a UTF-16 byte order mark); only UTF-8 is accepted', line: 1, col: 1 } };
    }
    const offset = bom + firstInvalidUtf8(body);
    const before = bytes.subarray(bom, offset).toString('utf8');
    return {
        problem: { rule: 'json.encoding', message: `is not valid UTF-8: byte ${offset} (0x${bytes[offset].toString(16).padStart(2, '0')}) starts no UTF-8 character`, ...(0,_json_location_js__WEBPACK_IMPORTED_MODULE_3__/* .positionAt */ .t$)(before, before.length) },
    };
}
/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (Unicode 15, table 3-7). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let need = 0;
        let low = 0x80;
        let high = 0xbf;
        if (b < 0x80)
            need = 0;
        else if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                low = 0xa0;
            if (b === 0xed)
                high = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                low = 0x90;
            if (b === 0xf4)
                high = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf))
                return i;
        }
        i += need + 1;
    }
    return bytes.length;
}
/** The depth problem of a JSON text, located, or undefined. */
function depthProblem(text, max = _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_JSON_DEPTH */ .KX) {
    const at = (0,_json_depth_js__WEBPACK_IMPORTED_MODULE_2__/* .tooDeep */ .DI)(text, max);
    if (at === undefined)
        return undefined;
    return { rule: 'json.depth', message: `nests arrays and objects more than ${max} levels deep; flowferry reads at most ${max}`, ...(0,_json_location_js__WEBPACK_IMPORTED_MODULE_3__/* .positionAt */ .t$)(text, at) };
}
/** A file's bytes as checked JSON text, or the problem with them. */
function jsonTextOrProblem(bytes, max = _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_JSON_DEPTH */ .KX) {
    const decoded = decodeUtf8(bytes);
    if ('problem' in decoded)
        return decoded;
    const problem = depthProblem(decoded.text, max);
    return problem ? { problem } : decoded;
}
const HINTS = {
    'json.encoding': 'Save the file as UTF-8 (with or without a byte order mark).',
    'json.depth': 'Flatten the document; no workflow export nests anywhere near this deep.',
};
/** The problem as a BundleError naming the file (as the user knows it) and what to do. */
function textError(file, problem) {
    return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BundleError */ .rJ.at({ file, line: problem.line, col: problem.col }, problem.rule, problem.message, HINTS[problem.rule]);
}
/** Checked JSON text of a file's bytes; a BundleError naming `file` otherwise. */
function jsonText(bytes, file, max = _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_JSON_DEPTH */ .KX) {
    const result = jsonTextOrProblem(bytes, max);
    if ('problem' in result)
        throw textError(file, result.problem);
    return result.text;
}
/** Throws a BundleError naming `file` when a text already in memory nests too deeply. */
function assertDepth(text, file, max = _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_JSON_DEPTH */ .KX) {
    const problem = depthProblem(text, max);
    if (problem)
        throw textError(file, problem);
}


/***/ }),

/***/ 33603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ek: () => (/* binding */ leadingFields),
/* harmony export */   fw: () => (/* binding */ visitStringValues),
/* harmony export */   mk: () => (/* binding */ firstSyntaxError),
/* harmony export */   rq: () => (/* binding */ pointerOf),
/* harmony export */   wM: () => (/* binding */ offsetsOf)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _json_depth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19033);


/**
 * Walks over JSON text that build no tree. jsonc-parser's `visit` reports each token with its
 * offset as it scans, and keeps nothing; a syntax tree of the same text (`parseTree`) holds an
 * object per value, about ten times the text in memory, which is what a 32 MiB document made
 * 1.4 GiB of. So these walks only run where offsets are needed: to place a syntax error JSON.parse
 * found, to place findings, and to edit string values where the bytes around them must stay.
 * https://github.com/microsoft/node-jsonc-parser#api
 */
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };
/** Stops a visit early: thrown from a callback and caught by the walk that threw it. */
const STOP = Symbol('stop');
/** Where strict JSON parsing first fails, and why; undefined when the text is JSON. */
function firstSyntaxError(text) {
    // visit recurses per nesting level: a text nested past core's limit is refused before it.
    if ((0,_json_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .tooDeep */ .DI)(text) !== undefined)
        throw new _json_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .TooDeepError */ .Fd();
    let found;
    try {
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
            onError(error, offset, _length, line, character) {
                found = { offset, line: line + 1, col: character + 1, message: describeCode((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(error)) };
                throw STOP;
            },
        }, STRICT);
    }
    catch (error) {
        if (error !== STOP)
            throw error;
    }
    return found;
}
/**
 * Every string value (not key) of a JSON text, in text order. `wanted` says, from the value's
 * own key (a property name, or an array index), whether the value's path is needed: the path is
 * built only then, so a walk over a million values that wants a handful allocates a handful.
 * Returns false when the text is not JSON (the walk then stops at the first error).
 */
function visitStringValues(text, onString, wanted) {
    if ((0,_json_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .tooDeep */ .DI)(text) !== undefined)
        throw new _json_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .TooDeepError */ .Fd();
    // Whether each open container is an object, and the last property name seen in it.
    const inObject = [];
    let property = '';
    let valid = true;
    try {
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
            onObjectBegin: () => void inObject.push(true),
            onObjectEnd: () => void inObject.pop(),
            onArrayBegin: () => void inObject.push(false),
            onArrayEnd: () => void inObject.pop(),
            onObjectProperty: (name) => void (property = name),
            onLiteralValue(value, offset, length, line, character, pathSupplier) {
                if (typeof value !== 'string')
                    return;
                let path;
                const pathOf = () => (path ??= pathSupplier());
                if (wanted) {
                    const parentIsObject = inObject.at(-1);
                    const key = parentIsObject === undefined ? undefined : parentIsObject ? property : pathOf().at(-1);
                    if (key !== undefined && !wanted(key))
                        return;
                }
                onString({ value, offset, length, line: line + 1, col: character + 1 }, pathOf);
            },
            onError() {
                valid = false;
                throw STOP;
            },
        }, STRICT);
    }
    catch (error) {
        if (error !== STOP)
            throw error;
    }
    return valid;
}
/**
 * Offsets of the values at `paths` (or of their nearest existing ancestor), in one pass: a
 * property's offset is its key's, so a finding points at the line that names it.
 */
function offsetsOf(text, paths) {
    const pointers = paths.map(pointerOf);
    const wanted = new Set();
    for (const path of paths)
        for (let depth = 0; depth <= path.length; depth++)
            wanted.add(pointerOf(path.slice(0, depth)));
    const found = new Map();
    if ((0,_json_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .tooDeep */ .DI)(text) !== undefined)
        return paths.map(() => undefined);
    const note = (path, offset) => {
        const pointer = pointerOf(path);
        if (wanted.has(pointer) && !found.has(pointer))
            found.set(pointer, offset);
    };
    // Values inside an array are placed by their own offset; properties by their key's.
    const inArray = [];
    const element = (offset, pathSupplier) => {
        if (inArray.at(-1) !== false)
            note(pathSupplier(), offset);
    };
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
        onObjectBegin(offset, _length, _line, _character, pathSupplier) {
            element(offset, pathSupplier);
            inArray.push(false);
        },
        onObjectEnd: () => void inArray.pop(),
        onArrayBegin(offset, _length, _line, _character, pathSupplier) {
            element(offset, pathSupplier);
            inArray.push(true);
        },
        onArrayEnd: () => void inArray.pop(),
        onLiteralValue: (_value, offset, _length, _line, _character, pathSupplier) => element(offset, pathSupplier),
        onObjectProperty: (name, offset, _length, _line, _character, pathSupplier) => note([...pathSupplier(), name], offset),
    }, { disallowComments: true });
    return pointers.map((_pointer, i) => {
        const path = paths[i];
        for (let depth = path.length; depth >= 0; depth--) {
            const offset = found.get(pointerOf(path.slice(0, depth)));
            if (offset !== undefined)
                return offset;
        }
        return undefined;
    });
}
/**
 * The leading fields of a JSON text that may be cut short (the head of a file too large to parse):
 * its scalar values down to `maxDepth` levels (the root's own fields, and those of the objects it
 * holds), as a skeleton of the document, up to where the text ends or stops being JSON. Enough to
 * read a name or a version an export records among its first fields, without the rest. Objects
 * have no prototype and `__proto__` is skipped: the text is untrusted.
 */
function leadingFields(text, maxDepth = 3) {
    if ((0,_json_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .tooDeep */ .DI)(text) !== undefined)
        return undefined;
    let root;
    const container = (next) => (typeof next === 'number' ? [] : Object.create(null));
    const put = (path, value) => {
        root ??= container(path[0]);
        let node = root;
        for (let i = 0; i < path.length - 1; i++) {
            const next = (node[path[i]] ??= container(path[i + 1]));
            if (next === null || typeof next !== 'object')
                return;
            node = next;
        }
        node[path.at(-1)] = value;
    };
    try {
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
            onLiteralValue(value, _offset, _length, _line, _character, pathSupplier) {
                const path = pathSupplier();
                if (path.length === 0 || path.length > maxDepth || path.includes('__proto__'))
                    return;
                put(path, value);
            },
            onError() {
                throw STOP;
            },
        }, STRICT);
    }
    catch (error) {
        if (error !== STOP)
            throw error;
    }
    return root;
}
/** RFC 6901 pointer of a path: `/env/3/value`. https://www.rfc-editor.org/rfc/rfc6901 */
function pointerOf(path) {
    return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
function describeCode(code) {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
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

/***/ 57727:
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
// EXTERNAL MODULE: ./src/core/json-file.ts
var json_file = __webpack_require__(59656);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(12032);
// EXTERNAL MODULE: ./src/core/reply-fields.ts
var reply_fields = __webpack_require__(73477);
// EXTERNAL MODULE: ./src/core/untrusted-text.ts
var untrusted_text = __webpack_require__(61037);
// EXTERNAL MODULE: ./src/core/http/client.ts + 10 modules
var client = __webpack_require__(52911);
;// CONCATENATED MODULE: ./src/platforms/secmaster/replies.ts





/**
 * SecMaster's replies, read tolerantly (the API pages, such as
 * https://support.huaweicloud.com/intl/en-us/api-secmaster/ListWorkflows.html, and the Python
 * SDK's models): the success envelope `{code, message, success, request_id, data}`, list paging
 * fields, and the three error shapes the SDK's exception handler accepts.
 */
/**
 * API Gateway's throttling code (https://support.huaweicloud.com/en-us/ocr_faq/ocr_01_0041.html):
 * "not now", never "no".
 */
const THROTTLED = 'APIG.0308';
/** The pause before another attempt after APIG.0308, which carries no Retry-After (the page advises 2–5 s). */
const THROTTLE_PAUSE_MS = 2_000;
const WORKFLOW_NOT_FOUND = 'SecMaster.20040611';
const WORKSPACE_NOT_FOUND = 'SecMaster.20011003';
/** Each field on its own: one of the wrong type (a numeric message) must not hide the others. */
function fieldsOf(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const record = value;
    const read = (...keys) => {
        for (const key of keys) {
            const field = record[key];
            if (typeof field === 'string' || (typeof field === 'number' && Number.isFinite(field)))
                return String(field);
        }
        return undefined;
    };
    const code = read('error_code', 'errorCode', 'code');
    const message = read('error_msg', 'errorMsg', 'message');
    if (code === undefined && message === undefined)
        return undefined;
    return { code, message, requestId: read('request_id', 'requestId') };
}
/**
 * Any documented error body as code + message: `error_code/error_msg` (API Gateway),
 * `errorCode/errorMsg`, `code/message` (SecMaster), at the top or nested one level
 * (`{"error": {...}}`), as the SDK's exception handler reads them. The request id comes from
 * `X-Request-Id`, else from the body.
 */
function errorDetail(status, headers, body) {
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        parsed = undefined;
    }
    let found = fieldsOf(parsed);
    if (!found && parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        for (const value of Object.values(parsed)) {
            found = fieldsOf(value);
            if (found)
                break;
        }
    }
    const requestId = (0,client/* requestIdOf */.Gb)(headers) ?? found?.requestId;
    const code = found?.code;
    // Masked, made one line and shortened by the HTTP client (core/http/reply-text.ts).
    const message = found?.message ?? (body.trim() || `HTTP ${status}`);
    const throttled = code === THROTTLED;
    return { message, code, requestId, throttled, retryAfterMs: throttled ? THROTTLE_PAUSE_MS : undefined, hint: hintFor(status, code) };
}
function hintFor(status, code) {
    if (code === WORKFLOW_NOT_FOUND)
        return 'SecMaster does not know this workflow id in this workspace (it answers "not found" as HTTP 400). Check workflow-id, workspace-id and project-id.';
    if (code === WORKSPACE_NOT_FOUND)
        return 'Check workspace-id: SecMaster does not know that workspace in this project.';
    if (code?.startsWith('APIG.') && (status === 401 || status === 403)) {
        return 'API Gateway refused the credentials: check token (it lasts 24 h), or access-key-id/secret-access-key and project-id, and that base-url is the region they belong to.';
    }
    if (status === 401)
        return 'Check the credential inputs: SecMaster did not accept them.';
    if (status === 403)
        return 'The credentials were accepted but lack the SecMaster permission for this call.';
    return undefined;
}
// Ids, names and messages through core's rule for reply text (core/reply-fields.ts).
const envelope = schema.z.looseObject({
    code: reply_fields/* untrustedLabelOrNumber */.LH.optional(),
    message: reply_fields/* untrustedMessage */.qO.optional().nullable(),
    success: schema.z.boolean().optional().nullable(),
    request_id: reply_fields/* untrustedLabel */.Tz.optional().nullable(),
});
/**
 * The import's reply: `{code, message, success, request_id}`, no workflow id
 * (https://support.huaweicloud.com/intl/en-us/api-secmaster/ImportAopworkflow.html).
 */
function parseImportReply(value, what) {
    const parsed = envelope.safeParse(value ?? {});
    if (!parsed.success)
        throw new errors/* ReplyError */.vO(`${what}: SecMaster's reply is not the documented envelope (${(0,reply_fields/* fieldProblem */.SL)(parsed.error)}; reply: ${(0,untrusted_text/* untrustedValue */.cW)(value)})`);
    const reply = parsed.data;
    if (reply.success === false) {
        throw new errors/* ReplyError */.vO(`${what}: SecMaster answered success=false${reply.code ? `, code ${reply.code}` : ''}${reply.message ? `: ${reply.message}` : ''}`);
    }
    return { status: reply.message || reply.code || 'success', requestId: reply.request_id ?? undefined };
}
const workflowInfo = schema.z.looseObject({
    id: reply_fields/* untrustedId */.yc,
    name: reply_fields/* untrustedLabel */.Tz.optional().nullable(),
    version: reply_fields/* untrustedLabel */.Tz.optional().nullable(),
    version_id: reply_fields/* untrustedLabel */.Tz.optional().nullable(),
    enabled: schema.z.boolean().optional().nullable(),
    update_time: reply_fields/* untrustedLabel */.Tz.optional().nullable(),
});
const listReply = envelope.extend({
    total: schema.z.union([schema.z.number(), schema.z.string()]).optional().nullable(),
    data: schema.z.array(schema.z.unknown()).optional().nullable(),
});
/** One page of `GET …/soc/workflows`; entries without an id are skipped, not fatal. */
function parseWorkflowPage(value, what) {
    const parsed = listReply.safeParse(value);
    if (!parsed.success)
        throw new errors/* ReplyError */.vO(`${what}: SecMaster's reply is not a workflow list (${(0,reply_fields/* fieldProblem */.SL)(parsed.error)}; reply: ${(0,untrusted_text/* untrustedValue */.cW)(value)})`);
    if (parsed.data.success === false)
        throw new errors/* ReplyError */.vO(`${what}: SecMaster answered success=false${parsed.data.message ? `: ${parsed.data.message}` : ''}`);
    const data = parsed.data.data ?? [];
    const workflows = data.flatMap((item) => {
        const info = workflowInfo.safeParse(item);
        return info.success ? [info.data] : [];
    });
    const total = parsed.data.total === undefined || parsed.data.total === null ? undefined : Number(parsed.data.total);
    return { workflows, total: Number.isFinite(total) ? total : undefined, size: data.length };
}
const NAME_HOLDERS = ['', 'workflow', 'aopworkflow', 'aop_workflow', 'data', 'info'];
/**
 * The workflow's name as an export file records it. The file's schema is not published
 * (https://support.huaweicloud.com/intl/en-us/api-secmaster/ExportAopworkflow.html): a `name` at
 * the top, or under one of the usual holders, of the object or of an array's first element.
 */
function nameInExport(document) {
    const root = Array.isArray(document) ? document[0] : document;
    if (root === null || typeof root !== 'object' || Array.isArray(root))
        return undefined;
    for (const holder of NAME_HOLDERS) {
        const node = holder ? root[holder] : root;
        if (node === null || typeof node !== 'object' || Array.isArray(node))
            continue;
        for (const key of ['name', 'workflow_name', 'workflowName']) {
            const name = node[key];
            if (typeof name === 'string' && name.trim())
                return (0,untrusted_text/* untrustedText */.Ui)(name.trim(), 200);
        }
    }
    return undefined;
}
/** The active version string an export file records, where it does. */
function versionInExport(document) {
    const root = Array.isArray(document) ? document[0] : document;
    if (root === null || typeof root !== 'object' || Array.isArray(root))
        return undefined;
    const version = root.version;
    return typeof version === 'string' && version.trim() ? (0,untrusted_text/* untrustedText */.Ui)(version.trim(), 200) : undefined;
}
/** An export reply that is an error envelope (`success: false`) though it came with HTTP 200. */
function exportRefusal(document) {
    if (document === null || typeof document !== 'object' || Array.isArray(document))
        return undefined;
    const record = document;
    const fields = fieldsOf(document);
    // A gateway or service error answered with HTTP 200 carries nothing but error fields; a workflow
    // file always has more (a name, a definition), so it is never mistaken for one.
    const onlyErrorFields = fields?.code !== undefined && Object.keys(record).every((key) => ERROR_FIELDS.has(key));
    if (record.success !== false && !onlyErrorFields)
        return undefined;
    return (0,untrusted_text/* untrustedText */.Ui)(`${fields?.code ? `code ${fields.code}: ` : ''}${fields?.message ?? 'success=false'}`);
}
const ERROR_FIELDS = new Set(['error_code', 'error_msg', 'errorCode', 'errorMsg', 'code', 'message', 'request_id', 'requestId', 'encoded_authorization_message']);

;// CONCATENATED MODULE: ./src/platforms/secmaster/bundle.ts







const WORKFLOW_FILE = 'workflow.json';
/**
 * API Gateway takes AK/SK-signed bodies of at most 12 MB (as the API pages of Huawei Cloud's
 * services say, e.g. https://support.huaweicloud.com/intl/en-us/api-cts/cts_api_0004.html). Read
 * as 12,000,000 bytes for the whole multipart body, the file plus its framing (under 1 KiB), to
 * stay on the safe side.
 */
const SIGNED_BODY_LIMIT = 12_000_000;
const MULTIPART_FRAMING = 1_024;
/**
 * For diff: what SecMaster assigns per environment or per save (the AopWorkflowInfo and
 * AopWorkflowVersionInfo models of https://github.com/huaweicloud/huaweicloud-sdk-python-v3,
 * huaweicloud-sdk-secmaster/huaweicloudsdksecmaster/v1/model/): ids, the project and workspace,
 * owners and editors, timestamps, and the version strings it numbers itself. Wherever they sit,
 * since the export file's schema is not published (the export page calls it "File":
 * https://support.huaweicloud.com/intl/en-us/api-secmaster/ExportAopworkflow.html).
 */
const VOLATILE_FIELDS = [
    'id',
    'version_id',
    'aopworkflow_id',
    'current_approval_version_id',
    'current_rejected_version_id',
    'project_id',
    'workspace_id',
    'owner_id',
    'creator_id',
    'creator_name',
    'modifier_id',
    'modifier_name',
    'create_time',
    'update_time',
    'version',
];
/**
 * One file, `workflow.json`, the export as SecMaster returns it: opaque, so its bytes are kept
 * (no canonical rewrite). `redact-secrets` may still replace a credential-named value; the
 * manifest then lists it and an import's vars-file puts it back.
 */
const roles = [
    { role: 'workflow', file: WORKFLOW_FILE, format: 'opaque', required: true, diff: { ignore: VOLATILE_FIELDS.map((field) => `**.${field}`) } },
];
const secmasterRules = {
    roles,
    /** A bare export file (`workflow.json` or any `.json`), or a directory holding one. */
    async adopt(location, dir) {
        const info = await (0,promises_.stat)(location);
        let file;
        if (info.isFile())
            file = location;
        else if (info.isDirectory()) {
            if (await (0,fs/* exists */.t2)(external_node_path_default().join(location, WORKFLOW_FILE)))
                file = external_node_path_default().join(location, WORKFLOW_FILE);
            else {
                const json = (await (0,promises_.readdir)(location)).filter((name) => name.toLowerCase().endsWith('.json'));
                if (json.length === 1)
                    file = external_node_path_default().join(location, json[0]);
            }
        }
        if (!file) {
            throw new errors/* BundleError */.rJ(`${(0,fs/* displayPath */.Gt)(location)}: neither a flowferry bundle nor a SecMaster export file`, [], {
                hint: 'Point path at a bundle directory (with flowferry.json), a workflow.json exported from SecMaster, or a directory holding one.',
            });
        }
        const digest = await (0,core_bundle/* copyInto */.s)(dir, file, WORKFLOW_FILE);
        const name = (await readExportName(external_node_path_default().join(dir, WORKFLOW_FILE), (0,fs/* displayPath */.Gt)(file))) ?? external_node_path_default().basename(file).replace(/\.json$/i, '');
        return { name, files: [{ path: WORKFLOW_FILE, role: 'workflow', digest }] };
    },
    async check(bundle, context) {
        const file = (0,core_bundle/* fileOf */.W7)(bundle, 'workflow');
        if (!file) {
            return [{ file: (0,core_bundle/* shownPath */.pS)(bundle, 'flowferry.json'), severity: 'error', rule: 'secmaster.required', message: `the bundle has no ${WORKFLOW_FILE} (role workflow); SecMaster's import needs it` }];
        }
        const shown = shownFile(bundle, file);
        const findings = [];
        const { size } = await (0,promises_.stat)(file);
        const signed = context.settings.own.accessKeyId !== undefined;
        if (size + MULTIPART_FRAMING > SIGNED_BODY_LIMIT) {
            findings.push({
                file: shown,
                line: 1,
                col: 1,
                severity: signed ? 'error' : 'warning',
                rule: 'secmaster.size',
                message: `${WORKFLOW_FILE} is ${size} bytes; API Gateway takes AK/SK-signed bodies of at most 12 MB, ` +
                    (signed ? 'so this import cannot be signed: use token instead of access-key-id/secret-access-key' : 'so import it with token, not with access-key-id/secret-access-key'),
            });
        }
        const parsed = await (0,json_file/* checkJsonFile */.NR)(file, shown, { rulePrefix: 'secmaster', title: 'SecMaster' });
        if ('finding' in parsed)
            return [...findings, parsed.finding];
        const { document } = parsed;
        if (document === null || typeof document !== 'object') {
            findings.push({ file: shown, line: 1, col: 1, severity: 'error', rule: 'secmaster.shape', message: `${WORKFLOW_FILE} must hold a JSON object (or array) as SecMaster exports it` });
        }
        else if (!nameInExport(document) && !context.settings.workflowName) {
            findings.push({
                file: shown,
                line: 1,
                col: 1,
                severity: 'warning',
                rule: 'secmaster.name',
                message: `${WORKFLOW_FILE} records no workflow name; after an import flowferry finds the new workflow by name, so set workflow-name`,
            });
        }
        return findings;
    },
};
/**
 * Where a finding about the workflow file points: for a bare export file (adopted without a
 * manifest) the user's own file, not flowferry's temporary copy of it.
 */
function shownFile(bundle, file) {
    if (!bundle.adopted)
        return (0,fs/* displayPath */.Gt)(file);
    return /\.json$/i.test(bundle.location) ? bundle.location : `${bundle.location}/${WORKFLOW_FILE}`;
}
/** The export file parsed, when it is small enough to read and is JSON; undefined otherwise. */
async function readExportDocument(file, shown) {
    return (await (0,json_file/* readJsonFile */.JE)(file, shown))?.value;
}
/** The name recorded in an export file, where it records one. */
async function readExportName(file, shown) {
    // Past the parse limit, the name is read from the export's first fields, where it records it.
    return nameInExport((await readExportDocument(file, shown)) ?? (await (0,json_file/* readLeadingFields */.Aj)(file, shown)));
}

// EXTERNAL MODULE: ./src/core/http/reply-body.ts
var reply_body = __webpack_require__(44557);
// EXTERNAL MODULE: ./src/core/http/download.ts
var download = __webpack_require__(9766);
// EXTERNAL MODULE: ./src/core/http/errors.ts
var http_errors = __webpack_require__(46081);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(36419);
// EXTERNAL MODULE: ./src/platforms/http.ts
var http = __webpack_require__(33690);
// EXTERNAL MODULE: ./src/core/clock.ts
var clock = __webpack_require__(32257);
// EXTERNAL MODULE: ./src/core/phrasing.ts
var phrasing = __webpack_require__(31677);
// EXTERNAL MODULE: ./src/input-names.ts
var input_names = __webpack_require__(74098);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/platforms/secmaster/signer.ts

/**
 * Huawei Cloud's `SDK-HMAC-SHA256` request signature, as the Python SDK computes it
 * (https://github.com/huaweicloud/huaweicloud-sdk-python-v3,
 * huaweicloud-sdk-core/huaweicloudsdkcore/signer/signer.py) and API Gateway's signing guide
 * describes it (https://support.huaweicloud.com/intl/ja-jp/devg-apisign/api-sign-algorithm-002.html).
 * Pure functions only: the client feeds them the request it is about to send, the unit tests feed
 * them the published test vectors.
 */
const ALGORITHM = 'SDK-HMAC-SHA256';
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** Everything outside A–Z a–z 0–9 - _ . ~ as %XX of its UTF-8 bytes (space too: %20, never +). */
function signer_escape(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** The path decoded, each segment re-encoded, always ending in `/` (the URL sent keeps none). */
function canonicalUri(path) {
    let decoded;
    try {
        decoded = decodeURIComponent(path);
    }
    catch {
        decoded = path;
    }
    const uri = decoded.split('/').map(signer_escape).join('/');
    return uri.endsWith('/') ? uri : `${uri}/`;
}
/**
 * Parameters sorted by name; a list becomes repeated `name=value` with its values sorted;
 * booleans are `true`/`false`.
 */
function canonicalQuery(params) {
    const grouped = new Map();
    const entries = Symbol.iterator in params ? [...params] : Object.entries(params);
    for (const [name, value] of entries) {
        const previous = grouped.get(name);
        if (previous === undefined)
            grouped.set(name, value);
        else
            grouped.set(name, [...(Array.isArray(previous) ? previous : [String(previous)]), String(value)]);
    }
    const out = [];
    for (const name of [...grouped.keys()].sort(byCodePoint)) {
        const value = grouped.get(name);
        const values = Array.isArray(value) ? [...value].sort(compareValues) : [value];
        for (const v of values)
            out.push(`${signer_escape(name)}=${signer_escape(String(v))}`);
    }
    return out.join('&');
}
function canonicalRequest(input) {
    const headers = new Map(Object.entries(input.headers).map(([name, value]) => [name.toLowerCase(), value]));
    const canonicalHeaders = input.signedHeaders.map((name) => `${name}:${(headers.get(name) ?? '').trim()}\n`).join('');
    return [input.method.toUpperCase(), canonicalUri(input.path), input.query, canonicalHeaders, input.signedHeaders.join(';'), input.payloadHash].join('\n');
}
function stringToSign(canonical, sdkDate) {
    return `${ALGORITHM}\n${sdkDate}\n${sha256Hex(canonical)}`;
}
function signature(secretKey, toSign) {
    return (0,external_node_crypto_.createHmac)('sha256', Buffer.from(secretKey, 'utf8')).update(toSign).digest('hex');
}
/** The header names to sign: lower-cased, sorted, without the ones holding `_` (the Python SDK skips those). */
function signedHeaderNames(headers) {
    return [...new Set(Object.keys(headers).map((name) => name.toLowerCase()))].filter((name) => !name.includes('_')).sort(byCodePoint);
}
function authorizationHeader(accessKey, signedHeaders, sig) {
    return `${ALGORITHM} Access=${accessKey}, SignedHeaders=${signedHeaders.join(';')}, Signature=${sig}`;
}
/** `YYYYMMDDTHHMMSSZ` in UTC. */
function sdkDate(epochMs) {
    return new Date(epochMs).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** The whole signature of one request: what the `Authorization` header carries. */
function sign(input) {
    const signedHeaders = input.signedHeaders ?? signedHeaderNames(input.headers);
    const date = Object.entries(input.headers).find(([name]) => name.toLowerCase() === 'x-sdk-date')?.[1];
    if (!date)
        throw new Error('X-Sdk-Date must be set before signing');
    const canonical = canonicalRequest({ ...input, signedHeaders });
    const toSign = stringToSign(canonical, date);
    return { authorization: authorizationHeader(input.accessKey, signedHeaders, signature(input.secretKey, toSign)), canonicalRequest: canonical, stringToSign: toSign };
}
function byCodePoint(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareValues(a, b) {
    return typeof a === 'number' && typeof b === 'number' ? a - b : byCodePoint(String(a), String(b));
}

;// CONCATENATED MODULE: ./src/platforms/secmaster/auth.ts

/**
 * The headers flowferry signs, when present. The Python SDK signs every header it set itself;
 * these are the ones that identify the request (what API Gateway checks) and that no proxy
 * rewrites — not User-Agent or Accept-Encoding. Verifiers rebuild the canonical request from
 * the `SignedHeaders` list, so any subset that includes host and x-sdk-date validates.
 */
const SIGNED = ['content-type', 'host', 'x-project-id', 'x-sdk-content-sha256', 'x-sdk-date', 'x-security-token'];
/** AK/SK mode with keys that do not change: the `access-key-id`/`secret-access-key` (and `security-token`) inputs. */
function signingCredentials(keys, projectId, clock) {
    return { authorize: (request) => signRequest(request, keys, projectId, clock) };
}
/**
 * Signs one request as the SDKs do: `X-Project-Id` added, and for a temporary key
 * `X-Security-Token` too, before signing, so that both are among the signed headers (Python
 * SDK `huaweicloudsdkcore/auth/credentials.py` `sign_request`, Node SDK `BasicCredentials`
 * `processAuthRequest`; https://support.huaweicloud.com/intl/en-us/api-iam/iam_04_0002.html says
 * a temporary AK/SK is always used with `X-Security-Token`). Then `X-Sdk-Date` fresh on every
 * attempt, `Host` set to what is sent, the body hashed — or, for a streamed (multipart) body,
 * the literal `UNSIGNED-PAYLOAD`, announced in `X-Sdk-Content-Sha256` — and `SDK-HMAC-SHA256`.
 */
function signRequest(request, keys, projectId, clock) {
    const headers = request.headers;
    headers['x-project-id'] = projectId;
    if (keys.securityToken !== undefined)
        headers['x-security-token'] = keys.securityToken;
    headers['x-sdk-date'] = sdkDate(clock.now());
    headers.host = request.url.host;
    // Send the query exactly as it is signed (sorted, %20 for a space, never `+`), so that no
    // server's reading of `+` can make the signature differ.
    const query = canonicalQuery(request.url.searchParams);
    request.url.search = query;
    let payloadHash = EMPTY_BODY_SHA256;
    if (request.body?.bytes)
        payloadHash = sha256Hex(request.body.bytes);
    else if (request.body) {
        headers['x-sdk-content-sha256'] = UNSIGNED_PAYLOAD;
        payloadHash = UNSIGNED_PAYLOAD;
    }
    const { authorization } = sign({
        method: request.method,
        path: request.url.pathname,
        query,
        headers,
        signedHeaders: SIGNED.filter((name) => headers[name] !== undefined),
        payloadHash,
        accessKey: keys.accessKey,
        secretKey: keys.secretKey,
    });
    headers.authorization = authorization;
}

// EXTERNAL MODULE: ./src/core/id-token.ts
var id_token = __webpack_require__(34070);
// EXTERNAL MODULE: ./src/core/loopback.ts
var loopback = __webpack_require__(3782);
// EXTERNAL MODULE: ./src/core/secrets.ts + 1 modules
var secrets = __webpack_require__(58010);
;// CONCATENATED MODULE: ./src/platforms/secmaster/iam.ts








const UNSCOPED_PATH = '/v3.0/OS-AUTH/id-token/tokens';
const SECURITY_TOKENS_PATH = '/v3.0/OS-CREDENTIAL/securitytokens';
const JSON_UTF8 = 'application/json;charset=UTF-8';
/** Enough of a token reply to read `expires_at` (a catalog can make it long). */
const TOKEN_BODY_LIMIT = 1024 * 1024;
const expiry = schema.z.object({ token: schema.z.object({ expires_at: schema.z.string().optional() }).passthrough() }).passthrough();
const credential = schema.z.object({
    credential: schema.z
        .object({
        // Sent back as headers and signed with: one printable word each (core/reply-fields.ts).
        access: reply_fields/* untrustedToken */.wg,
        secret: reply_fields/* untrustedToken */.wg,
        securitytoken: reply_fields/* untrustedToken */.wg,
        expires_at: schema.z.string().optional(),
    })
        .passthrough(),
});
/** IAM's own error bodies (`{error_code, error_msg}` or keystone's `{error: {code, message}}`), read as SecMaster's are. */
const describeError = ({ status, headers, text }) => {
    const detail = errorDetail(status, headers, text);
    return { ...detail, requestId: detail.requestId ?? headerValue(headers['x-iam-trace-id']) };
};
class IamExchange {
    endpoint;
    http;
    constructor(endpoint, context) {
        this.endpoint = endpoint;
        // No credentials on this client: each call carries its own token, to this origin only.
        this.http = new client/* HttpClient */.Qq({ baseUrl: endpoint, log: context.log, deadline: context.deadline, clock: context.clock, describeError });
    }
    /**
     * Step 1: the ID token for a federated token — unscoped, or scoped to `projectId` (for an IAM
     * that will not issue temporary keys: the token then goes to SecMaster as `X-Auth-Token`).
     */
    async federatedToken(idToken, asker, projectId) {
        const what = `exchange the GitHub ID token at IAM (${this.endpoint.origin}) through identity provider ${asker.identityProvider}${projectId ? ` for a project token` : ''}`;
        const scope = projectId ? { scope: { project: { id: projectId } } } : {};
        const body = JSON.stringify({ auth: { id_token: { id: idToken }, ...scope } });
        return this.tokenCall({ path: UNSCOPED_PATH, what, headers: { 'X-Idp-Id': asker.identityProvider }, body: { kind: 'bytes', data: Buffer.from(body), contentType: JSON_UTF8 } }, asker);
    }
    /**
     * Step 1 through the federation API's OpenID Connect protocol, for an IAM without the endpoint
     * above: `Authorization: Bearer <ID token>` (https://support.huaweicloud.com/intl/en-us/api-iam/iam_13_0606.html;
     * `oidc` is the protocol id IAM registers for OpenID Connect).
     */
    async protocolToken(idToken, asker) {
        const path = `/v3/OS-FEDERATION/identity_providers/${encodeURIComponent(asker.identityProvider)}/protocols/oidc/auth`;
        const what = `exchange the GitHub ID token at IAM (${this.endpoint.origin}) through the federation API of identity provider ${asker.identityProvider}`;
        return this.tokenCall({ path, what, headers: { Authorization: `Bearer ${idToken}` } }, asker);
    }
    async tokenCall(spec, asker) {
        const { what } = spec;
        return this.http
            .request(
        // A second token request only issues a second token.
        { method: 'POST', ...spec, idempotent: true }, async (reply) => {
            const token = headerValue(reply.headers['x-subject-token']);
            (0,secrets/* registerSecret */.cl)(token);
            if (!token)
                throw new errors/* ReplyError */.vO(`${what}: IAM answered HTTP ${reply.status} without the token (no X-Subject-Token header)`);
            // The token is in the header; the body only says when it ends, and is not needed for that.
            let expiresAt;
            try {
                const parsed = expiry.safeParse(JSON.parse(await (0,client/* readText */.yR)(reply.body, TOKEN_BODY_LIMIT)));
                expiresAt = parsed.success ? parseTime(parsed.data.token.expires_at) : undefined;
            }
            catch {
                expiresAt = undefined;
            }
            return { token, expiresAt };
        })
            .catch((error) => {
            throw error instanceof errors/* HttpError */.j$ ? error.withHint(refusalHint(error, asker)) : error;
        });
    }
    /** Step 2: the unscoped token for a temporary AK/SK and security token lasting `durationSeconds`. */
    async temporaryKeys(token, durationSeconds, asker) {
        const what = `get temporary access keys from IAM (${this.endpoint.origin})`;
        // The token goes in X-Auth-Token, as the API page lists it, and in the body, where the SDKs
        // put it; IAM reads the header first (IAM SDK model IdentityToken.id).
        const body = JSON.stringify({ auth: { identity: { methods: ['token'], token: { id: token, duration_seconds: durationSeconds } } } });
        return this.http
            .request({
            method: 'POST',
            path: SECURITY_TOKENS_PATH,
            what,
            headers: { 'X-Auth-Token': token },
            body: { kind: 'bytes', data: Buffer.from(body), contentType: JSON_UTF8 },
            idempotent: true,
        }, (reply) => readKeys(reply, what))
            .catch((error) => {
            if (!(error instanceof errors/* HttpError */.j$))
                throw error;
            throw error.withHint(`IAM accepted the ID token but would not issue temporary access keys for the federated user (${asker.claims}). ` +
                'Check that the identity provider is enabled and that its identity conversion rules map this token to a user group.');
        });
    }
}
async function readKeys(reply, what) {
    const value = await (0,client/* readJson */.Vh)(reply, what);
    const found = value !== null && typeof value === 'object' ? value.credential : undefined;
    // Mask what arrived before checking its shape: an error below must not carry a key in the clear.
    for (const field of ['access', 'secret', 'securitytoken'])
        if (typeof found?.[field] === 'string')
            (0,secrets/* registerSecret */.cl)(found[field]);
    const parsed = credential.safeParse(value);
    if (!parsed.success)
        throw new errors/* ReplyError */.vO(`${what}: IAM's answer has no credential {access, secret, securitytoken}`);
    const { access, secret, securitytoken, expires_at } = parsed.data.credential;
    return { accessKey: access, secretKey: secret, securityToken: securitytoken, expiresAt: parseTime(expires_at) };
}
/**
 * IAM does not offer this API at all (an API Gateway 404/405, or 501), as opposed to refusing the
 * request: an unknown identity provider is also a 404, but one that IAM explains.
 */
function missingApi(error) {
    if (!(error instanceof errors/* HttpError */.j$) || ![404, 405, 501].includes(error.httpStatus))
        return false;
    return !/^IAM\./i.test(error.code ?? '') && !/identity.?provider|\bidp\b/i.test(error.detail);
}
/** IAM wants a scope on the token request (an IAM that issues only scoped federated tokens). */
function needsScope(error) {
    return error instanceof errors/* HttpError */.j$ && error.httpStatus === 400 && /scope/i.test(error.detail);
}
/**
 * What to configure when IAM refuses the ID token. IAM's messages for these cases are not
 * documented, so the hint follows the words it used where they name the cause, and otherwise
 * lists every setting the exchange depends on.
 */
function refusalHint(error, asker) {
    const said = `${error.code ?? ''} ${error.detail}`.toLowerCase();
    const idp = asker.identityProvider;
    const audience = asker.audience === undefined ? `GitHub's default audience (the repository owner's URL)` : `'${asker.audience}'`;
    const token = `The ID token: ${asker.claims}.`;
    if (error.httpStatus === 404 || /could not find|not exist|not found|no such/.test(said)) {
        return `${token} IAM has no identity provider '${idp}' here: create it in the IAM console (Identity Providers, protocol OpenID Connect, status Enabled), or correct ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.IdentityProvider)}.`;
    }
    if (/\baud\b|audience|client[ _-]?id/.test(said)) {
        return `${token} The ID token was requested for audience ${audience}: set the Client ID of identity provider '${idp}' to that value, or ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.OidcAudience)} to the Client ID it has.`;
    }
    if (/expir|\bexp\b|too old|not yet valid|\biat\b|\bnbf\b/.test(said)) {
        return `${token} IAM found the ID token expired (or not yet valid). GitHub's ID tokens last minutes and flowferry asks for a fresh one each time; check the runner's clock, then ${(0,phrasing/* phrase */.MZ)('rerun')}.`;
    }
    if (/\biss\b|issuer/.test(said)) {
        return `${token} Set the Identity Provider URL of '${idp}' to the token's iss, https://token.actions.githubusercontent.com.`;
    }
    if (/signature|signing|\bkid\b|jwk|public key/.test(said)) {
        return `${token} IAM could not verify the ID token's signature: paste GitHub's current keys (https://token.actions.githubusercontent.com/.well-known/jwks) as the Signing Key of '${idp}'; GitHub rotates them.`;
    }
    if (/rule|mapping|conversion|group/.test(said)) {
        return `${token} The identity conversion rules of '${idp}' map this token to no user group: add a rule whose remote conditions match its sub or repository claim.`;
    }
    return (`${token} Check, in IAM's identity provider '${idp}': status Enabled; Identity Provider URL = the token's iss; Client ID = ${audience}; ` +
        'Signing Key = GitHub\'s current keys (https://token.actions.githubusercontent.com/.well-known/jwks); identity conversion rules that map this token to a user group with SecMaster permissions.');
}
/** IAM writes `2020-01-03T09:05:22.701000Z` (microseconds); Date.parse wants at most milliseconds. */
function parseTime(text) {
    if (!text)
        return undefined;
    const ms = Date.parse(text.trim().replace(/(\.\d{3})\d+/, '$1'));
    return Number.isFinite(ms) ? ms : undefined;
}
function headerValue(value) {
    const first = Array.isArray(value) ? value[0] : value;
    return first?.trim() || undefined;
}

;// CONCATENATED MODULE: ./src/platforms/secmaster/keyless.ts








/**
 * Keyless SecMaster: no AK/SK in the repository. The runner's GitHub ID token is exchanged at
 * IAM, through an identity provider that trusts GitHub, for a temporary AK/SK and security token
 * (iam.ts), which then sign SecMaster's requests like any AK/SK, with `X-Security-Token`
 * (auth.ts). The keys are fetched again, with a fresh ID token, before they expire — on a long
 * run, a slow upload or a throttled retry — and once more if SecMaster answers 401.
 */
/** IAM's shortest (and default) validity for temporary keys: least privilege, renewed as needed. */
const TEMPORARY_KEY_SECONDS = 900;
/** Keys are renewed this long before IAM says they end, or halfway through keys that live shorter. */
const RENEW_MARGIN_MS = 120_000;
class KeylessCredentials {
    options;
    issued;
    renewAt = 0;
    pending;
    exchanges = 0;
    announced = false;
    constructor(options) {
        this.options = options;
    }
    async authorize(request) {
        const issued = await this.current();
        if (issued.keys)
            signRequest(request, issued.keys, this.options.projectId, this.options.clock);
        else
            request.headers['X-Auth-Token'] = issued.token;
    }
    /** After a 401 from SecMaster: temporary keys can be revoked or end early, so new ones are worth one retry. */
    async refresh() {
        this.renewAt = 0;
        await this.current();
        return true;
    }
    async current() {
        if (this.issued && this.options.clock.now() < this.renewAt)
            return this.issued;
        // Requests of a batch share one exchange.
        this.pending ??= this.exchange().finally(() => {
            this.pending = undefined;
        });
        return this.pending;
    }
    async exchange() {
        const { clock, log } = this.options;
        const issued = await this.ask();
        const now = clock.now();
        const lifetime = Math.max(0, (issued.expiresAt ?? now + TEMPORARY_KEY_SECONDS * 1000) - now);
        this.renewAt = now + Math.max(lifetime - RENEW_MARGIN_MS, lifetime / 2);
        this.issued = issued;
        this.exchanges++;
        const until = issued.expiresAt === undefined ? `for ${TEMPORARY_KEY_SECONDS} s` : `until ${new Date(issued.expiresAt).toISOString()}`;
        log.info(`keyless sign-in: IAM issued ${issued.keys ? 'temporary access keys' : 'a project token'} ${until}${this.exchanges > 1 ? ' (renewed)' : ''}`);
        return issued;
    }
    /**
     * The documented flow first (iam.ts); where this IAM lacks one of its APIs — it answers that
     * the API does not exist, not that it refuses — the documented alternative for that step:
     * the federation API's OIDC protocol for the unscoped token, a project-scoped token instead of
     * temporary keys.
     */
    async ask() {
        const { log, iam } = this.options;
        const { idToken, asker } = await this.idToken();
        let unscoped;
        try {
            unscoped = await iam.federatedToken(idToken, asker);
        }
        catch (error) {
            if (needsScope(error))
                return this.projectToken(asker, 'IAM issues only scoped federated tokens');
            if (!missingApi(error))
                throw error;
            log.info(`keyless sign-in: IAM has no ${error instanceof Error ? error.message.split(' failed')[0] : 'id-token API'}; trying its federation API`);
            unscoped = await iam.protocolToken(idToken, asker);
        }
        try {
            const keys = await iam.temporaryKeys(unscoped.token, TEMPORARY_KEY_SECONDS, asker);
            return { keys, expiresAt: keys.expiresAt };
        }
        catch (error) {
            if (!missingApi(error))
                throw error;
            return this.projectToken(asker, 'IAM offers no temporary access keys');
        }
    }
    async projectToken(asker, why) {
        this.options.log.info(`keyless sign-in: ${why}; asking for a token scoped to project-id instead`);
        const { idToken } = await this.idToken();
        const scoped = await this.options.iam.federatedToken(idToken, asker, this.options.projectId);
        return { token: scoped.token, expiresAt: scoped.expiresAt };
    }
    /** A fresh ID token for every call to IAM: GitHub's last minutes, and IAM may take each once. */
    async idToken() {
        const idToken = await this.options.idToken(this.options.audience);
        const asker = { identityProvider: this.options.identityProvider, audience: this.options.audience, claims: (0,id_token/* describeIdToken */.EK)((0,id_token/* idTokenClaims */.e0)(idToken) ?? {}) };
        if (!this.announced) {
            this.announced = true;
            this.options.log.info(`keyless sign-in: the runner issued an ID token (${asker.claims})`);
        }
        return { idToken, asker };
    }
}
/** The credentials of keyless sign-in, from the inputs; the errors name what is missing. */
function keylessCredentials(settings, context) {
    const identityProvider = settings.own.identityProvider;
    if (!context.idToken) {
        throw new id_token/* IdTokenError */.Z4(`${(0,phrasing/* input */.hF)(input_names/* Input */.pd.IdentityProvider)} asks for keyless sign-in, which needs the GitHub runner's ID token, and this front end has no way to ask for one`);
    }
    const endpoint = iamEndpoint(settings, context.log);
    return new KeylessCredentials({
        identityProvider,
        audience: settings.own.oidcAudience,
        projectId: settings.own.projectId,
        iam: new IamExchange(endpoint, context),
        idToken: context.idToken,
        clock: context.clock ?? clock/* systemClock */.m,
        log: context.log,
    });
}
/**
 * `iam-endpoint`, or IAM in the region of `base-url`: `https://secmaster.<region>.<domain>` →
 * `https://iam.<region>.<domain>` (the SDKs' region files pair the two hosts this way). A sandbox
 * on this machine serves IAM itself, so a loopback `base-url` stands for its own IAM.
 */
function iamEndpoint(settings, log) {
    if (settings.own.iamEndpoint)
        return settings.own.iamEndpoint;
    const base = settings.baseUrl;
    const host = base.hostname.toLowerCase();
    const regional = /^secmaster\.([a-z0-9-]+\.(?:[a-z0-9-]+\.)*[a-z]{2,})$/.exec(host);
    if (regional && base.protocol === 'https:') {
        const derived = new URL(`https://iam.${regional[1]}`);
        log.info(`keyless sign-in: IAM endpoint ${derived.origin}, from the region of base-url (set iam-endpoint to use another)`);
        return derived;
    }
    if ((0,loopback/* isLoopback */.U)(host))
        return new URL(base.origin);
    throw new errors/* InputError */.dz(input_names/* Input */.pd.IamEndpoint, `cannot be derived from base-url ${base.origin}, which is not https://secmaster.<region>.myhuaweicloud.com; name the IAM endpoint that exchanges the ID token`, 'https://iam.ap-southeast-1.myhuaweicloud.com');
}

;// CONCATENATED MODULE: ./src/platforms/secmaster/credentials.ts







/**
 * One of three ways, never a mix: a ready IAM token (`X-Auth-Token`); an AK/SK, with
 * `security-token` when it is a temporary one; or keyless, through `identity-provider`.
 */
function signIn(settings, context) {
    const { token, accessKeyId, secretAccessKey, securityToken } = settings.own;
    const projectId = settings.own.projectId;
    const keys = accessKeyId !== undefined || secretAccessKey !== undefined;
    if (settings.own.identityProvider !== undefined) {
        const clash = [[input_names/* Input */.pd.Token, token], [input_names/* Input */.pd.AccessKeyId, accessKeyId], [input_names/* Input */.pd.SecretAccessKey, secretAccessKey], [input_names/* Input */.pd.SecurityToken, securityToken]].find(([, value]) => value !== undefined);
        if (clash) {
            throw new errors/* InputError */.dz(clash[0], `keyless sign-in (${(0,phrasing/* input */.hF)(input_names/* Input */.pd.IdentityProvider)}) replaces keys and tokens: remove ${(0,phrasing/* input */.hF)(clash[0])}, or remove ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.IdentityProvider)} to sign in with it`);
        }
        return {
            credentials: keylessCredentials(settings, context),
            signed: true,
            check: `the identity provider '${settings.own.identityProvider}' and the SecMaster permissions of the user group its conversion rules map to, and project-id`,
        };
    }
    const stray = [[input_names/* Input */.pd.OidcAudience, settings.own.oidcAudience], [input_names/* Input */.pd.IamEndpoint, settings.own.iamEndpoint]].find(([, value]) => value !== undefined);
    if (stray)
        throw new errors/* InputError */.dz(stray[0], `is used only for keyless sign-in: set ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.IdentityProvider)} too, or remove ${(0,phrasing/* input */.hF)(stray[0])}`);
    if (token && keys) {
        throw new errors/* InputError */.dz(input_names/* Input */.pd.Token, 'give either token or access-key-id + secret-access-key, not both: flowferry would not know which to use');
    }
    if (securityToken !== undefined && !keys) {
        throw new errors/* InputError */.dz(input_names/* Input */.pd.SecurityToken, `goes with the temporary ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.AccessKeyId)} and ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.SecretAccessKey)} it was issued with; set them too, or remove ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.SecurityToken)}`);
    }
    if (token) {
        // The IAM token as X-Auth-Token, what the SecMaster API pages document.
        return { credentials: (0,client/* headerCredentials */.sy)('X-Auth-Token', token), signed: false, check: 'token (it lasts 24 h)' };
    }
    return {
        credentials: signingCredentials({ accessKey: accessKeyId, secretKey: secretAccessKey, securityToken }, projectId, context.clock ?? clock/* systemClock */.m),
        signed: true,
        check: securityToken !== undefined ? 'access-key-id, secret-access-key and security-token (temporary keys expire) and project-id' : 'access-key-id, secret-access-key and project-id',
    };
}

;// CONCATENATED MODULE: ./src/platforms/secmaster/workflow-lookup.ts



/**
 * The list endpoint's largest page and offset
 * (https://support.huaweicloud.com/intl/en-us/api-secmaster/ListWorkflows.html).
 */
const PAGE_SIZE = 100;
const MAX_OFFSET = 10_000;
/**
 * Workflows of one workspace looked up through the list endpoint: by name, since SecMaster's
 * import reply names no workflow and `workflow-name` may stand for `workflow-id`; and the name of
 * an id, for an export file that does not record it.
 */
class WorkflowLookup {
    http;
    collection;
    workspaceId;
    log;
    constructor(http, 
    /** `/v1/{project_id}/workspaces/{workspace_id}/soc/workflows`. */
    collection, workspaceId, log) {
        this.http = http;
        this.collection = collection;
        this.workspaceId = workspaceId;
        this.log = log;
    }
    /**
     * After an import: the id of the one workflow with that name, or a note on why there is none.
     * `expected` is `workflow-id`, when given.
     */
    async locateImported(name, expected) {
        let matches;
        try {
            matches = await this.findByName(name);
        }
        catch (error) {
            const note = `imported, but looking the workflow up by name failed (${error instanceof Error ? error.message : String(error)})${expected ? `; workflow-id keeps the given ${expected}` : ', so workflow-id is not set'}`;
            this.log.warning(note);
            return { id: expected, note };
        }
        if (matches.length === 1) {
            const id = matches[0].id;
            this.log.info(`the imported workflow "${name}" has id ${id}`);
            const note = expected && expected !== id ? `workflow-id ${expected} was given, but the workflow named "${name}" is ${id}; workflow-id is set to ${id}` : undefined;
            if (note)
                this.log.warning(note);
            return { id, note };
        }
        if (expected && matches.some((w) => w.id === expected))
            return { id: expected };
        const note = matches.length === 0
            ? `imported, but no workflow named "${name}" is listed in the workspace, so workflow-id is not set (SecMaster's import reply names no id)`
            : `imported, but ${matches.length} workflows are named "${name}" (${matches.map(describeWorkflow).join(', ')}), so workflow-id is not set; give workflow-id to pick one`;
        this.log.warning(note);
        return { note };
    }
    /** `workflow-name` → the one workflow of that name; none or several fail, listing the candidates. */
    async resolveName(name) {
        const matches = await this.findByName(name);
        if (matches.length === 1) {
            this.log.info(`workflow "${name}" is ${matches[0].id}`);
            return matches[0];
        }
        if (matches.length === 0) {
            throw new errors/* InputError */.dz(input_names/* Input */.pd.WorkflowName, `no workflow named "${name}" in SecMaster workspace ${this.workspaceId}`, 'the exact name, or workflow-id instead');
        }
        throw new errors/* InputError */.dz(input_names/* Input */.pd.WorkflowName, `${matches.length} workflows in workspace ${this.workspaceId} are named "${name}": ${matches.map(describeWorkflow).join(', ')}; set workflow-id to the one to export`, matches[0].id);
    }
    /** Workflows whose name is exactly `name` (the list's own `name` filter may match loosely). */
    async findByName(name) {
        const matches = [];
        await this.scan({ name }, (workflow) => {
            if (workflow.name === name)
                matches.push(workflow);
            return false;
        });
        return matches;
    }
    /** The name of workflow `id` from the list, for an export file that does not record it; undefined on any failure. */
    async nameOf(id) {
        let name;
        try {
            await this.scan({}, (workflow) => {
                if (workflow.id === id)
                    name = workflow.name ?? undefined;
                return workflow.id === id;
            });
        }
        catch (error) {
            this.log.debug(`could not read the name of workflow ${id} from the list: ${error instanceof Error ? error.message : String(error)}`);
        }
        return name;
    }
    /**
     * Pages through `GET …/soc/workflows` (offset/limit, at most 100 a page and offset 10,000),
     * calling `visit` for each workflow until it returns true. `offset` is read as an item offset
     * (the range 0–10,000 of https://support.huaweicloud.com/intl/en-us/api-secmaster/ListWorkflows.html
     * says so), but the docstrings of Huawei Cloud's Python SDK
     * (https://github.com/huaweicloud/huaweicloud-sdk-python-v3) call it a page, so when the list
     * runs dry (an empty page, or one with nothing new) short of the `total` it reported, the rest
     * is asked for again by page number (0- or 1-based: a repeated page is allowed once). Stops on
     * the reported total, or when neither reading yields anything new.
     */
    async scan(filter, visit) {
        const seen = new Set();
        const what = `list the workflows of workspace ${this.workspaceId}${filter.name ? ` named "${filter.name}"` : ''}`;
        let byPage = false;
        let repeatsAllowed = 0;
        for (let offset = 0; offset <= MAX_OFFSET;) {
            const page = await this.http.json({ method: 'GET', path: this.collection, query: { offset, limit: PAGE_SIZE, name: filter.name }, what }, (value) => parseWorkflowPage(value, what));
            let fresh = 0;
            for (const workflow of page.workflows) {
                if (seen.has(workflow.id))
                    continue;
                seen.add(workflow.id);
                fresh++;
                if (visit(workflow))
                    return;
            }
            const short = page.total !== undefined && seen.size < page.total;
            if (page.total !== undefined && seen.size >= page.total)
                return;
            if (page.size === 0 || fresh === 0) {
                if (byPage && fresh === 0 && page.size > 0 && repeatsAllowed-- > 0) {
                    offset++;
                    continue;
                }
                if (!byPage && short && offset > 0) {
                    this.log.info(`${what}: the list ran dry after ${seen.size} of ${page.total} workflows at offset ${offset}; asking by page number instead`);
                    byPage = true;
                    repeatsAllowed = 1;
                    offset = 1;
                    continue;
                }
                if (short)
                    this.log.warning(`${what}: SecMaster reported ${page.total} workflows but listed only ${seen.size}; a workflow may have been missed`);
                return;
            }
            offset = byPage ? offset + 1 : offset + page.size;
        }
    }
}
function describeWorkflow(workflow) {
    const details = [workflow.version && `version ${workflow.version}`, workflow.update_time && `updated ${workflow.update_time}`].filter(Boolean);
    return `${workflow.id}${details.length ? ` (${details.join(', ')})` : ''}`;
}

;// CONCATENATED MODULE: ./src/platforms/secmaster/client.ts
















/** Enough of an import reply to read its envelope or show its start. */
const IMPORT_REPLY_LIMIT = 64 * 1024;
/**
 * The import's reply: the documented JSON envelope, or nothing (both complete answers), or — not
 * documented, but seen from gateways and older services — the bare word "success"/"ok", taken
 * like an empty 2xx. Anything else that is not JSON (a truncated envelope, a proxy's page) stays
 * an unreadable reply: the import may or may not have happened, and it is not sent again.
 */
function readImportReply(httpStatus, text, what) {
    if (text.trim() === '')
        return parseImportReply(undefined, what);
    const bare = /^\s*"?(success|succeeded|ok)"?\s*$/i.exec(text);
    if (bare)
        return { status: `HTTP ${httpStatus} "${bare[1]}" (a plain-text reply, not the documented envelope)` };
    try {
        return parseImportReply(JSON.parse(text), what);
    }
    catch (error) {
        if (!(error instanceof SyntaxError))
            throw error;
        throw new http_errors/* MalformedReplyError */._(`${what}: the reply is not valid JSON (HTTP ${httpStatus}, starts with "${(0,untrusted_text/* untrustedText */.Ui)(text, 40)}")`);
    }
}
const client_describeError = ({ status, headers, text }) => errorDetail(status, headers, text);
/** Huawei Cloud SecMaster workflows: multipart import, export by id, look-up of ids by name. */
class SecmasterClient {
    settings;
    context;
    http;
    signIn;
    /**
     * `/v1/{project_id}/workspaces/{workspace_id}/soc/workflows`, the prefix of the import, export and
     * list paths (https://support.huaweicloud.com/intl/en-us/api-secmaster/ListWorkflows.html).
     */
    collection;
    workflows;
    constructor(settings, context) {
        this.settings = settings;
        this.context = context;
        this.signIn = signIn(settings, context);
        this.collection = `/v1/${encodeURIComponent(settings.own.projectId)}/workspaces/${encodeURIComponent(settings.own.workspaceId)}/soc/workflows`;
        this.http = (0,http/* platformHttp */.q)(settings, context, { describeError: client_describeError, credentials: this.signIn.credentials });
        this.workflows = new WorkflowLookup(this.http, this.collection, settings.own.workspaceId, context.log);
    }
    /**
     * `POST …/import` with the file as multipart field `uploadFile`, its bytes as they are. Not
     * idempotent: a lost reply is reported, never answered by a second import. The reply names
     * no workflow, so the id is then looked up by name.
     */
    async importBundle(bundle) {
        const file = (0,core_bundle/* fileOf */.W7)(bundle, 'workflow');
        if (!file)
            throw new errors/* BundleError */.rJ(`${bundle.location}: a SecMaster import needs ${WORKFLOW_FILE}`);
        const { size } = await (0,promises_.stat)(file);
        this.assertSignable(bundle, size);
        const name = await this.importedName(bundle);
        const what = `import ${bundle.location} into SecMaster workspace ${this.settings.own.workspaceId}`;
        const reply = await this.http.request({
            method: 'POST',
            path: `${this.collection}/import`,
            what,
            idempotent: false,
            body: { kind: 'multipart', parts: [{ name: 'uploadFile', file, filename: WORKFLOW_FILE, contentType: 'application/json', size }] },
        }, async (answer) => readImportReply(answer.status, await (0,reply_body/* readWholeText */.bC)(answer.body, IMPORT_REPLY_LIMIT, what), what));
        this.context.log.info(`${what}: SecMaster answered ${reply.status}${reply.requestId ? ` (request id ${reply.requestId})` : ''}`);
        const located = await this.workflows.locateImported(name, this.settings.workflowId);
        return { workflowId: located.id, workflowName: name, platformStatus: reply.status, notes: located.note ? [located.note] : undefined };
    }
    /**
     * `POST …/export` with `{"id": [id]}`; the reply is the file, stored byte for byte. The export
     * reads and changes nothing (its page documents no side effect, and it is a POST only to carry the
     * id list: https://support.huaweicloud.com/intl/en-us/api-secmaster/ExportAopworkflow.html), so
     * flowferry treats it as safe to repeat after a lost or broken reply.
     */
    async exportWorkflow(staging) {
        const id = this.settings.workflowId ?? (await this.workflows.resolveName(this.settings.workflowName)).id;
        const file = external_node_path_default().join(staging, WORKFLOW_FILE);
        const what = `export workflow ${id}`;
        const { document, digest } = await this.http.request({
            method: 'POST',
            path: `${this.collection}/export`,
            what,
            idempotent: true,
            body: { kind: 'bytes', data: Buffer.from(JSON.stringify({ id: [id] })), contentType: 'application/json;charset=UTF-8' },
        }, async (reply) => {
            const saved = await (0,download/* saveTo */.f)(file)(reply);
            return { document: await checkExportFile(file, saved.bytes, what), digest: { bytes: saved.bytes, sha256: saved.sha256 } };
        });
        const name = this.settings.workflowName ?? nameInExport(document) ?? (await this.workflows.nameOf(id)) ?? id;
        const version = versionInExport(document);
        this.context.log.info(`${what}: received ${WORKFLOW_FILE} for "${name}"${version ? ` (version ${version})` : ''}`);
        return { exported: { name, workflowId: id, version, files: [{ path: WORKFLOW_FILE, role: 'workflow', digest }] }, workflowId: id, version };
    }
    /**
     * Dry run: the list call proves the credentials, project and workspace; the name (from
     * `workflow-name` or the file) says whether the import creates a workflow or meets one.
     */
    async preflight(bundle) {
        const manifest = (0,core_bundle/* shownPath */.pS)(bundle, 'flowferry.json');
        // The bundle's own checks (parse, the 12 MB signed-body limit) have run already.
        const report = { checked: [], unchecked: [], findings: [] };
        const finding = (severity, rule, message) => report.findings.push({ file: manifest, severity, rule, message });
        const name = await this.importedName(bundle);
        let matches;
        try {
            matches = await this.workflows.findByName(name);
        }
        catch (error) {
            if (!(error instanceof errors/* HttpError */.j$))
                throw error;
            // Only refusals of the identity: a throttle or a wrong base-url (APIG.0101) keeps its own message.
            const refused = error.httpStatus === 401 || error.httpStatus === 403;
            const workspace = error.code === WORKSPACE_NOT_FOUND;
            if (!refused && !workspace)
                throw error;
            finding('error', workspace ? 'secmaster.workspace' : 'secmaster.credentials', workspace
                ? `SecMaster does not know workspace ${this.settings.own.workspaceId} in project ${this.settings.own.projectId} (${error.code}); check workspace-id and project-id`
                : `SecMaster refused the credentials (HTTP ${error.httpStatus}${error.code ? `, ${error.code}` : ''}: ${error.detail}); check ${this.signIn.check}`);
            return report;
        }
        report.checked.push('SecMaster accepts the credentials, project and workspace');
        const ids = matches.map(describeWorkflow).join(', ');
        const expected = this.settings.workflowId;
        if (expected) {
            if (matches.some((w) => w.id === expected))
                report.checked.push(`workflow ${expected} exists and is named "${name}", as expected`);
            else
                finding('error', 'secmaster.target', `workflow-id ${expected} is not a workflow named "${name}" in this workspace (${matches.length ? `named so: ${ids}` : 'no workflow has that name'})`);
        }
        else if (matches.length === 0) {
            report.checked.push(`the name "${name}" is free: the import creates a new workflow`);
        }
        else if (matches.length === 1) {
            report.checked.push(`a workflow named "${name}" exists (${ids})`);
            report.unchecked.push(`whether the import updates workflow ${matches[0].id} or is refused: SecMaster's documentation does not say what an import of a name that exists does`);
        }
        else {
            finding('warning', 'secmaster.target', `${matches.length} workflows are named "${name}" (${ids}); after the import flowferry cannot tell which is the imported one unless workflow-id names it`);
        }
        return report;
    }
    /** The workflow of the same name that an import may overwrite, for `backup`. */
    async replaces(bundle) {
        if (this.settings.workflowId)
            return this.settings.workflowId;
        const matches = await this.workflows.findByName(await this.importedName(bundle));
        return matches.length === 1 ? matches[0].id : undefined;
    }
    /**
     * The name SecMaster gives the imported workflow: the one inside the file, which is sent
     * unchanged. `workflow-name` only stands in when the file records none; a different one would
     * look up (and back up) some other workflow, so it is warned about and not used.
     */
    async importedName(bundle) {
        const file = (0,core_bundle/* fileOf */.W7)(bundle, 'workflow');
        const inFile = file ? await readExportName(file) : undefined;
        const given = this.settings.workflowName;
        if (inFile && given && given !== inFile) {
            this.context.log.warning(`workflow-name "${given}" differs from the name in ${WORKFLOW_FILE}, "${inFile}": SecMaster names the imported workflow "${inFile}", so flowferry looks that one up`);
        }
        return inFile ?? given ?? bundle.manifest.name;
    }
    assertSignable(bundle, size) {
        if (!this.signIn.signed || size + MULTIPART_FRAMING <= SIGNED_BODY_LIMIT)
            return;
        throw errors/* BundleError */.rJ.at({ file: (0,core_bundle/* shownPath */.pS)(bundle, WORKFLOW_FILE), line: 1, col: 1 }, 'secmaster.size', `${WORKFLOW_FILE} is ${size} bytes; API Gateway takes AK/SK-signed bodies of at most 12 MB, so nothing was sent`, 'Import this workflow with token (an IAM token) instead of access-key-id/secret-access-key.');
    }
}
/**
 * The export's reply must be the file: not empty, and JSON where it is small enough to parse. A
 * reply that breaks off or is garbled is a passing fault (the export is retried); an error
 * envelope with HTTP 200 is SecMaster's answer.
 */
async function checkExportFile(file, bytes, what) {
    if (bytes === 0)
        throw new http_errors/* MalformedReplyError */._(`${what}: SecMaster returned an empty file`);
    if (bytes > limits/* JSON_PARSE_LIMIT */.jA)
        return undefined;
    const parsed = await (0,json_file/* readJsonFile */.JE)(file);
    if (!parsed)
        throw new http_errors/* MalformedReplyError */._(`${what}: the exported file is not valid JSON (${bytes} bytes)`);
    const document = parsed.value;
    const refusal = exportRefusal(document);
    if (refusal)
        throw new errors/* ReplyError */.vO(`${what}: SecMaster answered with an error instead of the file: ${refusal}`);
    return document;
}

// EXTERNAL MODULE: ./src/platforms/secmaster/facts.ts
var facts = __webpack_require__(11599);
;// CONCATENATED MODULE: ./src/platforms/secmaster/index.ts



/** The bundle rules and client for Huawei Cloud SecMaster, loaded by registry.ts when a step names the platform. */
const platform = {
    ...facts/* secmaster */.o,
    rules: secmasterRules,
    connect: (settings, context) => new SecmasterClient(settings, context),
};


/***/ })

};
