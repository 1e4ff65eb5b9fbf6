export const id = 288;
export const ids = [288];
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

/***/ 60484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ canonicalPieces),
/* harmony export */   OW: () => (/* binding */ isJsonObject),
/* harmony export */   dj: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* unused harmony export sortKeys */
/* harmony import */ var _json_depth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19033);

/**
 * JSON as flowferry writes it into bundles: keys sorted, two-space indent, a final newline. Two
 * exports of the same workflow then give the same bytes, and a change shows in git as the lines
 * that changed rather than a reshuffled file.
 */
function canonicalJson(value) {
    return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
function sortKeys(value, depth = 0) {
    (0,_json_depth_js__WEBPACK_IMPORTED_MODULE_0__/* .guardDepth */ .RV)(depth);
    if (Array.isArray(value))
        return value.map((item) => sortKeys(item, depth + 1));
    if (value !== null && typeof value === 'object') {
        const sorted = {};
        for (const key of Object.keys(value).sort())
            sorted[key] = sortKeys(value[key], depth + 1);
        return sorted;
    }
    return value;
}
/** A JSON value that is an object (not an array or null). */
function isJsonObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/**
 * `canonicalJson(value)` as pieces of about `chunk` characters, built without a sorted copy of the
 * document and without the whole text at once: a 16 MiB document is written with a few hundred
 * kilobytes beside the parsed value. The bytes are JSON.stringify's with two-space indentation,
 * keys in the order `canonicalJson` gives them (array-index keys first, ascending, as JavaScript
 * enumerates them, then the others sorted). It walks with a stack of its own, not by recursion.
 */
function* canonicalPieces(value, chunk = 64 * 1024) {
    const stack = [];
    let out = '';
    // A value's text, or the opening of its container (whose frame is pushed).
    const open = (node, indent) => {
        (0,_json_depth_js__WEBPACK_IMPORTED_MODULE_0__/* .guardDepth */ .RV)(stack.length);
        if (Array.isArray(node)) {
            if (node.length === 0)
                return '[]';
            stack.push({ indent, items: node, next: 0 });
            return '[';
        }
        if (node !== null && typeof node === 'object') {
            const object = node;
            const keys = canonicalKeys(object);
            if (keys.length === 0)
                return '{}';
            stack.push({ indent, object, keys, next: 0 });
            return '{';
        }
        return serializable(node) ? JSON.stringify(node) : 'null';
    };
    out += open(value, '');
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const length = frame.keys ? frame.keys.length : frame.items.length;
        if (frame.next < length) {
            const inner = `${frame.indent}  `;
            const i = frame.next++;
            if (frame.keys) {
                const key = frame.keys[i];
                out += `${i === 0 ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: ${open(frame.object[key], inner)}`;
            }
            else {
                out += `${i === 0 ? '\n' : ',\n'}${inner}${open(frame.items[i], inner)}`;
            }
        }
        else {
            stack.pop();
            out += `\n${frame.indent}${frame.keys ? '}' : ']'}`;
        }
        if (out.length >= chunk) {
            yield out;
            out = '';
        }
    }
    yield `${out}\n`;
}
/** Whether JSON.stringify writes a value (an object's property it would skip: undefined, a function, a symbol). */
function serializable(value) {
    return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
/** An array index as ECMAScript defines it (a canonical integer below 2^32 - 1), which objects enumerate first. */
function isArrayIndex(key) {
    const first = key.charCodeAt(0);
    return first >= 48 && first <= 57 && /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4_294_967_295;
}
/**
 * The order in which `canonicalJson` writes an object's keys, and only those it writes. Object.keys
 * lists array-index keys first and ascending already (ECMAScript's OrdinaryOwnPropertyKeys:
 * https://tc39.es/ecma262/#sec-ordinaryownpropertykeys); the other keys are sorted.
 */
function canonicalKeys(object) {
    const indexes = [];
    const names = [];
    for (const key of Object.keys(object)) {
        if (serializable(object[key]))
            (isArrayIndex(key) ? indexes : names).push(key);
    }
    names.sort();
    return indexes.length === 0 ? names : indexes.concat(names);
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


/***/ })

};
