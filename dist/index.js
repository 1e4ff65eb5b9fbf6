import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 12444:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: () => (/* binding */ ActionFrontEnd)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __nccwpck_require__(36419);
;// CONCATENATED MODULE: ./src/core/artifact-level.ts


/**
 * The zlib level @actions/artifact zips a bundle with (0–9; it uses 6 unless told otherwise:
 * https://github.com/actions/toolkit/tree/main/packages/artifact#upload-an-artifact). Level 6 on
 * a 1 GiB package that is already a zip spent a minute of CPU to save nothing. So the level
 * follows the content, weighed by bytes:
 * - most bytes already compressed (a zip, gzip, 7z, xz, bzip2 or zstd file: its first bytes
 *   say so, whatever its name) or opaque (larger than IN_MEMORY_DOCUMENT_LIMIT: flowferry keeps
 *   such files byte for byte and never reads them whole) → 0, stored;
 * - otherwise, documents (JSON, a vars file) → 1: deflate's fastest level still shrinks JSON
 *   several times over, at a fraction of level 6's time
 *   (https://www.zlib.net/manual.html#Constants: 1 gives best speed).
 */
const STORED = 0;
const FAST = 1;
const MAGIC = [
    Buffer.from('504b0304', 'hex'), // zip
    Buffer.from('504b0506', 'hex'), // empty zip
    Buffer.from('1f8b', 'hex'), // gzip
    Buffer.from('377abcaf271c', 'hex'), // 7z
    Buffer.from('fd377a585a00', 'hex'), // xz
    Buffer.from('425a68', 'hex'), // bzip2
    Buffer.from('28b52ffd', 'hex'), // zstd
];
/** The level for the files of one artifact (absolute paths). A file that cannot be read counts as a document. */
async function compressionLevelFor(files) {
    let opaque = 0;
    let documents = 0;
    for (const file of files) {
        const { bytes, head } = await peek(file);
        if (bytes > limits/* IN_MEMORY_DOCUMENT_LIMIT */.oX || MAGIC.some((magic) => head.subarray(0, magic.length).equals(magic)))
            opaque += bytes;
        else
            documents += bytes;
    }
    return opaque > documents ? STORED : FAST;
}
async function peek(file) {
    try {
        const handle = await (0,promises_.open)(file, 'r');
        try {
            const { size } = await handle.stat();
            const head = Buffer.alloc(8);
            const { bytesRead } = await handle.read(head, 0, head.length, 0);
            return { bytes: size, head: head.subarray(0, bytesRead) };
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return { bytes: 0, head: Buffer.alloc(0) };
    }
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/memory.ts
var memory = __nccwpck_require__(11360);
// EXTERNAL MODULE: ./src/core/phrasing.ts
var core_phrasing = __nccwpck_require__(31677);
;// CONCATENATED MODULE: ./src/core/artifact.ts




/** GitHub's artifact service did not take the bundle. */
class ArtifactError extends errors/* FlowferryError */.rm {
}
// Written when needed: a mention draws phrasing's nonce, and with it node:crypto (core/crypto.ts).
const uploadHint = () => `An artifact name can be used once per workflow run: set ${(0,core_phrasing/* input */.hF)('artifact-name')} to another one, or ${(0,core_phrasing/* setting */.Pe)('upload-artifact', 'false')} to keep the bundle in the workspace only; otherwise ${(0,core_phrasing/* phrase */.MZ)('rerun')}.`;
/**
 * GitHub's artifact service through @actions/artifact. The client (with Azure's blob SDK behind
 * it) is by far the heaviest module flowferry has, so it is imported only when an upload happens.
 */
class GitHubArtifactStore {
    log;
    env;
    constructor(log, env = process.env) {
        this.log = log;
        this.env = env;
    }
    unavailableReason() {
        if (!this.env.ACTIONS_RUNTIME_TOKEN || !this.env.ACTIONS_RESULTS_URL) {
            return 'not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL are not set)';
        }
        return undefined;
    }
    async upload(name, files, rootDir, retentionDays) {
        // The bundle's documents were just parsed and written: their garbage goes before the client's code and buffers come.
        (0,memory/* releaseGarbage */.FS)();
        const compressionLevel = await compressionLevelFor(files);
        this.log.debug(`artifact ${name}: zip compression level ${compressionLevel}`);
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(913), __nccwpck_require__.e(659), __nccwpck_require__.e(252)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91252));
        const client = new DefaultArtifactClient();
        let uploaded;
        try {
            limitUploadConcurrency(this.env);
            uploaded = await (0,memory/* releasingWhile */.US)(() => client.uploadArtifact(name, files, rootDir, { compressionLevel, ...(retentionDays ? { retentionDays } : {}) }));
        }
        catch (error) {
            // The service's and the toolkit's own errors (a name already used in this run, a quota, the
            // network) reach the user as a failed upload with what to change, not as "Unexpected error".
            throw new ArtifactError(`upload of artifact '${name}' failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error, hint: uploadHint() });
        }
        const { id, digest } = uploaded;
        if (id === undefined)
            throw new ArtifactError(`the artifact service did not return an id for artifact '${name}'`, { hint: uploadHint() });
        this.log.debug(`artifact ${name}: id ${id}, digest ${digest ?? 'none'}`);
        return { id: String(id), url: this.urlFor(id) };
    }
    urlFor(id) {
        const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = this.env;
        return repo && run ? `${server}/${repo}/actions/runs/${run}/artifacts/${id}` : undefined;
    }
}
/**
 * Blocks the client uploads at once. Its blob upload holds one 8 MiB buffer per block in flight,
 * five by default, beside its zip stream's own 8 MiB buffers: 40 MiB of a 150 MB budget for one
 * export. Two in flight keep a block on the wire while the next one fills, at half that. A
 * runner's own ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY, which the client reads, still wins.
 * https://github.com/actions/toolkit/blob/main/packages/artifact/src/internal/shared/config.ts
 */
const ARTIFACT_UPLOAD_CONCURRENCY = 2;
function limitUploadConcurrency(env) {
    // The client reads process.env itself; a store given another environment (a test's) leaves it alone.
    if (env === process.env && !env.ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY)
        env.ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY = String(ARTIFACT_UPLOAD_CONCURRENCY);
}
/** For the CLI and tests: no artifact service. */
const noArtifactStore = {
    unavailableReason: () => 'artifacts exist only on GitHub Actions runners',
    upload: () => Promise.reject(new Error('no artifact store')),
};

// EXTERNAL MODULE: ./src/core/id-token.ts
var id_token = __nccwpck_require__(34070);
// EXTERNAL MODULE: ./src/core/workflow-commands.ts
var workflow_commands = __nccwpck_require__(40845);
// EXTERNAL MODULE: ./src/core/untrusted-text.ts
var untrusted_text = __nccwpck_require__(61037);
;// CONCATENATED MODULE: ./src/core/log.ts



class ActionsLogger {
    get debugEnabled() {
        return workflow_commands/* isDebug */._o();
    }
    debug(message) {
        workflow_commands/* debug */.Yz((0,untrusted_text/* forLog */.Ig)(message));
    }
    info(message) {
        workflow_commands/* info */.pq((0,untrusted_text/* forLog */.Ig)(message));
    }
    warning(message) {
        workflow_commands/* warning */.$e((0,untrusted_text/* forLog */.Ig)(message));
    }
    error(message) {
        workflow_commands/* error */.z3((0,untrusted_text/* forLog */.Ig)(message));
    }
    annotate(finding) {
        const properties = {
            title: `flowferry ${finding.rule}`,
            // The toolkit escapes properties (%, CR, LF, ':' and ','); a bundle's file name may hold more.
            file: (0,untrusted_text/* forLog */.Ig)((0,untrusted_text/* oneLine */.TN)(finding.file)),
            startLine: finding.line,
            startColumn: finding.line === undefined ? undefined : finding.col,
        };
        // A finding quotes the bundle (a task name, a key): one line, like any text from outside.
        const message = (0,untrusted_text/* forLog */.Ig)((0,untrusted_text/* oneLine */.TN)(finding.message));
        if (finding.severity === 'error')
            workflow_commands/* error */.z3(message, properties);
        else if (finding.severity === 'warning')
            workflow_commands/* warning */.$e(message, properties);
        else
            workflow_commands/* notice */.lm(message, properties);
    }
    group(name, fn) {
        return workflow_commands/* group */.Os((0,untrusted_text/* forLog */.Ig)(name), fn);
    }
}
/** Plain output for the CLI: progress and notes on stderr, so stdout stays machine-readable. */
class ConsoleLogger {
    debugEnabled;
    write;
    constructor(debugEnabled = false, write = (line) => process.stderr.write(`${line}\n`)) {
        this.debugEnabled = debugEnabled;
        this.write = write;
    }
    debug(message) {
        if (this.debugEnabled)
            this.write(forLog(`debug: ${message}`));
    }
    info(message) {
        this.write(forLog(message));
    }
    warning(message) {
        this.write(forLog(`warning: ${message}`));
    }
    error(message) {
        this.write(forLog(`error: ${message}`));
    }
    annotate(finding) {
        this.write(forLog(oneLine(`${finding.severity}: ${formatLocation(finding)}: ${finding.message} [${finding.rule}]`)));
    }
    async group(name, fn) {
        this.write(forLog(`▸ ${name}`));
        return fn();
    }
}
/** Collects lines in memory; for tests. */
class MemoryLogger {
    debugEnabled;
    lines = [];
    findings = [];
    constructor(debugEnabled = true) {
        this.debugEnabled = debugEnabled;
    }
    debug(message) {
        this.lines.push(`debug: ${forLog(message)}`);
    }
    info(message) {
        this.lines.push(forLog(message));
    }
    warning(message) {
        this.lines.push(`warning: ${forLog(message)}`);
    }
    error(message) {
        this.lines.push(`error: ${forLog(message)}`);
    }
    annotate(finding) {
        this.findings.push(finding);
    }
    async group(name, fn) {
        this.lines.push(`[${name}]`);
        return fn();
    }
    text() {
        return this.lines.join('\n');
    }
}

;// CONCATENATED MODULE: ./src/core/phrased-log.ts

/** The logger with every line (and every finding's message) rendered for its front end. */
function phrasedLogger(log, phrasing) {
    const say = (text) => (0,core_phrasing/* render */.XX)(text, phrasing);
    return {
        get debugEnabled() {
            return log.debugEnabled;
        },
        debug: (message) => log.debug(say(message)),
        info: (message) => log.info(say(message)),
        warning: (message) => log.warning(say(message)),
        error: (message) => log.error(say(message)),
        annotate: (finding) => log.annotate({ ...finding, message: say(finding.message) }),
        group: (name, fn) => log.group(say(name), fn),
    };
}

// EXTERNAL MODULE: ./src/core/secrets.ts + 1 modules
var secrets = __nccwpck_require__(58010);
// EXTERNAL MODULE: ./src/input-names.ts
var input_names = __nccwpck_require__(74098);
// EXTERNAL MODULE: ./src/operations/result.ts
var operations_result = __nccwpck_require__(94649);
// EXTERNAL MODULE: ./src/output-names.ts
var output_names = __nccwpck_require__(95071);
;// CONCATENATED MODULE: ./src/outputs.ts



/**
 * The contract's outputs from a run. With a glob of bundles, `result` is the array of results and
 * the per-workflow outputs stay empty (there is no single workflow to name); `status` is the
 * worst of the batch and `files` lists the files of all bundles.
 *
 * Values come partly from platform replies. Each output but `result` and `files` (JSON, with
 * every control, separator and bidi character escaped) is one line with visible escapes, so that a later step
 * that puts it into a command line or a file gets no line it did not expect; `download-url`
 * loses its query (a presigned link's signature) here and in `result`.
 */
function outputsOf(report) {
    const single = report.batch ? undefined : report.results[0];
    const pick = (key) => {
        const value = single?.[key];
        return value === undefined || value === null ? '' : (0,untrusted_text/* oneLine */.TN)(String(value));
    };
    return {
        [output_names/* Output */.k.Status]: report.status,
        [output_names/* Output */.k.PlatformStatus]: pick('platformStatus'),
        [output_names/* Output */.k.WorkflowId]: pick('workflowId'),
        [output_names/* Output */.k.JobId]: pick('jobId'),
        [output_names/* Output */.k.Version]: pick('version'),
        [output_names/* Output */.k.Path]: pick('path'),
        [output_names/* Output */.k.Files]: filesText(report.results.flatMap((result) => result.files ?? [])),
        [output_names/* Output */.k.ArtifactId]: pick('artifactId'),
        [output_names/* Output */.k.ArtifactUrl]: pick('artifactUrl'),
        [output_names/* Output */.k.DownloadUrl]: single?.downloadUrl ? (0,untrusted_text/* withoutQuery */.j$)(single.downloadUrl) : '',
        [output_names/* Output */.k.Changed]: report.operation === 'diff' ? String(report.results.some((result) => result.changed === true)) : '',
        [output_names/* Output */.k.BackupArtifactId]: pick('backupArtifactId'),
        [output_names/* Output */.k.CommentUrl]: report.commentUrl ? (0,untrusted_text/* oneLine */.TN)(report.commentUrl) : '',
        [output_names/* Output */.k.Result]: resultText(report),
    };
}
/** The result as the `result` output carries it: the diff stays in the summary and the pull-request comment. */
function publicResult(result) {
    const { diff: _diff, diffFiles: _diffFiles, ...rest } = result;
    return rest.downloadUrl ? { ...rest, downloadUrl: (0,untrusted_text/* withoutQuery */.j$)(rest.downloadUrl) } : rest;
}
/**
 * `result` within OUTPUT_JSON_BUDGET_BYTES (core/limits.ts): whole when it fits; else each result
 * without its lists (findings, notes, files, the dry run's clauses) and with a short message; else,
 * past what fits, only each bundle's path and status. A shortened result says `"shortened": true`;
 * the log and the summary keep the rest.
 */
function resultText(report) {
    const results = report.results.map(publicResult);
    const whole = (0,untrusted_text/* jsonText */.s$)(report.batch ? results : results[0]);
    if (Buffer.byteLength(whole) <= limits/* OUTPUT_JSON_BUDGET_BYTES */.BO)
        return whole;
    const compact = results.map(compactResult);
    if (!report.batch)
        return (0,untrusted_text/* jsonText */.s$)(compact[0]);
    const shown = [];
    // Room kept for the bare path and status of every bundle after the ones shown in full.
    let left = limits/* OUTPUT_JSON_BUDGET_BYTES */.BO - results.length * 300;
    for (const [i, result] of compact.entries()) {
        const size = Buffer.byteLength((0,untrusted_text/* jsonText */.s$)(result)) + 1;
        if (size > left) {
            shown.push(...results.slice(i).map((rest) => ({ path: cutText(rest.path, 200), status: rest.status, shortened: true })));
            break;
        }
        left -= size - 300;
        shown.push(result);
    }
    return (0,untrusted_text/* jsonText */.s$)(shown);
}
function compactResult(result) {
    const { findings: _f, notes: _n, files: _files, dryRun: _d, placeholders: _p, hint, message, ...rest } = result;
    return { ...rest, message: cutText(message, 300), hint: cutText(hint, 300), shortened: true };
}
function cutText(text, max) {
    return text === undefined || text.length <= max ? text : `${text.slice(0, max)}…`;
}
/** `files` within the budget: the first paths that fit (a glob of 1,000 bundles of 1,000 files each lists a million). */
function filesText(files) {
    const whole = (0,untrusted_text/* jsonText */.s$)(files);
    if (Buffer.byteLength(whole) <= limits/* OUTPUT_JSON_BUDGET_BYTES */.BO)
        return whole;
    let size = 2;
    const kept = [];
    for (const file of files) {
        size += Buffer.byteLength((0,untrusted_text/* jsonText */.s$)(file)) + 1;
        if (size > limits/* OUTPUT_JSON_BUDGET_BYTES */.BO)
            break;
        kept.push(file);
    }
    return (0,untrusted_text/* jsonText */.s$)(kept);
}

// EXTERNAL MODULE: ./src/summary.ts
var summary = __nccwpck_require__(28855);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(71013);
;// CONCATENATED MODULE: ./src/action/phrasing.ts

const PHRASES = {
    rerun: 're-run the step',
    rerunning: 're-running this step',
    'push-again': 'push again',
    annotated: 'annotated on its file and line',
    'the-step': 'the step',
};
/**
 * Hints as a workflow author reads them in the run's log and summary: inputs as they are written
 * under `with:`, credentials as the repository secret they should come from
 * (`api-key: ${{ secrets.KOREAI_API_KEY }}`), and "the step".
 */
function actionPhrasing(platform) {
    return {
        input: (name) => `\`${name}\``,
        subject: (name) => `Input '${name}'`,
        setting: (name, value) => `${name}: ${input_names/* credentialInputs */.HP.includes(name) ? secretExpression(platform(), name) : value}`,
        phrase: (key) => PHRASES[key],
    };
}
/** `${{ secrets.KOREAI_API_KEY }}`: where a credential input should come from. */
function secretExpression(platform, input) {
    const prefix = /^[a-z]+$/.test(platform) ? `${platform}_` : '';
    return `\${{ secrets.${`${prefix}${input}`.toUpperCase().replace(/-/g, '_')} }}`;
}

;// CONCATENATED MODULE: ./src/action/front-end.ts















/** The GitHub runner as a front end: inputs from `with:`, outputs, job summary, annotations, setFailed. */
/** Outputs whose values flowferry chooses from a fixed list: never text from outside, never masked. */
const OWN_WORDS = new Set([output_names/* Output */.k.Status, output_names/* Output */.k.Changed]);
class ActionFrontEnd {
    /** Hints in a workflow author's words (`upload-artifact: false`, "re-run the step"). */
    phrasing = actionPhrasing(() => workflow_commands/* getInput */.V4('platform').trim().toLowerCase());
    log = phrasedLogger(new ActionsLogger(), this.phrasing);
    artifacts = new GitHubArtifactStore(this.log);
    input = (name) => workflow_commands/* getInput */.V4(name);
    // The toolkit's OIDC client (and its HTTP stack) is loaded by the runs that ask for a token.
    idToken = (0,id_token/* idTokenSource */.kn)(async (audience) => (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(659)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91659))).getIDToken(audience));
    constructor() {
        (0,secrets/* setSecretSink */.Wg)((value) => workflow_commands/* setSecret */.Pq(value));
    }
    resumeHint(settings, jobId) {
        const secretInputs = input_names/* credentialInputs */.HP.filter((name) => this.input(name).trim()).map((name) => `    ${name}: ${secretExpression(settings.platform, name)}`);
        return [
            `# Resume in a later step or job (the job keeps running on the platform):`,
            `- uses: flowferry/flowferry@${version/* MAJOR_TAG */.X}`,
            `  with:`,
            `    platform: ${settings.platform}`,
            `    operation: wait`,
            `    base-url: ${settings.baseUrl?.toString() ?? ''}`,
            `    job-id: ${jobId}`,
            ...secretInputs,
        ].join('\n');
    }
    async publish(unrendered) {
        const report = (0,core_phrasing/* renderAll */.Yl)(unrendered, this.phrasing);
        for (const result of report.results)
            for (const finding of result.findings ?? [])
                this.log.annotate(finding);
        // The comment never changes the step's result: whatever goes wrong there is one warning.
        // Loaded here, after the work: its GitHub client (Octokit) and zod stay off the start-up path.
        // The import is inside the catch too: a module that fails to load is a comment not written.
        report.commentUrl = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(144)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2144))
            .then(({ commentOnPullRequest }) => commentOnPullRequest(report, this.log))
            .catch((error) => {
            this.log.warning(`pr-comment: the comment was not written (${error.message}). The step's result is unchanged`);
            return undefined;
        });
        // Outputs are written to GITHUB_OUTPUT under a random heredoc delimiter (the toolkit refuses a
        // value holding it), so a value cannot add a key; outputsOf keeps the one-line ones one line.
        // `status` and `changed` are flowferry's own words: a secret that happens to be "succeeded"
        // must not turn the output a pipeline reads into `***`.
        for (const [name, value] of Object.entries(outputsOf(report)))
            workflow_commands/* setOutput */.uH(name, OWN_WORDS.has(name) ? value : (0,untrusted_text/* shown */.SP)(value));
        try {
            await workflow_commands/* appendSummary */.fe((0,untrusted_text/* shown */.SP)((0,summary/* renderSummary */.Br)(report)));
        }
        catch (error) {
            // No summary file outside a runner; the outputs and the log still say everything.
            this.log.debug(`job summary not written: ${error.message}`);
        }
        if (!(0,operations_result/* isFailure */.N6)(report.status))
            return;
        const failures = report.results.filter((result) => (0,operations_result/* isFailure */.N6)(result.status));
        const lines = failures.map((result) => {
            const where = report.batch && result.path ? `${result.path}: ` : '';
            return `${where}${result.message ?? result.status}${result.hint && !result.hint.includes('\n') ? `\n${result.hint}` : ''}`;
        });
        if (failures.some((result) => result.hint?.includes('\n'))) {
            this.log.info(failures.find((result) => result.hint?.includes('\n')).hint);
        }
        const prefix = report.batch ? `${failures.length} of ${report.results.length} bundles failed:\n` : '';
        workflow_commands/* setFailed */.C1((0,untrusted_text/* forLog */.Ig)(prefix + lines.join('\n')));
    }
}


/***/ }),

/***/ 70761:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ ARTIFACT_NAME_FORBIDDEN),
/* harmony export */   V: () => (/* binding */ defaultArtifactName)
/* harmony export */ });
/** GitHub refuses these characters in artifact names (@actions/artifact validateArtifactName). */
const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\r\n\\/]/;
/** A default artifact name from a workflow name: forbidden characters become dashes. */
function defaultArtifactName(platform, label) {
    return `${platform}-${label}`.replace(new RegExp(ARTIFACT_NAME_FORBIDDEN.source, 'g'), '-').replace(/\s+/g, '-');
}


/***/ }),

/***/ 32257:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline),
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* harmony import */ var _timers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57289);

const systemClock = {
    now: () => Date.now(),
    sleep: async (ms, signal) => {
        if (ms <= 0)
            return;
        await (0,_timers_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy)(ms, signal);
    },
    random: () => Math.random(),
};
/**
 * The moment the whole step must be done by: `timeout` after it started. One object is shared by
 * the poller and the HTTP client, which refuses to send once it has passed and aborts what is in
 * flight when it passes; `lastCall` is how the poller's check AT the deadline still gets its answer.
 */
class Deadline {
    at;
    clock;
    /** Ends of the grace periods of last calls in flight. */
    graces = [];
    constructor(at, clock = systemClock) {
        this.at = at;
        this.clock = clock;
    }
    static after(ms, clock = systemClock) {
        return new Deadline(clock.now() + ms, clock);
    }
    remaining() {
        return Math.max(0, Math.max(this.at, ...this.graces) - this.clock.now());
    }
    expired() {
        return this.remaining() <= 0;
    }
    /** Aborts when the deadline passes; for requests in flight. */
    signal() {
        return (0,_timers_js__WEBPACK_IMPORTED_MODULE_0__/* .timeoutSignal */ ._)(Math.max(1, Math.ceil(this.remaining())));
    }
    /**
     * Runs `call`, the step's last request, sent at the deadline, with `graceMs` more for its answer:
     * a check made at the deadline is worth making only if its reply can be read. Everything that
     * shares this deadline sees the grace while the call is in flight, and only then.
     */
    async lastCall(graceMs, call) {
        const end = Math.max(this.at, this.clock.now()) + graceMs;
        this.graces.push(end);
        try {
            return await call();
        }
        finally {
            this.graces.splice(this.graces.indexOf(end), 1);
        }
    }
}


/***/ }),

/***/ 16082:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ randomUUID),
/* harmony export */   n1: () => (/* binding */ createHash),
/* harmony export */   po: () => (/* binding */ randomBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * node:crypto, taken when first used rather than when a module that may use it is loaded: its
 * start-up costs ~3-8 ms, and a run reaches its first request without needing it (the hashes and
 * temp names come later), unless its platform signs requests. The bundler turns an `import` of a
 * built-in module into a require run as the importing module loads; `process.getBuiltinModule`
 * (https://nodejs.org/api/process.html#processgetbuiltinmoduleid) waits for the call.
 */
const crypto = () => process.getBuiltinModule('node:crypto');
const createHash = (algorithm) => crypto().createHash(algorithm);
const randomUUID = () => crypto().randomUUID();
/**
 * Random bytes from the kernel's generator, /dev/urandom, where there is one (Linux and macOS
 * runners): the source OpenSSL itself draws from
 * (https://man7.org/linux/man-pages/man4/urandom.4.html), read without loading node:crypto. The
 * phrasing nonce and Zuora's track id are drawn before the first request; loading node:crypto for
 * them was most of a run's start-up beyond its own code. Where the file cannot be read (Windows),
 * node:crypto's generator.
 */
function randomBytes(size) {
    const bytes = Buffer.alloc(size);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/dev/urandom', 'r');
        for (let filled = 0; filled < size;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, filled, size - filled, null);
            if (read <= 0)
                throw new Error('/dev/urandom gave no bytes');
            filled += read;
        }
        return bytes;
    }
    catch {
        return crypto().randomBytes(size);
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 98571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * Durations as the contract writes them: `90s`, `10m`, `1h`, combinations such as `1h30m`,
 * `500ms` for tests, or a bare number of seconds. Returns milliseconds, or undefined when the
 * text is not a duration (the caller names the input in its error).
 */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;
function parseDuration(text) {
    const value = text.trim().toLowerCase();
    if (value === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    let total = 0;
    PART.lastIndex = 0;
    while (PART.lastIndex < value.length) {
        const match = PART.exec(value);
        if (!match)
            return undefined;
        total += Number(match[1]) * UNIT_MS[match[2]];
    }
    return Number.isFinite(total) ? Math.round(total) : undefined;
}
/** `95000` → `1m35s`; for log lines and summaries. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.max(0, Math.round(ms))}ms`;
    let seconds = Math.round(ms / 1000);
    const hours = Math.floor(seconds / 3600);
    seconds -= hours * 3600;
    const minutes = Math.floor(seconds / 60);
    seconds -= minutes * 60;
    return [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds || (!hours && !minutes) ? `${seconds}s` : '']
        .join('');
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ formatLocation),
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   On: () => (/* binding */ TimedOutError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   WX: () => (/* binding */ UncertainDeliveryError),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   dk: () => (/* binding */ JobFailedError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   j$: () => (/* binding */ HttpError),
/* harmony export */   rJ: () => (/* binding */ BundleError),
/* harmony export */   rm: () => (/* binding */ FlowferryError),
/* harmony export */   vO: () => (/* binding */ ReplyError)
/* harmony export */ });
/* harmony import */ var _phrasing_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31677);
/**
 * The error types flowferry raises on purpose. Everything that reaches the user is one of these;
 * anything else is a bug and is reported as such by `describeError`.
 *
 * Each error knows the step status it stands for (`failed` or `timed-out`) and, where it can,
 * what the user should change (`hint`).
 */

class FlowferryError extends Error {
    /** The `status` output this error leads to. */
    status = 'failed';
    /** One sentence on what to change, shown after the message. */
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.hint = options.hint;
    }
    /** The same error with another hint: its class, fields and cause kept. */
    withHint(hint) {
        const copy = Object.assign(Object.create(Object.getPrototypeOf(this)), this, { hint });
        Object.defineProperties(copy, { message: { value: this.message, writable: true }, stack: { value: this.stack, writable: true } });
        if (this.cause !== undefined)
            Object.defineProperty(copy, 'cause', { value: this.cause, writable: true });
        return copy;
    }
}
/**
 * A missing or malformed input. The message names the input and shows a good value, each in the
 * words of the front end that shows it (`timeout: 30m` in a workflow, `--timeout 30m` on the CLI).
 */
class InputError extends FlowferryError {
    input;
    constructor(input, problem, example) {
        super(`${(0,_phrasing_js__WEBPACK_IMPORTED_MODULE_0__/* .subject */ .bc)(input)}: ${problem}`, {
            hint: example === undefined ? undefined : `For example: ${(0,_phrasing_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)(input, example)}`,
        });
        this.input = input;
    }
}
/** A bundle (or platform file) that cannot be used. Carries every finding, not just the first. */
class BundleError extends FlowferryError {
    findings;
    constructor(message, findings = [], options = {}) {
        super(message, options);
        this.findings = findings;
    }
    static at(location, rule, message, hint) {
        return new BundleError(`${formatLocation(location)}: ${message}`, [{ ...location, severity: 'error', rule, message }], {
            hint,
        });
    }
}
/** The platform answered with an error status. `detail` is the platform's own words. */
class HttpError extends FlowferryError {
    httpStatus;
    method;
    path;
    detail;
    code;
    requestId;
    constructor(httpStatus, method, 
    /** Path only: query strings can hold signatures. */
    path, detail, code, requestId, options = {}) {
        const parts = [`${method} ${path} failed with HTTP ${httpStatus}`];
        if (code)
            parts.push(`code ${code}`);
        let message = parts.join(', ');
        if (detail)
            message += `: ${detail}`;
        if (requestId)
            message += ` (request id ${requestId})`;
        super(message, { hint: options.hint });
        this.httpStatus = httpStatus;
        this.method = method;
        this.path = path;
        this.detail = detail;
        this.code = code;
        this.requestId = requestId;
        this.reply = options.reply;
    }
    /**
     * The reply's text as it came (at most 64 KiB), for a caller that reads it as data (a replayed
     * result). Never shown: `detail` is the shown, masked form of it.
     */
    reply;
    /**
     * The same refusal read anew: `detail` restates what the platform said (what its status means
     * for this call, with its own words kept inside), and `hint` replaces the hint unless left out.
     * Status, method, path, code, request id and reply stay; the message is rebuilt from them.
     * (Only the hint changes: `withHint`.)
     */
    withDetail(detail, hint = this.hint) {
        return new HttpError(this.httpStatus, this.method, this.path, detail, this.code, this.requestId, { hint, reply: this.reply });
    }
}
/** The connection failed before the request could be delivered, or every retry was used up. */
class NetworkError extends FlowferryError {
}
/**
 * A request that must not be repeated (an import) may or may not have reached the platform:
 * the connection broke after the body was sent, or the reply was lost. Sending it again could
 * import twice, so flowferry stops and says so.
 */
class UncertainDeliveryError extends FlowferryError {
    constructor(what, cause, harmless) {
        super(`${what}: the request was sent but no complete reply came back (${causeText(cause).replace(`${what}: `, '')}). ` +
            'The platform may or may not have carried it out; flowferry did not send it again, to avoid doing it twice.', {
            cause,
            hint: harmless ?? `Check the target environment for the change before ${(0,_phrasing_js__WEBPACK_IMPORTED_MODULE_0__/* .phrase */ .MZ)('rerunning')}.`,
        });
    }
}
/** The platform replied, but not in a shape flowferry understands. */
class ReplyError extends FlowferryError {
}
/** The platform's asynchronous job ended in failure. */
class JobFailedError extends FlowferryError {
    jobId;
    platformStatus;
    constructor(message, jobId, platformStatus) {
        super(message);
        this.jobId = jobId;
        this.platformStatus = platformStatus;
    }
}
/** The `timeout` passed. The platform job may still be running. */
class TimedOutError extends FlowferryError {
    jobId;
    platformStatus;
    status = 'timed-out';
    constructor(message, jobId, platformStatus, hint) {
        super(message, { hint });
        this.jobId = jobId;
        this.platformStatus = platformStatus;
    }
}
function formatLocation(location) {
    let text = location.file;
    if (location.line !== undefined) {
        text += `:${location.line}`;
        if (location.col !== undefined)
            text += `:${location.col}`;
    }
    return text;
}
function causeText(cause) {
    if (cause instanceof Error) {
        const code = cause.code;
        return code ? `${code}: ${cause.message}` : cause.message;
    }
    return String(cause);
}
/** The text shown for any thrown value: our own errors as they are, anything else marked as unexpected. */
function describeError(error) {
    if (error instanceof FlowferryError)
        return error.hint ? `${error.message}\n${error.hint}` : error.message;
    if (error instanceof Error)
        return `Unexpected error: ${error.message}`;
    return `Unexpected error: ${String(error)}`;
}
function statusOf(error) {
    return error instanceof FlowferryError ? error.status : 'failed';
}


/***/ }),

/***/ 78616:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ replaceDir),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   UN: () => (/* binding */ stagingDirFor),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   Zs: () => (/* binding */ isEmptyDir),
/* harmony export */   ht: () => (/* binding */ siblingTemp),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   tD: () => (/* binding */ digestHandle)
/* harmony export */ });
/* harmony import */ var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16082);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * SHA-256 and size of a file, read through one reused buffer: a gigabyte bundle is hashed in
 * constant memory and leaves no garbage behind for the collector to catch up with.
 */
async function digestFile(file) {
    return digestHandle(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r'));
}
/** The digest of what is left to read from an open file, which it then closes. */
async function digestHandle(handle) {
    const hash = (0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256');
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    let bytes = 0;
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
            bytes += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
    return { bytes, sha256: hash.digest('hex') };
}
/** A name beside `target` that nobody else uses; temp files live next to their destination so rename is atomic. */
function siblingTemp(target, label = 'tmp') {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${label}-${(0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .randomBytes */ .po)(4).toString('hex')}`);
}
/** Write a whole file or nothing: a reader never sees half of it. */
async function writeFileAtomic(file, data) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
    const temp = siblingTemp(file);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, data);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}
/** A fresh directory beside `target`, on the same file system, for building its replacement. */
async function stagingDirFor(target) {
    const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(target));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(parent, { recursive: true });
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(parent, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.staging-`));
}
/**
 * Put a fully written directory in place of `target`. An existing `target` is moved aside first
 * and removed only after the new one is in place, so an interruption leaves one or the other.
 */
async function replaceDir(staging, target) {
    const old = siblingTemp(target, 'old');
    const existed = await exists(target);
    if (existed)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(target, old);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, target);
    }
    catch (error) {
        if (existed)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(old, target);
        throw error;
    }
    if (existed)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(old, { recursive: true, force: true });
}
async function exists(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
        return true;
    }
    catch {
        return false;
    }
}
async function isEmptyDir(dir) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).length === 0;
    }
    catch {
        return false;
    }
}
/** Paths in messages and outputs: relative to the workspace when inside it, with forward slashes. */
function displayPath(file, root = process.env.GITHUB_WORKSPACE ?? process.cwd()) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file));
    const shown = relative === '' ? '.' : relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative) ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file) : relative;
    return shown.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
}


/***/ }),

/***/ 41434:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  P: () => (/* binding */ json),
  e: () => (/* binding */ prepareBody)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
// EXTERNAL MODULE: ./src/core/plain-file.ts
var plain_file = __nccwpck_require__(19130);
// EXTERNAL MODULE: ./src/core/crypto.ts
var core_crypto = __nccwpck_require__(16082);
// EXTERNAL MODULE: ./src/core/memory.ts
var memory = __nccwpck_require__(11360);
;// CONCATENATED MODULE: ./src/core/http/multipart.ts




/**
 * Bytes read from the file at a time: fewer, larger reads cost less per byte through every stage
 * (file stream, transport, socket). Four chunks of the Kore.ai upload in flight hold a few of these each.
 */
const READ_CHUNK = 256 * 1024;
function multipart(parts) {
    const boundary = `----flowferry${(0,core_crypto/* randomBytes */.po)(12).toString('hex')}`;
    const pieces = [];
    let length = 0;
    const add = (piece) => {
        pieces.push(piece);
        length += Buffer.isBuffer(piece) ? piece.length : partLength(piece);
    };
    for (const part of parts) {
        const disposition = `form-data; name="${multipart_escape(part.name)}"${'file' in part ? `; filename="${multipart_escape(part.filename)}"` : ''}`;
        const type = 'file' in part ? `\r\nContent-Type: ${part.contentType}` : '';
        add(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`));
        if ('file' in part)
            add(part);
        add(Buffer.from('value' in part ? `${part.value}\r\n` : '\r\n'));
    }
    add(Buffer.from(`--${boundary}--\r\n`));
    return { contentType: `multipart/form-data; boundary=${boundary}`, length, open: () => external_node_stream_.Readable.from(body(pieces), { objectMode: false }) };
}
async function* body(pieces) {
    for (const piece of pieces) {
        if (Buffer.isBuffer(piece)) {
            yield piece;
            continue;
        }
        const seen = piece.watch?.();
        for await (const chunk of fileChunks(piece.file, piece.size, piece.start === undefined ? {} : { start: piece.start, end: piece.end })) {
            seen?.(chunk);
            yield chunk;
        }
    }
}
/**
 * A file's bytes (or a range of them), READ_CHUNK at a time and counted for core/memory.ts as they
 * pass. Opened as core/plain-file.ts opens files: the very file whose checksum was verified, at the
 * size announced, or an error (which ends the body, and so the request) before a byte is read.
 */
async function* fileChunks(file, size, range = {}) {
    for await (const chunk of (0,plain_file/* plainFileStream */.r7)(file, { ...range, highWaterMark: READ_CHUNK }, size)) {
        (0,memory/* streamed */.IB)(chunk.length);
        yield chunk;
    }
}
function partLength(part) {
    return part.start === undefined ? part.size : (part.end ?? part.size - 1) - part.start + 1;
}
/**
 * A name or file name in a part's header, as browsers write it: `"` and line breaks
 * percent-encoded, so a name from a bundle cannot end the header or the quoted string early
 * (https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#multipart-form-data).
 */
function multipart_escape(text) {
    return text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

;// CONCATENATED MODULE: ./src/core/http/body.ts



/** node:zlib, loaded by the first body gzipped (https://nodejs.org/api/process.html#processgetbuiltinmoduleid). */
const zlib = () => process.getBuiltinModule('node:zlib');
const json = (value) => ({ kind: 'json', value });
async function prepareBody(body, gzipAbove) {
    switch (body.kind) {
        case 'json':
            return bytesBody(Buffer.from(JSON.stringify(body.value)), 'application/json', gzipAbove);
        case 'form':
            return bytesBody(Buffer.from(new URLSearchParams(body.fields).toString()), 'application/x-www-form-urlencoded', gzipAbove);
        case 'bytes':
            return bytesBody(body.data, body.contentType, gzipAbove);
        case 'multipart': {
            // Checked before anything is sent; each attempt's stream checks its descriptor again.
            for (const part of body.parts)
                if ('file' in part)
                    await (0,plain_file/* assertUploadable */.C3)(part.file, part.size);
            const form = multipart(body.parts);
            return { headers: { 'content-type': form.contentType, 'content-length': String(form.length) }, open: form.open };
        }
        case 'file':
            await (0,plain_file/* assertUploadable */.C3)(body.file, body.size);
            return fileBody(body.file, body.size, body.contentType, gzipAbove);
    }
}
function bytesBody(data, contentType, gzipAbove) {
    const headers = { 'content-type': contentType };
    let bytes = data;
    if (gzipAbove !== undefined && data.length > gzipAbove) {
        bytes = zlib().gzipSync(data);
        headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(bytes.length);
    return { headers, bytes, open: () => bytes };
}
/**
 * A file sent as the body, streamed from disk for each attempt so that memory does not grow with
 * it. Gzipped as it streams, where the platform takes gzipped bodies: the compressed length is
 * not known before the end, so the request goes without a Content-Length, in chunked transfer
 * coding (https://www.rfc-editor.org/rfc/rfc9112#section-7.1). Every attempt sends the same bytes
 * (the same verified file through the same deflate settings), as a retry under one Idempotency-Key
 * must. Such a body has no `bytes`: a signer that hashes bodies signs it as an unsigned payload.
 */
function fileBody(file, size, contentType, gzipAbove) {
    const gzip = gzipAbove !== undefined && size > gzipAbove;
    const headers = gzip ? { 'content-type': contentType, 'content-encoding': 'gzip' } : { 'content-type': contentType, 'content-length': String(size) };
    return {
        headers,
        open: () => {
            const source = external_node_stream_.Readable.from(fileChunks(file, size), { objectMode: false });
            if (!gzip)
                return source;
            // A read error destroys the gzip stream with it, and so ends the request unfinished.
            return (0,external_node_stream_.pipeline)(source, zlib().createGzip(), () => { });
        },
    };
}


/***/ }),

/***/ 52911:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  vf: () => (/* reexport */ reply_body/* discard */.vf),
  Ve: () => (/* reexport */ genericErrorDetail),
  sy: () => (/* reexport */ headerCredentials),
  jF: () => (/* reexport */ hintForStatus),
  Vh: () => (/* reexport */ reply_body/* readJson */.Vh),
  yR: () => (/* reexport */ reply_body/* readText */.yR),
  Gb: () => (/* reexport */ requestIdOf)
});

// EXTERNAL MODULE: ./src/core/clock.ts
var clock = __nccwpck_require__(32257);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __nccwpck_require__(98571);
// EXTERNAL MODULE: ./src/core/timers.ts + 1 modules
var timers = __nccwpck_require__(57289);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(71013);
// EXTERNAL MODULE: ./src/core/http/body.ts + 1 modules
var http_body = __nccwpck_require__(41434);
// EXTERNAL MODULE: ./src/core/http/dispatcher.ts
var dispatcher = __nccwpck_require__(23123);
// EXTERNAL MODULE: ./src/core/http/errors.ts
var http_errors = __nccwpck_require__(46081);
// EXTERNAL MODULE: ./src/core/untrusted-text.ts
var untrusted_text = __nccwpck_require__(61037);
;// CONCATENATED MODULE: ./src/core/http/redirect.ts


/**
 * Where a redirect leads: its Location (RFC 9110 §10.2.2) resolved against the request's URL.
 * A Location that is not a URL, or leads anywhere but http(s) (file:, data:, javascript:), is the
 * platform's error, said as one: `new URL` would otherwise throw a TypeError from inside the
 * request loop, which the user would see as an unexpected error.
 */
function redirectTarget(location, from, what) {
    const text = String(Array.isArray(location) ? location[0] : location);
    let target;
    try {
        target = new URL(text, from);
    }
    catch {
        throw new errors/* ReplyError */.vO(`${what}: the platform redirected to ${(0,untrusted_text/* untrustedText */.Ui)(text, 200)}, which is not a URL`);
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
        throw new errors/* ReplyError */.vO(`${what}: the platform redirected to a ${(0,untrusted_text/* untrustedText */.Ui)(target.protocol, 20)} URL; flowferry follows http(s) redirects only`);
    }
    return target;
}

// EXTERNAL MODULE: ./src/core/http/reply-body.ts
var reply_body = __nccwpck_require__(44557);
;// CONCATENATED MODULE: ./src/core/http/transport.ts


/** The codes of the errors this file makes; CONNECT_TIMEOUT is one retry.ts counts as never sent. */
const CONNECT_TIMEOUT = 'CONNECT_TIMEOUT';
const HEADERS_TIMEOUT = 'HEADERS_TIMEOUT';
const BODY_TIMEOUT = 'BODY_TIMEOUT';
function coded(code, message) {
    return Object.assign(new Error(message), { code });
}
/**
 * An error from before the connection was up (DNS, TCP, the TLS handshake: an untrusted or
 * expired certificate, a server that does not speak TLS): not a byte of the request was written,
 * whatever the error's code, so retry.ts may send it again and never calls its delivery uncertain.
 * The cause's message and code are kept for the log line.
 */
class NotConnectedError extends Error {
    code;
    constructor(cause) {
        super(cause.message, { cause });
        this.name = 'NotConnectedError';
        this.code = cause.code;
    }
}
/** Sends `exchange` to `url` through the run's `pools`; resolves when the reply's headers are in. */
function send(url, exchange, pools) {
    return new Promise((resolve, reject) => {
        const { signal } = exchange;
        if (signal.aborted)
            return reject(signal.reason);
        const secure = url.protocol === 'https:';
        let req;
        try {
            const client = secure ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
            req = client.request(url, { method: exchange.method, headers: exchange.headers, agent: secure ? pools.https : pools.http });
        }
        catch (error) {
            // A header value Node refuses (ERR_INVALID_CHAR): nothing was sent.
            return reject(error);
        }
        let response;
        let socket;
        let connectTimer;
        let done = false;
        // Set once the socket is connected (and its TLS handshake done), or reused connected.
        let connected = false;
        const fail = (error) => {
            if (done)
                return;
            // Once the headers are in, the error reaches whoever reads the body.
            if (response)
                response.destroy(error);
            req.destroy(error);
            reject(error);
        };
        const onAbort = () => fail(signal.reason);
        const onIdle = () => {
            fail(response
                ? coded(BODY_TIMEOUT, `the reply stopped: nothing came for ${(0,duration/* formatDuration */.a)(exchange.bodyTimeoutMs)} (body timeout; FLOWFERRY_READ_TIMEOUT sets it)`)
                : coded(HEADERS_TIMEOUT, `no reply: nothing came for ${(0,duration/* formatDuration */.a)(exchange.headersTimeoutMs)} after the request (headers timeout; FLOWFERRY_READ_TIMEOUT sets it)`));
        };
        const cleanup = () => {
            if (done)
                return;
            done = true;
            clearTimeout(connectTimer);
            signal.removeEventListener('abort', onAbort);
            socket?.removeListener('timeout', onIdle);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        req.on('error', (error) => {
            if (response && !response.destroyed)
                response.destroy(error);
            reject(connected ? error : new NotConnectedError(error));
            cleanup();
        });
        req.once('close', () => {
            if (!response)
                cleanup();
        });
        req.once('socket', (assigned) => {
            socket = assigned;
            // A new socket is still connecting (its TLS handshake included); a reused one is not.
            // The read timeout starts once it is connected: a slow connect is the connect timeout's, which
            // says the request was never sent.
            assigned.on('timeout', onIdle);
            const reading = () => {
                connected = true;
                clearTimeout(connectTimer);
                if (!done && !response)
                    assigned.setTimeout((0,timers/* timerMs */.Q2)(exchange.headersTimeoutMs));
            };
            if (!assigned.connecting)
                return reading();
            assigned.setTimeout(0);
            connectTimer = setTimeout(() => {
                fail(coded(CONNECT_TIMEOUT, `connect timeout: no connection to ${url.host} within ${(0,duration/* formatDuration */.a)(exchange.connectTimeoutMs)} (FLOWFERRY_CONNECT_TIMEOUT sets it)`));
            }, (0,timers/* timerMs */.Q2)(exchange.connectTimeoutMs));
            assigned.once(secure ? 'secureConnect' : 'connect', reading);
        });
        req.once('response', (res) => {
            response = res;
            socket?.setTimeout((0,timers/* timerMs */.Q2)(exchange.bodyTimeoutMs));
            res.once('close', cleanup);
            resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: res });
        });
        const { body } = exchange;
        if (body === undefined || Buffer.isBuffer(body)) {
            req.end(body);
        }
        else {
            // A body that fails (a file that changed under it) fails the request; a request that fails
            // first closes the body (its file descriptor).
            body.once('error', (error) => req.destroy(error));
            req.once('close', () => {
                if (!body.readableEnded)
                    body.destroy();
            });
            body.pipe(req);
        }
    });
}

;// CONCATENATED MODULE: ./src/core/http/retry.ts


const defaultRetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000 };
/** HTTP statuses that say "try again later" for requests that may be repeated. */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Socket errors that happen before a single byte of the request was written. */
const NOT_SENT_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    // transport.ts's own: the connect timeout passed before the socket was connected.
    CONNECT_TIMEOUT,
]);
/**
 * Certificate checks that failed in the TLS handshake (https://nodejs.org/api/tls.html#x509-certificate-error-codes,
 * and a host the certificate does not name): never sent, and never better on a second try.
 */
const CERTIFICATE_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_REVOKED',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'CERT_SIGNATURE_FAILURE',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
function isCertificateRefused(error) {
    const code = errorCode(error);
    return code !== undefined && CERTIFICATE_CODES.has(code);
}
function errorCode(error) {
    let current = error;
    for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
        const code = current.code;
        if (code)
            return code;
        current = current.cause;
    }
    return undefined;
}
function neverSent(error) {
    if (error instanceof NotConnectedError)
        return true;
    const code = errorCode(error);
    return code !== undefined && NOT_SENT_CODES.has(code);
}
function isTransientStatus(status) {
    return TRANSIENT_STATUSES.has(status);
}
/**
 * `Retry-After` as delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or
 * unreadable. Capped at what a timer can hold: the caller compares it with the deadline anyway.
 */
function parseRetryAfter(value, now) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined || text.trim() === '')
        return undefined;
    if (/^\s*\d+(\.\d+)?\s*$/.test(text))
        return Math.min(timers/* MAX_TIMER_MS */._o, Math.round(Number(text) * 1000));
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.min(timers/* MAX_TIMER_MS */._o, Math.max(0, date - now));
}
function ceiling(attempt, policy) {
    return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
}
/** The least pause after failed attempt `attempt`, whatever the reply said: half its backoff ceiling. */
function backoffFloor(attempt, policy) {
    return Math.floor(ceiling(attempt, policy) / 2);
}
/** Equal jitter: the floor, plus up to as much again at random, so clients that failed together spread out. */
function backoffDelay(attempt, policy, random) {
    const floor = backoffFloor(attempt, policy);
    return floor + Math.floor(random() * (ceiling(attempt, policy) - floor));
}
/**
 * Honour the server's wait, but never below the backoff floor; plus jitter (a tenth, at most 1 s)
 * so a fleet told the same Retry-After does not return in lockstep.
 */
function retryAfterDelay(retryAfterMs, attempt, policy, random) {
    const base = Math.min(timers/* MAX_TIMER_MS */._o, Math.max(retryAfterMs, backoffFloor(attempt, policy)));
    return base + Math.floor(random() * Math.min(1000, base * 0.1));
}

// EXTERNAL MODULE: ./src/core/phrasing.ts
var phrasing = __nccwpck_require__(31677);
;// CONCATENATED MODULE: ./src/core/http/pacer.ts




const MAX_WINDOW_S = 3600;
/**
 * Slows requests down before the platform has to say 429. Reads the standard `RateLimit-Limit`,
 * `RateLimit-Remaining` and `RateLimit-Reset` headers (Zuora sends them; any platform that does
 * benefits) and keeps a count of the window's budget between replies:
 *
 * - with budget left, requests go at once: the platform counts them exactly, so a burst within
 *   the budget is never refused, and holding requests back only makes the last of a batch late;
 * - when it is spent, requests wait for the window to reset.
 *
 * Each request holds a ticket from its reservation to its reply. A reply's `RateLimit-Remaining`
 * was counted before the requests sent after it reached the platform, so those still in flight are
 * taken off it: a batch of sixteen in flight does not spend the budget sixteen times over. The
 * window's end is known only to the second (`RateLimit-Reset` is whole seconds: "in 1 s" may mean
 * in 50 ms), so it is the earliest end the window's replies allow, not the last one's word.
 * https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/
 *
 * One pacer per origin, shared by every client of that origin, so the bundles of a batch draw on
 * one budget instead of each believing it has the whole of it.
 */
class RatePacer {
    /** Requests left in the current window, as far as we know; undefined when unknown. */
    remaining;
    /** The earliest end of the current window the replies allow. */
    windowEnd = 0;
    issued = 0;
    /** The first ticket issued in the current window: a reply to an older one was counted in a window that is over. */
    windowFirstTicket = 1;
    /** Tickets whose request has not had its reply yet. */
    inFlight = new Set();
    /**
     * Counts the reply of ticket `ticket` (a request without a ticket counts as the latest sent).
     * Replies without the headers change nothing but the ticket's.
     */
    observe(headers, now, ticket) {
        if (ticket !== undefined)
            this.inFlight.delete(ticket);
        // Sent before this window began: its RateLimit-Remaining is the old window's, and a reset
        // counted from its late arrival would hold the new window's requests back for nothing.
        if (ticket !== undefined && ticket < this.windowFirstTicket)
            return;
        const remaining = firstNumber(headers['ratelimit-remaining']);
        const resetSeconds = firstNumber(headers['ratelimit-reset']);
        if (remaining === undefined || resetSeconds === undefined)
            return;
        let uncounted = 0;
        if (ticket !== undefined)
            for (const other of this.inFlight)
                if (other > ticket)
                    uncounted++;
        const budget = Math.max(0, remaining - uncounted);
        // An hour at most: pacing only spares the platform 429s, and a reset further off is more
        // likely nonsense than a window; the platform's own refusal then says how long to wait.
        let end = now + Math.min(resetSeconds, MAX_WINDOW_S) * 1000;
        // A 429/503 may say both "the window resets in N s" and "Retry-After: M". Retry-After is the
        // server's own answer to "when may I try again" (Zuora: honour it), so the spent budget does
        // not hold the retry past it; the reply to that retry tells the budget again.
        const retryAfter = parseRetryAfter(headers['retry-after'], now);
        if (retryAfter !== undefined)
            end = Math.min(end, now + retryAfter);
        if (this.remaining === undefined || now >= this.windowEnd) {
            this.remaining = budget;
            this.windowEnd = end;
        }
        else {
            this.remaining = Math.min(this.remaining, budget);
            this.windowEnd = Math.min(this.windowEnd, end);
        }
    }
    /** The request got no reply: it no longer counts as in flight. */
    release(ticket) {
        this.inFlight.delete(ticket);
    }
    /** A ticket for the next request, to hand back with its reply (`observe`) or `release`. */
    ticket() {
        const ticket = ++this.issued;
        this.inFlight.add(ticket);
        return ticket;
    }
    /** How long the next request should wait; counts it against the budget when it may go. */
    reserve(now) {
        if (this.remaining === undefined)
            return 0;
        if (now >= this.windowEnd) {
            // A new window: its budget is known again from the next reply to a request sent in it.
            this.remaining = undefined;
            this.windowFirstTicket = this.issued + 1;
            return 0;
        }
        if (this.remaining <= 0)
            return this.windowEnd - now;
        this.remaining--;
        return 0;
    }
    /**
     * Waits for the request's turn; `what` and the deadline name the request when its turn would
     * come only after the step's timeout (a reset far off, or a platform's nonsense). Returns how
     * long it waited. A request that waited for a reset asks again: the replies that came in the
     * meantime may have spent the new window too.
     */
    async acquire(clock, deadline, what = 'the next request') {
        let waited = 0;
        for (let wait = this.reserve(clock.now()); wait > 0; wait = this.reserve(clock.now())) {
            if (deadline && wait >= deadline.remaining())
                throw lateBy(what, ` (RateLimit-Reset: in ${(0,duration/* formatDuration */.a)(wait)})`);
            await clock.sleep(wait, deadline?.signal()).catch(() => Promise.reject(lateBy(what)));
            waited += wait;
        }
        return waited;
    }
}
function lateBy(what, why = '') {
    return new errors/* TimedOutError */.On(`${what}: the platform's rate limit lets it go only after the timeout${why}`, undefined, undefined, `Raise ${(0,phrasing/* input */.hF)('timeout')}, or ${(0,phrasing/* phrase */.MZ)('rerun')} later.`);
}
function firstNumber(value) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined)
        return undefined;
    // "2250000, 50000;w=60, …": the first item is the window closest to exhaustion.
    const match = /^\s*(\d+(?:\.\d+)?)/.exec(text);
    return match ? Number(match[1]) : undefined;
}
const pacers = new Map();
function pacerFor(origin) {
    let pacer = pacers.get(origin);
    if (!pacer) {
        pacer = new RatePacer();
        pacers.set(origin, pacer);
    }
    return pacer;
}

;// CONCATENATED MODULE: ./src/core/http/reply-text.ts

/** How much of a platform's message is shown; the rest rarely adds to the first sentences. */
const MESSAGE_LIMIT = 500;
const CODE_LIMIT = 100;
const REQUEST_ID_LIMIT = 200;
/**
 * The detail as messages may show it: each field from the reply masked (secrets in every
 * spelling, foreign URLs' queries), one line with visible escapes, and only then shortened.
 */
function untrustedDetail(detail) {
    return {
        ...detail,
        message: (0,untrusted_text/* untrustedText */.Ui)(detail.message, MESSAGE_LIMIT),
        code: detail.code === undefined ? undefined : (0,untrusted_text/* untrustedText */.Ui)(detail.code, CODE_LIMIT),
        requestId: detail.requestId === undefined ? undefined : (0,untrusted_text/* untrustedText */.Ui)(detail.requestId, REQUEST_ID_LIMIT),
    };
}
/** The headers platforms commonly carry a request id in; a platform with its own names it (`requestIdHeader`). */
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id'];
/** The request id a platform put in a header, shown as an id from outside is. */
function requestIdOf(headers, platformHeader) {
    for (const name of platformHeader ? [platformHeader, ...REQUEST_ID_HEADERS] : REQUEST_ID_HEADERS) {
        const value = headers[name];
        if (value)
            return (0,untrusted_text/* untrustedText */.Ui)(Array.isArray(value) ? value[0] : value, REQUEST_ID_LIMIT);
    }
    return undefined;
}
/**
 * Best effort for platforms without a documented error shape: a JSON message field, or the text.
 * Not shortened here: the client masks the whole text first, then shortens it.
 */
function genericErrorDetail(headers, text, requestIdHeader) {
    let message = text.trim();
    try {
        const body = JSON.parse(text);
        const candidate = body.message ?? body.error_msg ?? body.errorMsg ?? body.msg ?? body.error ?? body.title;
        if (typeof candidate === 'string')
            message = candidate;
    }
    catch {
        // not JSON: the text itself is the best we have
    }
    return { message, requestId: requestIdOf(headers, requestIdHeader) };
}

;// CONCATENATED MODULE: ./src/core/http/refusal.ts



/** An error reply's body is read this far: enough for any platform's message, not a flood. */
const ERROR_BODY_LIMIT = 64 * 1024;
/** The text of an error reply, or '' when it cannot be read: the status still says what happened. */
function refusalText(reply) {
    return (0,reply_body/* readText */.yR)(reply.body, ERROR_BODY_LIMIT).catch(() => '');
}
/** The platform's reading of an error reply, made safe to show. */
function describeRefusal(reader, reply, text) {
    const detail = reader.describeError?.({ status: reply.status, headers: reply.headers, text });
    return untrustedDetail(detail ?? genericErrorDetail(reply.headers, text, reader.requestIdHeader));
}
function refusalError(reader, reply, method, text, detail) {
    const d = detail ?? describeRefusal(reader, reply, text);
    return new errors/* HttpError */.j$(reply.status, method, reply.url.pathname, d.message, d.code, d.requestId, {
        hint: d.hint ?? hintForStatus(reply.status),
        reply: text,
    });
}
function hintForStatus(status) {
    if (status === 401)
        return 'Check the credential inputs: the platform did not accept them.';
    if (status === 403)
        return 'The credentials were accepted but lack the permission (scope/role) for this call.';
    if (status === 404)
        return 'Check the ids and base-url: the platform does not know this resource.';
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/http/request.ts
/**
 * The methods HTTP defines as idempotent (RFC 9110, section 9.2.2:
 * https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2); a POST or PATCH is one only when the
 * platform says so (`RequestSpec.idempotent`).
 */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
function isIdempotent(spec) {
    return spec.idempotent ?? IDEMPOTENT_METHODS.has(spec.method);
}
/** The URL a spec names: its path under `base-url` (keeping the base's own path), or an absolute URL as given. */
function urlFor(baseUrl, spec) {
    const url = /^https?:\/\//i.test(spec.path)
        ? new URL(spec.path)
        : new URL(baseUrl.pathname.replace(/\/+$/, '') + spec.path, baseUrl.origin);
    for (const [key, value] of Object.entries(spec.query ?? {})) {
        if (value !== undefined)
            url.searchParams.set(key, String(value));
    }
    return url;
}
function lowerCase(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers ?? {}))
        out[name.toLowerCase()] = value;
    return out;
}
/**
 * The body to send for one attempt. A streamed body marks `progress` so that a failure can tell
 * a request that cannot have been received whole (the stream never ended) from one that may have.
 */
function openBody(body, progress) {
    if (!body)
        return undefined;
    const opened = body.open();
    if (Buffer.isBuffer(opened))
        return opened;
    progress.streamed = true;
    opened.once('end', () => {
        progress.finished = true;
    });
    return opened;
}

;// CONCATENATED MODULE: ./src/core/http/request-log.ts


/**
 * The debug log's line for each request and reply. Secrets stay out: credential headers are
 * masked, and a URL off the `base-url` origin (a signed download link) loses its query string.
 */
const SENSITIVE_HEADERS = new Set([
    'authorization',
    'proxy-authorization',
    'cookie',
    'set-cookie',
    'x-api-key',
    'accesskey',
    'x-auth-token',
    'x-subject-token',
    'x-security-token',
]);
function logRequest(log, request, attempt, trusted) {
    if (!log.debugEnabled)
        return;
    const shown = trusted ? request.url.toString() : `${request.url.origin}${request.url.pathname}${request.url.search ? '?…' : ''}`;
    const headers = Object.entries(request.headers)
        .map(([name, value]) => `${name}: ${SENSITIVE_HEADERS.has(name.toLowerCase()) ? '***' : value}`)
        .join(', ');
    log.debug(`→ ${request.method} ${shown}${attempt > 1 ? ` (attempt ${attempt})` : ''} [${headers}]`);
}
function logReply(log, reply, elapsedMs, requestIdHeader) {
    if (!log.debugEnabled)
        return;
    const id = requestIdOf(reply.headers, requestIdHeader);
    log.debug(`← ${reply.status} ${reply.url.pathname} in ${(0,duration/* formatDuration */.a)(elapsedMs)}` +
        `${reply.headers['content-length'] ? `, ${reply.headers['content-length']} bytes` : ''}` +
        `${id ? `, request id ${id}` : ''}`);
}

// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __nccwpck_require__(12032);
;// CONCATENATED MODULE: ./src/core/http/retry-wait.ts




async function pauseBeforeRetry(retrying, what, attempt, problem, pause, lastError) {
    const { policy, clock, deadline, log } = retrying;
    const retryAfterMs = pause?.ms;
    if (attempt >= policy.maxAttempts) {
        if (lastError instanceof errors/* HttpError */.j$)
            throw lastError;
        throw new errors/* NetworkError */.Dr(`${what} failed after ${attempt} attempts: ${problem}`, {
            cause: lastError,
            hint: 'Check that base-url is right and the platform is reachable from the runner.',
        });
    }
    const wait = retryAfterMs !== undefined
        ? retryAfterDelay(retryAfterMs, attempt, policy, clock.random)
        : backoffDelay(attempt, policy, clock.random);
    if (wait >= deadline.remaining()) {
        throw new errors/* TimedOutError */.On(`${what}: ${problem}, and the next attempt (in ${(0,duration/* formatDuration */.a)(wait)}) would come after the timeout`, undefined, undefined, `Raise ${(0,phrasing/* input */.hF)('timeout')}, or ${(0,phrasing/* phrase */.MZ)('rerun')} later.`);
    }
    const source = pause ? ` ${pause.source}` : '';
    log.info(`${what}: ${problem}; retrying in ${(0,duration/* formatDuration */.a)(wait)}${source} (attempt ${attempt + 1} of ${policy.maxAttempts})`);
    await clock.sleep(wait, deadline.signal()).catch(() => {
        throw new errors/* TimedOutError */.On(`${what}: ${problem}, and the timeout passed while waiting to try again`, undefined, undefined, `Raise ${(0,phrasing/* input */.hF)('timeout')}, or ${(0,phrasing/* phrase */.MZ)('rerun')} later.`);
    });
}
/**
 * Stop when the step's `timeout` has passed. When a request that is not idempotent failed after it
 * may have left (`cause`), the message says it may have reached the platform.
 */
function checkDeadline(deadline, what, idempotent, cause) {
    if (!deadline.expired())
        return;
    const uncertain = cause !== undefined && !idempotent;
    throw new errors/* TimedOutError */.On(`${what} did not finish before the timeout`, undefined, undefined, uncertain
        ? `The request may have reached the platform: check the target before ${(0,phrasing/* phrase */.MZ)('rerunning')}, or raise ${(0,phrasing/* input */.hF)('timeout')}.`
        : `Raise ${(0,phrasing/* input */.hF)('timeout')}, or ${(0,phrasing/* phrase */.MZ)('rerun')}.`);
}
/** A network failure in words: its code (ECONNRESET…) and message, the code once. */
function describeCause(error) {
    const code = errorCode(error);
    const message = error instanceof Error ? error.message : String(error);
    // As a word of its own: CONNECT_TIMEOUT is not named by a message that names FLOWFERRY_CONNECT_TIMEOUT.
    return code && !message.split(/\W+/).includes(code) ? `${code}: ${message}` : message;
}
/**
 * The platform's TLS certificate was refused: nothing was sent, and no retry would change it. A
 * platform behind a private CA is reached by giving Node that CA
 * (https://nodejs.org/api/cli.html#node_extra_ca_certsfile); never by turning the check off.
 */
function certificateRefused(what, error) {
    return new errors/* NetworkError */.Dr(`${what}: the platform's TLS certificate was refused (${describeCause(error)}); nothing was sent`, {
        cause: error,
        hint: `Check ${(0,phrasing/* input */.hF)('base-url')}: its host must be one the certificate names. If the platform's certificate comes from a private CA, ` +
            "give the step that CA's PEM file in the environment variable NODE_EXTRA_CA_CERTS.",
    });
}

;// CONCATENATED MODULE: ./src/core/http/credentials.ts
/**
 * A credential sent as one header on every request to the origin (an API key, a token). The name
 * goes out spelled as the platform documents it: header names are case-insensitive, but a server
 * or proxy that compares them literally should not be the reason a key is refused.
 */
function headerCredentials(name, value) {
    return {
        authorize(request) {
            request.headers[name] = value;
        },
    };
}

;// CONCATENATED MODULE: ./src/core/http/client.ts


















/*
 * Platforms import everything HTTP from this module. The request loop is here; each of its parts
 * has a file of its own:
 *   request.ts      what a request and a reply are (RequestSpec, OutgoingRequest, HttpReply)
 *   credentials.ts  how a platform signs in, only ever to the base-url origin
 *   retry.ts        when a request may be sent again, and after how long (the rules)
 *   retry-wait.ts   giving up, or waiting before the next attempt
 *   refusal.ts      an error reply read into an HttpError (reply-text.ts keeps its words safe)
 *   reply-body.ts   reading a successful reply (gunzip, size limits, JSON)
 *   request-log.ts  the debug lines, secrets masked
 *   transport.ts    one request on the wire (node:http), timeouts, abort
 *   pacer.ts, redirect.ts, dispatcher.ts, body.ts  rate limits, redirects, sockets, request bodies
 */




const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/**
 * The one HTTP client every platform uses: origin-pinned credentials, timeouts, the retry policy,
 * rate-limit pacing, transparent gunzip, debug logging with secrets kept out.
 */
class HttpClient {
    options;
    baseUrl;
    origin;
    log;
    clock;
    deadline;
    retrying;
    timeouts;
    constructor(options) {
        this.options = options;
        this.baseUrl = options.baseUrl;
        this.origin = options.baseUrl.origin;
        this.log = options.log;
        this.clock = options.clock ?? clock/* systemClock */.m;
        this.deadline = options.deadline ?? clock/* Deadline */.B.after(24 * 3_600_000, this.clock);
        this.retrying = { policy: { ...defaultRetryPolicy, ...options.retry }, clock: this.clock, deadline: this.deadline, log: this.log };
        this.timeouts = { ...(0,dispatcher/* timeoutsFromEnv */.I5)(), ...options.timeouts };
    }
    /** Send, retrying as the rules allow, and hand a successful reply to `consume`. */
    async request(spec, consume) {
        const what = spec.what ?? `${spec.method} ${spec.path.split('?')[0]}`;
        const idempotent = isIdempotent(spec);
        const body = spec.body ? await (0,http_body/* prepareBody */.e)(spec.body, this.options.gzipRequestsAbove) : undefined;
        let url = this.resolve(spec);
        const method = spec.method;
        let attempt = 0;
        let redirects = 0;
        let refreshed = false;
        for (;;) {
            attempt++;
            const trusted = url.origin === this.origin;
            // A token the credentials fetch first is a request of its own, paced and bounded by the
            // deadline in its own loop; this request waits its turn after it, so that the token's reply
            // (which may say the budget is spent) is counted once, and a signature comes after any wait.
            if (trusted && this.options.credentials?.prepare)
                await this.options.credentials.prepare();
            const pacer = pacerFor(url.origin);
            const paced = await pacer.acquire(this.clock, this.deadline, what);
            if (paced >= 500)
                this.log.info(`${what}: pacing for the platform's rate limit (${(0,duration/* formatDuration */.a)(paced)})`);
            this.checkDeadline(what, idempotent);
            const outgoing = {
                method,
                url,
                headers: {
                    'user-agent': this.options.userAgent ?? `flowferry/${version/* VERSION */.x}`,
                    'accept-encoding': 'gzip, deflate',
                    ...lowerCase(this.options.headers),
                    ...lowerCase(spec.headers),
                    ...body?.headers,
                },
                body,
            };
            if (trusted && this.options.credentials)
                await this.options.credentials.authorize(outgoing);
            this.logRequest(outgoing, attempt, trusted);
            // Taken as the request leaves, so that a reply's RateLimit-Remaining is not spent again by the
            // requests that were still in flight when it was counted (pacer.ts).
            const ticket = pacer.ticket();
            const progress = { streamed: false, finished: false };
            const started = this.clock.now();
            let response;
            try {
                response = await send(url, {
                    method,
                    headers: outgoing.headers,
                    body: openBody(outgoing.body, progress),
                    signal: this.deadline.signal(),
                    connectTimeoutMs: this.timeouts.connectMs,
                    headersTimeoutMs: (0,timers/* timerMs */.Q2)(spec.readTimeoutMs ?? this.timeouts.readMs),
                    bodyTimeoutMs: (0,timers/* timerMs */.Q2)(Math.max(spec.readTimeoutMs ?? 0, this.timeouts.readMs)),
                }, (0,dispatcher/* poolsFor */.bA)(url));
            }
            catch (error) {
                pacer.release(ticket);
                this.checkDeadline(what, idempotent, error);
                if (isCertificateRefused(error))
                    throw certificateRefused(what, error);
                // A streamed body that was not read to its end cannot have been received whole.
                const delivered = !neverSent(error) && !(progress.streamed && !progress.finished);
                if (delivered && !idempotent)
                    throw new errors/* UncertainDeliveryError */.WX(what, error, spec.harmlessIfRepeated);
                await this.pauseBeforeRetry(what, attempt, `${describeCause(error)}`, undefined, error);
                continue;
            }
            // Replies are read with zod schemas, loaded only now: the first request left without them.
            await (0,schema/* loadSchemas */.B)();
            pacer.observe(response.headers, this.clock.now(), ticket);
            const reply = {
                status: response.statusCode,
                headers: response.headers,
                body: (0,reply_body/* decodeBody */.Vj)(response.body, response.headers['content-encoding'], what, undefined, response.headers['content-length']),
                url,
            };
            this.logReply(reply, this.clock.now() - started);
            if (REDIRECTS.has(reply.status) && reply.headers.location && (method === 'GET' || method === 'HEAD')) {
                reply.body.destroy();
                if (++redirects > MAX_REDIRECTS)
                    throw new errors/* NetworkError */.Dr(`${what}: more than ${MAX_REDIRECTS} redirects`);
                url = redirectTarget(reply.headers.location, url, what);
                attempt--;
                continue;
            }
            if (reply.status === 401 && trusted && !refreshed && this.options.credentials?.refresh) {
                reply.body.destroy();
                refreshed = true;
                if (await this.options.credentials.refresh()) {
                    this.log.info(`${what}: the platform refused the credentials (401); retrying once with fresh ones`);
                    attempt--;
                    continue;
                }
                throw this.errorFor(reply, method, '', { message: 'unauthorized' });
            }
            if ((reply.status >= 200 && reply.status < 300) || spec.accept?.includes(reply.status)) {
                try {
                    return await consume(reply);
                }
                catch (error) {
                    reply.body.destroy();
                    // Our own verdicts on a complete reply (a wrong shape, a bad bundle) are final; a reply
                    // that broke off or could not be parsed may be a passing fault. One too large to read
                    // would come back as large, but a request that changes something did reach the platform.
                    if (error instanceof http_errors/* ReplyTooLargeError */.A && idempotent)
                        throw error;
                    if (error instanceof errors/* FlowferryError */.rm && !(error instanceof http_errors/* MalformedReplyError */._) && !(error instanceof http_errors/* ReplyTooLargeError */.A))
                        throw error;
                    this.checkDeadline(what, idempotent, error);
                    if (!idempotent)
                        throw new errors/* UncertainDeliveryError */.WX(what, error, spec.harmlessIfRepeated);
                    await this.pauseBeforeRetry(what, attempt, `the reply could not be read (${describeCause(error)})`, undefined, error);
                    continue;
                }
            }
            const text = await refusalText(reply);
            const detail = this.describe(reply, text);
            const throttled = reply.status === 429 || detail.throttled === true;
            if (throttled || (idempotent && isTransientStatus(reply.status))) {
                const header = parseRetryAfter(reply.headers['retry-after'], this.clock.now());
                const pause = header !== undefined ? { ms: header, source: 'as the platform asked (Retry-After)' } : detail.retryAfterMs !== undefined ? { ms: detail.retryAfterMs, source: "as the platform's documentation advises (no Retry-After)" } : undefined;
                const problem = `HTTP ${reply.status}${detail.code ? ` ${detail.code}` : ''}`;
                await this.pauseBeforeRetry(what, attempt, problem, pause, this.errorFor(reply, method, text, detail));
                continue;
            }
            const error = this.errorFor(reply, method, text, detail);
            if (!idempotent && reply.status >= 500) {
                throw error.withHint(spec.harmlessIfRepeated ??
                    'flowferry did not retry, because sending this request twice could repeat the change. ' +
                        'Check the target environment, then re-run the step.');
            }
            throw error;
        }
    }
    /** GET/POST and parse a JSON reply, checked against `parse` (a zod schema's parse, typically). */
    async json(spec, parse) {
        return this.request(spec, async (reply) => parse(await (0,reply_body/* readJson */.Vh)(reply, spec.what ?? spec.path)));
    }
    // The loop's steps, bound to this client's platform, clock, deadline and log.
    resolve(spec) {
        return urlFor(this.baseUrl, spec);
    }
    describe(reply, text) {
        return describeRefusal(this.options, reply, text);
    }
    errorFor(reply, method, text, detail) {
        return refusalError(this.options, reply, method, text, detail);
    }
    pauseBeforeRetry(what, attempt, problem, pause, lastError) {
        return pauseBeforeRetry(this.retrying, what, attempt, problem, pause, lastError);
    }
    checkDeadline(what, idempotent, cause) {
        checkDeadline(this.deadline, what, idempotent, cause);
    }
    logRequest(request, attempt, trusted) {
        logRequest(this.log, request, attempt, trusted);
    }
    logReply(reply, elapsedMs) {
        logReply(this.log, reply, elapsedMs, this.options.requestIdHeader);
    }
}


/***/ }),

/***/ 23123:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ closeHttp),
/* harmony export */   I5: () => (/* binding */ timeoutsFromEnv),
/* harmony export */   bA: () => (/* binding */ poolsFor)
/* harmony export */ });
/* unused harmony export defaultTimeouts */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98571);
/* harmony import */ var _timers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(57289);


const defaultTimeouts = { connectMs: 10_000, readMs: 60_000 };
/**
 * `FLOWFERRY_CONNECT_TIMEOUT` and `FLOWFERRY_READ_TIMEOUT` (durations) tune the socket timeouts
 * for slow networks, and let the fault tests stall a reply without waiting a minute. Capped to
 * what a timer can hold (core/timers.ts): longer would fire at once.
 */
function timeoutsFromEnv(env = process.env) {
    return {
        connectMs: Math.min(_timers_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TIMER_MS */ ._o, (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(env.FLOWFERRY_CONNECT_TIMEOUT ?? '') ?? defaultTimeouts.connectMs),
        readMs: Math.min(_timers_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TIMER_MS */ ._o, (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(env.FLOWFERRY_READ_TIMEOUT ?? '') ?? defaultTimeouts.readMs),
    };
}
/**
 * Sockets to one origin at most: as many as the largest `concurrency` input, so a batch is never
 * held back, while a runaway loop cannot open thousands (https://nodejs.org/api/http.html#agentmaxsockets).
 */
const MAX_SOCKETS = 64;
/**
 * How long an idle connection is kept for the next request, as undici kept it: 4 s, or the
 * server's own `Keep-Alive: timeout=` less a second, which Node's Agent reads
 * (https://nodejs.org/api/http.html#agentkeepsocketalivesocket). A server closing a connection
 * just as a request is sent on it would otherwise reset a request that may not be repeated.
 */
const IDLE_MS = 4_000;
let shared;
/**
 * One connection pool for the whole run (keep-alive, https://nodejs.org/api/http.html#new-agentoptions),
 * so batches reuse connections; closed by `closeHttp`. `node:https` (and TLS) is loaded by the
 * first https request only.
 */
function poolsFor(url) {
    const options = { keepAlive: true, maxSockets: MAX_SOCKETS, timeout: IDLE_MS };
    const pools = (shared ??= { http: new (process.getBuiltinModule('node:http').Agent)(options) });
    if (url.protocol === 'https:')
        pools.https ??= new (process.getBuiltinModule('node:https').Agent)(options);
    return pools;
}
/**
 * Lets the process end as soon as the work is done, instead of when idle sockets time out.
 * `destroy` closes every socket, in use or not: a reply left half-read (a consumer that gave up)
 * would otherwise keep the run pending (https://nodejs.org/api/http.html#agentdestroy).
 */
async function closeHttp() {
    const current = shared;
    shared = undefined;
    current?.http.destroy();
    current?.https?.destroy();
}


/***/ }),

/***/ 46081:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ ReplyTooLargeError),
/* harmony export */   _: () => (/* binding */ MalformedReplyError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);

/**
 * A reply that could not be parsed at all (cut short, not JSON). Unlike a reply of the wrong
 * shape, this can be a passing fault, so idempotent requests are sent again.
 */
class MalformedReplyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReplyError */ .vO {
}
/**
 * A reply larger than flowferry reads (counted after decoding, so a gzip bomb is one). Not a
 * passing fault: the same request would get the same reply, so it is not sent again.
 */
class ReplyTooLargeError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReplyError */ .vO {
    constructor(message) {
        super(message, {
            hint: 'The platform (or a proxy in front of it) sent far more than a workflow definition; check base-url, and the platform\'s health.',
        });
    }
}


/***/ }),

/***/ 44557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   Vj: () => (/* binding */ decodeBody),
/* harmony export */   bC: () => (/* binding */ readWholeText),
/* harmony export */   vf: () => (/* binding */ discard),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony export REPLY_LIMIT */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(36419);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(46081);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(61037);




/**
 * Reply bodies as the platform clients read them: decoded (gzip, deflate), counted, and bounded.
 *
 * A compressed reply is untrusted twice over: a few kilobytes of gzip can inflate to gigabytes
 * (a "decompression bomb"), so every limit here counts DECODED bytes, as they come out of the
 * inflater, and stops the stream the moment one is passed. Every stage is joined with
 * `stream.pipeline`, so a consumer that stops early (an error, a limit) tears down the inflater
 * and the socket as well; a half-read socket would otherwise keep the connection pool from
 * closing and leave the run pending forever.
 */
/**
 * The largest reply flowferry takes at all, after decoding: an export package streamed to disk.
 * Documents read into memory (JSON, error texts) have their own, smaller limits below.
 */
const REPLY_LIMIT = 4 * 1024 ** 3;
/** How much of a reply whose content does not matter is read before the connection is dropped. */
const DISCARD_LIMIT = 1024 * 1024;
/**
 * As browsers and undici's fetch inflate: an empty or cut-short body is not an encoding error
 * (the JSON parser or the checksum then judges what arrived), corrupt data is.
 */
const lenient = () => {
    const { Z_SYNC_FLUSH } = zlib().constants;
    return { flush: Z_SYNC_FLUSH, finishFlush: Z_SYNC_FLUSH };
};
/** node:zlib, loaded by the first compressed reply (https://nodejs.org/api/process.html#processgetbuiltinmoduleid). */
const zlib = () => process.getBuiltinModule('node:zlib');
/**
 * The reply's body, decoded per Content-Encoding (RFC 9110 §8.4; flowferry asks for gzip and
 * deflate only) and limited to `limit` decoded bytes. Errors of the encoding are typed.
 *
 * A body that is not encoded and declares a Content-Length within the limit is handed over as
 * it comes: Node's parser ends the body at the declared length (RFC 9112 §6.3; bytes past it are
 * not the body), so it cannot pass the limit, and a counting stage would only add a pass over
 * every chunk of a download. Without a length (chunked), or with one past the limit, it is counted.
 */
function decodeBody(source, contentEncoding, what, limit = REPLY_LIMIT, contentLength) {
    const encoding = String(contentEncoding ?? '').trim().toLowerCase();
    const inflater = encoding === 'gzip' || encoding === 'x-gzip' ? zlib().createGunzip(lenient()) : encoding === 'deflate' ? zlib().createInflate(lenient()) : undefined;
    if (!inflater && encoding === '' && /^\d{1,15}$/.test(contentLength ?? '') && Number(contentLength) <= limit)
        return source;
    const bounded = limiter(limit, what);
    if (!inflater) {
        (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(source, bounded, ignore);
        return bounded;
    }
    // Registered before pipeline's own listener, so the consumer sees the typed error first.
    inflater.once('error', (error) => {
        bounded.destroy(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedReplyError */ ._(`${what}: the reply's ${encoding} encoding is broken (${error.code ?? 'zlib'}: ${error.message})`, { cause: error }));
    });
    (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(source, inflater, bounded, ignore);
    return bounded;
}
/** A pass-through that fails with ReplyTooLargeError once more than `limit` bytes went through. */
function limiter(limit, what) {
    let size = 0;
    return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        transform(chunk, _encoding, done) {
            size += chunk.length;
            if (size > limit)
                done(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReplyTooLargeError */ .A(`${what}: the reply is larger than ${limit} bytes, the most flowferry takes`));
            else
                done(null, chunk);
        },
    });
}
function ignore() {
    // Errors reach the consumer through the last stage; pipeline only needs a callback.
}
/** A `consume` function for replies whose body does not matter: read a little (so the connection can be reused), drop the rest. */
async function discard(reply) {
    let size = 0;
    try {
        for await (const chunk of reply.body) {
            size += chunk.length;
            if (size > DISCARD_LIMIT)
                break;
        }
    }
    catch {
        // whatever it held, nobody reads it
    }
    finally {
        reply.body.destroy();
    }
}
/**
 * Reads at most `limit` decoded bytes of a body as UTF-8; the rest is not read at all. For text
 * that is only shown (the start of an error reply): a reply that is parsed must be read whole,
 * with `readWholeText`.
 */
async function readText(body, limit) {
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of body) {
            const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
            chunks.push(buffer.subarray(0, limit - size));
            size += buffer.length;
            if (size >= limit)
                break;
        }
    }
    finally {
        body.destroy();
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** The reply parsed as JSON (undefined when empty), read whole only up to the in-memory limit. */
async function readJson(reply, what, limit = _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .IN_MEMORY_DOCUMENT_LIMIT */ .oX) {
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of reply.body) {
            size += chunk.length;
            if (size > limit)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReplyTooLargeError */ .A(`${what}: the reply is larger than ${limit} bytes, the most flowferry reads into memory`);
            chunks.push(chunk);
        }
    }
    finally {
        reply.body.destroy();
    }
    const text = Buffer.concat(chunks).toString('utf8');
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedReplyError */ ._(`${what}: the reply is not valid JSON (HTTP ${reply.status}, ${size} bytes, starts with "${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .untrustedText */ .Ui)(text, 40)}")`);
    }
}
/**
 * The whole body as UTF-8, or ReplyTooLargeError past `limit` decoded bytes. A reply that is
 * parsed must not be cut silently: the first 64 KiB of a reply of 256 MiB of spaces read as empty,
 * which an import takes for a successful empty answer.
 */
async function readWholeText(body, limit, what) {
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of body) {
            const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
            size += buffer.length;
            if (size > limit)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReplyTooLargeError */ .A(`${what}: the reply is larger than ${limit} bytes, the most flowferry reads of it`);
            chunks.push(buffer);
        }
    }
    finally {
        body.destroy();
    }
    return Buffer.concat(chunks).toString('utf8');
}


/***/ }),

/***/ 34070:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EK: () => (/* binding */ describeIdToken),
/* harmony export */   Z4: () => (/* binding */ IdTokenError),
/* harmony export */   e0: () => (/* binding */ idTokenClaims),
/* harmony export */   kn: () => (/* binding */ idTokenSource)
/* harmony export */ });
/* unused harmony exports ID_TOKEN_URL_VARIABLE, ID_TOKEN_TOKEN_VARIABLE, ID_TOKEN_PERMISSIONS, askRunner */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(52911);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(58010);



const ID_TOKEN_URL_VARIABLE = 'ACTIONS_ID_TOKEN_REQUEST_URL';
const ID_TOKEN_TOKEN_VARIABLE = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
/** The job cannot get an ID token, or the runner would not give one. */
class IdTokenError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowferryError */ .rm {
}
/** The exact lines a workflow needs; a `permissions:` block replaces every default, hence `contents: read`. */
const ID_TOKEN_PERMISSIONS = ['permissions:', '  id-token: write   # lets the job request a GitHub OIDC ID token', '  contents: read    # what actions/checkout needs, since a permissions block replaces the defaults'];
/**
 * Wraps a front end's way of asking: checks first that the runner offers an ID token (naming the
 * `permissions:` lines when it does not), masks the token the moment it arrives, and turns the
 * runner's refusal into an error that says what to do.
 */
function idTokenSource(ask, env = process.env) {
    return async (audience) => {
        const url = env[ID_TOKEN_URL_VARIABLE]?.trim();
        const requestToken = env[ID_TOKEN_TOKEN_VARIABLE]?.trim();
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(requestToken);
        if (!url || !requestToken) {
            const missing = [!url && ID_TOKEN_URL_VARIABLE, !requestToken && ID_TOKEN_TOKEN_VARIABLE].filter(Boolean).join(' and ');
            throw new IdTokenError(`keyless sign-in needs a GitHub OIDC ID token, but this job may not request one: ${missing} ${missing.includes(' and ') ? 'are' : 'is'} not set. ` +
                'GitHub sets them only for a job granted id-token: write (never for a pull request from a fork, nor outside GitHub Actions).', { hint: `Add to the job (or the workflow):\n${ID_TOKEN_PERMISSIONS.map((line) => `  ${line}`).join('\n')}` });
        }
        let token;
        try {
            token = (await ask(audience)).trim();
        }
        catch (error) {
            if (error instanceof IdTokenError || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TimedOutError */ .On)
                throw error;
            const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ').replace(/^Error message: /, '') : String(error);
            throw new IdTokenError(`the runner did not hand out an ID token${audience ? ` for audience '${audience}'` : ''}: ${reason}`, {
                hint: 'The request token lives only as long as the job; if the job has id-token: write, run it again.',
                cause: error,
            });
        }
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(token);
        if (!idTokenClaims(token))
            throw new IdTokenError('the runner answered the ID token request with something that is not a JWT');
        return token;
    };
}
/** The claims of a JWT, read without checking its signature: for messages and refresh times only, never to trust. */
function idTokenClaims(jwt) {
    const parts = jwt.split('.');
    if (parts.length !== 3)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? claims : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The claims a trust configuration is written against, one line: issuer, audience, subject and
 * repository. None of them is secret (GitHub documents every claim); the signature is what is.
 */
function describeIdToken(claims) {
    const show = (value) => (Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);
    const exp = typeof claims.exp === 'number' ? new Date(claims.exp * 1000).toISOString() : undefined;
    return [
        ['iss', show(claims.iss)],
        ['aud', show(claims.aud)],
        ['sub', show(claims.sub)],
        ['repository', show(claims.repository)],
        ['expires', exp],
    ]
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => `${name} ${JSON.stringify(value)}`)
        .join(', ');
}
/**
 * The request `core.getIDToken` makes, for front ends without the toolkit's runner plumbing (the
 * CLI run inside a job): `GET <request url>&audience=<aud>` with the request token as bearer.
 */
function askRunner(log, env = process.env) {
    return async (audience) => {
        const url = new URL(env[ID_TOKEN_URL_VARIABLE].trim());
        if (audience !== undefined)
            url.searchParams.set('audience', audience);
        const http = new HttpClient({ baseUrl: new URL(url.origin), log, credentials: headerCredentials('Authorization', `Bearer ${env[ID_TOKEN_TOKEN_VARIABLE].trim()}`) });
        const reply = await http.json({ method: 'GET', path: url.toString(), what: 'request an ID token from the runner', headers: { accept: 'application/json' } }, (value) => value);
        const token = value(reply);
        if (!token)
            throw new Error("the runner's reply has no ID token in `value`");
        return token;
    };
}
function value(reply) {
    if (reply === null || typeof reply !== 'object')
        return undefined;
    const token = reply.value;
    return typeof token === 'string' && token.trim() !== '' ? token : undefined;
}


/***/ }),

/***/ 36419:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ OUTPUT_JSON_BUDGET_BYTES),
/* harmony export */   C5: () => (/* binding */ MAX_VARS_DEPTH),
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   Lo: () => (/* binding */ MAX_VARS_FILE_BYTES),
/* harmony export */   PR: () => (/* binding */ MAX_PATH_BYTES),
/* harmony export */   Xb: () => (/* binding */ SUMMARY_BUDGET_BYTES),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   Zz: () => (/* binding */ MAX_MANIFEST_FILES),
/* harmony export */   jA: () => (/* binding */ JSON_PARSE_LIMIT),
/* harmony export */   oX: () => (/* binding */ IN_MEMORY_DOCUMENT_LIMIT),
/* harmony export */   pg: () => (/* binding */ MAX_NAME_BYTES)
/* harmony export */ });
/**
 * Every limit on what a bundle or a vars file may hold, in one place. A bundle can come from a
 * pull request nobody on the team wrote, so each count, size and depth that flowferry walks has a
 * ceiling, and passing it is a clear error naming the file, never a crash or a flood of output.
 */
/**
 * The largest JSON file flowferry parses (JSON.parse): for the offline checks, canonical JSON,
 * redaction, the semantic diff, a name or version read from an export. A parsed document costs
 * several times its size (an object per value, beside the text it came from): measured through
 * the action, a 2 MiB workflow of many small nodes added 40 MB to an export's peak, 8 MiB 90 MB,
 * and the action itself and the artifact client take 125 MB before any document
 * (docs/performance.md, Memory). A workflow is built by hand in a visual editor, and the largest
 * ones are hundreds of nodes: a few hundred kilobytes exported; 4 MiB is some 12,000 nodes of the
 * usual fields, ten times past any real workflow, and keeps the step under its 150 MB budget.
 * A larger JSON file is not refused, it is handled as an opaque one, streamed and never held:
 * `validate` says it was not checked offline (the platform checks it on import), and an export
 * keeps its bytes as downloaded (not canonicalised, and not searched for secrets, which the step
 * warns about).
 */
const JSON_PARSE_LIMIT = 4 * 1024 * 1024;
/**
 * The largest document flowferry reads whole without parsing it into values: a bundle file
 * searched for placeholders to fill (a walk of the text, core/json-walk.ts), a platform's reply.
 * Bigger files are streamed through as they are: a 1 GiB package must not need 1 GiB of memory.
 * It is also the largest document sent in one Zuora import (streamed past the parse limit).
 */
const IN_MEMORY_DOCUMENT_LIMIT = 64 * 1024 * 1024;
/**
 * Files one manifest may list. The platforms' bundles hold one file (Zuora, SecMaster, Leapwork)
 * or three (Kore.ai); 1,000 leaves room for any future platform with a file per item, while
 * keeping the log line and the `files`/`result` outputs, which list every file, well under the
 * 1 MB GitHub allows a job's outputs (a manifest of 600,000 entries made a 115 MB output):
 * https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idoutputs
 */
const MAX_MANIFEST_FILES = 1_000;
/**
 * Size of flowferry.json. A manifest of MAX_MANIFEST_FILES entries at the longest path allowed is
 * about 1.2 MB; 4 MiB is that with room for the placeholders list, and it is read whole.
 */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/**
 * A path inside a bundle or an archive: 1,024 bytes in all and 255 bytes per name, the limits of
 * the usual file systems (ext4, APFS and NTFS take 255 per name; macOS's PATH_MAX is 1,024), so a
 * bundle that validates on Linux also unpacks on a developer's Mac.
 */
const MAX_PATH_BYTES = 1_024;
const MAX_NAME_BYTES = 255;
/**
 * How deeply JSON arrays and objects may nest in a bundle file. Parsing, canonical JSON, diff,
 * redaction and placeholder filling walk documents recursively, and 200,000 nested `[` ran them
 * out of stack ("Maximum call stack size exceeded"). Workflow exports nest a few dozen levels;
 * 512 is far above that and far below where any of those walks comes near the stack limit.
 * (Jackson, the JVM's JSON parser, stops at 1,000 by default; .NET's at 64.)
 */
const MAX_JSON_DEPTH = 512;
/**
 * The vars file: names and values for placeholders, written by hand. 1 MiB holds thousands of
 * values; its flow collections (`[…]`, `{…}`) nest at most 64 deep, because values are plain
 * values or small objects and the YAML parser recurses more per level than JSON's walks (it runs
 * out of stack near 800 levels).
 */
const MAX_VARS_FILE_BYTES = 1024 * 1024;
const MAX_VARS_DEPTH = 64;
/**
 * What one run writes to the runner, whatever a batch of 1,000 bundles with long messages holds.
 * GitHub takes at most 1 MB per output (jobs.<job_id>.outputs, link above) and at most 1 MiB of
 * job summary per step, beyond which the summary is not shown at all:
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary
 * The JSON outputs keep half of that each; the summary keeps room for the note that it was cut.
 */
const OUTPUT_JSON_BUDGET_BYTES = 512 * 1024;
const SUMMARY_BUDGET_BYTES = 900 * 1024;


/***/ }),

/***/ 3782:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ isLoopback)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);

/**
 * This machine, by a name no resolver or proxy can point elsewhere: an IPv4 literal in
 * 127.0.0.0/8 (RFC 1122 §3.2.1.3), the IPv6 loopback ::1 (RFC 4291 §2.5.3), or `localhost`
 * (RFC 6761 §6.3). Names that merely begin with "127." (127.evil.example, 127.0.0.1.nip.io)
 * are ordinary DNS names. The WHATWG URL parser has already turned 127.1, 0x7f.0.0.1 and
 * the like into dotted-quad form, and puts IPv6 in brackets.
 */
function isLoopback(hostname) {
    if (hostname === 'localhost' || hostname === '[::1]' || hostname === '::1')
        return true;
    return (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(hostname) && hostname.split('.')[0] === '127';
}


/***/ }),

/***/ 16706:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   dI: () => (/* binding */ markdownBlock),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(61037);

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
    return (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)((0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(text))
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
    let body = (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)((0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(text));
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
    const lines = (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(text).split(/\r?\n/).map(_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN);
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


/***/ }),

/***/ 11360:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FS: () => (/* binding */ releaseGarbage),
/* harmony export */   IB: () => (/* binding */ streamed),
/* harmony export */   SN: () => (/* binding */ countingStage),
/* harmony export */   US: () => (/* binding */ releasingWhile),
/* harmony export */   oD: () => (/* binding */ readWhole)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Streaming a large file allocates a fresh buffer for every chunk a socket or file stream reads.
 * They die at once, but V8 frees them only when a young-generation collection runs, and with
 * little JavaScript allocation going on that happens late: peak RSS climbed ~60 MiB above the
 * working set on a 1 GiB transfer (docs/performance.md). A runner cannot pass `--max-semi-space-size`
 * to an action, so streamed bytes are counted here and a minor collection is asked for every
 * RELEASE_EVERY bytes, which keeps the peak flat whatever the file size. It costs well under a
 * millisecond per collection.
 *
 * 8 MiB, not 16: with 16 MiB of dead buffers between two collections, V8 also ran a full
 * mark-compact after nearly every one (`node --trace-gc`, a 512 MiB Leapwork download: 32–36
 * mark-compacts, 220–300 ms of pauses on the thread that reads the reply, and marking work beside
 * them); at 8 MiB it ran one in the whole download, the minor collections took 110–270 ms in all,
 * and the peak RSS of the export fell from 120 MB to 112 MB. (On a loaded machine, a 100 MiB
 * package's export without the artifact peaked at 91–95 MB at 4 MiB, 112–114 MB at 16.
 * `--semi-space-growth-factor`, which V8 does read after start, kept the young
 * generation small during the artifact upload but made a 1 GiB export peak higher, not lower:
 * its chunks were moved to the old generation sooner.)
 */
const RELEASE_EVERY = 8 * 1024 * 1024;
let collect;
let pending = 0;
function collector() {
    if (collect === undefined) {
        try {
            // --expose-gc takes effect for contexts created after it is set; the function works in any context.
            // node:v8 and node:vm are taken here, at the first collection, not as this module loads: every
            // run loads it before its first request, and node:v8 alone costs about 2 ms of start-up.
            process.getBuiltinModule('node:v8').setFlagsFromString('--expose-gc');
            collect = process.getBuiltinModule('node:vm').runInNewContext('gc') ?? null;
        }
        catch {
            collect = null;
        }
    }
    return collect;
}
/**
 * A chunk that waits in a stream's buffer while two young-generation collections run is moved to
 * the old generation, and a young collection no longer frees it: only a full one does. V8 starts
 * a full collection on its own only once memory held outside its heap (buffers) has grown by some
 * 64 MiB since the last one, so a transfer whose chunks queue for a moment (the artifact client's
 * 8 MiB stream buffers, a batch of a download waiting for the disk) kept up to that much dead
 * buffers: a 1 GiB export with the artifact upload peaked at 160–195 MB, its buffers alone at
 * 60–85 MiB when what was alive was under 30. So a full collection runs instead of a young one
 * when the buffers have grown by PROMOTED_SLACK since the last full collection left them: the
 * dead ones then never pass that mark, however long the transfer. A full collection of the
 * action's heap (20–30 MB) takes a few milliseconds, at most once per PROMOTED_SLACK streamed.
 * https://v8.dev/blog/trash-talk (generations, and what each collection frees)
 */
const PROMOTED_SLACK = 16 * 1024 * 1024;
/** Bytes held in buffers after the last full collection (what was alive then). */
let buffersAfterFull = 0;
/** Bytes held in buffers after the last collection of any kind. */
let buffersAfterAny = 0;
function collectStreamed() {
    const collect = collector();
    if (!collect)
        return;
    const full = process.memoryUsage().arrayBuffers - buffersAfterFull >= PROMOTED_SLACK;
    collect({ type: full ? 'major' : 'minor', execution: 'sync' });
    buffersAfterAny = process.memoryUsage().arrayBuffers;
    if (full)
        buffersAfterFull = buffersAfterAny;
}
/** Bytes streamed since the last full collection between stages: a transfer's buffers count as a stage's memory. */
let streamedSinceRelease = 0;
/** Notes that `bytes` of short-lived buffers were streamed through. */
function streamed(bytes) {
    pending += bytes;
    streamedSinceRelease += bytes;
    if (pending < RELEASE_EVERY)
        return;
    pending = 0;
    collectStreamed();
}
/**
 * Files read whole (to be parsed) since the last full collection, bytes; a collection is worth
 * its time only after RELEASE_AFTER of them, so a run over small documents never pays for one.
 */
const RELEASE_AFTER = 512 * 1024;
let wholeSinceRelease = 0;
/** Notes that a file of `bytes` was read whole: its text, and the document parsed from it, become garbage later. */
function readWhole(bytes) {
    wholeSinceRelease += bytes;
}
/**
 * A full collection between two stages of a run that each need memory of their own (the
 * documents the checks parsed, then the upload; a download parsed for its name, then the bundle
 * written from it; the bundle's documents, or a large download, then the artifact client and its
 * buffers), when a large document was read or a large file streamed since the last one. V8 lets
 * the heap grow well past what is alive before it collects on its own, and the process keeps the
 * pages it grew into, so without this the peak is the sum of the stages rather than the largest
 * of them. Measured through the action (docs/performance.md, Memory): the export of an 8 MiB
 * Zuora workflow peaked at 196 MB before, 162 MB after; its import at 170 MB, then 131 MB. The
 * export of a 100 MiB package left 30–45 MB of dead download buffers and a grown young
 * generation to the artifact upload; this collection hands them back first. Milliseconds, after
 * megabytes of parsing or streaming.
 */
function releaseGarbage() {
    if (wholeSinceRelease < RELEASE_AFTER && streamedSinceRelease < RELEASE_EVERY)
        return;
    wholeSinceRelease = 0;
    streamedSinceRelease = 0;
    pending = 0;
    collector()?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
    buffersAfterFull = buffersAfterAny = process.memoryUsage().arrayBuffers;
}
/**
 * Runs `work` (a transfer through a library's own streams, which flowferry cannot count: the
 * artifact client's) and collects as `streamed` does for flowferry's own streams, its buffers
 * standing for the bytes: every `everyMs` the memory held in buffers is read (a few
 * microseconds), and once it has grown by UPLOAD_STEP since the last collection, one runs
 * (collectStreamed: young, or full when dead chunks left the young generation). A fixed period
 * missed bursts: a 100 ms one let 20–30 MiB of dead buffers pile up between two collections when
 * the client's streams drained fast. A 256 MiB artifact upload with no collection climbed 75 MiB.
 */
const UPLOAD_STEP = 4 * 1024 * 1024;
async function releasingWhile(work, everyMs = 20) {
    buffersAfterAny = process.memoryUsage().arrayBuffers;
    buffersAfterFull = Math.min(buffersAfterFull, buffersAfterAny);
    const timer = setInterval(() => {
        if (process.memoryUsage().arrayBuffers - buffersAfterAny >= UPLOAD_STEP)
            collectStreamed();
    }, everyMs);
    timer.unref();
    try {
        return await work();
    }
    finally {
        clearInterval(timer);
    }
}
/**
 * A pass-through stage that counts the chunks flowing through it (a 'data' listener would start
 * the flow early), and feeds them to `hash` when given one.
 */
function countingStage(hash) {
    return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        transform(chunk, _encoding, done) {
            streamed(chunk.length);
            hash?.update(chunk);
            done(null, chunk);
        },
    });
}


/***/ }),

/***/ 31677:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ phrase),
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   Yl: () => (/* binding */ renderAll),
/* harmony export */   bc: () => (/* binding */ subject),
/* harmony export */   hF: () => (/* binding */ input)
/* harmony export */ });
/* harmony import */ var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16082);

const OPEN = '\uE000';
const SEP = '\uE001';
const CLOSE = '\uE002';
// Drawn at the first mention, not as the module loads (core/crypto.ts).
let drawn;
function marks() {
    if (drawn)
        return drawn;
    const nonce = (0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .randomBytes */ .po)(6).toString('hex');
    return (drawn = { nonce, mention: new RegExp(`${OPEN}${nonce}${SEP}([^${OPEN}${CLOSE}]*)${CLOSE}`, 'g') });
}
function mark(kind, ...args) {
    const clean = args.map((arg) => arg.replace(/[\uE000-\uE002]/g, ''));
    return `${OPEN}${marks().nonce}${SEP}${[kind, ...clean].join(SEP)}${CLOSE}`;
}
/** A mention of the input `name`. */
function input(name) {
    return mark('input', name);
}
/** The input `name` as the subject of an error message. */
function subject(name) {
    return mark('subject', name);
}
/** The input `name` set to `value`; for a credential, the front end shows where it belongs instead of a value. */
function setting(name, value) {
    return mark('setting', name, value);
}
function phrase(key) {
    return mark('phrase', key);
}
/** The text with every mention rendered by `phrasing`. Text without mentions comes back unchanged. */
function render(text, phrasing) {
    if (!text.includes(OPEN))
        return text;
    return text.replace(marks().mention, (whole, body) => {
        const [kind, a = '', b = ''] = body.split(SEP);
        if (kind === 'input')
            return phrasing.input(a);
        if (kind === 'subject')
            return phrasing.subject(a);
        if (kind === 'setting')
            return phrasing.setting(a, b);
        if (kind === 'phrase')
            return phrasing.phrase(a);
        return whole;
    });
}
/** A copy of `value` (plain data: objects, arrays, strings) with every string rendered. */
function renderAll(value, phrasing) {
    if (typeof value === 'string')
        return render(value, phrasing);
    if (Array.isArray(value))
        return value.map((item) => renderAll(item, phrasing));
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renderAll(item, phrasing)]));
    }
    return value;
}


/***/ }),

/***/ 19130:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readPlainFileUpTo),
/* harmony export */   C3: () => (/* binding */ assertUploadable),
/* harmony export */   TR: () => (/* binding */ refuse),
/* harmony export */   b$: () => (/* binding */ readPlainFile),
/* harmony export */   bh: () => (/* binding */ rememberWritten),
/* harmony export */   kY: () => (/* binding */ remember),
/* harmony export */   lN: () => (/* binding */ checkPlainFile),
/* harmony export */   p2: () => (/* binding */ digestPlainFile),
/* harmony export */   q2: () => (/* binding */ plainFileContains),
/* harmony export */   r7: () => (/* binding */ plainFileStream),
/* harmony export */   rr: () => (/* binding */ openPlainFile),
/* harmony export */   yp: () => (/* binding */ copyPlainFile)
/* harmony export */ });
/* unused harmony export kindProblem */
/* harmony import */ var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16082);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(74296);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(78616);
/* harmony import */ var _memory_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(11360);







const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0);
const HINTS = {
    'path.link': 'Put the file itself there, not a symbolic link to it (in git: commit the file, not a link).',
    'path.hardlink': 'Give the file a name of its own: copy it and move the copy over it (cp f f.copy && mv f.copy f).',
    'path.type': 'Point at a regular file.',
    'path.directory': 'Point at a file; a folder is not a file.',
    'path.missing': 'Check the spelling and that the file is committed.',
    'path.changed': 'Run the step again; if it keeps happening, something on the runner changes the bundle while flowferry reads it.',
};
/** A refusal naming the file as the user knows it, with what to do about it. */
function refuse(subject, rule, message, hint = HINTS[rule]) {
    if (subject.input !== undefined)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(subject.input, `'${subject.shown}' ${message}`).withHint(hint);
    return _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ.at({ file: subject.shown }, rule, message, hint);
}
/** Why a file of this kind must not be read, with the rule it breaks; undefined for a plain file. */
function kindProblem(info) {
    if (info.isSymbolicLink())
        return { rule: 'path.link', message: 'is a symbolic link; flowferry reads only the files themselves' };
    if (info.isDirectory())
        return { rule: 'path.directory', message: 'is a directory, where a file is expected' };
    if (info.isFIFO())
        return { rule: 'path.type', message: 'is a named pipe (FIFO), not a regular file' };
    if (info.isSocket())
        return { rule: 'path.type', message: 'is a socket, not a regular file' };
    if (info.isCharacterDevice() || info.isBlockDevice())
        return { rule: 'path.type', message: 'is a device, not a regular file' };
    if (!info.isFile())
        return { rule: 'path.type', message: 'is not a regular file' };
    if (info.nlink > 1)
        return { rule: 'path.hardlink', message: `has ${info.nlink} hard links; a file with other names can be changed through them` };
    return undefined;
}
/** The path-level check (lstat): a plain file, or a refusal. Opening still checks the descriptor. */
async function checkPlainFile(file, subject) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file, { bigint: true });
    }
    catch (error) {
        throw openFailure(error, subject);
    }
    const problem = kindProblem(info);
    if (problem)
        throw refuse(subject, problem.rule, problem.message);
    return info;
}
/** Identities (device, inode, size) of files whose checksum was taken, by absolute path. */
const verified = new Map();
/** Records that `file` is the file whose checksum was just taken from this descriptor's stats. */
function remember(file, info) {
    verified.set(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file), { dev: info.dev, ino: info.ino, size: info.size });
}
/** Why the opened file must not be read, checking its descriptor's stats; undefined when it may. */
function descriptorProblem(file, info, size, fresh = false) {
    const problem = kindProblem(info);
    if (problem)
        return problem;
    const known = fresh ? undefined : verified.get(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file));
    if (known && (known.dev !== info.dev || known.ino !== info.ino || known.size !== info.size)) {
        return { rule: 'path.changed', message: 'was replaced or changed after its checksum was verified' };
    }
    if (size !== undefined && BigInt(size) !== info.size)
        return { rule: 'path.changed', message: `is ${info.size} bytes now, ${size} when it was checked` };
    return undefined;
}
/**
 * Opens a plain file for reading; the caller closes the handle. `fresh` is for taking a checksum
 * anew: the file need not be the one an earlier checksum was taken of.
 */
async function openPlainFile(file, subject, options = {}) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, OPEN_FLAGS);
    }
    catch (error) {
        throw openFailure(error, subject);
    }
    try {
        const info = await handle.stat({ bigint: true });
        const problem = descriptorProblem(file, info, undefined, options.fresh);
        if (problem)
            throw refuse(subject, problem.rule, problem.message);
        return { handle, info };
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
/** A plain file's bytes, refused above `maxBytes` (before reading it), saying `tooLarge` and what to do (`hint`). */
async function readPlainFile(file, subject, maxBytes, tooLarge = { message: 'is too large to read', hint: 'Make the file smaller.' }) {
    const bytes = await readPlainFileUpTo(file, subject, maxBytes);
    if (bytes === undefined)
        throw refuse(subject, 'path.size', `${tooLarge.message}: more than ${maxBytes} bytes`, tooLarge.hint);
    return bytes;
}
/** A plain file's bytes, or undefined when it is larger than `maxBytes` (and then not read). */
async function readPlainFileUpTo(file, subject, maxBytes) {
    const { handle, info } = await openPlainFile(file, subject);
    try {
        if (info.size > BigInt(maxBytes))
            return undefined;
        (0,_memory_js__WEBPACK_IMPORTED_MODULE_6__/* .readWhole */ .oD)(Number(info.size));
        const buffer = Buffer.alloc(Number(info.size));
        let done = 0;
        while (done < buffer.length) {
            const { bytesRead } = await handle.read(buffer, done, buffer.length - done, done);
            if (bytesRead === 0)
                break;
            done += bytesRead;
        }
        return buffer.subarray(0, done);
    }
    finally {
        await handle.close();
    }
}
/**
 * Whether a plain file's bytes contain `needle`, read through one reused buffer of `chunk` bytes
 * (and the needle's length less one, carried from each read to the next, so a match split
 * between two reads is found): a file is searched without being held.
 */
async function plainFileContains(file, subject, needle, chunk = 1024 * 1024) {
    const { handle } = await openPlainFile(file, subject);
    const carry = Math.max(0, needle.length - 1);
    const buffer = Buffer.allocUnsafe(chunk + carry);
    let kept = 0;
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, kept, chunk, null);
            if (bytesRead === 0)
                return false;
            const end = kept + bytesRead;
            if (buffer.subarray(0, end).includes(needle))
                return true;
            kept = Math.min(carry, end);
            buffer.copy(buffer, 0, end - kept, end);
        }
    }
    finally {
        await handle.close();
    }
}
/**
 * SHA-256 and size of a plain file, read through one reused buffer from the checked descriptor;
 * the file is remembered (also under `aliases`, other paths that reach it), so a later open (the
 * upload) gets this very file or a refusal.
 */
async function digestPlainFile(file, subject, aliases = []) {
    const { handle, info } = await openPlainFile(file, subject, { fresh: true });
    const digest = await (0,_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .digestHandle */ .tD)(handle);
    for (const name of [file, ...aliases])
        remember(name, info);
    return digest;
}
/**
 * Copies a plain file (read from its checked descriptor) to `target`, written whole or not at all,
 * and hashes the bytes as they pass: the copy's checksum costs no second read. The copy is
 * remembered as the file of that checksum, as `digestPlainFile` would remember it.
 */
async function copyPlainFile(source, target, subject) {
    const { handle } = await openPlainFile(source, subject);
    const temp = (0,_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .siblingTemp */ .ht)(target);
    const hash = (0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256');
    let bytes = 0;
    try {
        const output = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, 'wx', 0o600);
        try {
            const buffer = Buffer.allocUnsafe(1024 * 1024);
            for (;;) {
                const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
                if (bytesRead === 0)
                    break;
                const chunk = buffer.subarray(0, bytesRead);
                hash.update(chunk);
                await output.write(chunk);
                bytes += bytesRead;
            }
            remember(target, await output.stat({ bigint: true }));
        }
        finally {
            await output.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        throw error;
    }
    finally {
        await handle.close();
    }
    return { bytes, sha256: hash.digest('hex') };
}
/**
 * Takes the checksum of a file flowferry has just written itself (hashed as it was written) as if
 * `digestPlainFile` had read it: the file must be a plain file of that size, and is remembered.
 */
async function rememberWritten(file, digest, subject) {
    const info = await checkPlainFile(file, subject);
    if (info.size !== BigInt(digest.bytes))
        throw refuse(subject, 'path.changed', `is ${info.size} bytes now, ${digest.bytes} when it was written`);
    remember(file, info);
    return digest;
}
/** Refuses, before a request is sent, a file to upload that is not the plain file verified, at `size` bytes. */
async function assertUploadable(file, size) {
    const subject = { shown: (0,_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .displayPath */ .Gt)(file) };
    const { handle, info } = await openPlainFile(file, subject);
    await handle.close();
    const problem = descriptorProblem(file, info, size);
    if (problem)
        throw refuse(subject, problem.rule, problem.message);
}
/**
 * A plain file (or a byte range of it) as a stream, for an upload: the descriptor is checked as it
 * is opened, before a byte is read, so what is sent is the file that was verified, at the size
 * the request announced. `highWaterMark` is the size of each read.
 */
function plainFileStream(file, range, size) {
    const subject = { shown: (0,_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .displayPath */ .Gt)(file) };
    const checkedOpen = (name, _flags, mode, callback) => {
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().open(name, OPEN_FLAGS, mode, (error, fd) => {
            if (error)
                return callback(openFailure(error, subject));
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().fstat(fd, { bigint: true }, (statError, info) => {
                const problem = statError ? undefined : descriptorProblem(file, info, size);
                if (!statError && !problem)
                    return callback(null, fd);
                node_fs__WEBPACK_IMPORTED_MODULE_1___default().close(fd, () => callback(statError ?? refuse(subject, problem.rule, problem.message)));
            });
        });
    };
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { ...range, fs: { open: checkedOpen, read: (node_fs__WEBPACK_IMPORTED_MODULE_1___default().read), close: (node_fs__WEBPACK_IMPORTED_MODULE_1___default().close) } });
}
/** An error from opening or lstat-ing a file, as a refusal that names it. */
function openFailure(error, subject) {
    const code = error.code;
    if (code === 'ELOOP' || code === 'EMLINK')
        return refuse(subject, 'path.link', 'is a symbolic link; flowferry reads only the files themselves');
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return refuse(subject, 'path.missing', 'does not exist');
    if (code === 'EISDIR')
        return refuse(subject, 'path.directory', 'is a directory, where a file is expected');
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .FlowferryError */ .rm)
        return error;
    return refuse(subject, 'path.unreadable', `cannot be read (${code ?? error.message})`, 'Check the file and its permissions.');
}


/***/ }),

/***/ 12032:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ loadSchemas),
/* harmony export */   z: () => (/* binding */ z)
/* harmony export */ });
let real;
let loading;
function loadSchemas() {
    return (loading ??= Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(105)]).then(__nccwpck_require__.bind(__nccwpck_require__, 44105)).then((module) => {
        real = module.builders;
    }));
}
/** Builder methods that may be written down before zod is loaded; anything else needs zod. */
const BUILDERS = new Set([
    // z.*: the ones schema-builders.ts passes on
    'string', 'number', 'boolean', 'unknown', 'literal', 'enum', 'object', 'looseObject', 'strictObject', 'array', 'union', 'lazy', 'record',
    // schema.*
    'optional', 'nullable', 'nullish', 'transform', 'refine', 'superRefine', 'regex', 'min', 'max', 'int', 'nonnegative', 'positive', 'length', 'default', 'catch', 'pipe', 'url', 'trim',
    'extend', 'passthrough', 'partial', 'required', 'pick', 'omit', 'strict', 'describe', 'nonempty', 'and', 'or', 'gt', 'gte', 'lt', 'lte', 'startsWith', 'endsWith', 'toLowerCase', 'toUpperCase',
]);
const NOTES = Symbol('schema notes');
function notesOf(value) {
    return (typeof value === 'function' || (typeof value === 'object' && value !== null)) ? value[NOTES] : undefined;
}
/** The real value for an argument: a written-down schema built, inside arrays and plain objects too. */
function realise(value) {
    const notes = notesOf(value);
    if (notes)
        return build(notes);
    if (Array.isArray(value))
        return value.map(realise);
    if (typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, realise(item)]));
    }
    return value;
}
function build(notes) {
    if (notes.built !== undefined)
        return notes.built;
    let current = real;
    for (const { key, args } of notes.steps) {
        const target = current;
        current = target[key](...args.map(realise));
    }
    notes.built = current;
    return current;
}
function written(steps) {
    const notes = { steps };
    return new Proxy(function schema() { }, {
        get(_target, key) {
            if (key === NOTES)
                return notes;
            if (real) {
                const built = build(notes);
                const value = built[key];
                return typeof value === 'function' ? (...args) => value.apply(built, args.map(realise)) : value;
            }
            if (typeof key === 'string' && BUILDERS.has(key))
                return (...args) => written([...steps, { key, args }]);
            // Not a promise (an async function may return a schema); anything else needs zod.
            if (key === 'then' || typeof key === 'symbol')
                return undefined;
            throw new Error(`internal error: the schema's ${key} was used before zod was loaded (core/schema.ts: call loadSchemas() first)`);
        },
    });
}
/** zod's `z`, its builders written down until `loadSchemas()` has loaded zod. */
const z = written([]);


/***/ }),

/***/ 58010:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $O: () => (/* binding */ MIN_VALUE_SECRET_LENGTH),
  B5: () => (/* binding */ longestSecretForm),
  E$: () => (/* binding */ redact),
  cl: () => (/* binding */ registerSecret),
  fN: () => (/* binding */ registerValueSecret),
  Wg: () => (/* binding */ setSecretSink)
});

// UNUSED EXPORTS: forgetSecretsForTests, isSecret, spellings

;// CONCATENATED MODULE: ./src/core/secret-view.ts
/**
 * A second view of a text for secrets.ts to search: escapes decoded, line breaks taken out, with
 * a map back to the original, so that what is found in the view is masked where it was written.
 */
/** Escapes a text can spell a character in, and line breaks a secret can be split by. */
const ENCODED = /\\u[0-9a-fA-F]{4}|\\[\\/"'nr]|&#[xX]?[0-9a-fA-F]+;|&(?:amp|lt|gt|quot|apos);|%[0-7][0-9a-fA-F]|[\r\n]/;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/**
 * The text with every character escape decoded and line breaks taken out, and where each of its
 * characters came from. The spellings secrets.ts lists are whole-text encodings; a platform can also
 * escape some characters and not others (System.Text.Json writes `+` as `\u002B` and `'` as
 * `\u0027` but leaves letters alone; an HTML page may write every character as `&#NN;`), quote a
 * secret broken over lines (and indented, as a folded header or a wrapped key), or mix escapes.
 * Matched in this view, each is masked in the original.
 * https://learn.microsoft.com/en-us/dotnet/standard/serialization/system-text-json/character-encoding
 */
function decodedView(text) {
    if (!ENCODED.test(text))
        return undefined;
    let view = '';
    const from = [];
    const to = [];
    const push = (chars, start, end) => {
        // A character outside the BMP is two UTF-16 units; each maps back to the same place.
        for (const unit of chars.split('')) {
            view += unit;
            from.push(start);
            to.push(end);
        }
    };
    for (let i = 0; i < text.length;) {
        const c = text[i];
        const match = c === '\\' || c === '&' || c === '%' ? /^(?:\\u([0-9a-fA-F]{4})|\\([\\/"'nr])|&#([xX])?([0-9a-fA-F]{1,6});|&(amp|lt|gt|quot|apos);|%([0-7][0-9a-fA-F]))/.exec(text.slice(i, i + 10)) : null;
        if (c === '\r' || c === '\n') {
            // A line break, and the indentation of the line it starts (a folded header, a wrapped key).
            i++;
            while (text[i] === ' ' || text[i] === '\t')
                i++;
        }
        else if (!match) {
            push(c, i, i + 1);
            i++;
        }
        else {
            const [whole, unicode, escaped, hexMark, number, entity, percent] = match;
            let char;
            if (unicode)
                char = String.fromCharCode(parseInt(unicode, 16));
            // An escaped line break splits a secret as a real one does: it is taken out.
            else if (escaped)
                char = escaped === 'n' || escaped === 'r' ? '' : escaped;
            else if (number) {
                const code = hexMark ? parseInt(number, 16) : /^[0-9]+$/.test(number) ? parseInt(number, 10) : NaN;
                char = Number.isNaN(code) || code > 0x10ffff ? undefined : String.fromCodePoint(code);
            }
            else if (entity)
                char = ENTITIES[entity];
            else
                char = String.fromCharCode(parseInt(percent, 16));
            if (char === undefined) {
                push(c, i, i + 1);
                i++;
            }
            else {
                push(char, i, i + whole.length);
                i += whole.length;
                if (char === '')
                    while (text[i] === ' ' || text[i] === '\t')
                        i++;
            }
        }
    }
    return { text: view, from, to };
}

;// CONCATENATED MODULE: ./src/core/secrets.ts

const known = new Set();
const announced = new Set();
/** Every spelling, by its first KEY characters (what the scan looks up at each position). */
const byKey = new Map();
/** The first characters of every spelling, to skip positions quickly. */
const firstChars = new Set();
let sink = () => { };
let longest = 0;
/** Values this short would turn ordinary words into `***`; the runner ignores them too. */
const MIN_LENGTH = 4;
const KEY = MIN_LENGTH;
/**
 * A value that fills a placeholder (from `FLOWFERRY_VAR_*` or a vars-file) is masked only from
 * this length on. Such values are often not secrets at all (`true`, `1000`, a region), and a mask
 * is announced to the runner for the rest of the job: `::add-mask::true` would hide every "true"
 * in every later step's log. Credentials, which flowferry knows to be secrets, keep MIN_LENGTH.
 */
const MIN_VALUE_SECRET_LENGTH = 8;
/**
 * Registers a value that fills a placeholder, if it is long enough to be told apart from ordinary
 * words; says whether it did, so the caller can tell the user which value is not masked.
 */
function registerValueSecret(value) {
    if (value.trim().length < MIN_VALUE_SECRET_LENGTH)
        return false;
    registerSecret(value);
    return true;
}
/** Where new secrets are announced (the action sets `core.setSecret`). Already-known ones are announced again. */
function setSecretSink(next) {
    sink = next;
    for (const value of announced)
        sink(value);
}
function registerSecret(value) {
    if (value === undefined)
        return;
    const trimmed = value.trim();
    if (trimmed.length < MIN_LENGTH || known.has(trimmed))
        return;
    known.add(trimmed);
    for (const part of partsOf(trimmed))
        registerSecret(part);
    const { direct, derived } = spellingsOf(trimmed);
    for (const form of direct) {
        if (form.length < MIN_LENGTH || announced.has(form))
            continue;
        announced.add(form);
        // The runner masks what it is told, and derives base64 forms of it itself.
        sink(form);
    }
    for (const form of new Set([...direct, ...derived])) {
        if (form.length < MIN_LENGTH)
            continue;
        const key = form.slice(0, KEY);
        const list = byKey.get(key) ?? [];
        if (list.includes(form))
            continue;
        list.push(form);
        byKey.set(key, list);
        firstChars.add(form[0]);
        longest = Math.max(longest, form.length);
    }
}
/**
 * A credential written with its scheme (`Basic …`, `Bearer …`, as a vars-file may hold an
 * Authorization header) travels without it too: the token is a secret of its own, and so are
 * the `user:password` a Basic token decodes to and the password.
 * https://www.rfc-editor.org/rfc/rfc7617 (Basic), https://www.rfc-editor.org/rfc/rfc6750 (Bearer)
 */
function partsOf(value) {
    const scheme = /^(basic|bearer|token|digest|negotiate)\s+(\S+)$/i.exec(value);
    if (!scheme)
        return [];
    const token = scheme[2];
    if (scheme[1].toLowerCase() !== 'basic' || !/^[A-Za-z0-9+/]+={0,2}$/.test(token))
        return [token];
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0 || Buffer.from(decoded, 'utf8').toString('base64').replace(/=+$/, '') !== token.replace(/=+$/, ''))
        return [token];
    return [token, decoded, decoded.slice(colon + 1)];
}
/** Every spelling `redact` looks for (the direct ones, and those composed of two encodings). */
function spellings(value) {
    const { direct, derived } = spellingsOf(value);
    return [...new Set([...direct, ...derived])];
}
/**
 * The spellings a value takes in transit, each of which the runner would otherwise show:
 * - raw;
 * - URI-encoded (encodeURIComponent), RFC 3986-strict (`!'()*` encoded too), and
 *   application/x-www-form-urlencoded (URLSearchParams: space as `+`, `~` as `%7E`), each with
 *   upper- and lower-case hex, as servers echo a posted form or a query back;
 * - JSON-string-escaped, also with `\/` and with non-ASCII as `\uXXXX`;
 * - HTML/XML-escaped;
 * - hex of its bytes, lower- and upper-case;
 * - base64, standard and URL-safe, of the value and of the value without its first one or two
 *   bytes: inside a longer base64 text (`Basic base64(id:secret)`) a secret's digits depend on
 *   how many bytes come before it. Padding is left out, and where the value's last digit also
 *   depends on the bytes after it, a form without that digit too — as the runner's own masker
 *   does (actions/runner ValueEncoders, docs/adrs/0297-base64-masking-trailing-characters.md).
 */
function directSpellings(value) {
    const forms = new Set([value]);
    const uri = safely(() => encodeURIComponent(value));
    if (uri !== undefined) {
        const strict = uri.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
        const form = new URLSearchParams([['k', value]]).toString().slice(2);
        for (const encoded of [uri, strict, form]) {
            forms.add(encoded);
            forms.add(encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()));
        }
    }
    const json = JSON.stringify(value).slice(1, -1);
    forms.add(json);
    forms.add(json.replace(/\//g, '\\/'));
    const ascii = json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    forms.add(ascii);
    forms.add(ascii.replace(/\\u([0-9a-f]{4})/g, (_, hex) => `\\u${hex.toUpperCase()}`));
    forms.add(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'));
    forms.add(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    for (const digits of base64Spellings(value))
        forms.add(digits);
    // Hex of the UTF-8 bytes, as a debugging proxy or a digest-minded error page prints a value.
    const hex = Buffer.from(value, 'utf8').toString('hex');
    forms.add(hex);
    forms.add(hex.toUpperCase());
    return [...forms];
}
function base64Spellings(value) {
    const forms = [];
    const bytes = Buffer.from(value, 'utf8');
    for (let offset = 0; offset <= 2; offset++) {
        const rest = bytes.subarray(offset);
        if (rest.length === 0)
            continue;
        const digits = rest.toString('base64').replace(/=+$/, '');
        const variants = rest.length % 3 === 0 ? [digits] : [digits, digits.slice(0, -1)];
        for (const variant of variants)
            forms.push(variant, variant.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return forms;
}
/**
 * The direct spellings, and those a second encoding makes of them: an encoded form encoded
 * again (a posted form quoted in a query, `%252B`), and base64 of an encoded form (a form body
 * or a URL inside a base64 blob).
 */
function spellingsOf(value) {
    const direct = directSpellings(value);
    const derived = new Set();
    for (const form of direct) {
        if (form === value)
            continue;
        const again = safely(() => encodeURIComponent(form));
        if (again !== undefined)
            derived.add(again);
        derived.add(new URLSearchParams([['k', form]]).toString().slice(2));
        for (const digits of base64Spellings(form))
            derived.add(digits);
    }
    return { direct, derived: [...derived] };
}
/**
 * How much of a spelling must be present to be masked. Short values only whole (a prefix of an
 * eight-character password is an ordinary word); longer ones from half their length, at most
 * twelve characters: a twelve-character piece of a real key is never a coincidence, and a key
 * cut after its first twenty characters by a message limit must not survive.
 */
function headLength(length) {
    if (length <= 8)
        return length;
    return Math.min(12, Math.max(8, Math.ceil(length / 2)));
}
function redact(text) {
    if (byKey.size === 0 || text.length < MIN_LENGTH)
        return text;
    const spans = found(text);
    const view = decodedView(text);
    if (view)
        for (const [start, end] of found(view.text))
            spans.push([view.from[start], view.to[end - 1]]);
    if (spans.length === 0)
        return text;
    spans.sort((a, b) => a[0] - b[0]);
    let out = '';
    let from = 0;
    for (const [start, end] of spans) {
        if (end <= from)
            continue;
        if (start >= from)
            out += `${text.slice(from, start)}***`;
        from = end;
    }
    return out + text.slice(from);
}
/** Where spellings (or long enough pieces of them) are in `text`: [start, end) spans, in order. */
function found(text) {
    const spans = [];
    for (let at = 0; at <= text.length - KEY; at++) {
        if (!firstChars.has(text[at]))
            continue;
        const forms = byKey.get(text.slice(at, at + KEY));
        if (!forms)
            continue;
        // The longest spelling, or long enough piece of one, that starts here.
        let length = 0;
        for (const form of forms) {
            const common = commonPrefix(text, at, form);
            if (common >= headLength(form.length))
                length = Math.max(length, common);
        }
        if (length === 0)
            continue;
        spans.push([at, at + length]);
        at += length - 1;
    }
    return spans;
}
function commonPrefix(text, at, form) {
    let n = 0;
    while (n < form.length && text.charCodeAt(at + n) === form.charCodeAt(n))
        n++;
    return n;
}
/** The longest spelling registered: how far past a cut a secret that starts before it can reach. */
function longestSecretForm() {
    return longest;
}
function isSecret(value) {
    return known.has(value.trim());
}
/** For tests that run several configurations in one process. */
function forgetSecretsForTests() {
    known.clear();
    announced.clear();
    byKey.clear();
    firstChars.clear();
    longest = 0;
    sink = () => { };
}
function safely(fn) {
    try {
        return fn();
    }
    catch {
        // encodeURIComponent refuses a lone surrogate; such a value has no URI spelling.
        return undefined;
    }
}


/***/ }),

/***/ 57289:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _o: () => (/* binding */ MAX_TIMER_MS),
  yy: () => (/* binding */ sleep),
  _: () => (/* binding */ timeoutSignal),
  Q2: () => (/* binding */ timerMs)
});

;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/core/timers.ts

/**
 * Node's timers hold a 32-bit signed delay: a longer one is replaced by 1 ms, so it fires AT ONCE
 * (with only a TimeoutOverflowWarning to say so). https://nodejs.org/api/timers.html#settimeoutcallback-delay-args
 * Every timer flowferry sets, from an input, a platform's Retry-After or a computed pause, goes
 * through here, so none can be longer than a timer can hold and none can go off early.
 */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A delay a timer can hold: at least 1 ms, at most MAX_TIMER_MS (for timeouts handed to libraries). */
function timerMs(ms) {
    if (!Number.isFinite(ms))
        return ms > 0 ? MAX_TIMER_MS : 1;
    return Math.min(MAX_TIMER_MS, Math.max(1, Math.ceil(ms)));
}
/** Sleeps `ms`, in steps a timer can hold; rejects with an AbortError when the signal aborts. */
async function sleep(ms, signal) {
    let left = Number.isFinite(ms) ? ms : MAX_TIMER_MS;
    while (left > 0) {
        const step = Math.min(left, MAX_TIMER_MS);
        await (0,promises_namespaceObject.setTimeout)(step, undefined, { signal });
        left -= step;
    }
}
/** Like AbortSignal.timeout, for any length: past the timer range it chains timers (unref'd, as AbortSignal.timeout's is). */
function timeoutSignal(ms) {
    if (ms <= MAX_TIMER_MS)
        return AbortSignal.timeout(timerMs(ms));
    const controller = new AbortController();
    const at = Date.now() + ms;
    const arm = () => {
        const left = at - Date.now();
        if (left <= 0)
            return controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
        setTimeout(arm, timerMs(left)).unref();
    };
    arm();
    return controller.signal;
}


/***/ }),

/***/ 61037:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ forLog),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   UK: () => (/* binding */ setHomeOrigin),
/* harmony export */   Ui: () => (/* binding */ untrustedText),
/* harmony export */   cW: () => (/* binding */ untrustedValue),
/* harmony export */   j$: () => (/* binding */ withoutQuery),
/* harmony export */   s$: () => (/* binding */ jsonText)
/* harmony export */ });
/* unused harmony exports neutraliseCommands, jsonForStream, withoutForeignQueries */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58010);

/**
 * Text flowferry did not write — a platform's reply, a bundle's contents, a file name — must
 * never become a workflow command, and credentials must never be shown in any spelling. Every
 * way out (the log, annotations, outputs, the job summary, the CLI's stdout) goes through this
 * module, in two steps:
 *
 * - at the entrance, `untrustedText` makes a value one line with visible escapes (no control
 *   characters), masks secrets in the whole text and only then shortens it;
 * - at the exit, `forLog` is the last line of defence on every line written to stdout/stderr,
 *   whatever it contains.
 *
 * How the runner reads a step's output (actions/runner, ActionCommandManager/ActionCommand):
 * stdout and stderr line by line, a line ending at \n, \r or \r\n; a line is a command when,
 * after TrimStart(), it starts with `::` (`::set-output name=x::y`, `::stop-commands::token`),
 * and the older `##[name]data` form is recognised anywhere in a line.
 * https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
 */
let homeOrigin;
/** The `base-url` origin: URLs there keep their query in what is shown; others lose it. */
function setHomeOrigin(url) {
    homeOrigin = url?.origin;
}
/**
 * Characters the runner's TrimStart() skips before it looks for `::` (.NET's char.IsWhiteSpace:
 * JavaScript's \s plus U+0085), taken generously: also every other control and invisible
 * format character, so that no leading character can hide a command from this check.
 */
const LEADING_SKIPPED = /^[\s\u0085\p{Cc}\p{Cf}]*/u;
/**
 * The last line of defence for text about to be written to stdout or stderr (log lines,
 * annotations, group names, the failure message). Secrets are masked and foreign URLs lose their
 * query first (`shown`). Then, on every line: a line that would start with `::` has its first
 * colon written `%3A`; every `##[` becomes `##%5B`; a carriage return that does not end a line
 * (\r\n) becomes `%0D`; other control characters and bidi overrides become visible escapes. These are the escapes the runner itself uses for command values (the
 * documentation above: `%25`, `%0D`, `%0A`, and `%3A` in properties), so the text stays readable
 * and says plainly what was neutralised, and the runner sees no command in it. Fencing the text
 * with `::stop-commands::` would also work, but it costs two lines per message and stops
 * flowferry's own annotations in between.
 */
function forLog(text) {
    return neutraliseCommands(shown(text));
}
/**
 * Controls other than tab and line ends, line separators and bidi overrides: a terminal or the
 * log viewer would act on them (move the cursor, reorder the text), so they are shown escaped.
 */
const INVISIBLE_IN_LOG = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** `forLog` without the masking: for text already masked, or for tests of the rule itself. */
function neutraliseCommands(text) {
    return text
        .replace(/\r(?!\n)/g, '%0D')
        .replace(INVISIBLE_IN_LOG, (c) => escapeCodePoint(c.charCodeAt(0)))
        .split(/(\r?\n)/)
        .map((part) => {
        const lead = LEADING_SKIPPED.exec(part)[0].length;
        return part.startsWith('::', lead) ? `${part.slice(0, lead)}%3A${part.slice(lead + 1)}` : part;
    })
        .join('')
        .replaceAll('##[', '##%5B');
}
/**
 * JSON for a stream the runner reads (the CLI's `result` on stdout). JSON text can only hold
 * `##[` inside a string, where `\u005b` is the same character: the document decodes to the same
 * value and the runner sees no command. It is one line, starting with `{` or `[`.
 */
function jsonForStream(text) {
    return shown(text).replaceAll('##[', '##\\u005b');
}
/** Characters JSON.stringify leaves as they are but a reader's screen would act on (bidi, separators, invisible). */
const INVISIBLE_IN_JSON = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
/**
 * JSON for an output or a stream: JSON.stringify, which escapes control characters, and the
 * same `\uXXXX` escape for line separators, bidi overrides and invisible characters it leaves
 * raw. The value decodes to the same data; the text shows every character for what it is.
 */
function jsonText(value) {
    return JSON.stringify(value).replace(INVISIBLE_IN_JSON, (c) => escapeCodePoint(c.charCodeAt(0)));
}
/** What may be shown of a text: secrets masked in every spelling, foreign URLs without their query. */
function shown(text) {
    return withoutForeignQueries((0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text));
}
/** Anything but the text itself: line breaks, controls, invisible format and bidi characters, lone surrogates. */
const UNPRINTABLE = /[\p{Cc}\p{Zl}\p{Zp}]|(?![\u200c\u200d])\p{Cf}|[\ud800-\udfff]/gu;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * One line, without control characters: each is written as a visible escape (`\n`, `\r`, `\t`,
 * `\u001b`, `\u202e`). Joiners (U+200C, U+200D) stay: they are part of scripts and emoji.
 */
function oneLine(text) {
    return text.replace(UNPRINTABLE, (c) => NAMED[c] ?? escapeCodePoint(c.codePointAt(0)));
}
function escapeCodePoint(code) {
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * A value from outside, ready to be put into a message: secrets masked in the whole text first,
 * foreign URLs without their query, one line with visible escapes, then at most `max`
 * characters (an escape is never cut in two).
 */
function untrustedText(text, max = 500) {
    // Only the start is shown; it is masked with room for a secret that begins inside it.
    const window = text.length > max + (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .longestSecretForm */ .B5)() + 64 ? text.slice(0, max + (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .longestSecretForm */ .B5)() + 64) : text;
    return cut(oneLine(shown(window)), max, window.length < text.length);
}
/** `untrustedText` of a parsed value, shown as JSON (for "the reply was …" messages). */
function untrustedValue(value, max = 200) {
    let text;
    try {
        text = JSON.stringify(value) ?? String(value);
    }
    catch {
        // A value too deep or cyclic to serialise says what it is by its type.
        text = Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : String(value);
    }
    return untrustedText(text, max);
}
function cut(text, max, shortened) {
    if (text.length <= max && !shortened)
        return text;
    let end = Math.min(max, text.length);
    // Back off to the start of an escape the cut would split, and off a high surrogate.
    const escape = text.lastIndexOf('\\', end - 1);
    if (escape >= 0 && escape >= end - 10) {
        const whole = /^\\(?:[nrt]|u\{[0-9a-f]+\}|u[0-9a-f]{4})/.exec(text.slice(escape));
        if (whole && escape + whole[0].length > end)
            end = escape;
    }
    if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1]))
        end--;
    return `${text.slice(0, end)}…`;
}
const PLAIN_ANCHOR = /^#[A-Za-z][\w-]{0,99}$/;
/** http(s) URLs in free text; one ends where JSON, Markdown or prose would end it. */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`\\|)\]}]+/gi;
/**
 * URLs on another origin than `base-url` (a presigned download link, a redirect) lose their
 * query, fragment and user info: that is where signatures and tokens travel (a fragment too,
 * as OAuth's `#access_token=`). A fragment that is one plain name stays.
 */
function withoutForeignQueries(text) {
    if (!text.includes('://'))
        return text;
    return text.replace(URL_IN_TEXT, (found) => {
        let url;
        try {
            url = new URL(found);
        }
        catch {
            return found;
        }
        if (url.origin === homeOrigin && !url.username && !url.password)
            return found;
        if (!url.search && !url.hash && !url.username && !url.password)
            return found;
        // A plain anchor (`#issuecomment-123`, `#L4`) names a place on the page, never a key=value.
        if (!url.search && PLAIN_ANCHOR.test(url.hash) && !url.username && !url.password)
            return found;
        return `${url.origin}${url.pathname}${url.search || url.hash ? '?…' : ''}`;
    });
}
/** A URL as an output may carry it: no query, fragment or user info, whatever its origin. */
function withoutQuery(text) {
    try {
        const url = new URL(text);
        return oneLine(`${url.origin}${url.pathname}`);
    }
    catch {
        return oneLine(text.split(/[?#]/)[0]);
    }
}


/***/ }),

/***/ 40845:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   _o: () => (/* binding */ isDebug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16082);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);




/** An input as the runner passes it: INPUT_<NAME>, spaces as underscores, trimmed. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
}
function debug(message) {
    issue('debug', {}, message);
}
function notice(message, properties = {}) {
    issue('notice', annotation(properties), message);
}
function warning(message, properties = {}) {
    issue('warning', annotation(properties), message);
}
function error(message, properties = {}) {
    issue('error', annotation(properties), message);
}
/** The step fails (exit code 1) with this error. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** The runner masks the value in every later line of the log. */
function setSecret(secret) {
    issue('add-mask', {}, secret);
}
async function group(name, fn) {
    issue('group', {}, name);
    try {
        return await fn();
    }
    finally {
        issue('endgroup', {}, '');
    }
}
/**
 * An output: appended to GITHUB_OUTPUT under a random heredoc delimiter that neither the name nor
 * the value may hold, so a value cannot add a key; `::set-output` when there is no such file.
 */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT ?? '';
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
        issue('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${(0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .randomUUID */ .N4)()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, { encoding: 'utf8' });
}
/**
 * Appends markdown to the job summary, as the toolkit's `summary.addRaw(text).write()` does
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary):
 * the file GITHUB_STEP_SUMMARY names must be there, readable and writable.
 */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(file, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.constants.R_OK | node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(file, markdown, { encoding: 'utf8' });
}
function annotation(properties) {
    return { title: properties.title, file: properties.file, line: properties.startLine, col: properties.startColumn };
}
/** `::command key=value,key=value::message`, with the runner's escaping of data and properties. */
function issue(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    process.stdout.write(`::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}


/***/ }),

/***/ 79407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(40845);
/* harmony import */ var _action_front_end_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(12444);
/* harmony import */ var _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(61037);
/* harmony import */ var _last_resort_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(30241);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7160);
/* harmony import */ var _output_names_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(95071);






await (0,_last_resort_js__WEBPACK_IMPORTED_MODULE_3__/* .guarded */ .N)(() => (0,_main_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)(new _action_front_end_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFrontEnd */ .B()), (message) => {
    // As publish() ends a failed run: the status and result outputs, then the ::error and exit code 1.
    try {
        _core_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_output_names_js__WEBPACK_IMPORTED_MODULE_5__/* .Output */ .k.Status, 'failed');
        _core_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_output_names_js__WEBPACK_IMPORTED_MODULE_5__/* .Output */ .k.Result, (0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(JSON.stringify({ status: 'failed', message })));
    }
    catch {
        // No GITHUB_OUTPUT (not on a runner): the error line and the exit code still say it.
    }
    _core_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .forLog */ .Ig)(message));
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 74098:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HP: () => (/* binding */ credentialInputs),
/* harmony export */   pd: () => (/* binding */ Input),
/* harmony export */   zU: () => (/* binding */ operations)
/* harmony export */ });
/**
 * The names of the action's inputs, as action.yml declares them, in a module of their own so
 * that platforms can name the inputs they need without importing the input parser.
 */
const Input = {
    Platform: 'platform',
    Operation: 'operation',
    BaseUrl: 'base-url',
    ApiKey: 'api-key',
    Token: 'token',
    ClientId: 'client-id',
    ClientSecret: 'client-secret',
    AccessKeyId: 'access-key-id',
    SecretAccessKey: 'secret-access-key',
    ProjectId: 'project-id',
    WorkspaceId: 'workspace-id',
    WorkflowId: 'workflow-id',
    WorkflowName: 'workflow-name',
    FlowId: 'flow-id',
    Version: 'version',
    Activate: 'activate',
    TargetFolder: 'target-folder',
    CreateFolders: 'create-folders',
    Path: 'path',
    Wait: 'wait',
    Timeout: 'timeout',
    PollInterval: 'poll-interval',
    JobId: 'job-id',
    UploadArtifact: 'upload-artifact',
    ArtifactName: 'artifact-name',
    RetentionDays: 'retention-days',
    DryRun: 'dry-run',
    AllowHttp: 'allow-http',
    FailOnDrift: 'fail-on-drift',
    VarsFile: 'vars-file',
    RedactSecrets: 'redact-secrets',
    Backup: 'backup',
    Concurrency: 'concurrency',
    SecurityToken: 'security-token',
    IdentityProvider: 'identity-provider',
    IamEndpoint: 'iam-endpoint',
    OidcAudience: 'oidc-audience',
    Team: 'team',
    Force: 'force',
    PrComment: 'pr-comment',
    GithubToken: 'github-token',
};
const operations = ['import', 'export', 'validate', 'diff', 'wait'];
/** Inputs that are credentials: masked the moment they are read. */
const credentialInputs = [
    Input.ApiKey,
    Input.Token,
    Input.ClientId,
    Input.ClientSecret,
    Input.AccessKeyId,
    Input.SecretAccessKey,
    Input.SecurityToken,
];


/***/ }),

/***/ 30241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ guarded)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);

const MAY_HAVE_BEEN_SENT = 'If this was an import, check the target environment before trying again: a request may have reached the platform.';
async function guarded(work, fail) {
    let pending = true;
    let failed = false;
    const failOnce = (message) => {
        if (failed)
            return;
        failed = true;
        process.exitCode = 1;
        try {
            fail(message);
        }
        catch {
            // Even the last resort could not write its status; the exit code still says failed.
        }
    };
    const crash = (kind) => (reason) => {
        failOnce(`${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(reason)} (${kind}; this is a bug in flowferry). ${MAY_HAVE_BEEN_SENT}`);
        // Whatever threw may have left the run in any state: stop here, once what was written is out.
        process.stdout.write('', () => process.exit(1));
    };
    const onRejection = crash('an unhandled promise rejection');
    const onException = crash('an uncaught exception');
    const onEmptyLoop = () => {
        if (!pending)
            return;
        failOnce(`flowferry stopped before finishing: the run was left waiting on something that can no longer happen (this is a bug in flowferry). ${MAY_HAVE_BEEN_SENT}`);
    };
    process.on('unhandledRejection', onRejection);
    process.on('uncaughtException', onException);
    process.on('beforeExit', onEmptyLoop);
    try {
        await work();
    }
    catch (error) {
        failOnce(`${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)} (while reporting the outcome). ${MAY_HAVE_BEEN_SENT}`);
    }
    finally {
        pending = false;
        process.off('beforeExit', onEmptyLoop);
        // The rejection and exception handlers stay: a stray callback after run() is a bug too.
    }
}


/***/ }),

/***/ 7160:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/clock.ts
var core_clock = __nccwpck_require__(32257);
// EXTERNAL MODULE: ./src/core/http/dispatcher.ts
var dispatcher = __nccwpck_require__(23123);
// EXTERNAL MODULE: ./src/input-names.ts
var input_names = __nccwpck_require__(74098);
// EXTERNAL MODULE: ./src/core/artifact-name.ts
var artifact_name = __nccwpck_require__(70761);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/loopback.ts
var loopback = __nccwpck_require__(3782);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __nccwpck_require__(98571);
;// CONCATENATED MODULE: ./src/input-limits.ts


/** Limits of single inputs, each said in the error that enforces it. */
/**
 * The longest `timeout`: the longest a job can run at all, on a self-hosted runner (5 days;
 * GitHub-hosted runners stop a job after 6 hours): https://docs.github.com/en/actions/reference/limits
 * Longer could never be waited out, and past 24.8 days a Node timer fires at once (core/timers.ts).
 */
const MAX_TIMEOUT_MS = 5 * 24 * 3_600_000;
/** The longest `poll-interval`: a gap between polls longer than this is a typo for a timeout. */
const MAX_POLL_INTERVAL_MS = 10 * 60_000;
const TIMEOUT_LIMIT = { max: MAX_TIMEOUT_MS, why: 'the longest a job can run on any GitHub Actions runner (5 days, self-hosted)', example: '30m' };
const POLL_INTERVAL_LIMIT = { max: MAX_POLL_INTERVAL_MS, why: 'the longest gap between status polls flowferry takes', example: '2s' };
function input_limits_duration(name, value, limit) {
    const ms = (0,duration/* parseDuration */.E)(value);
    if (ms === undefined)
        throw new errors/* InputError */.dz(name, `'${value}' is not a duration; use a number of seconds or 90s, 10m, 1h`, limit.example);
    if (ms > limit.max)
        throw new errors/* InputError */.dz(name, `'${value}' is longer than ${(0,duration/* formatDuration */.a)(limit.max)}, ${limit.why}`, limit.example);
    return ms;
}
/**
 * A credential goes into a request header (or a signature over one): a line break or another
 * control character cannot be sent there (RFC 9110 §5.5), and Node's HTTP client would refuse
 * the request only once it is under way (ERR_INVALID_CHAR, https://nodejs.org/api/errors.html#err_invalid_char). Said at once, naming the input and never the value.
 */
function credential(name, value) {
    if (value !== undefined && /[\u0000-\u001f\u007f]/.test(value)) {
        throw new errors/* InputError */.dz(name, 'holds a line break or another control character, which no request header can carry; copy the secret again without it');
    }
}

// EXTERNAL MODULE: ./src/core/secrets.ts + 1 modules
var secrets = __nccwpck_require__(58010);
// EXTERNAL MODULE: ./src/platforms/koreai/facts.ts
var facts = __nccwpck_require__(40947);
// EXTERNAL MODULE: ./src/platforms/leapwork/facts.ts
var leapwork_facts = __nccwpck_require__(97057);
// EXTERNAL MODULE: ./src/platforms/secmaster/facts.ts
var secmaster_facts = __nccwpck_require__(11599);
// EXTERNAL MODULE: ./src/platforms/zuora/facts.ts
var zuora_facts = __nccwpck_require__(50303);
;// CONCATENATED MODULE: ./src/platforms/registry.ts




/** Every platform flowferry drives, by the `platform` input's value: one line each. */
const registry = {
    koreai: { facts: facts/* koreai */.Q, load: () => Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(288), __nccwpck_require__.e(437)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1437)) },
    zuora: { facts: zuora_facts/* zuora */.k, load: () => Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(288), __nccwpck_require__.e(384)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63384)) },
    secmaster: { facts: secmaster_facts/* secmaster */.o, load: () => Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(727)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57727)) },
    leapwork: { facts: leapwork_facts/* leapwork */.m, load: () => __nccwpck_require__.e(/* import() */ 864).then(__nccwpck_require__.bind(__nccwpck_require__, 51864)) },
};
function platformNames() {
    return Object.keys(registry);
}
/** What is known of every platform, without loading any. */
function everyPlatform() {
    return Object.values(registry).map((entry) => entry.facts);
}
/** What is known of a platform without loading it; the name must be one of `platformNames()`. */
function platformFacts(name) {
    return entry(name).facts;
}
/** The platform, its code loaded. */
async function loadPlatform(name) {
    return (await entry(name).load()).platform;
}
function entry(name) {
    const found = Object.hasOwn(registry, name) ? registry[name] : undefined;
    if (!found)
        throw new RangeError(`flowferry has no platform '${name}'`);
    return found;
}

;// CONCATENATED MODULE: ./src/inputs.ts







/**
 * Every input of action.yml, read and checked here and nowhere else. A problem fails at once with
 * the input's name and an example of a good value.
 */
function readInputs(source) {
    const raw = (name) => {
        const value = source(name).trim();
        return value === '' ? undefined : value;
    };
    // Mask first, before any check can put a value into an error message.
    for (const name of input_names/* credentialInputs */.HP)
        (0,secrets/* registerSecret */.cl)(raw(name));
    for (const name of input_names/* credentialInputs */.HP)
        credential(name, raw(name));
    // Not a platform credential (no resume hint names it), but a secret all the same.
    (0,secrets/* registerSecret */.cl)(raw(input_names/* Input */.pd.GithubToken));
    credential(input_names/* Input */.pd.GithubToken, raw(input_names/* Input */.pd.GithubToken));
    const platform = oneOf(input_names/* Input */.pd.Platform, raw(input_names/* Input */.pd.Platform), platformNames(), 'koreai');
    const facts = platformFacts(platform);
    const operation = oneOf(input_names/* Input */.pd.Operation, raw(input_names/* Input */.pd.Operation), input_names/* operations */.zU, 'import');
    const allowHttp = bool(input_names/* Input */.pd.AllowHttp, raw(input_names/* Input */.pd.AllowHttp), false);
    const baseUrlText = raw(input_names/* Input */.pd.BaseUrl);
    const baseUrl = baseUrlText === undefined ? undefined : url(input_names/* Input */.pd.BaseUrl, baseUrlText, allowHttp);
    const settings = {
        platform,
        operation,
        baseUrl,
        workflowId: raw(input_names/* Input */.pd.WorkflowId),
        workflowName: raw(input_names/* Input */.pd.WorkflowName),
        path: raw(input_names/* Input */.pd.Path) ?? (operation === 'export' ? 'flowferry-export' : ''),
        wait: bool(input_names/* Input */.pd.Wait, raw(input_names/* Input */.pd.Wait), true),
        timeoutMs: input_limits_duration(input_names/* Input */.pd.Timeout, raw(input_names/* Input */.pd.Timeout) ?? '30m', TIMEOUT_LIMIT),
        pollIntervalMs: input_limits_duration(input_names/* Input */.pd.PollInterval, raw(input_names/* Input */.pd.PollInterval) ?? '2s', POLL_INTERVAL_LIMIT),
        jobId: raw(input_names/* Input */.pd.JobId),
        uploadArtifact: bool(input_names/* Input */.pd.UploadArtifact, raw(input_names/* Input */.pd.UploadArtifact), true),
        artifactName: artifactName(raw(input_names/* Input */.pd.ArtifactName)),
        retentionDays: integer(input_names/* Input */.pd.RetentionDays, raw(input_names/* Input */.pd.RetentionDays), 1, 90, '14'),
        dryRun: bool(input_names/* Input */.pd.DryRun, raw(input_names/* Input */.pd.DryRun), false),
        allowHttp,
        failOnDrift: bool(input_names/* Input */.pd.FailOnDrift, raw(input_names/* Input */.pd.FailOnDrift), false),
        varsFile: raw(input_names/* Input */.pd.VarsFile),
        redactSecrets: bool(input_names/* Input */.pd.RedactSecrets, raw(input_names/* Input */.pd.RedactSecrets), true),
        backup: bool(input_names/* Input */.pd.Backup, raw(input_names/* Input */.pd.Backup), false),
        concurrency: integer(input_names/* Input */.pd.Concurrency, raw(input_names/* Input */.pd.Concurrency), 1, 64, '4') ?? 4,
        prComment: bool(input_names/* Input */.pd.PrComment, raw(input_names/* Input */.pd.PrComment), false),
        githubToken: raw(input_names/* Input */.pd.GithubToken),
        // The platform's own inputs, as it declares them (platforms/<name>/facts.ts).
        own: facts.readSettings({
            text: raw,
            flag: (name, fallback) => bool(name, raw(name), fallback),
            identityEndpoint: (name) => credentialEndpoint(name, raw(name)),
        }),
    };
    checkNeeds(settings, facts, raw);
    return settings;
}
/** The inputs the chosen operation and platform cannot do without. */
function checkNeeds(settings, platform, raw) {
    const { operation } = settings;
    if (operation === 'validate') {
        if (!settings.path)
            throw new errors/* InputError */.dz(input_names/* Input */.pd.Path, 'validate needs the bundle(s) to check', 'bundles/**');
        return;
    }
    if (!settings.baseUrl) {
        throw new errors/* InputError */.dz(input_names/* Input */.pd.BaseUrl, `${operation} talks to ${platform.title}, so it needs its API base URL`, platform.inputs.exampleBaseUrl);
    }
    if ((operation === 'import' || operation === 'diff') && !settings.path) {
        throw new errors/* InputError */.dz(input_names/* Input */.pd.Path, `${operation} needs a bundle directory, a platform file or a glob`, 'flowferry-export');
    }
    if (operation === 'wait') {
        if (!platform.jobs) {
            throw new errors/* InputError */.dz(input_names/* Input */.pd.Operation, `${platform.title} finishes imports and exports within the request; there is no job to wait for`);
        }
        if (!settings.jobId)
            throw new errors/* InputError */.dz(input_names/* Input */.pd.JobId, 'wait needs the job id printed by an earlier run', 'ds-5678');
    }
    if (settings.timeoutMs <= 0)
        throw new errors/* InputError */.dz(input_names/* Input */.pd.Timeout, 'must be longer than zero', '30m');
    if (settings.pollIntervalMs <= 0)
        throw new errors/* InputError */.dz(input_names/* Input */.pd.PollInterval, 'must be longer than zero', '2s');
    requireOneOf(platform, platform.inputs.auth, raw, `${platform.title} needs credentials`);
    const needs = platform.inputs.operations?.[operation];
    if (needs)
        requireOneOf(platform, needs, raw, `${operation} on ${platform.title} needs`);
}
function requireOneOf(platform, alternatives, raw, what) {
    if (alternatives.length === 0)
        return;
    if (alternatives.some((set) => set.every((name) => raw(name) !== undefined)))
        return;
    // Name the set the user has gone furthest with (ids shared by every set do not count), else the first one.
    const given = (set) => set.filter((name) => raw(name) !== undefined && !alternatives.every((other) => other.includes(name))).length;
    const closest = alternatives.reduce((best, set) => (given(set) > given(best) ? set : best), alternatives[0]);
    const missing = closest.find((name) => raw(name) === undefined);
    const options = alternatives.map((set) => set.map((name) => `'${name}'`).join(' + ')).join(', or ');
    throw new errors/* InputError */.dz(missing, `is missing: ${what} ${options}`, exampleFor(platform, missing));
}
/** Examples of the inputs every platform shares; a platform's own are in its facts. */
const EXAMPLES = {
    [input_names/* Input */.pd.WorkflowId]: 'a-1234abcd',
    [input_names/* Input */.pd.WorkflowName]: 'Invoice triage',
};
function exampleFor(platform, name) {
    if (input_names/* credentialInputs */.HP.includes(name))
        return `\${{ secrets.${name.toUpperCase().replace(/-/g, '_')} }}`;
    return platform.inputs.examples?.[name] ?? EXAMPLES[name] ?? '…';
}
function oneOf(name, value, allowed, example) {
    if (value === undefined)
        throw new errors/* InputError */.dz(name, `is required; one of ${allowed.join(', ')}`, example);
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (!match)
        throw new errors/* InputError */.dz(name, `'${value}' is not one of ${allowed.join(', ')}`, example);
    return match;
}
/** YAML 1.2 core booleans, as `core.getBooleanInput` accepts them. */
function bool(name, value, fallback) {
    if (value === undefined)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new errors/* InputError */.dz(name, `'${value}' is not a boolean; use true or false`, String(!fallback));
}
function integer(name, value, min, max, example) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new errors/* InputError */.dz(name, `'${value}' is not a whole number from ${min} to ${max}`, example);
    }
    return Number(value);
}
/**
 * https anywhere; plain http only to this machine, unless `allow-http` says the network between
 * runner and platform is trusted (an on-premises Leapwork controller, say).
 */
function url(name, value, allowHttp) {
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        throw new errors/* InputError */.dz(name, `'${value}' is not a URL`, 'https://platform.example.com');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new errors/* InputError */.dz(name, `'${value}' must start with https:// (or http://)`, 'https://platform.example.com');
    }
    if (parsed.username || parsed.password) {
        throw new errors/* InputError */.dz(name, 'must not carry a user name or password; use the credential inputs', 'https://platform.example.com');
    }
    if (parsed.search || parsed.hash) {
        throw new errors/* InputError */.dz(name, 'must not have a query or fragment', `${parsed.origin}${parsed.pathname}`);
    }
    if (parsed.protocol === 'http:' && !allowHttp && !(0,loopback/* isLoopback */.U)(parsed.hostname)) {
        throw new errors/* InputError */.dz(name, `'${parsed.origin}' uses plain http to a host that is not this machine, so credentials would cross the network unencrypted. ` +
            'Use https, or set allow-http: true if that network is trusted', `https://${parsed.host}`);
    }
    parsed.pathname = parsed.pathname.replace(/\/+$/, '');
    return parsed;
}
/**
 * An endpoint that receives identity tokens (the GitHub ID token, IAM's tokens): https, or plain
 * http to this machine only. `allow-http` does not reach it: no identity service worth trusting
 * speaks plain http across a network.
 */
function credentialEndpoint(name, value) {
    if (value === undefined)
        return undefined;
    const parsed = url(name, value, true);
    if (parsed.protocol === 'http:' && !(0,loopback/* isLoopback */.U)(parsed.hostname)) {
        throw new errors/* InputError */.dz(name, `'${parsed.origin}' must use https: identity tokens are sent there, and allow-http does not apply to it`, `https://${parsed.host}`);
    }
    return parsed;
}
function artifactName(value) {
    if (value !== undefined && artifact_name/* ARTIFACT_NAME_FORBIDDEN */.R.test(value)) {
        throw new errors/* InputError */.dz(input_names/* Input */.pd.ArtifactName, `'${value}' contains a character GitHub does not allow (" : < > | * ? \\ / or a line break)`, 'koreai-invoice-triage');
    }
    return value;
}

// EXTERNAL MODULE: ./src/operations/glob.ts
var glob = __nccwpck_require__(82758);
;// CONCATENATED MODULE: ./src/operations/index.ts
/**
 * Each operation is loaded when it runs: an export never compiles the bundle reader, the diff,
 * the zip reader or the manifest schema (zod), and the start-up before the first request is
 * shorter by that much.
 */
const operationRunners = {
    import: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(288), __nccwpck_require__.e(568), __nccwpck_require__.e(242), __nccwpck_require__.e(681)]).then(__nccwpck_require__.bind(__nccwpck_require__, 54681))).importOperation,
    export: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(288), __nccwpck_require__.e(568)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90568))).exportOperation,
    validate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(288), __nccwpck_require__.e(721)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60721))).validateOperation,
    wait: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(288), __nccwpck_require__.e(568), __nccwpck_require__.e(501)]).then(__nccwpck_require__.bind(__nccwpck_require__, 22501))).waitOperation,
    diff: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(663), __nccwpck_require__.e(288), __nccwpck_require__.e(568), __nccwpck_require__.e(242), __nccwpck_require__.e(821)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47821))).diffOperation,
};

// EXTERNAL MODULE: ./src/operations/result.ts
var result = __nccwpck_require__(94649);
// EXTERNAL MODULE: ./src/core/untrusted-text.ts
var untrusted_text = __nccwpck_require__(61037);
;// CONCATENATED MODULE: ./src/main.ts









/**
 * The action and the CLI both come here: read the inputs, run the one operation they name, and
 * hand the outcome to the front end, which publishes outputs and summary and, on failure, fails
 * the step. Errors become results here; the front end is the one place they become a failure.
 */
async function run(frontEnd) {
    const clock = frontEnd.clock ?? core_clock/* systemClock */.m;
    const started = clock.now();
    let settings;
    let results;
    try {
        settings = readInputs(frontEnd.input);
        results = await execute(settings, frontEnd);
    }
    catch (error) {
        const platform = settings?.platform ?? (frontEnd.input(input_names/* Input */.pd.Platform).trim() || 'unknown');
        const operation = (settings?.operation ?? (frontEnd.input(input_names/* Input */.pd.Operation).trim() || 'unknown'));
        results = [(0,result/* recordFailure */.C5)((0,result/* newResult */.YT)(platform, operation), error)];
    }
    finally {
        await (0,dispatcher/* closeHttp */.D6)();
    }
    const report = {
        platform: settings?.platform ?? results[0].platform,
        operation: settings?.operation ?? results[0].operation,
        status: (0,result/* overallStatus */.gX)(results),
        results,
        batch: settings ? (0,glob/* isGlob */.f)(settings.path) && (settings.operation === 'import' || settings.operation === 'validate' || settings.operation === 'diff') : false,
        durationMs: clock.now() - started,
        prComment: settings?.prComment ? { token: settings.githubToken } : undefined,
    };
    await frontEnd.publish(report);
    return report;
}
async function execute(settings, frontEnd) {
    const platform = await loadPlatform(settings.platform);
    const clock = frontEnd.clock ?? core_clock/* systemClock */.m;
    // URLs on this origin keep their query in what is shown; links elsewhere (presigned) lose it.
    (0,untrusted_text/* setHomeOrigin */.UK)(settings.baseUrl);
    let client;
    const context = {
        settings,
        platform,
        log: frontEnd.log,
        clock,
        deadline: core_clock/* Deadline */.B.after(settings.timeoutMs, clock),
        artifacts: frontEnd.artifacts,
        client: () => (client ??= platform.connect(settings, { log: frontEnd.log, deadline: context.deadline, clock, idToken: frontEnd.idToken })),
        resumeHint: (jobId) => frontEnd.resumeHint(settings, jobId),
        idToken: frontEnd.idToken,
    };
    frontEnd.log.info(`flowferry ${settings.operation} on ${platform.title}${settings.baseUrl ? ` at ${settings.baseUrl.origin}` : ''}`);
    const runner = await operationRunners[settings.operation]();
    return runner(context);
}


/***/ }),

/***/ 82758:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ isGlob)
/* harmony export */ });
/** Whether `path` names bundles by a glob (a batch) rather than one bundle. */
function isGlob(pattern) {
    return /[*?[\]{}]/.test(pattern);
}


/***/ }),

/***/ 94649:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ recordFailure),
/* harmony export */   G9: () => (/* binding */ settle),
/* harmony export */   N6: () => (/* binding */ isFailure),
/* harmony export */   YT: () => (/* binding */ newResult),
/* harmony export */   gX: () => (/* binding */ overallStatus)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(74296);
/* harmony import */ var _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(61037);



function newResult(platform, operation, fields = {}) {
    return { platform, operation, status: 'succeeded', ...fields };
}
/** Long enough for flowferry's own longest messages (a list of findings), short enough for a log line. */
const MESSAGE_LIMIT = 4000;
/** Records an error on a result, keeping what the result already knew. */
function recordFailure(result, error) {
    result.status = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
    // A message may quote a reply, a bundle or (for an unexpected error) anything: it is masked
    // whole, then kept to one line with visible escapes, like any text from outside.
    result.message = (0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .untrustedText */ .Ui)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error).split('\n')[0], MESSAGE_LIMIT);
    const hint = error instanceof Error && 'hint' in error ? (error.hint ?? undefined) : undefined;
    result.hint = hint?.split('\n').map((line) => (0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .untrustedText */ .Ui)(line, MESSAGE_LIMIT)).join('\n');
    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TimedOutError */ .On || error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .JobFailedError */ .dk) {
        result.jobId ??= error.jobId;
        result.platformStatus ??= error.platformStatus;
    }
    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BundleError */ .rJ && error.findings.length > 0) {
        result.findings = [...(result.findings ?? []), ...error.findings];
    }
    return result;
}
const SEVERITY = ['succeeded', 'skipped', 'in-progress', 'timed-out', 'failed'];
/** The status of a batch: the worst of its parts. */
function overallStatus(results) {
    let worst = results.length > 0 && results.every((r) => r.status === 'skipped') ? 'skipped' : 'succeeded';
    for (const result of results) {
        if (result.status !== 'skipped' && SEVERITY.indexOf(result.status) > SEVERITY.indexOf(worst))
            worst = result.status;
    }
    return worst;
}
function isFailure(status) {
    return status === 'failed' || status === 'timed-out';
}
/**
 * Runs one unit of an operation (one bundle, one workflow, one job) to its result: a thrown
 * error becomes the result's failure, the temporary directories the work registered in
 * `cleanup` are removed, and the duration is recorded, whatever happened.
 */
async function settle(result, clock, work) {
    const started = clock.now();
    const cleanup = [];
    try {
        await work(cleanup);
    }
    catch (error) {
        recordFailure(result, error);
    }
    finally {
        await Promise.all(cleanup.map((dir) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true })));
        result.durationMs = clock.now() - started;
    }
    return result;
}


/***/ }),

/***/ 95071:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ Output)
/* harmony export */ });
/**
 * The names of the action's outputs, as action.yml declares them, in a module of their own (as
 * input-names.ts is for inputs) so that whatever writes an output names it the same way.
 */
const Output = {
    Status: 'status',
    PlatformStatus: 'platform-status',
    WorkflowId: 'workflow-id',
    JobId: 'job-id',
    Version: 'version',
    Path: 'path',
    Files: 'files',
    ArtifactId: 'artifact-id',
    ArtifactUrl: 'artifact-url',
    DownloadUrl: 'download-url',
    Changed: 'changed',
    BackupArtifactId: 'backup-artifact-id',
    CommentUrl: 'comment-url',
    Result: 'result',
};


/***/ }),

/***/ 40947:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ koreai)
/* harmony export */ });
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74098);

const KOREAI_RATE_LIMITS = 'https://community.kore.ai/t/article-understanding-rate-limits-for-kore-ai-public-apis/3638';
/** What flowferry knows of Kore.ai AI for Process before it loads the platform's code (platform.ts, PlatformFacts). */
const koreai = {
    name: 'koreai',
    title: 'Kore.ai AI for Process',
    inputs: {
        auth: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ApiKey]],
        operations: {
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkflowId]],
        },
        exampleBaseUrl: 'https://ai-for-process.kore.ai',
        examples: { [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.FlowId]: 'cf-5678' },
    },
    readSettings: (read) => ({ apiKey: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ApiKey), flowId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.FlowId) }),
    jobs: true,
    // The one published figure for dock-status calls is 60 per minute and 1,800 per hour per request
    // id, in Kore.ai's community article on the rate limits of its public APIs (KOREAI_RATE_LIMITS).
    // It is written for the XO platform; AI for Process documents none, so flowferry keeps to this one
    // rather than to none.
    pollLimits: [
        { requests: 60, perMs: 60_000, source: KOREAI_RATE_LIMITS },
        { requests: 1_800, perMs: 3_600_000, source: KOREAI_RATE_LIMITS },
    ],
};


/***/ }),

/***/ 97057:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ leapwork)
/* harmony export */ });
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74098);

/** What flowferry knows of the Leapwork Controller before it loads the platform's code (platform.ts, PlatformFacts). */
const leapwork = {
    name: 'leapwork',
    title: 'Leapwork Controller',
    inputs: {
        auth: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ApiKey]],
        operations: {
            import: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.TargetFolder]],
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkflowId]],
        },
        // HTTPS on 9002, the official plugin's default when HTTPS is on; plain http needs allow-http.
        exampleBaseUrl: 'https://leapwork-controller:9002',
        examples: { [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.TargetFolder]: 'Team A/Regression' },
    },
    readSettings: (read) => ({
        apiKey: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ApiKey),
        targetFolder: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.TargetFolder),
        createFolders: read.flag(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.CreateFolders, false),
        team: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Team),
        force: read.flag(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Force, false),
    }),
    // The Controller imports and exports within the request: there is no job to wait for.
    jobs: false,
    // An import replaces the item of the same title in its folder: the backup goes back the same way.
    rollback: () => 'import that bundle into the same target-folder (and team); the Controller replaces the item of the same title, or, with a team, force mode does when someone has it open',
};


/***/ }),

/***/ 11599:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ secmaster)
/* harmony export */ });
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74098);

/** What flowferry knows of Huawei Cloud SecMaster before it loads the platform's code (platform.ts, PlatformFacts). */
const secmaster = {
    name: 'secmaster',
    title: 'Huawei Cloud SecMaster',
    inputs: {
        auth: [
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Token, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ProjectId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkspaceId],
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.AccessKeyId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.SecretAccessKey, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ProjectId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkspaceId],
            // Keyless: the runner's GitHub ID token, exchanged at IAM (keyless.ts).
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.IdentityProvider, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ProjectId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkspaceId],
        ],
        operations: {
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkflowId], [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkflowName]],
        },
        exampleBaseUrl: 'https://secmaster.ap-southeast-1.myhuaweicloud.com',
        examples: {
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ProjectId]: '0605767a0300d5762fb0c0186d9e1c3b',
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkspaceId]: '9f5bb8a5-1c7b-4d3c-8a5e-5a2d4e7f0c11',
        },
    },
    readSettings: (read) => ({
        token: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Token),
        accessKeyId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.AccessKeyId),
        secretAccessKey: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.SecretAccessKey),
        securityToken: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.SecurityToken),
        identityProvider: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.IdentityProvider),
        oidcAudience: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.OidcAudience),
        iamEndpoint: read.identityEndpoint(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.IamEndpoint),
        projectId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ProjectId),
        workspaceId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkspaceId),
    }),
    jobs: false,
};


/***/ }),

/***/ 50303:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ zuora),
/* harmony export */   u: () => (/* binding */ ZUORA_REQUEST_ID)
/* harmony export */ });
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74098);

/** The reply header with Zuora's request id, the one Zuora support asks for. */
const ZUORA_REQUEST_ID = 'zuora-request-id';
/** What flowferry knows of Zuora Workflow before it loads the platform's code (platform.ts, PlatformFacts). */
const zuora = {
    name: 'zuora',
    title: 'Zuora Workflow',
    inputs: {
        auth: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ClientId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ClientSecret], [_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Token]],
        operations: {
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.WorkflowId]],
        },
        exampleBaseUrl: 'https://rest.apisandbox.zuora.com',
    },
    readSettings: (read) => ({
        clientId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ClientId),
        clientSecret: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ClientSecret),
        token: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Token),
        version: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Version),
        activate: read.flag(_input_names_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Activate, false),
    }),
    // A backup is of the active version, not of the version this import names.
    liveExport: (own) => ({ ...own, version: undefined }),
    // Zuora's replies carry their request id in Zuora-Request-Id (the response headers of every
    // workflow operation, e.g. https://developer.zuora.com/v1-api-reference/api/operation/GET_WorkflowExport/).
    requestIdHeader: ZUORA_REQUEST_ID,
    jobs: false,
};


/***/ }),

/***/ 28855:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON),
/* harmony export */   w8: () => (/* binding */ dryRunMarkdown)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(74296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(36419);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(16706);




/** The status as an icon, in the summary and the pull-request comment. */
const STATUS_ICON = {
    succeeded: '✅',
    failed: '❌',
    'timed-out': '⏱️',
    'in-progress': '⏳',
    skipped: '⏭️',
};
/**
 * The job summary: what ran, on what, how it ended, and what to do next. Every value that came
 * from outside (messages, names, ids, paths, findings, the platform's status) goes through
 * core/markdown.ts: it shows as text and cannot add HTML, links, images or table cells.
 */
function renderSummary(report) {
    const lines = [];
    const title = report.results[0]?.platform ?? report.platform;
    lines.push(`### ${STATUS_ICON[report.status]} flowferry ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(report.operation)} · ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(title)} · ${report.status}`, '');
    if (report.batch || report.results.length > 1) {
        lines.push(...batchTable(report.results), '');
        for (const result of report.results)
            lines.push(...details(result, true));
    }
    else if (report.results[0]) {
        lines.push(...singleTable(report.results[0], report.durationMs), '');
        lines.push(...details(report.results[0], false));
    }
    return withinBudget(`${lines.join('\n').trimEnd()}\n`);
}
/**
 * The summary within SUMMARY_BUDGET_BYTES (core/limits.ts): past 1 MiB GitHub shows none of it, and
 * a batch of 1,000 bundles with long messages passes that. It is cut at a line end, a code block or
 * a <details> left open is closed, and a last line says where the rest is.
 */
function withinBudget(text) {
    if (Buffer.byteLength(text) <= _core_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .SUMMARY_BUDGET_BYTES */ .Xb)
        return text;
    let cut = text.slice(0, _core_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .SUMMARY_BUDGET_BYTES */ .Xb);
    while (Buffer.byteLength(cut) > _core_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .SUMMARY_BUDGET_BYTES */ .Xb)
        cut = cut.slice(0, cut.length - 1024);
    cut = cut.slice(0, cut.lastIndexOf('\n') + 1);
    const fences = cut.split('\n').filter((line) => /^(`{3,}|~{3,})/.test(line));
    const closing = [];
    if (fences.length % 2 === 1)
        closing.push(fences.at(-1).match(/^(`+|~+)/)[1]);
    const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
    for (let i = 0; i < open; i++)
        closing.push('</details>');
    return `${cut}${closing.join('\n')}${closing.length ? '\n' : ''}\n_The summary stops here: GitHub shows at most 1 MiB of it. The log and the \`result\` output have every bundle._\n`;
}
function singleTable(result, durationMs) {
    const rows = [
        ['Platform', (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(result.platform)],
        ['Operation', (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(result.operation)],
        ['Workflow', workflow(result)],
        ['Status', `${result.status}${result.platformStatus ? ` (platform: ${code(result.platformStatus)})` : ''}`],
        ['Job id', result.jobId && code(result.jobId)],
        ['Version', result.version && code(result.version)],
        ['Bundle', result.path && code(result.path)],
        ['Artifact', artifact(result)],
        ['Backup', result.backupArtifactId && `artifact ${code(result.backupArtifactId)}`],
        ['Changed', result.changed === undefined ? undefined : String(result.changed)],
        ['Duration', (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(result.durationMs ?? durationMs)],
    ];
    return ['| | |', '|---|---|', ...rows.filter(([, value]) => value).map(([key, value]) => `| ${key} | ${value} |`)];
}
function batchTable(results) {
    return [
        '| Bundle | Workflow | Status | Job id | Duration | Note |',
        '|---|---|---|---|---|---|',
        ...results.map((result) => [
            result.path ? code(result.path) : '',
            workflow(result) ?? '',
            `${STATUS_ICON[result.status]} ${result.status}`,
            result.jobId ? code(result.jobId) : '',
            result.durationMs === undefined ? '' : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(result.durationMs),
            (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(result.message ?? ''),
        ].join(' | ')).map((row) => `| ${row} |`),
    ];
}
function details(result, batch) {
    const lines = [];
    const label = batch && result.path ? ` (${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(result.path)})` : '';
    // A dry run that found nothing wrong says what it checked below; its headline is no failure.
    if (result.message && result.status !== 'succeeded' && !(result.dryRun && result.status === 'skipped')) {
        lines.push(`**${result.status === 'in-progress' ? 'Pending' : 'What went wrong'}${label}:** ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(result.message)}`, '');
    }
    if (result.dryRun)
        lines.push(...dryRunMarkdown(result.dryRun, label), '');
    if (result.hint) {
        lines.push(result.hint.includes('\n') ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownBlock */ .dI)(result.hint, 'yaml') : `**What to do:** ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(result.hint)}`, '');
    }
    if (result.findings?.length)
        lines.push(...findingsTable(result.findings), '');
    if (result.placeholders?.length) {
        lines.push('**Secrets left out of the bundle.** An import needs a value for each placeholder, from `vars-file` or a `FLOWFERRY_VAR_<NAME>` environment variable:', '', ...result.placeholders.map((p) => `- ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(p.split(' ')[0])} ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(p.slice(p.indexOf(' ') + 1))}`), '');
    }
    if (result.diff)
        lines.push(result.diff, '');
    if (!batch && result.files?.length) {
        lines.push('<details><summary>Files</summary>', '', ...result.files.map((file) => `- ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(file)}`), '', '</details>', '');
    }
    if (result.notes?.length)
        lines.push(...result.notes.map((note) => `> ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(note)}`), '');
    return lines;
}
/** A dry run's verdict: what it checked and what it could not (the summary and the pull-request comment). */
function dryRunMarkdown(verdict, label = '') {
    return [
        `**Dry run${label}:** nothing was imported.`,
        '',
        ...verdict.checked.map((line) => `- ✔️ checked: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(line)}`),
        ...verdict.unchecked.map((line) => `- ❔ not checked: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(line)}`),
    ];
}
function findingsTable(findings) {
    return [
        '| | File | Problem | Check |',
        '|---|---|---|---|',
        ...findings.map((f) => `| ${f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️'} | ${code((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocation */ .Cw)(f))} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(f.message)} | ${code(f.rule)} |`),
    ];
}
function workflow(result) {
    if (result.workflowName && result.workflowId)
        return `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(result.workflowName)} (${code(result.workflowId)})`;
    if (result.workflowId)
        return code(result.workflowId);
    return result.workflowName ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(result.workflowName) : undefined;
}
function artifact(result) {
    if (!result.artifactId)
        return undefined;
    const name = result.artifactName ?? result.artifactId;
    return result.artifactUrl ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownLink */ .iQ)(name, result.artifactUrl) : `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(name)} (id ${code(result.artifactId)})`;
}
/** Inline code that is safe in a table cell too (every use here may be in one). */
function code(text) {
    return (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(text, { table: true });
}


/***/ }),

/***/ 71013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  X: () => (/* binding */ MAJOR_TAG),
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

/** The package's version: package.json is the one place it is written (a release bumps it there). */
const VERSION = package_namespaceObject.rE;
/** The tag that follows the newest release of this major version (release.yml moves it): v0 for 0.y.z. */
const MAJOR_TAG = `v${VERSION.split('.')[0]}`;


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(79407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
