export const id = 644;
export const ids = [644];
export const modules = {
  /***/
  22483: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        E5: () => (
          /* binding */
          locateInPackage
        ),
        /* harmony export */
        Fk: () => (
          /* binding */
          sameNames
        ),
        /* harmony export */
        Jy: () => (
          /* binding */
          unsafeManifestPath
        ),
        /* harmony export */
        _y: () => (
          /* binding */
          fileFolderClashes
        ),
        /* harmony export */
        gj: () => (
          /* binding */
          unsafeName
        )
        /* harmony export */
      });
      var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36419);
      const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
      function unsafeName(name) {
        if (name === "")
          return "empty name";
        const control = CONTROL.exec(name);
        if (control)
          return `the name contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")})`;
        if (name.includes("\\"))
          return "backslashes are not accepted in names; use /";
        if (name.startsWith("/") || /^[A-Za-z]:/.test(name))
          return "absolute paths are not accepted";
        if (name.split("/").includes(".."))
          return '".." would write outside the destination';
        if (/[\uD800-\uDFFF]/u.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "")))
          return "the name is not valid Unicode";
        if (Buffer.byteLength(name) > _limits_js__WEBPACK_IMPORTED_MODULE_0__.PR)
          return `the name is ${Buffer.byteLength(name)} bytes long; at most ${_limits_js__WEBPACK_IMPORTED_MODULE_0__.PR} are accepted`;
        const long = name.split("/").find((segment) => Buffer.byteLength(segment) > _limits_js__WEBPACK_IMPORTED_MODULE_0__.pg);
        if (long !== void 0)
          return `a part of the name is ${Buffer.byteLength(long)} bytes long; at most ${_limits_js__WEBPACK_IMPORTED_MODULE_0__.pg} are accepted per file or folder name`;
        return void 0;
      }
      function unsafeManifestPath(name) {
        const unsafe = unsafeName(name);
        if (unsafe)
          return unsafe;
        if (name.split("/").some((segment) => segment === "" || segment === "."))
          return 'write the path plainly, as folder/file.json (no "./", "//" or trailing "/")';
        return void 0;
      }
      function nameKey(name) {
        return name.normalize("NFC").toLowerCase().split("/").filter((segment) => segment !== "" && segment !== ".").join("/");
      }
      function sameNames(names) {
        const first = /* @__PURE__ */ new Map();
        const pairs = [];
        for (const name of names) {
          const key = nameKey(name);
          const earlier = first.get(key);
          if (earlier === void 0)
            first.set(key, name);
          else
            pairs.push([earlier, name]);
        }
        return pairs;
      }
      function fileFolderClashes(files) {
        const byKey = new Map(files.map((name) => [nameKey(name), name]));
        const clashes = [];
        for (const name of files) {
          const parts = nameKey(name).split("/");
          for (let i = 1; i < parts.length; i++) {
            const parent = byKey.get(parts.slice(0, i).join("/"));
            if (parent !== void 0)
              clashes.push([parent, name]);
          }
        }
        return clashes;
      }
      function locateInPackage(names, anchor) {
        const depth = (name) => name.split("/").length;
        const anchors = names.filter((name) => baseName(name) === anchor).sort((a, b) => depth(a) - depth(b));
        if (anchors.length === 0)
          return void 0;
        if (anchors.length > 1 && depth(anchors[0]) === depth(anchors[1]))
          return { ambiguous: [anchors[0], anchors[1]] };
        const folder = anchors[0].slice(0, anchors[0].length - anchor.length);
        return { folder, pick: (file) => names.find((name) => name === folder + file) };
      }
      function baseName(name) {
        return name.slice(name.lastIndexOf("/") + 1);
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
        const shown = (0, fs.Gt)(file);
        const { openPromise, getFileNameLowLevel } = await zipReader();
        let zip;
        try {
          zip = await openPromise(file, { decodeStrings: false, validateEntrySizes: true, autoClose: false });
        } catch (error) {
          throw errors.rJ.at({ file: shown }, "zip.format", `not a readable zip archive (${error.message})`, DAMAGED_HINT);
        }
        const raw = [];
        const entries = [];
        const findings = [];
        const problem = (message, rule) => findings.push({ file: shown, severity: "error", rule, message });
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
          throw errors.rJ.at({ file: shown }, "zip.format", `the archive is damaged (${error.message})`, DAMAGED_HINT);
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
        const shown = (0, fs.Gt)(file);
        const archive = options.leave ? await (0, plain_file.lN)(file, { shown }) : void 0;
        const { zip, raw, entries, findings } = await readDirectory(file, options.limits ?? defaultZipLimits);
        if (findings.length > 0) {
          zip.close();
          throw new errors.rJ(`${shown}: refused to unpack: ${findings.map((f) => f.message).join("; ")}`, findings);
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
          throw errors.rJ.at({ file: shown }, "zip.format", `could not unpack the archive (${error.message})`, DAMAGED_HINT);
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
  )
};
