export const id = 850;
export const ids = [850, 862];
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
  5644: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        wo: () => (
          /* binding */
          inspectZip
        ),
        G5: () => (
          /* binding */
          isZipFile
        ),
        oP: () => (
          /* binding */
          nextEntry
        ),
        wg: () => (
          /* binding */
          startsLikeZip
        ),
        Yg: () => (
          /* binding */
          unpackZip
        )
      });
      var core_crypto = __webpack_require__(16082);
      var external_node_fs_ = __webpack_require__(73024);
      var promises_ = __webpack_require__(51455);
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var external_node_stream_promises_ = __webpack_require__(46466);
      var errors = __webpack_require__(74296);
      var fs = __webpack_require__(78616);
      var memory = __webpack_require__(11360);
      var plain_file = __webpack_require__(19130);
      ;
      const SMALL_ENTRY_BYTES = 1024 * 1024;
      function isSmallDeflated(entry) {
        return entry.compressionMethod === 8 && !entry.isEncrypted() && entry.compressedSize <= SMALL_ENTRY_BYTES && entry.uncompressedSize <= SMALL_ENTRY_BYTES;
      }
      async function unpackSmall(input, zip, entry, target, name, hash) {
        const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
        const packed = Buffer.allocUnsafe(entry.compressedSize);
        const { bytesRead } = await input.read(packed, 0, packed.length, fileDataStart);
        if (bytesRead !== packed.length)
          throw new Error(`entry ${JSON.stringify(name)} is cut short`);
        const { inflateRawSync, crc32 } = process.getBuiltinModule("node:zlib");
        let bytes;
        try {
          bytes = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
        } catch (error) {
          throw new Error(`entry ${JSON.stringify(name)} does not inflate to the ${entry.uncompressedSize} bytes it declares (${error.message})`);
        }
        if (bytes.length !== entry.uncompressedSize)
          throw new Error(`entry ${JSON.stringify(name)} inflates to ${bytes.length} bytes, not the ${entry.uncompressedSize} it declares`);
        if (crc32(bytes) !== entry.crc32)
          throw new Error(`entry ${JSON.stringify(name)} does not match its checksum (CRC-32)`);
        hash.update(bytes);
        await (0, promises_.writeFile)(target, bytes, { flag: "wx" });
      }
      async function copyStored(input, zip, entry, target, name, hash) {
        const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
        const total = entry.uncompressedSize;
        const size = Math.min(1024 * 1024, Math.max(1, total));
        const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
        const output = await (0, promises_.open)(target, "wx");
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
      var names = __webpack_require__(22483);
      ;
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
      const DAMAGED_HINT = "Use the archive exactly as the platform exported it: export it again, or take it from the artifact the export stored.";
      const S_IFMT = 61440;
      const S_IFLNK = 40960;
      async function inspectZip(file, limits = defaultZipLimits) {
        const { zip, entries, findings } = await readDirectory(file, limits);
        zip.close();
        return { entries, findings };
      }
      async function readDirectory(file, limits) {
        const shown2 = (0, fs.Gt)(file);
        const { openPromise, getFileNameLowLevel } = await zipReader();
        let zip;
        try {
          zip = await openPromise(file, { decodeStrings: false, validateEntrySizes: true, autoClose: false });
        } catch (error) {
          throw errors.rJ.at({ file: shown2 }, "zip.format", `not a readable zip archive (${error.message})`, DAMAGED_HINT);
        }
        const raw = [];
        const entries = [];
        const findings = [];
        const problem = (message, rule) => findings.push({ file: shown2, severity: "error", rule, message });
        let total = 0;
        try {
          if (zip.entryCount > limits.maxEntries) {
            problem(`the archive has ${zip.entryCount} entries; at most ${limits.maxEntries} are accepted`, "zip.entries");
            return { zip, raw, entries, findings };
          }
          for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
            const name = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
            const unsafe = (0, names.gj)(name);
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
            raw.push(entry);
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
          const same = (0, names.Fk)(entries.map((entry) => entry.name.replace(/\/$/, "")));
          for (const [first, second] of same.slice(0, 10)) {
            problem(`entries ${JSON.stringify(first)} and ${JSON.stringify(second)} name the same file (case and Unicode form do not tell names apart)`, "zip.duplicate");
          }
          const clashes = (0, names._y)(entries.filter((entry) => !entry.directory).map((entry) => entry.name));
          for (const [file2, inside] of clashes.slice(0, 10)) {
            problem(`entry ${JSON.stringify(inside)} would be inside ${JSON.stringify(file2)}, which is a file`, "zip.duplicate");
          }
          if (same.length > 10 || clashes.length > 10)
            problem(`${same.length + clashes.length} clashing names in all`, "zip.duplicate");
        } catch (error) {
          zip.close();
          throw errors.rJ.at({ file: shown2 }, "zip.format", `the archive is damaged (${error.message})`, DAMAGED_HINT);
        }
        return { zip, raw, entries, findings };
      }
      async function extractZip(file, dest, limits = defaultZipLimits) {
        return [...(await extractZipHashed(file, dest, limits)).keys()];
      }
      async function extractZipHashed(file, dest, limits = defaultZipLimits) {
        return (await unpackZip(file, dest, { limits })).written;
      }
      async function unpackZip(file, dest, options = {}) {
        const shown2 = (0, fs.Gt)(file);
        const archive = options.leave ? await (0, plain_file.lN)(file, { shown: shown2 }) : void 0;
        const { zip, raw, entries, findings } = await readDirectory(file, options.limits ?? defaultZipLimits);
        if (findings.length > 0) {
          zip.close();
          throw new errors.rJ(`${shown2}: refused to unpack: ${findings.map((f) => f.message).join("; ")}`, findings);
        }
        const written = /* @__PURE__ */ new Map();
        const left = /* @__PURE__ */ new Map();
        const made = /* @__PURE__ */ new Set();
        let input;
        try {
          for (const [index, entry] of raw.entries()) {
            const { name } = entries[index];
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
            const target = external_node_path_default().join(dest, ...name.split("/"));
            if (!target.startsWith(external_node_path_default().resolve(dest) + external_node_path_default().sep))
              throw new Error(`entry ${JSON.stringify(name)} escapes the destination`);
            const folder = external_node_path_default().dirname(target);
            if (!made.has(folder))
              await (0, promises_.mkdir)(folder, { recursive: true });
            made.add(folder);
            const temp = (0, fs.ht)(target);
            try {
              const hash = (0, core_crypto.n1)("sha256");
              if (stored)
                await copyStored(input ??= await (0, promises_.open)(file, "r"), zip, entry, temp, name, hash);
              else if (isSmallDeflated(entry))
                await unpackSmall(input ??= await (0, promises_.open)(file, "r"), zip, entry, temp, name, hash);
              else
                await inflateStreaming(zip, entry, temp, name, hash);
              await (0, promises_.rename)(temp, target);
              written.set(name, { bytes: entry.uncompressedSize, sha256: hash.digest("hex") });
            } catch (error) {
              await (0, promises_.rm)(temp, { force: true });
              throw error;
            }
          }
        } catch (error) {
          if (error instanceof errors.rJ)
            throw error;
          throw errors.rJ.at({ file: shown2 }, "zip.format", `could not unpack the archive (${error.message})`, DAMAGED_HINT);
        } finally {
          zip.close();
          await input?.close();
        }
        if (archive && left.size > 0)
          (0, plain_file.kY)(file, archive);
        return { written, left };
      }
      async function inflateStreaming(zip, entry, target, name, hash) {
        const { crc32 } = process.getBuiltinModule("node:zlib");
        let crc = 0;
        const checked = { update: (chunk) => (crc = crc32(chunk, crc), hash.update(chunk)) };
        await (0, external_node_stream_promises_.pipeline)(await zip.openReadStreamPromise(entry), (0, memory.SN)(checked), (0, external_node_fs_.createWriteStream)(target, { flags: "wx" }));
        if (crc !== entry.crc32)
          throw new Error(`entry ${JSON.stringify(name)} does not match its checksum (CRC-32)`);
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
        const handle = await (0, promises_.open)(file, "r");
        try {
          const head = Buffer.alloc(4);
          const { bytesRead } = await handle.read(head, 0, 4, 0);
          return startsLikeZip(head.subarray(0, bytesRead));
        } finally {
          await handle.close();
        }
      }
      function startsLikeZip(head) {
        if (head.length < 4)
          return false;
        const signature = head.readUInt32LE(0);
        return signature === 67324752 || signature === 101010256;
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
  ),
  /***/
  51850: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        diffOperation: () => (
          /* binding */
          diffOperation
        )
      });
      var promises_ = __webpack_require__(51455);
      var external_node_os_ = __webpack_require__(48161);
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var core_bundle = __webpack_require__(33303);
      var concurrency = __webpack_require__(88904);
      var canonical_json = __webpack_require__(60484);
      var json_depth = __webpack_require__(19033);
      var untrusted_text = __webpack_require__(61037);
      ;
      const HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
      function markdownText(text) {
        return (0, untrusted_text.TN)((0, untrusted_text.SP)(text)).replace(/[&<>"]/g, (c) => HTML[c]).replace(/[\\`*_[\]#|~$]/g, "\\$&").replace(/@/g, "@&#8203;").replace(/:\/\//g, ":&#8203;//").replace(/\b(www)\./gi, "$1.&#8203;");
      }
      function markdownCode(text, options = {}) {
        let body = (0, untrusted_text.TN)((0, untrusted_text.SP)(text));
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
        const lines = shown(text).split(/\r?\n/).map(oneLine);
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
      ;
      function diffDocuments(before, after, rules = {}) {
        const ignore = (rules.ignore ?? []).map(compile);
        const matchBy = Object.entries(rules.matchBy ?? {}).map(([pattern, key]) => ({ pattern: compile(pattern), key }));
        const changes = [];
        const walk = (a, b, path) => {
          (0, json_depth.RV)(path.length);
          if (ignore.some((pattern) => matches(pattern, path)))
            return;
          if ((0, canonical_json.OW)(a) && (0, canonical_json.OW)(b)) {
            for (const key of [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
              const child = [...path, key];
              if (!(key in b))
                record("removed", child, a[key], void 0);
              else if (!(key in a))
                record("added", child, void 0, b[key]);
              else
                walk(a[key], b[key], child);
            }
            return;
          }
          if (Array.isArray(a) && Array.isArray(b)) {
            const key = matchBy.find((m) => matches(m.pattern, path))?.key;
            if (key && keyed(a, key) && keyed(b, key)) {
              const left = new Map(a.map((item) => [String(item[key]), item]));
              const right = new Map(b.map((item) => [String(item[key]), item]));
              for (const id2 of [.../* @__PURE__ */ new Set([...left.keys(), ...right.keys()])].sort()) {
                const child = [...path, `[${key}=${id2}]`];
                if (!right.has(id2))
                  record("removed", child, left.get(id2), void 0);
                else if (!left.has(id2))
                  record("added", child, void 0, right.get(id2));
                else
                  walk(left.get(id2), right.get(id2), child);
              }
              return;
            }
            for (let i = 0; i < Math.max(a.length, b.length); i++) {
              const child = [...path, `[${i}]`];
              if (i >= b.length)
                record("removed", child, a[i], void 0);
              else if (i >= a.length)
                record("added", child, void 0, b[i]);
              else
                walk(a[i], b[i], child);
            }
            return;
          }
          if (!Object.is(a, b) && !rules.fits?.(b, a))
            record("changed", path, a, b);
        };
        const record = (kind, path, a, b) => {
          if (ignore.some((pattern) => matches(pattern, path)))
            return;
          changes.push({ path: formatPath(path), kind, ...kind !== "added" ? { before: a } : {}, ...kind !== "removed" ? { after: b } : {} });
        };
        walk(before, after, []);
        return changes;
      }
      function keyed(items, key) {
        const seen = /* @__PURE__ */ new Set();
        for (const item of items) {
          if (!(0, canonical_json.OW)(item))
            return false;
          const value2 = item[key];
          if (typeof value2 !== "string" && typeof value2 !== "number")
            return false;
          if (seen.has(String(value2)))
            return false;
          seen.add(String(value2));
        }
        return true;
      }
      function compile(pattern) {
        return pattern.split(".").filter(Boolean);
      }
      function matches(pattern, path) {
        if (pattern.length === 0)
          return path.length === 0;
        const [head, ...rest] = pattern;
        if (head === "**")
          return rest.length === 0 || path.some((_, i) => matches(rest, path.slice(i))) || matches(rest, []);
        if (path.length === 0)
          return false;
        return (head === "*" || head === path[0]) && matches(rest, path.slice(1));
      }
      function formatPath(path) {
        if (path.length === 0)
          return "(document)";
        return path.map((segment, i) => segment.startsWith("[") || i === 0 ? segment : `.${segment}`).join("");
      }
      function renderChanges(title, changes, limit = 200) {
        if (changes.length === 0)
          return `**${title}:** no changes`;
        const rows = changes.slice(0, limit).map((change) => {
          const icon = change.kind === "added" ? "\u2795" : change.kind === "removed" ? "\u2796" : "\u270F\uFE0F";
          return `| ${icon} ${change.kind} | ${markdownCode(change.path, { table: true })} | ${value(change.before, change.kind === "added")} | ${value(change.after, change.kind === "removed")} |`;
        });
        const more = changes.length > limit ? [`| \u2026 | ${changes.length - limit} more changes | | |`] : [];
        return [`**${markdownText(title)}** (${changes.length} change${changes.length > 1 ? "s" : ""})`, "", "| | Path | Live | Bundle |", "|---|---|---|---|", ...rows, ...more].join("\n");
      }
      function value(v, absent) {
        if (absent)
          return "\u2014";
        return markdownCode((0, untrusted_text.cW)(v, 80), { table: true });
      }
      var yauzl = __webpack_require__(20663);
      var errors = __webpack_require__(74296);
      var fs = __webpack_require__(78616);
      var json_file = __webpack_require__(59656);
      var placeholders = __webpack_require__(73593);
      var core_zip = __webpack_require__(5644);
      ;
      async function compareFiles(live, bundled, rule) {
        const rules = { ignore: rule?.diff?.ignore ?? [], matchBy: rule?.diff?.matchBy, fits: placeholders.Z5 };
        if (await (0, core_zip.G5)(live) && await (0, core_zip.G5)(bundled))
          return compareZips(live, bundled, rules.ignore);
        const [a, b] = await Promise.all([(0, json_file.JE)(live), (0, json_file.JE)(bundled)]);
        if (a !== void 0 && b !== void 0) {
          const normalize = rule?.diff?.normalize ?? ((document) => document);
          return diffDocuments(normalize(a.value), normalize(b.value), rules);
        }
        const [da, db] = await Promise.all([(0, fs.TM)(live), (0, fs.TM)(bundled)]);
        return da.sha256 === db.sha256 ? [] : [{ path: "(file)", kind: "changed", before: `sha256 ${da.sha256.slice(0, 12)}\u2026`, after: `sha256 ${db.sha256.slice(0, 12)}\u2026` }];
      }
      const JSON_ENTRY_LIMIT = 8 * 1024 * 1024;
      async function compareZips(live, bundled, ignore) {
        for (const file of [bundled, live]) {
          const { findings } = await (0, core_zip.wo)(file);
          if (findings.length > 0)
            throw new errors.rJ(`${(0, fs.Gt)(file)}: refused to compare: ${findings.map((f) => f.message).join("; ")}`, findings);
        }
        const [a, b] = await Promise.all([zipEntries(live), zipEntries(bundled)]);
        const before = { ...a };
        const after = { ...b };
        for (const [name, entry] of Object.entries(a)) {
          const other = b[name];
          if (!other || other.crc32 === entry.crc32 || entry.size > JSON_ENTRY_LIMIT || other.size > JSON_ENTRY_LIMIT)
            continue;
          const [x, y] = await Promise.all([jsonEntry(live, name), jsonEntry(bundled, name)]);
          if (x === void 0 || y === void 0)
            continue;
          before[name] = { content: x.value };
          after[name] = { content: y.value };
        }
        return diffDocuments(before, after, { ignore });
      }
      async function jsonEntry(file, name) {
        const zip = await yauzl.openPromise(file, { decodeStrings: true });
        try {
          let entry = await (0, core_zip.oP)(zip);
          while (entry && entry.fileName !== name)
            entry = await (0, core_zip.oP)(zip);
          if (!entry)
            return void 0;
          const chunks = [];
          for await (const chunk of await zip.openReadStreamPromise(entry))
            chunks.push(chunk);
          const text = Buffer.concat(chunks).toString("utf8");
          if ((0, json_depth.DI)(text) !== void 0)
            return void 0;
          return { value: JSON.parse(text) };
        } catch {
          return void 0;
        } finally {
          zip.close();
        }
      }
      async function zipEntries(file) {
        const zip = await yauzl.openPromise(file, { decodeStrings: true });
        const entries = {};
        try {
          await new Promise((resolve, reject) => {
            zip.on("entry", (entry) => {
              if (!entry.fileName.endsWith("/"))
                entries[entry.fileName] = { size: entry.uncompressedSize, crc32: entry.crc32.toString(16).padStart(8, "0") };
              zip.readEntry();
            });
            zip.on("end", resolve);
            zip.on("error", reject);
            zip.readEntry();
          });
        } finally {
          zip.close();
        }
        return entries;
      }
      var input_names = __webpack_require__(74098);
      var operations_context = __webpack_require__(61137);
      var bundles = __webpack_require__(63087);
      var operations_export = __webpack_require__(77862);
      var operations_result = __webpack_require__(94649);
      ;
      async function diffOperation(context) {
        const locations = await (0, bundles.q_)(context.settings.path);
        return (0, concurrency.sf)(locations, context.settings.concurrency, (location) => diffOne(context, location));
      }
      async function diffOne(outer, location) {
        const { platform, settings, log } = outer;
        const result = (0, operations_result.YT)(platform.name, "diff", { workflowId: settings.workflowId, path: (0, fs.Gt)(location) });
        return (0, operations_result.G9)(result, outer.clock, async (cleanup) => {
          const bundle = await (0, bundles.hk)(location, outer, cleanup);
          result.path = bundle.location;
          result.workflowName = bundle.manifest.name;
          const context = (0, operations_context.G)(outer, { workflowId: liveWorkflowId(outer, bundle) });
          result.workflowId = context.settings.workflowId;
          const staging = await (0, promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP ?? (0, external_node_os_.tmpdir)(), "flowferry-live-"));
          cleanup.push(staging);
          const live = await (0, operations_export.exportLive)(context, staging, result, { wait: true });
          if (!live)
            throw new Error("the export of the live workflow did not finish");
          const sections = [];
          const changes = [];
          const files = [];
          const rules = await platform.loadRules();
          const roles = /* @__PURE__ */ new Set([...bundle.manifest.files.map((file) => file.role), ...live.exported.files.map((file) => file.role)]);
          for (const role of roles) {
            const rule = rules.roles.find((r) => r.role === role);
            const bundled = (0, core_bundle.W7)(bundle, role);
            const liveFile = live.exported.files.find((file) => file.role === role);
            const name = bundle.manifest.files.find((file) => file.role === role)?.path ?? liveFile?.path ?? role;
            let fileChanges;
            if (!bundled)
              fileChanges = [{ path: "(file)", kind: "removed", before: liveFile?.path }];
            else if (!liveFile)
              fileChanges = [{ path: "(file)", kind: "added", after: name }];
            else
              fileChanges = await compareFiles(external_node_path_default().join(staging, ...liveFile.path.split("/")), bundled, rule);
            changes.push(...fileChanges);
            if (fileChanges.length > 0) {
              sections.push(renderChanges(`${name}`, fileChanges));
              files.push({ file: name, total: fileChanges.length, changes: fileChanges.slice(0, 200) });
            }
          }
          if (files.length > 0)
            result.diffFiles = files;
          result.changed = changes.length > 0;
          result.diff = sections.length > 0 ? sections.join("\n\n") : `No changes: the live workflow matches ${(0, fs.Gt)(bundle.dir)}.`;
          log.info(result.changed ? `${bundle.location}: ${changes.length} change(s) against the live workflow ${result.workflowId}:
${changes.slice(0, 50).map((c) => `  ${c.kind} ${c.path}`).join("\n")}${changes.length > 50 ? `
  \u2026 and ${changes.length - 50} more (the job summary shows up to 200 per file)` : ""}` : `${bundle.location}: no changes against the live workflow ${result.workflowId}`);
          if (result.changed && settings.failOnDrift) {
            result.status = "failed";
            result.message = `${bundle.location}: the live workflow ${result.workflowId} differs from the bundle in ${changes.length} place(s)`;
            result.hint = "The summary lists each change. Import the bundle, or export the live workflow into the bundle, to bring them together.";
          }
        });
      }
      function liveWorkflowId(context, bundle) {
        const { settings } = context;
        if (settings.workflowId || settings.workflowName)
          return settings.workflowId;
        const source = bundle.manifest.source;
        if (source?.workflowId && source.origin === settings.baseUrl?.origin)
          return source.workflowId;
        throw new errors.dz(input_names.pd.WorkflowId, source?.origin ? `diff needs the live workflow's id: ${bundle.location} was exported from ${source.origin}, not from ${settings.baseUrl?.origin}, so its id does not apply here` : `diff needs the live workflow's id, and ${bundle.location} does not record where it was exported from`, source?.workflowId ?? "a-1234abcd");
      }
    })
  ),
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
          [__webpack_require__.e(221), __webpack_require__.e(913)]
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
