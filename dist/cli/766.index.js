export const id = 766;
export const ids = [766];
export const modules = {
  /***/
  74766: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        N: () => (
          /* binding */
          parseFaultSpec
        ),
        /* harmony export */
        P: () => (
          /* binding */
          sandboxCommand
        ),
        /* harmony export */
        sandboxUsage: () => (
          /* binding */
          sandboxUsage
        )
        /* harmony export */
      });
      var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
      var _emulators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29227);
      var _faults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84770);
      var _github_id_token_service_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79204);
      var _server_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47479);
      const sandboxUsage = `flowferry sandbox [options]

Serves every platform's sandbox on loopback until interrupted.

  --port N              first port (platforms take consecutive ports); default 4010
  --host H              default 127.0.0.1
  --platform a,b        only these platforms (${(0, _emulators_js__WEBPACK_IMPORTED_MODULE_1__.emulatorNames)().join(", ")})
  --job-duration D      how long asynchronous jobs run, e.g. 5s (default 1.5s)
  --job-outcome O       success | failed | endless
  --fault SPEC          inject a fault, repeatable: "[METHOD] PATH KIND [xN|always] [retry-after=S] [delay=D]"
                        KIND: ${_faults_js__WEBPACK_IMPORTED_MODULE_2__.qb.join(", ")}
                        e.g. --fault "POST /api/public/workflows/import 429 x2 retry-after=1"

Faults and settings can also be changed while running: POST /__sandbox/faults, /__sandbox/config
(GET /__sandbox/settings names the settings; an unknown name is refused with the valid ones).`;
      function parseFaultSpec(spec) {
        const words = spec.trim().split(/\s+/);
        const rule = {};
        if (/^(GET|POST|PUT|PATCH|DELETE)$/i.test(words[0] ?? ""))
          rule.method = words.shift().toUpperCase();
        rule.path = words.shift();
        const kind = words.shift();
        if (!kind || !_faults_js__WEBPACK_IMPORTED_MODULE_2__.qb.includes(kind)) {
          throw new Error(`--fault "${spec}": the fault kind must be one of ${_faults_js__WEBPACK_IMPORTED_MODULE_2__.qb.join(", ")}`);
        }
        rule.kind = kind;
        for (const word of words) {
          if (word === "always")
            rule.times = -1;
          else if (/^x\d+$/.test(word))
            rule.times = Number(word.slice(1));
          else if (word.startsWith("retry-after="))
            rule.retryAfter = Number(word.slice("retry-after=".length));
          else if (word.startsWith("delay="))
            rule.delayMs = (0, _core_duration_js__WEBPACK_IMPORTED_MODULE_0__.E)(word.slice("delay=".length));
          else
            throw new Error(`--fault "${spec}": '${word}' is not understood; after the kind come xN, always, retry-after=S or delay=D`);
        }
        return rule;
      }
      async function sandboxCommand(flags, faults) {
        const names = flags.get("platform")?.split(",").map((name) => name.trim()) ?? (0, _emulators_js__WEBPACK_IMPORTED_MODULE_1__.emulatorNames)();
        const durationMs = flags.has("job-duration") ? (0, _core_duration_js__WEBPACK_IMPORTED_MODULE_0__.E)(flags.get("job-duration")) : void 0;
        const outcome = flags.get("job-outcome");
        const sandbox = await (0, _server_js__WEBPACK_IMPORTED_MODULE_4__.O)(names, {
          host: flags.get("host"),
          port: Number(flags.get("port") ?? 4010),
          jobs: { ...durationMs === void 0 ? {} : { durationMs }, ...outcome ? { outcome } : {} },
          faults: faults.map(parseFaultSpec)
        });
        const idTokens = Object.values(sandbox.servers).some((server) => server.app.keyless) ? await (0, _github_id_token_service_js__WEBPACK_IMPORTED_MODULE_3__.A)({ host: flags.get("host") }) : void 0;
        process.stdout.write("flowferry sandbox: serving (Ctrl-C to stop)\n\n");
        for (const [name, server] of Object.entries(sandbox.servers)) {
          process.stdout.write(`  ${name.padEnd(10)} base-url: ${server.url}
`);
          for (const [input, value] of Object.entries({ ...server.app.inputs, ...server.app.demo?.export })) {
            process.stdout.write(`  ${"".padEnd(10)} ${input}: ${value}
`);
          }
          const keyless = idTokens && server.app.keyless?.(idTokens.issuer, idTokens.jwks);
          if (keyless)
            process.stdout.write(`  ${"".padEnd(10)} or keyless: ${Object.entries(keyless).map(([input, value]) => `${input}: ${value}`).join(", ")}
`);
        }
        if (idTokens) {
          process.stdout.write(`
  The runner's ID-token endpoint, for keyless sign-in (export these where flowferry runs):
`);
          for (const [name, value] of Object.entries(idTokens.env))
            process.stdout.write(`    ${name}=${value}
`);
        }
        process.stdout.write("\n");
        await new Promise((resolve) => {
          process.once("SIGINT", resolve);
          process.once("SIGTERM", resolve);
        });
        await sandbox.close();
        await idTokens?.close();
      }
    })
  )
};
