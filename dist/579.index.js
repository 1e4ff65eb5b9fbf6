export const id = 579;
export const ids = [579];
export const modules = {

/***/ 95579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
});

// EXTERNAL MODULE: ./src/core/untrusted-text.ts
var untrusted_text = __webpack_require__(61037);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(71013);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/action/pr-comment/entries.ts


/**
 * What the pull-request comment says about one bundle and one operation: data, never Markdown.
 * Entries come from this step's results, from drafts other steps or jobs of the run left
 * (drafts.ts), and from the comment itself (the hidden state a later step of the same run merges
 * into); whatever their source, they are read through `entrySchema` and rendered by render.ts
 * with core's Markdown escaping, so no entry can carry markup of its own into the comment.
 */
/** Caps that keep a comment (65,536 characters on GitHub) readable and within that size. */
const LIMITS = { findings: 30, files: 10, changesPerFile: 40, text: 500, value: 80, clauses: 12, entries: 400 };
const entries_text = (max = LIMITS.text) => schemas/* string */.YjP().transform((value) => (0,untrusted_text/* untrustedText */.Ui)(value, max));
const operation = schemas/* enum */.k5n(['validate', 'import', 'diff']);
const entries_status = schemas/* enum */.k5n(['succeeded', 'failed', 'timed-out', 'in-progress', 'skipped']);
const count = schemas/* number */.aig().int().min(0).max(10_000_000);
const findingSchema = schemas/* object */.Ikc({
    severity: schemas/* enum */.k5n(['error', 'warning', 'notice']),
    file: entries_text(300),
    line: schemas/* number */.aig().int().min(1).max(100_000_000).optional(),
    col: schemas/* number */.aig().int().min(1).max(100_000_000).optional(),
    rule: entries_text(80),
    message: entries_text(),
});
const changeSchema = schemas/* object */.Ikc({
    path: entries_text(200),
    kind: schemas/* enum */.k5n(['added', 'removed', 'changed']),
    before: entries_text(LIMITS.value).optional(),
    after: entries_text(LIMITS.value).optional(),
});
const fileDiffSchema = schemas/* object */.Ikc({ file: entries_text(300), total: count, changes: schemas/* array */.YOg(changeSchema).max(LIMITS.changesPerFile) });
const entrySchema = schemas/* object */.Ikc({
    operation,
    /** The bundle as the workspace names it. */
    path: entries_text(300),
    status: entries_status,
    dryRun: schemas/* boolean */.zMY().optional(),
    workflowName: entries_text(200).optional(),
    workflowId: entries_text(200).optional(),
    platformStatus: entries_text(200).optional(),
    message: entries_text().optional(),
    hint: entries_text().optional(),
    findings: schemas/* array */.YOg(findingSchema).max(LIMITS.findings).optional(),
    findingsTotal: count.optional(),
    checked: schemas/* array */.YOg(entries_text()).max(LIMITS.clauses).optional(),
    unchecked: schemas/* array */.YOg(entries_text()).max(LIMITS.clauses).optional(),
    changed: schemas/* boolean */.zMY().optional(),
    diff: schemas/* array */.YOg(fileDiffSchema).max(LIMITS.files).optional(),
    /** When it was recorded (ISO 8601): of two entries for the same operation and bundle, the later wins. */
    at: schemas/* string */.YjP().max(40).regex(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/),
});
/** A list of entries from outside this step: each bad one is left out, not the whole list. */
function readEntries(value) {
    if (!Array.isArray(value))
        return [];
    return value.slice(0, LIMITS.entries).flatMap((item) => {
        const parsed = entrySchema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
    });
}
/** This step's result as an entry; undefined for operations a comment does not report (export, wait). */
function entryOf(result, at) {
    if (result.operation !== 'validate' && result.operation !== 'import' && result.operation !== 'diff')
        return undefined;
    const findings = result.findings ?? [];
    const entry = {
        operation: result.operation,
        path: result.path ?? '(no bundle)',
        status: result.status,
        dryRun: result.dryRun ? true : undefined,
        workflowName: result.workflowName,
        workflowId: result.workflowId,
        platformStatus: result.platformStatus,
        // A dry run that found nothing wrong says so through its verdict; its headline would repeat it.
        message: result.dryRun && result.status === 'skipped' ? undefined : result.message,
        hint: result.hint?.includes('\n') ? undefined : result.hint,
        findings: findings.length ? findings.slice(0, LIMITS.findings) : undefined,
        findingsTotal: findings.length > LIMITS.findings ? findings.length : undefined,
        checked: result.dryRun?.checked.slice(0, LIMITS.clauses),
        unchecked: result.dryRun?.unchecked.slice(0, LIMITS.clauses),
        changed: result.changed,
        diff: result.diffFiles?.slice(0, LIMITS.files).map((file) => ({
            file: file.file,
            total: file.total,
            changes: file.changes.slice(0, LIMITS.changesPerFile).map((change) => ({
                path: change.path,
                kind: change.kind,
                before: change.kind === 'added' ? undefined : (0,untrusted_text/* untrustedValue */.cW)(change.before, LIMITS.value),
                after: change.kind === 'removed' ? undefined : (0,untrusted_text/* untrustedValue */.cW)(change.after, LIMITS.value),
            })),
        })),
        at: at.toISOString(),
    };
    // The same schema as any entry from outside: one rule for every entry the comment shows.
    return entrySchema.parse(JSON.parse(JSON.stringify(entry)));
}
/** Entries by operation and bundle, the latest of each kept; in the order bundles were first seen. */
function mergeEntries(...lists) {
    const merged = new Map();
    for (const entry of lists.flat()) {
        const key = `${entry.operation}\u0000${entry.path}`;
        const known = merged.get(key);
        if (!known || known.at <= entry.at)
            merged.set(key, entry);
    }
    return [...merged.values()].slice(-LIMITS.entries);
}
/** Fewer details per entry, for a comment that would not fit otherwise. */
function trimEntries(entries, keep) {
    return entries.map((entry) => ({
        ...entry,
        findings: entry.findings?.slice(0, keep.findings),
        findingsTotal: entry.findings && entry.findings.length > keep.findings ? Math.max(entry.findingsTotal ?? 0, entry.findings.length) : entry.findingsTotal,
        diff: entry.diff?.slice(0, keep.files).map((file) => ({ ...file, changes: file.changes.slice(0, keep.changes) })),
    }));
}

;// CONCATENATED MODULE: ./src/action/pr-comment/drafts.ts




/**
 * Every validate, dry-run and diff step leaves its entries as a draft in the job's temporary
 * directory, whether or not it comments, so that the step that does comment speaks for every
 * bundle of the job. The runner empties RUNNER_TEMP at the start and end of each job
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/variables#default-environment-variables),
 * so a draft never outlives its job, unless the job uploads the directory: that is how the
 * reusable validate.yml gathers the drafts of a matrix into the one job that comments.
 *
 * A draft is read back as any entry from outside is (entries.ts): one bad file is skipped.
 */
const DRAFTS_DIR = 'flowferry-comment';
const drafts_LIMITS = { files: 1_000, bytes: 1_048_576 };
function draftsDir(env) {
    return env.RUNNER_TEMP ? external_node_path_default().join(env.RUNNER_TEMP, DRAFTS_DIR) : undefined;
}
async function writeDraft(dir, platform, entries) {
    if (entries.length === 0)
        return;
    await (0,promises_.mkdir)(dir, { recursive: true });
    const name = `${platform.replace(/[^\w-]/g, '_')}-${Date.now()}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.json`;
    await (0,promises_.writeFile)(external_node_path_default().join(dir, name), JSON.stringify({ platform, entries }));
}
/** The drafts of this platform in `dir`, oldest first (entries.ts keeps the later of two). */
async function readDrafts(dir, platform) {
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    const entries = [];
    for (const name of names.filter((n) => n.endsWith('.json')).sort().slice(0, drafts_LIMITS.files)) {
        const file = external_node_path_default().join(dir, name);
        const info = await (0,promises_.stat)(file).catch(() => undefined);
        if (!info?.isFile() || info.size > drafts_LIMITS.bytes)
            continue;
        try {
            const draft = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
            if (draft?.platform === platform)
                entries.push(...readEntries(draft.entries));
        }
        catch {
            // Not a draft: skipped, like a bad entry.
        }
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/action/pr-comment/event.ts

/** The events whose payload is a pull request (https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows). */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const NAME = /^[A-Za-z0-9_.-]{1,100}$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const RUN = /^\d{1,20}$/;
async function readEvent(env) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    if (!PULL_REQUEST_EVENTS.has(eventName)) {
        return { skip: `pr-comment: this run is not for a pull request (event ${eventName ? `'${eventName}'` : 'unknown'}), so there is no comment to write` };
    }
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || rest.length || !NAME.test(owner) || !NAME.test(repo)) {
        return { skip: 'pr-comment: GITHUB_REPOSITORY does not name a repository (owner/name), so there is no pull request to comment on' };
    }
    const apiUrl = origin(env.GITHUB_API_URL, 'https://api.github.com');
    const serverUrl = origin(env.GITHUB_SERVER_URL, 'https://github.com');
    if (!apiUrl || !serverUrl)
        return { skip: 'pr-comment: GITHUB_API_URL or GITHUB_SERVER_URL is not an http(s) URL, so there is no API to write the comment to' };
    let payload;
    try {
        payload = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
    }
    catch {
        return { skip: 'pr-comment: the event payload (GITHUB_EVENT_PATH) could not be read, so the pull request is unknown' };
    }
    const pr = payload?.pull_request;
    const number = pr?.number;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
        return { skip: 'pr-comment: the event payload names no pull request number, so there is nothing to comment on' };
    }
    const headSha = typeof pr?.head?.sha === 'string' && SHA.test(pr.head.sha) ? pr.head.sha : undefined;
    return {
        target: {
            owner,
            repo,
            number,
            headSha,
            apiUrl,
            serverUrl,
            runId: RUN.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : undefined,
            runAttempt: RUN.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT : undefined,
            workflow: workflowFile(env.GITHUB_WORKFLOW_REF, `${owner}/${repo}`) ?? (env.GITHUB_WORKFLOW || 'workflow'),
        },
    };
}
/** An http(s) URL without a trailing slash; the default when the variable is unset. */
function origin(value, fallback) {
    try {
        const url = new URL(value || fallback);
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            return undefined;
        if (url.username || url.password || url.search || url.hash)
            return undefined;
        url.pathname = url.pathname.replace(/\/+$/, '');
        return url;
    }
    catch {
        return undefined;
    }
}
/**
 * `GITHUB_WORKFLOW_REF` is `owner/repo/.github/workflows/ci.yml@refs/pull/12/merge`: the file is
 * what stays the same from run to run (a workflow's name need not be unique). For a reusable
 * workflow it names the caller's file, so each calling workflow keeps its own comment.
 */
function workflowFile(ref, repository) {
    if (!ref?.startsWith(`${repository}/`))
        return undefined;
    const file = ref.slice(repository.length + 1).split('@')[0];
    return /^[\w./-]{1,200}$/.test(file) ? file : undefined;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ./src/action/pr-comment/state.ts


/**
 * The two hidden lines of a comment (HTML comments: GitHub renders neither,
 * https://github.github.com/gfm/#html-blocks). The first, the marker, finds the comment again on a
 * later run: one per workflow file and platform. The last carries the run's entries, so that a
 * later job of the same run (one that `needs:` the first) adds its bundles to the comment instead
 * of replacing them; an entry read back from it is checked as any entry from outside is
 * (entries.ts). Both are written in characters that cannot end an HTML comment: the marker's
 * names are hashed when they hold anything else, the state is base64url.
 */
const MARKER_PREFIX = '<!-- flowferry:pr-comment ';
const STATE_PREFIX = '<!-- flowferry:state ';
const END = ' -->';
function markerOf(workflow, platform) {
    const safe = (value) => (/^[\w./-]{1,200}$/.test(value) ? value : `sha256-${(0,external_node_crypto_.createHash)('sha256').update(value).digest('hex').slice(0, 32)}`);
    return `${MARKER_PREFIX}workflow=${safe(workflow)} platform=${safe(platform)}${END}`;
}
/** Whether a comment's body is the one this marker names: the marker is its first line. */
function hasMarker(body, marker) {
    return typeof body === 'string' && (body === marker || body.startsWith(`${marker}\n`) || body.startsWith(`${marker}\r\n`));
}
function stateLine(run, entries) {
    if (!run)
        return undefined;
    const json = JSON.stringify({ run, entries });
    return `${STATE_PREFIX}${Buffer.from(json, 'utf8').toString('base64url')}${END}`;
}
/** The entries an earlier job of this same run left in the comment; none from another run. */
function entriesFromState(body, run) {
    if (!run)
        return [];
    const line = body.trimEnd().split('\n').at(-1) ?? '';
    if (!line.startsWith(STATE_PREFIX) || !line.endsWith(END))
        return [];
    const encoded = line.slice(STATE_PREFIX.length, -END.length);
    if (!/^[\w-]*$/.test(encoded))
        return [];
    try {
        const state = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
        return state?.run === run ? readEntries(state.entries) : [];
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/action/pr-comment/github.ts




const PER_PAGE = 100;
/** 5,000 comments: a pull request with more is not one flowferry's comment is worth finding in. */
const MAX_PAGES = 50;
/** Everything the comment does, retries and waits included, within this. */
const BUDGET_MS = 120_000;
const LONGEST_WAIT_S = 60;
function commentApi(target, token, debug) {
    const octokit = (0,github/* getOctokit */.Q)(token, {
        baseUrl: target.apiUrl.href.replace(/\/+$/, ''),
        // Octokit's own messages (a deprecation notice quotes the reply's Link header) go through
        // flowferry's log, as every line does, never straight to the console.
        request: { redirect: 'error', signal: AbortSignal.timeout(BUDGET_MS), log: { debug, info: debug, warn: debug, error: debug } },
        retry: { retries: 2 },
        log: { debug, info: debug, warn: debug, error: debug },
        throttle: {
            onRateLimit: (after, _options, _octokit, count) => count === 0 && after <= LONGEST_WAIT_S,
            onSecondaryRateLimit: (after, _options, _octokit, count) => count === 0 && after <= LONGEST_WAIT_S,
        },
    }, dist_bundle/* retry */.L, throttling);
    const where = { owner: target.owner, repo: target.repo, headers: { 'x-github-api-version': '2022-11-28' } };
    /**
     * Who writes with this token: a personal token's user answers `GET /user`
     * (https://docs.github.com/en/rest/users/users#get-the-authenticated-user); an app's installation
     * token, the job's GITHUB_TOKEN among them, is refused there, and its comments are a bot's, which
     * only an app installed on the repository can post as.
     */
    const author = async () => {
        const login = await octokit
            .request('GET /user', { headers: where.headers })
            .then((reply) => reply.data.login)
            .catch(() => undefined);
        return (user) => {
            const { login: by, type } = (user ?? {});
            return typeof login === 'string' ? by === login : type === 'Bot';
        };
    };
    return {
        async find(marker) {
            const ours = await author();
            for (let page = 1; page <= MAX_PAGES; page++) {
                const reply = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...where, issue_number: target.number, per_page: PER_PAGE, page });
                const comments = Array.isArray(reply.data) ? reply.data : [];
                for (const comment of comments) {
                    const { id, body, user } = (comment ?? {});
                    if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0 && hasMarker(body, marker) && ours(user))
                        return { id, body: body };
                }
                if (comments.length < PER_PAGE)
                    return undefined;
            }
            return undefined;
        },
        async create(body) {
            const reply = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...where, issue_number: target.number, body });
            return commentUrl(target, reply.data);
        },
        async update(id, body) {
            const reply = await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...where, comment_id: id, body });
            return commentUrl(target, reply.data, id);
        },
    };
}
/**
 * The comment's address for the `comment-url` output: the reply's `html_url` when it is a page of
 * this server (GITHUB_SERVER_URL), else made from the comment's id as GitHub spells it.
 */
function commentUrl(target, data, knownId) {
    const { id, html_url: html } = (data ?? {});
    const prefix = `${target.serverUrl.href.replace(/\/+$/, '')}/${target.owner}/${target.repo}/`;
    if (typeof html === 'string' && html.startsWith(prefix) && /^[\w./#-]*$/.test(html.slice(prefix.length)))
        return html;
    const commentId = typeof id === 'number' && Number.isSafeInteger(id) ? id : knownId;
    return `${prefix}pull/${target.number}${commentId ? `#issuecomment-${commentId}` : ''}`;
}
/** What went wrong, in a sentence with the fix: no permission (a fork's read-only token), or anything else. */
function failureOf(error) {
    const status = typeof error?.status === 'number' ? (error.status) : undefined;
    const message = error instanceof Error ? error.message : String(error);
    // GitHub answers a rate limit with 403 too, saying so: that is not a missing permission.
    const limited = /\brate limit/i.test(message);
    return { status, permission: status === 401 || status === 404 || (status === 403 && !limited), message };
}

// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(16706);
// EXTERNAL MODULE: ./src/summary.ts
var summary = __webpack_require__(28855);
;// CONCATENATED MODULE: ./src/action/pr-comment/render.ts



/** GitHub refuses a comment body over 65,536 characters; the rest is margin for the state line. */
const BODY_LIMIT = 65_000;
const LEVELS = [
    { findings: 30, changes: 40, files: 10 },
    { findings: 10, changes: 15, files: 5 },
    { findings: 3, changes: 5, files: 3 },
    { findings: 0, changes: 0, files: 0 },
];
/** The comment, with as much detail as fits; `entries` are trimmed the same way for the state. */
function renderComment(frame, entries, notes, stateOf) {
    for (const level of LEVELS) {
        const trimmed = trimEntries(entries, level);
        const state = stateOf(trimmed);
        const body = compose({ ...frame, state }, trimmed, notes, level.findings > 0);
        if (body.length <= BODY_LIMIT)
            return body;
    }
    // Even one line per bundle is too long (hundreds of bundles): the first ones, and no state.
    const bundles = groupByBundle(entries);
    let keep = bundles.length;
    let body = '';
    do {
        keep = Math.floor(keep * 0.8);
        const kept = new Set(bundles.slice(0, keep).map((bundle) => bundle.path));
        body = compose(frame, trimEntries(entries.filter((entry) => kept.has(entry.path)), LEVELS.at(-1)), [...notes, `${bundles.length - keep} more bundles are not listed here; the run's job summary lists them all.`], false);
    } while (body.length > BODY_LIMIT && keep > 1);
    return body;
}
function compose(frame, entries, notes, details) {
    const bundles = groupByBundle(entries);
    const worst = worstOf(entries.map((entry) => entry.status));
    const failed = bundles.filter((bundle) => bundle.entries.some((entry) => entry.status === 'failed' || entry.status === 'timed-out')).length;
    const verdict = failed > 0 ? `${failed} of ${bundles.length} bundle${bundles.length > 1 ? 's' : ''} failed` : `${bundles.length} bundle${bundles.length > 1 ? 's' : ''} checked`;
    const lines = [frame.marker, `### ${summary/* STATUS_ICON */.tW[worst]} flowferry · ${(0,markdown/* markdownText */.p7)(frame.platformTitle)} · ${verdict}`, ''];
    lines.push('| Bundle | Workflow | Validate | Dry run | Diff |', '|---|---|---|---|---|');
    for (const bundle of bundles) {
        const cells = [
            (0,markdown/* markdownCode */.D9)(bundle.path, { table: true }),
            workflowCell(bundle.entries),
            validateCell(bundle.op('validate')),
            importCell(bundle.op('import')),
            diffCell(bundle.op('diff')),
        ];
        lines.push(`| ${cells.join(' | ')} |`);
    }
    lines.push('');
    if (notes.length)
        lines.push(...notes.map((note) => `> ${(0,markdown/* markdownText */.p7)(note)}`), '');
    if (details) {
        for (const bundle of bundles)
            lines.push(...bundleDetails(bundle.path, bundle.entries, frame));
    }
    const footer = [
        frame.runUrl ? (0,markdown/* markdownLink */.iQ)(frame.runLabel, frame.runUrl) : (0,markdown/* markdownText */.p7)(frame.runLabel),
        (0,markdown/* markdownCode */.D9)(frame.workflowLabel),
        frame.headSha ? `commit ${(0,markdown/* markdownCode */.D9)(frame.headSha.slice(0, 12))}` : undefined,
        `flowferry ${(0,markdown/* markdownText */.p7)(frame.version)}`,
    ].filter(Boolean);
    lines.push(`<sub>${footer.join(' · ')} · this comment is updated on every run</sub>`);
    if (frame.state)
        lines.push(frame.state);
    return `${lines.join('\n')}\n`;
}
function groupByBundle(entries) {
    const groups = new Map();
    for (const entry of entries)
        groups.set(entry.path, [...(groups.get(entry.path) ?? []), entry]);
    return [...groups].map(([path, list]) => ({ path, entries: list, op: (operation) => list.find((entry) => entry.operation === operation) }));
}
const SEVERITY = ['succeeded', 'skipped', 'in-progress', 'timed-out', 'failed'];
function worstOf(statuses) {
    return statuses.reduce((worst, status) => (SEVERITY.indexOf(status) > SEVERITY.indexOf(worst) ? status : worst), statuses.length && statuses.every((s) => s === 'skipped') ? 'skipped' : 'succeeded');
}
function workflowCell(entries) {
    const name = entries.find((entry) => entry.workflowName)?.workflowName;
    const id = entries.find((entry) => entry.workflowId)?.workflowId;
    return [name && (0,markdown/* markdownText */.p7)(name), id && (0,markdown/* markdownCode */.D9)(id, { table: true })].filter(Boolean).join(' ');
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function severityCount(entry) {
    const findings = entry.findings ?? [];
    return { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length };
}
function validateCell(entry) {
    if (!entry)
        return '—';
    const { errors, warnings } = severityCount(entry);
    if (entry.status === 'succeeded')
        return `✅ valid${warnings ? `, ${plural(warnings, 'warning')}` : ''}`;
    return `${summary/* STATUS_ICON */.tW[entry.status]} ${errors ? plural(errors, 'error') : entry.status}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`;
}
function importCell(entry) {
    if (!entry)
        return '—';
    if (!entry.dryRun)
        return `${summary/* STATUS_ICON */.tW[entry.status]} imported: ${entry.status}`;
    if (entry.status === 'skipped') {
        const unchecked = entry.unchecked?.length ?? 0;
        return `⏭️ nothing found in the way${unchecked ? `; ${unchecked} not checked` : ''}`;
    }
    return `${summary/* STATUS_ICON */.tW[entry.status]} ${entry.status === 'failed' ? 'would fail' : entry.status}`;
}
function diffCell(entry) {
    if (!entry)
        return '—';
    if (entry.status === 'failed' && entry.changed !== true)
        return `${summary/* STATUS_ICON */.tW.failed} failed`;
    if (entry.changed === false)
        return '✅ no changes';
    const total = (entry.diff ?? []).reduce((sum, file) => sum + file.total, 0);
    return `${entry.status === 'failed' ? summary/* STATUS_ICON */.tW.failed : '✏️'} ${total ? plural(total, 'change') : 'changed'}`;
}
function bundleDetails(path, entries, frame) {
    const lines = [];
    for (const entry of entries) {
        const part = [];
        const what = entry.operation === 'validate' ? 'Validate' : entry.operation === 'diff' ? 'Diff' : entry.dryRun ? 'Dry run' : 'Import';
        if (entry.message && entry.status !== 'succeeded')
            part.push(`**${what}:** ${summary/* STATUS_ICON */.tW[entry.status]} ${(0,markdown/* markdownText */.p7)(entry.message)}`, '');
        if (entry.hint)
            part.push(`**What to do:** ${(0,markdown/* markdownText */.p7)(entry.hint)}`, '');
        if (entry.findings?.length)
            part.push(...findingsTable(entry.findings, entry.findingsTotal, frame), '');
        if (entry.checked || entry.unchecked)
            part.push(...(0,summary/* dryRunMarkdown */.w8)({ checked: entry.checked ?? [], unchecked: entry.unchecked ?? [] }), '');
        if (entry.diff?.length) {
            part.push(`**Diff** against the live workflow${entry.workflowId ? ` ${(0,markdown/* markdownCode */.D9)(entry.workflowId)}` : ''}, old (live) → new (bundle):`, '');
            for (const file of entry.diff)
                part.push(...diffTable(file), '');
        }
        lines.push(...part);
    }
    if (lines.length === 0)
        return [];
    const name = entries.find((entry) => entry.workflowName)?.workflowName;
    return [`#### ${(0,markdown/* markdownCode */.D9)(path)}${name ? ` · ${(0,markdown/* markdownText */.p7)(name)}` : ''}`, '', ...lines];
}
function findingsTable(findings, total, frame) {
    const rows = findings.map((f) => {
        const icon = f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️';
        return `| ${icon} | ${where(f, frame)} | ${(0,markdown/* markdownText */.p7)(f.message)} | ${(0,markdown/* markdownCode */.D9)(f.rule, { table: true })} |`;
    });
    const more = total && total > findings.length ? [`| | | ${total - findings.length} more in the run's job summary | |`] : [];
    return ['| | Where | Problem | Check |', '|---|---|---|---|', ...rows, ...more];
}
/** A file and line, linked to that line at the head commit when the path is a plain relative one. */
function where(finding, frame) {
    const label = `${finding.file}${finding.line ? `:${finding.line}${finding.col ? `:${finding.col}` : ''}` : ''}`;
    const segments = finding.file.split('/');
    const plain = segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..') && !finding.file.includes('\\');
    if (!frame.blobBase || !plain)
        return (0,markdown/* markdownCode */.D9)(label, { table: true });
    const url = `${frame.blobBase}${segments.map(encodeURIComponent).join('/')}${finding.line ? `#L${finding.line}` : ''}`;
    // markdownLink's text is markdownText, which escapes `|` as well: safe in a table cell.
    return (0,markdown/* markdownLink */.iQ)(label, url);
}
function diffTable(file) {
    const rows = file.changes.map((change) => {
        const icon = change.kind === 'added' ? '➕' : change.kind === 'removed' ? '➖' : '✏️';
        const cell = (value) => (value === undefined ? '—' : (0,markdown/* markdownCode */.D9)(value, { table: true }));
        return `| ${icon} ${change.kind} | ${(0,markdown/* markdownCode */.D9)(change.path, { table: true })} | ${cell(change.before)} | ${cell(change.after)} |`;
    });
    const more = file.total > file.changes.length ? [`| … | ${file.total - file.changes.length} more changes in the run's job summary | | |`] : [];
    return [`${(0,markdown/* markdownCode */.D9)(file.file)}: ${plural(file.total, 'change')}`, '', '| | Path | Live | Bundle |', '|---|---|---|---|', ...rows, ...more];
}

;// CONCATENATED MODULE: ./src/action/pr-comment/index.ts








/**
 * `pr-comment`: the step's results, with those of the job's earlier steps (drafts.ts) and of the
 * run's earlier jobs (state.ts), written into the pull request's one flowferry comment for this
 * workflow file and platform. Nothing here changes the step's result: when the comment cannot be
 * written (no pull request, no permission, an API failure), the step says so once and goes on.
 * Returns the comment's URL, for the `comment-url` output.
 */
async function commentOnPullRequest(report, log, env = process.env) {
    const at = new Date();
    const entries = report.results.flatMap((result) => entryOf(result, at) ?? []);
    const dir = draftsDir(env);
    if (dir)
        await writeDraft(dir, report.platform, entries).catch((error) => log.debug(`pr-comment: draft not written: ${error.message}`));
    if (!report.prComment)
        return undefined;
    const reading = await readEvent(env);
    if ('skip' in reading) {
        log.info(reading.skip);
        return undefined;
    }
    const { target } = reading;
    const job = dir ? await readDrafts(dir, report.platform) : entries;
    if (job.length === 0) {
        log.info(`pr-comment: ${report.operation} has nothing for a pull-request comment (it reports validate, dry runs and diffs)`);
        return undefined;
    }
    const token = report.prComment.token;
    if (!token) {
        log.warning('pr-comment: github-token is empty, so no comment was written. Leave it unset (the job token is the default) or give a token that can write to pull requests');
        return undefined;
    }
    try {
        const api = commentApi(target, token, (message) => log.debug(`pr-comment: ${message}`));
        const marker = markerOf(target.workflow, report.platform);
        const existing = await api.find(marker);
        log.debug(`pr-comment: ${existing ? `comment ${existing.id} has` : 'no comment of this token has'} the marker ${marker}`);
        const all = mergeEntries(existing ? entriesFromState(existing.body, target.runId) : [], job);
        const body = renderComment(frameOf(target, marker, report.platform), all, [], (kept) => stateLine(target.runId, kept));
        const url = existing ? await api.update(existing.id, body) : await api.create(body);
        log.info(`pr-comment: ${existing ? 'updated' : 'wrote'} the pull request's comment: ${url}`);
        return url;
    }
    catch (error) {
        log.warning(warningOf(error, target));
        return undefined;
    }
}
function frameOf(target, marker, platform) {
    const server = target.serverUrl.href.replace(/\/+$/, '');
    const repository = `${server}/${target.owner}/${target.repo}`;
    return {
        marker,
        platformTitle: platform,
        blobBase: target.headSha ? `${repository}/blob/${target.headSha}/` : undefined,
        headSha: target.headSha,
        runUrl: target.runId ? `${repository}/actions/runs/${target.runId}${target.runAttempt && target.runAttempt !== '1' ? `/attempts/${target.runAttempt}` : ''}` : undefined,
        runLabel: target.runId ? `run ${target.runId}` : 'this run',
        workflowLabel: target.workflow,
        version: version/* VERSION */.x,
    };
}
function warningOf(error, target) {
    const failure = failureOf(error);
    const said = (0,untrusted_text/* untrustedText */.Ui)(failure.message, 300);
    const where = `pull request #${target.number}`;
    if (failure.permission) {
        return (`pr-comment: the token cannot write a comment on ${where} (HTTP ${failure.status}: ${said}). ` +
            'Give the job `permissions: pull-requests: write`; a pull request from a fork gets a read-only token, and its comment is left out. The step’s result is unchanged');
    }
    return `pr-comment: the comment on ${where} was not written (${failure.status ? `HTTP ${failure.status}: ` : ''}${said}). The step’s result is unchanged`;
}


/***/ })

};
