export const id = 721;
export const ids = [721];
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

/***/ 60721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateOperation: () => (/* binding */ validateOperation)
});

// EXTERNAL MODULE: ./src/core/concurrency.ts
var concurrency = __webpack_require__(88904);
// EXTERNAL MODULE: ./src/core/fs.ts
var fs = __webpack_require__(78616);
// EXTERNAL MODULE: ./src/core/phrasing.ts
var phrasing = __webpack_require__(31677);
// EXTERNAL MODULE: ./src/operations/bundles.ts
var bundles = __webpack_require__(63087);
// EXTERNAL MODULE: ./src/operations/result.ts
var operations_result = __webpack_require__(94649);
// EXTERNAL MODULE: ./src/core/bundle-read.ts + 1 modules
var bundle_read = __webpack_require__(88903);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/operations/unsealed.ts




/**
 * Opens a bundle for `validate` and `seal`, which must look at the files as they are: a hand edit
 * changes a checksum, and the user wants to hear about the JSON error in the same edit now, not
 * after sealing. Only drift is tolerated; every other problem of the manifest (schema, platform,
 * missing files, paths outside the bundle) still stops the read, as `readBundle` decides.
 */
async function openUnsealed(location, context, cleanup) {
    try {
        return { bundle: await (0,bundles/* openBundle */.hk)(location, context, cleanup), drift: [] };
    }
    catch (error) {
        if (!isDriftOnly(error))
            throw error;
        return { bundle: await bundleAsItIs(location), drift: error.findings, driftHint: error.hint };
    }
}
/** A BundleError whose every finding is a checksum mismatch, and nothing else. */
function isDriftOnly(error) {
    return error instanceof errors/* BundleError */.rJ && error.findings.length > 0 && error.findings.every((finding) => finding.rule === 'manifest.checksum');
}
/**
 * The bundle in `dir`, whose manifest `readBundle` has accepted but for the checksums. Read again
 * by the same reader (a plain file within the manifest's limits, core/plain-file.ts), not by a
 * bare readFile: the file may have been swapped for a link or a FIFO since.
 */
async function bundleAsItIs(dir) {
    const { manifest } = await (0,bundle_read/* readManifest */.WI)(dir);
    return { dir, manifest, location: (0,fs/* displayPath */.Gt)(dir), adopted: false };
}

;// CONCATENATED MODULE: ./src/operations/validate.ts






/**
 * `operation: validate`: offline checks of every bundle `path` names (manifest, checksums,
 * JSON syntax, the platform's structural rules). Needs no credentials.
 */
async function validateOperation(context) {
    const locations = await (0,bundles/* locateBundles */.q_)(context.settings.path);
    return (0,concurrency/* mapLimit */.sf)(locations, context.settings.concurrency, (location) => validateOne(context, location));
}
async function validateOne(context, location) {
    const result = (0,operations_result/* newResult */.YT)(context.platform.name, 'validate', { path: (0,fs/* displayPath */.Gt)(location) });
    return (0,operations_result/* settle */.G9)(result, context.clock, async (cleanup) => {
        const { bundle, drift, driftHint } = await openUnsealed(location, context, cleanup);
        result.path = bundle.location;
        result.workflowName = bundle.manifest.name;
        result.workflowId = bundle.manifest.source?.workflowId ?? undefined;
        result.files = bundle.manifest.files.map((file) => `${bundle.location}/${file.path}`);
        // Drift and the other findings together: an unsealed edit is checked now, not after sealing.
        const findings = [...drift, ...(await (0,bundles/* checkBundle */.Jp)(bundle, context))];
        result.findings = findings;
        const errors = findings.filter((finding) => finding.severity === 'error').length;
        const warnings = findings.filter((finding) => finding.severity === 'warning').length;
        if (errors > 0) {
            result.status = 'failed';
            result.message = `${bundle.location}: ${errors} error${errors > 1 ? 's' : ''}${warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}`;
            const others = errors - drift.length;
            result.hint = [
                others > 0 && `Each finding is ${(0,phrasing/* phrase */.MZ)('annotated')}; fix ${others > 1 ? 'them' : 'it'}${drift.length > 0 ? ' first.' : ` and ${(0,phrasing/* phrase */.MZ)('push-again')}.`}`,
                drift.length > 0 && driftHint,
            ]
                .filter(Boolean)
                .join(' ');
        }
        else {
            context.log.info(`${bundle.location}: valid${warnings ? ` (${warnings} warning${warnings > 1 ? 's' : ''})` : ''}`);
        }
    });
}


/***/ })

};
