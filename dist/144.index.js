export const id = 144;
export const ids = [144];
export const modules = {
  /***/
  24629: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        $2: () => (
          /* binding */
          readEntries
        ),
        /* harmony export */
        L0: () => (
          /* binding */
          trimEntries
        ),
        /* harmony export */
        Ms: () => (
          /* binding */
          entryOf
        ),
        /* harmony export */
        b1: () => (
          /* binding */
          LIMITS
        ),
        /* harmony export */
        xq: () => (
          /* binding */
          mergeEntries
        )
        /* harmony export */
      });
      var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
      var _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61037);
      var _reported_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95270);
      const LIMITS = { findings: 30, files: 10, changesPerFile: 40, text: 500, value: 80, clauses: 12, entries: 400 };
      const text = (max = LIMITS.text) => zod__WEBPACK_IMPORTED_MODULE_1__.YjP().transform((value) => (0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__.Ui)(value, max));
      const operation = zod__WEBPACK_IMPORTED_MODULE_1__.k5n(_reported_js__WEBPACK_IMPORTED_MODULE_2__.XH);
      const status = zod__WEBPACK_IMPORTED_MODULE_1__.k5n(["succeeded", "failed", "timed-out", "in-progress", "skipped"]);
      const count = zod__WEBPACK_IMPORTED_MODULE_1__.aig().int().min(0).max(1e7);
      const findingSchema = zod__WEBPACK_IMPORTED_MODULE_1__.Ikc({
        severity: zod__WEBPACK_IMPORTED_MODULE_1__.k5n(["error", "warning", "notice"]),
        file: text(300),
        line: zod__WEBPACK_IMPORTED_MODULE_1__.aig().int().min(1).max(1e8).optional(),
        col: zod__WEBPACK_IMPORTED_MODULE_1__.aig().int().min(1).max(1e8).optional(),
        rule: text(80),
        message: text()
      });
      const changeSchema = zod__WEBPACK_IMPORTED_MODULE_1__.Ikc({
        path: text(200),
        kind: zod__WEBPACK_IMPORTED_MODULE_1__.k5n(["added", "removed", "changed"]),
        before: text(LIMITS.value).optional(),
        after: text(LIMITS.value).optional()
      });
      const fileDiffSchema = zod__WEBPACK_IMPORTED_MODULE_1__.Ikc({ file: text(300), total: count, changes: zod__WEBPACK_IMPORTED_MODULE_1__.YOg(changeSchema).max(LIMITS.changesPerFile) });
      const entrySchema = zod__WEBPACK_IMPORTED_MODULE_1__.Ikc({
        operation,
        /** The bundle as the workspace names it. */
        path: text(300),
        status,
        dryRun: zod__WEBPACK_IMPORTED_MODULE_1__.zMY().optional(),
        workflowName: text(200).optional(),
        workflowId: text(200).optional(),
        platformStatus: text(200).optional(),
        message: text().optional(),
        hint: text().optional(),
        findings: zod__WEBPACK_IMPORTED_MODULE_1__.YOg(findingSchema).max(LIMITS.findings).optional(),
        findingsTotal: count.optional(),
        checked: zod__WEBPACK_IMPORTED_MODULE_1__.YOg(text()).max(LIMITS.clauses).optional(),
        unchecked: zod__WEBPACK_IMPORTED_MODULE_1__.YOg(text()).max(LIMITS.clauses).optional(),
        changed: zod__WEBPACK_IMPORTED_MODULE_1__.zMY().optional(),
        diff: zod__WEBPACK_IMPORTED_MODULE_1__.YOg(fileDiffSchema).max(LIMITS.files).optional(),
        /** When it was recorded (ISO 8601): of two entries for the same operation and bundle, the later wins. */
        at: zod__WEBPACK_IMPORTED_MODULE_1__.YjP().max(40).regex(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/)
      });
      function readEntries(value) {
        if (!Array.isArray(value))
          return [];
        return value.slice(0, LIMITS.entries).flatMap((item) => {
          const parsed = entrySchema.safeParse(item);
          return parsed.success ? [parsed.data] : [];
        });
      }
      function entryOf(result, at) {
        if (!(0, _reported_js__WEBPACK_IMPORTED_MODULE_2__.Ob)(result.operation))
          return void 0;
        const findings = result.findings ?? [];
        const entry = {
          operation: result.operation,
          path: result.path ?? "(no bundle)",
          status: result.status,
          dryRun: result.dryRun ? true : void 0,
          workflowName: result.workflowName,
          workflowId: result.workflowId,
          platformStatus: result.platformStatus,
          // A dry run that found nothing wrong says so through its verdict; its headline would repeat it.
          message: result.dryRun && result.status === "skipped" ? void 0 : result.message,
          hint: result.hint?.includes("\n") ? void 0 : result.hint,
          findings: findings.length ? findings.slice(0, LIMITS.findings) : void 0,
          findingsTotal: findings.length > LIMITS.findings ? findings.length : void 0,
          checked: result.dryRun?.checked.slice(0, LIMITS.clauses),
          unchecked: result.dryRun?.unchecked.slice(0, LIMITS.clauses),
          changed: result.changed,
          diff: result.diffFiles?.slice(0, LIMITS.files).map((file) => ({
            file: file.file,
            total: file.total,
            changes: file.changes.slice(0, LIMITS.changesPerFile).map((change) => ({
              path: change.path,
              kind: change.kind,
              before: change.kind === "added" ? void 0 : (0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__.cW)(change.before, LIMITS.value),
              after: change.kind === "removed" ? void 0 : (0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__.cW)(change.after, LIMITS.value)
            }))
          })),
          at: at.toISOString()
        };
        return entrySchema.parse(JSON.parse(JSON.stringify(entry)));
      }
      function mergeEntries(...lists) {
        const merged = /* @__PURE__ */ new Map();
        for (const entry of lists.flat()) {
          const key = `${entry.operation}\0${entry.path}`;
          const known = merged.get(key);
          if (!known || known.at <= entry.at)
            merged.set(key, entry);
        }
        return [...merged.values()].slice(-LIMITS.entries);
      }
      function trimEntries(entries, keep) {
        return entries.map((entry) => ({
          ...entry,
          findings: entry.findings?.slice(0, keep.findings),
          findingsTotal: entry.findings && entry.findings.length > keep.findings ? Math.max(entry.findingsTotal ?? 0, entry.findings.length) : entry.findingsTotal,
          diff: entry.diff?.slice(0, keep.files).map((file) => ({ ...file, changes: file.changes.slice(0, keep.changes) }))
        }));
      }
    })
  ),
  /***/
  2144: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        commentOnPullRequest: () => (
          /* binding */
          commentOnPullRequest
        )
      });
      var untrusted_text = __webpack_require__(61037);
      var version = __webpack_require__(71013);
      var external_node_crypto_ = __webpack_require__(77598);
      var promises_ = __webpack_require__(51455);
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var plain_file = __webpack_require__(19130);
      var pr_comment_entries = __webpack_require__(24629);
      ;
      const DRAFTS_DIR = "flowferry-comment";
      const LIMITS = { files: 1e3, bytes: 1048576 };
      function draftsDir(env) {
        return env.RUNNER_TEMP ? external_node_path_default().join(env.RUNNER_TEMP, DRAFTS_DIR) : void 0;
      }
      async function writeDraft(dir, platform, entries) {
        if (entries.length === 0)
          return;
        await (0, promises_.mkdir)(dir, { recursive: true });
        const name = `${platform.replace(/[^\w-]/g, "_")}-${Date.now()}-${(0, external_node_crypto_.randomBytes)(6).toString("hex")}.json`;
        await (0, promises_.writeFile)(external_node_path_default().join(dir, name), JSON.stringify({ platform, entries }));
      }
      async function readDrafts(dir, platform) {
        const names = await (0, promises_.readdir)(dir).catch(() => []);
        const entries = [];
        for (const name of names.filter((n) => n.endsWith(".json")).sort().slice(0, LIMITS.files)) {
          try {
            const bytes = await (0, plain_file.$p)(external_node_path_default().join(dir, name), { shown: name }, LIMITS.bytes);
            const draft = bytes && JSON.parse(bytes.toString("utf8"));
            if (draft?.platform === platform)
              entries.push(...(0, pr_comment_entries.$2)(draft.entries));
          } catch {
          }
        }
        return entries;
      }
      ;
      const PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
      const NAME = /^[A-Za-z0-9_.-]{1,100}$/;
      const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
      const RUN = /^\d{1,20}$/;
      async function readEvent(env) {
        const eventName = env.GITHUB_EVENT_NAME ?? "";
        if (!PULL_REQUEST_EVENTS.has(eventName)) {
          return { skip: `pr-comment: this run is not for a pull request (event ${eventName ? `'${eventName}'` : "unknown"}), so there is no comment to write` };
        }
        const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? "").split("/");
        if (!owner || !repo || rest.length || !NAME.test(owner) || !NAME.test(repo)) {
          return { skip: "pr-comment: GITHUB_REPOSITORY does not name a repository (owner/name), so there is no pull request to comment on" };
        }
        const apiUrl = origin(env.GITHUB_API_URL, "https://api.github.com");
        const serverUrl = origin(env.GITHUB_SERVER_URL, "https://github.com");
        if (!apiUrl || !serverUrl)
          return { skip: "pr-comment: GITHUB_API_URL or GITHUB_SERVER_URL is not an http(s) URL, so there is no API to write the comment to" };
        let payload;
        try {
          payload = JSON.parse(await (0, promises_.readFile)(env.GITHUB_EVENT_PATH ?? "", "utf8"));
        } catch {
          return { skip: "pr-comment: the event payload (GITHUB_EVENT_PATH) could not be read, so the pull request is unknown" };
        }
        const pr = payload?.pull_request;
        const number = pr?.number;
        if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1) {
          return { skip: "pr-comment: the event payload names no pull request number, so there is nothing to comment on" };
        }
        const headSha = typeof pr?.head?.sha === "string" && SHA.test(pr.head.sha) ? pr.head.sha : void 0;
        return {
          target: {
            owner,
            repo,
            number,
            headSha,
            apiUrl,
            serverUrl,
            runId: RUN.test(env.GITHUB_RUN_ID ?? "") ? env.GITHUB_RUN_ID : void 0,
            runAttempt: RUN.test(env.GITHUB_RUN_ATTEMPT ?? "") ? env.GITHUB_RUN_ATTEMPT : void 0,
            workflow: workflowFile(env.GITHUB_WORKFLOW_REF, `${owner}/${repo}`) ?? (env.GITHUB_WORKFLOW || "workflow")
          }
        };
      }
      function origin(value, fallback) {
        try {
          const url = new URL(value || fallback);
          if (url.protocol !== "https:" && url.protocol !== "http:")
            return void 0;
          if (url.username || url.password || url.search || url.hash)
            return void 0;
          url.pathname = url.pathname.replace(/\/+$/, "");
          return url;
        } catch {
          return void 0;
        }
      }
      function workflowFile(ref, repository) {
        if (!ref?.startsWith(`${repository}/`))
          return void 0;
        const file = ref.slice(repository.length + 1).split("@")[0];
        return /^[\w./-]{1,200}$/.test(file) ? file : void 0;
      }
      var markdown = __webpack_require__(16706);
      var summary = __webpack_require__(28855);
      ;
      const BODY_LIMIT = 65e3;
      const LEVELS = [
        { findings: pr_comment_entries.b1.findings, changes: pr_comment_entries.b1.changesPerFile, files: pr_comment_entries.b1.files },
        { findings: 10, changes: 15, files: 5 },
        { findings: 3, changes: 5, files: 3 },
        { findings: 0, changes: 0, files: 0 }
      ];
      function renderComment(frame, entries, notes, stateOf) {
        for (const level of LEVELS) {
          const trimmed = (0, pr_comment_entries.L0)(entries, level);
          const state2 = stateOf(trimmed);
          const body2 = compose({ ...frame, state: state2 }, trimmed, notes, level.findings > 0);
          if (body2.length <= BODY_LIMIT)
            return body2;
        }
        const bundles = groupByBundle(entries);
        let keep = bundles.length;
        let body = "";
        do {
          keep = Math.floor(keep * 0.8);
          const kept = new Set(bundles.slice(0, keep).map((bundle) => bundle.path));
          body = compose(frame, (0, pr_comment_entries.L0)(entries.filter((entry) => kept.has(entry.path)), LEVELS.at(-1)), [...notes, `${bundles.length - keep} more bundles are not listed here; the run's job summary lists them all.`], false);
        } while (body.length > BODY_LIMIT && keep > 1);
        return body;
      }
      function compose(frame, entries, notes, details) {
        const bundles = groupByBundle(entries);
        const worst = worstOf(entries.map((entry) => entry.status));
        const failed = bundles.filter((bundle) => bundle.entries.some((entry) => entry.status === "failed" || entry.status === "timed-out")).length;
        const verdict = failed > 0 ? `${failed} of ${bundles.length} bundle${bundles.length > 1 ? "s" : ""} failed` : `${bundles.length} bundle${bundles.length > 1 ? "s" : ""} checked`;
        const lines = [frame.marker, `### ${summary.tW[worst]} flowferry \xB7 ${(0, markdown.p7)(frame.platformTitle)} \xB7 ${verdict}`, ""];
        lines.push("| Bundle | Workflow | Validate | Dry run | Diff |", "|---|---|---|---|---|");
        for (const bundle of bundles) {
          const cells = [
            (0, markdown.D9)(bundle.path, { table: true }),
            workflowCell(bundle.entries),
            validateCell(bundle.op("validate")),
            importCell(bundle.op("import")),
            diffCell(bundle.op("diff"))
          ];
          lines.push(`| ${cells.join(" | ")} |`);
        }
        lines.push("");
        if (notes.length)
          lines.push(...notes.map((note) => `> ${(0, markdown.p7)(note)}`), "");
        if (details) {
          for (const bundle of bundles)
            lines.push(...bundleDetails(bundle.path, bundle.entries, frame));
        }
        const footer = [
          frame.runUrl ? (0, markdown.iQ)(frame.runLabel, frame.runUrl) : (0, markdown.p7)(frame.runLabel),
          (0, markdown.D9)(frame.workflowLabel),
          frame.headSha ? `commit ${(0, markdown.D9)(frame.headSha.slice(0, 12))}` : void 0,
          `flowferry ${(0, markdown.p7)(frame.version)}`
        ].filter(Boolean);
        lines.push(`<sub>${footer.join(" \xB7 ")} \xB7 this comment is updated on every run</sub>`);
        if (frame.state)
          lines.push(frame.state);
        return `${lines.join("\n")}
`;
      }
      function groupByBundle(entries) {
        const groups = /* @__PURE__ */ new Map();
        for (const entry of entries)
          groups.set(entry.path, [...groups.get(entry.path) ?? [], entry]);
        return [...groups].map(([path, list]) => ({ path, entries: list, op: (operation) => list.find((entry) => entry.operation === operation) }));
      }
      const SEVERITY = ["succeeded", "skipped", "in-progress", "timed-out", "failed"];
      function worstOf(statuses) {
        return statuses.reduce((worst, status) => SEVERITY.indexOf(status) > SEVERITY.indexOf(worst) ? status : worst, statuses.length && statuses.every((s) => s === "skipped") ? "skipped" : "succeeded");
      }
      function workflowCell(entries) {
        const name = entries.find((entry) => entry.workflowName)?.workflowName;
        const id2 = entries.find((entry) => entry.workflowId)?.workflowId;
        return [name && (0, markdown.p7)(name), id2 && (0, markdown.D9)(id2, { table: true })].filter(Boolean).join(" ");
      }
      function plural(n, word) {
        return `${n} ${word}${n === 1 ? "" : "s"}`;
      }
      function severityCount(entry) {
        const findings = entry.findings ?? [];
        return { errors: findings.filter((f) => f.severity === "error").length, warnings: findings.filter((f) => f.severity === "warning").length };
      }
      function validateCell(entry) {
        if (!entry)
          return "\u2014";
        const { errors, warnings } = severityCount(entry);
        if (entry.status === "succeeded")
          return `\u2705 valid${warnings ? `, ${plural(warnings, "warning")}` : ""}`;
        return `${summary.tW[entry.status]} ${errors ? plural(errors, "error") : entry.status}${warnings ? `, ${plural(warnings, "warning")}` : ""}`;
      }
      function importCell(entry) {
        if (!entry)
          return "\u2014";
        if (!entry.dryRun)
          return `${summary.tW[entry.status]} imported: ${entry.status}`;
        if (entry.status === "skipped") {
          const unchecked = entry.unchecked?.length ?? 0;
          return `\u23ED\uFE0F nothing found in the way${unchecked ? `; ${unchecked} not checked` : ""}`;
        }
        return `${summary.tW[entry.status]} ${entry.status === "failed" ? "would fail" : entry.status}`;
      }
      function diffCell(entry) {
        if (!entry)
          return "\u2014";
        if (entry.status === "failed" && entry.changed !== true)
          return `${summary.tW.failed} failed`;
        if (entry.changed === false)
          return "\u2705 no changes";
        const total = (entry.diff ?? []).reduce((sum, file) => sum + file.total, 0);
        return `${entry.status === "failed" ? summary.tW.failed : "\u270F\uFE0F"} ${total ? plural(total, "change") : "changed"}`;
      }
      function bundleDetails(path, entries, frame) {
        const lines = [];
        for (const entry of entries) {
          const part = [];
          const what = entry.operation === "validate" ? "Validate" : entry.operation === "diff" ? "Diff" : entry.dryRun ? "Dry run" : "Import";
          if (entry.message && entry.status !== "succeeded")
            part.push(`**${what}:** ${summary.tW[entry.status]} ${(0, markdown.p7)(entry.message)}`, "");
          if (entry.hint)
            part.push(`**What to do:** ${(0, markdown.p7)(entry.hint)}`, "");
          if (entry.findings?.length)
            part.push(...findingsTable(entry.findings, entry.findingsTotal, frame), "");
          if (entry.checked || entry.unchecked)
            part.push(...(0, summary.w8)({ checked: entry.checked ?? [], unchecked: entry.unchecked ?? [] }), "");
          if (entry.diff?.length) {
            part.push(`**Diff** against the live workflow${entry.workflowId ? ` ${(0, markdown.D9)(entry.workflowId)}` : ""}, old (live) \u2192 new (bundle):`, "");
            for (const file of entry.diff)
              part.push(...diffTable(file), "");
          }
          lines.push(...part);
        }
        if (lines.length === 0)
          return [];
        const name = entries.find((entry) => entry.workflowName)?.workflowName;
        return [`#### ${(0, markdown.D9)(path)}${name ? ` \xB7 ${(0, markdown.p7)(name)}` : ""}`, "", ...lines];
      }
      function findingsTable(findings, total, frame) {
        const rows = findings.map((f) => {
          const icon = f.severity === "error" ? "\u274C" : f.severity === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F";
          return `| ${icon} | ${where(f, frame)} | ${(0, markdown.p7)(f.message)} | ${(0, markdown.D9)(f.rule, { table: true })} |`;
        });
        const more = total && total > findings.length ? [`| | | ${total - findings.length} more in the run's job summary | |`] : [];
        return ["| | Where | Problem | Check |", "|---|---|---|---|", ...rows, ...more];
      }
      function where(finding, frame) {
        const label = `${finding.file}${finding.line ? `:${finding.line}${finding.col ? `:${finding.col}` : ""}` : ""}`;
        const segments = finding.file.split("/");
        const plain = segments.every((segment) => segment !== "" && segment !== "." && segment !== "..") && !finding.file.includes("\\");
        if (!frame.blobBase || !plain)
          return (0, markdown.D9)(label, { table: true });
        const url = `${frame.blobBase}${segments.map(encodeURIComponent).join("/")}${finding.line ? `#L${finding.line}` : ""}`;
        return (0, markdown.iQ)(label, url);
      }
      function diffTable(file) {
        const rows = file.changes.map((change) => {
          const icon = change.kind === "added" ? "\u2795" : change.kind === "removed" ? "\u2796" : "\u270F\uFE0F";
          const cell = (value) => value === void 0 ? "\u2014" : (0, markdown.D9)(value, { table: true });
          return `| ${icon} ${change.kind} | ${(0, markdown.D9)(change.path, { table: true })} | ${cell(change.before)} | ${cell(change.after)} |`;
        });
        const more = file.total > file.changes.length ? [`| \u2026 | ${file.total - file.changes.length} more changes in the run's job summary | | |`] : [];
        return [`${(0, markdown.D9)(file.file)}: ${plural(file.total, "change")}`, "", "| | Path | Live | Bundle |", "|---|---|---|---|", ...rows, ...more];
      }
      var state = __webpack_require__(28696);
      ;
      async function commentOnPullRequest(report, log, env = process.env) {
        const at = /* @__PURE__ */ new Date();
        const entries = report.results.flatMap((result) => (0, pr_comment_entries.Ms)(result, at) ?? []);
        const dir = draftsDir(env);
        if (dir)
          await writeDraft(dir, report.platform, entries).catch((error) => log.debug(`pr-comment: draft not written: ${error.message}`));
        if (!report.prComment)
          return void 0;
        const reading = await readEvent(env);
        if ("skip" in reading) {
          log.info(reading.skip);
          return void 0;
        }
        const { target } = reading;
        const job = dir ? await readDrafts(dir, report.platform) : entries;
        if (job.length === 0) {
          log.info(`pr-comment: ${report.operation} has nothing for a pull-request comment (it reports validate, dry runs and diffs)`);
          return void 0;
        }
        const token = report.prComment.token;
        if (!token) {
          log.warning("pr-comment: github-token is empty, so no comment was written. Leave it unset (the job token is the default) or give a token that can write to pull requests");
          return void 0;
        }
        try {
          const { commentApi } = await Promise.all(
            /* import() */
            [__webpack_require__.e(119), __webpack_require__.e(294), __webpack_require__.e(329)]
          ).then(__webpack_require__.bind(__webpack_require__, 51329));
          const api = commentApi(target, token, (message) => log.debug(`pr-comment: ${message}`));
          const marker = (0, state.we)(target.workflow, report.platform);
          const existing = await api.find(marker);
          log.debug(`pr-comment: ${existing ? `comment ${existing.id} has` : "no comment of this token has"} the marker ${marker}`);
          const all = (0, pr_comment_entries.xq)(existing ? (0, state.kj)(existing.body, target.runId) : [], job);
          const body = renderComment(frameOf(target, marker, report.platform), all, [], (kept) => (0, state.qo)(target.runId, kept));
          const url = existing ? await api.update(existing.id, body) : await api.create(body);
          log.info(`pr-comment: ${existing ? "updated" : "wrote"} the pull request's comment: ${url}`);
          return url;
        } catch (error) {
          log.warning(warningOf(error, target));
          return void 0;
        }
      }
      function frameOf(target, marker, platform) {
        const server = target.serverUrl.href.replace(/\/+$/, "");
        const repository = `${server}/${target.owner}/${target.repo}`;
        return {
          marker,
          platformTitle: platform,
          blobBase: target.headSha ? `${repository}/blob/${target.headSha}/` : void 0,
          headSha: target.headSha,
          runUrl: target.runId ? `${repository}/actions/runs/${target.runId}${target.runAttempt && target.runAttempt !== "1" ? `/attempts/${target.runAttempt}` : ""}` : void 0,
          runLabel: target.runId ? `run ${target.runId}` : "this run",
          workflowLabel: target.workflow,
          version: version.x
        };
      }
      function warningOf(error, target) {
        const failure = failureOf(error);
        const said = (0, untrusted_text.Ui)(failure.message, 300);
        const where2 = `pull request #${target.number}`;
        if (failure.permission) {
          return `pr-comment: the token cannot write a comment on ${where2} (HTTP ${failure.status}: ${said}). Give the job \`permissions: pull-requests: write\`; a pull request from a fork gets a read-only token, and its comment is left out. The step\u2019s result is unchanged`;
        }
        return `pr-comment: the comment on ${where2} was not written (${failure.status ? `HTTP ${failure.status}: ` : ""}${said}). The step\u2019s result is unchanged`;
      }
      function failureOf(error) {
        const status = typeof error?.status === "number" ? error.status : void 0;
        const message = error instanceof Error ? error.message : String(error);
        const limited = /\brate limit/i.test(message);
        return { status, permission: status === 401 || status === 404 || status === 403 && !limited, message };
      }
    })
  ),
  /***/
  28696: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        kj: () => (
          /* binding */
          entriesFromState
        ),
        /* harmony export */
        qo: () => (
          /* binding */
          stateLine
        ),
        /* harmony export */
        we: () => (
          /* binding */
          markerOf
        ),
        /* harmony export */
        xY: () => (
          /* binding */
          hasMarker
        )
        /* harmony export */
      });
      var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
      var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
      var _entries_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24629);
      const MARKER_PREFIX = "<!-- flowferry:pr-comment ";
      const STATE_PREFIX = "<!-- flowferry:state ";
      const END = " -->";
      function markerOf(workflow, platform) {
        const safe = (value) => /^[\w./-]{1,200}$/.test(value) ? value : `sha256-${(0, node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(value).digest("hex").slice(0, 32)}`;
        return `${MARKER_PREFIX}workflow=${safe(workflow)} platform=${safe(platform)}${END}`;
      }
      function hasMarker(body, marker) {
        return typeof body === "string" && (body === marker || body.startsWith(`${marker}
`) || body.startsWith(`${marker}\r
`));
      }
      function stateLine(run, entries) {
        if (!run)
          return void 0;
        const json = JSON.stringify({ run, entries });
        return `${STATE_PREFIX}${Buffer.from(json, "utf8").toString("base64url")}${END}`;
      }
      function entriesFromState(body, run) {
        if (!run)
          return [];
        const line = body.trimEnd().split("\n").at(-1) ?? "";
        if (!line.startsWith(STATE_PREFIX) || !line.endsWith(END))
          return [];
        const encoded = line.slice(STATE_PREFIX.length, -END.length);
        if (!/^[\w-]*$/.test(encoded))
          return [];
        try {
          const state = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
          return state?.run === run ? (0, _entries_js__WEBPACK_IMPORTED_MODULE_1__.$2)(state.entries) : [];
        } catch {
          return [];
        }
      }
    })
  )
};
