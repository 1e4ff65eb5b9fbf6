export const id = 501;
export const ids = [501];
export const modules = {
  /***/
  22501: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        waitOperation: () => (
          /* binding */
          waitOperation
        )
        /* harmony export */
      });
      var _core_fs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78616);
      var _core_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56107);
      var _input_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74098);
      var _export_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77862);
      var _job_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66114);
      var _result_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94649);
      async function waitOperation(context) {
        const { platform, settings } = context;
        const jobId = settings.jobId;
        const result = (0, _result_js__WEBPACK_IMPORTED_MODULE_5__.YT)(platform.name, "wait", { jobId });
        await (0, _result_js__WEBPACK_IMPORTED_MODULE_5__.G9)(result, context.clock, async (cleanup) => {
          const client = context.client();
          const current = await client.jobStatus(jobId);
          result.workflowId = current.workflowId;
          const final = await (0, _job_js__WEBPACK_IMPORTED_MODULE_4__.B)(context, current, result, `job ${jobId}`, { fromCheck: true });
          if (!final)
            return;
          result.workflowId = final.workflowId ?? result.workflowId;
          result.downloadUrl = final.downloadUrl;
          if (final.action?.toUpperCase() === "EXPORT" && !final.downloadUrl && client.collectExport) {
            context.log.warning(`job ${jobId} is a finished export, but ${platform.title} gives no download link with it, so no bundle was written to ${settings.path || "flowferry-export"}. Run operation: export (with wait: true) to get the bundle.`);
          }
          if (final.action?.toUpperCase() === "EXPORT" && final.downloadUrl && client.collectExport) {
            const target = await (0, _core_paths_js__WEBPACK_IMPORTED_MODULE_1__.cO)(settings.path || "flowferry-export", _input_names_js__WEBPACK_IMPORTED_MODULE_2__.pd.Path);
            const staging = await (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_0__.UN)(target);
            cleanup.push(staging);
            const exported = await (0, _export_js__WEBPACK_IMPORTED_MODULE_3__.collect)(context, final, staging);
            await (0, _export_js__WEBPACK_IMPORTED_MODULE_3__.finishExport)(context, result, exported, staging, target, final);
          }
        });
        return [result];
      }
    })
  )
};
