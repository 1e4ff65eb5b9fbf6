export const id = 242;
export const ids = [242];
export const modules = {

/***/ 88903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bo: () => (/* binding */ readBundle),
  WI: () => (/* binding */ readManifest)
});

// UNUSED EXPORTS: sealBundle

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/bundle.ts
var core_bundle = __webpack_require__(33303);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(12032);
;// CONCATENATED MODULE: ./src/core/manifest.ts

/** flowferry.json, the manifest of a bundle: what it holds, where from, and the values taken out of it. */
const sha256 = schema.z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');
const fileEntry = schema.z.object({
    path: schema.z.string().min(1),
    role: schema.z.string().min(1),
    bytes: schema.z.number().int().nonnegative(),
    sha256,
});
/** A value `redact-secrets` took out of a file on export; an import must supply it again. */
const placeholder = schema.z.object({
    name: schema.z.string().min(1),
    file: schema.z.string().min(1),
    /** JSON pointer to the value within the file. */
    pointer: schema.z.string(),
    reason: schema.z.string().optional(),
});
const manifestSchema = schema.z.looseObject({
    schema: schema.z.literal(1),
    platform: schema.z.string().min(1),
    name: schema.z.string(),
    source: schema.z
        .looseObject({
        origin: schema.z.string().nullable().optional(),
        workflowId: schema.z.string().nullable().optional(),
        version: schema.z.string().nullable().optional(),
        jobId: schema.z.string().nullable().optional(),
        exportedAt: schema.z.string().nullable().optional(),
        run: schema.z.string().nullable().optional(),
        commit: schema.z.string().nullable().optional(),
    })
        .optional(),
    files: schema.z.array(fileEntry).min(1),
    placeholders: schema.z.array(placeholder).optional(),
});

// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(60484);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/fs.ts
var fs = __webpack_require__(78616);
// EXTERNAL MODULE: ./src/core/json-location.ts
var json_location = __webpack_require__(25049);
// EXTERNAL MODULE: ./src/core/json-text.ts
var json_text = __webpack_require__(5737);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(36419);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(22483);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(56107);
// EXTERNAL MODULE: ./src/core/plain-file.ts
var plain_file = __webpack_require__(19130);
// EXTERNAL MODULE: ./src/core/phrasing.ts
var phrasing = __webpack_require__(31677);
;// CONCATENATED MODULE: ./src/core/bundle-read.ts















/**
 * Reads `<dir>/flowferry.json` and checks the manifest against the files: each listed file is a
 * plain file (core/plain-file.ts) inside the bundle, reached under its own name (core/paths.ts),
 * listed once, and has the recorded size and SHA-256. Every mismatch is reported, not just the first.
 */
async function readBundle(dir, expectedPlatform) {
    const { manifest, shown } = await readManifest(dir);
    if (manifest.platform !== expectedPlatform) {
        throw errors/* BundleError */.rJ.at({ file: shown }, 'manifest.platform', `the bundle is for platform '${manifest.platform}', but the step's platform is '${expectedPlatform}'`, `Set ${(0,phrasing/* setting */.Pe)('platform', manifest.platform)}, or point ${(0,phrasing/* input */.hF)('path')} at a ${expectedPlatform} bundle.`);
    }
    const bundle = { dir, manifest, location: (0,fs/* displayPath */.Gt)(dir), adopted: false };
    const { findings, hints } = await verifyFiles(bundle);
    if (findings.length > 0) {
        // A checksum can be sealed; a link, a FIFO or a path out of the bundle cannot: each says its own fix.
        if (findings.some((f) => f.rule === 'manifest.checksum' || f.rule === 'manifest.missing')) {
            hints.add(`If the change was deliberate, record the new checksums with \`npx flowferry seal ${bundle.location}\` and commit flowferry.json; otherwise re-export the bundle or restore the files.`);
        }
        if (findings.some((f) => f.rule === 'manifest.path'))
            hints.add('List each file once, by its path inside the bundle (folder/file.json).');
        const sealable = findings.every((f) => f.rule === 'manifest.checksum' || f.rule === 'manifest.missing');
        throw new errors/* BundleError */.rJ(`${bundle.location}: ${sealable ? 'the files do not match the manifest' : 'refused the files the manifest lists'}: ${findings.map((f) => `${f.file}: ${f.message}`).join('; ')}`, findings, { hint: [...hints].join(' ') });
    }
    return bundle;
}
const TOO_MANY = `A bundle is one workflow, and its manifest lists at most ${limits/* MAX_MANIFEST_FILES */.Zz} files: export each workflow into a bundle of its own.`;
/** The manifest, read as a plain file within the limits (core/limits.ts) and checked against schema 1. */
async function readManifest(dir) {
    const manifestFile = external_node_path_default().join(dir, core_bundle/* MANIFEST */.e0);
    const shown = (0,fs/* displayPath */.Gt)(manifestFile);
    const bytes = await (0,plain_file/* readPlainFile */.b$)(manifestFile, { shown }, limits/* MAX_MANIFEST_BYTES */.ZJ, { message: 'is too large for a manifest', hint: TOO_MANY });
    const text = (0,json_text/* jsonText */.s$)(bytes, shown);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        const where = (0,json_location/* locateJsonError */.R4)(text);
        throw errors/* BundleError */.rJ.at({ file: shown, ...where }, 'manifest.json', `the manifest is not valid JSON (${error.message})`);
    }
    const files = data?.files;
    if (Array.isArray(files) && files.length > limits/* MAX_MANIFEST_FILES */.Zz) {
        throw errors/* BundleError */.rJ.at({ file: shown }, 'manifest.limit', `the manifest lists ${files.length} files; a bundle holds at most ${limits/* MAX_MANIFEST_FILES */.Zz}`, TOO_MANY);
    }
    // zod, for this schema and for the platform's rules that read the bundle after it (core/schema.ts).
    await (0,schema/* loadSchemas */.B)();
    const parsed = manifestSchema.safeParse(data);
    if (!parsed.success) {
        const findings = parsed.error.issues.slice(0, 20).map((issue) => ({
            file: shown,
            severity: 'error',
            rule: 'manifest.schema',
            message: `${issue.path.join('.') || '(top)'}: ${issue.message}`,
        }));
        const more = parsed.error.issues.length > findings.length ? ` (and ${parsed.error.issues.length - findings.length} more)` : '';
        throw new errors/* BundleError */.rJ(`${shown}: the manifest does not follow schema 1: ${findings.map((f) => f.message).join('; ')}${more}`, findings);
    }
    return { manifest: parsed.data, shown };
}
async function verifyFiles(bundle) {
    const findings = [];
    const hints = new Set();
    const manifestShown = (0,core_bundle/* shownPath */.pS)(bundle, core_bundle/* MANIFEST */.e0);
    const problem = (entry, message, rule) => findings.push({ file: manifestShown, severity: 'error', rule, message: `${entry}: ${message}` });
    const twice = new Set();
    for (const [first, second] of (0,names/* sameNames */.Fk)(bundle.manifest.files.map((entry) => entry.path))) {
        problem(second, first === second ? 'listed twice' : `listed twice: "${first}" and "${second}" name the same file (case and Unicode form do not tell names apart)`, 'manifest.path');
        twice.add(second);
    }
    // Each role names one file: a platform takes the file of a role (fileOf), so a second file with
    // the same role would be either ignored or taken instead, depending on the order of the list.
    const roles = new Map();
    for (const entry of bundle.manifest.files) {
        const first = roles.get(entry.role);
        if (first === undefined)
            roles.set(entry.role, entry.path);
        else
            problem(entry.path, `has the role "${entry.role}" that "${first}" has already; each role names one file`, 'manifest.role');
    }
    const realDir = await (0,paths/* realDirectory */.Ut)(bundle.dir);
    for (const entry of bundle.manifest.files) {
        if (twice.has(entry.path))
            continue;
        const unsafe = (0,names/* unsafeManifestPath */.Jy)(entry.path);
        if (unsafe) {
            problem(entry.path, `file paths must stay inside the bundle directory: ${unsafe}`, 'manifest.path');
            continue;
        }
        const subject = { shown: (0,core_bundle/* shownPath */.pS)(bundle, entry) };
        try {
            const lexical = external_node_path_default().join(realDir, ...entry.path.split('/'));
            if (!(await (0,promises_.lstat)(lexical).catch(() => undefined))) {
                problem(entry.path, 'listed in the manifest but missing', 'manifest.missing');
                continue;
            }
            const file = await plainBundleFile(realDir, entry.path, subject);
            const digest = await (0,plain_file/* digestPlainFile */.p2)(file, subject, [external_node_path_default().join(bundle.dir, ...entry.path.split('/'))]);
            if (digest.sha256 !== entry.sha256 || digest.bytes !== entry.bytes) {
                findings.push({
                    file: subject.shown,
                    severity: 'error',
                    rule: 'manifest.checksum',
                    message: `changed since export: sha256 ${digest.sha256.slice(0, 12)}… (${digest.bytes} bytes), manifest says ${entry.sha256.slice(0, 12)}… (${entry.bytes} bytes)`,
                });
            }
        }
        catch (error) {
            if (!(error instanceof errors/* BundleError */.rJ))
                throw error;
            findings.push(...error.findings);
            if (error.hint)
                hints.add(error.hint);
        }
    }
    return { findings, hints };
}
/** A bundle file's path, once it is known to be a plain file (no link, no FIFO) reached under its own name. */
async function plainBundleFile(realDir, relative, subject) {
    await (0,plain_file/* checkPlainFile */.lN)(external_node_path_default().join(realDir, ...relative.split('/')), subject);
    return (0,paths/* confineInBundle */.od)(realDir, relative, subject);
}
/**
 * Records the current size and SHA-256 of every file a bundle's manifest lists, after a
 * deliberate edit (`flowferry seal`). Everything else in the manifest stays as it was. The files
 * are held to the same rules as on reading: seal never records the checksum of a link's target.
 */
async function sealBundle(dir) {
    const { manifest, shown } = await readManifest(dir);
    const realDir = await realDirectory(dir);
    const changed = [];
    for (const entry of manifest.files) {
        const unsafe = unsafeManifestPath(entry.path);
        if (unsafe)
            throw BundleError.at({ file: shown }, 'manifest.path', `${entry.path}: file paths must stay inside the bundle directory: ${unsafe}`);
        const subject = { shown: displayPath(path.join(dir, ...entry.path.split('/'))) };
        const digest = await digestPlainFile(await plainBundleFile(realDir, entry.path, subject), subject);
        if (digest.sha256 !== entry.sha256 || digest.bytes !== entry.bytes)
            changed.push(entry.path);
        Object.assign(entry, digest);
    }
    if (changed.length > 0)
        await writeFileAtomic(path.join(dir, MANIFEST), canonicalJson(manifest));
    return { changed };
}


/***/ }),

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


/***/ })

};
