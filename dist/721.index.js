export const id = 721;
export const ids = [721];
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

/***/ 56107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ confineInput),
/* harmony export */   KT: () => (/* binding */ confineExisting),
/* harmony export */   Ut: () => (/* binding */ realDirectory),
/* harmony export */   cO: () => (/* binding */ exportTarget),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   od: () => (/* binding */ confineInBundle)
/* harmony export */ });
/* unused harmony export isInside */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36419);
/* harmony import */ var _phrasing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31677);
/* harmony import */ var _plain_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19130);





/**
 * One confinement rule for every path flowferry reads or writes: it resolves — realpath, every
 * symbolic link on the way followed — inside the workspace (GITHUB_WORKSPACE, else the current
 * directory), and a bundle's files resolve inside the bundle, each to exactly itself. A pull
 * request can put a link in a bundle, and `path: ../..` in a step; neither may reach the rest of
 * the runner, to be read and uploaded or to be written over.
 */
/** The workspace as the runner names it (GITHUB_WORKSPACE), else the current directory (the CLI). */
function workspaceRoot() {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
}
/** Whether `child` is `parent` or beneath it (both absolute and normalised). */
function isInside(child, parent) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative));
}
/** The workspace's real path: on macOS a temporary workspace under /tmp is really under /private/tmp. */
async function realRoot() {
    const root = workspaceRoot();
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
    }
    catch {
        return root;
    }
}
const OUTSIDE_HINT = 'Keep bundles, vars files and export directories inside the workspace (the repository checkout), and name them relative to it.';
function outside(subject, what) {
    return (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(subject, 'path.outside', `${what} outside the workspace (${workspaceRoot()}); flowferry reads and writes only inside it`, OUTSIDE_HINT);
}
/**
 * An input naming something to read (`path` for import, validate and diff; `vars-file`): the
 * absolute path, after checking that it resolves inside the workspace. A path that does not exist
 * is returned as it is, for the caller to say so in its own words.
 */
async function confineInput(text, input) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspaceRoot(), text);
    await confineExisting(absolute, { shown: text, input });
    return absolute;
}
/** Refuses an existing path whose real path is outside the workspace. */
async function confineExisting(absolute, subject) {
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute);
    }
    catch {
        return;
    }
    if (!isInside(real, await realRoot())) {
        throw outside(subject, real === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(absolute) ? 'is' : 'resolves (through a symbolic link) to a place');
    }
}
/**
 * A directory an export writes (`path` for export and wait, a backup's directory): inside the
 * workspace and not the workspace itself, not a symbolic link, and reached through no link that
 * leads out of it. Checked before anything is created, so `path: ../../x` creates nothing.
 */
async function exportTarget(text, input) {
    const root = workspaceRoot();
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, text);
    const subject = input === undefined ? { shown: text } : { shown: text, input };
    if (!isInside(absolute, root))
        throw outside(subject, 'is');
    if (absolute === root) {
        const example = input === undefined ? 'flowferry-export' : (0,_phrasing_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)(input, 'flowferry-export');
        throw (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(subject, 'path.outside', 'is the workspace itself; export replaces the directory it writes', `Name a directory inside the workspace, e.g. ${example}.`);
    }
    const parts = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    const long = parts.find((part) => Buffer.byteLength(part) > _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_NAME_BYTES */ .pg);
    if (long !== undefined || Buffer.byteLength(parts.join('/')) > _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_PATH_BYTES */ .PR) {
        throw (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(subject, 'path.name', `is too long to create: at most ${_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_NAME_BYTES */ .pg} bytes per folder name and ${_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_PATH_BYTES */ .PR} in all`, 'Name a shorter directory.');
    }
    const realWorkspace = await realRoot();
    for (let i = 1; i <= parts.length; i++) {
        const prefix = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, ...parts.slice(0, i));
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(prefix).catch(() => undefined);
        if (!info)
            break;
        const last = i === parts.length;
        if (info.isSymbolicLink()) {
            if (last)
                throw (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(subject, 'path.link', 'is a symbolic link; export writes a directory of its own there', 'Remove the link, or name another directory.');
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(prefix).catch(() => undefined);
            if (real === undefined || !isInside(real, realWorkspace))
                throw outside(subject, `goes through ${parts.slice(0, i).join('/')}, a symbolic link to a place`);
        }
        else if (!last && !info.isDirectory()) {
            throw (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(subject, 'path.type', `cannot be created: ${parts.slice(0, i).join('/')} is a file, not a directory`, 'Name a directory whose parents are directories.');
        }
    }
    return absolute;
}
/**
 * A file of a bundle, `relative` (a checked manifest path) under the bundle's real directory: it
 * must resolve to exactly that path, so no folder on its way is a link (to elsewhere, or to
 * another part of the bundle), and no other spelling of the name (case, Unicode form) stands in.
 */
async function confineInBundle(realDir, relative, subject) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realDir, ...relative.split('/'));
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file);
    }
    catch {
        return file;
    }
    if (real !== file) {
        throw isInside(real, realDir)
            ? (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(subject, 'path.link', `is reached through a symbolic link or under another spelling (it is ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realDir, real).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')})`, 'List each file under its own name, with no linked folder on the way.')
            : (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .TR)(subject, 'path.outside', 'resolves (through a symbolic link) outside the bundle', 'Put the files themselves in the bundle, not links to them.');
    }
    return file;
}
/** A bundle directory's real path, which its files are confined to. */
async function realDirectory(dir) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir));
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
