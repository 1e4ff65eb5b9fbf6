export const id = 681;
export const ids = [681];
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

/***/ 54681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importOperation: () => (/* binding */ importOperation)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/concurrency.ts
var concurrency = __webpack_require__(88904);
// EXTERNAL MODULE: ./src/core/fs.ts
var fs = __webpack_require__(78616);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(56107);
// EXTERNAL MODULE: ./src/core/artifact-name.ts
var artifact_name = __webpack_require__(70761);
// EXTERNAL MODULE: ./src/operations/context.ts
var operations_context = __webpack_require__(61137);
// EXTERNAL MODULE: ./src/operations/export.ts + 1 modules
var operations_export = __webpack_require__(90568);
// EXTERNAL MODULE: ./src/operations/result.ts
var operations_result = __webpack_require__(94649);
;// CONCATENATED MODULE: ./src/operations/backup.ts








/**
 * `backup: true`: before an import replaces something, export what it replaces and keep it as
 * its own artifact (and under flowferry-backup/ in the workspace), so the change can be rolled
 * back by importing that bundle. A platform says what an import would replace
 * (`PlatformClient.replaces`); by default it is the workflow `workflow-id` names.
 */
async function backUp(context, bundle, result) {
    const client = context.client();
    const target = client.replaces ? await client.replaces(bundle) : context.settings.workflowId;
    if (!target) {
        context.log.info('backup: this import creates a new workflow and replaces nothing, so there is nothing to back up');
        result.notes = [...(result.notes ?? []), 'backup: nothing replaced, nothing backed up'];
        return;
    }
    const stamp = new Date(context.clock.now()).toISOString().replace(/[:.]/g, '-');
    const name = (0,artifact_name/* defaultArtifactName */.V)(`backup-${context.platform.name}`, `${target}-${stamp}`);
    // The workflow as it is now: its active version, not the version this import will create.
    const own = context.platform.liveExport?.(context.settings.own) ?? context.settings.own;
    const scoped = (0,operations_context/* withSettings */.G)(context, { workflowId: target, own, artifactName: name, uploadArtifact: true });
    const backup = (0,operations_result/* newResult */.YT)(context.platform.name, 'export', { workflowId: target });
    const directory = await (0,paths/* exportTarget */.cO)(external_node_path_default().posix.join('flowferry-backup', name));
    const staging = await (0,fs/* stagingDirFor */.UN)(directory);
    try {
        await context.log.group(`Back up workflow ${target} before the import`, async () => {
            const live = await (0,operations_export.exportLive)(scoped, staging, backup, { wait: true });
            if (!live)
                throw new Error(`the backup export of ${target} did not finish`);
            await (0,operations_export.finishExport)(scoped, backup, live.exported, staging, directory, live.job);
        });
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
    result.backupArtifactId = backup.artifactId;
    const where = backup.artifactId ? `artifact ${name} (id ${backup.artifactId})` : backup.path;
    result.notes = [
        ...(result.notes ?? []),
        `backup of ${target} taken before the import: ${where}. To roll back, ${context.platform.rollback?.(target) ?? `import that bundle into ${target} (workflow-id: ${target})`}.`,
    ];
}

// EXTERNAL MODULE: ./src/core/untrusted-text.ts
var untrusted_text = __webpack_require__(61037);
;// CONCATENATED MODULE: ./src/operations/dry-run.ts

/**
 * `dry-run: true`: the bundle has been read and checked; now the platform checks the target
 * without changing it (credentials, folder, name, version) and says what it could not check.
 * Nothing is imported.
 */
async function dryRun(context, bundle, result) {
    const { platform, log } = context;
    const client = context.client();
    const preflight = client.preflight
        ? await log.group(`Check the target in ${platform.title} (dry run)`, () => client.preflight(bundle))
        : { checked: [], unchecked: [`anything about the target: flowferry has no dry run for ${platform.title}`], findings: [] };
    // The clauses quote names from the bundle and ids from replies: one line each, masked, at the entrance.
    const clause = (text) => (0,untrusted_text/* untrustedText */.Ui)(text, 600);
    const verdict = {
        checked: [`the bundle: manifest, checksums and ${platform.title}'s rules`, ...preflight.checked].map(clause),
        // No platform offers a check of a workflow's content short of importing it.
        unchecked: [...preflight.unchecked, `whether ${platform.title} accepts the workflow's content: only the import itself checks it`].map(clause),
    };
    result.dryRun = verdict;
    result.findings = [...(result.findings ?? []), ...preflight.findings];
    const errors = preflight.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message);
    result.status = errors.length > 0 ? 'failed' : 'skipped';
    result.message = dryRunHeadline(verdict, errors);
    for (const line of dryRunLines(verdict))
        log.info(line);
    if (errors.length === 0)
        log.info(result.message);
}
/**
 * The one-line verdict: the failure when a check failed, else exactly what was checked and what
 * was not. E.g. "dry run, nothing imported: checked the bundle: …; Kore.ai accepts the API key —
 * not checked: whether the name "Invoice triage" is free: Kore.ai has no API that lists workflows, …".
 */
function dryRunHeadline(verdict, errors = []) {
    if (errors.length > 0)
        return `dry run: the import would fail: ${errors.join('; ')}`;
    const checked = verdict.checked.length > 0 ? `checked ${verdict.checked.join('; ')}` : 'nothing could be checked';
    const unchecked = verdict.unchecked.length > 0 ? ` — not checked: ${verdict.unchecked.join('; ')}` : '';
    return `dry run, nothing imported: ${checked}${unchecked}`;
}
/** The verdict as lines, for the log. */
function dryRunLines(verdict) {
    return [...verdict.checked.map((line) => `checked: ${line}`), ...verdict.unchecked.map((line) => `not checked: ${line}`)];
}

// EXTERNAL MODULE: ./src/operations/bundles.ts
var bundles = __webpack_require__(63087);
// EXTERNAL MODULE: ./src/operations/job.ts + 3 modules
var job = __webpack_require__(66114);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/core/bundle.ts
var core_bundle = __webpack_require__(33303);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/hashed-write.ts
var hashed_write = __webpack_require__(31724);
// EXTERNAL MODULE: ./src/core/json-edit.ts
var json_edit = __webpack_require__(99242);
// EXTERNAL MODULE: ./src/core/json-walk.ts
var json_walk = __webpack_require__(33603);
// EXTERNAL MODULE: ./src/core/json-text.ts
var json_text = __webpack_require__(5737);
// EXTERNAL MODULE: ./src/core/placeholders.ts
var placeholders = __webpack_require__(73593);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(36419);
// EXTERNAL MODULE: ./src/core/plain-file.ts
var plain_file = __webpack_require__(19130);
// EXTERNAL MODULE: ./src/core/secrets.ts + 1 modules
var secrets = __webpack_require__(58010);
// EXTERNAL MODULE: ./src/core/zip.ts
var zip = __webpack_require__(71732);
// EXTERNAL MODULE: ./src/input-names.ts
var input_names = __webpack_require__(74098);
;// CONCATENATED MODULE: ./src/operations/vars-text.ts








const EXAMPLE = 'environments/production.yml';
/**
 * The text of `vars-file`, held to the rules of every file flowferry reads: inside the workspace
 * (core/paths.ts), a plain file, not a link, FIFO or folder (core/plain-file.ts), within the size
 * limit, UTF-8 (a byte order mark allowed), and nested no deeper than MAX_VARS_DEPTH flow
 * collections, below where the YAML parser would run out of stack (core/limits.ts). Every
 * refusal is an InputError naming the file as given.
 */
async function readVarsText(file) {
    const absolute = await (0,paths/* confineInput */.HN)(file, input_names/* Input */.pd.VarsFile);
    if (!(await (0,fs/* exists */.t2)(absolute)))
        throw new errors/* InputError */.dz(input_names/* Input */.pd.VarsFile, `'${file}' does not exist`, EXAMPLE);
    const bytes = await (0,plain_file/* readPlainFileUpTo */.$p)(absolute, { shown: file, input: input_names/* Input */.pd.VarsFile }, limits/* MAX_VARS_FILE_BYTES */.Lo);
    if (bytes === undefined) {
        const { size } = await (0,promises_.stat)(absolute);
        throw new errors/* InputError */.dz(input_names/* Input */.pd.VarsFile, `'${file}' is ${size} bytes, more than the ${limits/* MAX_VARS_FILE_BYTES */.Lo} a vars-file may have`, EXAMPLE);
    }
    const decoded = (0,json_text/* decodeUtf8 */._6)(bytes);
    const problem = 'problem' in decoded ? decoded.problem : (0,json_text/* depthProblem */.hE)(decoded.text, limits/* MAX_VARS_DEPTH */.C5);
    if (problem) {
        const where = problem.line === undefined ? '' : ` (line ${problem.line})`;
        throw new errors/* InputError */.dz(input_names/* Input */.pd.VarsFile, `'${file}' ${problem.message}${where}`).withHint(problem.rule === 'json.encoding' ? 'Save the vars-file as UTF-8.' : 'Placeholder values are plain values or small objects; flatten the nesting.');
    }
    return 'text' in decoded ? decoded.text : '';
}

;// CONCATENATED MODULE: ./src/operations/vars-file.ts




/** Limits for a vars-file: per-environment values are a page of settings, not a data set. */
const VARS_FILE_LIMIT = { bytes: limits/* MAX_VARS_FILE_BYTES */.Lo, entries: 10_000 };
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const vars_file_EXAMPLE = 'environments/production.yml';
/**
 * The values of a vars-file (YAML, or JSON, which is YAML): a mapping of placeholder names to
 * values, within VARS_FILE_LIMIT. Every problem is an InputError naming the file.
 *
 * The yaml library's duplicate-key check compares every key with every other (10,000 keys: 3 s;
 * 20,000: 14 s), so it is switched off and done here with a set, in one pass over every mapping.
 * A key given twice stays an error: which of two values is meant cannot be guessed.
 */
async function readVarsFile(file) {
    // Inside the workspace, a plain file, within the size limit, UTF-8, not nested too deeply.
    const text = await readVarsText(file);
    // The YAML parser is loaded only by runs that have a vars-file.
    const { parseDocument, isMap, isScalar, visit } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    let parsed;
    try {
        const document = parseDocument(text, { uniqueKeys: false });
        const problem = document.errors[0];
        if (problem) {
            const where = problem.linePos ? ` at line ${problem.linePos[0].line}` : '';
            throw new errors/* InputError */.dz(input_names/* Input */.pd.VarsFile, `'${file}' is not valid YAML or JSON${where}: ${problem.message.split('\n')[0]}`, vars_file_EXAMPLE);
        }
        const top = document.contents;
        if (isMap(top) && top.items.length > VARS_FILE_LIMIT.entries) {
            throw new errors/* InputError */.dz(input_names/* Input */.pd.VarsFile, `'${file}' has ${top.items.length} entries, more than the ${VARS_FILE_LIMIT.entries} a vars-file may have`, vars_file_EXAMPLE);
        }
        visit(document, {
            Map(_, map) {
                const seen = new Set();
                for (const { key } of map.items) {
                    const name = isScalar(key) ? key.value : String(key);
                    if (seen.has(name)) {
                        const range = isScalar(key) ? key.range : undefined;
                        const line = range ? lineOf(text, range[0]) : undefined;
                        throw new errors/* InputError */.dz(input_names/* Input */.pd.VarsFile, `'${file}' gives ${JSON.stringify(name)} twice${line ? ` (again at line ${line})` : ''}; keep one`, vars_file_EXAMPLE);
                    }
                    seen.add(name);
                }
            },
        });
        parsed = document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        throw new errors/* InputError */.dz(input_names/* Input */.pd.VarsFile, `'${file}' could not be read as YAML or JSON: ${error.message.split('\n')[0]}`, vars_file_EXAMPLE);
    }
    if (parsed === null || parsed === undefined)
        return {};
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors/* InputError */.dz(input_names/* Input */.pd.VarsFile, `'${file}' must be a mapping of names to values, such as ERP_BASE_URL: https://erp.example.com`);
    }
    const bad = Object.keys(parsed).filter((key) => !NAME.test(key));
    if (bad.length > 0) {
        const shown = bad.slice(0, 10).map((k) => JSON.stringify(k)).join(', ') + (bad.length > 10 ? ` and ${bad.length - 10} more` : '');
        throw new errors/* InputError */.dz(input_names/* Input */.pd.VarsFile, `'${file}': ${shown} cannot be placeholder names (letters, digits and _ only)`);
    }
    return parsed;
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}

;// CONCATENATED MODULE: ./src/operations/vars.ts















/** What every placeholder starts with, in a file's bytes. */
const PLACEHOLDER_MARK = Buffer.from(placeholders/* PLACEHOLDER_START */.pi);
/** How many missing placeholders an error names, each with its place. */
const MISSING_SHOWN = 50;
/** Reads `vars-file` once per run (a batch shares it). */
async function loadVars(context, env = process.env) {
    const file = context.settings.varsFile;
    let values = {};
    if (file) {
        values = await readVarsFile(file);
    }
    return {
        file,
        // Own keys only: `in` would find `constructor`, `toString` or `__proto__` on every object's
        // prototype and "fill" ${flowferry.constructor} with a function.
        lookup(name) {
            const variable = `FLOWFERRY_VAR_${name}`;
            if (Object.hasOwn(env, variable) && env[variable] !== undefined)
                return { value: env[variable], source: variable };
            if (Object.hasOwn(values, name))
                return { value: values[name], source: file };
            return undefined;
        },
    };
}
/**
 * Fills a bundle's placeholders for an import. The bundle's files are not touched: the filled
 * copy goes to a private temporary directory (removed at the end of the run, since it holds
 * secrets), and the import reads that. A placeholder without a value fails the import before
 * anything is sent, with every missing name and where it is used.
 */
async function fillPlaceholders(context, bundle, vars, cleanup) {
    const secretNames = new Set((bundle.manifest.placeholders ?? []).map((p) => p.name));
    const plans = [];
    const missing = [];
    const missingNames = new Set();
    /** Values too short to mask without hiding ordinary words, by placeholder: said once each. */
    const unmasked = new Map();
    const filled = new Map();
    for (const entry of bundle.manifest.files) {
        const file = external_node_path_default().join(bundle.dir, ...entry.path.split('/'));
        // A file left in its package is past the size searched here (core/bundle.ts, Bundle.packed).
        if (bundle.packed?.[entry.path] || !(await searchable(file)))
            continue;
        const subject = { shown: (0,core_bundle/* shownPath */.pS)(bundle, entry) };
        // Most files hold no placeholder: a search of the bytes as they stream past says so without
        // holding the file (a 32 MiB flow held twice, as bytes and as text, took an import to 184 MB).
        if (!(await (0,plain_file/* plainFileContains */.q2)(file, subject, PLACEHOLDER_MARK)))
            continue;
        const bytes = await (0,plain_file/* readPlainFileUpTo */.$p)(file, subject, limits/* IN_MEMORY_DOCUMENT_LIMIT */.oX);
        const decoded = bytes && (0,json_text/* decodeUtf8 */._6)(bytes);
        // Bytes that are not UTF-8 text hold no placeholder flowferry could fill.
        if (!decoded || !('text' in decoded) || !decoded.text.includes(placeholders/* PLACEHOLDER_START */.pi))
            continue;
        const text = decoded.text;
        (0,json_text/* assertDepth */.QR)(text, (0,core_bundle/* shownPath */.pS)(bundle, entry));
        // The strings that hold a placeholder, from one walk of the text; a text that is not JSON holds none.
        const holders = [];
        if (!(0,json_walk/* visitStringValues */.fw)(text, (value) => void (value.value.includes(placeholders/* PLACEHOLDER_START */.pi) && holders.push(value))))
            continue;
        const edits = [];
        for (const value of holders) {
            const names = [...value.value.matchAll(placeholders/* PLACEHOLDER */.Kx)].map((m) => m[1]);
            if (names.length === 0)
                continue;
            let unresolved = false;
            for (const name of names) {
                const found = vars.lookup(name);
                if (!found) {
                    unresolved = true;
                    missingNames.add(name);
                    // Every name is reported; places only up to a limit: a file can hold a million placeholders.
                    if (missing.length < MISSING_SHOWN)
                        missing.push({ line: value.line, col: value.col, file: (0,core_bundle/* shownPath */.pS)(bundle, entry), severity: 'error', rule: 'vars.missing', message: `no value for placeholder ${name}` });
                    continue;
                }
                filled.set(name, found.source);
                if ((found.source.startsWith('FLOWFERRY_VAR_') || secretNames.has(name)) && !(0,secrets/* registerValueSecret */.fN)(asText(found.value)))
                    unmasked.set(name, found.source);
            }
            if (!unresolved)
                edits.push({ offset: value.offset, length: value.length, text: substitute(value.value, vars) });
        }
        plans.push({ entry, text, edits });
    }
    for (const [name, source] of unmasked) {
        const where = source.startsWith('FLOWFERRY_VAR_') ? source : `${name} (${source})`;
        const length = asText(vars.lookup(name).value).trim().length;
        context.log.info(`${where}: its value is ${length} characters long, too short to mask without hiding every such word in the job's log, so it is not masked; a secret should have at least ${secrets/* MIN_VALUE_SECRET_LENGTH */.$O}`);
    }
    if (missingNames.size > 0) {
        const all = [...missingNames];
        const names = all.slice(0, MISSING_SHOWN);
        const more = all.length > names.length ? ` and ${all.length - names.length} more` : '';
        throw new errors/* BundleError */.rJ(`${bundle.location}: no value for placeholder${all.length > 1 ? 's' : ''} ${names.join(', ')}${more}; nothing was imported`, missing, {
            hint: `Give each a value in ${vars.file ? `the vars-file '${vars.file}'` : 'a vars-file'}, or as an environment variable ${names.map((n) => `FLOWFERRY_VAR_${n}`).join(', ')}${more} (from a secret, for secrets).`,
        });
    }
    if (plans.length === 0)
        return bundle;
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'flowferry-filled-'));
    cleanup.push(dir);
    await (0,promises_.chmod)(dir, 0o700);
    const files = [];
    for (const entry of bundle.manifest.files) {
        // Read from its package when sent, as it was: the filled bundle keeps `packed`.
        if (bundle.packed?.[entry.path]) {
            files.push(entry);
            continue;
        }
        const target = external_node_path_default().join(dir, ...entry.path.split('/'));
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        const plan = plans.find((p) => p.entry === entry);
        // Hashed as it is written or copied: the filled copy is not read again for its checksum.
        const digest = plan
            ? await (0,hashed_write/* writeHashed */.N)(target, (0,json_edit/* editedPieces */.TQ)(plan.text, plan.edits), 0o600)
            : await (0,plain_file/* copyPlainFile */.yp)(external_node_path_default().join(bundle.dir, ...entry.path.split('/')), target, { shown: (0,core_bundle/* shownPath */.pS)(bundle, entry) });
        files.push({ ...entry, ...digest });
    }
    context.log.info(`${bundle.location}: filled ${filled.size} placeholder(s): ${[...filled].map(([name, source]) => `${name} from ${source}`).join(', ')}`);
    return { ...bundle, dir, shownDir: bundle.shownDir ?? bundle.dir, manifest: { ...bundle.manifest, files } };
}
/**
 * The JSON text that replaces a string holding placeholders. A string that is exactly one
 * placeholder takes the value as it is typed in the vars file (a number stays a number);
 * otherwise the values are written into the string.
 */
function substitute(template, vars) {
    const whole = /^\$\{flowferry\.([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(template);
    if (whole) {
        const value = vars.lookup(whole[1]).value;
        return JSON.stringify(value === null || value === undefined ? '' : value);
    }
    return JSON.stringify(template.replace(placeholders/* PLACEHOLDER */.Kx, (_, name) => asText(vars.lookup(name).value)));
}
function asText(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
async function searchable(file) {
    return (await (0,promises_.stat)(file)).size <= limits/* IN_MEMORY_DOCUMENT_LIMIT */.oX && !(await (0,zip/* isZipFile */.G5)(file));
}

;// CONCATENATED MODULE: ./src/operations/import.ts









/**
 * `operation: import`: each bundle `path` names, `concurrency` at a time; one failure stops no
 * other. The next bundle is read and checked while one waits for its platform job (mapLimitAhead).
 * A bundle's temporary directories are removed while the next one is sent, not before: the
 * removal is local work that nothing sent waits for, and all are removed before the step ends.
 */
async function importOperation(context) {
    const locations = await (0,bundles/* locateBundles */.q_)(context.settings.path);
    const vars = await loadVars(context);
    const removals = [];
    try {
        return await (0,concurrency/* mapLimitAhead */.d8)(locations, context.settings.concurrency, (location) => readOne(context, location, vars), async (read, location, _index, idle) => {
            const result = await importOne(context, location, read, idle);
            const removal = Promise.all(read.cleanup.map((dir) => (0,promises_.rm)(dir, { recursive: true, force: true })));
            // Awaited below, with the others; until then a failure must not count as unhandled.
            removal.catch(() => undefined);
            removals.push(removal);
            return result;
        });
    }
    finally {
        await Promise.all(removals);
    }
}
async function readOne(context, location, vars) {
    const { log, clock } = context;
    const cleanup = [];
    const started = clock.now();
    try {
        const opened = await log.group(`Read the bundle ${(0,fs/* displayPath */.Gt)(location)}`, async () => {
            const opened = await (0,bundles/* openCheckedBundle */.wy)(location, context, cleanup);
            log.info(`${opened.bundle.location}: "${opened.bundle.manifest.name}", ${opened.bundle.manifest.files.length} files, checksums verified`);
            return { ...opened, bundle: await fillPlaceholders(context, opened.bundle, vars, cleanup) };
        });
        return { cleanup, ms: clock.now() - started, opened };
    }
    catch (error) {
        return { cleanup, ms: clock.now() - started, error };
    }
}
async function importOne(context, location, read, idle) {
    const { platform, log, settings } = context;
    const result = (0,operations_result/* newResult */.YT)(platform.name, 'import', { path: (0,fs/* displayPath */.Gt)(location) });
    await (0,operations_result/* settle */.G9)(result, context.clock, async () => {
        if (!read.opened)
            throw read.error;
        const { bundle, findings } = read.opened;
        result.path = bundle.location;
        result.workflowName = settings.workflowName ?? bundle.manifest.name;
        result.files = bundle.manifest.files.map((file) => `${bundle.location}/${file.path}`);
        if (findings.length > 0)
            result.findings = findings;
        if (settings.dryRun) {
            await dryRun(context, bundle, result);
            return;
        }
        if (settings.backup)
            await backUp(context, bundle, result);
        const outcome = await log.group(`Import into ${platform.title}`, () => context.client().importBundle(bundle));
        result.workflowId = outcome.workflowId;
        result.workflowName = outcome.workflowName ?? result.workflowName;
        result.version = outcome.version;
        result.platformStatus = outcome.platformStatus;
        if (outcome.notes?.length)
            result.notes = outcome.notes;
        if (outcome.job) {
            // Nothing to do here until the job ends: the next bundle is read meanwhile.
            if (outcome.job.state === 'running')
                idle();
            const final = await (0,job/* followJob */.B)(context, outcome.job, result, `the import of ${bundle.location}`);
            if (final?.workflowId)
                result.workflowId = final.workflowId;
        }
    });
    // The bundle's time includes its reading, done before its turn or at its start.
    if (result.durationMs !== undefined)
        result.durationMs += read.ms;
    return result;
}


/***/ })

};
