export const id = 691;
export const ids = [691];
export const modules = {
  /***/
  57691: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        dryRun: () => (
          /* binding */
          dryRun
        )
        /* harmony export */
      });
      var _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61037);
      async function dryRun(context, bundle, result) {
        const { platform, log } = context;
        const client = context.client();
        const preflight = client.preflight ? await log.group(`Check the target in ${platform.title} (dry run)`, () => client.preflight(bundle)) : { checked: [], unchecked: [`anything about the target: flowferry has no dry run for ${platform.title}`], findings: [] };
        const clause = (text) => (0, _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__.Ui)(text, 600);
        const verdict = {
          checked: [`the bundle: manifest, checksums and ${platform.title}'s rules`, ...preflight.checked].map(clause),
          // No platform offers a check of a workflow's content short of importing it.
          unchecked: [...preflight.unchecked, `whether ${platform.title} accepts the workflow's content: only the import itself checks it`].map(clause)
        };
        result.dryRun = verdict;
        result.findings = [...result.findings ?? [], ...preflight.findings];
        const errors = preflight.findings.filter((finding) => finding.severity === "error").map((finding) => finding.message);
        result.status = errors.length > 0 ? "failed" : "skipped";
        result.message = dryRunHeadline(verdict, errors);
        for (const line of dryRunLines(verdict))
          log.info(line);
        if (errors.length === 0)
          log.info(result.message);
      }
      function dryRunHeadline(verdict, errors = []) {
        if (errors.length > 0)
          return `dry run: the import would fail: ${errors.join("; ")}`;
        const checked = verdict.checked.length > 0 ? `checked ${verdict.checked.join("; ")}` : "nothing could be checked";
        const unchecked = verdict.unchecked.length > 0 ? ` \u2014 not checked: ${verdict.unchecked.join("; ")}` : "";
        return `dry run, nothing imported: ${checked}${unchecked}`;
      }
      function dryRunLines(verdict) {
        return [...verdict.checked.map((line) => `checked: ${line}`), ...verdict.unchecked.map((line) => `not checked: ${line}`)];
      }
    })
  )
};
