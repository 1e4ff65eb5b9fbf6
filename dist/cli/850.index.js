export const id = 850;
export const ids = [850];
export const modules = {

/***/ 88904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d8: () => (/* binding */ mapLimitAhead),
/* harmony export */   hF: () => (/* binding */ eachLimit),
/* harmony export */   sf: () => (/* binding */ mapLimit)
/* harmony export */ });
/**
 * Runs `fn` over `items` with at most `limit` in flight, keeping the results in input order.
 * Each call is expected to turn its own failures into a result; a throw still stops nothing else.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
/**
 * Runs `fn(0)` … `fn(count - 1)` with at most `limit` in flight, for parts of one task (the chunks
 * of an upload): the first failure starts nothing more, waits for the calls already running, and
 * is thrown; a task half done is a failed task.
 */
async function eachLimit(count, limit, fn) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (next < count && !failure) {
            const index = next++;
            try {
                await fn(index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker));
    if (failure)
        throw failure.error;
}
/**
 * `mapLimit` for calls in two stages: `prepare` (local work: reading and checking a bundle), then
 * `run` (the platform's part), at most `limit` items in `run` at once. A call whose `run` starts
 * waiting on something that needs no CPU here (a platform job) calls `idle()`, and the next item's
 * `prepare` starts then: its local work is done during that wait instead of after it. Without
 * this, the items of a batch stay in step (they start together and their jobs take as long), so
 * each round paid the local work of all `limit` items one after another on the one JavaScript
 * thread, between a job's end and the next upload. Each `run` prepares at most one item ahead, so
 * no more than `limit` items are ever prepared and waiting. `prepare` is expected to turn its own
 * failures into a value, as `fn` of `mapLimit` does.
 */
async function mapLimitAhead(items, limit, prepare, run) {
    const results = new Array(items.length);
    const ahead = new Map();
    let next = 0;
    /** Items before this one have had `prepare` started. */
    let preparedUpTo = 0;
    const start = (index) => {
        preparedUpTo = Math.max(preparedUpTo, index + 1);
        return prepare(items[index], index);
    };
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            const prepared = ahead.get(index) ?? start(index);
            ahead.delete(index);
            let gave = false;
            const idle = () => {
                if (gave)
                    return;
                gave = true;
                const upcoming = Math.max(preparedUpTo, next);
                if (upcoming >= items.length || ahead.size >= limit)
                    return;
                const early = start(upcoming);
                // Awaited when its turn comes; until then a failure must not count as unhandled.
                early.catch(() => undefined);
                ahead.set(upcoming, early);
            };
            results[index] = await run(await prepared, items[index], index, idle);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 63087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jp: () => (/* binding */ checkBundle),
/* harmony export */   hk: () => (/* binding */ openBundle),
/* harmony export */   q_: () => (/* binding */ locateBundles),
/* harmony export */   wy: () => (/* binding */ openCheckedBundle)
/* harmony export */ });
/* unused harmony export GLOB_LIMIT */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33303);
/* harmony import */ var _core_bundle_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88903);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _core_fs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78616);
/* harmony import */ var _core_memory_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11360);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56107);
/* harmony import */ var _core_plain_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(19130);
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(74098);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(82758);












const PLATFORM_FILE = /\.(zip|json)$/i;
/**
 * How many paths a glob may match, and how many bundles it may name: a batch is a directory of
 * bundles, not the whole workspace (`**` over node_modules), and every bundle becomes a row
 * of the summary and an entry of the `result` output.
 */
const GLOB_LIMIT = { matches: 10_000, bundles: 1_000 };
/**
 * The bundles `path` names. A plain path is used as it is. A glob keeps, among its matches,
 * directories holding a flowferry.json, flowferry.json files (their directory), and .zip/.json
 * platform files that are not inside one of those bundles; anything else it matches is ignored.
 * Every path must resolve inside the workspace (core/paths.ts): a match that leads out of it,
 * through `..` or a symbolic link, fails the step rather than being read.
 */
async function locateBundles(pattern) {
    if (!(0,_glob_js__WEBPACK_IMPORTED_MODULE_11__/* .isGlob */ .f)(pattern))
        return [await (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .confineInput */ .HN)(pattern, _input_names_js__WEBPACK_IMPORTED_MODULE_10__/* .Input */ .pd.Path)];
    // fs.promises.glob came with Node 22; the CLI may be started by an older Node despite `engines`.
    if (typeof node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob !== 'function') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(_input_names_js__WEBPACK_IMPORTED_MODULE_10__/* .Input */ .pd.Path, `'${pattern}' is a glob, and globs need Node.js 22 or later (this is ${process.version}): upgrade Node, or name one bundle per step`, 'bundles/invoice-triage');
    }
    const cwd = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .workspaceRoot */ .oS)();
    const bundles = new Set();
    const files = [];
    let matches = 0;
    for await (const match of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(pattern, { cwd })) {
        if (++matches > GLOB_LIMIT.matches) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(_input_names_js__WEBPACK_IMPORTED_MODULE_10__/* .Input */ .pd.Path, `'${pattern}' matches more than ${GLOB_LIMIT.matches} paths; narrow it to the bundles' directory`, 'bundles/*/');
        }
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, match);
        await (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .confineExisting */ .KT)(absolute, { shown: match, input: _input_names_js__WEBPACK_IMPORTED_MODULE_10__/* .Input */ .pd.Path });
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).catch(() => undefined);
        if (!info)
            continue;
        if (info.isDirectory()) {
            if (await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .exists */ .t2)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absolute, _core_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0)))
                bundles.add(absolute);
        }
        else if (node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(absolute) === _core_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0) {
            bundles.add(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(absolute));
        }
        else if (PLATFORM_FILE.test(absolute)) {
            files.push(absolute);
        }
    }
    const inside = (file) => [...bundles].some((dir) => file.startsWith(dir + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)));
    const found = [...bundles, ...files.filter((file) => !inside(file))].sort();
    if (found.length > GLOB_LIMIT.bundles) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(_input_names_js__WEBPACK_IMPORTED_MODULE_10__/* .Input */ .pd.Path, `'${pattern}' names ${found.length} bundles, more than the ${GLOB_LIMIT.bundles} one step takes; split them over several steps`, 'bundles/team-a/*/');
    }
    if (found.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(_input_names_js__WEBPACK_IMPORTED_MODULE_10__/* .Input */ .pd.Path, `'${pattern}' matches no bundle directory (with ${_core_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0}) and no .zip or .json platform file`, 'bundles/*/');
    }
    return found;
}
/**
 * Opens one bundle: a directory with a manifest is read and its checksums verified; a platform
 * file or directory without one is adopted (copied or unpacked into a temporary directory that
 * `cleanup` removes at the end of the run).
 */
async function openBundle(location, context, cleanup) {
    const { platform, settings } = context;
    if (!(await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .exists */ .t2)(location))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(_input_names_js__WEBPACK_IMPORTED_MODULE_10__/* .Input */ .pd.Path, `'${(0,_core_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPath */ .Gt)(location)}' does not exist`, 'flowferry-export');
    }
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(location);
    if (info.isDirectory() && (await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .exists */ .t2)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(location, _core_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0))))
        return (0,_core_bundle_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readBundle */ .Bo)(location, platform.name);
    // A platform file is read as it is: it must be the file itself (no link, no FIFO), like a bundle's files.
    if (!info.isDirectory())
        await (0,_core_plain_file_js__WEBPACK_IMPORTED_MODULE_9__/* .checkPlainFile */ .lN)(location, { shown: (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPath */ .Gt)(location), input: _input_names_js__WEBPACK_IMPORTED_MODULE_10__/* .Input */ .pd.Path });
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'flowferry-adopt-'));
    cleanup.push(dir);
    const adopted = await platform.rules.adopt(location, dir, { log: context.log, settings });
    context.log.info(`${(0,_core_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPath */ .Gt)(location)} has no ${_core_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0}; read it as a ${platform.title} export`);
    return (0,_core_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .adoptFiles */ .gv)(dir, platform.name, settings.workflowName ?? adopted.name, adopted.files, (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPath */ .Gt)(location));
}
/** The platform's offline checks; errors make the bundle unusable, warnings are reported. */
async function checkBundle(bundle, context) {
    const findings = (await context.platform.rules.check?.(bundle, { log: context.log, settings: context.settings })) ?? [];
    // The documents the checks parsed are garbage now: the upload that follows starts without them.
    (0,_core_memory_js__WEBPACK_IMPORTED_MODULE_7__/* .releaseGarbage */ .FS)();
    return findings;
}
/** Opens and checks a bundle, throwing a BundleError with every error finding when it is unusable. */
async function openCheckedBundle(location, context, cleanup) {
    const bundle = await openBundle(location, context, cleanup);
    const findings = await checkBundle(bundle, context);
    const errors = findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .BundleError */ .rJ(`${bundle.location}: ${errors.length} problem${errors.length > 1 ? 's' : ''} found before sending anything: ${errors.map((f) => f.message).join('; ')}`, findings);
    }
    return { bundle, findings };
}


/***/ }),

/***/ 61137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ withSettings)
/* harmony export */ });
/** The same run, for one bundle whose settings differ (diff against the workflow its manifest names). */
function withSettings(context, overrides) {
    const settings = { ...context.settings, ...overrides };
    let client;
    return {
        ...context,
        settings,
        client: () => (client ??= context.platform.connect(settings, { log: context.log, deadline: context.deadline, clock: context.clock, idToken: context.idToken })),
    };
}


/***/ }),

/***/ 51850:
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
// EXTERNAL MODULE: ./src/core/untrusted-text.ts
var untrusted_text = __webpack_require__(61037);
;// CONCATENATED MODULE: ./src/core/markdown.ts

/**
 * Text from outside (a platform's message, a workflow name, a bundle's file name, a finding)
 * placed into GitHub-flavoured Markdown — the job summary, a pull-request comment — must show as
 * the text it is: no HTML, no links or images, no emphasis, headings or table breaks of its
 * own, no @mention that notifies someone. (GitHub sanitises the HTML it renders, but still
 * renders images, links and details; the job summary is shown to everyone who can read the run.)
 * https://github.github.com/gfm/ · https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#adding-a-job-summary
 */
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/**
 * Running text: secrets masked and foreign URLs without their query first (escaping would change
 * their spelling), then one line with visible escapes, HTML characters as entities, and the
 * Markdown punctuation that can start something inline backslash-escaped: code, emphasis,
 * strikethrough, math, links and images (`[`; `(` and `!` mean nothing without it), a heading,
 * a table cell (`\|`); CommonMark allows a backslash before any ASCII punctuation. Last, a
 * zero-width space (`&#8203;`, invisible when rendered) after `@`, after the `:` of `://` and
 * after `www.`, so that neither an autolink nor an @mention forms.
 */
function markdownText(text) {
    return (0,untrusted_text/* oneLine */.TN)((0,untrusted_text/* shown */.SP)(text))
        .replace(/[&<>"]/g, (c) => HTML[c])
        .replace(/[\\`*_[\]#|~$]/g, '\\$&')
        .replace(/@/g, '@&#8203;')
        .replace(/:\/\//g, ':&#8203;//')
        .replace(/\b(www)\./gi, '$1.&#8203;');
}
/**
 * A value as inline code (an id, a path, a file name): the fence is longer than any run of
 * backticks inside, as CommonMark requires, and nothing inside is interpreted. In a table cell,
 * `|` must still be escaped (GFM splits cells before it reads code spans).
 */
function markdownCode(text, options = {}) {
    let body = (0,untrusted_text/* oneLine */.TN)((0,untrusted_text/* shown */.SP)(text));
    if (body === '')
        return '';
    if (options.table)
        body = body.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // A leading or trailing backtick (or space) needs a space between it and the fence.
    const pad = /^[` ]|[` ]$/.test(body) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * Lines shown as they are, in a fenced block (a multi-line hint): the fence is longer than any
 * run of backticks inside, so the text cannot close it; each line is made printable on its own.
 */
function markdownBlock(text, language = '') {
    const lines = shown(text).split(/\r?\n/).map(oneLine);
    const longest = Math.max(2, ...lines.flatMap((line) => line.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return [`${fence}${language}`, ...lines, fence].join('\n');
}
/** A link only to an http(s) URL, its text escaped; anything else is shown as text. */
function markdownLink(text, url) {
    if (!url)
        return markdownText(text);
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return markdownText(text);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return markdownText(text);
    return `[${markdownText(text)}](<${parsed.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

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
        return `| ${icon} ${change.kind} | ${markdownCode(change.path, { table: true })} | ${value(change.before, change.kind === 'added')} | ${value(change.after, change.kind === 'removed')} |`;
    });
    const more = changes.length > limit ? [`| … | ${changes.length - limit} more changes | | |`] : [];
    return [`**${markdownText(title)}** (${changes.length} change${changes.length > 1 ? 's' : ''})`, '', '| | Path | Live | Bundle |', '|---|---|---|---|', ...rows, ...more].join('\n');
}
/** A value from the bundle or the live workflow: masked whole before it is shortened, then inline code. */
function value(v, absent) {
    if (absent)
        return '—';
    return markdownCode((0,untrusted_text/* untrustedValue */.cW)(v, 80), { table: true });
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
