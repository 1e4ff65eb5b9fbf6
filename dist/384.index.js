export const id = 384;
export const ids = [384];
export const modules = {

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

/***/ 63384:
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
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(60484);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/fs.ts
var fs = __webpack_require__(78616);
// EXTERNAL MODULE: ./src/core/json-file.ts
var json_file = __webpack_require__(59656);
// EXTERNAL MODULE: ./src/core/json-location.ts
var json_location = __webpack_require__(25049);
// EXTERNAL MODULE: ./src/core/redaction.ts
var redaction = __webpack_require__(13862);
;// CONCATENATED MODULE: ./src/platforms/zuora/task-types.ts
/**
 * The task types Zuora documents: the values a task's `action_type` may take, from the Task schema
 * of the import API (https://developer.zuora.com/v1-api-reference/api/operation/POST_WorkflowImport/).
 */
const TASK_TYPES = new Set([
    'Approval', 'Attachment', 'Billing::BillRun', 'Billing::CurrencyConversion', 'Billing::CustomInvoice', 'Callout', 'Cancel',
    'Create', 'CustomObject::Create', 'CustomObject::Delete', 'CustomObject::Query', 'CustomObject::Update',
    'Data::BillingPreviewRun', 'Data::Link', 'Delay', 'Delete', 'Download::SFTP', 'Email', 'Export',
    'File::CustomPDF::CustomDocument', 'If', 'InvoiceGenerate', 'Iterate', 'Logic::CSVTranslator', 'Logic::Case',
    'Logic::CustomCode', 'Logic::JSONTransform', 'Logic::Lambda', 'Logic::ResponseFormatter', 'Logic::XMLTransform',
    'NewProduct', 'Notifications::GoogleCloudPrint', 'Notifications::PhoneCall', 'Notifications::SMS',
    'Payment::GatewayReconciliation', 'Payment::PaymentRun', 'Query', 'RemoveProduct', 'Reporting::ReportData',
    'Reporting::RunReport', 'Resume', 'Suspend', 'UI::Page', 'UI::Stop', 'Update', 'Upload::FTP', 'Upload::SFTP', 'WriteOff',
]);

;// CONCATENATED MODULE: ./src/platforms/zuora/bundle.ts










const WORKFLOW_FILE = 'workflow.json';
/** Findings one document reports before it only counts the rest (each is an annotation). */
const MAX_FINDINGS = 100;
/**
 * For diff: what the server assigns or the run changes — ids (every tenant numbers tasks anew, so
 * tasks are matched by name and linkages compared through task names), timestamps, run state,
 * and the version number, which an import chooses.
 */
const bundle_volatile = [
    'workflow.id',
    'workflow.original_workflow_id',
    'workflow.version',
    'workflow.started_at',
    'workflow.finished_at',
    'workflow.status',
    'workflow.task_summary',
    'tasks.*.id',
    'tasks.*.original_task_id',
    'tasks.*.original_workflow_id',
    'tasks.*.workflow_id',
    'tasks.*.process_id',
    'tasks.*.status',
    'tasks.*.start_time',
    'tasks.*.end_time',
    'tasks.*.error',
    'tasks.*.error_class',
    'tasks.*.error_details',
    '**.createdAt',
    '**.updatedAt',
    '**.created_at',
    '**.updated_at',
];
const roles = [
    {
        role: 'workflow',
        file: WORKFLOW_FILE,
        format: 'json',
        required: true,
        diff: { ignore: bundle_volatile, matchBy: { tasks: 'name', linkages: 'edge' }, normalize: byTaskName },
        redact: { secrets: calloutSecrets },
    },
];
/**
 * Rewrites task ids into task names: a task's parent (`task_id`) and each linkage's ends. Each
 * linkage gets an `edge` ("Start → Query accounts", "Query accounts -Success→ Send") to be
 * matched by, so the same workflow from two tenants compares equal whatever ids each gave it.
 */
function byTaskName(document) {
    if (!(0,canonical_json/* isJsonObject */.OW)(document) || !Array.isArray(document.tasks))
        return document;
    const names = new Map();
    for (const task of document.tasks) {
        if ((0,canonical_json/* isJsonObject */.OW)(task) && (typeof task.id === 'number' || typeof task.id === 'string') && typeof task.name === 'string')
            names.set(String(task.id), task.name);
    }
    const nameOf = (id) => (id === null || id === undefined ? null : (names.get(String(id)) ?? `#${String(id)}`));
    const tasks = document.tasks.map((task) => ((0,canonical_json/* isJsonObject */.OW)(task) && 'task_id' in task ? { ...task, task_id: nameOf(task.task_id) } : task));
    const linkages = Array.isArray(document.linkages)
        ? document.linkages.map((link) => {
            if (!(0,canonical_json/* isJsonObject */.OW)(link))
                return link;
            const { source_task_id, target_task_id, source_workflow_id: _workflow, ...rest } = link;
            const source = nameOf(source_task_id);
            const target = nameOf(target_task_id);
            const type = typeof link.linkage_type === 'string' ? link.linkage_type : '?';
            return { ...rest, source_task: source, target_task: target, edge: source === null ? `${type} → ${target}` : `${source} -${type}→ ${target}` };
        })
        : document.linkages;
    return { ...document, tasks, linkages };
}
/** How a name/value pair may spell its two halves (the callout schema is not published). */
const NAME_FIELDS = ['name', 'key', 'header', 'header_name', 'headerName', 'field', 'field_name'];
const VALUE_FIELDS = ['value', 'header_value', 'headerValue', 'field_value'];
/**
 * Secrets inside tasks that a key name alone does not reveal: a callout's headers written as a
 * list of `{name|key, value}` pairs, where the pair's name says "Authorization" and the value is
 * the secret. Credential-named keys (`password`, `Authorization: …` as an object key) are found
 * by core's redaction anyway.
 */
function calloutSecrets(document) {
    const spots = [];
    if (!(0,canonical_json/* isJsonObject */.OW)(document) || !Array.isArray(document.tasks))
        return spots;
    document.tasks.forEach((task, t) => {
        if (!(0,canonical_json/* isJsonObject */.OW)(task))
            return;
        const label = typeof task.name === 'string' ? task.name : `TASK_${t}`;
        const visit = (node, at) => {
            if (Array.isArray(node))
                node.forEach((item, i) => visit(item, [...at, i]));
            else if ((0,canonical_json/* isJsonObject */.OW)(node)) {
                const name = NAME_FIELDS.map((field) => node[field]).find((v) => typeof v === 'string');
                const valueField = VALUE_FIELDS.find((field) => typeof node[field] === 'string');
                if (name && valueField && (0,redaction/* looksLikeSecretKey */.tF)(name)) {
                    spots.push({ path: [...at, valueField], name: `${label}_${name}`, reason: `the callout header/parameter "${name}" carries a credential` });
                }
                for (const [key, child] of Object.entries(node))
                    visit(child, [...at, key]);
            }
        };
        visit(task.parameters, ['tasks', t, 'parameters']);
    });
    return spots;
}
const zuoraRules = {
    roles,
    /** A bare export JSON (what the UI's Export or the API gives), or a directory holding workflow.json. */
    async adopt(location, dir) {
        const info = await (0,promises_.stat)(location);
        const source = info.isDirectory() ? external_node_path_default().join(location, WORKFLOW_FILE) : location;
        if ((info.isDirectory() && !(await (0,fs/* exists */.t2)(source))) || (!info.isDirectory() && !/\.json$/i.test(location))) {
            throw new errors/* BundleError */.rJ(`${(0,fs/* displayPath */.Gt)(location)}: neither a flowferry bundle nor a Zuora workflow export (a .json file)`, [], {
                hint: 'Point path at a bundle directory (with flowferry.json) or at a Zuora export JSON file.',
            });
        }
        const digest = await (0,core_bundle/* copyInto */.s)(dir, source, WORKFLOW_FILE);
        let name = external_node_path_default().basename(location).replace(/\.json$/i, '');
        // Not JSON, or too large: check() reports it; the file name stands in.
        const document = (await (0,json_file/* readJsonFile */.JE)(external_node_path_default().join(dir, WORKFLOW_FILE), (0,fs/* displayPath */.Gt)(source)))?.value;
        const workflow = (0,canonical_json/* isJsonObject */.OW)(document) && (0,canonical_json/* isJsonObject */.OW)(document.workflow) ? document.workflow : undefined;
        if (typeof workflow?.name === 'string' && workflow.name.trim())
            name = workflow.name.trim();
        return { name, files: [{ path: WORKFLOW_FILE, role: 'workflow', digest }] };
    },
    async check(bundle) {
        const file = (0,core_bundle/* fileOf */.W7)(bundle, 'workflow');
        if (!file) {
            return [{ file: (0,core_bundle/* shownPath */.pS)(bundle, 'flowferry.json'), severity: 'error', rule: 'zuora.required', message: `the bundle has no ${WORKFLOW_FILE} (role workflow); Zuora's import needs it` }];
        }
        // A bare export file was copied into a temporary bundle: findings point at the user's file.
        const shown = !bundle.adopted ? (0,fs/* displayPath */.Gt)(file) : /\.json$/i.test(bundle.location) ? bundle.location : `${bundle.location}/${WORKFLOW_FILE}`;
        const parsed = await (0,json_file/* checkJsonFile */.NR)(file, shown, { rulePrefix: 'zuora', title: 'Zuora' });
        return 'finding' in parsed ? [parsed.finding] : checkDocument(parsed.document, parsed.text, shown);
    },
};
/**
 * The structure Zuora's import needs: `workflow`, `tasks` and `linkages` (the Workflow, Task and
 * Linkage schemas of https://developer.zuora.com/v1-api-reference/api/operation/POST_WorkflowImport/,
 * and the sample of https://developer.zuora.com/v1-api-reference/api/operation/GET_WorkflowExport/);
 * every linkage end names a task of the document; exactly one `Start` linkage (the entry edge).
 * An `action_type` outside the documented list is a warning: Zuora adds task types, and the
 * document is sent unchanged either way. Unknown `linkage_type`s are not reported: the official
 * import sample itself uses "Finish".
 */
function checkDocument(document, text, file) {
    const findings = [];
    // Where each finding is, found in one walk of the text once they are all known.
    const places = [];
    let unshown = 0;
    let unshownError = false;
    // A document of 100,000 broken tasks gets the first findings, and a count of the rest.
    const at = (where, severity, rule, message) => {
        if (findings.length >= MAX_FINDINGS) {
            unshown++;
            unshownError ||= severity === 'error';
            return;
        }
        findings.push({ file, line: 1, col: 1, severity, rule, message });
        places.push(where);
    };
    const located = () => {
        (0,json_location/* locatePaths */.FU)(text, places).forEach((position, i) => position && Object.assign(findings[i], position));
        return findings;
    };
    if (!(0,canonical_json/* isJsonObject */.OW)(document)) {
        at([], 'error', 'zuora.shape', `${WORKFLOW_FILE} must hold the export document, an object {workflow, tasks, linkages}`);
        return located();
    }
    if (!(0,canonical_json/* isJsonObject */.OW)(document.workflow))
        at(['workflow'], 'error', 'zuora.workflow', '"workflow" (an object) is missing');
    for (const key of ['tasks', 'linkages']) {
        if (!Array.isArray(document[key]))
            at([key], 'error', `zuora.${key}`, `"${key}" (an array) is missing`);
    }
    const tasks = Array.isArray(document.tasks) ? document.tasks : [];
    const linkages = Array.isArray(document.linkages) ? document.linkages : [];
    const ids = new Set();
    const names = new Set();
    tasks.forEach((task, i) => {
        if (!(0,canonical_json/* isJsonObject */.OW)(task))
            return at(['tasks', i], 'error', 'zuora.task', `task ${i} is not an object`);
        if (typeof task.id !== 'number' && typeof task.id !== 'string')
            at(['tasks', i], 'error', 'zuora.task', `task ${i} has no id, so no linkage can name it`);
        else if (ids.has(String(task.id)))
            at(['tasks', i, 'id'], 'error', 'zuora.task', `task id ${String(task.id)} is used twice`);
        else
            ids.add(String(task.id));
        if (typeof task.action_type === 'string' && !TASK_TYPES.has(task.action_type)) {
            at(['tasks', i, 'action_type'], 'warning', 'zuora.action-type', `action_type "${task.action_type}" is not one Zuora documents; the import decides whether the tenant knows it`);
        }
        if (typeof task.name === 'string') {
            if (names.has(task.name))
                at(['tasks', i, 'name'], 'warning', 'zuora.task-name', `task name "${task.name}" is used twice; diff matches tasks by name and compares these by position`);
            names.add(task.name);
        }
    });
    let starts = 0;
    linkages.forEach((link, i) => {
        if (!(0,canonical_json/* isJsonObject */.OW)(link))
            return at(['linkages', i], 'error', 'zuora.linkage', `linkage ${i} is not an object`);
        if (link.linkage_type === 'Start') {
            starts++;
            if (starts > 1)
                at(['linkages', i, 'linkage_type'], 'error', 'zuora.start', 'a second Start linkage; a workflow has exactly one entry');
        }
        for (const end of ['source_task_id', 'target_task_id']) {
            const value = link[end];
            if (value === null || value === undefined) {
                if (end === 'target_task_id')
                    at(['linkages', i], 'error', 'zuora.linkage', `linkage ${i} has no target_task_id`);
                continue;
            }
            if (!ids.has(String(value)))
                at(['linkages', i, end], 'error', 'zuora.linkage', `linkage ${i}: ${end} ${JSON.stringify(value)} names no task of this workflow`);
        }
    });
    if (Array.isArray(document.linkages) && starts === 0)
        at(['linkages'], 'error', 'zuora.start', 'no Start linkage: Zuora would not know the first task');
    if (unshown > 0)
        findings.push({ file, line: 1, col: 1, severity: unshownError ? 'error' : 'warning', rule: 'zuora.more', message: `and ${unshown} more findings like these` });
    return located();
}

// EXTERNAL MODULE: ./src/core/phrasing.ts
var phrasing = __webpack_require__(31677);
// EXTERNAL MODULE: ./src/input-names.ts
var input_names = __webpack_require__(74098);
;// CONCATENATED MODULE: ./src/platforms/zuora/base-url.ts


/**
 * Zuora's other REST APIs live under `/v1` (`https://rest.zuora.com/v1/…`), and that is the base
 * URL users copy. The Workflow API and `/oauth/token` live at the host's root: "Import a workflow"
 * is `POST /workflows/import`, its samples call `https://rest.test.zuora.com/workflows/{id}/export`
 * (https://developer.zuora.com/v1-api-reference/api/operation/POST_WorkflowImport/), and the token
 * is `POST /oauth/token` (https://developer.zuora.com/v1-api-reference/api/operation/createToken/).
 * Kept, the suffix sends the client secret to `/v1/oauth/token` for a 404 and a generic hint.
 *
 * A trailing `/v1` or `/v2` has that one meaning, so it is dropped rather than refused: refusing
 * would stop a pipeline over something flowferry knows for certain how to read. The warning names
 * `base-url` and the value to set, so the log is quiet once the input is fixed. Nothing has been
 * sent when this runs (it is part of connecting the client).
 */
const VERSION_SUFFIX = /\/v[12]$/i;
const warned = new Set();
function atWorkflowApiRoot(settings, log) {
    const given = settings.baseUrl;
    if (!given || !VERSION_SUFFIX.test(given.pathname))
        return settings;
    const root = new URL(given.toString());
    root.pathname = given.pathname.replace(VERSION_SUFFIX, '') || '/';
    const shown = root.toString().replace(/\/$/, '');
    if (!warned.has(given.toString())) {
        warned.add(given.toString());
        log.warning(`${(0,phrasing/* input */.hF)(input_names/* Input */.pd.BaseUrl)} '${given.toString()}' ends in '${given.pathname.slice(given.pathname.lastIndexOf('/'))}', the version prefix of Zuora's other REST APIs; ` +
            `the Workflow API and /oauth/token are at the host's root, so flowferry uses '${shown}'. Set ${(0,phrasing/* setting */.Pe)(input_names/* Input */.pd.BaseUrl, shown)} to silence this.`);
    }
    root.pathname = root.pathname.replace(/\/+$/, '');
    return { ...settings, baseUrl: root };
}

// EXTERNAL MODULE: ./src/core/crypto.ts
var core_crypto = __webpack_require__(16082);
// EXTERNAL MODULE: ./src/core/clock.ts
var core_clock = __webpack_require__(32257);
// EXTERNAL MODULE: ./src/core/http/client.ts + 10 modules
var client = __webpack_require__(52911);
// EXTERNAL MODULE: ./src/core/http/download.ts
var download = __webpack_require__(9766);
// EXTERNAL MODULE: ./src/core/http/errors.ts
var http_errors = __webpack_require__(46081);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(36419);
// EXTERNAL MODULE: ./src/core/plain-file.ts
var plain_file = __webpack_require__(19130);
// EXTERNAL MODULE: ./src/platforms/zuora/facts.ts
var facts = __webpack_require__(50303);
// EXTERNAL MODULE: ./src/platforms/http.ts
var http = __webpack_require__(33690);
// EXTERNAL MODULE: ./src/core/secrets.ts + 1 modules
var secrets = __webpack_require__(58010);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(12032);
// EXTERNAL MODULE: ./src/core/reply-fields.ts
var reply_fields = __webpack_require__(73477);
// EXTERNAL MODULE: ./src/core/untrusted-text.ts
var untrusted_text = __webpack_require__(61037);
;// CONCATENATED MODULE: ./src/platforms/zuora/replies.ts




/**
 * Zuora's replies, read tolerantly (every schema passes unknown fields through). Its API reference
 * (https://developer.zuora.com/v1-api-reference/api/operation/GET_Workflows/ and the pages beside
 * it) mixes camelCase (responses) and snake_case (export documents, some samples) and types ids
 * as numbers or strings; both are accepted and normalised here.
 */
const replies_text = schema.z.union([schema.z.string(), schema.z.number()]).transform(String);
const tokenReply = schema.z.looseObject({
    // Registered as a secret and sent as a header: one printable word (core/reply-fields.ts).
    access_token: reply_fields/* untrustedToken */.wg,
    token_type: schema.z.string().optional(),
    expires_in: schema.z.union([schema.z.number(), schema.z.string()]).optional(),
    scope: schema.z.string().optional(),
    jti: schema.z.string().optional(),
});
function parseToken(value) {
    const parsed = tokenReply.safeParse(value);
    if (!parsed.success)
        throw new errors/* ReplyError */.vO(`get an OAuth token: Zuora's reply has no usable access_token (${(0,reply_fields/* fieldProblem */.SL)(parsed.error)})`);
    const seconds = Number(parsed.data.expires_in);
    return { token: parsed.data.access_token, expiresIn: Number.isFinite(seconds) && seconds > 0 ? seconds : undefined };
}
// Ids, versions and statuses through core's rule for reply text (core/reply-fields.ts).
const versionSummary = schema.z.looseObject({
    id: reply_fields/* untrustedId */.yc.optional().nullable(),
    version: reply_fields/* untrustedId */.yc.optional().nullable(),
    status: reply_fields/* untrustedLabel */.Tz.optional().nullable(),
});
/**
 * The import reply: `Workflow` for a new definition (the sample of
 * https://developer.zuora.com/v1-api-reference/api/operation/POST_WorkflowImport/),
 * `WorkflowDefinition` with `active_version` for a version import (the sample of
 * https://developer.zuora.com/v1-api-reference/api/operation/POST_WorkflowVersionsImport/). The
 * definition's id is taken from an explicit definition field where one is present, else `id`.
 */
const importReply = schema.z.looseObject({
    id: reply_fields/* untrustedId */.yc.optional().nullable(),
    workflow_definition_id: reply_fields/* untrustedId */.yc.optional().nullable(),
    original_workflow_id: reply_fields/* untrustedId */.yc.optional().nullable(),
    originalWorkflowId: reply_fields/* untrustedId */.yc.optional().nullable(),
    name: reply_fields/* untrustedLabel */.Tz.optional().nullable(),
    version: reply_fields/* untrustedId */.yc.optional().nullable(),
    status: reply_fields/* untrustedLabel */.Tz.optional().nullable(),
    active_version: versionSummary.optional().nullable(),
});
function parseImport(value, what) {
    const parsed = importReply.safeParse(value);
    if (!parsed.success || !(parsed.data.id ?? parsed.data.workflow_definition_id)) {
        const problem = parsed.success ? '' : `${(0,reply_fields/* fieldProblem */.SL)(parsed.error)}; `;
        throw new errors/* ReplyError */.vO(`${what}: Zuora's reply has no workflow id (${problem}reply: ${(0,untrusted_text/* untrustedValue */.cW)(value)})`);
    }
    const reply = parsed.data;
    const active = reply.active_version ?? undefined;
    return {
        definitionId: reply.workflow_definition_id ?? reply.original_workflow_id ?? reply.originalWorkflowId ?? reply.id ?? undefined,
        name: reply.name ?? undefined,
        version: reply.version ?? undefined,
        status: reply.status ?? undefined,
        activeVersion: active ? { id: active.id ?? undefined, version: active.version ?? undefined, status: active.status ?? undefined } : undefined,
    };
}
/** A reply that is an error body, not a result; for a 409 that may be either (see the client). */
function isErrorBody(value) {
    return value !== null && typeof value === 'object' && ('errors' in value || 'reasons' in value || value.success === false);
}
const versionList = schema.z.union([schema.z.looseObject({ data: schema.z.array(versionSummary) }), schema.z.array(versionSummary)]);
/** `GET /workflows/{id}/versions`: `{data: Workflow[]}`, one item per version. */
function parseVersions(value, what) {
    const parsed = versionList.safeParse(value);
    if (!parsed.success)
        throw new errors/* ReplyError */.vO(`${what}: Zuora's reply has no list of versions (${(0,reply_fields/* fieldProblem */.SL)(parsed.error)}; reply: ${(0,untrusted_text/* untrustedValue */.cW)(value)})`);
    const items = Array.isArray(parsed.data) ? parsed.data : parsed.data.data;
    const versions = items.flatMap((item) => (item.version ? [item.version] : []));
    // Items that name no version are not "no versions": choosing 0.0.1 from them would be a guess.
    if (items.length > 0 && versions.length === 0)
        throw new errors/* ReplyError */.vO(`${what}: Zuora listed ${items.length} versions but none says its version number (${(0,untrusted_text/* untrustedValue */.cW)(items[0])})`);
    return versions;
}
/** The export document's own name and version, when it has them. */
function documentFacts(value) {
    const workflow = schema.z.looseObject({ workflow: schema.z.looseObject({ name: schema.z.string().optional().nullable(), version: reply_fields/* untrustedLabelOrNumber */.LH.optional().nullable() }) }).safeParse(value);
    if (!workflow.success)
        return {};
    const name = workflow.data.workflow.name?.trim();
    return { name: name ? (0,untrusted_text/* untrustedText */.Ui)(name, 200) : undefined, version: workflow.data.workflow.version ?? undefined };
}
/**
 * The two documented error shapes, and what the OAuth endpoint may say:
 *   workflow endpoints  {errors:[{code:"invalid", status, title}]}
 *   /v1 style           {success:false, processId, reasons:[{code, message}]}  (also {reasons, requestId})
 *   OAuth               {error, error_description} (not documented; the common form)
 */
const errorReply = schema.z.looseObject({
    errors: schema.z.array(schema.z.looseObject({ code: replies_text.optional().nullable(), status: replies_text.optional().nullable(), title: schema.z.string().optional().nullable(), message: schema.z.string().optional().nullable() })).optional(),
    reasons: schema.z.array(schema.z.looseObject({ code: replies_text.optional().nullable(), message: schema.z.string().optional().nullable() })).optional(),
    requestId: schema.z.string().optional(),
    processId: schema.z.string().optional(),
    error: schema.z.string().optional(),
    error_description: schema.z.string().optional(),
    message: schema.z.string().optional(),
});
function errorText(body) {
    let value;
    try {
        value = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    const parsed = errorReply.safeParse(value);
    if (!parsed.success)
        return undefined;
    const reply = parsed.data;
    const fromErrors = (reply.errors ?? []).map((e) => e.title ?? e.message).filter((m) => !!m);
    const fromReasons = (reply.reasons ?? []).map((r) => r.message).filter((m) => !!m);
    const messages = [...fromErrors, ...fromReasons];
    const message = messages.length > 0 ? messages.join('; ') : (reply.error_description ?? reply.message ?? reply.error);
    if (!message)
        return undefined;
    // Workflow errors all say code "invalid" (the enum's one value): the title is the information.
    const workflowCode = reply.errors?.[0]?.code === 'invalid' ? undefined : reply.errors?.[0]?.code;
    const code = workflowCode ?? reply.reasons?.[0]?.code ?? reply.error ?? undefined;
    return { message, code: code ?? undefined, requestId: reply.requestId ?? reply.processId };
}
/** "must be greater", "already exists": Zuora's (undocumented) words for a version it refuses. */
function mentionsVersionConflict(message) {
    return /version/i.test(message) && /(greater|higher|exist|duplicate|unique|larger|lower|less)/i.test(message);
}

;// CONCATENATED MODULE: ./src/platforms/zuora/auth.ts



/**
 * Zuora recommends refreshing about five minutes before the hour is up
 * (https://developer.zuora.com/docs/guides/error-handling/).
 */
const REFRESH_MARGIN_MS = 300_000;
/** When Zuora does not say how long a token lives, it documents one hour. */
const DEFAULT_LIFETIME_S = 3600;
/**
 * Bearer credentials for Zuora. With `client-id`/`client-secret` the token is fetched from
 * `POST /oauth/token` (form-encoded client credentials, no Authorization header, as
 * https://developer.zuora.com/v1-api-reference/api/operation/createToken/ requires), reused,
 * fetched again shortly before it expires, and once more after a 401. A ready `token` input is
 * used as it is and cannot be refreshed.
 */
class ZuoraCredentials {
    source;
    http;
    clock;
    log;
    token;
    refreshAt = 0;
    pending;
    constructor(source, 
    /** A client without credentials, for the token endpoint itself. */
    http, clock, log) {
        this.source = source;
        this.http = http;
        this.clock = clock;
        this.log = log;
        if (source.token) {
            this.token = source.token;
            this.refreshAt = Number.POSITIVE_INFINITY;
        }
    }
    get canRefresh() {
        return !!(this.source.clientId && this.source.clientSecret);
    }
    /** The token, fetched before the request is paced (core/http/credentials.ts says why). */
    async prepare() {
        await this.current();
    }
    async authorize(request) {
        // Fetched by `prepare` already, unless it expired while the request waited for its turn.
        request.headers.authorization = `Bearer ${await this.current()}`;
    }
    valid() {
        return !!this.token && this.clock.now() < this.refreshAt;
    }
    async refresh() {
        if (!this.canRefresh)
            return false;
        this.refreshAt = 0;
        await this.current();
        return true;
    }
    /** The token to send, fetched first when there is none or it is about to expire. */
    async current() {
        if (this.valid())
            return this.token;
        // Requests of a batch share one token fetch.
        this.pending ??= this.fetch().finally(() => {
            this.pending = undefined;
        });
        return this.pending;
    }
    async fetch() {
        const { clientId, clientSecret } = this.source;
        const what = 'get an OAuth token';
        const issued = await this.http
            .json({
            method: 'POST',
            path: '/oauth/token',
            what,
            body: { kind: 'form', fields: { client_id: clientId, client_secret: clientSecret, grant_type: 'client_credentials' } },
            // A token request changes nothing in the tenant: a second one only issues a second token.
            idempotent: true,
        }, parseToken)
            .catch((error) => {
            if (error instanceof errors/* HttpError */.j$ && (error.httpStatus === 400 || error.httpStatus === 401)) {
                throw error.withHint('Check client-id and client-secret, and that base-url is the REST host of the tenant the OAuth client belongs to (e.g. https://rest.apisandbox.zuora.com).');
            }
            throw error;
        });
        (0,secrets/* registerSecret */.cl)(issued.token);
        const lifetimeMs = (issued.expiresIn ?? DEFAULT_LIFETIME_S) * 1000;
        // Five minutes early, or halfway through a token that lives less than ten minutes.
        this.refreshAt = this.clock.now() + Math.max(lifetimeMs - REFRESH_MARGIN_MS, lifetimeMs / 2);
        this.token = issued.token;
        this.log.info(`got an OAuth token, valid for ${Math.round(lifetimeMs / 1000)} s`);
        return issued.token;
    }
}

;// CONCATENATED MODULE: ./src/platforms/zuora/versions.ts




/**
 * Zuora workflow version numbers ("0.0.1", "1.2", "3"): dotted non-negative integers, compared
 * part by part with missing parts as zero. Versions "must be unique and greater than the current
 * highest", so this ordering decides what an import may create
 * (https://docs.zuora.com/en/zuora-platform/extensibility/workflow/create-and-manage-workflow-definitions/advanced-tutorials/manage-workflow-versions).
 */
const VERSION = /^\d+(\.\d+)*$/;
function isVersion(text) {
    return VERSION.test(text);
}
function compareVersions(a, b) {
    const left = a.split('.').map(Number);
    const right = b.split('.').map(Number);
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
        const difference = (left[i] ?? 0) - (right[i] ?? 0);
        if (difference !== 0)
            return Math.sign(difference);
    }
    return 0;
}
/** The highest of the versions that parse as version numbers; undefined when there are none. */
function highestVersion(versions) {
    return versions.filter(isVersion).reduce((best, v) => (best === undefined || compareVersions(v, best) > 0 ? v : best), undefined);
}
/** The next patch version after `version` ("0.0.9" → "0.0.10"); "0.0.1" when there is none. */
function nextVersion(version) {
    if (version === undefined || !isVersion(version))
        return '0.0.1';
    const parts = version.split('.').map(Number);
    while (parts.length < 3)
        parts.push(0);
    parts[parts.length - 1] += 1;
    return parts.join('.');
}
/**
 * The versions of a workflow as Zuora lists them, and the version a version import creates from
 * them and `version` (https://developer.zuora.com/v1-api-reference/api/operation/GET_WorkflowVersions/).
 */
class WorkflowVersions {
    http;
    log;
    wanted;
    constructor(http, log, 
    /** `version`, as given. */
    wanted) {
        this.http = http;
        this.log = log;
        this.wanted = wanted;
    }
    /**
     * The workflow's version numbers; undefined when Zuora would not list them although the
     * workflow exists (the import then leaves the check to Zuora). A 404 for the workflow itself
     * is thrown.
     */
    async existing(id) {
        try {
            return await this.list(id);
        }
        catch (error) {
            if (error instanceof errors/* ReplyError */.vO) {
                // A list flowferry cannot read is a list Zuora did not give: Zuora still checks the version on import.
                this.log.warning(`${error.message}; Zuora checks the version itself on import`);
                return undefined;
            }
            if (!(error instanceof errors/* HttpError */.j$) || error.httpStatus === 401 || error.httpStatus === 403)
                throw error;
            // Is it the workflow that is missing, or only the list? The definition answers that.
            await this.http.request({ method: 'GET', path: `/workflows/${encodeURIComponent(id)}`, what: `read workflow ${id}` }, (reply) => (0,client/* readJson */.Vh)(reply, `read workflow ${id}`));
            this.log.warning(`Zuora did not list the versions of workflow ${id} (HTTP ${error.httpStatus}: ${error.detail}); it checks the version itself on import`);
            return undefined;
        }
    }
    async list(id) {
        const what = `list the versions of workflow ${id}`;
        return this.http.json({ method: 'GET', path: `/workflows/${encodeURIComponent(id)}/versions`, what }, (value) => parseVersions(value, what));
    }
    /** `version` as given, checked; for a new definition it may be empty (Zuora takes the document's). */
    requested() {
        const version = this.wanted;
        if (version !== undefined && !isVersion(version))
            throw new errors/* InputError */.dz(input_names/* Input */.pd.Version, `'${version}' is not a version number`, '0.0.2');
        return version;
    }
    /** The version a version import creates: `version`, which must be greater than every existing one, or the next patch. */
    async toCreate(id) {
        const wanted = this.requested();
        const versions = await this.existing(id);
        if (!versions) {
            if (wanted !== undefined)
                return wanted;
            throw new errors/* InputError */.dz(input_names/* Input */.pd.Version, `Zuora did not list the versions of workflow ${id}, so flowferry cannot choose the next one`, '0.0.2');
        }
        const highest = highestVersion(versions);
        if (wanted === undefined) {
            const next = nextVersion(highest);
            this.log.info(`no version given: importing as ${next}, the next after ${highest ?? 'none'}`);
            return next;
        }
        if (highest !== undefined && compareVersions(wanted, highest) <= 0) {
            throw new errors/* InputError */.dz(input_names/* Input */.pd.Version, versionConflict(wanted, id, highest), nextVersion(highest));
        }
        return wanted;
    }
    /** Zuora's own refusal of a version (its wording is not documented), restated with the highest version. */
    async explainConflict(error, id, version) {
        // 200 too: a refusal may come as {success:false, reasons} with HTTP 200
        // (https://developer.zuora.com/docs/guides/error-codes/).
        if (!(error instanceof errors/* HttpError */.j$) || ![200, 400, 409, 422].includes(error.httpStatus) || !version || !/version/i.test(error.detail))
            return error;
        const highest = id ? highestVersion(await this.list(id).catch(() => [])) : undefined;
        const conflict = mentionsVersionConflict(error.detail) || (highest !== undefined && compareVersions(version, highest) <= 0);
        // Zuora's wording is not documented: a refusal that names the version but not why is restated only with what is known.
        const message = conflict
            ? `${versionConflict(version, id, highest)}. Zuora said: ${error.detail}`
            : `Zuora refused version ${version}${highest ? ` (the highest existing version${id ? ` of workflow ${id}` : ''} is ${highest})` : ''}: ${error.detail}`;
        const hint = highest
            ? `Set version to one greater than ${highest}, e.g. version: ${nextVersion(highest)}.`
            : `Set version to one greater than every existing version${id ? ` of workflow ${id}` : ''} (Zuora's workflow page lists them).`;
        return error.withDetail(message, hint);
    }
}
/** Why `version` cannot be imported, for the input error, the dry run and Zuora's own refusal. */
function versionConflict(version, id, highest) {
    return `version ${version} is not greater than the existing versions${id ? ` of workflow ${id}` : ''}${highest ? ` (highest: ${highest})` : ''}; Zuora only accepts a version greater than all of them`;
}

;// CONCATENATED MODULE: ./src/platforms/zuora/client.ts




















/**
 * Zuora answers a request within 120 s (https://developer.zuora.com/docs/guides/requests-and-responses/);
 * an import still in progress after that will not be answered under its key.
 */
const IN_FLIGHT_LIMIT_MS = 130_000;
const IN_FLIGHT_PAUSE_MS = 5_000;
/**
 * How a 409 says "the request with this key is still running"
 * (https://developer.zuora.com/docs/guides/idempotent-requests/), as opposed to a replayed refusal.
 */
const IN_PROGRESS = /in progress|processing|being processed|in flight|concurrent|idempotency/i;
/** Zuora gzips replies over 1,000 bytes when asked, and so do we our bodies (https://developer.zuora.com/docs/guides/request-and-response-compression/). */
const GZIP_ABOVE = 1000;
/** Zuora Workflow: OAuth, import as a definition or a version, export of a version. */
class ZuoraClient {
    settings;
    context;
    http;
    credentials;
    versions;
    /** Sent on every request (Zuora-Track-Id) and logged, so Zuora support can find this run's calls. */
    trackId = `flowferry-${(0,core_crypto/* randomBytes */.po)(8).toString('hex')}`;
    constructor(settings, context) {
        this.settings = settings;
        this.context = context;
        const trackId = this.trackId;
        const describeError = ({ status, headers, text }) => {
            const known = errorText(text);
            const generic = (0,client/* genericErrorDetail */.Ve)(headers, text);
            const requestId = zuoraRequestId(headers) ?? known?.requestId ?? generic.requestId;
            // 409 on a keyed POST: a result body is the first attempt's result replayed (the reading of
            // https://developer.zuora.com/docs/guides/error-handling/), an error body means the first
            // attempt is still running — "not now", like 429.
            if (status === 409 && isResultBody(text))
                return { message: text, code: REPLAYED, requestId };
            const message = known?.message ?? generic.message;
            return {
                message,
                code: known?.code,
                requestId,
                // A 409 that refuses the version is an answer, not a wait.
                throttled: status === 409 && !mentionsVersionConflict(message),
                hint: `${(0,client/* hintForStatus */.jF)(status) ?? ''} Zuora-Track-Id ${trackId} finds this run's calls at Zuora support.`.trim(),
            };
        };
        const common = { describeError, requestIdHeader: facts/* ZUORA_REQUEST_ID */.u, headers: { 'zuora-track-id': trackId, accept: 'application/json' } };
        this.credentials = new ZuoraCredentials(settings.own, (0,http/* platformHttp */.q)(settings, context, common), context.clock ?? core_clock/* systemClock */.m, context.log);
        // A ready token cannot be refreshed: without `refresh`, a 401 is reported with Zuora's own words.
        const credentials = this.credentials.canRefresh ? this.credentials : { authorize: this.credentials.authorize.bind(this.credentials) };
        this.http = (0,http/* platformHttp */.q)(settings, context, { ...common, credentials, gzipRequestsAbove: GZIP_ABOVE });
        this.versions = new WorkflowVersions(this.http, context.log, settings.own.version);
        context.log.info(`Zuora-Track-Id: ${trackId} (give it to Zuora support with the Zuora-Request-Id of a failing call)`);
    }
    async importBundle(bundle) {
        const file = (0,core_bundle/* fileOf */.W7)(bundle, 'workflow');
        if (!file)
            throw new errors/* BundleError */.rJ(`${bundle.location}: a Zuora import needs ${WORKFLOW_FILE} (role workflow)`);
        const { body, document } = await importBody(bundle, file);
        const facts = documentFacts(document);
        const existing = this.settings.workflowId;
        const version = existing ? await this.versions.toCreate(existing) : this.versions.requested();
        const what = existing ? `import version ${version} into workflow ${existing}` : `import "${facts.name ?? bundle.manifest.name}" as a new workflow`;
        let requestId;
        // One key for every attempt of this import: Zuora answers a repeat with the first result.
        const key = (0,core_crypto/* randomUUID */.N4)();
        const clock = this.context.clock ?? core_clock/* systemClock */.m;
        const started = clock.now();
        const send = () => this.http.request({
            method: 'POST',
            path: existing ? `/workflows/${encodeURIComponent(existing)}/versions/import` : '/workflows/import',
            query: { version, activate: this.settings.own.activate },
            headers: { 'idempotency-key': key },
            body,
            idempotent: true,
            what,
        }, async (answer) => {
            requestId = zuoraRequestId(answer.headers);
            return parseImport(await readResult(answer, what), what);
        });
        let reply;
        for (;;) {
            try {
                reply = await send();
                break;
            }
            catch (error) {
                if (error instanceof errors/* HttpError */.j$ && error.code === REPLAYED) {
                    requestId = error.requestId;
                    this.context.log.info(`${what}: Zuora answered 409 with the first attempt's result`);
                    reply = parseImport(JSON.parse(error.reply ?? error.detail), what);
                    break;
                }
                if (!(error instanceof errors/* HttpError */.j$ && error.httpStatus === 409 && !mentionsVersionConflict(error.detail))) {
                    throw await this.versions.explainConflict(error, existing, version);
                }
                if (!IN_PROGRESS.test(error.detail)) {
                    // https://developer.zuora.com/docs/guides/error-handling/ says a repeat gets "the original
                    // result back as a 409": then this is the first attempt's refusal; the other reading
                    // (https://developer.zuora.com/docs/guides/idempotent-requests/) is that the first attempt
                    // is still running.
                    throw error.withHint(`Zuora answered every attempt of this import (one Idempotency-Key) with 409: either its refusal of the first attempt, replayed, or that attempt is still running. Look for the ${existing ? `new version of workflow ${existing}` : 'new workflow definition'} in Zuora before ${(0,phrasing/* phrase */.MZ)('rerunning')}.`);
                }
                // Zuora still works on the first attempt (409 for the key). It answers within its request
                // timeout (120 s, see IN_FLIGHT_LIMIT_MS), so the same key is asked again until then, not given up on.
                const waited = clock.now() - started;
                const pause = Math.min(IN_FLIGHT_PAUSE_MS, this.context.deadline.remaining() - 1000);
                if (waited >= IN_FLIGHT_LIMIT_MS || pause <= 0) {
                    throw error.withDetail(`Zuora was still processing the first attempt of this import after ${Math.round(waited / 1000)} s (${error.detail}); it may yet complete`, `Look for the ${existing ? `new version of workflow ${existing}` : 'new workflow definition'} in Zuora before ${(0,phrasing/* phrase */.MZ)('rerunning')}: a new run sends a new Idempotency-Key, so Zuora would import it a second time.`);
                }
                this.context.log.info(`${what}: Zuora is still processing the first attempt (HTTP 409); asking again with the same Idempotency-Key in ${Math.round(pause / 1000)} s`);
                await clock.sleep(pause, this.context.deadline.signal());
            }
        }
        // A version import's reply describes the definition: its top-level fields are not the new version's.
        const imported = existing ? version : (reply.version ?? version ?? facts.version);
        const active = existing && reply.activeVersion ? reply.activeVersion.version === imported : this.settings.own.activate;
        const status = existing ? (active ? (reply.activeVersion?.status ?? 'Active') : 'Inactive') : (reply.status ?? (active ? 'Active' : 'Inactive'));
        const workflowId = existing ?? reply.definitionId;
        this.context.log.info(`${what}: Zuora created version ${imported ?? '(unnamed)'} of workflow ${workflowId}, ${status}${requestId ? ` (Zuora-Request-Id ${requestId})` : ''}`);
        return { workflowId, workflowName: reply.name ?? facts.name, version: imported, platformStatus: status };
    }
    /**
     * `version` empty means the active version
     * (https://developer.zuora.com/v1-api-reference/api/operation/GET_WorkflowExport/). A workflow whose versions are all inactive
     * (a first import is inactive) has none; then the latest is exported, and the log says so.
     */
    async exportWorkflow(staging) {
        const id = this.settings.workflowId;
        const requested = this.settings.own.version;
        if (requested !== undefined && requested !== 'latest' && !isVersion(requested)) {
            throw new errors/* InputError */.dz(input_names/* Input */.pd.Version, `'${requested}' is neither a version number nor 'latest'; leave it empty for the active version`, '0.0.3');
        }
        const file = external_node_path_default().join(staging, WORKFLOW_FILE);
        let version = requested;
        let document;
        try {
            document = await this.download(id, version, file);
        }
        catch (error) {
            if (!(error instanceof errors/* HttpError */.j$ && error.httpStatus === 404 && requested === undefined))
                throw error;
            this.context.log.info(`workflow ${id} has no active version (Zuora answered 404: ${error.detail}); exporting its latest version instead`);
            version = 'latest';
            document = await this.download(id, version, file).catch((second) => {
                throw second instanceof errors/* HttpError */.j$ && second.httpStatus === 404 ? error : second;
            });
        }
        const facts = documentFacts(document);
        const exported = facts.version ?? (version === 'latest' ? undefined : version);
        this.context.log.info(`exported version ${exported ?? version ?? '(active)'} of workflow ${id}`);
        return {
            exported: { name: facts.name ?? id, workflowId: id, version: exported, files: [{ path: WORKFLOW_FILE, role: 'workflow' }] },
            workflowId: id,
            version: exported,
            platformStatus: 'exported',
        };
    }
    /**
     * Dry run: a token is fetched (client credentials) or the given one is tried, and for a version
     * import the existing versions are read, so a version that is not greater fails here and not
     * half-way through a promotion. Nothing is changed.
     */
    async preflight(bundle) {
        const file = (0,core_bundle/* shownPath */.pS)(bundle, 'flowferry.json');
        const report = { checked: [], unchecked: [], findings: [] };
        const error = (rule, message) => report.findings.push({ file, severity: 'error', rule, message });
        const existing = this.settings.workflowId;
        try {
            if (existing) {
                const versions = await this.versions.existing(existing);
                const highest = versions && highestVersion(versions);
                const wanted = this.settings.own.version;
                if (wanted !== undefined && !isVersion(wanted))
                    error('zuora.version', `version '${wanted}' is not a version number such as ${nextVersion(highest)}`);
                else if (wanted !== undefined && highest !== undefined && compareVersions(wanted, highest) <= 0)
                    error('zuora.version', versionConflict(wanted, existing, highest));
                else if (!versions && !wanted)
                    error('zuora.version', `Zuora did not list the versions of workflow ${existing}; set version to the version to create`);
                else if (!versions)
                    report.unchecked.push(`whether version ${wanted} is greater than the versions of workflow ${existing}: Zuora did not list them`);
                else
                    report.checked.push(`the import would create version ${wanted ?? nextVersion(highest)} of workflow ${existing} (highest existing: ${highest ?? 'none'})${this.settings.own.activate ? ' and activate it' : ''}`);
            }
            else {
                this.versions.requested();
                await this.credentials.current();
                await this.http
                    .request({ method: 'GET', path: '/workflows', query: { page: 1, page_length: 1 }, what: 'check the credentials by listing workflows' }, (reply) => (0,client/* readJson */.Vh)(reply, 'list workflows'))
                    .catch((error) => {
                    // Anything but a refusal of the token means the token got past authentication.
                    if (!(error instanceof errors/* HttpError */.j$) || error.httpStatus === 401 || error.httpStatus === 403)
                        throw error;
                    this.context.log.info(`listing workflows answered HTTP ${error.httpStatus}; the credentials were accepted`);
                });
                report.checked.push('the import would create a new workflow definition');
            }
            report.checked.unshift('Zuora accepts the credentials');
        }
        catch (caught) {
            if (!(caught instanceof errors/* HttpError */.j$))
                throw caught;
            if (caught.httpStatus === 401 || caught.httpStatus === 403 || caught.path === '/oauth/token') {
                error('zuora.credentials', `Zuora refused the credentials (HTTP ${caught.httpStatus}: ${caught.detail}); check ${this.credentials.canRefresh ? 'client-id, client-secret' : 'token'} and the OAuth client's Workflow permissions`);
            }
            else if (caught.httpStatus === 404 && existing) {
                error('zuora.target', `Zuora has no workflow ${existing} (HTTP 404); check workflow-id`);
            }
            else
                throw caught;
        }
        return report;
    }
    /** Saves the export into `file`; the document as parsed on the way, when it is small enough to parse. */
    async download(id, version, file) {
        const what = `export ${version ? `version ${version}` : 'the active version'} of workflow ${id}`;
        return this.http.request({ method: 'GET', path: `/workflows/${encodeURIComponent(id)}/export`, query: { version }, what }, async (reply) => {
            const saved = await (0,download/* saveTo */.f)(file)(reply);
            if (saved.bytes > limits/* JSON_PARSE_LIMIT */.jA)
                return undefined;
            const parsed = await (0,json_file/* readJsonFile */.JE)(file);
            if (!parsed)
                throw new http_errors/* MalformedReplyError */._(`${what}: the reply is not a JSON export document (${saved.bytes} bytes)`);
            const value = parsed.value;
            if (isErrorBody(value) && value.success === false)
                throw unsuccessful(reply, value, 'GET');
            return value;
        });
    }
}
/**
 * The import's body, the same bytes on every attempt (the Idempotency-Key promises the same
 * request), and the document as read for its name and version: parsed up to the parse limit; past
 * it, its leading fields only, and the verified file streamed (gzipped) for each attempt, not held.
 */
async function importBody(bundle, file) {
    const shown = (0,core_bundle/* shownPath */.pS)(bundle, WORKFLOW_FILE);
    const { size } = await (0,promises_.stat)(file);
    if (size > limits/* IN_MEMORY_DOCUMENT_LIMIT */.oX) {
        throw new errors/* BundleError */.rJ(`${shown}: ${size} bytes is more than flowferry sends in one Zuora import (${limits/* IN_MEMORY_DOCUMENT_LIMIT */.oX} bytes)`);
    }
    if (size > limits/* JSON_PARSE_LIMIT */.jA) {
        return { body: { kind: 'file', file, size, contentType: 'application/json' }, document: await (0,json_file/* readLeadingFields */.Aj)(file, shown) };
    }
    const data = await (0,plain_file/* readPlainFile */.b$)(file, { shown }, limits/* JSON_PARSE_LIMIT */.jA);
    return { body: { kind: 'bytes', data, contentType: 'application/json' }, document: JSON.parse((0,json_file/* withoutBom */.vA)(data.toString('utf8'))) };
}
/** Marks a 409 whose body is a result, for the import to take as its answer. */
const REPLAYED = 'replayed-result';
function isResultBody(text) {
    try {
        const value = JSON.parse(text);
        return value !== null && typeof value === 'object' && !Array.isArray(value) && !isErrorBody(value);
    }
    catch {
        return false;
    }
}
/** The import's answer; a 200 may still carry the /v1 error shape `{success:false, reasons}`. */
async function readResult(reply, what) {
    const value = await (0,client/* readJson */.Vh)(reply, what);
    if (isErrorBody(value) && value.success === false)
        throw unsuccessful(reply, value, 'POST');
    return value;
}
function unsuccessful(reply, value, method) {
    const known = errorText(JSON.stringify(value));
    return new errors/* HttpError */.j$(reply.status, method, reply.url.pathname, known?.message ?? 'success: false', known?.code, zuoraRequestId(reply.headers) ?? known?.requestId);
}
function zuoraRequestId(headers) {
    const value = headers[facts/* ZUORA_REQUEST_ID */.u];
    return Array.isArray(value) ? value[0] : value;
}

;// CONCATENATED MODULE: ./src/platforms/zuora/index.ts




/** The bundle rules and client for Zuora Workflow, loaded by registry.ts when a step names the platform. */
const platform = {
    ...facts/* zuora */.k,
    rules: zuoraRules,
    connect: (settings, context) => new ZuoraClient(atWorkflowApiRoot(settings, context.log), context),
};


/***/ })

};
