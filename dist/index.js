const __WEBPACK_EXTERNAL_createRequire = () => (id) => process.getBuiltinModule(id);
var __webpack_modules__ = {
  /***/
  12444: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        B: () => (
          /* binding */
          ActionFrontEnd
        )
      });
      var promises_ = __nccwpck_require__2(51455);
      var limits = __nccwpck_require__2(36419);
      ;
      const STORED = 0;
      const FAST = 1;
      const MAGIC = [
        Buffer.from("504b0304", "hex"),
        // zip
        Buffer.from("504b0506", "hex"),
        // empty zip
        Buffer.from("1f8b", "hex"),
        // gzip
        Buffer.from("377abcaf271c", "hex"),
        // 7z
        Buffer.from("fd377a585a00", "hex"),
        // xz
        Buffer.from("425a68", "hex"),
        // bzip2
        Buffer.from("28b52ffd", "hex")
        // zstd
      ];
      async function compressionLevelFor(files) {
        let opaque = 0;
        let documents = 0;
        for (const file of files) {
          const { bytes, head } = await peek(file);
          if (bytes > limits.oX || MAGIC.some((magic) => head.subarray(0, magic.length).equals(magic)))
            opaque += bytes;
          else
            documents += bytes;
        }
        return opaque > documents ? STORED : FAST;
      }
      async function peek(file) {
        try {
          const handle = await (0, promises_.open)(file, "r");
          try {
            const { size } = await handle.stat();
            const head = Buffer.alloc(8);
            const { bytesRead } = await handle.read(head, 0, head.length, 0);
            return { bytes: size, head: head.subarray(0, bytesRead) };
          } finally {
            await handle.close();
          }
        } catch {
          return { bytes: 0, head: Buffer.alloc(0) };
        }
      }
      var errors = __nccwpck_require__2(74296);
      var memory = __nccwpck_require__2(11360);
      var core_phrasing = __nccwpck_require__2(31677);
      ;
      class ArtifactError extends errors.rm {
      }
      const uploadHint = () => `An artifact name can be used once per workflow run: set ${(0, core_phrasing.hF)("artifact-name")} to another one, or ${(0, core_phrasing.Pe)("upload-artifact", "false")} to keep the bundle in the workspace only; otherwise ${(0, core_phrasing.MZ)("rerun")}.`;
      class GitHubArtifactStore {
        log;
        env;
        constructor(log, env = process.env) {
          this.log = log;
          this.env = env;
        }
        unavailableReason() {
          if (!this.env.ACTIONS_RUNTIME_TOKEN || !this.env.ACTIONS_RESULTS_URL) {
            return "not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL are not set)";
          }
          return void 0;
        }
        async upload(name, files, rootDir, retentionDays) {
          (0, memory.FS)();
          const compressionLevel = await compressionLevelFor(files);
          this.log.debug(`artifact ${name}: zip compression level ${compressionLevel}`);
          const { DefaultArtifactClient } = await Promise.all(
            /* import() */
            [__nccwpck_require__2.e(119), __nccwpck_require__2.e(294), __nccwpck_require__2.e(659), __nccwpck_require__2.e(252)]
          ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 91252));
          const client = new DefaultArtifactClient();
          let uploaded;
          try {
            limitUploadConcurrency(this.env);
            uploaded = await (0, memory.US)(() => client.uploadArtifact(name, files, rootDir, { compressionLevel, ...retentionDays ? { retentionDays } : {} }));
          } catch (error) {
            throw new ArtifactError(`upload of artifact '${name}' failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error, hint: uploadHint() });
          }
          const { id, digest } = uploaded;
          if (id === void 0)
            throw new ArtifactError(`the artifact service did not return an id for artifact '${name}'`, { hint: uploadHint() });
          this.log.debug(`artifact ${name}: id ${id}, digest ${digest ?? "none"}`);
          return { id: String(id), url: this.urlFor(id) };
        }
        urlFor(id) {
          const { GITHUB_SERVER_URL: server = "https://github.com", GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = this.env;
          return repo && run ? `${server}/${repo}/actions/runs/${run}/artifacts/${id}` : void 0;
        }
      }
      const ARTIFACT_UPLOAD_CONCURRENCY = 2;
      function limitUploadConcurrency(env) {
        if (env === process.env && !env.ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY)
          env.ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY = String(ARTIFACT_UPLOAD_CONCURRENCY);
      }
      const noArtifactStore = {
        unavailableReason: () => "artifacts exist only on GitHub Actions runners",
        upload: () => Promise.reject(new Error("no artifact store"))
      };
      var id_token = __nccwpck_require__2(34070);
      var workflow_commands = __nccwpck_require__2(40845);
      var untrusted_text = __nccwpck_require__2(61037);
      ;
      class ActionsLogger {
        get debugEnabled() {
          return workflow_commands._o();
        }
        debug(message) {
          workflow_commands.Yz((0, untrusted_text.Ig)(message));
        }
        info(message) {
          workflow_commands.pq((0, untrusted_text.Ig)(message));
        }
        warning(message) {
          workflow_commands.$e((0, untrusted_text.Ig)(message));
        }
        error(message) {
          workflow_commands.z3((0, untrusted_text.Ig)(message));
        }
        annotate(finding) {
          const properties = {
            title: `flowferry ${finding.rule}`,
            // The toolkit escapes properties (%, CR, LF, ':' and ','); a bundle's file name may hold more.
            file: (0, untrusted_text.Ig)((0, untrusted_text.TN)(finding.file)),
            startLine: finding.line,
            startColumn: finding.line === void 0 ? void 0 : finding.col
          };
          const message = (0, untrusted_text.Ig)((0, untrusted_text.TN)(finding.message));
          if (finding.severity === "error")
            workflow_commands.z3(message, properties);
          else if (finding.severity === "warning")
            workflow_commands.$e(message, properties);
          else
            workflow_commands.lm(message, properties);
        }
        group(name, fn) {
          return workflow_commands.Os((0, untrusted_text.Ig)(name), fn);
        }
      }
      class ConsoleLogger {
        debugEnabled;
        write;
        constructor(debugEnabled = false, write = (line) => process.stderr.write(`${line}
`)) {
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
          this.write(forLog(`\u25B8 ${name}`));
          return fn();
        }
      }
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
          return this.lines.join("\n");
        }
      }
      ;
      function phrasedLogger(log, phrasing) {
        const say = (text) => (0, core_phrasing.XX)(text, phrasing);
        return {
          get debugEnabled() {
            return log.debugEnabled;
          },
          debug: (message) => log.debug(say(message)),
          info: (message) => log.info(say(message)),
          warning: (message) => log.warning(say(message)),
          error: (message) => log.error(say(message)),
          annotate: (finding) => log.annotate({ ...finding, message: say(finding.message) }),
          group: (name, fn) => log.group(say(name), fn)
        };
      }
      var secrets = __nccwpck_require__2(58010);
      var input_names = __nccwpck_require__2(74098);
      var operations_result = __nccwpck_require__2(94649);
      var output_names = __nccwpck_require__2(95071);
      ;
      function outputsOf(report) {
        const single = report.batch ? void 0 : report.results[0];
        const pick = (key) => {
          const value = single?.[key];
          return value === void 0 || value === null ? "" : (0, untrusted_text.TN)(String(value));
        };
        return {
          [output_names.k.Status]: report.status,
          [output_names.k.PlatformStatus]: pick("platformStatus"),
          [output_names.k.WorkflowId]: pick("workflowId"),
          [output_names.k.JobId]: pick("jobId"),
          [output_names.k.Version]: pick("version"),
          [output_names.k.Path]: pick("path"),
          [output_names.k.Files]: filesText(report.results.flatMap((result) => result.files ?? [])),
          [output_names.k.ArtifactId]: pick("artifactId"),
          [output_names.k.ArtifactUrl]: pick("artifactUrl"),
          [output_names.k.DownloadUrl]: single?.downloadUrl ? (0, untrusted_text.j$)(single.downloadUrl) : "",
          [output_names.k.Changed]: report.operation === "diff" ? String(report.results.some((result) => result.changed === true)) : "",
          [output_names.k.BackupArtifactId]: pick("backupArtifactId"),
          [output_names.k.CommentUrl]: report.commentUrl ? (0, untrusted_text.TN)(report.commentUrl) : "",
          [output_names.k.Result]: resultText(report)
        };
      }
      function publicResult(result) {
        const { diff: _diff, diffFiles: _diffFiles, ...rest } = result;
        return rest.downloadUrl ? { ...rest, downloadUrl: (0, untrusted_text.j$)(rest.downloadUrl) } : rest;
      }
      function resultText(report) {
        const results = report.results.map(publicResult);
        const whole = (0, untrusted_text.s$)(report.batch ? results : results[0]);
        if (Buffer.byteLength(whole) <= limits.BO)
          return whole;
        const compact = results.map(compactResult);
        if (!report.batch)
          return (0, untrusted_text.s$)(compact[0]);
        const shown = [];
        let left = limits.BO - results.length * 300;
        for (const [i, result] of compact.entries()) {
          const size = Buffer.byteLength((0, untrusted_text.s$)(result)) + 1;
          if (size > left) {
            shown.push(...results.slice(i).map((rest) => ({ path: cutText(rest.path, 200), status: rest.status, shortened: true })));
            break;
          }
          left -= size - 300;
          shown.push(result);
        }
        return (0, untrusted_text.s$)(shown);
      }
      function compactResult(result) {
        const { findings: _f, notes: _n, files: _files, dryRun: _d, placeholders: _p, hint, message, ...rest } = result;
        return { ...rest, message: cutText(message, 300), hint: cutText(hint, 300), shortened: true };
      }
      function cutText(text, max) {
        return text === void 0 || text.length <= max ? text : `${text.slice(0, max)}\u2026`;
      }
      function filesText(files) {
        const whole = (0, untrusted_text.s$)(files);
        if (Buffer.byteLength(whole) <= limits.BO)
          return whole;
        let size = 2;
        const kept = [];
        for (const file of files) {
          size += Buffer.byteLength((0, untrusted_text.s$)(file)) + 1;
          if (size > limits.BO)
            break;
          kept.push(file);
        }
        return (0, untrusted_text.s$)(kept);
      }
      var summary = __nccwpck_require__2(28855);
      var version = __nccwpck_require__2(71013);
      ;
      const PHRASES = {
        rerun: "re-run the step",
        rerunning: "re-running this step",
        "push-again": "push again",
        annotated: "annotated on its file and line",
        "the-step": "the step"
      };
      function actionPhrasing(platform) {
        return {
          input: (name) => `\`${name}\``,
          subject: (name) => `Input '${name}'`,
          setting: (name, value) => `${name}: ${input_names.HP.includes(name) ? secretExpression(platform(), name) : value}`,
          phrase: (key) => PHRASES[key]
        };
      }
      function secretExpression(platform, input) {
        const prefix = /^[a-z]+$/.test(platform) ? `${platform}_` : "";
        return `\${{ secrets.${`${prefix}${input}`.toUpperCase().replace(/-/g, "_")} }}`;
      }
      var reported = __nccwpck_require__2(95270);
      ;
      const OWN_WORDS = /* @__PURE__ */ new Set([output_names.k.Status, output_names.k.Changed]);
      class ActionFrontEnd {
        /** Hints in a workflow author's words (`upload-artifact: false`, "re-run the step"). */
        phrasing = actionPhrasing(() => workflow_commands.V4("platform").trim().toLowerCase());
        log = phrasedLogger(new ActionsLogger(), this.phrasing);
        artifacts = new GitHubArtifactStore(this.log);
        input = (name) => workflow_commands.V4(name);
        // The toolkit's OIDC client (and its HTTP stack) is loaded by the runs that ask for a token.
        idToken = (0, id_token.kn)(async (audience) => (await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(119), __nccwpck_require__2.e(659)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 91659))).getIDToken(audience));
        constructor() {
          (0, secrets.Wg)((value) => workflow_commands.Pq(value));
        }
        resumeHint(settings, jobId) {
          const secretInputs = input_names.HP.filter((name) => this.input(name).trim()).map((name) => `    ${name}: ${secretExpression(settings.platform, name)}`);
          return [
            `# Resume in a later step or job (the job keeps running on the platform):`,
            `- uses: flowferry/flowferry@${version.X}`,
            `  with:`,
            `    platform: ${settings.platform}`,
            `    operation: wait`,
            `    base-url: ${settings.baseUrl?.toString() ?? ""}`,
            `    job-id: ${jobId}`,
            ...secretInputs
          ].join("\n");
        }
        async publish(unrendered) {
          const report = (0, core_phrasing.Yl)(unrendered, this.phrasing);
          for (const result of report.results)
            for (const finding of result.findings ?? [])
              this.log.annotate(finding);
          if ((0, reported.Fi)(report)) {
            report.commentUrl = await Promise.all(
              /* import() */
              [__nccwpck_require__2.e(816), __nccwpck_require__2.e(144)]
            ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 2144)).then(({ commentOnPullRequest }) => commentOnPullRequest(report, this.log)).catch((error) => {
              this.log.warning(`pr-comment: the comment was not written (${error.message}). The step's result is unchanged`);
              return void 0;
            });
          }
          for (const [name, value] of Object.entries(outputsOf(report)))
            workflow_commands.uH(name, OWN_WORDS.has(name) ? value : (0, untrusted_text.SP)(value));
          try {
            await workflow_commands.fe((0, untrusted_text.SP)((0, summary.Br)(report)));
          } catch (error) {
            this.log.debug(`job summary not written: ${error.message}`);
          }
          if (!(0, operations_result.N6)(report.status))
            return;
          const failures = report.results.filter((result) => (0, operations_result.N6)(result.status));
          const lines = failures.map((result) => {
            const where = report.batch && result.path ? `${result.path}: ` : "";
            return `${where}${result.message ?? result.status}${result.hint && !result.hint.includes("\n") ? `
${result.hint}` : ""}`;
          });
          if (failures.some((result) => result.hint?.includes("\n"))) {
            this.log.info(failures.find((result) => result.hint?.includes("\n")).hint);
          }
          const prefix = report.batch ? `${failures.length} of ${report.results.length} bundles failed:
` : "";
          workflow_commands.C1((0, untrusted_text.Ig)(prefix + lines.join("\n")));
        }
      }
    })
  ),
  /***/
  95270: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Fi: () => (
          /* binding */
          concernsComment
        ),
        /* harmony export */
        Ob: () => (
          /* binding */
          isReported
        ),
        /* harmony export */
        XH: () => (
          /* binding */
          REPORTED_OPERATIONS
        )
        /* harmony export */
      });
      const REPORTED_OPERATIONS = ["validate", "import", "diff"];
      function isReported(operation) {
        return REPORTED_OPERATIONS.includes(operation);
      }
      function concernsComment(report) {
        return report.prComment !== void 0 || report.results.some((result) => isReported(result.operation));
      }
    })
  ),
  /***/
  70761: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        R: () => (
          /* binding */
          ARTIFACT_NAME_FORBIDDEN
        ),
        /* harmony export */
        V: () => (
          /* binding */
          defaultArtifactName
        )
        /* harmony export */
      });
      const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\r\n\\/]/;
      function defaultArtifactName(platform, label) {
        return `${platform}-${label}`.replace(new RegExp(ARTIFACT_NAME_FORBIDDEN.source, "g"), "-").replace(/\s+/g, "-");
      }
    })
  ),
  /***/
  32257: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        B: () => (
          /* binding */
          Deadline
        ),
        /* harmony export */
        m: () => (
          /* binding */
          systemClock
        )
        /* harmony export */
      });
      var _timers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(57289);
      const systemClock = {
        now: () => Date.now(),
        sleep: async (ms, signal) => {
          if (ms <= 0)
            return;
          await (0, _timers_js__WEBPACK_IMPORTED_MODULE_0__.yy)(ms, signal);
        },
        random: () => Math.random()
      };
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
          return (0, _timers_js__WEBPACK_IMPORTED_MODULE_0__._)(Math.max(1, Math.ceil(this.remaining())));
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
          } finally {
            this.graces.splice(this.graces.indexOf(end), 1);
          }
        }
      }
    })
  ),
  /***/
  16082: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        N4: () => (
          /* binding */
          randomUUID
        ),
        /* harmony export */
        n1: () => (
          /* binding */
          createHash
        ),
        /* harmony export */
        po: () => (
          /* binding */
          randomBytes
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(73024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      const crypto = () => process.getBuiltinModule("node:crypto");
      const createHash = (algorithm) => crypto().createHash(algorithm);
      const randomUUID = () => crypto().randomUUID();
      function randomBytes(size) {
        const bytes = Buffer.alloc(size);
        let fd;
        try {
          fd = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)("/dev/urandom", "r");
          for (let filled = 0; filled < size; ) {
            const read = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, filled, size - filled, null);
            if (read <= 0)
              throw new Error("/dev/urandom gave no bytes");
            filled += read;
          }
          return bytes;
        } catch {
          return crypto().randomBytes(size);
        } finally {
          if (fd !== void 0)
            (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
      }
    })
  ),
  /***/
  98571: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        E: () => (
          /* binding */
          parseDuration
        ),
        /* harmony export */
        a: () => (
          /* binding */
          formatDuration
        )
        /* harmony export */
      });
      const UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
      const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;
      function parseDuration(text) {
        const value = text.trim().toLowerCase();
        if (value === "")
          return void 0;
        if (/^\d+(\.\d+)?$/.test(value))
          return Math.round(Number(value) * 1e3);
        let total = 0;
        PART.lastIndex = 0;
        while (PART.lastIndex < value.length) {
          const match = PART.exec(value);
          if (!match)
            return void 0;
          total += Number(match[1]) * UNIT_MS[match[2]];
        }
        return Number.isFinite(total) ? Math.round(total) : void 0;
      }
      function formatDuration(ms) {
        if (ms < 1e3)
          return `${Math.max(0, Math.round(ms))}ms`;
        let seconds = Math.round(ms / 1e3);
        const hours = Math.floor(seconds / 3600);
        seconds -= hours * 3600;
        const minutes = Math.floor(seconds / 60);
        seconds -= minutes * 60;
        return [hours ? `${hours}h` : "", minutes ? `${minutes}m` : "", seconds || !hours && !minutes ? `${seconds}s` : ""].join("");
      }
    })
  ),
  /***/
  74296: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Cw: () => (
          /* binding */
          formatLocation2
        ),
        /* harmony export */
        Dr: () => (
          /* binding */
          NetworkError
        ),
        /* harmony export */
        On: () => (
          /* binding */
          TimedOutError
        ),
        /* harmony export */
        Uc: () => (
          /* binding */
          describeError
        ),
        /* harmony export */
        WX: () => (
          /* binding */
          UncertainDeliveryError
        ),
        /* harmony export */
        c2: () => (
          /* binding */
          statusOf
        ),
        /* harmony export */
        dk: () => (
          /* binding */
          JobFailedError
        ),
        /* harmony export */
        dz: () => (
          /* binding */
          InputError
        ),
        /* harmony export */
        j$: () => (
          /* binding */
          HttpError
        ),
        /* harmony export */
        rJ: () => (
          /* binding */
          BundleError
        ),
        /* harmony export */
        rm: () => (
          /* binding */
          FlowferryError
        ),
        /* harmony export */
        vO: () => (
          /* binding */
          ReplyError
        )
        /* harmony export */
      });
      var _phrasing_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(31677);
      class FlowferryError extends Error {
        /** The `status` output this error leads to. */
        status = "failed";
        /** One sentence on what to change, shown after the message. */
        hint;
        constructor(message, options = {}) {
          super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
          this.name = new.target.name;
          this.hint = options.hint;
        }
        /** The same error with another hint: its class, fields and cause kept. */
        withHint(hint) {
          const copy = Object.assign(Object.create(Object.getPrototypeOf(this)), this, { hint });
          Object.defineProperties(copy, { message: { value: this.message, writable: true }, stack: { value: this.stack, writable: true } });
          if (this.cause !== void 0)
            Object.defineProperty(copy, "cause", { value: this.cause, writable: true });
          return copy;
        }
      }
      class InputError extends FlowferryError {
        input;
        constructor(input, problem, example) {
          super(`${(0, _phrasing_js__WEBPACK_IMPORTED_MODULE_0__.bc)(input)}: ${problem}`, {
            hint: example === void 0 ? void 0 : `For example: ${(0, _phrasing_js__WEBPACK_IMPORTED_MODULE_0__.Pe)(input, example)}`
          });
          this.input = input;
        }
      }
      class BundleError extends FlowferryError {
        findings;
        constructor(message, findings = [], options = {}) {
          super(message, options);
          this.findings = findings;
        }
        static at(location, rule, message, hint) {
          return new BundleError(`${formatLocation2(location)}: ${message}`, [{ ...location, severity: "error", rule, message }], {
            hint
          });
        }
      }
      class HttpError extends FlowferryError {
        httpStatus;
        method;
        path;
        detail;
        code;
        requestId;
        constructor(httpStatus, method, path, detail, code, requestId, options = {}) {
          const parts = [`${method} ${path} failed with HTTP ${httpStatus}`];
          if (code)
            parts.push(`code ${code}`);
          let message = parts.join(", ");
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
      class NetworkError extends FlowferryError {
      }
      class UncertainDeliveryError extends FlowferryError {
        constructor(what, cause, harmless) {
          super(`${what}: the request was sent but no complete reply came back (${causeText(cause).replace(`${what}: `, "")}). The platform may or may not have carried it out; flowferry did not send it again, to avoid doing it twice.`, {
            cause,
            hint: harmless ?? `Check the target environment for the change before ${(0, _phrasing_js__WEBPACK_IMPORTED_MODULE_0__.MZ)("rerunning")}.`
          });
        }
      }
      class ReplyError extends FlowferryError {
      }
      class JobFailedError extends FlowferryError {
        jobId;
        platformStatus;
        constructor(message, jobId, platformStatus) {
          super(message);
          this.jobId = jobId;
          this.platformStatus = platformStatus;
        }
      }
      class TimedOutError extends FlowferryError {
        jobId;
        platformStatus;
        status = "timed-out";
        constructor(message, jobId, platformStatus, hint) {
          super(message, { hint });
          this.jobId = jobId;
          this.platformStatus = platformStatus;
        }
      }
      function formatLocation2(location) {
        let text = location.file;
        if (location.line !== void 0) {
          text += `:${location.line}`;
          if (location.col !== void 0)
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
      function describeError(error) {
        if (error instanceof FlowferryError)
          return error.hint ? `${error.message}
${error.hint}` : error.message;
        if (error instanceof Error)
          return `Unexpected error: ${error.message}`;
        return `Unexpected error: ${String(error)}`;
      }
      function statusOf(error) {
        return error instanceof FlowferryError ? error.status : "failed";
      }
    })
  ),
  /***/
  78616: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        AQ: () => (
          /* binding */
          replaceDir
        ),
        /* harmony export */
        Gt: () => (
          /* binding */
          displayPath
        ),
        /* harmony export */
        TM: () => (
          /* binding */
          digestFile
        ),
        /* harmony export */
        UN: () => (
          /* binding */
          stagingDirFor
        ),
        /* harmony export */
        Zf: () => (
          /* binding */
          writeFileAtomic
        ),
        /* harmony export */
        Zs: () => (
          /* binding */
          isEmptyDir
        ),
        /* harmony export */
        ht: () => (
          /* binding */
          siblingTemp
        ),
        /* harmony export */
        t2: () => (
          /* binding */
          exists
        ),
        /* harmony export */
        tD: () => (
          /* binding */
          digestHandle
        )
        /* harmony export */
      });
      var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(16082);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __nccwpck_require__2.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
      async function digestFile(file) {
        return digestHandle(await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, "r"));
      }
      async function digestHandle(handle) {
        const hash = (0, _crypto_js__WEBPACK_IMPORTED_MODULE_0__.n1)("sha256");
        const buffer = Buffer.allocUnsafe(1024 * 1024);
        let bytes = 0;
        try {
          for (; ; ) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
              break;
            hash.update(buffer.subarray(0, bytesRead));
            bytes += bytesRead;
          }
        } finally {
          await handle.close();
        }
        return { bytes, sha256: hash.digest("hex") };
      }
      function siblingTemp(target, label = "tmp") {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${label}-${(0, _crypto_js__WEBPACK_IMPORTED_MODULE_0__.po)(4).toString("hex")}`);
      }
      async function writeFileAtomic(file, data) {
        await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
        const temp = siblingTemp(file);
        try {
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, data);
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
        } catch (error) {
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
          throw error;
        }
      }
      async function stagingDirFor(target) {
        const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(target));
        await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(parent, { recursive: true });
        return (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(parent, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.staging-`));
      }
      async function replaceDir(staging, target) {
        const old = siblingTemp(target, "old");
        const existed = await exists(target);
        if (existed)
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(target, old);
        try {
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, target);
        } catch (error) {
          if (existed)
            await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(old, target);
          throw error;
        }
        if (existed)
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(old, { recursive: true, force: true });
      }
      async function exists(file) {
        try {
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
          return true;
        } catch {
          return false;
        }
      }
      async function isEmptyDir(dir) {
        try {
          return (await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).length === 0;
        } catch {
          return false;
        }
      }
      function displayPath(file, root = process.env.GITHUB_WORKSPACE ?? process.cwd()) {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file));
        const shown = relative === "" ? "." : relative.startsWith("..") || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative) ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file) : relative;
        return shown.split(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep).join("/");
      }
    })
  ),
  /***/
  41434: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        P: () => (
          /* binding */
          json
        ),
        e: () => (
          /* binding */
          prepareBody
        )
      });
      var external_node_stream_ = __nccwpck_require__2(57075);
      var plain_file = __nccwpck_require__2(19130);
      var core_crypto = __nccwpck_require__2(16082);
      var memory = __nccwpck_require__2(11360);
      ;
      const READ_CHUNK = 256 * 1024;
      function multipart(parts) {
        const boundary = `----flowferry${(0, core_crypto.po)(12).toString("hex")}`;
        const pieces = [];
        let length = 0;
        const add = (piece) => {
          pieces.push(piece);
          length += Buffer.isBuffer(piece) ? piece.length : partLength(piece);
        };
        for (const part of parts) {
          const disposition = `form-data; name="${multipart_escape(part.name)}"${"file" in part ? `; filename="${multipart_escape(part.filename)}"` : ""}`;
          const type = "file" in part ? `\r
Content-Type: ${part.contentType}` : "";
          add(Buffer.from(`--${boundary}\r
Content-Disposition: ${disposition}${type}\r
\r
`));
          if ("file" in part)
            add(part);
          add(Buffer.from("value" in part ? `${part.value}\r
` : "\r\n"));
        }
        add(Buffer.from(`--${boundary}--\r
`));
        return { contentType: `multipart/form-data; boundary=${boundary}`, length, open: () => external_node_stream_.Readable.from(body(pieces), { objectMode: false }) };
      }
      async function* body(pieces) {
        for (const piece of pieces) {
          if (Buffer.isBuffer(piece)) {
            yield piece;
            continue;
          }
          const seen = piece.watch?.();
          for await (const chunk of fileChunks(piece.file, piece.size, piece.start === void 0 ? {} : { start: piece.start, end: piece.end })) {
            seen?.(chunk);
            yield chunk;
          }
        }
      }
      async function* fileChunks(file, size, range = {}) {
        for await (const chunk of (0, plain_file.r7)(file, { ...range, highWaterMark: READ_CHUNK }, size)) {
          (0, memory.IB)(chunk.length);
          yield chunk;
        }
      }
      function partLength(part) {
        return part.start === void 0 ? part.size : (part.end ?? part.size - 1) - part.start + 1;
      }
      function multipart_escape(text) {
        return text.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
      }
      ;
      const zlib = () => process.getBuiltinModule("node:zlib");
      const json = (value) => ({ kind: "json", value });
      async function prepareBody(body2, gzipAbove) {
        switch (body2.kind) {
          case "json":
            return bytesBody(Buffer.from(JSON.stringify(body2.value)), "application/json", gzipAbove);
          case "form":
            return bytesBody(Buffer.from(new URLSearchParams(body2.fields).toString()), "application/x-www-form-urlencoded", gzipAbove);
          case "bytes":
            return bytesBody(body2.data, body2.contentType, gzipAbove);
          case "multipart": {
            for (const part of body2.parts)
              if ("file" in part)
                await (0, plain_file.C3)(part.file, part.size);
            const form = multipart(body2.parts);
            return { headers: { "content-type": form.contentType, "content-length": String(form.length) }, open: form.open };
          }
          case "file":
            await (0, plain_file.C3)(body2.file, body2.size);
            return fileBody(body2.file, body2.size, body2.contentType, gzipAbove);
        }
      }
      function bytesBody(data, contentType, gzipAbove) {
        const headers = { "content-type": contentType };
        let bytes = data;
        if (gzipAbove !== void 0 && data.length > gzipAbove) {
          bytes = zlib().gzipSync(data);
          headers["content-encoding"] = "gzip";
        }
        headers["content-length"] = String(bytes.length);
        return { headers, bytes, open: () => bytes };
      }
      function fileBody(file, size, contentType, gzipAbove) {
        const gzip = gzipAbove !== void 0 && size > gzipAbove;
        const headers = gzip ? { "content-type": contentType, "content-encoding": "gzip" } : { "content-type": contentType, "content-length": String(size) };
        return {
          headers,
          open: () => {
            const source = external_node_stream_.Readable.from(fileChunks(file, size), { objectMode: false });
            if (!gzip)
              return source;
            return (0, external_node_stream_.pipeline)(source, zlib().createGzip(), () => {
            });
          }
        };
      }
    })
  ),
  /***/
  17885: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        Qq: () => (
          /* binding */
          HttpClient2
        ),
        vf: () => (
          /* reexport */
          reply_body.vf
        ),
        Ve: () => (
          /* reexport */
          genericErrorDetail
        ),
        sy: () => (
          /* reexport */
          headerCredentials2
        ),
        jF: () => (
          /* reexport */
          hintForStatus
        ),
        Vh: () => (
          /* reexport */
          reply_body.Vh
        ),
        yR: () => (
          /* reexport */
          reply_body.yR
        ),
        Gb: () => (
          /* reexport */
          requestIdOf
        )
      });
      var clock = __nccwpck_require__2(32257);
      var duration = __nccwpck_require__2(98571);
      var timers = __nccwpck_require__2(57289);
      var errors = __nccwpck_require__2(74296);
      var version = __nccwpck_require__2(71013);
      var http_body = __nccwpck_require__2(41434);
      var dispatcher = __nccwpck_require__2(23123);
      var http_errors = __nccwpck_require__2(46081);
      var untrusted_text = __nccwpck_require__2(61037);
      ;
      function redirectTarget(location, from, what) {
        const text = String(Array.isArray(location) ? location[0] : location);
        let target;
        try {
          target = new URL(text, from);
        } catch {
          throw new errors.vO(`${what}: the platform redirected to ${(0, untrusted_text.Ui)(text, 200)}, which is not a URL`);
        }
        if (target.protocol !== "https:" && target.protocol !== "http:") {
          throw new errors.vO(`${what}: the platform redirected to a ${(0, untrusted_text.Ui)(target.protocol, 20)} URL; flowferry follows http(s) redirects only`);
        }
        return target;
      }
      var reply_body = __nccwpck_require__2(44557);
      var transport = __nccwpck_require__2(95473);
      ;
      const defaultRetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 3e4 };
      const TRANSIENT_STATUSES = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
      const NOT_SENT_CODES = /* @__PURE__ */ new Set([
        "ECONNREFUSED",
        "ENOTFOUND",
        "EAI_AGAIN",
        "EHOSTUNREACH",
        "ENETUNREACH",
        // transport.ts's own: the connect timeout passed before the socket was connected.
        transport.x0
      ]);
      const CERTIFICATE_CODES = /* @__PURE__ */ new Set([
        "DEPTH_ZERO_SELF_SIGNED_CERT",
        "SELF_SIGNED_CERT_IN_CHAIN",
        "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
        "UNABLE_TO_GET_ISSUER_CERT",
        "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
        "CERT_HAS_EXPIRED",
        "CERT_NOT_YET_VALID",
        "CERT_REVOKED",
        "CERT_UNTRUSTED",
        "CERT_REJECTED",
        "CERT_SIGNATURE_FAILURE",
        "ERR_TLS_CERT_ALTNAME_INVALID"
      ]);
      function isCertificateRefused(error) {
        const code = errorCode(error);
        return code !== void 0 && CERTIFICATE_CODES.has(code);
      }
      function errorCode(error) {
        let current = error;
        for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
          const code = current.code;
          if (code)
            return code;
          current = current.cause;
        }
        return void 0;
      }
      function neverSent(error) {
        if (error instanceof transport.Xb)
          return true;
        const code = errorCode(error);
        return code !== void 0 && NOT_SENT_CODES.has(code);
      }
      function isTransientStatus(status) {
        return TRANSIENT_STATUSES.has(status);
      }
      function parseRetryAfter(value, now) {
        const text = Array.isArray(value) ? value[0] : value;
        if (text === void 0 || text.trim() === "")
          return void 0;
        if (/^\s*\d+(\.\d+)?\s*$/.test(text))
          return Math.min(timers._o, Math.round(Number(text) * 1e3));
        const date = Date.parse(text);
        return Number.isNaN(date) ? void 0 : Math.min(timers._o, Math.max(0, date - now));
      }
      function ceiling(attempt, policy) {
        return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
      }
      function backoffFloor(attempt, policy) {
        return Math.floor(ceiling(attempt, policy) / 2);
      }
      function backoffDelay(attempt, policy, random) {
        const floor = backoffFloor(attempt, policy);
        return floor + Math.floor(random() * (ceiling(attempt, policy) - floor));
      }
      function retryAfterDelay(retryAfterMs, attempt, policy, random) {
        const base = Math.min(timers._o, Math.max(retryAfterMs, backoffFloor(attempt, policy)));
        return base + Math.floor(random() * Math.min(1e3, base * 0.1));
      }
      var phrasing = __nccwpck_require__2(31677);
      ;
      const MAX_WINDOW_S = 3600;
      class RatePacer {
        /** Requests left in the current window, as far as we know; undefined when unknown. */
        remaining;
        /** The earliest end of the current window the replies allow. */
        windowEnd = 0;
        issued = 0;
        /** The first ticket issued in the current window: a reply to an older one was counted in a window that is over. */
        windowFirstTicket = 1;
        /** Tickets whose request has not had its reply yet. */
        inFlight = /* @__PURE__ */ new Set();
        /**
         * Counts the reply of ticket `ticket` (a request without a ticket counts as the latest sent).
         * Replies without the headers change nothing but the ticket's.
         */
        observe(headers, now, ticket) {
          if (ticket !== void 0)
            this.inFlight.delete(ticket);
          if (ticket !== void 0 && ticket < this.windowFirstTicket)
            return;
          const remaining = firstNumber(headers["ratelimit-remaining"]);
          const resetSeconds = firstNumber(headers["ratelimit-reset"]);
          if (remaining === void 0 || resetSeconds === void 0)
            return;
          let uncounted = 0;
          if (ticket !== void 0) {
            for (const other of this.inFlight)
              if (other > ticket)
                uncounted++;
          }
          const budget = Math.max(0, remaining - uncounted);
          let end = now + Math.min(resetSeconds, MAX_WINDOW_S) * 1e3;
          const retryAfter = parseRetryAfter(headers["retry-after"], now);
          if (retryAfter !== void 0)
            end = Math.min(end, now + retryAfter);
          if (this.remaining === void 0 || now >= this.windowEnd) {
            this.remaining = budget;
            this.windowEnd = end;
          } else {
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
          if (this.remaining === void 0)
            return 0;
          if (now >= this.windowEnd) {
            this.remaining = void 0;
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
        async acquire(clock2, deadline, what = "the next request") {
          let waited = 0;
          for (let wait = this.reserve(clock2.now()); wait > 0; wait = this.reserve(clock2.now())) {
            if (deadline && wait >= deadline.remaining())
              throw lateBy(what, ` (RateLimit-Reset: in ${(0, duration.a)(wait)})`);
            await clock2.sleep(wait, deadline?.signal()).catch(() => Promise.reject(lateBy(what)));
            waited += wait;
          }
          return waited;
        }
      }
      function lateBy(what, why = "") {
        return new errors.On(`${what}: the platform's rate limit lets it go only after the timeout${why}`, void 0, void 0, `Raise ${(0, phrasing.hF)("timeout")}, or ${(0, phrasing.MZ)("rerun")} later.`);
      }
      function firstNumber(value) {
        const text = Array.isArray(value) ? value[0] : value;
        if (text === void 0)
          return void 0;
        const match = /^\s*(\d+(?:\.\d+)?)/.exec(text);
        return match ? Number(match[1]) : void 0;
      }
      const pacers = /* @__PURE__ */ new Map();
      function pacerFor(origin) {
        let pacer = pacers.get(origin);
        if (!pacer) {
          pacer = new RatePacer();
          pacers.set(origin, pacer);
        }
        return pacer;
      }
      ;
      const MESSAGE_LIMIT = 500;
      const CODE_LIMIT = 100;
      const REQUEST_ID_LIMIT = 200;
      function untrustedDetail(detail) {
        return {
          ...detail,
          message: (0, untrusted_text.Ui)(detail.message, MESSAGE_LIMIT),
          code: detail.code === void 0 ? void 0 : (0, untrusted_text.Ui)(detail.code, CODE_LIMIT),
          requestId: detail.requestId === void 0 ? void 0 : (0, untrusted_text.Ui)(detail.requestId, REQUEST_ID_LIMIT)
        };
      }
      const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id"];
      function requestIdOf(headers, platformHeader) {
        for (const name of platformHeader ? [platformHeader, ...REQUEST_ID_HEADERS] : REQUEST_ID_HEADERS) {
          const value = headers[name];
          if (value)
            return (0, untrusted_text.Ui)(Array.isArray(value) ? value[0] : value, REQUEST_ID_LIMIT);
        }
        return void 0;
      }
      function genericErrorDetail(headers, text, requestIdHeader) {
        let message = text.trim();
        try {
          const body = JSON.parse(text);
          const candidate = body.message ?? body.error_msg ?? body.errorMsg ?? body.msg ?? body.error ?? body.title;
          if (typeof candidate === "string")
            message = candidate;
        } catch {
        }
        return { message, requestId: requestIdOf(headers, requestIdHeader) };
      }
      ;
      const ERROR_BODY_LIMIT = 64 * 1024;
      function refusalText(reply) {
        return (0, reply_body.yR)(reply.body, ERROR_BODY_LIMIT).catch(() => "");
      }
      function describeRefusal(reader, reply, text) {
        const detail = reader.describeError?.({ status: reply.status, headers: reply.headers, text });
        return untrustedDetail(detail ?? genericErrorDetail(reply.headers, text, reader.requestIdHeader));
      }
      function refusalError(reader, reply, method, text, detail) {
        const d = detail ?? describeRefusal(reader, reply, text);
        return new errors.j$(reply.status, method, reply.url.pathname, d.message, d.code, d.requestId, {
          hint: d.hint ?? hintForStatus(reply.status),
          reply: text
        });
      }
      function hintForStatus(status) {
        if (status === 401)
          return "Check the credential inputs: the platform did not accept them.";
        if (status === 403)
          return "The credentials were accepted but lack the permission (scope/role) for this call.";
        if (status === 404)
          return "Check the ids and base-url: the platform does not know this resource.";
        return void 0;
      }
      ;
      const IDEMPOTENT_METHODS = /* @__PURE__ */ new Set(["GET", "HEAD", "PUT", "DELETE"]);
      function isIdempotent(spec) {
        return spec.idempotent ?? IDEMPOTENT_METHODS.has(spec.method);
      }
      function urlFor(baseUrl, spec) {
        const url = /^https?:\/\//i.test(spec.path) ? new URL(spec.path) : new URL(baseUrl.pathname.replace(/\/+$/, "") + spec.path, baseUrl.origin);
        for (const [key, value] of Object.entries(spec.query ?? {})) {
          if (value !== void 0)
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
      function openBody(body, progress) {
        if (!body)
          return void 0;
        const opened = body.open();
        if (Buffer.isBuffer(opened))
          return opened;
        progress.streamed = true;
        opened.once("end", () => {
          progress.finished = true;
        });
        return opened;
      }
      ;
      const SENSITIVE_HEADERS = /* @__PURE__ */ new Set([
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "accesskey",
        "x-auth-token",
        "x-subject-token",
        "x-security-token"
      ]);
      function logRequest(log, request, attempt, trusted) {
        if (!log.debugEnabled)
          return;
        const shown = trusted ? request.url.toString() : `${request.url.origin}${request.url.pathname}${request.url.search ? "?\u2026" : ""}`;
        const headers = Object.entries(request.headers).map(([name, value]) => `${name}: ${SENSITIVE_HEADERS.has(name.toLowerCase()) ? "***" : value}`).join(", ");
        log.debug(`\u2192 ${request.method} ${shown}${attempt > 1 ? ` (attempt ${attempt})` : ""} [${headers}]`);
      }
      function logReply(log, reply, elapsedMs, requestIdHeader) {
        if (!log.debugEnabled)
          return;
        const id = requestIdOf(reply.headers, requestIdHeader);
        log.debug(`\u2190 ${reply.status} ${reply.url.pathname} in ${(0, duration.a)(elapsedMs)}${reply.headers["content-length"] ? `, ${reply.headers["content-length"]} bytes` : ""}${id ? `, request id ${id}` : ""}`);
      }
      var schema = __nccwpck_require__2(12032);
      ;
      async function pauseBeforeRetry(retrying, what, attempt, problem, pause, lastError) {
        const { policy, clock: clock2, deadline, log } = retrying;
        const retryAfterMs = pause?.ms;
        if (attempt >= policy.maxAttempts) {
          if (lastError instanceof errors.j$)
            throw lastError;
          throw new errors.Dr(`${what} failed after ${attempt} attempts: ${problem}`, {
            cause: lastError,
            hint: "Check that base-url is right and the platform is reachable from the runner."
          });
        }
        const wait = retryAfterMs !== void 0 ? retryAfterDelay(retryAfterMs, attempt, policy, clock2.random) : backoffDelay(attempt, policy, clock2.random);
        if (wait >= deadline.remaining()) {
          throw new errors.On(`${what}: ${problem}, and the next attempt (in ${(0, duration.a)(wait)}) would come after the timeout`, void 0, void 0, `Raise ${(0, phrasing.hF)("timeout")}, or ${(0, phrasing.MZ)("rerun")} later.`);
        }
        const source = pause ? ` ${pause.source}` : "";
        log.info(`${what}: ${problem}; retrying in ${(0, duration.a)(wait)}${source} (attempt ${attempt + 1} of ${policy.maxAttempts})`);
        await clock2.sleep(wait, deadline.signal()).catch(() => {
          throw new errors.On(`${what}: ${problem}, and the timeout passed while waiting to try again`, void 0, void 0, `Raise ${(0, phrasing.hF)("timeout")}, or ${(0, phrasing.MZ)("rerun")} later.`);
        });
      }
      function checkDeadline(deadline, what, idempotent, cause) {
        if (!deadline.expired())
          return;
        const uncertain = cause !== void 0 && !idempotent;
        throw new errors.On(`${what} did not finish before the timeout`, void 0, void 0, uncertain ? `The request may have reached the platform: check the target before ${(0, phrasing.MZ)("rerunning")}, or raise ${(0, phrasing.hF)("timeout")}.` : `Raise ${(0, phrasing.hF)("timeout")}, or ${(0, phrasing.MZ)("rerun")}.`);
      }
      function describeCause(error) {
        const code = errorCode(error);
        const message = (0, untrusted_text.Ui)(error instanceof Error ? error.message : String(error), 300);
        return code && !message.split(/\W+/).includes(code) ? `${code}: ${message}` : message;
      }
      function certificateRefused(what, error) {
        return new errors.Dr(`${what}: the platform's TLS certificate was refused (${describeCause(error)}); nothing was sent`, {
          cause: error,
          hint: `Check ${(0, phrasing.hF)("base-url")}: its host must be one the certificate names. If the platform's certificate comes from a private CA, give the step that CA's PEM file in the environment variable NODE_EXTRA_CA_CERTS.`
        });
      }
      ;
      function headerCredentials2(name, value) {
        return {
          authorize(request) {
            request.headers[name] = value;
          }
        };
      }
      ;
      const REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
      const MAX_REDIRECTS = 5;
      class HttpClient2 {
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
          this.clock = options.clock ?? clock.m;
          this.deadline = options.deadline ?? clock.B.after(24 * 36e5, this.clock);
          this.retrying = { policy: { ...defaultRetryPolicy, ...options.retry }, clock: this.clock, deadline: this.deadline, log: this.log };
          this.timeouts = { ...(0, dispatcher.I5)(), ...options.timeouts };
        }
        /** Send, retrying as the rules allow, and hand a successful reply to `consume`. */
        async request(spec, consume) {
          const what = spec.what ?? `${spec.method} ${spec.path.split("?")[0]}`;
          const idempotent = isIdempotent(spec);
          const body = spec.body ? await (0, http_body.e)(spec.body, this.options.gzipRequestsAbove) : void 0;
          let url = this.resolve(spec);
          const method = spec.method;
          let attempt = 0;
          let redirects = 0;
          let refreshed = false;
          for (; ; ) {
            attempt++;
            const trusted = url.origin === this.origin;
            if (trusted && this.options.credentials?.prepare)
              await this.options.credentials.prepare();
            const pacer = pacerFor(url.origin);
            const paced = await pacer.acquire(this.clock, this.deadline, what);
            if (paced >= 500)
              this.log.info(`${what}: pacing for the platform's rate limit (${(0, duration.a)(paced)})`);
            this.checkDeadline(what, idempotent);
            const outgoing = {
              method,
              url,
              headers: {
                "user-agent": this.options.userAgent ?? `flowferry/${version.x}`,
                "accept-encoding": "gzip, deflate",
                ...lowerCase(this.options.headers),
                ...lowerCase(spec.headers),
                ...body?.headers
              },
              body
            };
            if (trusted && this.options.credentials)
              await this.options.credentials.authorize(outgoing);
            this.logRequest(outgoing, attempt, trusted);
            const ticket = pacer.ticket();
            const progress = { streamed: false, finished: false };
            const started = this.clock.now();
            let response;
            const exchange = {
              method,
              headers: outgoing.headers,
              body: openBody(outgoing.body, progress),
              signal: this.deadline.signal(),
              connectTimeoutMs: this.timeouts.connectMs,
              headersTimeoutMs: (0, timers.Q2)(spec.readTimeoutMs ?? this.timeouts.readMs),
              bodyTimeoutMs: (0, timers.Q2)(Math.max(spec.readTimeoutMs ?? 0, this.timeouts.readMs))
            };
            const framed = spec.download && (exchange.body === void 0 || Buffer.isBuffer(exchange.body)) ? await __nccwpck_require__2.e(
              /* import() */
              845
            ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 95845)) : void 0;
            try {
              response = framed ? await framed.sendFramed(url, exchange) : await (0, transport.tN)(url, exchange, (0, dispatcher.bA)(url));
            } catch (error2) {
              pacer.release(ticket);
              this.checkDeadline(what, idempotent, error2);
              if (isCertificateRefused(error2))
                throw certificateRefused(what, error2);
              const delivered = !neverSent(error2) && !(progress.streamed && !progress.finished);
              if (delivered && !idempotent)
                throw new errors.WX(what, error2, spec.harmlessIfRepeated);
              await this.pauseBeforeRetry(what, attempt, `${describeCause(error2)}`, void 0, error2);
              continue;
            }
            if (!spec.readsWithoutSchemas)
              await (0, schema.B)();
            pacer.observe(response.headers, this.clock.now(), ticket);
            const reply = {
              status: response.statusCode,
              headers: response.headers,
              body: (0, reply_body.Vj)(response.body, response.headers, what),
              url
            };
            this.logReply(reply, this.clock.now() - started);
            if (REDIRECTS.has(reply.status) && reply.headers.location && (method === "GET" || method === "HEAD")) {
              reply.body.destroy();
              if (++redirects > MAX_REDIRECTS)
                throw new errors.Dr(`${what}: more than ${MAX_REDIRECTS} redirects`);
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
              throw this.errorFor(reply, method, "", { message: "unauthorized" });
            }
            if (reply.status >= 200 && reply.status < 300 || spec.accept?.includes(reply.status)) {
              try {
                return await consume(reply);
              } catch (error2) {
                reply.body.destroy();
                if (error2 instanceof http_errors.A && idempotent)
                  throw error2;
                if (error2 instanceof errors.rm && !(error2 instanceof http_errors._) && !(error2 instanceof http_errors.A))
                  throw error2;
                this.checkDeadline(what, idempotent, error2);
                if (!idempotent)
                  throw new errors.WX(what, error2, spec.harmlessIfRepeated);
                await this.pauseBeforeRetry(what, attempt, `the reply could not be read (${describeCause(error2)})`, void 0, error2);
                continue;
              }
            }
            const text = await refusalText(reply);
            await (0, schema.B)();
            const detail = this.describe(reply, text);
            const throttled = reply.status === 429 || detail.throttled === true;
            if (throttled || idempotent && isTransientStatus(reply.status)) {
              const header = parseRetryAfter(reply.headers["retry-after"], this.clock.now());
              const pause = header !== void 0 ? { ms: header, source: "as the platform asked (Retry-After)" } : detail.retryAfterMs !== void 0 ? { ms: detail.retryAfterMs, source: "as the platform's documentation advises (no Retry-After)" } : void 0;
              const problem = `HTTP ${reply.status}${detail.code ? ` ${detail.code}` : ""}`;
              await this.pauseBeforeRetry(what, attempt, problem, pause, this.errorFor(reply, method, text, detail));
              continue;
            }
            const error = this.errorFor(reply, method, text, detail);
            if (!idempotent && reply.status >= 500) {
              throw error.withHint(spec.harmlessIfRepeated ?? "flowferry did not retry, because sending this request twice could repeat the change. Check the target environment, then re-run the step.");
            }
            throw error;
          }
        }
        /** GET/POST and parse a JSON reply, checked against `parse` (a zod schema's parse, typically). */
        async json(spec, parse) {
          return this.request(spec, async (reply) => parse(await (0, reply_body.Vh)(reply, spec.what ?? spec.path)));
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
    })
  ),
  /***/
  23123: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        D6: () => (
          /* binding */
          closeHttp
        ),
        /* harmony export */
        I5: () => (
          /* binding */
          timeoutsFromEnv
        ),
        /* harmony export */
        bA: () => (
          /* binding */
          poolsFor
        ),
        /* harmony export */
        vn: () => (
          /* binding */
          downloadSockets
        )
        /* harmony export */
      });
      var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(98571);
      var _timers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(57289);
      const defaultTimeouts = { connectMs: 1e4, readMs: 6e4 };
      function timeoutsFromEnv(env = process.env) {
        return {
          connectMs: Math.min(_timers_js__WEBPACK_IMPORTED_MODULE_1__._o, (0, _duration_js__WEBPACK_IMPORTED_MODULE_0__.E)(env.FLOWFERRY_CONNECT_TIMEOUT ?? "") ?? defaultTimeouts.connectMs),
          readMs: Math.min(_timers_js__WEBPACK_IMPORTED_MODULE_1__._o, (0, _duration_js__WEBPACK_IMPORTED_MODULE_0__.E)(env.FLOWFERRY_READ_TIMEOUT ?? "") ?? defaultTimeouts.readMs)
        };
      }
      const MAX_SOCKETS = 64;
      const IDLE_MS = 4e3;
      let shared;
      const downloadSockets = /* @__PURE__ */ new Set();
      function poolsFor(url) {
        const options = { keepAlive: true, maxSockets: MAX_SOCKETS, timeout: IDLE_MS };
        const pools = shared ??= { http: new (process.getBuiltinModule("node:http")).Agent(options) };
        if (url.protocol === "https:")
          pools.https ??= new (process.getBuiltinModule("node:https")).Agent(options);
        return pools;
      }
      async function closeHttp() {
        const current = shared;
        shared = void 0;
        current?.http.destroy();
        current?.https?.destroy();
        for (const socket of downloadSockets)
          socket.destroy();
        downloadSockets.clear();
      }
    })
  ),
  /***/
  46081: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        A: () => (
          /* binding */
          ReplyTooLargeError
        ),
        /* harmony export */
        _: () => (
          /* binding */
          MalformedReplyError
        )
        /* harmony export */
      });
      var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74296);
      class MalformedReplyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.vO {
      }
      class ReplyTooLargeError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.vO {
        constructor(message) {
          super(message, {
            hint: "The platform (or a proxy in front of it) sent far more than a workflow definition; check base-url, and the platform's health."
          });
        }
      }
    })
  ),
  /***/
  44557: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Vh: () => (
          /* binding */
          readJson
        ),
        /* harmony export */
        Vj: () => (
          /* binding */
          decodeBody
        ),
        /* harmony export */
        bC: () => (
          /* binding */
          readWholeText
        ),
        /* harmony export */
        vf: () => (
          /* binding */
          discard
        ),
        /* harmony export */
        yR: () => (
          /* binding */
          readText
        )
        /* harmony export */
      });
      var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(57075);
      var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
      var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(36419);
      var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(46081);
      var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(61037);
      const REPLY_LIMIT = 4 * 1024 ** 3;
      const DISCARD_LIMIT = 1024 * 1024;
      const lenient = () => {
        const { Z_SYNC_FLUSH } = zlib().constants;
        return { flush: Z_SYNC_FLUSH, finishFlush: Z_SYNC_FLUSH };
      };
      const zlib = () => process.getBuiltinModule("node:zlib");
      function decodeBody(source, headers, what, limit = REPLY_LIMIT) {
        const encoding = String(headers["content-encoding"] ?? "").trim().toLowerCase();
        const inflater = encoding === "gzip" || encoding === "x-gzip" ? zlib().createGunzip(lenient()) : encoding === "deflate" ? zlib().createInflate(lenient()) : void 0;
        const length = headers["content-length"] ?? "";
        if (!inflater && encoding === "" && /^\d{1,15}$/.test(length) && Number(length) <= limit)
          return source;
        if (!inflater && encoding === "" && isLimitable(source)) {
          source.limitTo(limit, () => new _errors_js__WEBPACK_IMPORTED_MODULE_1__.A(`${what}: the reply is larger than ${limit} bytes, the most flowferry takes`));
          return source;
        }
        const bounded = limiter(limit, what);
        if (!inflater) {
          (0, node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(source, bounded, ignore);
          return bounded;
        }
        inflater.once("error", (error) => {
          bounded.destroy(new _errors_js__WEBPACK_IMPORTED_MODULE_1__._(`${what}: the reply's ${encoding} encoding is broken (${error.code ?? "zlib"}: ${error.message})`, { cause: error }));
        });
        (0, node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(source, inflater, bounded, ignore);
        return bounded;
      }
      function isLimitable(source) {
        return typeof source.limitTo === "function";
      }
      function limiter(limit, what) {
        let size = 0;
        return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
          transform(chunk, _encoding, done) {
            size += chunk.length;
            if (size > limit)
              done(new _errors_js__WEBPACK_IMPORTED_MODULE_1__.A(`${what}: the reply is larger than ${limit} bytes, the most flowferry takes`));
            else
              done(null, chunk);
          }
        });
      }
      function ignore() {
      }
      async function discard(reply) {
        let size = 0;
        try {
          for await (const chunk of reply.body) {
            size += chunk.length;
            if (size > DISCARD_LIMIT)
              break;
          }
        } catch {
        } finally {
          reply.body.destroy();
        }
      }
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
        } finally {
          body.destroy();
        }
        return Buffer.concat(chunks).toString("utf8");
      }
      async function readJson(reply, what, limit = _limits_js__WEBPACK_IMPORTED_MODULE_3__.oX) {
        const chunks = [];
        let size = 0;
        try {
          for await (const chunk of reply.body) {
            size += chunk.length;
            if (size > limit)
              throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.A(`${what}: the reply is larger than ${limit} bytes, the most flowferry reads into memory`);
            chunks.push(chunk);
          }
        } finally {
          reply.body.destroy();
        }
        const text = Buffer.concat(chunks).toString("utf8");
        if (text.trim() === "")
          return void 0;
        try {
          return JSON.parse(text);
        } catch {
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__._(`${what}: the reply is not valid JSON (HTTP ${reply.status}, ${size} bytes, starts with "${(0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__.Ui)(text, 40)}")`);
        }
      }
      async function readWholeText(body, limit, what) {
        const chunks = [];
        let size = 0;
        try {
          for await (const chunk of body) {
            const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
            size += buffer.length;
            if (size > limit)
              throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.A(`${what}: the reply is larger than ${limit} bytes, the most flowferry reads of it`);
            chunks.push(buffer);
          }
        } finally {
          body.destroy();
        }
        return Buffer.concat(chunks).toString("utf8");
      }
    })
  ),
  /***/
  95473: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Xb: () => (
          /* binding */
          NotConnectedError
        ),
        /* harmony export */
        tN: () => (
          /* binding */
          send
        ),
        /* harmony export */
        x0: () => (
          /* binding */
          CONNECT_TIMEOUT
        )
        /* harmony export */
      });
      var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(98571);
      var _timers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(57289);
      const CONNECT_TIMEOUT = "CONNECT_TIMEOUT";
      const HEADERS_TIMEOUT = "HEADERS_TIMEOUT";
      const BODY_TIMEOUT = "BODY_TIMEOUT";
      function coded(code, message) {
        return Object.assign(new Error(message), { code });
      }
      class NotConnectedError extends Error {
        code;
        constructor(cause) {
          super(cause.message, { cause });
          this.name = "NotConnectedError";
          this.code = cause.code;
        }
      }
      function send(url, exchange, pools) {
        return new Promise((resolve, reject) => {
          const { signal } = exchange;
          if (signal.aborted)
            return reject(signal.reason);
          const secure = url.protocol === "https:";
          let req;
          try {
            const client = secure ? process.getBuiltinModule("node:https") : process.getBuiltinModule("node:http");
            req = client.request(url, { method: exchange.method, headers: exchange.headers, agent: secure ? pools.https : pools.http });
          } catch (error) {
            return reject(error);
          }
          let response;
          let socket;
          let connectTimer;
          let done = false;
          let connected = false;
          const fail = (error) => {
            if (done)
              return;
            if (response)
              response.destroy(error);
            req.destroy(error);
            reject(error);
          };
          const onAbort = () => fail(signal.reason);
          const onIdle = () => {
            fail(response ? coded(BODY_TIMEOUT, `the reply stopped: nothing came for ${(0, _duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(exchange.bodyTimeoutMs)} (body timeout; FLOWFERRY_READ_TIMEOUT sets it)`) : coded(HEADERS_TIMEOUT, `no reply: nothing came for ${(0, _duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(exchange.headersTimeoutMs)} after the request (headers timeout; FLOWFERRY_READ_TIMEOUT sets it)`));
          };
          const cleanup = () => {
            if (done)
              return;
            done = true;
            clearTimeout(connectTimer);
            signal.removeEventListener("abort", onAbort);
            socket?.removeListener("timeout", onIdle);
          };
          signal.addEventListener("abort", onAbort, { once: true });
          req.on("error", (error) => {
            if (response && !response.destroyed)
              response.destroy(error);
            reject(connected ? error : new NotConnectedError(error));
            cleanup();
          });
          req.once("close", () => {
            if (!response)
              cleanup();
          });
          req.once("socket", (assigned) => {
            socket = assigned;
            assigned.on("timeout", onIdle);
            const reading = () => {
              connected = true;
              clearTimeout(connectTimer);
              if (!done && !response)
                assigned.setTimeout((0, _timers_js__WEBPACK_IMPORTED_MODULE_1__.Q2)(exchange.headersTimeoutMs));
            };
            if (!assigned.connecting)
              return reading();
            assigned.setTimeout(0);
            connectTimer = setTimeout(() => {
              fail(coded(CONNECT_TIMEOUT, `connect timeout: no connection to ${url.host} within ${(0, _duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(exchange.connectTimeoutMs)} (FLOWFERRY_CONNECT_TIMEOUT sets it)`));
            }, (0, _timers_js__WEBPACK_IMPORTED_MODULE_1__.Q2)(exchange.connectTimeoutMs));
            assigned.once(secure ? "secureConnect" : "connect", reading);
          });
          req.once("response", (res) => {
            response = res;
            socket?.setTimeout((0, _timers_js__WEBPACK_IMPORTED_MODULE_1__.Q2)(exchange.bodyTimeoutMs));
            res.once("close", cleanup);
            resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: res });
          });
          const { body } = exchange;
          if (body === void 0 || Buffer.isBuffer(body)) {
            req.end(body);
          } else {
            body.once("error", (error) => req.destroy(error));
            req.once("close", () => {
              if (!body.readableEnded)
                body.destroy();
            });
            body.pipe(req);
          }
        });
      }
    })
  ),
  /***/
  34070: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        EK: () => (
          /* binding */
          describeIdToken
        ),
        /* harmony export */
        Z4: () => (
          /* binding */
          IdTokenError
        ),
        /* harmony export */
        e0: () => (
          /* binding */
          idTokenClaims
        ),
        /* harmony export */
        kn: () => (
          /* binding */
          idTokenSource
        )
        /* harmony export */
      });
      var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74296);
      var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(17885);
      var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(58010);
      const ID_TOKEN_URL_VARIABLE = "ACTIONS_ID_TOKEN_REQUEST_URL";
      const ID_TOKEN_TOKEN_VARIABLE = "ACTIONS_ID_TOKEN_REQUEST_TOKEN";
      class IdTokenError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.rm {
      }
      const ID_TOKEN_PERMISSIONS = ["permissions:", "  id-token: write   # lets the job request a GitHub OIDC ID token", "  contents: read    # what actions/checkout needs, since a permissions block replaces the defaults"];
      function idTokenSource(ask, env = process.env) {
        return async (audience) => {
          const url = env[ID_TOKEN_URL_VARIABLE]?.trim();
          const requestToken = env[ID_TOKEN_TOKEN_VARIABLE]?.trim();
          (0, _secrets_js__WEBPACK_IMPORTED_MODULE_2__.cl)(requestToken);
          if (!url || !requestToken) {
            const missing = [!url && ID_TOKEN_URL_VARIABLE, !requestToken && ID_TOKEN_TOKEN_VARIABLE].filter(Boolean).join(" and ");
            throw new IdTokenError(`keyless sign-in needs a GitHub OIDC ID token, but this job may not request one: ${missing} ${missing.includes(" and ") ? "are" : "is"} not set. GitHub sets them only for a job granted id-token: write (never for a pull request from a fork, nor outside GitHub Actions).`, { hint: `Add to the job (or the workflow):
${ID_TOKEN_PERMISSIONS.map((line) => `  ${line}`).join("\n")}` });
          }
          let token;
          try {
            token = (await ask(audience)).trim();
          } catch (error) {
            if (error instanceof IdTokenError || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.On)
              throw error;
            const reason = error instanceof Error ? error.message.replace(/\s+/g, " ").replace(/^Error message: /, "") : String(error);
            throw new IdTokenError(`the runner did not hand out an ID token${audience ? ` for audience '${audience}'` : ""}: ${reason}`, {
              hint: "The request token lives only as long as the job; if the job has id-token: write, run it again.",
              cause: error
            });
          }
          (0, _secrets_js__WEBPACK_IMPORTED_MODULE_2__.cl)(token);
          if (!idTokenClaims(token))
            throw new IdTokenError("the runner answered the ID token request with something that is not a JWT");
          return token;
        };
      }
      function idTokenClaims(jwt) {
        const parts = jwt.split(".");
        if (parts.length !== 3)
          return void 0;
        try {
          const claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
          return claims !== null && typeof claims === "object" && !Array.isArray(claims) ? claims : void 0;
        } catch {
          return void 0;
        }
      }
      function describeIdToken(claims) {
        const show = (value2) => Array.isArray(value2) ? value2.map(String).join(", ") : typeof value2 === "string" || typeof value2 === "number" ? String(value2) : void 0;
        const exp = typeof claims.exp === "number" ? new Date(claims.exp * 1e3).toISOString() : void 0;
        return [
          ["iss", show(claims.iss)],
          ["aud", show(claims.aud)],
          ["sub", show(claims.sub)],
          ["repository", show(claims.repository)],
          ["expires", exp]
        ].filter(([, value2]) => value2 !== void 0).map(([name, value2]) => `${name} ${JSON.stringify(value2)}`).join(", ");
      }
      function askRunner(log, env = process.env) {
        return async (audience) => {
          const url = new URL(env[ID_TOKEN_URL_VARIABLE].trim());
          if (audience !== void 0)
            url.searchParams.set("audience", audience);
          const http = new HttpClient({ baseUrl: new URL(url.origin), log, credentials: headerCredentials("Authorization", `Bearer ${env[ID_TOKEN_TOKEN_VARIABLE].trim()}`) });
          const reply = await http.json({ method: "GET", path: url.toString(), what: "request an ID token from the runner", headers: { accept: "application/json" } }, (value2) => value2);
          const token = value(reply);
          if (!token)
            throw new Error("the runner's reply has no ID token in `value`");
          return token;
        };
      }
      function value(reply) {
        if (reply === null || typeof reply !== "object")
          return void 0;
        const token = reply.value;
        return typeof token === "string" && token.trim() !== "" ? token : void 0;
      }
    })
  ),
  /***/
  36419: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        BO: () => (
          /* binding */
          OUTPUT_JSON_BUDGET_BYTES
        ),
        /* harmony export */
        C5: () => (
          /* binding */
          MAX_VARS_DEPTH
        ),
        /* harmony export */
        KX: () => (
          /* binding */
          MAX_JSON_DEPTH
        ),
        /* harmony export */
        Lo: () => (
          /* binding */
          MAX_VARS_FILE_BYTES
        ),
        /* harmony export */
        PR: () => (
          /* binding */
          MAX_PATH_BYTES
        ),
        /* harmony export */
        Xb: () => (
          /* binding */
          SUMMARY_BUDGET_BYTES
        ),
        /* harmony export */
        ZJ: () => (
          /* binding */
          MAX_MANIFEST_BYTES
        ),
        /* harmony export */
        Zz: () => (
          /* binding */
          MAX_MANIFEST_FILES
        ),
        /* harmony export */
        jA: () => (
          /* binding */
          JSON_PARSE_LIMIT
        ),
        /* harmony export */
        oX: () => (
          /* binding */
          IN_MEMORY_DOCUMENT_LIMIT
        ),
        /* harmony export */
        pg: () => (
          /* binding */
          MAX_NAME_BYTES
        )
        /* harmony export */
      });
      const JSON_PARSE_LIMIT = 4 * 1024 * 1024;
      const IN_MEMORY_DOCUMENT_LIMIT = 64 * 1024 * 1024;
      const MAX_MANIFEST_FILES = 1e3;
      const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
      const MAX_PATH_BYTES = 1024;
      const MAX_NAME_BYTES = 255;
      const MAX_JSON_DEPTH = 512;
      const MAX_VARS_FILE_BYTES = 1024 * 1024;
      const MAX_VARS_DEPTH = 64;
      const OUTPUT_JSON_BUDGET_BYTES = 512 * 1024;
      const SUMMARY_BUDGET_BYTES = 900 * 1024;
    })
  ),
  /***/
  3782: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        U: () => (
          /* binding */
          isLoopback
        )
        /* harmony export */
      });
      var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(77030);
      var node_net__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
      function isLoopback(hostname) {
        if (hostname === "localhost" || hostname === "[::1]" || hostname === "::1")
          return true;
        return (0, node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(hostname) && hostname.split(".")[0] === "127";
      }
    })
  ),
  /***/
  16706: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        D9: () => (
          /* binding */
          markdownCode
        ),
        /* harmony export */
        dI: () => (
          /* binding */
          markdownBlock
        ),
        /* harmony export */
        iQ: () => (
          /* binding */
          markdownLink
        ),
        /* harmony export */
        p7: () => (
          /* binding */
          markdownText
        )
        /* harmony export */
      });
      var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(61037);
      const HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
      function markdownText(text) {
        return (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__.TN)((0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(text)).replace(/[&<>"]/g, (c) => HTML[c]).replace(/[\\`*_[\]#|~$]/g, "\\$&").replace(/@/g, "@&#8203;").replace(/:\/\//g, ":&#8203;//").replace(/\b(www)\./gi, "$1.&#8203;");
      }
      function markdownCode(text, options = {}) {
        let body = (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__.TN)((0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(text));
        if (body === "")
          return "";
        if (options.table)
          body = body.replace(/\|/g, "\\|");
        const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
        const fence = "`".repeat(longest + 1);
        const pad = /^[` ]|[` ]$/.test(body) ? " " : "";
        return `${fence}${pad}${body}${pad}${fence}`;
      }
      function markdownBlock(text, language = "") {
        const lines = (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__.SP)(text).split(/\r?\n/).map(_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__.TN);
        const longest = Math.max(2, ...lines.flatMap((line) => line.match(/`+/g) ?? []).map((run) => run.length));
        const fence = "`".repeat(longest + 1);
        return [`${fence}${language}`, ...lines, fence].join("\n");
      }
      function markdownLink(text, url) {
        if (!url)
          return markdownText(text);
        let parsed;
        try {
          parsed = new URL(url);
        } catch {
          return markdownText(text);
        }
        if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
          return markdownText(text);
        return `[${markdownText(text)}](<${parsed.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      }
    })
  ),
  /***/
  11360: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        FS: () => (
          /* binding */
          releaseGarbage
        ),
        /* harmony export */
        IB: () => (
          /* binding */
          streamed
        ),
        /* harmony export */
        SN: () => (
          /* binding */
          countingStage
        ),
        /* harmony export */
        US: () => (
          /* binding */
          releasingWhile
        ),
        /* harmony export */
        oD: () => (
          /* binding */
          readWhole
        )
        /* harmony export */
      });
      var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(57075);
      var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
      const RELEASE_EVERY = 8 * 1024 * 1024;
      let collect;
      let pending = 0;
      function collector() {
        if (collect === void 0) {
          try {
            process.getBuiltinModule("node:v8").setFlagsFromString("--expose-gc");
            collect = process.getBuiltinModule("node:vm").runInNewContext("gc") ?? null;
          } catch {
            collect = null;
          }
        }
        return collect;
      }
      const PROMOTED_SLACK = 48 * 1024 * 1024;
      let buffersAfterFull = 0;
      let buffersAfterAny = 0;
      function collectStreamed(slack = PROMOTED_SLACK) {
        const collect2 = collector();
        if (!collect2)
          return;
        const full = process.memoryUsage().arrayBuffers - buffersAfterFull >= slack;
        collect2({ type: full ? "major" : "minor", execution: "sync" });
        buffersAfterAny = process.memoryUsage().arrayBuffers;
        if (full)
          buffersAfterFull = buffersAfterAny;
      }
      let streamedSinceRelease = 0;
      function streamed(bytes) {
        pending += bytes;
        streamedSinceRelease += bytes;
        if (pending < RELEASE_EVERY)
          return;
        pending = 0;
        collectStreamed();
      }
      const RELEASE_AFTER = 512 * 1024;
      let wholeSinceRelease = 0;
      function readWhole(bytes) {
        wholeSinceRelease += bytes;
      }
      function releaseGarbage() {
        if (wholeSinceRelease < RELEASE_AFTER && streamedSinceRelease < RELEASE_EVERY)
          return;
        wholeSinceRelease = 0;
        streamedSinceRelease = 0;
        pending = 0;
        collector()?.({ type: "major", execution: "sync", flavor: "last-resort" });
        buffersAfterFull = buffersAfterAny = process.memoryUsage().arrayBuffers;
      }
      const UPLOAD_STEP = 4 * 1024 * 1024;
      const UPLOAD_PROMOTED_SLACK = 16 * 1024 * 1024;
      async function releasingWhile(work, everyMs = 20) {
        buffersAfterAny = process.memoryUsage().arrayBuffers;
        buffersAfterFull = Math.min(buffersAfterFull, buffersAfterAny);
        const timer = setInterval(() => {
          if (process.memoryUsage().arrayBuffers - buffersAfterAny >= UPLOAD_STEP)
            collectStreamed(UPLOAD_PROMOTED_SLACK);
        }, everyMs);
        timer.unref();
        try {
          return await work();
        } finally {
          clearInterval(timer);
        }
      }
      function countingStage(hash) {
        return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
          transform(chunk, _encoding, done) {
            streamed(chunk.length);
            hash?.update(chunk);
            done(null, chunk);
          }
        });
      }
    })
  ),
  /***/
  31677: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        MZ: () => (
          /* binding */
          phrase
        ),
        /* harmony export */
        Pe: () => (
          /* binding */
          setting
        ),
        /* harmony export */
        XX: () => (
          /* binding */
          render
        ),
        /* harmony export */
        Yl: () => (
          /* binding */
          renderAll
        ),
        /* harmony export */
        bc: () => (
          /* binding */
          subject
        ),
        /* harmony export */
        hF: () => (
          /* binding */
          input
        )
        /* harmony export */
      });
      var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(16082);
      const OPEN = "\uE000";
      const SEP = "\uE001";
      const CLOSE = "\uE002";
      let drawn;
      function marks() {
        if (drawn)
          return drawn;
        const nonce = (0, _crypto_js__WEBPACK_IMPORTED_MODULE_0__.po)(6).toString("hex");
        return drawn = { nonce, mention: new RegExp(`${OPEN}${nonce}${SEP}([^${OPEN}${CLOSE}]*)${CLOSE}`, "g") };
      }
      function mark(kind, ...args) {
        const clean = args.map((arg) => arg.replace(/[\uE000-\uE002]/g, ""));
        return `${OPEN}${marks().nonce}${SEP}${[kind, ...clean].join(SEP)}${CLOSE}`;
      }
      function input(name) {
        return mark("input", name);
      }
      function subject(name) {
        return mark("subject", name);
      }
      function setting(name, value) {
        return mark("setting", name, value);
      }
      function phrase(key) {
        return mark("phrase", key);
      }
      function render(text, phrasing) {
        if (!text.includes(OPEN))
          return text;
        return text.replace(marks().mention, (whole, body) => {
          const [kind, a = "", b = ""] = body.split(SEP);
          if (kind === "input")
            return phrasing.input(a);
          if (kind === "subject")
            return phrasing.subject(a);
          if (kind === "setting")
            return phrasing.setting(a, b);
          if (kind === "phrase")
            return phrasing.phrase(a);
          return whole;
        });
      }
      function renderAll(value, phrasing) {
        if (typeof value === "string")
          return render(value, phrasing);
        if (Array.isArray(value))
          return value.map((item) => renderAll(item, phrasing));
        if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
          return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renderAll(item, phrasing)]));
        }
        return value;
      }
    })
  ),
  /***/
  19130: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        $p: () => (
          /* binding */
          readPlainFileUpTo
        ),
        /* harmony export */
        C3: () => (
          /* binding */
          assertUploadable
        ),
        /* harmony export */
        TR: () => (
          /* binding */
          refuse
        ),
        /* harmony export */
        b$: () => (
          /* binding */
          readPlainFile
        ),
        /* harmony export */
        bh: () => (
          /* binding */
          rememberWritten
        ),
        /* harmony export */
        kY: () => (
          /* binding */
          remember
        ),
        /* harmony export */
        lN: () => (
          /* binding */
          checkPlainFile
        ),
        /* harmony export */
        p2: () => (
          /* binding */
          digestPlainFile
        ),
        /* harmony export */
        q2: () => (
          /* binding */
          plainFileContains
        ),
        /* harmony export */
        r7: () => (
          /* binding */
          plainFileStream
        ),
        /* harmony export */
        rr: () => (
          /* binding */
          openPlainFile
        ),
        /* harmony export */
        yp: () => (
          /* binding */
          copyPlainFile
        )
        /* harmony export */
      });
      var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(16082);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(73024);
      var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
      var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_3___default = /* @__PURE__ */ __nccwpck_require__2.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
      var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__2(74296);
      var _fs_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__2(78616);
      var _memory_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__2(11360);
      const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0);
      const HINTS = {
        "path.link": "Put the file itself there, not a symbolic link to it (in git: commit the file, not a link).",
        "path.hardlink": "Give the file a name of its own: copy it and move the copy over it (cp f f.copy && mv f.copy f).",
        "path.type": "Point at a regular file.",
        "path.directory": "Point at a file; a folder is not a file.",
        "path.missing": "Check the spelling and that the file is committed.",
        "path.changed": "Run the step again; if it keeps happening, something on the runner changes the bundle while flowferry reads it."
      };
      function refuse(subject, rule, message, hint = HINTS[rule]) {
        if (subject.input !== void 0)
          return new _errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(subject.input, `'${subject.shown}' ${message}`).withHint(hint);
        return _errors_js__WEBPACK_IMPORTED_MODULE_4__.rJ.at({ file: subject.shown }, rule, message, hint);
      }
      function kindProblem(info) {
        if (info.isSymbolicLink())
          return { rule: "path.link", message: "is a symbolic link; flowferry reads only the files themselves" };
        if (info.isDirectory())
          return { rule: "path.directory", message: "is a directory, where a file is expected" };
        if (info.isFIFO())
          return { rule: "path.type", message: "is a named pipe (FIFO), not a regular file" };
        if (info.isSocket())
          return { rule: "path.type", message: "is a socket, not a regular file" };
        if (info.isCharacterDevice() || info.isBlockDevice())
          return { rule: "path.type", message: "is a device, not a regular file" };
        if (!info.isFile())
          return { rule: "path.type", message: "is not a regular file" };
        if (info.nlink > 1)
          return { rule: "path.hardlink", message: `has ${info.nlink} hard links; a file with other names can be changed through them` };
        return void 0;
      }
      async function checkPlainFile(file, subject) {
        let info;
        try {
          info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file, { bigint: true });
        } catch (error) {
          throw openFailure(error, subject);
        }
        const problem = kindProblem(info);
        if (problem)
          throw refuse(subject, problem.rule, problem.message);
        return info;
      }
      const verified = /* @__PURE__ */ new Map();
      function remember(file, info) {
        verified.set(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file), { dev: info.dev, ino: info.ino, size: info.size });
      }
      function descriptorProblem(file, info, size, fresh = false) {
        const problem = kindProblem(info);
        if (problem)
          return problem;
        const known = fresh ? void 0 : verified.get(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file));
        if (known && (known.dev !== info.dev || known.ino !== info.ino || known.size !== info.size)) {
          return { rule: "path.changed", message: "was replaced or changed after its checksum was verified" };
        }
        if (size !== void 0 && BigInt(size) !== info.size)
          return { rule: "path.changed", message: `is ${info.size} bytes now, ${size} when it was checked` };
        return void 0;
      }
      async function openPlainFile(file, subject, options = {}) {
        let handle;
        try {
          handle = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, OPEN_FLAGS);
        } catch (error) {
          throw openFailure(error, subject);
        }
        try {
          const info = await handle.stat({ bigint: true });
          const problem = descriptorProblem(file, info, void 0, options.fresh);
          if (problem)
            throw refuse(subject, problem.rule, problem.message);
          return { handle, info };
        } catch (error) {
          await handle.close();
          throw error;
        }
      }
      async function readPlainFile(file, subject, maxBytes, tooLarge = { message: "is too large to read", hint: "Make the file smaller." }) {
        const bytes = await readPlainFileUpTo(file, subject, maxBytes);
        if (bytes === void 0)
          throw refuse(subject, "path.size", `${tooLarge.message}: more than ${maxBytes} bytes`, tooLarge.hint);
        return bytes;
      }
      async function readPlainFileUpTo(file, subject, maxBytes) {
        const { handle, info } = await openPlainFile(file, subject);
        try {
          if (info.size > BigInt(maxBytes))
            return void 0;
          (0, _memory_js__WEBPACK_IMPORTED_MODULE_6__.oD)(Number(info.size));
          const buffer = Buffer.alloc(Number(info.size));
          let done = 0;
          while (done < buffer.length) {
            const { bytesRead } = await handle.read(buffer, done, buffer.length - done, done);
            if (bytesRead === 0)
              break;
            done += bytesRead;
          }
          return buffer.subarray(0, done);
        } finally {
          await handle.close();
        }
      }
      async function plainFileContains(file, subject, needle, { chunk = 1024 * 1024, maxBytes = Infinity, skip } = {}) {
        const { handle, info } = await openPlainFile(file, subject);
        const carry = Math.max(0, needle.length - 1);
        try {
          if (info.size > maxBytes)
            return false;
          const buffer = Buffer.allocUnsafe(Math.min(chunk, Number(info.size) + 1) + carry);
          const room = buffer.length - carry;
          let kept = 0;
          for (let first = true; ; first = false) {
            const { bytesRead } = await handle.read(buffer, kept, room, null);
            if (bytesRead === 0)
              return false;
            const end = kept + bytesRead;
            if (first && skip?.(buffer.subarray(0, end)))
              return false;
            if (buffer.subarray(0, end).includes(needle))
              return true;
            kept = Math.min(carry, end);
            buffer.copy(buffer, 0, end - kept, end);
          }
        } finally {
          await handle.close();
        }
      }
      async function digestPlainFile(file, subject, aliases = []) {
        const { handle, info } = await openPlainFile(file, subject, { fresh: true });
        const digest = await (0, _fs_js__WEBPACK_IMPORTED_MODULE_5__.tD)(handle);
        for (const name of [file, ...aliases])
          remember(name, info);
        return digest;
      }
      async function copyPlainFile(source, target, subject) {
        const { handle } = await openPlainFile(source, subject);
        const temp = (0, _fs_js__WEBPACK_IMPORTED_MODULE_5__.ht)(target);
        const hash = (0, _crypto_js__WEBPACK_IMPORTED_MODULE_0__.n1)("sha256");
        let bytes = 0;
        try {
          const output = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, "wx", 384);
          try {
            const buffer = Buffer.allocUnsafe(1024 * 1024);
            for (; ; ) {
              const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
              if (bytesRead === 0)
                break;
              const chunk = buffer.subarray(0, bytesRead);
              hash.update(chunk);
              await output.write(chunk);
              bytes += bytesRead;
            }
            remember(target, await output.stat({ bigint: true }));
          } finally {
            await output.close();
          }
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
        } catch (error) {
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
          throw error;
        } finally {
          await handle.close();
        }
        return { bytes, sha256: hash.digest("hex") };
      }
      async function rememberWritten(file, digest, subject) {
        const info = await checkPlainFile(file, subject);
        if (info.size !== BigInt(digest.bytes))
          throw refuse(subject, "path.changed", `is ${info.size} bytes now, ${digest.bytes} when it was written`);
        remember(file, info);
        return digest;
      }
      async function assertUploadable(file, size) {
        const subject = { shown: (0, _fs_js__WEBPACK_IMPORTED_MODULE_5__.Gt)(file) };
        const { handle, info } = await openPlainFile(file, subject);
        await handle.close();
        const problem = descriptorProblem(file, info, size);
        if (problem)
          throw refuse(subject, problem.rule, problem.message);
      }
      function plainFileStream(file, range, size) {
        const subject = { shown: (0, _fs_js__WEBPACK_IMPORTED_MODULE_5__.Gt)(file) };
        const checkedOpen = (name, _flags, mode, callback) => {
          node_fs__WEBPACK_IMPORTED_MODULE_1___default().open(name, OPEN_FLAGS, mode, (error, fd) => {
            if (error)
              return callback(openFailure(error, subject));
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().fstat(fd, { bigint: true }, (statError, info) => {
              const problem = statError ? void 0 : descriptorProblem(file, info, size);
              if (!statError && !problem)
                return callback(null, fd);
              node_fs__WEBPACK_IMPORTED_MODULE_1___default().close(fd, () => callback(statError ?? refuse(subject, problem.rule, problem.message)));
            });
          });
        };
        return (0, node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { ...range, fs: { open: checkedOpen, read: node_fs__WEBPACK_IMPORTED_MODULE_1___default().read, close: node_fs__WEBPACK_IMPORTED_MODULE_1___default().close } });
      }
      function openFailure(error, subject) {
        const code = error.code;
        if (code === "ELOOP" || code === "EMLINK")
          return refuse(subject, "path.link", "is a symbolic link; flowferry reads only the files themselves");
        if (code === "ENOENT" || code === "ENOTDIR")
          return refuse(subject, "path.missing", "does not exist");
        if (code === "EISDIR")
          return refuse(subject, "path.directory", "is a directory, where a file is expected");
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__.rm)
          return error;
        return refuse(subject, "path.unreadable", `cannot be read (${code ?? error.message})`, "Check the file and its permissions.");
      }
    })
  ),
  /***/
  12032: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        B: () => (
          /* binding */
          loadSchemas
        ),
        /* harmony export */
        z: () => (
          /* binding */
          z
        )
        /* harmony export */
      });
      let real;
      let loading;
      function loadSchemas() {
        return loading ??= Promise.all(
          /* import() */
          [__nccwpck_require__2.e(816), __nccwpck_require__2.e(105)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 44105)).then((module) => {
          real = module.builders;
        });
      }
      const BUILDERS = /* @__PURE__ */ new Set([
        // z.*: the ones schema-builders.ts passes on
        "string",
        "number",
        "boolean",
        "unknown",
        "literal",
        "enum",
        "object",
        "looseObject",
        "strictObject",
        "array",
        "union",
        "lazy",
        "record",
        // schema.*
        "optional",
        "nullable",
        "nullish",
        "transform",
        "refine",
        "superRefine",
        "regex",
        "min",
        "max",
        "int",
        "nonnegative",
        "positive",
        "length",
        "default",
        "catch",
        "pipe",
        "url",
        "trim",
        "extend",
        "passthrough",
        "partial",
        "required",
        "pick",
        "omit",
        "strict",
        "describe",
        "nonempty",
        "and",
        "or",
        "gt",
        "gte",
        "lt",
        "lte",
        "startsWith",
        "endsWith",
        "toLowerCase",
        "toUpperCase"
      ]);
      const NOTES = /* @__PURE__ */ Symbol("schema notes");
      function notesOf(value) {
        return typeof value === "function" || typeof value === "object" && value !== null ? value[NOTES] : void 0;
      }
      function realise(value) {
        const notes = notesOf(value);
        if (notes)
          return build(notes);
        if (Array.isArray(value))
          return value.map(realise);
        if (typeof value === "object" && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
          return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, realise(item)]));
        }
        return value;
      }
      function build(notes) {
        if (notes.built !== void 0)
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
        return new Proxy(function schema() {
        }, {
          get(_target, key) {
            if (key === NOTES)
              return notes;
            if (real) {
              const built = build(notes);
              const value = built[key];
              return typeof value === "function" ? (...args) => value.apply(built, args.map(realise)) : value;
            }
            if (typeof key === "string" && BUILDERS.has(key))
              return (...args) => written([...steps, { key, args }]);
            if (key === "then" || typeof key === "symbol")
              return void 0;
            throw new Error(`internal error: the schema's ${key} was used before zod was loaded (core/schema.ts: call loadSchemas() first)`);
          }
        });
      }
      const z = written([]);
    })
  ),
  /***/
  58010: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        $O: () => (
          /* binding */
          MIN_VALUE_SECRET_LENGTH
        ),
        B5: () => (
          /* binding */
          longestSecretForm
        ),
        E$: () => (
          /* binding */
          redact
        ),
        cl: () => (
          /* binding */
          registerSecret
        ),
        fN: () => (
          /* binding */
          registerValueSecret
        ),
        Wg: () => (
          /* binding */
          setSecretSink
        )
      });
      ;
      const ENCODED = /\\u[0-9a-fA-F]{4}|\\[\\/"'nr]|&#[xX]?[0-9a-fA-F]+;|&(?:amp|lt|gt|quot|apos);|%[0-7][0-9a-fA-F]|[\r\n]/;
      const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
      function decodedView(text) {
        if (!ENCODED.test(text))
          return void 0;
        let view = "";
        const from = [];
        const to = [];
        const push = (chars, start, end) => {
          for (const unit of chars.split("")) {
            view += unit;
            from.push(start);
            to.push(end);
          }
        };
        for (let i = 0; i < text.length; ) {
          const c = text[i];
          const match = c === "\\" || c === "&" || c === "%" ? /^(?:\\u([0-9a-fA-F]{4})|\\([\\/"'nr])|&#([xX])?([0-9a-fA-F]{1,6});|&(amp|lt|gt|quot|apos);|%([0-7][0-9a-fA-F]))/.exec(text.slice(i, i + 10)) : null;
          if (c === "\r" || c === "\n") {
            i++;
            while (text[i] === " " || text[i] === "	")
              i++;
          } else if (!match) {
            push(c, i, i + 1);
            i++;
          } else {
            const [whole, unicode, escaped, hexMark, number, entity, percent] = match;
            let char;
            if (unicode)
              char = String.fromCharCode(parseInt(unicode, 16));
            else if (escaped)
              char = escaped === "n" || escaped === "r" ? "" : escaped;
            else if (number) {
              const code = hexMark ? parseInt(number, 16) : /^[0-9]+$/.test(number) ? parseInt(number, 10) : NaN;
              char = Number.isNaN(code) || code > 1114111 ? void 0 : String.fromCodePoint(code);
            } else if (entity)
              char = ENTITIES[entity];
            else
              char = String.fromCharCode(parseInt(percent, 16));
            if (char === void 0) {
              push(c, i, i + 1);
              i++;
            } else {
              push(char, i, i + whole.length);
              i += whole.length;
              if (char === "")
                while (text[i] === " " || text[i] === "	")
                  i++;
            }
          }
        }
        return { text: view, from, to };
      }
      ;
      const known = /* @__PURE__ */ new Set();
      const announced = /* @__PURE__ */ new Set();
      const byKey = /* @__PURE__ */ new Map();
      const firstChars = /* @__PURE__ */ new Set();
      let sink = () => {
      };
      let longest = 0;
      const MIN_LENGTH = 4;
      const KEY = MIN_LENGTH;
      const MIN_VALUE_SECRET_LENGTH = 8;
      function registerValueSecret(value) {
        if (value.trim().length < MIN_VALUE_SECRET_LENGTH)
          return false;
        registerSecret(value);
        return true;
      }
      function setSecretSink(next) {
        sink = next;
        for (const value of announced)
          sink(value);
      }
      function registerSecret(value) {
        if (value === void 0)
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
          sink(form);
        }
        for (const form of /* @__PURE__ */ new Set([...direct, ...derived])) {
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
      function partsOf(value) {
        const scheme = /^(basic|bearer|token|digest|negotiate)\s+(\S+)$/i.exec(value);
        if (!scheme)
          return [];
        const token = scheme[2];
        if (scheme[1].toLowerCase() !== "basic" || !/^[A-Za-z0-9+/]+={0,2}$/.test(token))
          return [token];
        const decoded = Buffer.from(token, "base64").toString("utf8");
        const colon = decoded.indexOf(":");
        if (colon < 0 || Buffer.from(decoded, "utf8").toString("base64").replace(/=+$/, "") !== token.replace(/=+$/, ""))
          return [token];
        return [token, decoded, decoded.slice(colon + 1)];
      }
      function spellings(value) {
        const { direct, derived } = spellingsOf(value);
        return [.../* @__PURE__ */ new Set([...direct, ...derived])];
      }
      function directSpellings(value) {
        const forms = /* @__PURE__ */ new Set([value]);
        const uri = safely(() => encodeURIComponent(value));
        if (uri !== void 0) {
          const strict = uri.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
          const form = new URLSearchParams([["k", value]]).toString().slice(2);
          for (const encoded of [uri, strict, form]) {
            forms.add(encoded);
            forms.add(encoded.replace(/%[0-9A-F]{2}/g, (hex2) => hex2.toLowerCase()));
          }
        }
        const json = JSON.stringify(value).slice(1, -1);
        forms.add(json);
        forms.add(json.replace(/\//g, "\\/"));
        const ascii = json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
        forms.add(ascii);
        forms.add(ascii.replace(/\\u([0-9a-f]{4})/g, (_, hex2) => `\\u${hex2.toUpperCase()}`));
        forms.add(value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;"));
        forms.add(value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;"));
        for (const digits of base64Spellings(value))
          forms.add(digits);
        const hex = Buffer.from(value, "utf8").toString("hex");
        forms.add(hex);
        forms.add(hex.toUpperCase());
        return [...forms];
      }
      function base64Spellings(value) {
        const forms = [];
        const bytes = Buffer.from(value, "utf8");
        for (let offset = 0; offset <= 2; offset++) {
          const rest = bytes.subarray(offset);
          if (rest.length === 0)
            continue;
          const digits = rest.toString("base64").replace(/=+$/, "");
          const variants = rest.length % 3 === 0 ? [digits] : [digits, digits.slice(0, -1)];
          for (const variant of variants)
            forms.push(variant, variant.replace(/\+/g, "-").replace(/\//g, "_"));
        }
        return forms;
      }
      function spellingsOf(value) {
        const direct = directSpellings(value);
        const derived = /* @__PURE__ */ new Set();
        for (const form of direct) {
          if (form === value)
            continue;
          const again = safely(() => encodeURIComponent(form));
          if (again !== void 0)
            derived.add(again);
          derived.add(new URLSearchParams([["k", form]]).toString().slice(2));
          for (const digits of base64Spellings(form))
            derived.add(digits);
        }
        return { direct, derived: [...derived] };
      }
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
        let out = "";
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
      function found(text) {
        const spans = [];
        for (let at = 0; at <= text.length - KEY; at++) {
          if (!firstChars.has(text[at]))
            continue;
          const forms = byKey.get(text.slice(at, at + KEY));
          if (!forms)
            continue;
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
      function longestSecretForm() {
        return longest;
      }
      function isSecret(value) {
        return known.has(value.trim());
      }
      function forgetSecretsForTests() {
        known.clear();
        announced.clear();
        byKey.clear();
        firstChars.clear();
        longest = 0;
        sink = () => {
        };
      }
      function safely(fn) {
        try {
          return fn();
        } catch {
          return void 0;
        }
      }
    })
  ),
  /***/
  57289: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        _o: () => (
          /* binding */
          MAX_TIMER_MS
        ),
        yy: () => (
          /* binding */
          sleep
        ),
        _: () => (
          /* binding */
          timeoutSignal
        ),
        Q2: () => (
          /* binding */
          timerMs
        )
      });
      ;
      const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
      ;
      const MAX_TIMER_MS = 2 ** 31 - 1;
      function timerMs(ms) {
        if (!Number.isFinite(ms))
          return ms > 0 ? MAX_TIMER_MS : 1;
        return Math.min(MAX_TIMER_MS, Math.max(1, Math.ceil(ms)));
      }
      async function sleep(ms, signal) {
        let left = Number.isFinite(ms) ? ms : MAX_TIMER_MS;
        while (left > 0) {
          const step = Math.min(left, MAX_TIMER_MS);
          await (0, promises_namespaceObject.setTimeout)(step, void 0, { signal });
          left -= step;
        }
      }
      function timeoutSignal(ms) {
        if (ms <= MAX_TIMER_MS)
          return AbortSignal.timeout(timerMs(ms));
        const controller = new AbortController();
        const at = Date.now() + ms;
        const arm = () => {
          const left = at - Date.now();
          if (left <= 0)
            return controller.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError"));
          setTimeout(arm, timerMs(left)).unref();
        };
        arm();
        return controller.signal;
      }
    })
  ),
  /***/
  61037: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Ig: () => (
          /* binding */
          forLog2
        ),
        /* harmony export */
        SP: () => (
          /* binding */
          shown
        ),
        /* harmony export */
        TN: () => (
          /* binding */
          oneLine2
        ),
        /* harmony export */
        UK: () => (
          /* binding */
          setHomeOrigin
        ),
        /* harmony export */
        Ui: () => (
          /* binding */
          untrustedText
        ),
        /* harmony export */
        cW: () => (
          /* binding */
          untrustedValue
        ),
        /* harmony export */
        j$: () => (
          /* binding */
          withoutQuery
        ),
        /* harmony export */
        s$: () => (
          /* binding */
          jsonText
        )
        /* harmony export */
      });
      var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(58010);
      let homeOrigin;
      function setHomeOrigin(url) {
        homeOrigin = url?.origin;
      }
      const LEADING_SKIPPED = /^[\s\u0085\p{Cc}\p{Cf}]*/u;
      function forLog2(text) {
        return neutraliseCommands(shown(text));
      }
      const INVISIBLE_IN_LOG = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
      function neutraliseCommands(text) {
        return text.replace(/\r(?!\n)/g, "%0D").replace(INVISIBLE_IN_LOG, (c) => escapeCodePoint(c.charCodeAt(0))).split(/(\r?\n)/).map((part) => {
          const lead = LEADING_SKIPPED.exec(part)[0].length;
          return part.startsWith("::", lead) ? `${part.slice(0, lead)}%3A${part.slice(lead + 1)}` : part;
        }).join("").replaceAll("##[", "##%5B");
      }
      function jsonForStream(text) {
        return shown(text).replaceAll("##[", "##\\u005b");
      }
      const INVISIBLE_IN_JSON = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
      function jsonText(value) {
        return JSON.stringify(value).replace(INVISIBLE_IN_JSON, (c) => escapeCodePoint(c.charCodeAt(0)));
      }
      function shown(text) {
        return withoutForeignQueries((0, _secrets_js__WEBPACK_IMPORTED_MODULE_0__.E$)(text));
      }
      const UNPRINTABLE = /[\p{Cc}\p{Zl}\p{Zp}]|(?![\u200c\u200d])\p{Cf}|[\ud800-\udfff]/gu;
      const NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
      function oneLine2(text) {
        return text.replace(UNPRINTABLE, (c) => NAMED[c] ?? escapeCodePoint(c.codePointAt(0)));
      }
      function escapeCodePoint(code) {
        return code > 65535 ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
      }
      function untrustedText(text, max = 500) {
        const window = text.length > max + (0, _secrets_js__WEBPACK_IMPORTED_MODULE_0__.B5)() + 64 ? text.slice(0, max + (0, _secrets_js__WEBPACK_IMPORTED_MODULE_0__.B5)() + 64) : text;
        return cut(oneLine2(shown(window)), max, window.length < text.length);
      }
      function untrustedValue(value, max = 200) {
        let text;
        try {
          text = JSON.stringify(value) ?? String(value);
        } catch {
          text = Array.isArray(value) ? "[\u2026]" : typeof value === "object" && value !== null ? "{\u2026}" : String(value);
        }
        return untrustedText(text, max);
      }
      function cut(text, max, shortened) {
        if (text.length <= max && !shortened)
          return text;
        let end = Math.min(max, text.length);
        const escape = text.lastIndexOf("\\", end - 1);
        if (escape >= 0 && escape >= end - 10) {
          const whole = /^\\(?:[nrt]|u\{[0-9a-f]+\}|u[0-9a-f]{4})/.exec(text.slice(escape));
          if (whole && escape + whole[0].length > end)
            end = escape;
        }
        if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1]))
          end--;
        return `${text.slice(0, end)}\u2026`;
      }
      const PLAIN_ANCHOR = /^#[A-Za-z][\w-]{0,99}$/;
      const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`\\|)\]}]+/gi;
      function withoutForeignQueries(text) {
        if (!text.includes("://"))
          return text;
        return text.replace(URL_IN_TEXT, (found) => {
          let url;
          try {
            url = new URL(found);
          } catch {
            return found;
          }
          if (url.origin === homeOrigin && !url.username && !url.password)
            return found;
          if (!url.search && !url.hash && !url.username && !url.password)
            return found;
          if (!url.search && PLAIN_ANCHOR.test(url.hash) && !url.username && !url.password)
            return found;
          return `${url.origin}${url.pathname}${url.search || url.hash ? "?\u2026" : ""}`;
        });
      }
      function withoutQuery(text) {
        try {
          const url = new URL(text);
          return oneLine2(`${url.origin}${url.pathname}`);
        } catch {
          return oneLine2(text.split(/[?#]/)[0]);
        }
      }
    })
  ),
  /***/
  40845: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        $e: () => (
          /* binding */
          warning
        ),
        /* harmony export */
        C1: () => (
          /* binding */
          setFailed
        ),
        /* harmony export */
        Os: () => (
          /* binding */
          group
        ),
        /* harmony export */
        Pq: () => (
          /* binding */
          setSecret
        ),
        /* harmony export */
        V4: () => (
          /* binding */
          getInput
        ),
        /* harmony export */
        Yz: () => (
          /* binding */
          debug
        ),
        /* harmony export */
        _o: () => (
          /* binding */
          isDebug
        ),
        /* harmony export */
        fe: () => (
          /* binding */
          appendSummary
        ),
        /* harmony export */
        lm: () => (
          /* binding */
          notice
        ),
        /* harmony export */
        pq: () => (
          /* binding */
          info
        ),
        /* harmony export */
        uH: () => (
          /* binding */
          setOutput
        ),
        /* harmony export */
        z3: () => (
          /* binding */
          error
        )
        /* harmony export */
      });
      var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(16082);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(73024);
      var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
      var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(48161);
      var node_os__WEBPACK_IMPORTED_MODULE_3___default = /* @__PURE__ */ __nccwpck_require__2.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
      function getInput(name, env = process.env) {
        return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
      }
      function isDebug() {
        return process.env.RUNNER_DEBUG === "1";
      }
      function info(message) {
        process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
      }
      function debug(message) {
        issue("debug", {}, message);
      }
      function notice(message, properties = {}) {
        issue("notice", annotation(properties), message);
      }
      function warning(message, properties = {}) {
        issue("warning", annotation(properties), message);
      }
      function error(message, properties = {}) {
        issue("error", annotation(properties), message);
      }
      function setFailed(message) {
        process.exitCode = 1;
        error(message);
      }
      function setSecret(secret) {
        issue("add-mask", {}, secret);
      }
      async function group(name, fn) {
        issue("group", {}, name);
        try {
          return await fn();
        } finally {
          issue("endgroup", {}, "");
        }
      }
      function setOutput(name, value) {
        const file = process.env.GITHUB_OUTPUT ?? "";
        if (!file) {
          process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
          issue("set-output", { name }, value);
          return;
        }
        const delimiter = `ghadelimiter_${(0, _crypto_js__WEBPACK_IMPORTED_MODULE_0__.N4)()}`;
        if (name.includes(delimiter))
          throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
        if (value.includes(delimiter))
          throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
        if (!(0, node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
          throw new Error(`Missing file at path: ${file}`);
        (0, node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, { encoding: "utf8" });
      }
      async function appendSummary(markdown) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
          throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
        try {
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(file, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.constants.R_OK | node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.constants.W_OK);
        } catch {
          throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
        }
        await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(file, markdown, { encoding: "utf8" });
      }
      function annotation(properties) {
        return { title: properties.title, file: properties.file, line: properties.startLine, col: properties.startColumn };
      }
      function issue(command, properties, message) {
        const pairs = Object.entries(properties).filter(([, value]) => value !== void 0 && value !== "" && value !== 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
        process.stdout.write(`::${command}${pairs.length > 0 ? ` ${pairs.join(",")}` : ""}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
      }
      function escapeData(text) {
        return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
      }
      function escapeProperty(text) {
        return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
      }
    })
  ),
  /***/
  79407: (
    /***/
    ((module, __unused_webpack___webpack_exports__, __nccwpck_require__2) => {
      __nccwpck_require__2.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => {
        try {
          var _core_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(40845);
          var _action_front_end_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(12444);
          var _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(61037);
          var _last_resort_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(30241);
          var _main_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__2(7160);
          var _output_names_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__2(95071);
          await (0, _last_resort_js__WEBPACK_IMPORTED_MODULE_3__.N)(() => (0, _main_js__WEBPACK_IMPORTED_MODULE_4__.e)(new _action_front_end_js__WEBPACK_IMPORTED_MODULE_1__.B()), (message) => {
            try {
              _core_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__.uH(_output_names_js__WEBPACK_IMPORTED_MODULE_5__.k.Status, "failed");
              _core_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__.uH(_output_names_js__WEBPACK_IMPORTED_MODULE_5__.k.Result, (0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__.SP)(JSON.stringify({ status: "failed", message })));
            } catch {
            }
            _core_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__.C1((0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__.Ig)(message));
          });
          __webpack_async_result__();
        } catch (e) {
          __webpack_async_result__(e);
        }
      }, 1);
    })
  ),
  /***/
  74098: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        HP: () => (
          /* binding */
          credentialInputs
        ),
        /* harmony export */
        pd: () => (
          /* binding */
          Input
        ),
        /* harmony export */
        zU: () => (
          /* binding */
          operations
        )
        /* harmony export */
      });
      const Input = {
        Platform: "platform",
        Operation: "operation",
        BaseUrl: "base-url",
        ApiKey: "api-key",
        Token: "token",
        ClientId: "client-id",
        ClientSecret: "client-secret",
        AccessKeyId: "access-key-id",
        SecretAccessKey: "secret-access-key",
        ProjectId: "project-id",
        WorkspaceId: "workspace-id",
        WorkflowId: "workflow-id",
        WorkflowName: "workflow-name",
        FlowId: "flow-id",
        Version: "version",
        Activate: "activate",
        TargetFolder: "target-folder",
        CreateFolders: "create-folders",
        Path: "path",
        Wait: "wait",
        Timeout: "timeout",
        PollInterval: "poll-interval",
        JobId: "job-id",
        UploadArtifact: "upload-artifact",
        ArtifactName: "artifact-name",
        RetentionDays: "retention-days",
        DryRun: "dry-run",
        AllowHttp: "allow-http",
        FailOnDrift: "fail-on-drift",
        VarsFile: "vars-file",
        RedactSecrets: "redact-secrets",
        Backup: "backup",
        Concurrency: "concurrency",
        SecurityToken: "security-token",
        IdentityProvider: "identity-provider",
        IamEndpoint: "iam-endpoint",
        OidcAudience: "oidc-audience",
        Team: "team",
        Force: "force",
        PrComment: "pr-comment",
        GithubToken: "github-token"
      };
      const operations = ["import", "export", "validate", "diff", "wait"];
      const credentialInputs = [
        Input.ApiKey,
        Input.Token,
        Input.ClientId,
        Input.ClientSecret,
        Input.AccessKeyId,
        Input.SecretAccessKey,
        Input.SecurityToken
      ];
    })
  ),
  /***/
  30241: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        N: () => (
          /* binding */
          guarded
        )
        /* harmony export */
      });
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74296);
      const MAY_HAVE_BEEN_SENT = "If this was an import, check the target environment before trying again: a request may have reached the platform.";
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
          } catch {
          }
        };
        const crash = (kind) => (reason) => {
          failOnce(`${(0, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.Uc)(reason)} (${kind}; this is a bug in flowferry). ${MAY_HAVE_BEEN_SENT}`);
          process.stdout.write("", () => process.exit(1));
        };
        const onRejection = crash("an unhandled promise rejection");
        const onException = crash("an uncaught exception");
        const onEmptyLoop = () => {
          if (!pending)
            return;
          failOnce(`flowferry stopped before finishing: the run was left waiting on something that can no longer happen (this is a bug in flowferry). ${MAY_HAVE_BEEN_SENT}`);
        };
        process.on("unhandledRejection", onRejection);
        process.on("uncaughtException", onException);
        process.on("beforeExit", onEmptyLoop);
        try {
          await work();
        } catch (error) {
          failOnce(`${(0, _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.Uc)(error)} (while reporting the outcome). ${MAY_HAVE_BEEN_SENT}`);
        } finally {
          pending = false;
          process.off("beforeExit", onEmptyLoop);
        }
      }
    })
  ),
  /***/
  7160: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        e: () => (
          /* binding */
          run
        )
      });
      var core_clock = __nccwpck_require__2(32257);
      var dispatcher = __nccwpck_require__2(23123);
      var input_names = __nccwpck_require__2(74098);
      var artifact_name = __nccwpck_require__2(70761);
      var errors = __nccwpck_require__2(74296);
      var loopback = __nccwpck_require__2(3782);
      var duration = __nccwpck_require__2(98571);
      ;
      const MAX_TIMEOUT_MS = 5 * 24 * 36e5;
      const MAX_POLL_INTERVAL_MS = 10 * 6e4;
      const TIMEOUT_LIMIT = { max: MAX_TIMEOUT_MS, why: "the longest a job can run on any GitHub Actions runner (5 days, self-hosted)", example: "30m" };
      const POLL_INTERVAL_LIMIT = { max: MAX_POLL_INTERVAL_MS, why: "the longest gap between status polls flowferry takes", example: "2s" };
      function input_limits_duration(name, value, limit) {
        const ms = (0, duration.E)(value);
        if (ms === void 0)
          throw new errors.dz(name, `'${value}' is not a duration; use a number of seconds or 90s, 10m, 1h`, limit.example);
        if (ms > limit.max)
          throw new errors.dz(name, `'${value}' is longer than ${(0, duration.a)(limit.max)}, ${limit.why}`, limit.example);
        return ms;
      }
      function credential(name, value) {
        if (value !== void 0 && /[\u0000-\u001f\u007f]/.test(value)) {
          throw new errors.dz(name, "holds a line break or another control character, which no request header can carry; copy the secret again without it");
        }
      }
      var secrets = __nccwpck_require__2(58010);
      var facts = __nccwpck_require__2(40947);
      var leapwork_facts = __nccwpck_require__2(97057);
      var secmaster_facts = __nccwpck_require__2(11599);
      var zuora_facts = __nccwpck_require__2(50303);
      ;
      const registry = {
        koreai: { facts: facts.Q, load: () => Promise.all(
          /* import() */
          [__nccwpck_require__2.e(644), __nccwpck_require__2.e(596)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 6596)) },
        zuora: { facts: zuora_facts.k3, load: () => __nccwpck_require__2.e(
          /* import() */
          942
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 46942)) },
        secmaster: { facts: secmaster_facts.o, load: () => Promise.all(
          /* import() */
          [__nccwpck_require__2.e(771), __nccwpck_require__2.e(560)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 14560)) },
        leapwork: { facts: leapwork_facts.m, load: () => Promise.all(
          /* import() */
          [__nccwpck_require__2.e(644), __nccwpck_require__2.e(474)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 46474)) }
      };
      function platformNames() {
        return Object.keys(registry);
      }
      function everyPlatform() {
        return Object.values(registry).map((entry2) => entry2.facts);
      }
      function platformFacts(name) {
        return entry(name).facts;
      }
      async function loadPlatform(name) {
        return (await entry(name).load()).platform;
      }
      function entry(name) {
        const found = Object.hasOwn(registry, name) ? registry[name] : void 0;
        if (!found)
          throw new RangeError(`flowferry has no platform '${name}'`);
        return found;
      }
      ;
      function readInputs(source) {
        const raw = (name) => {
          const value = source(name).trim();
          return value === "" ? void 0 : value;
        };
        for (const name of input_names.HP)
          (0, secrets.cl)(raw(name));
        for (const name of input_names.HP)
          credential(name, raw(name));
        (0, secrets.cl)(raw(input_names.pd.GithubToken));
        credential(input_names.pd.GithubToken, raw(input_names.pd.GithubToken));
        const platform = oneOf(input_names.pd.Platform, raw(input_names.pd.Platform), platformNames(), "koreai");
        const facts2 = platformFacts(platform);
        const operation = oneOf(input_names.pd.Operation, raw(input_names.pd.Operation), input_names.zU, "import");
        const allowHttp = bool(input_names.pd.AllowHttp, raw(input_names.pd.AllowHttp), false);
        const baseUrlText = raw(input_names.pd.BaseUrl);
        const baseUrl = baseUrlText === void 0 ? void 0 : url(input_names.pd.BaseUrl, baseUrlText, allowHttp);
        const settings = {
          platform,
          operation,
          baseUrl,
          workflowId: raw(input_names.pd.WorkflowId),
          workflowName: raw(input_names.pd.WorkflowName),
          path: raw(input_names.pd.Path) ?? (operation === "export" ? "flowferry-export" : ""),
          wait: bool(input_names.pd.Wait, raw(input_names.pd.Wait), true),
          timeoutMs: input_limits_duration(input_names.pd.Timeout, raw(input_names.pd.Timeout) ?? "30m", TIMEOUT_LIMIT),
          pollIntervalMs: input_limits_duration(input_names.pd.PollInterval, raw(input_names.pd.PollInterval) ?? "2s", POLL_INTERVAL_LIMIT),
          jobId: raw(input_names.pd.JobId),
          uploadArtifact: bool(input_names.pd.UploadArtifact, raw(input_names.pd.UploadArtifact), true),
          artifactName: artifactName(raw(input_names.pd.ArtifactName)),
          retentionDays: integer(input_names.pd.RetentionDays, raw(input_names.pd.RetentionDays), 1, 90, "14"),
          dryRun: bool(input_names.pd.DryRun, raw(input_names.pd.DryRun), false),
          allowHttp,
          failOnDrift: bool(input_names.pd.FailOnDrift, raw(input_names.pd.FailOnDrift), false),
          varsFile: raw(input_names.pd.VarsFile),
          redactSecrets: bool(input_names.pd.RedactSecrets, raw(input_names.pd.RedactSecrets), true),
          backup: bool(input_names.pd.Backup, raw(input_names.pd.Backup), false),
          concurrency: integer(input_names.pd.Concurrency, raw(input_names.pd.Concurrency), 1, 64, "4") ?? 4,
          prComment: bool(input_names.pd.PrComment, raw(input_names.pd.PrComment), false),
          githubToken: raw(input_names.pd.GithubToken),
          // The platform's own inputs, as it declares them (platforms/<name>/facts.ts).
          own: facts2.readSettings({
            text: raw,
            flag: (name, fallback) => bool(name, raw(name), fallback),
            identityEndpoint: (name) => credentialEndpoint(name, raw(name))
          })
        };
        checkNeeds(settings, facts2, raw);
        return settings;
      }
      function checkNeeds(settings, platform, raw) {
        const { operation } = settings;
        if (operation === "validate") {
          if (!settings.path)
            throw new errors.dz(input_names.pd.Path, "validate needs the bundle(s) to check", "bundles/**");
          return;
        }
        if (!settings.baseUrl) {
          throw new errors.dz(input_names.pd.BaseUrl, `${operation} talks to ${platform.title}, so it needs its API base URL`, platform.inputs.exampleBaseUrl);
        }
        if ((operation === "import" || operation === "diff") && !settings.path) {
          throw new errors.dz(input_names.pd.Path, `${operation} needs a bundle directory, a platform file or a glob`, "flowferry-export");
        }
        if (operation === "wait") {
          if (!platform.jobs) {
            throw new errors.dz(input_names.pd.Operation, `${platform.title} finishes imports and exports within the request; there is no job to wait for`);
          }
          if (!settings.jobId)
            throw new errors.dz(input_names.pd.JobId, "wait needs the job id printed by an earlier run", "ds-5678");
        }
        if (settings.timeoutMs <= 0)
          throw new errors.dz(input_names.pd.Timeout, "must be longer than zero", "30m");
        if (settings.pollIntervalMs <= 0)
          throw new errors.dz(input_names.pd.PollInterval, "must be longer than zero", "2s");
        requireOneOf(platform, platform.inputs.auth, raw, `${platform.title} needs credentials`);
        const needs = platform.inputs.operations?.[operation];
        if (needs)
          requireOneOf(platform, needs, raw, `${operation} on ${platform.title} needs`);
      }
      function requireOneOf(platform, alternatives, raw, what) {
        if (alternatives.length === 0)
          return;
        if (alternatives.some((set) => set.every((name) => raw(name) !== void 0)))
          return;
        const given = (set) => set.filter((name) => raw(name) !== void 0 && !alternatives.every((other) => other.includes(name))).length;
        const closest = alternatives.reduce((best, set) => given(set) > given(best) ? set : best, alternatives[0]);
        const missing = closest.find((name) => raw(name) === void 0);
        const options = alternatives.map((set) => set.map((name) => `'${name}'`).join(" + ")).join(", or ");
        throw new errors.dz(missing, `is missing: ${what} ${options}`, exampleFor(platform, missing));
      }
      const EXAMPLES = {
        [input_names.pd.WorkflowId]: "a-1234abcd",
        [input_names.pd.WorkflowName]: "Invoice triage"
      };
      function exampleFor(platform, name) {
        if (input_names.HP.includes(name))
          return `\${{ secrets.${name.toUpperCase().replace(/-/g, "_")} }}`;
        return platform.inputs.examples?.[name] ?? EXAMPLES[name] ?? "\u2026";
      }
      function oneOf(name, value, allowed, example) {
        if (value === void 0)
          throw new errors.dz(name, `is required; one of ${allowed.join(", ")}`, example);
        const match = allowed.find((candidate) => candidate === value.toLowerCase());
        if (!match)
          throw new errors.dz(name, `'${value}' is not one of ${allowed.join(", ")}`, example);
        return match;
      }
      function bool(name, value, fallback) {
        if (value === void 0)
          return fallback;
        if (["true", "True", "TRUE"].includes(value))
          return true;
        if (["false", "False", "FALSE"].includes(value))
          return false;
        throw new errors.dz(name, `'${value}' is not a boolean; use true or false`, String(!fallback));
      }
      function integer(name, value, min, max, example) {
        if (value === void 0)
          return void 0;
        if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
          throw new errors.dz(name, `'${value}' is not a whole number from ${min} to ${max}`, example);
        }
        return Number(value);
      }
      function url(name, value, allowHttp) {
        let parsed;
        try {
          parsed = new URL(value);
        } catch {
          throw new errors.dz(name, `'${value}' is not a URL`, "https://platform.example.com");
        }
        if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
          throw new errors.dz(name, `'${value}' must start with https:// (or http://)`, "https://platform.example.com");
        }
        if (parsed.username || parsed.password) {
          throw new errors.dz(name, "must not carry a user name or password; use the credential inputs", "https://platform.example.com");
        }
        if (parsed.search || parsed.hash) {
          throw new errors.dz(name, "must not have a query or fragment", `${parsed.origin}${parsed.pathname}`);
        }
        if (parsed.protocol === "http:" && !allowHttp && !(0, loopback.U)(parsed.hostname)) {
          throw new errors.dz(name, `'${parsed.origin}' uses plain http to a host that is not this machine, so credentials would cross the network unencrypted. Use https, or set allow-http: true if that network is trusted`, `https://${parsed.host}`);
        }
        parsed.pathname = parsed.pathname.replace(/\/+$/, "");
        return parsed;
      }
      function credentialEndpoint(name, value) {
        if (value === void 0)
          return void 0;
        const parsed = url(name, value, true);
        if (parsed.protocol === "http:" && !(0, loopback.U)(parsed.hostname)) {
          throw new errors.dz(name, `'${parsed.origin}' must use https: identity tokens are sent there, and allow-http does not apply to it`, `https://${parsed.host}`);
        }
        return parsed;
      }
      function artifactName(value) {
        if (value !== void 0 && artifact_name.R.test(value)) {
          throw new errors.dz(input_names.pd.ArtifactName, `'${value}' contains a character GitHub does not allow (" : < > | * ? \\ / or a line break)`, "koreai-invoice-triage");
        }
        return value;
      }
      var glob = __nccwpck_require__2(82758);
      ;
      const operationRunners = {
        import: async () => (await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(644), __nccwpck_require__2.e(274), __nccwpck_require__2.e(276), __nccwpck_require__2.e(259)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 65259))).importOperation,
        export: async () => (await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(274), __nccwpck_require__2.e(862)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 77862))).exportOperation,
        validate: async () => (await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(276), __nccwpck_require__2.e(215)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 60721))).validateOperation,
        wait: async () => (await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(274), __nccwpck_require__2.e(501)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 22501))).waitOperation,
        diff: async () => (await Promise.all(
          /* import() */
          [__nccwpck_require__2.e(663), __nccwpck_require__2.e(644), __nccwpck_require__2.e(274), __nccwpck_require__2.e(276), __nccwpck_require__2.e(821)]
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 47821))).diffOperation
      };
      var result = __nccwpck_require__2(94649);
      var untrusted_text = __nccwpck_require__2(61037);
      ;
      async function run(frontEnd) {
        const clock = frontEnd.clock ?? core_clock.m;
        const started = clock.now();
        let settings;
        let results;
        try {
          settings = readInputs(frontEnd.input);
          results = await execute(settings, frontEnd);
        } catch (error) {
          const platform = settings?.platform ?? (frontEnd.input(input_names.pd.Platform).trim() || "unknown");
          const operation = settings?.operation ?? (frontEnd.input(input_names.pd.Operation).trim() || "unknown");
          results = [(0, result.C5)((0, result.YT)(platform, operation), error)];
        } finally {
          await (0, dispatcher.D6)();
        }
        const report = {
          platform: settings?.platform ?? results[0].platform,
          operation: settings?.operation ?? results[0].operation,
          status: (0, result.gX)(results),
          results,
          batch: settings ? (0, glob.f)(settings.path) && (settings.operation === "import" || settings.operation === "validate" || settings.operation === "diff") : false,
          durationMs: clock.now() - started,
          prComment: settings?.prComment ? { token: settings.githubToken } : void 0
        };
        await frontEnd.publish(report);
        return report;
      }
      async function execute(settings, frontEnd) {
        const platform = await loadPlatform(settings.platform);
        const clock = frontEnd.clock ?? core_clock.m;
        (0, untrusted_text.UK)(settings.baseUrl);
        let client;
        const context = {
          settings,
          platform,
          log: frontEnd.log,
          clock,
          deadline: core_clock.B.after(settings.timeoutMs, clock),
          artifacts: frontEnd.artifacts,
          client: () => client ??= platform.connect(settings, { log: frontEnd.log, deadline: context.deadline, clock, idToken: frontEnd.idToken }),
          resumeHint: (jobId) => frontEnd.resumeHint(settings, jobId),
          idToken: frontEnd.idToken
        };
        frontEnd.log.info(`flowferry ${settings.operation} on ${platform.title}${settings.baseUrl ? ` at ${settings.baseUrl.origin}` : ""}`);
        const runner = await operationRunners[settings.operation]();
        return runner(context);
      }
    })
  ),
  /***/
  82758: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        f: () => (
          /* binding */
          isGlob
        )
        /* harmony export */
      });
      function isGlob(pattern) {
        return /[*?[\]{}]/.test(pattern);
      }
    })
  ),
  /***/
  94649: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        C5: () => (
          /* binding */
          recordFailure
        ),
        /* harmony export */
        G9: () => (
          /* binding */
          settle
        ),
        /* harmony export */
        N6: () => (
          /* binding */
          isFailure
        ),
        /* harmony export */
        Xr: () => (
          /* binding */
          removeDirs
        ),
        /* harmony export */
        YT: () => (
          /* binding */
          newResult
        ),
        /* harmony export */
        gX: () => (
          /* binding */
          overallStatus
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(74296);
      var _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(61037);
      function newResult(platform, operation, fields = {}) {
        return { platform, operation, status: "succeeded", ...fields };
      }
      const MESSAGE_LIMIT = 4e3;
      function recordFailure(result, error) {
        result.status = (0, _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.c2)(error);
        result.message = (0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__.Ui)((0, _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.Uc)(error).split("\n")[0], MESSAGE_LIMIT);
        const hint = error instanceof Error && "hint" in error ? error.hint ?? void 0 : void 0;
        result.hint = hint?.split("\n").map((line) => (0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__.Ui)(line, MESSAGE_LIMIT)).join("\n");
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.On || error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dk) {
          result.jobId ??= error.jobId;
          result.platformStatus ??= error.platformStatus;
        }
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.rJ && error.findings.length > 0) {
          result.findings = [...result.findings ?? [], ...error.findings];
        }
        return result;
      }
      const SEVERITY = ["succeeded", "skipped", "in-progress", "timed-out", "failed"];
      function overallStatus(results) {
        let worst = results.length > 0 && results.every((r) => r.status === "skipped") ? "skipped" : "succeeded";
        for (const result of results) {
          if (result.status !== "skipped" && SEVERITY.indexOf(result.status) > SEVERITY.indexOf(worst))
            worst = result.status;
        }
        return worst;
      }
      function isFailure(status) {
        return status === "failed" || status === "timed-out";
      }
      async function settle(result, clock, work) {
        const started = clock.now();
        const cleanup = [];
        try {
          await work(cleanup);
        } catch (error) {
          recordFailure(result, error);
        } finally {
          await removeDirs(cleanup);
          result.durationMs = clock.now() - started;
        }
        return result;
      }
      async function removeDirs(dirs) {
        await Promise.all(dirs.map((dir) => (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true })));
      }
    })
  ),
  /***/
  95071: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        k: () => (
          /* binding */
          Output
        )
        /* harmony export */
      });
      const Output = {
        Status: "status",
        PlatformStatus: "platform-status",
        WorkflowId: "workflow-id",
        JobId: "job-id",
        Version: "version",
        Path: "path",
        Files: "files",
        ArtifactId: "artifact-id",
        ArtifactUrl: "artifact-url",
        DownloadUrl: "download-url",
        Changed: "changed",
        BackupArtifactId: "backup-artifact-id",
        CommentUrl: "comment-url",
        Result: "result"
      };
    })
  ),
  /***/
  40947: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Q: () => (
          /* binding */
          koreai
        )
        /* harmony export */
      });
      var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74098);
      const KOREAI_RATE_LIMITS = "https://community.kore.ai/t/article-understanding-rate-limits-for-kore-ai-public-apis/3638";
      const koreai = {
        name: "koreai",
        title: "Kore.ai AI for Process",
        inputs: {
          auth: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ApiKey]],
          operations: {
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkflowId]]
          },
          exampleBaseUrl: "https://ai-for-process.kore.ai",
          examples: { [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.FlowId]: "cf-5678" }
        },
        readSettings: (read) => ({ apiKey: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ApiKey), flowId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.FlowId) }),
        jobs: true,
        // The one published figure for dock-status calls is 60 per minute and 1,800 per hour per request
        // id, in Kore.ai's community article on the rate limits of its public APIs (KOREAI_RATE_LIMITS).
        // It is written for the XO platform; AI for Process documents none, so flowferry keeps to this one
        // rather than to none.
        pollLimits: [
          { requests: 60, perMs: 6e4, source: KOREAI_RATE_LIMITS },
          { requests: 1800, perMs: 36e5, source: KOREAI_RATE_LIMITS }
        ]
      };
    })
  ),
  /***/
  97057: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        m: () => (
          /* binding */
          leapwork
        )
        /* harmony export */
      });
      var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74098);
      const leapwork = {
        name: "leapwork",
        title: "Leapwork Controller",
        inputs: {
          auth: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ApiKey]],
          operations: {
            import: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.TargetFolder]],
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkflowId]]
          },
          // HTTPS on 9002, the official plugin's default when HTTPS is on; plain http needs allow-http.
          exampleBaseUrl: "https://leapwork-controller:9002",
          examples: { [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.TargetFolder]: "Team A/Regression" }
        },
        readSettings: (read) => ({
          apiKey: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ApiKey),
          targetFolder: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.TargetFolder),
          createFolders: read.flag(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.CreateFolders, false),
          team: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Team),
          force: read.flag(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Force, false)
        }),
        // The Controller imports and exports within the request: there is no job to wait for.
        jobs: false,
        // An import replaces the item of the same title in its folder: the backup goes back the same way.
        rollback: () => "import that bundle into the same target-folder (and team); the Controller replaces the item of the same title, or, with a team, force mode does when someone has it open"
      };
    })
  ),
  /***/
  11599: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        o: () => (
          /* binding */
          secmaster
        )
        /* harmony export */
      });
      var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74098);
      const secmaster = {
        name: "secmaster",
        title: "Huawei Cloud SecMaster",
        inputs: {
          auth: [
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Token, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ProjectId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkspaceId],
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.AccessKeyId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.SecretAccessKey, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ProjectId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkspaceId],
            // Keyless: the runner's GitHub ID token, exchanged at IAM (keyless.ts).
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.IdentityProvider, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ProjectId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkspaceId]
          ],
          operations: {
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkflowId], [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkflowName]]
          },
          exampleBaseUrl: "https://secmaster.ap-southeast-1.myhuaweicloud.com",
          examples: {
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ProjectId]: "0605767a0300d5762fb0c0186d9e1c3b",
            [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkspaceId]: "9f5bb8a5-1c7b-4d3c-8a5e-5a2d4e7f0c11"
          }
        },
        readSettings: (read) => ({
          token: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Token),
          accessKeyId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.AccessKeyId),
          secretAccessKey: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.SecretAccessKey),
          securityToken: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.SecurityToken),
          identityProvider: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.IdentityProvider),
          oidcAudience: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.OidcAudience),
          iamEndpoint: read.identityEndpoint(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.IamEndpoint),
          projectId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ProjectId),
          workspaceId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkspaceId)
        }),
        jobs: false
      };
    })
  ),
  /***/
  50303: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        XC: () => (
          /* binding */
          WORKFLOW_FILE
        ),
        /* harmony export */
        k3: () => (
          /* binding */
          zuora
        ),
        /* harmony export */
        uH: () => (
          /* binding */
          ZUORA_REQUEST_ID
        )
        /* harmony export */
      });
      var _input_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(74098);
      const WORKFLOW_FILE = "workflow.json";
      const ZUORA_REQUEST_ID = "zuora-request-id";
      const zuora = {
        name: "zuora",
        title: "Zuora Workflow",
        inputs: {
          auth: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ClientId, _input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ClientSecret], [_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Token]],
          operations: {
            export: [[_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.WorkflowId]]
          },
          exampleBaseUrl: "https://rest.apisandbox.zuora.com"
        },
        readSettings: (read) => ({
          clientId: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ClientId),
          clientSecret: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.ClientSecret),
          token: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Token),
          version: read.text(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Version),
          activate: read.flag(_input_names_js__WEBPACK_IMPORTED_MODULE_0__.pd.Activate, false)
        }),
        // A backup is of the active version, not of the version this import names.
        liveExport: (own) => ({ ...own, version: void 0 }),
        // Zuora's replies carry their request id in Zuora-Request-Id (the response headers of every
        // workflow operation, e.g. https://developer.zuora.com/v1-api-reference/api/operation/GET_WorkflowExport/).
        requestIdHeader: ZUORA_REQUEST_ID,
        jobs: false
      };
    })
  ),
  /***/
  28855: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Br: () => (
          /* binding */
          renderSummary
        ),
        /* harmony export */
        tW: () => (
          /* binding */
          STATUS_ICON
        ),
        /* harmony export */
        w8: () => (
          /* binding */
          dryRunMarkdown
        )
        /* harmony export */
      });
      var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(98571);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(74296);
      var _core_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(36419);
      var _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(16706);
      const STATUS_ICON = {
        succeeded: "\u2705",
        failed: "\u274C",
        "timed-out": "\u23F1\uFE0F",
        "in-progress": "\u23F3",
        skipped: "\u23ED\uFE0F"
      };
      function renderSummary(report) {
        const lines = [];
        const title = report.results[0]?.platform ?? report.platform;
        lines.push(`### ${STATUS_ICON[report.status]} flowferry ${(0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.p7)(report.operation)} \xB7 ${(0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.p7)(title)} \xB7 ${report.status}`, "");
        if (report.batch || report.results.length > 1) {
          lines.push(...batchTable(report.results), "");
          for (const result of report.results)
            lines.push(...details(result, true));
        } else if (report.results[0]) {
          lines.push(...singleTable(report.results[0], report.durationMs), "");
          lines.push(...details(report.results[0], false));
        }
        return withinBudget(`${lines.join("\n").trimEnd()}
`);
      }
      function withinBudget(text) {
        if (Buffer.byteLength(text) <= _core_limits_js__WEBPACK_IMPORTED_MODULE_3__.Xb)
          return text;
        let cut = text.slice(0, _core_limits_js__WEBPACK_IMPORTED_MODULE_3__.Xb);
        while (Buffer.byteLength(cut) > _core_limits_js__WEBPACK_IMPORTED_MODULE_3__.Xb)
          cut = cut.slice(0, cut.length - 1024);
        cut = cut.slice(0, cut.lastIndexOf("\n") + 1);
        const fences = cut.split("\n").filter((line) => /^(`{3,}|~{3,})/.test(line));
        const closing = [];
        if (fences.length % 2 === 1)
          closing.push(fences.at(-1).match(/^(`+|~+)/)[1]);
        const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
        for (let i = 0; i < open; i++)
          closing.push("</details>");
        return `${cut}${closing.join("\n")}${closing.length ? "\n" : ""}
_The summary stops here: GitHub shows at most 1 MiB of it. The log and the \`result\` output have every bundle._
`;
      }
      function singleTable(result, durationMs) {
        const rows = [
          ["Platform", (0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.p7)(result.platform)],
          ["Operation", (0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.p7)(result.operation)],
          ["Workflow", workflow(result)],
          ["Status", `${result.status}${result.platformStatus ? ` (platform: ${code(result.platformStatus)})` : ""}`],
          ["Job id", result.jobId && code(result.jobId)],
          ["Version", result.version && code(result.version)],
          ["Bundle", result.path && code(result.path)],
          ["Artifact", artifact(result)],
          ["Backup", result.backupArtifactId && `artifact ${code(result.backupArtifactId)}`],
          ["Changed", result.changed === void 0 ? void 0 : String(result.changed)],
          ["Duration", (0, _core_duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(result.durationMs ?? durationMs)]
        ];
        return ["| | |", "|---|---|", ...rows.filter(([, value]) => value).map(([key, value]) => `| ${key} | ${value} |`)];
      }
      function batchTable(results) {
        return [
          "| Bundle | Workflow | Status | Job id | Duration | Note |",
          "|---|---|---|---|---|---|",
          ...results.map((result) => [
            result.path ? code(result.path) : "",
            workflow(result) ?? "",
            `${STATUS_ICON[result.status]} ${result.status}`,
            result.jobId ? code(result.jobId) : "",
            result.durationMs === void 0 ? "" : (0, _core_duration_js__WEBPACK_IMPORTED_MODULE_0__.a)(result.durationMs),
            (0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.p7)(result.message ?? "")
          ].join(" | ")).map((row) => `| ${row} |`)
        ];
      }
      function details(result, batch) {
        const lines = [];
        const label = batch && result.path ? ` (${(0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.D9)(result.path)})` : "";
        if (result.message && result.status !== "succeeded" && !(result.dryRun && result.status === "skipped")) {
          lines.push(`**${result.status === "in-progress" ? "Pending" : "What went wrong"}${label}:** ${(0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.p7)(result.message)}`, "");
        }
        if (result.dryRun)
          lines.push(...dryRunMarkdown(result.dryRun, label), "");
        if (result.hint) {
          lines.push(result.hint.includes("\n") ? (0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.dI)(result.hint, "yaml") : `**What to do:** ${(0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.p7)(result.hint)}`, "");
        }
        if (result.findings?.length)
          lines.push(...findingsTable(result.findings), "");
        if (result.placeholders?.length) {
          lines.push("**Secrets left out of the bundle.** An import needs a value for each placeholder, from `vars-file` or a `FLOWFERRY_VAR_<NAME>` environment variable:", "", ...result.placeholders.map((p) => `- ${(0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.D9)(p.split(" ")[0])} ${(0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.p7)(p.slice(p.indexOf(" ") + 1))}`), "");
        }
        if (result.diff)
          lines.push(result.diff, "");
        if (!batch && result.files?.length) {
          lines.push("<details><summary>Files</summary>", "", ...result.files.map((file) => `- ${(0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.D9)(file)}`), "", "</details>", "");
        }
        if (result.notes?.length)
          lines.push(...result.notes.map((note) => `> ${(0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.p7)(note)}`), "");
        return lines;
      }
      function dryRunMarkdown(verdict, label = "") {
        return [
          `**Dry run${label}:** nothing was imported.`,
          "",
          ...verdict.checked.map((line) => `- \u2714\uFE0F checked: ${(0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.p7)(line)}`),
          ...verdict.unchecked.map((line) => `- \u2754 not checked: ${(0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.p7)(line)}`)
        ];
      }
      function findingsTable(findings) {
        return [
          "| | File | Problem | Check |",
          "|---|---|---|---|",
          ...findings.map((f) => `| ${f.severity === "error" ? "\u274C" : f.severity === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F"} | ${code((0, _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.Cw)(f))} | ${(0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.p7)(f.message)} | ${code(f.rule)} |`)
        ];
      }
      function workflow(result) {
        if (result.workflowName && result.workflowId)
          return `${(0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.p7)(result.workflowName)} (${code(result.workflowId)})`;
        if (result.workflowId)
          return code(result.workflowId);
        return result.workflowName ? (0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.p7)(result.workflowName) : void 0;
      }
      function artifact(result) {
        if (!result.artifactId)
          return void 0;
        const name = result.artifactName ?? result.artifactId;
        return result.artifactUrl ? (0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.iQ)(name, result.artifactUrl) : `${(0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.p7)(name)} (id ${code(result.artifactId)})`;
      }
      function code(text) {
        return (0, _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.D9)(text, { table: true });
      }
    })
  ),
  /***/
  71013: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        X: () => (
          /* binding */
          MAJOR_TAG
        ),
        x: () => (
          /* binding */
          VERSION
        )
      });
      ;
      const package_namespaceObject = { "rE": "0.1.0" };
      ;
      const VERSION = package_namespaceObject.rE;
      const MAJOR_TAG = `v${VERSION.split(".")[0]}`;
    })
  ),
  /***/
  42613: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
    })
  ),
  /***/
  20181: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");
    })
  ),
  /***/
  35317: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
    })
  ),
  /***/
  49140: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");
    })
  ),
  /***/
  76982: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
    })
  ),
  /***/
  24434: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
    })
  ),
  /***/
  79896: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
    })
  ),
  /***/
  91943: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");
    })
  ),
  /***/
  58611: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");
    })
  ),
  /***/
  65692: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");
    })
  ),
  /***/
  69278: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");
    })
  ),
  /***/
  34589: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");
    })
  ),
  /***/
  16698: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
    })
  ),
  /***/
  4573: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
    })
  ),
  /***/
  37540: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");
    })
  ),
  /***/
  77598: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
    })
  ),
  /***/
  53053: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");
    })
  ),
  /***/
  40610: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");
    })
  ),
  /***/
  78474: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
    })
  ),
  /***/
  73024: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
    })
  ),
  /***/
  51455: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
    })
  ),
  /***/
  37067: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
    })
  ),
  /***/
  32467: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");
    })
  ),
  /***/
  44708: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
    })
  ),
  /***/
  98995: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
    })
  ),
  /***/
  77030: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
    })
  ),
  /***/
  48161: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
    })
  ),
  /***/
  76760: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
    })
  ),
  /***/
  643: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
    })
  ),
  /***/
  1708: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");
    })
  ),
  /***/
  41792: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");
    })
  ),
  /***/
  57075: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
    })
  ),
  /***/
  46466: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
    })
  ),
  /***/
  46193: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
    })
  ),
  /***/
  41692: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
    })
  ),
  /***/
  73136: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
    })
  ),
  /***/
  57975: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
    })
  ),
  /***/
  73429: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");
    })
  ),
  /***/
  75919: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
    })
  ),
  /***/
  38522: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
    })
  ),
  /***/
  70857: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
    })
  ),
  /***/
  16928: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
    })
  ),
  /***/
  932: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");
    })
  ),
  /***/
  2203: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
    })
  ),
  /***/
  13193: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
    })
  ),
  /***/
  53557: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
    })
  ),
  /***/
  64756: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");
    })
  ),
  /***/
  52018: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");
    })
  ),
  /***/
  87016: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
    })
  ),
  /***/
  39023: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");
    })
  ),
  /***/
  43106: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");
    })
  )
  /******/
};
var __webpack_module_cache__ = {};
function __nccwpck_require__(moduleId) {
  var cachedModule = __webpack_module_cache__[moduleId];
  if (cachedModule !== void 0) {
    return cachedModule.exports;
  }
  var module = __webpack_module_cache__[moduleId] = {
    /******/
    id: moduleId,
    /******/
    loaded: false,
    /******/
    exports: {}
    /******/
  };
  var threw = true;
  try {
    __webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
    threw = false;
  } finally {
    if (threw) delete __webpack_module_cache__[moduleId];
  }
  module.loaded = true;
  return module.exports;
}
__nccwpck_require__.m = __webpack_modules__;
if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = decodeURIComponent(new URL(".", import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
(() => {
  var webpackQueues = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack queues") : "__webpack_queues__";
  var webpackExports = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack exports") : "__webpack_exports__";
  var webpackError = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack error") : "__webpack_error__";
  var resolveQueue = (queue) => {
    if (queue && queue.d < 1) {
      queue.d = 1;
      queue.forEach((fn) => fn.r--);
      queue.forEach((fn) => fn.r-- ? fn.r++ : fn());
    }
  };
  var wrapDeps = (deps) => deps.map((dep) => {
    if (dep !== null && typeof dep === "object") {
      if (dep[webpackQueues]) return dep;
      if (dep.then) {
        var queue = [];
        queue.d = 0;
        dep.then((r) => {
          obj[webpackExports] = r;
          resolveQueue(queue);
        }, (e) => {
          obj[webpackError] = e;
          resolveQueue(queue);
        });
        var obj = {};
        obj[webpackQueues] = (fn) => fn(queue);
        return obj;
      }
    }
    var ret = {};
    ret[webpackQueues] = (x) => {
    };
    ret[webpackExports] = dep;
    return ret;
  });
  __nccwpck_require__.a = (module, body, hasAwait) => {
    var queue;
    hasAwait && ((queue = []).d = -1);
    var depQueues = /* @__PURE__ */ new Set();
    var exports = module.exports;
    var currentDeps;
    var outerResolve;
    var reject;
    var promise = new Promise((resolve, rej) => {
      reject = rej;
      outerResolve = resolve;
    });
    promise[webpackExports] = exports;
    promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"]((x) => {
    }));
    module.exports = promise;
    body((deps) => {
      currentDeps = wrapDeps(deps);
      var fn;
      var getResult = () => currentDeps.map((d) => {
        if (d[webpackError]) throw d[webpackError];
        return d[webpackExports];
      });
      var promise2 = new Promise((resolve) => {
        fn = () => resolve(getResult);
        fn.r = 0;
        var fnQueue = (q) => q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn)));
        currentDeps.map((dep) => dep[webpackQueues](fnQueue));
      });
      return fn.r ? promise2 : getResult();
    }, (err) => (err ? reject(promise[webpackError] = err) : outerResolve(exports), resolveQueue(queue)));
    queue && queue.d < 0 && (queue.d = 0);
  };
})();
(() => {
  __nccwpck_require__.n = (module) => {
    var getter = module && module.__esModule ? (
      /******/
      () => module["default"]
    ) : (
      /******/
      () => module
    );
    __nccwpck_require__.d(getter, { a: getter });
    return getter;
  };
})();
(() => {
  var getProto = Object.getPrototypeOf ? (obj) => Object.getPrototypeOf(obj) : (obj) => obj.__proto__;
  var leafPrototypes;
  __nccwpck_require__.t = function(value, mode) {
    if (mode & 1) value = this(value);
    if (mode & 8) return value;
    if (typeof value === "object" && value) {
      if (mode & 4 && value.__esModule) return value;
      if (mode & 16 && typeof value.then === "function") return value;
    }
    var ns = /* @__PURE__ */ Object.create(null);
    __nccwpck_require__.r(ns);
    var def = {};
    leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
    for (var current = mode & 2 && value; typeof current == "object" && !~leafPrototypes.indexOf(current); current = getProto(current)) {
      Object.getOwnPropertyNames(current).forEach((key) => def[key] = () => value[key]);
    }
    def["default"] = () => value;
    __nccwpck_require__.d(ns, def);
    return ns;
  };
})();
(() => {
  __nccwpck_require__.d = (exports, definition) => {
    for (var key in definition) {
      if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
        Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
      }
    }
  };
})();
(() => {
  __nccwpck_require__.f = {};
  __nccwpck_require__.e = (chunkId) => {
    return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
      __nccwpck_require__.f[key](chunkId, promises);
      return promises;
    }, []));
  };
})();
(() => {
  __nccwpck_require__.u = (chunkId) => {
    return "" + chunkId + ".index.js";
  };
})();
(() => {
  __nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
})();
(() => {
  __nccwpck_require__.r = (exports) => {
    if (typeof Symbol !== "undefined" && Symbol.toStringTag) {
      Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
    }
    Object.defineProperty(exports, "__esModule", { value: true });
  };
})();
(() => {
  __nccwpck_require__.nmd = (module) => {
    module.paths = [];
    if (!module.children) module.children = [];
    return module;
  };
})();
(() => {
  var installedChunks = {
    /******/
    792: 0
    /******/
  };
  var installChunk = (data) => {
    var { ids, modules, runtime } = data;
    var moduleId, chunkId, i = 0;
    for (moduleId in modules) {
      if (__nccwpck_require__.o(modules, moduleId)) {
        __nccwpck_require__.m[moduleId] = modules[moduleId];
      }
    }
    if (runtime) runtime(__nccwpck_require__);
    for (; i < ids.length; i++) {
      chunkId = ids[i];
      if (__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
        installedChunks[chunkId][0]();
      }
      installedChunks[ids[i]] = 0;
    }
  };
  __nccwpck_require__.f.j = (chunkId, promises) => {
    var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : void 0;
    if (installedChunkData !== 0) {
      if (installedChunkData) {
        promises.push(installedChunkData[1]);
      } else {
        if (true) {
          var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
            if (installedChunks[chunkId] !== 0) installedChunks[chunkId] = void 0;
            throw e;
          });
          var promise = Promise.race([promise, new Promise((resolve) => installedChunkData = installedChunks[chunkId] = [resolve])]);
          promises.push(installedChunkData[1] = promise);
        }
      }
    }
  };
})();
var __webpack_exports__ = __nccwpck_require__(79407);
__webpack_exports__ = await __webpack_exports__;
