export const id = 862;
export const ids = [862];
export const modules = {
  /***/
  77862: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        collect: () => (
          /* binding */
          collect
        ),
        /* harmony export */
        exportLive: () => (
          /* binding */
          exportLive
        ),
        /* harmony export */
        exportOperation: () => (
          /* binding */
          exportOperation
        ),
        /* harmony export */
        finishExport: () => (
          /* binding */
          finishExport
        )
        /* harmony export */
      });
      var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
      var _core_bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33303);
      var _core_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78616);
      var _core_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56107);
      var _core_phrasing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31677);
      var _input_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74098);
      var _core_artifact_name_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(70761);
      var _job_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66114);
      var _result_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(94649);
      async function exportOperation(context) {
        const { platform, settings } = context;
        const result = (0, _result_js__WEBPACK_IMPORTED_MODULE_7__.YT)(platform.name, "export", { workflowId: settings.workflowId, workflowName: settings.workflowName });
        await (0, _result_js__WEBPACK_IMPORTED_MODULE_7__.G9)(result, context.clock, async (cleanup) => {
          const target = await (0, _core_paths_js__WEBPACK_IMPORTED_MODULE_3__.cO)(settings.path, _input_names_js__WEBPACK_IMPORTED_MODULE_5__.pd.Path);
          const staging = await (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_2__.UN)(target);
          cleanup.push(staging);
          const live = await exportLive(context, staging, result);
          if (live)
            await finishExport(context, result, live.exported, staging, target, live.job);
        });
        return [result];
      }
      async function exportLive(context, staging, result, options = {}) {
        const client = context.client();
        const outcome = await context.log.group(`Export from ${context.platform.title}`, () => client.exportWorkflow(staging));
        result.workflowId = outcome.workflowId ?? result.workflowId;
        result.version = outcome.version ?? result.version;
        result.downloadUrl = outcome.downloadUrl;
        result.platformStatus = outcome.platformStatus;
        if (outcome.exported)
          return { exported: outcome.exported };
        const job = await (0, _job_js__WEBPACK_IMPORTED_MODULE_6__.B)(context, outcome.job, result, `the export of workflow ${result.workflowId}`, options);
        if (!job)
          return void 0;
        result.downloadUrl = job.downloadUrl ?? result.downloadUrl;
        return { exported: await collect(context, job, staging), job };
      }
      async function collect(context, job, staging) {
        const client = context.client();
        if (!client.collectExport)
          throw new Error(`${context.platform.name} ran an export job but cannot collect its files`);
        return client.collectExport(job, staging);
      }
      async function finishExport(context, result, exported, staging, target, job) {
        const { platform, settings, log } = context;
        result.workflowId = exported.workflowId;
        result.workflowName = exported.name;
        result.version = exported.version ?? result.version;
        const unsearched = [];
        const [{ writeBundle }, rules] = await Promise.all([Promise.all(
          /* import() */
          [__webpack_require__.e(547), __webpack_require__.e(644), __webpack_require__.e(6), __webpack_require__.e(913)]
        ).then(__webpack_require__.bind(__webpack_require__, 34913)), platform.loadRules()]);
        const manifest = await log.group(`Write the bundle to ${(0, _core_fs_js__WEBPACK_IMPORTED_MODULE_2__.Gt)(target)}`, () => writeBundle({
          staging,
          target,
          platform: platform.name,
          name: exported.name,
          source: provenance(context, exported, job),
          files: exported.files,
          rules: rules.roles,
          redact: settings.redactSecrets,
          onUnsearched: (file, reason2) => unsearched.push(`${file} (${reason2})`)
        }));
        if (unsearched.length > 0) {
          const note = `redact-secrets could not search ${unsearched.join(", ")}: check it for credentials before committing or sharing the bundle`;
          log.warning(note);
          result.notes = [...result.notes ?? [], note];
        }
        result.path = (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_2__.Gt)(target);
        result.files = [_core_bundle_js__WEBPACK_IMPORTED_MODULE_1__.e0, ...manifest.files.map((file) => file.path)].map((file) => `${result.path}/${file}`);
        log.info(`wrote ${result.path}: ${manifest.files.map((file) => `${file.path} (${file.bytes} bytes)`).join(", ")}`);
        if (manifest.placeholders?.length) {
          result.placeholders = manifest.placeholders.map((p) => `${p.name} (${p.file} ${p.pointer}: ${p.reason})`);
          log.info(`redacted ${manifest.placeholders.length} secret value(s); an import will need: ${[...new Set(manifest.placeholders.map((p) => p.name))].join(", ")}`);
        }
        if (!settings.uploadArtifact)
          return;
        const reason = context.artifacts.unavailableReason();
        if (reason) {
          log.warning(`The bundle was not uploaded as an artifact: ${reason}. Set ${(0, _core_phrasing_js__WEBPACK_IMPORTED_MODULE_4__.Pe)(_input_names_js__WEBPACK_IMPORTED_MODULE_5__.pd.UploadArtifact, "false")} to skip the upload on purpose.`);
          result.notes = [...result.notes ?? [], `artifact not uploaded: ${reason}`];
          return;
        }
        const name = settings.artifactName ?? (0, _core_artifact_name_js__WEBPACK_IMPORTED_MODULE_8__.V)(platform.name, exported.name || exported.workflowId);
        const uploaded = await log.group(`Upload the artifact ${name}`, () => context.artifacts.upload(name, [_core_bundle_js__WEBPACK_IMPORTED_MODULE_1__.e0, ...manifest.files.map((file) => file.path)].map((file) => node_path__WEBPACK_IMPORTED_MODULE_0___default().join(target, ...file.split("/"))), target, settings.retentionDays));
        result.artifactId = uploaded.id;
        result.artifactUrl = uploaded.url;
        result.artifactName = name;
        log.info(`uploaded artifact ${name} (id ${uploaded.id})`);
      }
      function provenance(context, exported, job) {
        const env = process.env;
        const server = env.GITHUB_SERVER_URL ?? "https://github.com";
        return {
          origin: context.settings.baseUrl?.origin ?? null,
          workflowId: exported.workflowId,
          version: exported.version ?? null,
          jobId: job?.id || null,
          exportedAt: new Date(context.clock.now()).toISOString(),
          run: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null,
          commit: env.GITHUB_SHA ?? null
        };
      }
    })
  )
};
