export const id = 501;
export const ids = [501];
export const modules = {

/***/ 22501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   waitOperation: () => (/* binding */ waitOperation)
/* harmony export */ });
/* harmony import */ var _core_fs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78616);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56107);
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74098);
/* harmony import */ var _export_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90568);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66114);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94649);






/**
 * `operation: wait`: picks up a job an earlier step started (with `wait: false`, or one that timed
 * out). When the job is an export, its bundle is written to `path` (default flowferry-export)
 * and uploaded, just as the export step would have done.
 */
async function waitOperation(context) {
    const { platform, settings } = context;
    const jobId = settings.jobId;
    const result = (0,_result_js__WEBPACK_IMPORTED_MODULE_5__/* .newResult */ .YT)(platform.name, 'wait', { jobId });
    await (0,_result_js__WEBPACK_IMPORTED_MODULE_5__/* .settle */ .G9)(result, context.clock, async (cleanup) => {
        const client = context.client();
        const current = await client.jobStatus(jobId);
        result.workflowId = current.workflowId;
        const final = await (0,_job_js__WEBPACK_IMPORTED_MODULE_4__/* .followJob */ .B)(context, current, result, `job ${jobId}`, { fromCheck: true });
        if (!final)
            return;
        result.workflowId = final.workflowId ?? result.workflowId;
        result.downloadUrl = final.downloadUrl;
        if (final.action?.toUpperCase() === 'EXPORT' && !final.downloadUrl && client.collectExport) {
            // Kore.ai documents the download link on the export's reply only, not on the job record:
            // without it there is nothing to fetch, and a silent success would leave the user's `path` empty.
            context.log.warning(`job ${jobId} is a finished export, but ${platform.title} gives no download link with it, so no bundle was written to ` +
                `${settings.path || 'flowferry-export'}. Run operation: export (with wait: true) to get the bundle.`);
        }
        if (final.action?.toUpperCase() === 'EXPORT' && final.downloadUrl && client.collectExport) {
            const target = await (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .exportTarget */ .cO)(settings.path || 'flowferry-export', _input_names_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Path);
            const staging = await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_0__/* .stagingDirFor */ .UN)(target);
            cleanup.push(staging);
            const exported = await (0,_export_js__WEBPACK_IMPORTED_MODULE_3__.collect)(context, final, staging);
            await (0,_export_js__WEBPACK_IMPORTED_MODULE_3__.finishExport)(context, result, exported, staging, target, final);
        }
    });
    return [result];
}


/***/ })

};
