export const id = 540;
export const ids = [540];
export const modules = {
  /***/
  30540: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        demoCommand: () => (
          /* binding */
          demoCommand
        )
      });
      var promises_ = __webpack_require__(51455);
      var external_node_os_ = __webpack_require__(48161);
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var external_node_url_ = __webpack_require__(73136);
      var dist = __webpack_require__(38815);
      var emulators = __webpack_require__(29227);
      var id_token_service = __webpack_require__(79204);
      var external_node_crypto_ = __webpack_require__(77598);
      var external_node_fs_ = __webpack_require__(73024);
      var external_node_http_ = __webpack_require__(37067);
      var external_node_stream_promises_ = __webpack_require__(46466);
      var http_helpers = __webpack_require__(9415);
      ;
      const SERVICE = "/twirp/github.actions.results.api.v1.ArtifactService/";
      function runtimeToken(runId = "run-1", jobId = "job-1") {
        const part = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
        return `${part({ alg: "none", typ: "JWT" })}.${part({ scp: `Actions.Results:${runId}:${jobId}` })}.sandbox`;
      }
      async function startResultsService() {
        const dir = await (0, promises_.mkdtemp)(external_node_path_default().join((0, external_node_os_.tmpdir)(), "flowferry-artifacts-"));
        const artifacts = [];
        const pending = /* @__PURE__ */ new Map();
        let nextId = 1e3;
        let base = "";
        const twirp = async (method, body, res) => {
          switch (method) {
            case "CreateArtifact": {
              const key = (0, external_node_crypto_.randomUUID)();
              pending.set(key, { name: String(body.name), blocks: /* @__PURE__ */ new Map(), expiresAt: body.expires_at });
              return (0, http_helpers.jD)(res, 200, { ok: true, signed_upload_url: `${base}/blob/${key}?sig=upload` });
            }
            case "FinalizeArtifact": {
              const entry = [...pending.entries()].find(([, value]) => value.name === body.name && value.file);
              if (!entry)
                return (0, http_helpers.jD)(res, 404, { code: "not_found", msg: `no upload for ${String(body.name)}` });
              const [key, upload] = entry;
              pending.delete(key);
              const id2 = nextId++;
              const size = (await (0, promises_.stat)(upload.file)).size;
              const retentionDays = upload.expiresAt ? Math.round((Date.parse(upload.expiresAt) - Date.now()) / 864e5) : void 0;
              artifacts.push({ id: id2, name: upload.name, file: upload.file, size, digest: body.hash, retentionDays });
              return (0, http_helpers.jD)(res, 200, { ok: true, artifact_id: String(id2) });
            }
            case "ListArtifacts": {
              const nameFilter = body.name_filter;
              const idFilter = body.id_filter === void 0 ? void 0 : Number(body.id_filter);
              const list = artifacts.filter((a) => (nameFilter === void 0 || a.name === nameFilter) && (idFilter === void 0 || a.id === idFilter));
              return (0, http_helpers.jD)(res, 200, {
                artifacts: list.map((a) => ({
                  workflow_run_backend_id: body.workflow_run_backend_id,
                  workflow_job_run_backend_id: body.workflow_job_run_backend_id,
                  database_id: String(a.id),
                  name: a.name,
                  size: String(a.size),
                  created_at: (/* @__PURE__ */ new Date()).toISOString(),
                  digest: a.digest
                }))
              });
            }
            case "GetSignedArtifactURL": {
              const artifact = artifacts.find((a) => a.name === body.name);
              if (!artifact)
                return (0, http_helpers.jD)(res, 404, { code: "not_found", msg: "no such artifact" });
              return (0, http_helpers.jD)(res, 200, { signed_url: `${base}/download/${artifact.id}?sig=download` });
            }
            case "DeleteArtifact": {
              const index = artifacts.findIndex((a) => a.name === body.name);
              if (index < 0)
                return (0, http_helpers.jD)(res, 404, { code: "not_found", msg: "no such artifact" });
              const [removed] = artifacts.splice(index, 1);
              return (0, http_helpers.jD)(res, 200, { ok: true, artifact_id: String(removed.id) });
            }
            default:
              return (0, http_helpers.jD)(res, 404, { code: "bad_route", msg: `no method ${method}` });
          }
        };
        const blob = async (req, res, url) => {
          const key = url.pathname.slice("/blob/".length);
          const upload = pending.get(key);
          if (!upload)
            return (0, http_helpers.jD)(res, 404, { code: "not_found", msg: "unknown blob" });
          const comp = url.searchParams.get("comp");
          if (comp === "block") {
            const file = external_node_path_default().join(dir, `block-${(0, external_node_crypto_.randomUUID)()}`);
            await (0, external_node_stream_promises_.pipeline)(req, (0, external_node_fs_.createWriteStream)(file));
            upload.blocks.set(url.searchParams.get("blockid") ?? "", file);
            res.writeHead(201).end();
            return;
          }
          if (comp === "blocklist") {
            const xml = (await (0, http_helpers.hc)(req)).toString("utf8");
            const ids2 = [...xml.matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((m) => m[1]);
            const file = external_node_path_default().join(dir, `artifact-${(0, external_node_crypto_.randomUUID)()}.zip`);
            const parts = ids2.map((id2) => upload.blocks.get(id2));
            const unknown = ids2.find((_, index) => parts[index] === void 0);
            if (unknown !== void 0)
              return (0, http_helpers.jD)(res, 400, { code: "InvalidBlockList", msg: `unknown block ${unknown}` });
            await (0, external_node_stream_promises_.pipeline)(async function* () {
              for (const part of parts)
                yield* (0, external_node_fs_.createReadStream)(part);
            }, (0, external_node_fs_.createWriteStream)(file));
            upload.file = file;
            res.writeHead(201).end();
            return;
          }
          (0, http_helpers.jD)(res, 400, { code: "unsupported", msg: `comp=${comp}` });
        };
        const server2 = (0, external_node_http_.createServer)((req, res) => {
          const url = new URL(req.url ?? "/", base);
          const handle = async () => {
            if (req.method === "POST" && url.pathname.startsWith(SERVICE)) {
              const raw = await (0, http_helpers.hc)(req);
              return twirp(url.pathname.slice(SERVICE.length), JSON.parse(raw.toString("utf8") || "{}"), res);
            }
            if (req.method === "PUT" && url.pathname.startsWith("/blob/"))
              return blob(req, res, url);
            if (req.method === "GET" && url.pathname.startsWith("/download/")) {
              const artifact = artifacts.find((a) => String(a.id) === url.pathname.slice("/download/".length));
              if (!artifact)
                return (0, http_helpers.jD)(res, 404, { code: "not_found", msg: "no such artifact" });
              res.writeHead(200, { "content-type": "application/zip", "content-length": artifact.size });
              await (0, external_node_stream_promises_.pipeline)((0, external_node_fs_.createReadStream)(artifact.file), res);
              return;
            }
            (0, http_helpers.jD)(res, 404, { code: "bad_route", msg: `${req.method} ${url.pathname}` });
          };
          handle().catch((error) => (0, http_helpers.jD)(res, 500, { code: "internal", msg: String(error) }));
        });
        await new Promise((resolve) => server2.listen(0, "127.0.0.1", resolve));
        base = `http://127.0.0.1:${server2.address().port}`;
        return {
          url: base,
          env: {
            ACTIONS_RESULTS_URL: `${base}/`,
            ACTIONS_RUNTIME_TOKEN: runtimeToken(),
            GITHUB_SERVER_URL: "https://github.com",
            NO_PROXY: "127.0.0.1,localhost"
          },
          artifacts,
          async close() {
            server2.closeAllConnections();
            await new Promise((resolve) => server2.close(() => resolve()));
            await (0, promises_.rm)(dir, { recursive: true, force: true });
          }
        };
      }
      var external_node_child_process_ = __webpack_require__(31421);
      ;
      async function runAction(options) {
        const runnerDir = external_node_path_default().join(options.workspace, ".runner");
        await (0, promises_.mkdir)(runnerDir, { recursive: true });
        const stamp = `${Date.now()}-${Math.random().toString(16).slice(2)}`;
        const outputFile = external_node_path_default().join(runnerDir, `output-${stamp}`);
        const summaryFile = external_node_path_default().join(runnerDir, `summary-${stamp}`);
        await (0, promises_.writeFile)(outputFile, "");
        await (0, promises_.writeFile)(summaryFile, "");
        const env = {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? "",
          GITHUB_ACTIONS: "true",
          GITHUB_WORKSPACE: options.workspace,
          GITHUB_OUTPUT: outputFile,
          GITHUB_STEP_SUMMARY: summaryFile,
          RUNNER_TEMP: runnerDir,
          ...options.env
        };
        for (const [name, value] of Object.entries(options.inputs))
          env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
        const started = Date.now();
        const child = (0, external_node_child_process_.spawn)(process.execPath, [options.entry], { cwd: options.workspace, env });
        let stdout = "";
        let stderr = "";
        child.stdout.setEncoding("utf8").on("data", (chunk) => stdout += chunk);
        child.stderr.setEncoding("utf8").on("data", (chunk) => stderr += chunk);
        const timer = options.killAfterMs ? setTimeout(() => child.kill("SIGKILL"), options.killAfterMs) : void 0;
        const exitCode = await new Promise((resolve) => child.on("close", (code) => resolve(code)));
        if (timer)
          clearTimeout(timer);
        return {
          exitCode,
          stdout,
          stderr,
          outputs: parseOutputFile(await (0, promises_.readFile)(outputFile, "utf8")),
          summary: await (0, promises_.readFile)(summaryFile, "utf8"),
          durationMs: Date.now() - started
        };
      }
      function parseOutputFile(text) {
        const outputs = {};
        const lines = text.split("\n");
        for (let i = 0; i < lines.length; i++) {
          const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
          if (match) {
            const [, name, delimiter] = match;
            const value = [];
            for (i++; i < lines.length && lines[i] !== delimiter; i++)
              value.push(lines[i]);
            outputs[name] = value.join("\n");
          } else if (lines[i].includes("=")) {
            const at = lines[i].indexOf("=");
            outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
          }
        }
        return outputs;
      }
      var server = __webpack_require__(47479);
      ;
      async function demoCommand(flags) {
        const entry = flags.get("entry") ?? external_node_path_default().resolve(external_node_path_default().dirname((0, external_node_url_.fileURLToPath)(import.meta.url)), "..", "index.js");
        const names = flags.get("platform")?.split(",").map((name) => name.trim()) ?? (0, emulators.emulatorNames)();
        const results = await startResultsService();
        const idTokens = await (0, id_token_service.A)();
        const workspace = await (0, promises_.mkdtemp)(external_node_path_default().join((0, external_node_os_.tmpdir)(), "flowferry-demo-"));
        const say = (text = "") => process.stdout.write(`${text}
`);
        let failures = 0;
        say(`flowferry demo: export \u2192 artifact \u2192 import against the sandbox, running ${external_node_path_default().relative(process.cwd(), entry)} as a GitHub runner does`);
        say(`workspace: ${workspace}`);
        try {
          for (const name of names) {
            const sandbox = await (0, server.b)(name);
            try {
              const demo = sandbox.app.demo;
              if (!demo)
                continue;
              say();
              say(`\u2501\u2501 ${name} \xB7 sandbox at ${sandbox.url}`);
              const signIn = sandbox.app.keyless?.(idTokens.issuer, idTokens.jwks) ?? sandbox.app.inputs;
              if (sandbox.app.keyless)
                say(`   keyless: the runner's ID token (${idTokens.url}) is exchanged at the sandbox's IAM for temporary keys; no key in the inputs`);
              const common = { platform: name, "base-url": sandbox.url, ...signIn };
              const bundle = `bundles/${name}`;
              const varsFile = `environments/${name}-production.yml`;
              const vars = demo.vars ? { "vars-file": varsFile } : {};
              if (demo.vars) {
                await (0, promises_.mkdir)(external_node_path_default().join(workspace, "environments"), { recursive: true });
                await (0, promises_.writeFile)(external_node_path_default().join(workspace, varsFile), (0, dist.As)(demo.vars));
                say(`   ${varsFile}: values for ${Object.keys(demo.vars).join(", ")}`);
              }
              const steps = [
                ["export", { ...common, ...demo.export, operation: "export", path: bundle, "poll-interval": "500ms" }],
                ["import", { ...common, ...demo.import, ...vars, operation: "import", path: bundle, "poll-interval": "500ms" }]
              ];
              for (const [label, inputs] of steps) {
                const run = await runAction({ entry, inputs, workspace, env: { ...results.env, ...sandbox.app.keyless ? idTokens.env : {}, ...DEMO_RUN }, killAfterMs: 12e4 });
                failures += report(say, label, run);
              }
            } finally {
              await sandbox.close();
            }
          }
        } finally {
          await results.close();
          await idTokens.close();
          if (!flags.has("keep"))
            await (0, promises_.rm)(workspace, { recursive: true, force: true });
        }
        say();
        say(failures === 0 ? "demo: every step succeeded." : `demo: ${failures} step(s) failed.`);
        return failures === 0 ? 0 : 1;
      }
      const DEMO_RUN = { GITHUB_REPOSITORY: "acme/flows", GITHUB_RUN_ID: "4242", GITHUB_SHA: "0123abcd4567ef890123abcd4567ef890123abcd" };
      function report(say, label, run) {
        const ok = run.exitCode === 0;
        say();
        say(`\u2500\u2500 ${label}: exit code ${run.exitCode}, ${run.durationMs} ms`);
        say("   outputs:");
        for (const [name, value] of Object.entries(run.outputs)) {
          if (name === "result" || value === "")
            continue;
          say(`     ${name.padEnd(18)} ${value}`);
        }
        say("   job summary:");
        for (const line of run.summary.trimEnd().split("\n"))
          say(`     ${line}`);
        if (!ok) {
          say("   log (last 30 lines):");
          for (const line of run.stdout.trimEnd().split("\n").slice(-30))
            say(`     ${line}`);
          if (run.stderr.trim())
            say(`   stderr: ${run.stderr.trim()}`);
        }
        return ok ? 0 : 1;
      }
    })
  )
};
