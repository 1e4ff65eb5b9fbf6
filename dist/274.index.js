export const id = 274;
export const ids = [274];
export const modules = {
  /***/
  33303: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        W7: () => (
          /* binding */
          fileOf
        ),
        /* harmony export */
        e0: () => (
          /* binding */
          MANIFEST
        ),
        /* harmony export */
        gv: () => (
          /* binding */
          adoptFiles
        ),
        /* harmony export */
        ol: () => (
          /* binding */
          digestOf
        ),
        /* harmony export */
        pS: () => (
          /* binding */
          shownPath
        ),
        /* harmony export */
        s: () => (
          /* binding */
          copyInto
        ),
        /* harmony export */
        yw: () => (
          /* binding */
          packedOf
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78616);
      var _plain_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19130);
      const MANIFEST = "flowferry.json";
      function packedOf(bundle, role) {
        const entry = bundle.manifest.files.find((file) => file.role === role);
        return entry && bundle.packed?.[entry.path];
      }
      function fileOf(bundle, role) {
        const entry = bundle.manifest.files.find((file) => file.role === role);
        return entry ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(bundle.dir, ...entry.path.split("/")) : void 0;
      }
      function shownPath(bundle, file) {
        const relative = typeof file === "string" ? file : file.path;
        return (0, _fs_js__WEBPACK_IMPORTED_MODULE_2__.Gt)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(bundle.shownDir ?? bundle.dir, ...relative.split("/")));
      }
      async function adoptFiles(dir, platform, name, files, location) {
        const entries = [];
        const packed = {};
        for (const file of files) {
          if (file.packed) {
            packed[file.path] = file.packed;
            entries.push({ path: file.path, role: file.role, bytes: file.packed.bytes, sha256: "" });
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
          ...Object.keys(packed).length > 0 ? { packed } : {}
        };
      }
      async function digestOf(dir, file) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ...file.path.split("/"));
        const subject = { shown: file.path };
        return file.digest ? (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.bh)(absolute, file.digest, subject) : (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.p2)(absolute, subject);
      }
      async function copyInto(dir, file, name, shown = (0, _fs_js__WEBPACK_IMPORTED_MODULE_2__.Gt)(file)) {
        await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        return (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.yp)(file, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name), { shown });
      }
      async function listFiles(dir) {
        const out = [];
        for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
          if (entry.isFile())
            out.push(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
        }
        return out.sort();
      }
    })
  ),
  /***/
  56107: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        HN: () => (
          /* binding */
          confineInput
        ),
        /* harmony export */
        KT: () => (
          /* binding */
          confineExisting
        ),
        /* harmony export */
        Ut: () => (
          /* binding */
          realDirectory
        ),
        /* harmony export */
        cO: () => (
          /* binding */
          exportTarget
        ),
        /* harmony export */
        oS: () => (
          /* binding */
          workspaceRoot
        ),
        /* harmony export */
        od: () => (
          /* binding */
          confineInBundle
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36419);
      var _phrasing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31677);
      var _plain_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19130);
      function workspaceRoot() {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
      }
      function isInside(child, parent) {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
        return relative === "" || !relative.startsWith("..") && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative);
      }
      async function realRoot() {
        const root = workspaceRoot();
        try {
          return await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
        } catch {
          return root;
        }
      }
      const OUTSIDE_HINT = "Keep bundles, vars files and export directories inside the workspace (the repository checkout), and name them relative to it.";
      function outside(subject, what) {
        return (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.outside", `${what} outside the workspace (${workspaceRoot()}); flowferry reads and writes only inside it`, OUTSIDE_HINT);
      }
      async function confineInput(text, input) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspaceRoot(), text);
        await confineExisting(absolute, { shown: text, input });
        return absolute;
      }
      async function confineExisting(absolute, subject) {
        let real;
        try {
          real = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute);
        } catch {
          return;
        }
        if (!isInside(real, await realRoot())) {
          throw outside(subject, real === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(absolute) ? "is" : "resolves (through a symbolic link) to a place");
        }
      }
      async function exportTarget(text, input) {
        const root = workspaceRoot();
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, text);
        const subject = input === void 0 ? { shown: text } : { shown: text, input };
        if (!isInside(absolute, root))
          throw outside(subject, "is");
        if (absolute === root) {
          const example = input === void 0 ? "flowferry-export" : (0, _phrasing_js__WEBPACK_IMPORTED_MODULE_2__.Pe)(input, "flowferry-export");
          throw (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.outside", "is the workspace itself; export replaces the directory it writes", `Name a directory inside the workspace, e.g. ${example}.`);
        }
        const parts = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, absolute).split(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
        const long = parts.find((part) => Buffer.byteLength(part) > _limits_js__WEBPACK_IMPORTED_MODULE_4__.pg);
        if (long !== void 0 || Buffer.byteLength(parts.join("/")) > _limits_js__WEBPACK_IMPORTED_MODULE_4__.PR) {
          throw (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.name", `is too long to create: at most ${_limits_js__WEBPACK_IMPORTED_MODULE_4__.pg} bytes per folder name and ${_limits_js__WEBPACK_IMPORTED_MODULE_4__.PR} in all`, "Name a shorter directory.");
        }
        const realWorkspace = await realRoot();
        for (let i = 1; i <= parts.length; i++) {
          const prefix = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, ...parts.slice(0, i));
          const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(prefix).catch(() => void 0);
          if (!info)
            break;
          const last = i === parts.length;
          if (info.isSymbolicLink()) {
            if (last)
              throw (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.link", "is a symbolic link; export writes a directory of its own there", "Remove the link, or name another directory.");
            const real = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(prefix).catch(() => void 0);
            if (real === void 0 || !isInside(real, realWorkspace))
              throw outside(subject, `goes through ${parts.slice(0, i).join("/")}, a symbolic link to a place`);
          } else if (!last && !info.isDirectory()) {
            throw (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.type", `cannot be created: ${parts.slice(0, i).join("/")} is a file, not a directory`, "Name a directory whose parents are directories.");
          }
        }
        return absolute;
      }
      async function confineInBundle(realDir, relative, subject) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realDir, ...relative.split("/"));
        let real;
        try {
          real = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file);
        } catch {
          return file;
        }
        if (real !== file) {
          throw isInside(real, realDir) ? (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.link", `is reached through a symbolic link or under another spelling (it is ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realDir, real).split(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep).join("/")})`, "List each file under its own name, with no linked folder on the way.") : (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_3__.TR)(subject, "path.outside", "resolves (through a symbolic link) outside the bundle", "Put the files themselves in the bundle, not links to them.");
        }
        return file;
      }
      async function realDirectory(dir) {
        return (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir));
      }
    })
  ),
  /***/
  66114: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        B: () => (
          /* binding */
          followJob
        )
      });
      var errors = __webpack_require__(74296);
      var phrasing = __webpack_require__(31677);
      var core_clock = __webpack_require__(32257);
      var duration = __webpack_require__(98571);
      ;
      const GAP_FRACTION = 0.1;
      const MAX_GAP_MS = 6e4;
      const JITTER = 0.05;
      function pollFloor(pollIntervalMs, limits = []) {
        const shortest = limits.length > 0 ? limits.reduce((a, b) => b.perMs < a.perMs ? b : a) : void 0;
        return Math.max(pollIntervalMs, shortest ? Math.ceil(shortest.perMs / shortest.requests) : 0);
      }
      function gapAfter(waitedMs, floorMs, maxGapMs = MAX_GAP_MS) {
        return Math.max(floorMs, Math.min(maxGapMs, GAP_FRACTION * waitedMs));
      }
      class PollWindows {
        limits;
        times = [];
        keep;
        constructor(limits = []) {
          this.limits = limits;
          this.keep = Math.max(0, ...limits.map((limit) => limit.requests));
        }
        record(at) {
          this.times.push(at);
          if (this.times.length > this.keep)
            this.times.splice(0, this.times.length - this.keep);
        }
        /** The earliest moment the next check keeps every window. */
        earliest() {
          let at = Number.NEGATIVE_INFINITY;
          for (const limit of this.limits) {
            const oldest = this.times[this.times.length - limit.requests];
            if (oldest !== void 0)
              at = Math.max(at, oldest + limit.perMs);
          }
          return at;
        }
      }
      function planNextPoll(input) {
        const { started, last, floorMs, deadline } = input;
        const maxGap = Math.max(floorMs, input.maxGapMs ?? MAX_GAP_MS);
        const grid = (t) => gapAfter(t - started, floorMs, maxGap);
        const earliest = Math.max(input.now, (input.lastCheck ?? Number.NEGATIVE_INFINITY) + floorMs, input.notBefore ?? Number.NEGATIVE_INFINITY);
        let gap = grid(last);
        if (gap > floorMs)
          gap = Math.max(floorMs, gap * (1 - JITTER * input.random));
        if (input.lastCheck === void 0 && input.firstGapMs !== void 0)
          gap = Math.min(gap, input.firstGapMs);
        let at = last + gap;
        if (input.progress)
          at = input.progress.trusted ? input.progress.at : Math.min(at, input.progress.at);
        const notBefore = Math.ceil(earliest);
        at = Math.max(Math.floor(at), notBefore);
        if (at >= deadline)
          return last_(deadline, notBefore, input.overrunMs ?? 0);
        let tail = at;
        let lastStep = 0;
        for (let steps = 0; steps < 1e5; steps++) {
          const next = tail + grid(tail);
          if (next >= deadline)
            break;
          lastStep = next - tail;
          tail = next;
        }
        const room = floorMs * 1.1;
        const shortfall = room - (deadline - tail);
        if (shortfall > 0 && lastStep - floorMs < shortfall)
          at = Math.max(notBefore, Math.floor(at - shortfall));
        if (deadline - at < room)
          return last_(deadline, notBefore, input.overrunMs ?? 0);
        return { at, final: false, poll: true };
      }
      function last_(deadline, notBefore, overrunMs) {
        if (notBefore <= deadline)
          return { at: deadline, final: true, poll: true };
        if (notBefore <= deadline + overrunMs)
          return { at: notBefore, final: true, poll: true };
        return { at: deadline, final: true, poll: false };
      }
      ;
      const PREDICTION_MARGIN_POINTS = 0.5;
      const READING_RESOLUTION = 1;
      const STEADY_MIN_RISE = 2;
      const RATE_TOLERANCE = 0.25;
      class ProgressWatch {
        anchor;
        /** The latest reading: the anchor until a reply carries a percentage. */
        last;
        /** `last` came from a reply, not from the 0 % assumed at the start. */
        lastIsReply;
        estimate;
        constructor(startedAt, initialPercent) {
          this.anchor = { at: startedAt, percent: usable(initialPercent) ? initialPercent : 0 };
          this.last = this.anchor;
          this.lastIsReply = usable(initialPercent);
        }
        observe(at, percent) {
          this.estimate = void 0;
          if (!usable(percent))
            return;
          const { anchor } = this;
          const previous = this.last;
          const previousIsReply = this.lastIsReply;
          const reading = { at, percent };
          this.last = reading;
          this.lastIsReply = true;
          if (percent <= previous.percent || percent <= anchor.percent || at <= previous.at || at <= anchor.at)
            return;
          const rise = percent - anchor.percent;
          const end = anchor.at + (at - anchor.at) * (100 - anchor.percent) / Math.max(rise - PREDICTION_MARGIN_POINTS, rise / 2);
          const recent = rates(previous, reading);
          const overall = rates(anchor, reading);
          const steady = previousIsReply && percent - previous.percent >= STEADY_MIN_RISE && agree(recent, overall);
          if (!steady) {
            this.estimate = { at: end, trusted: false, atEnd: true };
            return;
          }
          const fastest = Math.max(Math.min(recent.high, overall.high), recent.low);
          const earliestEnd = at + Math.max(0, 100 - percent - READING_RESOLUTION) / fastest;
          const bound = anchor.at + (earliestEnd - anchor.at) * (1 + GAP_FRACTION);
          this.estimate = end <= bound ? { at: end, trusted: true, atEnd: true } : { at: bound, trusted: true, atEnd: false };
        }
      }
      function rates(from, to) {
        const rise = to.percent - from.percent;
        const time = to.at - from.at;
        return { low: Math.max(0, rise - READING_RESOLUTION) / time, high: (rise + READING_RESOLUTION) / time };
      }
      function agree(a, b) {
        return a.low <= b.high * (1 + RATE_TOLERANCE) && b.low <= a.high * (1 + RATE_TOLERANCE);
      }
      function usable(percent) {
        return percent !== void 0 && Number.isFinite(percent) && percent >= 0 && percent < 100;
      }
      ;
      const LAST_CHECK_GRACE_MS = 5e3;
      const LAST_CHECK_OVERRUN_MS = 2e3;
      const saidOnce = /* @__PURE__ */ new Set();
      async function waitForJob(options, stats = { polls: 0, elapsedMs: 0 }) {
        const clock = options.clock ?? core_clock.m;
        const heartbeat = options.heartbeatMs ?? 25e3;
        const { log, deadline } = options;
        const limits = options.limits ?? [];
        const floor = pollFloor(options.pollIntervalMs, limits);
        const started = clock.now();
        let state = options.initial;
        if (state && state.state !== "running")
          return state;
        if (floor > options.pollIntervalMs) {
          const line = `${options.platform} allows ${describeLimit(limits)}: checking the job at most every ${(0, duration.a)(floor)}, not every ${(0, duration.a)(options.pollIntervalMs)} (poll-interval)`;
          if (saidOnce.has(line))
            log.debug(line);
          else
            log.info(line);
          saidOnce.add(line);
        }
        log.debug(`${options.platform} job: the timeout falls at ${new Date(deadline.at).toISOString()}`);
        const windows = new PollWindows(limits);
        const progress = new ProgressWatch(started, state?.percent);
        let last = started;
        let lastCheck = options.initialIsCheck ? started : void 0;
        let lastLine = started;
        let reported = state ? describe(state) : "";
        let retryAfter;
        let missedEnd = false;
        for (; ; ) {
          if (retryAfter && retryAfter.at > deadline.at)
            throw timedOut(options, state, clock.now() - started, `the platform asked not to be asked again for ${(0, duration.a)(retryAfter.ms)} (Retry-After), which is past the timeout`);
          const estimate = progress.estimate;
          const plan = planNextPoll({
            started,
            last,
            lastCheck,
            now: clock.now(),
            floorMs: floor,
            firstGapMs: options.pollIntervalMs,
            maxGapMs: options.maxGapMs,
            deadline: deadline.at,
            random: clock.random(),
            progress: estimate && { at: estimate.at, trusted: estimate.trusted && !missedEnd },
            notBefore: Math.max(retryAfter?.at ?? Number.NEGATIVE_INFINITY, windows.earliest()),
            overrunMs: LAST_CHECK_OVERRUN_MS
          });
          for (let now = clock.now(); now < plan.at; now = clock.now()) {
            await clock.sleep(Math.min(plan.at, lastLine + heartbeat) - now);
            if (clock.now() >= lastLine + heartbeat && clock.now() < plan.at) {
              log.info(heartbeatLine(options.platform, state, clock.now() - started, plan.at - clock.now()));
              lastLine = clock.now();
            }
          }
          if (!plan.poll)
            throw timedOut(options, state, clock.now() - started, `a last check would have come sooner than ${(0, duration.a)(floor)} after the previous one, or too long after the deadline`);
          const sentAt = clock.now();
          windows.record(sentAt);
          state = plan.final ? await deadline.lastCall(LAST_CHECK_GRACE_MS, options.check) : await options.check();
          stats.polls++;
          last = sentAt;
          lastCheck = sentAt;
          missedEnd = estimate !== void 0 && estimate.trusted && estimate.atEnd && !missedEnd && plan.at >= Math.floor(estimate.at);
          progress.observe(sentAt, state.percent);
          retryAfter = state.retryAfterMs === void 0 ? void 0 : { at: clock.now() + state.retryAfterMs, ms: state.retryAfterMs };
          const text = describe(state);
          if (text !== reported || clock.now() - lastLine >= heartbeat) {
            log.info(heartbeatLine(options.platform, state, clock.now() - started));
            reported = text;
            lastLine = clock.now();
          }
          if (state.state !== "running") {
            stats.elapsedMs = clock.now() - started;
            return state;
          }
          if (plan.final)
            throw timedOut(options, state, clock.now() - started);
        }
      }
      function describeLimit(limits) {
        return limits.map((limit) => `${limit.requests} status checks per ${(0, duration.a)(limit.perMs)}`).join(" and ") + " for each job";
      }
      function describe(state) {
        return state.percent === void 0 ? state.platformStatus : `${state.platformStatus} ${Math.round(state.percent)}%`;
      }
      function heartbeatLine(platform, state, elapsedMs, nextMs) {
        const status = state ? describe(state) : "started";
        const id2 = state?.id ? ` ${state.id}` : "";
        const next = nextMs === void 0 ? "" : `, next check in ${(0, duration.a)(nextMs)}`;
        return `${platform} job${id2}: ${status} after ${(0, duration.a)(elapsedMs)}${next}`;
      }
      function timedOut(options, state, elapsedMs, why) {
        const id2 = state?.id;
        const status = state ? describe(state) : "unknown";
        const detail = why ? `after ${(0, duration.a)(elapsedMs)} (last status ${status}): ${why}` : `at the timeout: the last check, made at the deadline after ${(0, duration.a)(elapsedMs)} of waiting, found it ${status}`;
        return new errors.On(`Gave up waiting for ${options.platform} job ${id2 ?? ""} ${detail}. The job may still be running on the platform.`, id2, state?.platformStatus);
      }
      var input_names = __webpack_require__(74098);
      ;
      async function followJob(context, job, result, what, options = {}) {
        const { settings, log } = context;
        result.jobId = job.id || result.jobId;
        result.platformStatus = job.platformStatus;
        let final = job;
        if (job.state === "running") {
          if (!(options.wait ?? settings.wait)) {
            result.status = "in-progress";
            result.message = `${what} is running as job ${job.id}; not waiting (${(0, phrasing.Pe)(input_names.pd.Wait, "false")}).`;
            result.hint = context.resumeHint(job.id);
            return void 0;
          }
          const client = context.client();
          if (!client.jobStatus)
            throw new Error(`${context.platform.name} returned a running job but cannot report on it`);
          try {
            final = await log.group(`Wait for ${context.platform.title} job ${job.id}`, () => waitForJob({
              platform: context.platform.title,
              check: () => client.jobStatus(job.id),
              initial: job,
              initialIsCheck: options.fromCheck,
              pollIntervalMs: settings.pollIntervalMs,
              limits: context.platform.pollLimits,
              deadline: context.deadline,
              log,
              clock: context.clock
            }));
          } catch (error) {
            throw whileWaiting(error, job, context);
          }
        }
        result.platformStatus = final.platformStatus;
        const merged = { ...job, ...definedOnly(final) };
        if (merged.state === "failed") {
          const reason = merged.message ? `: ${merged.message}` : " (the platform gives no reason)";
          throw new errors.dk(`${what} failed: ${context.platform.title} reported ${merged.platformStatus}${reason}`, merged.id, merged.platformStatus).withHint(merged.hint);
        }
        return merged;
      }
      function definedOnly(value) {
        return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
      }
      function whileWaiting(error, job, context) {
        if (!(error instanceof errors.rm))
          return error;
        const resume = context.resumeHint(job.id);
        const note = context.settings.operation === "wait" ? resume : `# Job ${job.id} was started and may still be running; ${(0, phrasing.MZ)("rerunning")} would start it again.
${resume}`;
        if (error instanceof errors.On) {
          if (error.jobId)
            return error.withHint(note);
          return new errors.On(`${error.message}. The job may still be running on the platform.`, job.id, job.platformStatus, note);
        }
        const passing = error instanceof errors.Dr || error instanceof errors.j$ && (error.httpStatus === 429 || error.httpStatus >= 500);
        return error.withHint(passing ? note : [error.hint, note].filter(Boolean).join("\n"));
      }
    })
  )
};
