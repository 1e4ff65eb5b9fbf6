export const id = 1;
export const ids = [1];
export const modules = {
  /***/
  88904: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        d8: () => (
          /* binding */
          mapLimitAhead
        ),
        /* harmony export */
        hF: () => (
          /* binding */
          eachLimit
        ),
        /* harmony export */
        sf: () => (
          /* binding */
          mapLimit
        )
        /* harmony export */
      });
      async function mapLimit(items, limit, fn) {
        const results = new Array(items.length);
        let next = 0;
        const worker = async () => {
          while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
          }
        };
        await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
        return results;
      }
      async function eachLimit(count, limit, fn) {
        let next = 0;
        let failure;
        const worker = async () => {
          while (next < count && !failure) {
            const index = next++;
            try {
              await fn(index);
            } catch (error) {
              failure ??= { error };
            }
          }
        };
        await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker));
        if (failure)
          throw failure.error;
      }
      async function mapLimitAhead(items, limit, prepare, run) {
        const results = new Array(items.length);
        const ahead = /* @__PURE__ */ new Map();
        let next = 0;
        let preparedUpTo = 0;
        const start = (index) => {
          preparedUpTo = Math.max(preparedUpTo, index + 1);
          return prepare(items[index], index);
        };
        const worker = async () => {
          while (next < items.length) {
            const index = next++;
            const prepared = ahead.get(index) ?? start(index);
            ahead.delete(index);
            let gave = false;
            const idle = () => {
              if (gave)
                return;
              gave = true;
              const upcoming = Math.max(preparedUpTo, next);
              if (upcoming >= items.length || ahead.size >= limit)
                return;
              const early = start(upcoming);
              early.catch(() => void 0);
              ahead.set(upcoming, early);
            };
            results[index] = await run(await prepared, items[index], index, idle);
          }
        };
        await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
        return results;
      }
    })
  ),
  /***/
  73593: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Kx: () => (
          /* binding */
          PLACEHOLDER
        ),
        /* harmony export */
        Z5: () => (
          /* binding */
          fitsTemplate
        ),
        /* harmony export */
        pi: () => (
          /* binding */
          PLACEHOLDER_START
        ),
        /* harmony export */
        qf: () => (
          /* binding */
          placeholder
        )
        /* harmony export */
      });
      const PLACEHOLDER = /\$\{flowferry\.([A-Za-z_][A-Za-z0-9_]*)\}/g;
      const PLACEHOLDER_START = "${flowferry.";
      function placeholder(name) {
        return `\${flowferry.${name}}`;
      }
      function placeholderNames(text) {
        return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);
      }
      function fitsTemplate(template, value) {
        if (typeof template !== "string" || !template.includes(PLACEHOLDER_START))
          return false;
        if (typeof value !== "string")
          return template.replace(PLACEHOLDER, "") === "" && value !== void 0;
        const pattern = template.split(PLACEHOLDER).map((part, i) => i % 2 === 1 ? "[\\s\\S]*" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("");
        return new RegExp(`^${pattern}$`).test(value);
      }
    })
  ),
  /***/
  71732: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        G5: () => (
          /* binding */
          isZipFile
        ),
        /* harmony export */
        Yg: () => (
          /* binding */
          unpackZip
        ),
        /* harmony export */
        oP: () => (
          /* binding */
          nextEntry
        ),
        /* harmony export */
        wo: () => (
          /* binding */
          inspectZip
        )
        /* harmony export */
      });
      var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16082);
      var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
      var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
      var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_3___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
      var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
      var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /* @__PURE__ */ __webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
      var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
      var _fs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78616);
      var _memory_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11360);
      var _plain_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19130);
      var _names_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(22483);
      async function zipReader() {
        return (await __webpack_require__.e(
          /* import() */
          663
        ).then(__webpack_require__.t.bind(__webpack_require__, 20663, 19))).default;
      }
      const defaultZipLimits = {
        maxEntries: 1e4,
        maxTotalBytes: 2 * 1024 ** 3,
        maxRatio: 200
      };
      const S_IFMT = 61440;
      const S_IFLNK = 40960;
      async function inspectZip(file, limits = defaultZipLimits) {
        const shown = (0, _fs_js__WEBPACK_IMPORTED_MODULE_6__.Gt)(file);
        const { openPromise, getFileNameLowLevel } = await zipReader();
        let zip;
        try {
          zip = await openPromise(file, { decodeStrings: false, validateEntrySizes: true });
        } catch (error) {
          throw _errors_js__WEBPACK_IMPORTED_MODULE_5__.rJ.at({ file: shown }, "zip.format", `not a readable zip archive (${error.message})`, "Use the archive exactly as the platform exported it.");
        }
        const entries = [];
        const findings = [];
        const problem = (message, rule) => findings.push({ file: shown, severity: "error", rule, message });
        let total = 0;
        try {
          if (zip.entryCount > limits.maxEntries) {
            problem(`the archive has ${zip.entryCount} entries; at most ${limits.maxEntries} are accepted`, "zip.entries");
            return { entries, findings };
          }
          for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
            const name = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
            const unsafe = (0, _names_js__WEBPACK_IMPORTED_MODULE_9__.gj)(name);
            if (unsafe)
              problem(`entry ${JSON.stringify(name)}: ${unsafe}`, "zip.path");
            const mode = entry.externalFileAttributes >>> 16 & S_IFMT;
            if (mode === S_IFLNK)
              problem(`entry ${JSON.stringify(name)} is a symbolic link; links are not accepted`, "zip.symlink");
            if (entry.isEncrypted())
              problem(`entry ${JSON.stringify(name)} is encrypted`, "zip.encrypted");
            total += entry.uncompressedSize;
            if (entry.uncompressedSize > 1024 ** 2 && entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)) {
              problem(`entry ${JSON.stringify(name)} expands ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}-fold; more than ${limits.maxRatio}-fold looks like a zip bomb`, "zip.ratio");
            }
            entries.push({
              name,
              size: entry.uncompressedSize,
              compressedSize: entry.compressedSize,
              directory: name.endsWith("/")
            });
          }
          if (total > limits.maxTotalBytes) {
            problem(`the archive expands to ${total} bytes; at most ${limits.maxTotalBytes} are accepted`, "zip.size");
          }
          const same = (0, _names_js__WEBPACK_IMPORTED_MODULE_9__.Fk)(entries.map((entry) => entry.name.replace(/\/$/, "")));
          for (const [first, second] of same.slice(0, 10)) {
            problem(`entries ${JSON.stringify(first)} and ${JSON.stringify(second)} name the same file (case and Unicode form do not tell names apart)`, "zip.duplicate");
          }
          const clashes = (0, _names_js__WEBPACK_IMPORTED_MODULE_9__._y)(entries.filter((entry) => !entry.directory).map((entry) => entry.name));
          for (const [file2, inside] of clashes.slice(0, 10)) {
            problem(`entry ${JSON.stringify(inside)} would be inside ${JSON.stringify(file2)}, which is a file`, "zip.duplicate");
          }
          if (same.length > 10 || clashes.length > 10)
            problem(`${same.length + clashes.length} clashing names in all`, "zip.duplicate");
        } catch (error) {
          throw _errors_js__WEBPACK_IMPORTED_MODULE_5__.rJ.at({ file: shown }, "zip.format", `the archive is damaged (${error.message})`);
        } finally {
          zip.close();
        }
        return { entries, findings };
      }
      async function extractZip(file, dest, limits = defaultZipLimits) {
        return [...(await extractZipHashed(file, dest, limits)).keys()];
      }
      async function extractZipHashed(file, dest, limits = defaultZipLimits) {
        return (await unpackZip(file, dest, { limits })).written;
      }
      async function unpackZip(file, dest, options = {}) {
        const shown = (0, _fs_js__WEBPACK_IMPORTED_MODULE_6__.Gt)(file);
        const archive = options.leave ? await (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_8__.lN)(file, { shown }) : void 0;
        const { findings } = await inspectZip(file, options.limits);
        if (findings.length > 0) {
          throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__.rJ(`${shown}: refused to unpack: ${findings.map((f) => f.message).join("; ")}`, findings);
        }
        const { openPromise, getFileNameLowLevel } = await zipReader();
        const zip = await openPromise(file, { decodeStrings: false, validateEntrySizes: true });
        const written = /* @__PURE__ */ new Map();
        const left = /* @__PURE__ */ new Map();
        try {
          for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
            const name = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
            if (name.endsWith("/"))
              continue;
            const stored = entry.compressionMethod === 0 && !entry.isEncrypted() && entry.compressedSize === entry.uncompressedSize;
            if (archive && stored && options.leave({ name, bytes: entry.uncompressedSize })) {
              const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
              const archiveBytes = Number(archive.size);
              if (fileDataStart + entry.uncompressedSize > archiveBytes)
                throw new Error(`entry ${JSON.stringify(name)} runs past the end of the archive`);
              left.set(name, { name, archive: file, archiveBytes, offset: fileDataStart, bytes: entry.uncompressedSize, crc32: entry.crc32 });
              continue;
            }
            const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dest, ...name.split("/"));
            if (!target.startsWith(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(dest) + node_path__WEBPACK_IMPORTED_MODULE_3___default().sep))
              throw new Error(`entry ${JSON.stringify(name)} escapes the destination`);
            await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), { recursive: true });
            const temp = (0, _fs_js__WEBPACK_IMPORTED_MODULE_6__.ht)(target);
            try {
              const hash = (0, _crypto_js__WEBPACK_IMPORTED_MODULE_0__.n1)("sha256");
              if (stored)
                await copyStored(file, zip, entry, temp, name, hash);
              else
                await (0, node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(await zip.openReadStreamPromise(entry), (0, _memory_js__WEBPACK_IMPORTED_MODULE_7__.SN)(hash), (0, node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp, { flags: "wx" }));
              await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
              written.set(name, { bytes: entry.uncompressedSize, sha256: hash.digest("hex") });
            } catch (error) {
              await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
              throw error;
            }
          }
        } catch (error) {
          if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__.rJ)
            throw error;
          throw _errors_js__WEBPACK_IMPORTED_MODULE_5__.rJ.at({ file: shown }, "zip.format", `could not unpack the archive (${error.message})`);
        } finally {
          zip.close();
        }
        if (archive && left.size > 0)
          (0, _plain_file_js__WEBPACK_IMPORTED_MODULE_8__.kY)(file, archive);
        return { written, left };
      }
      async function copyStored(file, zip, entry, target, name, hash) {
        const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
        const total = entry.uncompressedSize;
        const size = Math.min(1024 * 1024, Math.max(1, total));
        const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
        const input = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, "r");
        const output = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(target, "wx");
        const { crc32 } = process.getBuiltinModule("node:zlib");
        const read = (into, done) => {
          const reading2 = input.read(into, 0, Math.min(size, total - done), fileDataStart + done).then((r) => r.bytesRead);
          reading2.catch(() => void 0);
          return reading2;
        };
        let crc = 0;
        let reading = total > 0 ? read(buffers[0], 0) : void 0;
        let writing;
        try {
          for (let done = 0, turn = 0; reading; turn ^= 1) {
            const bytesRead = await reading;
            if (bytesRead === 0)
              throw new Error(`entry ${JSON.stringify(name)} is cut short`);
            const chunk = buffers[turn].subarray(0, bytesRead);
            done += bytesRead;
            await writing;
            reading = done < total ? read(buffers[turn ^ 1], done) : void 0;
            crc = crc32(chunk, crc);
            hash.update(chunk);
            writing = writeAll(output, chunk);
            writing.catch(() => void 0);
          }
          await writing;
        } finally {
          await Promise.allSettled([reading, writing]);
          await input.close();
          await output.close();
        }
        if (crc !== entry.crc32)
          throw new Error(`entry ${JSON.stringify(name)} does not match its checksum (CRC-32)`);
      }
      async function writeAll(output, data) {
        for (let done = 0; done < data.length; ) {
          const { bytesWritten } = await output.write(data, done, data.length - done);
          if (bytesWritten === 0)
            throw new Error("the disk took none of the bytes written");
          done += bytesWritten;
        }
      }
      function nextEntry(zip) {
        return new Promise((resolve, reject) => {
          const onEntry = (entry) => {
            cleanup();
            resolve(entry);
          };
          const onEnd = () => {
            cleanup();
            resolve(void 0);
          };
          const onError = (error) => {
            cleanup();
            reject(error);
          };
          const cleanup = () => {
            zip.off("entry", onEntry);
            zip.off("end", onEnd);
            zip.off("error", onError);
          };
          zip.on("entry", onEntry);
          zip.on("end", onEnd);
          zip.on("error", onError);
          zip.readEntry();
        });
      }
      async function isZipFile(file) {
        const handle = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, "r");
        try {
          const head = Buffer.alloc(4);
          const { bytesRead } = await handle.read(head, 0, 4, 0);
          if (bytesRead < 4)
            return false;
          const signature = head.readUInt32LE(0);
          return signature === 67324752 || signature === 101010256;
        } finally {
          await handle.close();
        }
      }
    })
  ),
  /***/
  63087: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Jp: () => (
          /* binding */
          checkBundle
        ),
        /* harmony export */
        hk: () => (
          /* binding */
          openBundle
        ),
        /* harmony export */
        q_: () => (
          /* binding */
          locateBundles
        ),
        /* harmony export */
        wy: () => (
          /* binding */
          openCheckedBundle
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
      var node_os__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
      var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_2___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
      var _core_bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33303);
      var _core_bundle_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88903);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
      var _core_fs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78616);
      var _core_memory_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11360);
      var _core_paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56107);
      var _core_plain_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(19130);
      var _input_names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(74098);
      var _glob_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(82758);
      const PLATFORM_FILE = /\.(zip|json)$/i;
      const GLOB_LIMIT = { matches: 1e4, bundles: 1e3 };
      async function locateBundles(pattern) {
        if (!(0, _glob_js__WEBPACK_IMPORTED_MODULE_11__.f)(pattern))
          return [await (0, _core_paths_js__WEBPACK_IMPORTED_MODULE_8__.HN)(pattern, _input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path)];
        if (typeof node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob !== "function") {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.dz(_input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path, `'${pattern}' is a glob, and globs need Node.js 22 or later (this is ${process.version}): upgrade Node, or name one bundle per step`, "bundles/invoice-triage");
        }
        const cwd = (0, _core_paths_js__WEBPACK_IMPORTED_MODULE_8__.oS)();
        const bundles = /* @__PURE__ */ new Set();
        const files = [];
        let matches = 0;
        for await (const match of (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(pattern, { cwd })) {
          if (++matches > GLOB_LIMIT.matches) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.dz(_input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path, `'${pattern}' matches more than ${GLOB_LIMIT.matches} paths; narrow it to the bundles' directory`, "bundles/*/");
          }
          const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, match);
          await (0, _core_paths_js__WEBPACK_IMPORTED_MODULE_8__.KT)(absolute, { shown: match, input: _input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path });
          const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).catch(() => void 0);
          if (!info)
            continue;
          if (info.isDirectory()) {
            if (await (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.t2)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absolute, _core_bundle_js__WEBPACK_IMPORTED_MODULE_3__.e0)))
              bundles.add(absolute);
          } else if (node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(absolute) === _core_bundle_js__WEBPACK_IMPORTED_MODULE_3__.e0) {
            bundles.add(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(absolute));
          } else if (PLATFORM_FILE.test(absolute)) {
            files.push(absolute);
          }
        }
        const inside = (file) => [...bundles].some((dir) => file.startsWith(dir + node_path__WEBPACK_IMPORTED_MODULE_2___default().sep));
        const found = [...bundles, ...files.filter((file) => !inside(file))].sort();
        if (found.length > GLOB_LIMIT.bundles) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.dz(_input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path, `'${pattern}' names ${found.length} bundles, more than the ${GLOB_LIMIT.bundles} one step takes; split them over several steps`, "bundles/team-a/*/");
        }
        if (found.length === 0) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.dz(_input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path, `'${pattern}' matches no bundle directory (with ${_core_bundle_js__WEBPACK_IMPORTED_MODULE_3__.e0}) and no .zip or .json platform file`, "bundles/*/");
        }
        return found;
      }
      async function openBundle(location, context, cleanup) {
        const { platform, settings } = context;
        if (!await (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.t2)(location)) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.dz(_input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path, `'${(0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.Gt)(location)}' does not exist`, "flowferry-export");
        }
        const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(location);
        if (info.isDirectory() && await (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.t2)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(location, _core_bundle_js__WEBPACK_IMPORTED_MODULE_3__.e0)))
          return (0, _core_bundle_read_js__WEBPACK_IMPORTED_MODULE_4__.Bo)(location, platform.name);
        if (!info.isDirectory())
          await (0, _core_plain_file_js__WEBPACK_IMPORTED_MODULE_9__.lN)(location, { shown: (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.Gt)(location), input: _input_names_js__WEBPACK_IMPORTED_MODULE_10__.pd.Path });
        const dir = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(process.env.RUNNER_TEMP ?? (0, node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "flowferry-adopt-"));
        cleanup.push(dir);
        const adopted = await (await platform.loadRules()).adopt(location, dir, { log: context.log, settings });
        context.log.info(`${(0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.Gt)(location)} has no ${_core_bundle_js__WEBPACK_IMPORTED_MODULE_3__.e0}; read it as a ${platform.title} export`);
        return (0, _core_bundle_js__WEBPACK_IMPORTED_MODULE_3__.gv)(dir, platform.name, settings.workflowName ?? adopted.name, adopted.files, (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_6__.Gt)(location));
      }
      async function checkBundle(bundle, context) {
        const findings = await (await context.platform.loadRules()).check?.(bundle, { log: context.log, settings: context.settings }) ?? [];
        (0, _core_memory_js__WEBPACK_IMPORTED_MODULE_7__.FS)();
        return findings;
      }
      async function openCheckedBundle(location, context, cleanup) {
        const bundle = await openBundle(location, context, cleanup);
        const findings = await checkBundle(bundle, context);
        const errors = findings.filter((finding) => finding.severity === "error");
        if (errors.length > 0) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.rJ(`${bundle.location}: ${errors.length} problem${errors.length > 1 ? "s" : ""} found before sending anything: ${errors.map((f) => f.message).join("; ")}`, findings);
        }
        return { bundle, findings };
      }
    })
  ),
  /***/
  61137: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        G: () => (
          /* binding */
          withSettings
        )
        /* harmony export */
      });
      function withSettings(context, overrides) {
        const settings = { ...context.settings, ...overrides };
        let client;
        return {
          ...context,
          settings,
          client: () => client ??= context.platform.connect(settings, { log: context.log, deadline: context.deadline, clock: context.clock, idToken: context.idToken })
        };
      }
    })
  )
};
