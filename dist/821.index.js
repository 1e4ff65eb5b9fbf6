export const id = 821;
export const ids = [821];
export const modules = {

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

/***/ 47821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diffOperation: () => (/* binding */ diffOperation)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/bundle.ts
var core_bundle = __webpack_require__(33303);
// EXTERNAL MODULE: ./src/core/concurrency.ts
var concurrency = __webpack_require__(88904);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(60484);
// EXTERNAL MODULE: ./src/core/json-depth.ts
var json_depth = __webpack_require__(19033);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(16706);
// EXTERNAL MODULE: ./src/core/untrusted-text.ts
var untrusted_text = __webpack_require__(61037);
;// CONCATENATED MODULE: ./src/core/diff.ts




function diffDocuments(before, after, rules = {}) {
    const ignore = (rules.ignore ?? []).map(compile);
    const matchBy = Object.entries(rules.matchBy ?? {}).map(([pattern, key]) => ({ pattern: compile(pattern), key }));
    const changes = [];
    const walk = (a, b, path) => {
        (0,json_depth/* guardDepth */.RV)(path.length);
        if (ignore.some((pattern) => matches(pattern, path)))
            return;
        if ((0,canonical_json/* isJsonObject */.OW)(a) && (0,canonical_json/* isJsonObject */.OW)(b)) {
            for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
                const child = [...path, key];
                if (!(key in b))
                    record('removed', child, a[key], undefined);
                else if (!(key in a))
                    record('added', child, undefined, b[key]);
                else
                    walk(a[key], b[key], child);
            }
            return;
        }
        if (Array.isArray(a) && Array.isArray(b)) {
            const key = matchBy.find((m) => matches(m.pattern, path))?.key;
            if (key && keyed(a, key) && keyed(b, key)) {
                const left = new Map(a.map((item) => [String(item[key]), item]));
                const right = new Map(b.map((item) => [String(item[key]), item]));
                for (const id of [...new Set([...left.keys(), ...right.keys()])].sort()) {
                    const child = [...path, `[${key}=${id}]`];
                    if (!right.has(id))
                        record('removed', child, left.get(id), undefined);
                    else if (!left.has(id))
                        record('added', child, undefined, right.get(id));
                    else
                        walk(left.get(id), right.get(id), child);
                }
                return;
            }
            for (let i = 0; i < Math.max(a.length, b.length); i++) {
                const child = [...path, `[${i}]`];
                if (i >= b.length)
                    record('removed', child, a[i], undefined);
                else if (i >= a.length)
                    record('added', child, undefined, b[i]);
                else
                    walk(a[i], b[i], child);
            }
            return;
        }
        if (!Object.is(a, b) && !rules.fits?.(b, a))
            record('changed', path, a, b);
    };
    const record = (kind, path, a, b) => {
        if (ignore.some((pattern) => matches(pattern, path)))
            return;
        changes.push({ path: formatPath(path), kind, ...(kind !== 'added' ? { before: a } : {}), ...(kind !== 'removed' ? { after: b } : {}) });
    };
    walk(before, after, []);
    return changes;
}
/** Every element is an object with a unique string or number under `key`. */
function keyed(items, key) {
    const seen = new Set();
    for (const item of items) {
        if (!(0,canonical_json/* isJsonObject */.OW)(item))
            return false;
        const value = item[key];
        if (typeof value !== 'string' && typeof value !== 'number')
            return false;
        if (seen.has(String(value)))
            return false;
        seen.add(String(value));
    }
    return true;
}
function compile(pattern) {
    return pattern.split('.').filter(Boolean);
}
/** Whether a concrete path matches a pattern; `*` is one segment, `**` any number (also none). */
function matches(pattern, path) {
    if (pattern.length === 0)
        return path.length === 0;
    const [head, ...rest] = pattern;
    if (head === '**')
        return rest.length === 0 || path.some((_, i) => matches(rest, path.slice(i))) || matches(rest, []);
    if (path.length === 0)
        return false;
    return (head === '*' || head === path[0]) && matches(rest, path.slice(1));
}
function formatPath(path) {
    if (path.length === 0)
        return '(document)';
    return path.map((segment, i) => (segment.startsWith('[') || i === 0 ? segment : `.${segment}`)).join('');
}
/** A Markdown table of changes, old (live) → new (bundle), values shortened. */
function renderChanges(title, changes, limit = 200) {
    if (changes.length === 0)
        return `**${title}:** no changes`;
    const rows = changes.slice(0, limit).map((change) => {
        const icon = change.kind === 'added' ? '➕' : change.kind === 'removed' ? '➖' : '✏️';
        return `| ${icon} ${change.kind} | ${(0,markdown/* markdownCode */.D9)(change.path, { table: true })} | ${value(change.before, change.kind === 'added')} | ${value(change.after, change.kind === 'removed')} |`;
    });
    const more = changes.length > limit ? [`| … | ${changes.length - limit} more changes | | |`] : [];
    return [`**${(0,markdown/* markdownText */.p7)(title)}** (${changes.length} change${changes.length > 1 ? 's' : ''})`, '', '| | Path | Live | Bundle |', '|---|---|---|---|', ...rows, ...more].join('\n');
}
/** A value from the bundle or the live workflow: masked whole before it is shortened, then inline code. */
function value(v, absent) {
    if (absent)
        return '—';
    return (0,markdown/* markdownCode */.D9)((0,untrusted_text/* untrustedValue */.cW)(v, 80), { table: true });
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/fs.ts
var fs = __webpack_require__(78616);
// EXTERNAL MODULE: ./src/core/json-file.ts
var json_file = __webpack_require__(59656);
// EXTERNAL MODULE: ./src/core/placeholders.ts
var placeholders = __webpack_require__(73593);
// EXTERNAL MODULE: ./src/core/zip.ts
var core_zip = __webpack_require__(71732);
;// CONCATENATED MODULE: ./src/core/file-diff.ts








/**
 * Compares one role's file as exported live with the bundle's: JSON semantically (after the
 * role's normalisation, minus its volatile paths; a placeholder in the bundle matches the live
 * value it stands for), a zip by its entries (name, size, CRC — not timestamps), anything else
 * by checksum.
 */
async function compareFiles(live, bundled, rule) {
    const rules = { ignore: rule?.diff?.ignore ?? [], matchBy: rule?.diff?.matchBy, fits: placeholders/* fitsTemplate */.Z5 };
    if ((await (0,core_zip/* isZipFile */.G5)(live)) && (await (0,core_zip/* isZipFile */.G5)(bundled)))
        return compareZips(live, bundled, rules.ignore);
    const [a, b] = await Promise.all([(0,json_file/* readJsonFile */.JE)(live), (0,json_file/* readJsonFile */.JE)(bundled)]);
    if (a !== undefined && b !== undefined) {
        const normalize = rule?.diff?.normalize ?? ((document) => document);
        return diffDocuments(normalize(a.value), normalize(b.value), rules);
    }
    const [da, db] = await Promise.all([(0,fs/* digestFile */.TM)(live), (0,fs/* digestFile */.TM)(bundled)]);
    return da.sha256 === db.sha256 ? [] : [{ path: '(file)', kind: 'changed', before: `sha256 ${da.sha256.slice(0, 12)}…`, after: `sha256 ${db.sha256.slice(0, 12)}…` }];
}
/** Entries bigger than this are compared by size and CRC only, never read to compare their JSON. */
const JSON_ENTRY_LIMIT = 8 * 1024 * 1024;
/**
 * Two zips entry by entry: an entry is the same when its CRC is. An entry that differs and holds
 * JSON on both sides is compared by its content instead (`<entry>.content.<path>`), so a changed
 * value inside a packaged document shows as that value, not as a new checksum.
 */
async function compareZips(live, bundled, ignore) {
    // The same rule as unpacking (core/zip.ts): no unsafe, duplicate or linked entry, no bomb, so
    // which copy of a name is compared never depends on the order, and nothing odd reaches yauzl.
    for (const file of [bundled, live]) {
        const { findings } = await (0,core_zip/* inspectZip */.wo)(file);
        if (findings.length > 0)
            throw new errors/* BundleError */.rJ(`${(0,fs/* displayPath */.Gt)(file)}: refused to compare: ${findings.map((f) => f.message).join('; ')}`, findings);
    }
    const [a, b] = await Promise.all([zipEntries(live), zipEntries(bundled)]);
    const before = { ...a };
    const after = { ...b };
    for (const [name, entry] of Object.entries(a)) {
        const other = b[name];
        if (!other || other.crc32 === entry.crc32 || entry.size > JSON_ENTRY_LIMIT || other.size > JSON_ENTRY_LIMIT)
            continue;
        const [x, y] = await Promise.all([jsonEntry(live, name), jsonEntry(bundled, name)]);
        if (x === undefined || y === undefined)
            continue;
        before[name] = { content: x.value };
        after[name] = { content: y.value };
    }
    return diffDocuments(before, after, { ignore });
}
/** One entry's content parsed as JSON, or undefined when it is not JSON. */
async function jsonEntry(file, name) {
    const zip = await yauzl.openPromise(file, { decodeStrings: true });
    try {
        let entry = await (0,core_zip/* nextEntry */.oP)(zip);
        while (entry && entry.fileName !== name)
            entry = await (0,core_zip/* nextEntry */.oP)(zip);
        if (!entry)
            return undefined;
        const chunks = [];
        for await (const chunk of await zip.openReadStreamPromise(entry))
            chunks.push(chunk);
        const text = Buffer.concat(chunks).toString('utf8');
        // Nested past core's limit: compared by CRC, never walked (core/json-text.ts).
        if ((0,json_depth/* tooDeep */.DI)(text) !== undefined)
            return undefined;
        return { value: JSON.parse(text) };
    }
    catch {
        return undefined;
    }
    finally {
        zip.close();
    }
}
/** `{ "<entry name>": { size, crc32 } }`: what a zip holds, without what changes on every export. */
async function zipEntries(file) {
    const zip = await yauzl.openPromise(file, { decodeStrings: true });
    const entries = {};
    try {
        await new Promise((resolve, reject) => {
            zip.on('entry', (entry) => {
                if (!entry.fileName.endsWith('/'))
                    entries[entry.fileName] = { size: entry.uncompressedSize, crc32: entry.crc32.toString(16).padStart(8, '0') };
                zip.readEntry();
            });
            zip.on('end', resolve);
            zip.on('error', reject);
            zip.readEntry();
        });
    }
    finally {
        zip.close();
    }
    return entries;
}

// EXTERNAL MODULE: ./src/input-names.ts
var input_names = __webpack_require__(74098);
// EXTERNAL MODULE: ./src/operations/context.ts
var operations_context = __webpack_require__(61137);
// EXTERNAL MODULE: ./src/operations/bundles.ts
var bundles = __webpack_require__(63087);
// EXTERNAL MODULE: ./src/operations/export.ts + 1 modules
var operations_export = __webpack_require__(90568);
// EXTERNAL MODULE: ./src/operations/result.ts
var operations_result = __webpack_require__(94649);
;// CONCATENATED MODULE: ./src/operations/diff.ts














/**
 * `operation: diff`: exports the live workflow (`workflow-id`) into a temporary directory and
 * compares it with the bundle, file by file and role by role, semantically: key order,
 * formatting and each platform's volatile fields do not count. `changed` says whether anything
 * differs; the summary shows what, old (live) → new (bundle); `fail-on-drift` fails the step.
 */
async function diffOperation(context) {
    const locations = await (0,bundles/* locateBundles */.q_)(context.settings.path);
    return (0,concurrency/* mapLimit */.sf)(locations, context.settings.concurrency, (location) => diffOne(context, location));
}
async function diffOne(outer, location) {
    const { platform, settings, log } = outer;
    const result = (0,operations_result/* newResult */.YT)(platform.name, 'diff', { workflowId: settings.workflowId, path: (0,fs/* displayPath */.Gt)(location) });
    return (0,operations_result/* settle */.G9)(result, outer.clock, async (cleanup) => {
        const bundle = await (0,bundles/* openBundle */.hk)(location, outer, cleanup);
        result.path = bundle.location;
        result.workflowName = bundle.manifest.name;
        const context = (0,operations_context/* withSettings */.G)(outer, { workflowId: liveWorkflowId(outer, bundle) });
        result.workflowId = context.settings.workflowId;
        const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'flowferry-live-'));
        cleanup.push(staging);
        const live = await (0,operations_export.exportLive)(context, staging, result, { wait: true });
        if (!live)
            throw new Error('the export of the live workflow did not finish');
        const sections = [];
        const changes = [];
        const files = [];
        const roles = new Set([...bundle.manifest.files.map((file) => file.role), ...live.exported.files.map((file) => file.role)]);
        for (const role of roles) {
            const rule = platform.rules.roles.find((r) => r.role === role);
            const bundled = (0,core_bundle/* fileOf */.W7)(bundle, role);
            const liveFile = live.exported.files.find((file) => file.role === role);
            const name = bundle.manifest.files.find((file) => file.role === role)?.path ?? liveFile?.path ?? role;
            let fileChanges;
            if (!bundled)
                fileChanges = [{ path: '(file)', kind: 'removed', before: liveFile?.path }];
            else if (!liveFile)
                fileChanges = [{ path: '(file)', kind: 'added', after: name }];
            else
                fileChanges = await compareFiles(external_node_path_default().join(staging, ...liveFile.path.split('/')), bundled, rule);
            changes.push(...fileChanges);
            if (fileChanges.length > 0) {
                sections.push(renderChanges(`${name}`, fileChanges));
                files.push({ file: name, total: fileChanges.length, changes: fileChanges.slice(0, 200) });
            }
        }
        if (files.length > 0)
            result.diffFiles = files;
        result.changed = changes.length > 0;
        result.diff = sections.length > 0 ? sections.join('\n\n') : `No changes: the live workflow matches ${(0,fs/* displayPath */.Gt)(bundle.dir)}.`;
        log.info(result.changed
            ? `${bundle.location}: ${changes.length} change(s) against the live workflow ${result.workflowId}:\n${changes
                .slice(0, 50)
                .map((c) => `  ${c.kind} ${c.path}`)
                .join('\n')}${changes.length > 50 ? `\n  … and ${changes.length - 50} more (the job summary shows up to 200 per file)` : ''}`
            : `${bundle.location}: no changes against the live workflow ${result.workflowId}`);
        if (result.changed && settings.failOnDrift) {
            result.status = 'failed';
            result.message = `${bundle.location}: the live workflow ${result.workflowId} differs from the bundle in ${changes.length} place(s)`;
            result.hint = 'The summary lists each change. Import the bundle, or export the live workflow into the bundle, to bring them together.';
        }
    });
}
/**
 * The live workflow to compare with: `workflow-id` when given; else the workflow the bundle was
 * exported from, when it was exported from this same environment (its manifest's origin is the
 * `base-url` origin). An id from another environment would name some other workflow, or none.
 */
function liveWorkflowId(context, bundle) {
    const { settings } = context;
    if (settings.workflowId || settings.workflowName)
        return settings.workflowId;
    const source = bundle.manifest.source;
    if (source?.workflowId && source.origin === settings.baseUrl?.origin)
        return source.workflowId;
    throw new errors/* InputError */.dz(input_names/* Input */.pd.WorkflowId, source?.origin
        ? `diff needs the live workflow's id: ${bundle.location} was exported from ${source.origin}, not from ${settings.baseUrl?.origin}, so its id does not apply here`
        : `diff needs the live workflow's id, and ${bundle.location} does not record where it was exported from`, source?.workflowId ?? 'a-1234abcd');
}


/***/ })

};
