export const id = 596;
export const ids = [596];
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
  9766: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        f: () => (
          /* binding */
          saveTo
        )
        /* harmony export */
      });
      var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16082);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
      var _fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78616);
      var _memory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11360);
      var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61037);
      var _framed_body_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41826);
      const HEADER_LIMIT = 200;
      const WRITE_BATCH = 1024 * 1024;
      function saveTo(file, options = {}) {
        return async (reply) => {
          const temp = (0, _fs_js__WEBPACK_IMPORTED_MODULE_2__.ht)(file, "download");
          const hash = options.hash === false ? void 0 : (0, _crypto_js__WEBPACK_IMPORTED_MODULE_0__.n1)("sha256");
          let bytes = 0;
          try {
            const output = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, "wx");
            if (reply.body instanceof _framed_body_js__WEBPACK_IMPORTED_MODULE_5__.Q) {
              try {
                bytes = await pumpInto(output, reply.body, hash);
              } finally {
                await output.close();
              }
              (0, _memory_js__WEBPACK_IMPORTED_MODULE_3__.IB)(bytes);
              await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
              return described(reply, bytes, hash);
            }
            let writing;
            try {
              let batch = [];
              let batched = 0;
              for await (const chunk of reply.body) {
                bytes += chunk.length;
                hash?.update(chunk);
                (0, _memory_js__WEBPACK_IMPORTED_MODULE_3__.IB)(chunk.length);
                batch.push(chunk);
                batched += chunk.length;
                if (batched < WRITE_BATCH)
                  continue;
                if (writing)
                  await writing;
                writing = writeAll(output, batch);
                writing.catch(() => void 0);
                batch = [];
                batched = 0;
              }
              if (writing)
                await writing;
              writing = void 0;
              if (batch.length > 0)
                await writeAll(output, batch);
            } finally {
              await writing?.catch(() => void 0);
              await output.close();
            }
            await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
          } catch (error) {
            await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
            throw error;
          }
          return described(reply, bytes, hash);
        };
      }
      function described(reply, bytes, hash) {
        const type = reply.headers["content-type"];
        const contentType = Array.isArray(type) ? type[0] : type;
        const filename = filenameOf(reply.headers["content-disposition"]);
        return {
          bytes,
          sha256: hash?.digest("hex"),
          contentType: contentType === void 0 ? void 0 : (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__.Ui)(contentType, HEADER_LIMIT),
          filename: filename === void 0 ? void 0 : (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__.Ui)(filename, HEADER_LIMIT)
        };
      }
      async function pumpInto(output, body, hash) {
        let filling = Buffer.allocUnsafeSlow(WRITE_BATCH + _framed_body_js__WEBPACK_IMPORTED_MODULE_5__.m);
        let spare = Buffer.allocUnsafeSlow(WRITE_BATCH + _framed_body_js__WEBPACK_IMPORTED_MODULE_5__.m);
        let filled = 0;
        let bytes = 0;
        let writing;
        let waiting = false;
        let failure;
        const startWrite = () => {
          const batch = filling;
          const length = filled;
          filling = spare;
          spare = void 0;
          filled = 0;
          writing = writeAll(output, [batch.subarray(0, length)]).then(() => {
            spare = batch;
            writing = void 0;
            if (!waiting)
              return;
            waiting = false;
            startWrite();
            body.flow();
          }, (error) => {
            failure = error;
            body.destroy(error);
          });
        };
        try {
          await body.pump((piece) => {
            bytes += piece.length;
            hash?.update(piece);
            if (filled + piece.length > filling.length)
              filling = Buffer.concat([filling.subarray(0, filled)], filled + piece.length + _framed_body_js__WEBPACK_IMPORTED_MODULE_5__.m);
            piece.copy(filling, filled);
            filled += piece.length;
            if (filled < WRITE_BATCH || waiting)
              return !waiting;
            if (writing) {
              waiting = true;
              return false;
            }
            startWrite();
            return true;
          });
        } catch (error) {
          await writing?.catch(() => void 0);
          throw failure ?? error;
        }
        while (writing)
          await writing;
        if (failure)
          throw failure;
        if (filled > 0)
          await writeAll(output, [filling.subarray(0, filled)]);
        return bytes;
      }
      function filenameOf(disposition) {
        if (!disposition)
          return void 0;
        const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
        if (extended?.[1]) {
          try {
            return decodeURIComponent(extended[1].trim());
          } catch {
          }
        }
        const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
        return (plain?.[2] ?? plain?.[1])?.trim() || void 0;
      }
      async function writeAll(output, chunks) {
        let rest = chunks;
        while (rest.length > 0) {
          let { bytesWritten } = await output.writev(rest);
          if (bytesWritten === 0)
            throw new Error("the disk took none of the bytes written");
          while (rest.length > 0 && bytesWritten >= rest[0].length)
            bytesWritten -= rest.shift().length;
          if (bytesWritten > 0)
            rest[0] = rest[0].subarray(bytesWritten);
        }
      }
    })
  ),
  /***/
  41826: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Q: () => (
          /* binding */
          FramedBody
        ),
        /* harmony export */
        m: () => (
          /* binding */
          READ_BUFFER
        )
        /* harmony export */
      });
      var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
      var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
      const READ_BUFFER = 64 * 1024;
      class FramedBody extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable {
        socket;
        pumper;
        settle;
        /** Pieces that came before anyone read (with the headers, in the same socket read): copied. */
        held = [];
        ended = false;
        reading = false;
        limit = Number.POSITIVE_INFINITY;
        tooLarge;
        count = 0;
        constructor(socket) {
          super({ highWaterMark: 1024 * 1024 });
          this.socket = socket;
          this.on("error", () => void 0);
        }
        /** Fails the body once more than `limit` bytes came (reply-body.ts: the reply limit, counted here). */
        limitTo(limit, error) {
          this.limit = limit;
          this.tooLarge = error;
        }
        /** From the framer: a piece of the body, valid during this call only. */
        piece(buffer, start, end) {
          if (this.destroyed)
            return;
          this.count += end - start;
          if (this.count > this.limit) {
            this.destroy(this.tooLarge());
            return;
          }
          if (this.pumper) {
            if (!this.pumper(buffer.subarray(start, end)))
              this.socket.pause();
          } else if (this.reading) {
            if (!this.push(Buffer.from(buffer.subarray(start, end)))) {
              this.reading = false;
              this.socket.pause();
            }
          } else {
            this.held.push(Buffer.from(buffer.subarray(start, end)));
            this.socket.pause();
          }
        }
        /** From the framer: the body's last byte came. */
        end() {
          this.ended = true;
          if (this.settle) {
            this.settle.resolve();
            this.settle = void 0;
          } else if (this.reading && this.held.length === 0)
            this.push(null);
        }
        /**
         * Hands every piece of the body to `pumper` as it is read, those that came first included;
         * resolves when the last one was handed over, rejects when the body fails.
         */
        pump(pumper) {
          if (this.destroyed)
            return Promise.reject(this.errored ?? new Error("the reply was closed"));
          this.pumper = pumper;
          const done = new Promise((resolve, reject) => {
            this.settle = { resolve, reject };
          });
          let paused = false;
          for (const piece of this.held.splice(0))
            paused = !pumper(piece) || paused;
          if (this.ended)
            this.end();
          else if (!paused)
            this.socket.resume();
          return done;
        }
        /** After the pumper asked for a pause: read on. */
        flow() {
          if (!this.destroyed && !this.ended)
            this.socket.resume();
        }
        _read() {
          this.reading = true;
          while (this.held.length > 0) {
            if (!this.push(this.held.shift())) {
              this.reading = false;
              return;
            }
          }
          if (this.ended)
            this.push(null);
          else
            this.socket.resume();
        }
        _destroy(error, callback) {
          this.socket.destroy();
          if (this.settle) {
            if (error || !this.ended)
              this.settle.reject(error ?? new Error("the reply was closed before its end"));
            this.settle = void 0;
          }
          callback(error);
        }
      }
    })
  ),
  /***/
  73477: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        LH: () => (
          /* binding */
          untrustedLabelOrNumber
        ),
        /* harmony export */
        Mm: () => (
          /* binding */
          untrustedUrl
        ),
        /* harmony export */
        SL: () => (
          /* binding */
          fieldProblem
        ),
        /* harmony export */
        Tz: () => (
          /* binding */
          untrustedLabel
        ),
        /* harmony export */
        qO: () => (
          /* binding */
          untrustedMessage
        ),
        /* harmony export */
        wg: () => (
          /* binding */
          untrustedToken
        ),
        /* harmony export */
        yc: () => (
          /* binding */
          untrustedId
        )
        /* harmony export */
      });
      var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12032);
      var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61037);
      const ID_LIMIT = 256;
      const LABEL_LIMIT = 200;
      const MESSAGE_LIMIT = 500;
      const TOKEN_LIMIT = 16384;
      const HIDDEN = /[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]|[\ud800-\udfff]/u;
      function check(value, ctx, what, limit) {
        if (HIDDEN.test(value))
          ctx.addIssue({ code: "custom", message: `${what} holds a control character (${(0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__.Ui)(value, 80)})` });
        else if (value.length > limit)
          ctx.addIssue({ code: "custom", message: `${what} is ${value.length} characters long, more than ${limit}` });
        return value;
      }
      const untrustedId = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.union([_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.number()]).transform((value, ctx) => check(String(value), ctx, "an id", ID_LIMIT));
      const untrustedLabel = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value) => (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__.Ui)(value, LABEL_LIMIT));
      const untrustedLabelOrNumber = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.union([_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.number()]).transform((value) => (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__.Ui)(String(value), LABEL_LIMIT));
      const untrustedMessage = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value) => (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__.Ui)(value, MESSAGE_LIMIT));
      const untrustedToken = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value, ctx) => check(value, ctx, "the token", TOKEN_LIMIT)).refine((value) => !/\s/.test(value) && value.length >= 8, { message: "the token is not one word of at least 8 characters" });
      const untrustedUrl = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value) => value.trim()).transform((value, ctx) => check(value, ctx, "the link", 8192)).refine((value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https?:/i.test(value), { message: "the link is not an http(s) URL" });
      function fieldProblem(error) {
        const issue = error.issues.find((i) => i.code === "custom") ?? error.issues[0];
        if (!issue)
          return "unexpected shape";
        const where = issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ` : "";
        return (0, _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__.Ui)(`${where}${issue.message}`, 200);
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
  ),
  /***/
  33690: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        q: () => (
          /* binding */
          platformHttp
        )
        /* harmony export */
      });
      var _core_http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17885);
      function platformHttp(settings, context, options) {
        return new _core_http_client_js__WEBPACK_IMPORTED_MODULE_0__.Qq({ baseUrl: settings.baseUrl, log: context.log, deadline: context.deadline, clock: context.clock, ...options });
      }
    })
  ),
  /***/
  47642: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        koreaiRules: () => (
          /* binding */
          koreaiRules
        ),
        /* harmony export */
        nameFromDefinitions: () => (
          /* binding */
          nameFromDefinitions
        ),
        /* harmony export */
        roles: () => (
          /* binding */
          roles
        ),
        /* harmony export */
        unpackPackage: () => (
          /* binding */
          unpackPackage
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _core_bundle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33303);
      var _core_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60484);
      var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
      var _core_fs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78616);
      var _core_json_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59656);
      var _core_limits_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(36419);
      var _core_names_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(22483);
      var _core_zip_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5644);
      const volatile = ["**.createdAt", "**.updatedAt", "**.modifiedAt", "**.lastModified", "**.lastModifiedAt", "**.createdOn", "**.modifiedOn"];
      const FLOW_FILE = "flow_definition.json";
      const KOREAI = { rulePrefix: "koreai", title: "Kore.ai" };
      const roles = [
        { role: "flowData", file: FLOW_FILE, format: "json", required: true, diff: { ignore: volatile, matchBy: { nodes: "id" } } },
        { role: "workflowData", file: "app_definition.json", format: "json", required: true, diff: { ignore: volatile } },
        {
          role: "envVariables",
          file: "env_variables.json",
          format: "json",
          required: false,
          diff: { ignore: volatile, matchBy: { "": "key", variables: "key" } },
          redact: { secrets: secureVariables }
        }
      ];
      const SECURE_FLAGS = ["isSecured", "isSecure", "secured", "secure", "isSecret", "masked"];
      function secureVariables(document) {
        const list = Array.isArray(document) ? document : (0, _core_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__.OW)(document) && Array.isArray(document.variables) ? document.variables : [];
        const prefix = Array.isArray(document) ? [] : ["variables"];
        const spots = [];
        list.forEach((variable, i) => {
          if (!(0, _core_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__.OW)(variable) || !SECURE_FLAGS.some((flag) => variable[flag] === true))
            return;
          const name = typeof variable.key === "string" ? variable.key : typeof variable.name === "string" ? variable.name : `VARIABLE_${i}`;
          spots.push({ path: [...prefix, i, "value"], name, reason: "Kore.ai variable marked secure" });
        });
        return spots;
      }
      const koreaiRules = {
        roles,
        async adopt(location, dir, context) {
          const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(location);
          if (info.isFile() && await (0, _core_zip_js__WEBPACK_IMPORTED_MODULE_7__.G5)(location)) {
            const files = await unpackPackage(location, dir, { leaveLarge: context.settings.operation === "import" });
            return { name: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(location).replace(/\.zip$/i, "").replace(/^Exported_/, ""), files };
          }
          if (info.isDirectory()) {
            const files = [];
            for (const rule of roles) {
              if (await (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_5__.t2)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(location, rule.file))) {
                const digest = await (0, _core_bundle_js__WEBPACK_IMPORTED_MODULE_2__.s)(dir, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(location, rule.file), rule.file);
                files.push({ path: rule.file, role: rule.role, digest });
              }
            }
            if (files.length === 0) {
              throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.rJ(`${(0, _core_fs_js__WEBPACK_IMPORTED_MODULE_5__.Gt)(location)}: neither a flowferry bundle nor a Kore.ai export (no flow_definition.json)`, [], {
                hint: "Point path at a bundle directory (with flowferry.json), a Kore.ai export .zip, or a directory with its JSON files."
              });
            }
            return { name: await nameFromDefinitions(dir), files };
          }
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.rJ(`${(0, _core_fs_js__WEBPACK_IMPORTED_MODULE_5__.Gt)(location)}: not a Kore.ai export package (a .zip) or a directory of its files`);
        },
        async check(bundle, context) {
          const findings = [];
          for (const rule of roles) {
            const file = (0, _core_bundle_js__WEBPACK_IMPORTED_MODULE_2__.W7)(bundle, rule.role);
            if (!file) {
              if (rule.required) {
                findings.push({
                  file: (0, _core_bundle_js__WEBPACK_IMPORTED_MODULE_2__.pS)(bundle, "flowferry.json"),
                  severity: "error",
                  rule: "koreai.required",
                  message: `the bundle has no ${rule.file} (role ${rule.role}); Kore.ai's import needs it`
                });
              } else if (context.settings.operation === "import" && context.settings.workflowId) {
                findings.push({
                  file: (0, _core_bundle_js__WEBPACK_IMPORTED_MODULE_2__.pS)(bundle, "flowferry.json"),
                  severity: "error",
                  rule: "koreai.required",
                  message: `importing into an existing workflow needs ${rule.file} (role ${rule.role}); Kore.ai requires envVariablesFileId there`
                });
              }
              continue;
            }
            const shown = (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_5__.Gt)(file);
            if ((0, _core_bundle_js__WEBPACK_IMPORTED_MODULE_2__.yw)(bundle, rule.role)) {
              findings.push((0, _core_json_file_js__WEBPACK_IMPORTED_MODULE_6__.xx)(shown, KOREAI));
              continue;
            }
            const parsed = await (0, _core_json_file_js__WEBPACK_IMPORTED_MODULE_6__.NR)(file, shown, KOREAI);
            if ("finding" in parsed) {
              findings.push(parsed.finding);
              continue;
            }
            const { document } = parsed;
            const acceptsArray = rule.role === "envVariables";
            if (!(0, _core_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__.OW)(document) && !(acceptsArray && Array.isArray(document))) {
              findings.push({
                file: shown,
                line: 1,
                col: 1,
                severity: "error",
                rule: "koreai.shape",
                message: `${rule.file} must hold a JSON object${acceptsArray ? " or array" : ""}`
              });
            }
          }
          return findings;
        }
      };
      async function unpackPackage(zipFile, dir, options = {}) {
        const unpacked = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ".unpacked");
        await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(unpacked, { recursive: true, force: true });
        const leave = options.leaveLarge ? ({ bytes }) => bytes > _core_limits_js__WEBPACK_IMPORTED_MODULE_8__.oX : void 0;
        const { written: digests, left } = await (0, _core_zip_js__WEBPACK_IMPORTED_MODULE_7__.Yg)(zipFile, unpacked, { leave });
        const names = [...digests.keys(), ...left.keys()];
        const located = (0, _core_names_js__WEBPACK_IMPORTED_MODULE_9__.E5)(names, FLOW_FILE);
        if (located && "ambiguous" in located) {
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(unpacked, { recursive: true, force: true });
          const [first, second] = located.ambiguous;
          throw _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.rJ.at({ file: (0, _core_fs_js__WEBPACK_IMPORTED_MODULE_5__.Gt)(zipFile) }, "koreai.package", `the package holds two ${FLOW_FILE} at the same depth, ${JSON.stringify(first)} and ${JSON.stringify(second)}; which one is the workflow is ambiguous`, "Use the package exactly as Kore.ai exported it, with one workflow in it.");
        }
        const files = [];
        for (const rule of located ? roles : []) {
          const match = located.pick(rule.file);
          if (!match)
            continue;
          const packed = left.get(match);
          if (packed) {
            files.push({ path: rule.file, role: rule.role, packed });
            continue;
          }
          await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(unpacked, ...match.split("/")), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, rule.file));
          files.push({ path: rule.file, role: rule.role, digest: digests.get(match) });
        }
        await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(unpacked, { recursive: true, force: true });
        if (!files.some((file) => file.role === "flowData")) {
          throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.rJ(`${(0, _core_fs_js__WEBPACK_IMPORTED_MODULE_5__.Gt)(zipFile)}: the package has no ${FLOW_FILE} (it holds ${names.slice(0, 20).join(", ") || "nothing"}${names.length > 20 ? `, and ${names.length - 20} more` : ""})`);
        }
        return files;
      }
      async function nameFromDefinitions(dir) {
        try {
          const app = (await (0, _core_json_file_js__WEBPACK_IMPORTED_MODULE_6__.JE)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, "app_definition.json")))?.value;
          if ((0, _core_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__.OW)(app)) {
            for (const key of ["name", "workflowName", "displayName", "title"]) {
              const value = app[key];
              if (typeof value === "string" && value.trim())
                return value.trim();
            }
          }
        } catch {
        }
        return "";
      }
    })
  ),
  /***/
  6596: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        platform: () => (
          /* binding */
          platform
        )
      });
      var promises_ = __webpack_require__(51455);
      var external_node_path_ = __webpack_require__(76760);
      var external_node_path_default = /* @__PURE__ */ __webpack_require__.n(external_node_path_);
      var core_bundle = __webpack_require__(33303);
      var errors = __webpack_require__(74296);
      var body = __webpack_require__(41434);
      var client = __webpack_require__(17885);
      var download = __webpack_require__(9766);
      var zip = __webpack_require__(5644);
      var phrasing = __webpack_require__(31677);
      var input_names = __webpack_require__(74098);
      var http = __webpack_require__(33690);
      var bundle = __webpack_require__(47642);
      var schema = __webpack_require__(12032);
      var reply_fields = __webpack_require__(73477);
      var untrusted_text = __webpack_require__(61037);
      ;
      const downloadHolder = schema.z.looseObject({
        downloadUrl: reply_fields.Mm.optional(),
        downloadURL: reply_fields.Mm.optional()
      });
      const jobReply = schema.z.looseObject({
        _id: reply_fields.yc.optional(),
        dockStatusId: reply_fields.yc.optional(),
        "dock-statusId": reply_fields.yc.optional(),
        workflowId: reply_fields.yc.optional(),
        toolId: reply_fields.yc.optional(),
        jobType: reply_fields.Tz.optional(),
        action: reply_fields.Tz.optional(),
        status: reply_fields.Tz,
        percentageComplete: schema.z.union([schema.z.number(), schema.z.string()]).optional().nullable(),
        downloadUrl: reply_fields.Mm.optional(),
        downloadURL: reply_fields.Mm.optional(),
        response: downloadHolder.optional().nullable(),
        message: reply_fields.qO.optional(),
        error: schema.z.unknown().optional(),
        reason: reply_fields.qO.optional()
      });
      const SUCCEEDED = /* @__PURE__ */ new Set(["SUCCESS", "SUCCEEDED", "SUCCESSFUL", "COMPLETED", "COMPLETE", "DONE"]);
      const FAILED = /* @__PURE__ */ new Set(["FAILED", "FAILURE", "ERROR", "CANCELLED", "CANCELED", "ABORTED"]);
      function parseJob(value, what, knownId) {
        const parsed = jobReply.safeParse(value);
        if (!parsed.success) {
          throw new errors.vO(`${what}: Kore.ai's reply is not a job status (${(0, reply_fields.SL)(parsed.error)}; reply: ${(0, untrusted_text.cW)(value)})`);
        }
        const reply = parsed.data;
        const status = reply.status.trim().toUpperCase();
        const id2 = reply.dockStatusId ?? reply["dock-statusId"] ?? reply._id ?? knownId;
        const state = SUCCEEDED.has(status) ? "succeeded" : FAILED.has(status) ? "failed" : "running";
        if (!id2 && state === "running") {
          throw new errors.vO(`${what}: Kore.ai says the job is ${reply.status} but gives no dock status id to follow it by`);
        }
        const percent = reply.percentageComplete === void 0 || reply.percentageComplete === null ? void 0 : Number(reply.percentageComplete);
        return {
          id: id2 ?? "",
          state,
          platformStatus: reply.status,
          percent: Number.isFinite(percent) ? percent : void 0,
          workflowId: reply.workflowId ?? reply.toolId,
          action: reply.action,
          downloadUrl: cleanUrl(reply.response?.downloadUrl ?? reply.response?.downloadURL ?? reply.downloadUrl ?? reply.downloadURL),
          message: reply.message ?? reply.reason ?? (typeof reply.error === "string" ? reply_fields.qO.parse(reply.error) : void 0)
        };
      }
      function cleanUrl(url) {
        const trimmed = url?.trim();
        return trimmed ? trimmed : void 0;
      }
      const uploadReply = schema.z.looseObject({
        fileId: reply_fields.yc.optional(),
        _id: reply_fields.yc.optional(),
        id: reply_fields.yc.optional(),
        url: schema.z.string().optional()
      });
      function parseFileId(value, what) {
        const parsed = uploadReply.safeParse(value);
        const id2 = parsed.success ? parsed.data.fileId ?? parsed.data._id ?? parsed.data.id : void 0;
        const problem = parsed.success ? "" : `${(0, reply_fields.SL)(parsed.error)}; `;
        if (!id2)
          throw new errors.vO(`${what}: Kore.ai's reply has no fileId (${problem}reply: ${(0, untrusted_text.cW)(value)})`);
        return id2;
      }
      const sessionReply = schema.z.looseObject({ sessionId: reply_fields.yc });
      function parseSessionId(value, what) {
        const parsed = sessionReply.safeParse(value);
        if (!parsed.success)
          throw new errors.vO(`${what}: Kore.ai's reply has no sessionId (${(0, reply_fields.SL)(parsed.error)}; reply: ${(0, untrusted_text.cW)(value)})`);
        return parsed.data.sessionId;
      }
      const errorReply = schema.z.looseObject({
        errors: schema.z.array(schema.z.looseObject({ msg: schema.z.string().optional(), message: schema.z.string().optional(), code: schema.z.unknown().optional() })).optional(),
        message: schema.z.string().optional(),
        error: schema.z.unknown().optional()
      });
      function errorText(text) {
        let body2;
        try {
          body2 = JSON.parse(text);
        } catch {
          return void 0;
        }
        const parsed = errorReply.safeParse(body2);
        if (!parsed.success)
          return void 0;
        const first = parsed.data.errors?.[0];
        const message = first?.msg ?? first?.message ?? parsed.data.message ?? (typeof parsed.data.error === "string" ? parsed.data.error : void 0);
        if (!message)
          return void 0;
        return { message, code: first?.code === void 0 ? void 0 : String(first.code) };
      }
      var concurrency = __webpack_require__(88904);
      var fs = __webpack_require__(78616);
      ;
      function checkStoredEntry(entry, pieces, shown) {
        let crc = 0;
        let bytes = 0;
        for (const piece of pieces) {
          if (!piece)
            throw new Error(`entry ${JSON.stringify(entry.name)}: a piece was not read`);
          crc = crc32Combine(crc, piece.crc, piece.bytes);
          bytes += piece.bytes;
        }
        if (bytes !== entry.bytes || crc !== entry.crc32) {
          throw errors.rJ.at({ file: shown }, "zip.format", `entry ${JSON.stringify(entry.name)} does not match its checksum (CRC-32${bytes !== entry.bytes ? `; ${bytes} of ${entry.bytes} bytes read` : ""}): the archive is damaged`, "Use the archive exactly as the platform exported it.");
        }
      }
      function storedReads(entry, shown) {
        const pieces = [];
        return {
          range(piece, start, end) {
            const watch = () => {
              const { crc32 } = process.getBuiltinModule("node:zlib");
              const seen = { crc: 0, bytes: 0 };
              pieces[piece] = seen;
              return (chunk) => {
                seen.crc = crc32(chunk, seen.crc);
                seen.bytes += chunk.length;
              };
            };
            return { file: entry.archive, size: entry.archiveBytes, start: entry.offset + start, end: entry.offset + end, watch };
          },
          check: () => checkStoredEntry(entry, pieces, shown)
        };
      }
      const POLY = 3988292384;
      function multmodp(a, b) {
        let m = 2147483648;
        let p = 0;
        for (; ; ) {
          if (a & m) {
            p ^= b;
            if ((a & m - 1) === 0)
              break;
          }
          m >>>= 1;
          b = b & 1 ? b >>> 1 ^ POLY : b >>> 1;
        }
        return p >>> 0;
      }
      const X2N = [];
      for (let k = 0, p = 1073741824; k < 32; k++) {
        X2N.push(p);
        p = multmodp(p, p);
      }
      function x2nmodp(n, k) {
        let p = 2147483648;
        for (; n > 0; n = Math.floor(n / 2), k++) {
          if (n % 2 === 1)
            p = multmodp(X2N[k & 31], p);
        }
        return p;
      }
      function crc32Combine(crc1, crc2, bytes2) {
        return (multmodp(x2nmodp(bytes2, 3), crc1) ^ crc2) >>> 0;
      }
      ;
      const SINGLE_UPLOAD_LIMIT = 25e6;
      const CHUNK_SIZE = 8 * 1024 * 1024;
      const CHUNK_SIZE_VARIABLE = "FLOWFERRY_KOREAI_CHUNK_SIZE";
      const UNITS = { "": 1, b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 * 1024 };
      function chunkSize(env = process.env) {
        const value = env[CHUNK_SIZE_VARIABLE]?.trim();
        if (!value)
          return CHUNK_SIZE;
        const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value);
        const bytes = match && UNITS[match[2].toLowerCase()] !== void 0 ? Math.floor(Number(match[1]) * UNITS[match[2].toLowerCase()]) : NaN;
        if (!(bytes >= 64 * 1024 && bytes < SINGLE_UPLOAD_LIMIT)) {
          throw new errors.rm(`${CHUNK_SIZE_VARIABLE} '${value}' is not a size from 64 KiB to under 25 MB`, { hint: `For example: ${CHUNK_SIZE_VARIABLE}=5MiB, or leave it unset for 8 MiB.` });
        }
        return bytes;
      }
      const CHUNKS_IN_FLIGHT = 4;
      const FILE_CONTEXT = "bulkImport";
      const nothingImported = () => `Nothing was imported yet, so ${(0, phrasing.MZ)("rerunning")} is safe.`;
      function uploaded(reply, what) {
        return {
          fileId: async () => {
            await (0, schema.B)();
            return parseFileId(reply, what);
          }
        };
      }
      async function uploadFile(http2, file, packed) {
        const size = packed ? packed.bytes : (await (0, promises_.stat)(file)).size;
        const filename = external_node_path_default().basename(file);
        const reads = packed && storedReads(packed, (0, fs.Gt)(packed.archive));
        const part = (contentType, piece, range) => {
          if (!reads)
            return { name: "file", file, filename, contentType, size, ...range };
          const { start, end } = range ?? { start: 0, end: size - 1 };
          return { name: "file", filename, contentType, ...reads.range(piece, start, end) };
        };
        const checked = () => reads?.check();
        if (size < SINGLE_UPLOAD_LIMIT) {
          const what2 = `upload ${filename}`;
          const reply2 = await http2.request({
            method: "POST",
            path: "/api/public/files",
            what: what2,
            harmlessIfRepeated: nothingImported(),
            body: { kind: "multipart", parts: [part("application/json", 0), { name: "fileContext", value: FILE_CONTEXT }] },
            readsWithoutSchemas: true
          }, (answer) => (0, client.Vh)(answer, what2));
          checked();
          return uploaded(reply2, what2);
        }
        const chunk = chunkSize();
        const totalChunks = Math.ceil(size / chunk);
        const sessionId = await http2.json({
          method: "POST",
          path: "/api/public/files/session/start",
          what: `start the upload session for ${filename}`,
          harmlessIfRepeated: nothingImported(),
          body: (0, body.P)({
            fileContext: FILE_CONTEXT,
            totalChunks,
            fileExtension: external_node_path_default().extname(filename).slice(1) || "json",
            fileName: filename,
            fileSize: size
          })
        }, (reply2) => parseSessionId(reply2, `start the upload session for ${filename}`));
        await (0, concurrency.hF)(totalChunks, CHUNKS_IN_FLIGHT, async (number) => {
          const start = number * chunk;
          const end = Math.min(size, start + chunk) - 1;
          await http2.request({
            method: "POST",
            path: `/api/public/files/session/${encodeURIComponent(sessionId)}`,
            what: `upload chunk ${number + 1} of ${totalChunks} of ${filename}`,
            harmlessIfRepeated: nothingImported(),
            body: { kind: "multipart", parts: [part("application/octet-stream", number, { start, end }), { name: "chunkNumber", value: String(number) }] }
          }, client.vf);
        });
        checked();
        const what = `complete the upload of ${filename}`;
        const reply = await http2.request({
          method: "POST",
          path: `/api/public/files/session/${encodeURIComponent(sessionId)}/complete`,
          what,
          harmlessIfRepeated: nothingImported(),
          readsWithoutSchemas: true
        }, (answer) => (0, client.Vh)(answer, what));
        return uploaded(reply, what);
      }
      ;
      const describeError = ({ headers, text }) => {
        const known = errorText(text);
        return known ? { ...known, requestId: (0, client.Ve)(headers, text).requestId } : (0, client.Ve)(headers, text);
      };
      class KoreaiClient {
        settings;
        context;
        http;
        constructor(settings, context) {
          this.settings = settings;
          this.context = context;
          const apiKey = settings.own.apiKey;
          this.http = (0, http.q)(settings, context, { describeError, credentials: (0, client.sy)("x-api-key", apiKey) });
        }
        async importBundle(bundle2) {
          return (await this.stageImport(bundle2)).start();
        }
        /**
         * The uploads, apart from the import that names them: an uploaded file is not a workflow until an
         * import names its fileId (https://docs.kore.ai/ai-for-process/apis/apis-list/upload-file-api),
         * so a batch sends the next bundle's files while the job before it runs.
         */
        async stageImport(bundle2) {
          const flow = (0, core_bundle.W7)(bundle2, "flowData");
          const app = (0, core_bundle.W7)(bundle2, "workflowData");
          const env = (0, core_bundle.W7)(bundle2, "envVariables");
          const existing = this.settings.workflowId;
          if (!flow || !app)
            throw new errors.rJ(`${bundle2.location}: a Kore.ai import needs flow_definition.json and app_definition.json`);
          if (existing && !env) {
            throw new errors.rJ(`${bundle2.location}: importing into workflow ${existing} needs env_variables.json, which the bundle lacks`);
          }
          const name = this.settings.workflowName ?? bundle2.manifest.name;
          const files = [
            { file: flow, role: "flowData" },
            { file: app, role: "workflowData" },
            ...env ? [{ file: env, role: "envVariables" }] : []
          ];
          const uploads = await Promise.allSettled(files.map(({ file, role }) => uploadFile(this.http, file, (0, core_bundle.yw)(bundle2, role))));
          const checked = await Promise.allSettled(uploads.map((outcome) => outcome.status === "fulfilled" ? outcome.value.fileId() : Promise.reject(outcome.reason)));
          const ids2 = checked.map((outcome, i) => {
            if (outcome.status === "rejected")
              return void 0;
            const { file, role } = files[i];
            this.context.log.info(`uploaded ${external_node_path_default().basename(file)}${(0, core_bundle.yw)(bundle2, role) ? " straight from the package" : ""} as file ${outcome.value}`);
            return outcome.value;
          });
          const failed = checked.find((outcome) => outcome.status === "rejected");
          if (failed)
            throw failed.reason;
          const [flowDataFileId, workflowDataFileId, envVariablesFileId] = ids2;
          return { start: () => this.startImport(name, { flowDataFileId, workflowDataFileId, envVariablesFileId }) };
        }
        async startImport(name, ids2) {
          const existing = this.settings.workflowId;
          const what = existing ? `import into workflow ${existing}` : `import as new workflow "${name}"`;
          const job = await this.http.json({
            method: "POST",
            path: existing ? `/api/public/workflows/${encodeURIComponent(existing)}/import` : "/api/public/workflows/import",
            what,
            body: (0, body.P)(existing ? ids2 : { ...ids2, workflowName: name })
          }, (reply) => parseJob(reply, what)).catch((error) => {
            if (!existing && error instanceof errors.j$ && error.httpStatus < 500 && /already exists|duplicate|name.*(taken|in use)/i.test(error.detail)) {
              throw error.withHint(`Set ${(0, phrasing.hF)(input_names.pd.WorkflowName)} to a name not used in this account, or ${(0, phrasing.hF)(input_names.pd.WorkflowId)} to import into the existing workflow.`);
            }
            if (existing && error instanceof errors.j$ && refusesVersion(error))
              throw error.withHint(deployedParentHint(existing));
            throw error;
          });
          this.context.log.info(`${what}: Kore.ai answered ${job.platformStatus}${job.id ? ` (dock status ${job.id})` : ""}`);
          return { workflowId: job.workflowId ?? existing, workflowName: name, job: this.withVersionHint(job), platformStatus: job.platformStatus };
        }
        /**
         * A failed import into an existing workflow gets the precondition Kore.ai documents for it.
         * Dock status records carry no failure reason (Get Dock Status documents only the status), so
         * the documented precondition is the most useful thing to say.
         */
        withVersionHint(job) {
          const existing = this.settings.workflowId;
          const importing = this.settings.operation === "import" && (job.action === void 0 || /import/i.test(job.action));
          if (job.state !== "failed" || !existing || !importing)
            return job;
          return { ...job, hint: deployedParentHint(existing) };
        }
        /**
         * The documentation gives the export path twice: `/workflows/{id}/export` in the sample and
         * `/workflow/{id}/export` in the table. The plural (the form every other endpoint uses) is
         * tried first; a 404 there falls back to the singular before concluding the workflow is unknown.
         *
         * The page lists `Content-Type: application/json` for this POST and its sample sends that header
         * with no body (https://docs.kore.ai/ai-for-process/apis/apis-list/export-a-workflow). A gateway
         * that checks the content type refuses the POST without it; some JSON body parsers (Fastify's,
         * for one) refuse that content type on an empty body. An empty object satisfies both readings and
         * names no parameter the page does not.
         */
        async exportWorkflow() {
          const id2 = this.settings.workflowId;
          const what = `start the export of workflow ${id2}`;
          let job;
          for (const collection of ["workflows", "workflow"]) {
            try {
              job = await this.http.json({
                method: "POST",
                path: `/api/public/${collection}/${encodeURIComponent(id2)}/export`,
                query: { flowId: this.settings.own.flowId },
                body: (0, body.P)({}),
                what,
                harmlessIfRepeated: `An export changes nothing in the workflow, so ${(0, phrasing.MZ)("rerunning")} is safe.`
              }, (reply) => parseJob(reply, what));
              break;
            } catch (error) {
              if (!(error instanceof errors.j$ && error.httpStatus === 404 && collection === "workflows"))
                throw this.flowIdHint(error);
              this.context.log.debug(`${what}: 404 on /api/public/workflows/\u2026, trying the singular /api/public/workflow/\u2026 path`);
            }
          }
          if (!job)
            throw new errors.vO(`${what}: no reply`);
          this.context.log.info(`${what}: Kore.ai answered ${job.platformStatus}${job.id ? ` (dock status ${job.id})` : ""}`);
          return { job, workflowId: job.workflowId ?? id2, downloadUrl: job.downloadUrl, platformStatus: job.platformStatus };
        }
        /**
         * The documentation marks `flowId` as required for an export, while flowferry lets tenants that
         * do without it leave `flow-id` empty. When the export is then refused as a bad request or an
         * unknown resource, the missing input is the likely cause, so the error says so by name.
         */
        flowIdHint(error) {
          if (this.settings.own.flowId || !(error instanceof errors.j$) || ![400, 404, 422].includes(error.httpStatus))
            return error;
          return error.withHint("Kore.ai documents flowId (the callflow id of the deployed workflow) as required for an export: set the flow-id input. Both ids show in the browser's network tab when you export the workflow once in the Kore.ai UI.");
        }
        /**
         * Dry run. Kore.ai documents no API that reads a workflow or lists them, so the credentials are
         * all that can be checked beforehand: a dock-status lookup of an id that cannot exist answers
         * 404 to a good key and 401/403 to a bad one. Whether the name is free, or the workflow exists,
         * is said as not checked: the import is the first to know.
         */
        async preflight(bundle2) {
          const file = (0, core_bundle.pS)(bundle2, "flowferry.json");
          const report = { checked: [], unchecked: [], findings: [] };
          try {
            await this.http.request({ method: "GET", path: "/api/public/dock-status/ds-flowferry-preflight", what: "check the API key", accept: [400, 404] }, client.vf);
            report.checked.push("Kore.ai accepts the API key");
          } catch (error) {
            if (!(error instanceof errors.j$) || error.httpStatus !== 401 && error.httpStatus !== 403)
              throw error;
            report.findings.push({ file, severity: "error", rule: "koreai.credentials", message: `Kore.ai refused the API key (HTTP ${error.httpStatus}); check api-key and its scopes` });
          }
          report.unchecked.push(this.settings.workflowId ? `whether workflow ${this.settings.workflowId} exists and is deployed: Kore.ai has no API that reads a workflow` : `whether the name "${this.settings.workflowName ?? bundle2.manifest.name}" is free: Kore.ai has no API that lists workflows, and refuses an import under a name that is taken`);
          return report;
        }
        async jobStatus(jobId) {
          const what = `read dock status ${jobId}`;
          return this.http.json({ method: "GET", path: `/api/public/dock-status/${encodeURIComponent(jobId)}`, what }, (reply) => this.withVersionHint(parseJob(reply, what, jobId)));
        }
        /**
         * Downloads the export package and unpacks it. The API key goes with the download only when
         * the link is on the `base-url` origin (HttpClient enforces this); the export page does not say
         * whether the link needs it (https://docs.kore.ai/ai-for-process/apis/apis-list/export-a-workflow).
         */
        async collectExport(job, staging) {
          const workflowId = job.workflowId ?? this.settings.workflowId;
          if (!job.downloadUrl) {
            throw new errors.vO(`export of workflow ${workflowId}: Kore.ai reported ${job.platformStatus} but gave no download URL`);
          }
          let url;
          try {
            url = new URL(job.downloadUrl, this.http.baseUrl);
          } catch {
            throw new errors.vO(`export of workflow ${workflowId}: the download URL Kore.ai gave is not a URL`);
          }
          const packageFile = external_node_path_default().join(staging, ".package.zip");
          const saved = await this.http.request({ method: "GET", path: url.toString(), what: "download the export package", download: true }, (0, download.f)(packageFile, { hash: false }));
          this.context.log.info(`downloaded the export package (${saved.bytes} bytes)`);
          if (!await (0, zip.G5)(packageFile)) {
            await (0, promises_.rm)(packageFile, { force: true });
            throw new errors.vO(`export of workflow ${workflowId}: the download is not a zip package (content type ${saved.contentType ?? "unknown"})`);
          }
          const files = await (0, bundle.unpackPackage)(packageFile, staging);
          await (0, promises_.rm)(packageFile, { force: true });
          const name = this.settings.workflowName ?? (await (0, bundle.nameFromDefinitions)(staging) || saved.filename?.replace(/\.zip$/i, "")) ?? workflowId;
          return { name: name || workflowId, workflowId, files };
        }
      }
      function deployedParentHint(workflowId) {
        return `Kore.ai imports a workflow as a version only when the parent workflow is deployed: deploy workflow ${workflowId} (in the Kore.ai UI, or POST /api/public/workflows/{workflowId}/deploy), then ${(0, phrasing.MZ)("rerun")}. To create a separate workflow instead, leave ${(0, phrasing.hF)(input_names.pd.WorkflowId)} empty and set ${(0, phrasing.hF)(input_names.pd.WorkflowName)}.`;
      }
      function refusesVersion(error) {
        return /deploy/i.test(error.detail) || [409, 412, 422].includes(error.httpStatus);
      }
      var facts = __webpack_require__(40947);
      ;
      const platform = {
        ...facts.Q,
        loadRules: async () => (await Promise.resolve(
          /* import() */
        ).then(__webpack_require__.bind(__webpack_require__, 47642))).koreaiRules,
        connect: (settings, context) => new KoreaiClient(settings, context)
      };
    })
  )
};
