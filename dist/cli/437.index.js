export const id = 437;
export const ids = [437];
export const modules = {

/***/ 88904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d8: () => (/* binding */ mapLimitAhead),
/* harmony export */   hF: () => (/* binding */ eachLimit),
/* harmony export */   sf: () => (/* binding */ mapLimit)
/* harmony export */ });
/**
 * Runs `fn` over `items` with at most `limit` in flight, keeping the results in input order.
 * Each call is expected to turn its own failures into a result; a throw still stops nothing else.
 */
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
/**
 * Runs `fn(0)` … `fn(count - 1)` with at most `limit` in flight, for parts of one task (the chunks
 * of an upload): the first failure starts nothing more, waits for the calls already running, and
 * is thrown; a task half done is a failed task.
 */
async function eachLimit(count, limit, fn) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (next < count && !failure) {
            const index = next++;
            try {
                await fn(index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker));
    if (failure)
        throw failure.error;
}
/**
 * `mapLimit` for calls in two stages: `prepare` (local work: reading and checking a bundle), then
 * `run` (the platform's part), at most `limit` items in `run` at once. A call whose `run` starts
 * waiting on something that needs no CPU here (a platform job) calls `idle()`, and the next item's
 * `prepare` starts then: its local work is done during that wait instead of after it. Without
 * this, the items of a batch stay in step (they start together and their jobs take as long), so
 * each round paid the local work of all `limit` items one after another on the one JavaScript
 * thread, between a job's end and the next upload. Each `run` prepares at most one item ahead, so
 * no more than `limit` items are ever prepared and waiting. `prepare` is expected to turn its own
 * failures into a value, as `fn` of `mapLimit` does.
 */
async function mapLimitAhead(items, limit, prepare, run) {
    const results = new Array(items.length);
    const ahead = new Map();
    let next = 0;
    /** Items before this one have had `prepare` started. */
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
                // Awaited when its turn comes; until then a failure must not count as unhandled.
                early.catch(() => undefined);
                ahead.set(upcoming, early);
            };
            results[index] = await run(await prepared, items[index], index, idle);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 9766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ saveTo)
/* harmony export */ });
/* unused harmony export filenameOf */
/* harmony import */ var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16082);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78616);
/* harmony import */ var _memory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11360);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61037);





/** As long as a label from a reply may be shown (core/reply-fields.ts). */
const HEADER_LIMIT = 200;
/**
 * Bytes gathered from the reply before one write to the file. The socket hands over chunks of
 * 16–64 KiB; writing each through a WriteStream (16 KiB high-water mark) waited for the disk once
 * per chunk, and the reply stood still meanwhile (downloads ran at 0.57–0.81× curl's rate on the
 * same loopback, docs/performance.md, Large files). Gathered into 1 MiB writes, with one
 * write in flight while the next batch fills, the reply keeps flowing and the file sees a
 * thousand writes per gigabyte instead of sixteen thousand. At most two batches are held: the
 * memory stays flat whatever the file's size.
 */
const WRITE_BATCH = 1024 * 1024;
function saveTo(file, options = {}) {
    return async (reply) => {
        const temp = (0,_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .siblingTemp */ .ht)(file, 'download');
        const hash = options.hash === false ? undefined : (0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256');
        let bytes = 0;
        try {
            const output = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx');
            let writing;
            try {
                let batch = [];
                let batched = 0;
                for await (const chunk of reply.body) {
                    bytes += chunk.length;
                    hash?.update(chunk);
                    (0,_memory_js__WEBPACK_IMPORTED_MODULE_3__/* .streamed */ .IB)(chunk.length);
                    batch.push(chunk);
                    batched += chunk.length;
                    if (batched < WRITE_BATCH)
                        continue;
                    // One write in flight: wait for the previous one before handing over the next batch.
                    if (writing)
                        await writing;
                    writing = writeAll(output, batch);
                    // Its failure is thrown where it is awaited; until then it must not count as unhandled.
                    writing.catch(() => undefined);
                    batch = [];
                    batched = 0;
                }
                if (writing)
                    await writing;
                writing = undefined;
                if (batch.length > 0)
                    await writeAll(output, batch);
            }
            finally {
                // A reply that broke off mid-file: let the write in flight end before the file is closed.
                await writing?.catch(() => undefined);
                await output.close();
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
            throw error;
        }
        // Both are the platform's words, and both reach messages (a wrong content type) or outputs (a
        // name from the file name): shown as text from outside is (core/untrusted-text.ts).
        const type = reply.headers['content-type'];
        const contentType = Array.isArray(type) ? type[0] : type;
        const filename = filenameOf(reply.headers['content-disposition']);
        return {
            bytes,
            sha256: hash?.digest('hex'),
            contentType: contentType === undefined ? undefined : (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .untrustedText */ .Ui)(contentType, HEADER_LIMIT),
            filename: filename === undefined ? undefined : (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .untrustedText */ .Ui)(filename, HEADER_LIMIT),
        };
    };
}
/** `attachment; filename="Invoice triage.zip"` (or RFC 5987 `filename*=UTF-8''…`) → the name. */
function filenameOf(disposition) {
    if (!disposition)
        return undefined;
    const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
    if (extended?.[1]) {
        try {
            return decodeURIComponent(extended[1].trim());
        }
        catch {
            // fall through to the plain form
        }
    }
    const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
    return (plain?.[2] ?? plain?.[1])?.trim() || undefined;
}
/** Writes every byte of `chunks` at the file's current end (a short write goes on from where it stopped). */
async function writeAll(output, chunks) {
    let rest = chunks;
    while (rest.length > 0) {
        let { bytesWritten } = await output.writev(rest);
        if (bytesWritten === 0)
            throw new Error('the disk took none of the bytes written');
        while (rest.length > 0 && bytesWritten >= rest[0].length)
            bytesWritten -= rest.shift().length;
        if (bytesWritten > 0)
            rest[0] = rest[0].subarray(bytesWritten);
    }
}


/***/ }),

/***/ 73477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ untrustedLabelOrNumber),
/* harmony export */   Mm: () => (/* binding */ untrustedUrl),
/* harmony export */   SL: () => (/* binding */ fieldProblem),
/* harmony export */   Tz: () => (/* binding */ untrustedLabel),
/* harmony export */   qO: () => (/* binding */ untrustedMessage),
/* harmony export */   wg: () => (/* binding */ untrustedToken),
/* harmony export */   yc: () => (/* binding */ untrustedId)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12032);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61037);


/**
 * The fields every platform reads out of its replies, with core's rule for text from outside
 * (core/untrusted-text.ts) built in, so that each platform's reply schema applies it by using
 * these instead of a bare `z.string()`:
 *
 * - an id (a job, a file, a workflow, a folder) is sent back to the platform in later requests
 *   and written to outputs: one with a control or invisible format character, or longer than
 *   any real id, is refused — it is not an id, and changing it would only send something else;
 * - a label (a status, a name, a version, a message) is only shown: it is made one line with
 *   visible escapes, masked and shortened;
 * - a token is registered as a secret and sent in a header: it must be one printable word.
 */
const ID_LIMIT = 256;
const LABEL_LIMIT = 200;
const MESSAGE_LIMIT = 500;
const TOKEN_LIMIT = 16_384;
/** Control, line-separator and invisible format characters (bidi overrides, zero-width spaces). */
const HIDDEN = /[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]|[\ud800-\udfff]/u;
function check(value, ctx, what, limit) {
    if (HIDDEN.test(value))
        ctx.addIssue({ code: 'custom', message: `${what} holds a control character (${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .untrustedText */ .Ui)(value, 80)})` });
    else if (value.length > limit)
        ctx.addIssue({ code: 'custom', message: `${what} is ${value.length} characters long, more than ${limit}` });
    return value;
}
/** An id, as a string or a number; refused when it is not one printable value of a sane length. */
const untrustedId = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z
    .union([_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.number()])
    .transform((value, ctx) => check(String(value), ctx, 'an id', ID_LIMIT));
/** A status, name or version: shown only, so made printable rather than refused. */
const untrustedLabel = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value) => (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .untrustedText */ .Ui)(value, LABEL_LIMIT));
/** A status, name or version that may come as a number. */
const untrustedLabelOrNumber = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.union([_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string(), _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.number()]).transform((value) => (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .untrustedText */ .Ui)(String(value), LABEL_LIMIT));
/** A message from the platform: shown only; longer than a label. */
const untrustedMessage = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string().transform((value) => (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .untrustedText */ .Ui)(value, MESSAGE_LIMIT));
/**
 * A bearer token a platform issued: registered as a secret (masked in every log line) and sent
 * as a header, so it must be a single printable word, and long enough that masking it cannot
 * blank ordinary words of the log (real tokens are dozens of characters).
 */
const untrustedToken = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z
    .string()
    .transform((value, ctx) => check(value, ctx, 'the token', TOKEN_LIMIT))
    .refine((value) => !/\s/.test(value) && value.length >= 8, { message: 'the token is not one word of at least 8 characters' });
/** A link the platform hands out (a download URL): one printable http(s) URL, trimmed. */
const untrustedUrl = _schema_js__WEBPACK_IMPORTED_MODULE_0__.z
    .string()
    .transform((value) => value.trim())
    .transform((value, ctx) => check(value, ctx, 'the link', 8192))
    .refine((value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https?:/i.test(value), { message: 'the link is not an http(s) URL' });
/** What was wrong with a reply field, for the message that refuses the reply. */
function fieldProblem(error) {
    const issue = error.issues.find((i) => i.code === 'custom') ?? error.issues[0];
    if (!issue)
        return 'unexpected shape';
    const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    return (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .untrustedText */ .Ui)(`${where}${issue.message}`, 200);
}


/***/ }),

/***/ 71732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ isZipFile),
/* harmony export */   Yg: () => (/* binding */ unpackZip),
/* harmony export */   oP: () => (/* binding */ nextEntry),
/* harmony export */   wo: () => (/* binding */ inspectZip)
/* harmony export */ });
/* unused harmony exports defaultZipLimits, extractZip, extractZipHashed */
/* harmony import */ var _crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16082);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78616);
/* harmony import */ var _memory_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11360);
/* harmony import */ var _plain_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19130);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(22483);










/**
 * yauzl, loaded by the first zip opened: modules that may read a zip are on the way to a run's
 * first request, the reading itself comes after it (or not at all).
 */
async function zipReader() {
    return (await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 20663, 19))).default;
}
const defaultZipLimits = {
    maxEntries: 10_000,
    maxTotalBytes: 2 * 1024 ** 3,
    maxRatio: 200,
};
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/**
 * Reads a zip's central directory and reports every unsafe entry as a finding, without
 * extracting anything. A file that is not a zip at all is a `BundleError`.
 */
async function inspectZip(file, limits = defaultZipLimits) {
    const shown = (0,_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPath */ .Gt)(file);
    const { openPromise, getFileNameLowLevel } = await zipReader();
    let zip;
    try {
        zip = await openPromise(file, { decodeStrings: false, validateEntrySizes: true });
    }
    catch (error) {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .BundleError */ .rJ.at({ file: shown }, 'zip.format', `not a readable zip archive (${error.message})`, 'Use the archive exactly as the platform exported it.');
    }
    const entries = [];
    const findings = [];
    const problem = (message, rule) => findings.push({ file: shown, severity: 'error', rule, message });
    let total = 0;
    try {
        if (zip.entryCount > limits.maxEntries) {
            problem(`the archive has ${zip.entryCount} entries; at most ${limits.maxEntries} are accepted`, 'zip.entries');
            return { entries, findings };
        }
        for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
            const name = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
            const unsafe = (0,_names_js__WEBPACK_IMPORTED_MODULE_9__/* .unsafeName */ .gj)(name);
            if (unsafe)
                problem(`entry ${JSON.stringify(name)}: ${unsafe}`, 'zip.path');
            const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
            if (mode === S_IFLNK)
                problem(`entry ${JSON.stringify(name)} is a symbolic link; links are not accepted`, 'zip.symlink');
            if (entry.isEncrypted())
                problem(`entry ${JSON.stringify(name)} is encrypted`, 'zip.encrypted');
            total += entry.uncompressedSize;
            if (entry.uncompressedSize > 1024 ** 2 &&
                entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)) {
                problem(`entry ${JSON.stringify(name)} expands ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}-fold; ` +
                    `more than ${limits.maxRatio}-fold looks like a zip bomb`, 'zip.ratio');
            }
            entries.push({
                name,
                size: entry.uncompressedSize,
                compressedSize: entry.compressedSize,
                directory: name.endsWith('/'),
            });
        }
        if (total > limits.maxTotalBytes) {
            problem(`the archive expands to ${total} bytes; at most ${limits.maxTotalBytes} are accepted`, 'zip.size');
        }
        // Two entries one file system takes for one file: which one is unpacked would depend on the order.
        const same = (0,_names_js__WEBPACK_IMPORTED_MODULE_9__/* .sameNames */ .Fk)(entries.map((entry) => entry.name.replace(/\/$/, '')));
        for (const [first, second] of same.slice(0, 10)) {
            problem(`entries ${JSON.stringify(first)} and ${JSON.stringify(second)} name the same file (case and Unicode form do not tell names apart)`, 'zip.duplicate');
        }
        const clashes = (0,_names_js__WEBPACK_IMPORTED_MODULE_9__/* .fileFolderClashes */ ._y)(entries.filter((entry) => !entry.directory).map((entry) => entry.name));
        for (const [file, inside] of clashes.slice(0, 10)) {
            problem(`entry ${JSON.stringify(inside)} would be inside ${JSON.stringify(file)}, which is a file`, 'zip.duplicate');
        }
        if (same.length > 10 || clashes.length > 10)
            problem(`${same.length + clashes.length} clashing names in all`, 'zip.duplicate');
    }
    catch (error) {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .BundleError */ .rJ.at({ file: shown }, 'zip.format', `the archive is damaged (${error.message})`);
    }
    finally {
        zip.close();
    }
    return { entries, findings };
}
/**
 * Extracts the regular files of a zip into `dest` after `inspectZip` found nothing wrong. Sizes
 * are checked again while streaming (yauzl compares actual to declared sizes), so a lying header
 * cannot get past the limits.
 */
async function extractZip(file, dest, limits = defaultZipLimits) {
    return [...(await extractZipHashed(file, dest, limits)).keys()];
}
/**
 * `extractZip`, with the SHA-256 and size of each file taken as it is written (by entry name), so
 * an unpacked file is not read again to be hashed.
 */
async function extractZipHashed(file, dest, limits = defaultZipLimits) {
    return (await unpackZip(file, dest, { limits })).written;
}
/**
 * `extractZipHashed`, except that the stored entries `leave` picks are not written out: they are
 * returned as byte ranges of the archive (`left`), to be read straight from it by a caller that
 * checks their CRC-32 as it reads them (core/zip-stored.ts, `checkStoredEntry`). Every entry,
 * left or not, has passed `inspectZip` first. The archive is remembered as core/plain-file.ts
 * remembers a file whose checksum was taken, so a later read of it gets this very file or a refusal.
 */
async function unpackZip(file, dest, options = {}) {
    const shown = (0,_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPath */ .Gt)(file);
    const archive = options.leave ? await (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_8__/* .checkPlainFile */ .lN)(file, { shown }) : undefined;
    const { findings } = await inspectZip(file, options.limits);
    if (findings.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .BundleError */ .rJ(`${shown}: refused to unpack: ${findings.map((f) => f.message).join('; ')}`, findings);
    }
    const { openPromise, getFileNameLowLevel } = await zipReader();
    const zip = await openPromise(file, { decodeStrings: false, validateEntrySizes: true });
    const written = new Map();
    const left = new Map();
    try {
        for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
            const name = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
            if (name.endsWith('/'))
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
            const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dest, ...name.split('/'));
            if (!target.startsWith(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(dest) + (node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)))
                throw new Error(`entry ${JSON.stringify(name)} escapes the destination`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), { recursive: true });
            const temp = (0,_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .siblingTemp */ .ht)(target);
            try {
                const hash = (0,_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .createHash */ .n1)('sha256');
                if (stored)
                    await copyStored(file, zip, entry, temp, name, hash);
                else
                    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(await zip.openReadStreamPromise(entry), (0,_memory_js__WEBPACK_IMPORTED_MODULE_7__/* .countingStage */ .SN)(hash), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp, { flags: 'wx' }));
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
                written.set(name, { bytes: entry.uncompressedSize, sha256: hash.digest('hex') });
            }
            catch (error) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
                throw error;
            }
        }
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .BundleError */ .rJ)
            throw error;
        throw _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .BundleError */ .rJ.at({ file: shown }, 'zip.format', `could not unpack the archive (${error.message})`);
    }
    finally {
        zip.close();
    }
    if (archive && left.size > 0)
        (0,_plain_file_js__WEBPACK_IMPORTED_MODULE_8__/* .remember */ .kY)(file, archive);
    return { written, left };
}
/**
 * A stored (uncompressed) entry is copied straight from the archive through two reused buffers,
 * checking its CRC on the way. Large packages are usually stored (their content does not
 * compress), and this moves a gigabyte without leaving a gigabyte of buffers for the collector.
 * The next piece is read while this one is checked, hashed and written, so the checksums (on
 * this thread) and the disk (on libuv's) work at the same time instead of taking turns.
 */
async function copyStored(file, zip, entry, target, name, hash) {
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    const total = entry.uncompressedSize;
    const size = Math.min(1024 * 1024, Math.max(1, total));
    const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
    const input = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'r');
    const output = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(target, 'wx');
    const { crc32 } = process.getBuiltinModule('node:zlib');
    const read = (into, done) => {
        const reading = input.read(into, 0, Math.min(size, total - done), fileDataStart + done).then((r) => r.bytesRead);
        // Its failure is thrown where it is awaited; until then it must not count as unhandled.
        reading.catch(() => undefined);
        return reading;
    };
    let crc = 0;
    let reading = total > 0 ? read(buffers[0], 0) : undefined;
    let writing;
    try {
        for (let done = 0, turn = 0; reading; turn ^= 1) {
            const bytesRead = await reading;
            if (bytesRead === 0)
                throw new Error(`entry ${name} is cut short`);
            const chunk = buffers[turn].subarray(0, bytesRead);
            done += bytesRead;
            // The other buffer is free once its write has ended.
            await writing;
            reading = done < total ? read(buffers[turn ^ 1], done) : undefined;
            crc = crc32(chunk, crc);
            hash.update(chunk);
            writing = writeAll(output, chunk);
            writing.catch(() => undefined);
        }
        await writing;
    }
    finally {
        // A failure mid-copy: let the read and write in flight end before their files are closed.
        await Promise.allSettled([reading, writing]);
        await input.close();
        await output.close();
    }
    if (crc !== entry.crc32)
        throw new Error(`entry ${name} does not match its checksum (CRC-32)`);
}
/** Writes every byte of `data` at the file's current end (a short write goes on from where it stopped). */
async function writeAll(output, data) {
    for (let done = 0; done < data.length;) {
        const { bytesWritten } = await output.write(data, done, data.length - done);
        if (bytesWritten === 0)
            throw new Error('the disk took none of the bytes written');
        done += bytesWritten;
    }
}
/** The next entry of a zip opened with `openPromise` (lazy entries), or undefined at the end. */
function nextEntry(zip) {
    return new Promise((resolve, reject) => {
        const onEntry = (entry) => {
            cleanup();
            resolve(entry);
        };
        const onEnd = () => {
            cleanup();
            resolve(undefined);
        };
        const onError = (error) => {
            cleanup();
            reject(error);
        };
        const cleanup = () => {
            zip.off('entry', onEntry);
            zip.off('end', onEnd);
            zip.off('error', onError);
        };
        zip.on('entry', onEntry);
        zip.on('end', onEnd);
        zip.on('error', onError);
        zip.readEntry();
    });
}
/** Whether a file starts like a zip archive (a local file header, or the end record of an empty one). */
async function isZipFile(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'r');
    try {
        const head = Buffer.alloc(4);
        const { bytesRead } = await handle.read(head, 0, 4, 0);
        if (bytesRead < 4)
            return false;
        const signature = head.readUInt32LE(0);
        return signature === 0x04034b50 || signature === 0x06054b50;
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 33690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ platformHttp)
/* harmony export */ });
/* harmony import */ var _core_http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52911);

/** The shared HTTP client bound to the step: its `base-url` (the only origin credentials go to), log, deadline and clock. */
function platformHttp(settings, context, options) {
    return new _core_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({ baseUrl: settings.baseUrl, log: context.log, deadline: context.deadline, clock: context.clock, ...options });
}


/***/ }),

/***/ 1437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  platform: () => (/* binding */ platform)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/bundle.ts
var core_bundle = __webpack_require__(33303);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(60484);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/fs.ts
var fs = __webpack_require__(78616);
// EXTERNAL MODULE: ./src/core/json-file.ts
var json_file = __webpack_require__(59656);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(36419);
// EXTERNAL MODULE: ./src/core/names.ts
var core_names = __webpack_require__(22483);
// EXTERNAL MODULE: ./src/core/zip.ts
var zip = __webpack_require__(71732);
;// CONCATENATED MODULE: ./src/platforms/koreai/bundle.ts










/**
 * The three files of a Kore.ai export package and their roles. Which file is the import call's
 * `workflowDataFileId` is not documented; flowferry assumes app_definition.json (the README's
 * "Kore.ai assumptions" lists this and the other guesses).
 */
/**
 * For diff: timestamps are volatile wherever they appear (the documents' schema is not published,
 * so these are the usual names); nodes are matched by `id` and environment variables by `key`
 * when every element has a unique one, so a reordering is not a change.
 */
const bundle_volatile = ['**.createdAt', '**.updatedAt', '**.modifiedAt', '**.lastModified', '**.lastModifiedAt', '**.createdOn', '**.modifiedOn'];
const FLOW_FILE = 'flow_definition.json';
const KOREAI = { rulePrefix: 'koreai', title: 'Kore.ai' };
const roles = [
    { role: 'flowData', file: FLOW_FILE, format: 'json', required: true, diff: { ignore: bundle_volatile, matchBy: { nodes: 'id' } } },
    { role: 'workflowData', file: 'app_definition.json', format: 'json', required: true, diff: { ignore: bundle_volatile } },
    {
        role: 'envVariables',
        file: 'env_variables.json',
        format: 'json',
        required: false,
        diff: { ignore: bundle_volatile, matchBy: { '': 'key', variables: 'key' } },
        redact: { secrets: secureVariables },
    },
];
const SECURE_FLAGS = ['isSecured', 'isSecure', 'secured', 'secure', 'isSecret', 'masked'];
/**
 * Environment variables Kore.ai marks secure (the flag's exact name is not documented; these are
 * the spellings flowferry accepts), as an array or under `variables`; each becomes a placeholder
 * named after the variable's key.
 */
function secureVariables(document) {
    const list = Array.isArray(document) ? document : (0,canonical_json/* isJsonObject */.OW)(document) && Array.isArray(document.variables) ? document.variables : [];
    const prefix = Array.isArray(document) ? [] : ['variables'];
    const spots = [];
    list.forEach((variable, i) => {
        if (!(0,canonical_json/* isJsonObject */.OW)(variable) || !SECURE_FLAGS.some((flag) => variable[flag] === true))
            return;
        const name = typeof variable.key === 'string' ? variable.key : typeof variable.name === 'string' ? variable.name : `VARIABLE_${i}`;
        spots.push({ path: [...prefix, i, 'value'], name, reason: 'Kore.ai variable marked secure' });
    });
    return spots;
}
const koreaiRules = {
    roles,
    async adopt(location, dir, context) {
        const info = await (0,promises_.stat)(location);
        if (info.isFile() && (await (0,zip/* isZipFile */.G5)(location))) {
            // An import sends the large files as they are in the package: unpacking a gigabyte only to
            // read it back cost a step as long as the upload itself (docs/performance.md, Large files).
            const files = await unpackPackage(location, dir, { leaveLarge: context.settings.operation === 'import' });
            return { name: external_node_path_default().basename(location).replace(/\.zip$/i, '').replace(/^Exported_/, ''), files };
        }
        if (info.isDirectory()) {
            const files = [];
            for (const rule of roles) {
                if (await (0,fs/* exists */.t2)(external_node_path_default().join(location, rule.file))) {
                    const digest = await (0,core_bundle/* copyInto */.s)(dir, external_node_path_default().join(location, rule.file), rule.file);
                    files.push({ path: rule.file, role: rule.role, digest });
                }
            }
            if (files.length === 0) {
                throw new errors/* BundleError */.rJ(`${(0,fs/* displayPath */.Gt)(location)}: neither a flowferry bundle nor a Kore.ai export (no flow_definition.json)`, [], {
                    hint: 'Point path at a bundle directory (with flowferry.json), a Kore.ai export .zip, or a directory with its JSON files.',
                });
            }
            return { name: await nameFromDefinitions(dir), files };
        }
        throw new errors/* BundleError */.rJ(`${(0,fs/* displayPath */.Gt)(location)}: not a Kore.ai export package (a .zip) or a directory of its files`);
    },
    async check(bundle, context) {
        const findings = [];
        for (const rule of roles) {
            const file = (0,core_bundle/* fileOf */.W7)(bundle, rule.role);
            if (!file) {
                if (rule.required) {
                    findings.push({
                        file: (0,core_bundle/* shownPath */.pS)(bundle, 'flowferry.json'),
                        severity: 'error',
                        rule: 'koreai.required',
                        message: `the bundle has no ${rule.file} (role ${rule.role}); Kore.ai's import needs it`,
                    });
                }
                else if (context.settings.operation === 'import' && context.settings.workflowId) {
                    findings.push({
                        file: (0,core_bundle/* shownPath */.pS)(bundle, 'flowferry.json'),
                        severity: 'error',
                        rule: 'koreai.required',
                        message: `importing into an existing workflow needs ${rule.file} (role ${rule.role}); Kore.ai requires envVariablesFileId there`,
                    });
                }
                continue;
            }
            const shown = (0,fs/* displayPath */.Gt)(file);
            if ((0,core_bundle/* packedOf */.yw)(bundle, rule.role)) {
                // Left in its package for being larger than anything parsed (unpackPackage).
                findings.push((0,json_file/* tooLargeToCheck */.xx)(shown, KOREAI));
                continue;
            }
            const parsed = await (0,json_file/* checkJsonFile */.NR)(file, shown, KOREAI);
            if ('finding' in parsed) {
                findings.push(parsed.finding);
                continue;
            }
            const { document } = parsed;
            const acceptsArray = rule.role === 'envVariables';
            if (!(0,canonical_json/* isJsonObject */.OW)(document) && !(acceptsArray && Array.isArray(document))) {
                findings.push({
                    file: shown,
                    line: 1,
                    col: 1,
                    severity: 'error',
                    rule: 'koreai.shape',
                    message: `${rule.file} must hold a JSON object${acceptsArray ? ' or array' : ''}`,
                });
            }
        }
        return findings;
    },
};
/**
 * Unpacks an export package into `dir`: the three files by name, from the folder holding the
 * shallowest flow_definition.json (core/names.ts `locateInPackage`), wherever that is in the zip.
 * A file of the same name in a subfolder is never taken instead; two at the same depth are refused.
 *
 * With `leaveLarge` (an import), a stored file larger than any file a step reads before sending
 * it (IN_MEMORY_DOCUMENT_LIMIT: placeholders are searched up to it, JSON parsed up to less) stays
 * in the package: the upload reads it from there (core/bundle.ts, Bundle.packed).
 */
async function unpackPackage(zipFile, dir, options = {}) {
    const unpacked = external_node_path_default().join(dir, '.unpacked');
    await (0,promises_.rm)(unpacked, { recursive: true, force: true });
    const leave = options.leaveLarge ? ({ bytes }) => bytes > limits/* IN_MEMORY_DOCUMENT_LIMIT */.oX : undefined;
    const { written: digests, left } = await (0,zip/* unpackZip */.Yg)(zipFile, unpacked, { leave });
    const names = [...digests.keys(), ...left.keys()];
    const located = (0,core_names/* locateInPackage */.E5)(names, FLOW_FILE);
    if (located && 'ambiguous' in located) {
        await (0,promises_.rm)(unpacked, { recursive: true, force: true });
        const [first, second] = located.ambiguous;
        throw errors/* BundleError */.rJ.at({ file: (0,fs/* displayPath */.Gt)(zipFile) }, 'koreai.package', `the package holds two ${FLOW_FILE} at the same depth, ${JSON.stringify(first)} and ${JSON.stringify(second)}; which one is the workflow is ambiguous`, 'Use the package exactly as Kore.ai exported it, with one workflow in it.');
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
        await (0,promises_.rename)(external_node_path_default().join(unpacked, ...match.split('/')), external_node_path_default().join(dir, rule.file));
        files.push({ path: rule.file, role: rule.role, digest: digests.get(match) });
    }
    await (0,promises_.rm)(unpacked, { recursive: true, force: true });
    if (!files.some((file) => file.role === 'flowData')) {
        throw new errors/* BundleError */.rJ(`${(0,fs/* displayPath */.Gt)(zipFile)}: the package has no ${FLOW_FILE} (it holds ${names.slice(0, 20).join(', ') || 'nothing'}${names.length > 20 ? `, and ${names.length - 20} more` : ''})`);
    }
    return files;
}
/** The workflow's name as the app definition records it, where it does (the schema is not documented). */
async function nameFromDefinitions(dir) {
    try {
        // Read within core's limit on documents: a package's app definition can be any size.
        const app = (await (0,json_file/* readJsonFile */.JE)(external_node_path_default().join(dir, 'app_definition.json')))?.value;
        if ((0,canonical_json/* isJsonObject */.OW)(app)) {
            for (const key of ['name', 'workflowName', 'displayName', 'title']) {
                const value = app[key];
                if (typeof value === 'string' && value.trim())
                    return value.trim();
            }
        }
    }
    catch {
        // no app definition, or not readable JSON: the caller falls back to another name
    }
    return '';
}

// EXTERNAL MODULE: ./src/core/http/body.ts + 1 modules
var body = __webpack_require__(41434);
// EXTERNAL MODULE: ./src/core/http/client.ts + 10 modules
var client = __webpack_require__(52911);
// EXTERNAL MODULE: ./src/core/http/download.ts
var download = __webpack_require__(9766);
// EXTERNAL MODULE: ./src/core/phrasing.ts
var phrasing = __webpack_require__(31677);
// EXTERNAL MODULE: ./src/input-names.ts
var input_names = __webpack_require__(74098);
// EXTERNAL MODULE: ./src/platforms/http.ts
var http = __webpack_require__(33690);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __webpack_require__(12032);
// EXTERNAL MODULE: ./src/core/reply-fields.ts
var reply_fields = __webpack_require__(73477);
// EXTERNAL MODULE: ./src/core/untrusted-text.ts
var untrusted_text = __webpack_require__(61037);
;// CONCATENATED MODULE: ./src/platforms/koreai/replies.ts




/**
 * Kore.ai's replies, read tolerantly. The documentation spells the same field several ways
 * (docs/platforms/koreai.md lists them): `dockStatusId` and `dock-statusId`, `downloadUrl` and
 * `downloadURL`, at the top or under `response`; the older "tools" generation says `toolId`.
 * Every spelling is accepted and normalised here, so the client never sees the difference.
 */
// Ids, labels and links through core's rule for reply text (core/reply-fields.ts).
const downloadHolder = schema.z.looseObject({
    downloadUrl: reply_fields/* untrustedUrl */.Mm.optional(),
    downloadURL: reply_fields/* untrustedUrl */.Mm.optional(),
});
const jobReply = schema.z.looseObject({
    _id: reply_fields/* untrustedId */.yc.optional(),
    dockStatusId: reply_fields/* untrustedId */.yc.optional(),
    'dock-statusId': reply_fields/* untrustedId */.yc.optional(),
    workflowId: reply_fields/* untrustedId */.yc.optional(),
    toolId: reply_fields/* untrustedId */.yc.optional(),
    jobType: reply_fields/* untrustedLabel */.Tz.optional(),
    action: reply_fields/* untrustedLabel */.Tz.optional(),
    status: reply_fields/* untrustedLabel */.Tz,
    percentageComplete: schema.z.union([schema.z.number(), schema.z.string()]).optional().nullable(),
    downloadUrl: reply_fields/* untrustedUrl */.Mm.optional(),
    downloadURL: reply_fields/* untrustedUrl */.Mm.optional(),
    response: downloadHolder.optional().nullable(),
    message: reply_fields/* untrustedMessage */.qO.optional(),
    error: schema.z.unknown().optional(),
    reason: reply_fields/* untrustedMessage */.qO.optional(),
});
const SUCCEEDED = new Set(['SUCCESS', 'SUCCEEDED', 'SUCCESSFUL', 'COMPLETED', 'COMPLETE', 'DONE']);
const FAILED = new Set(['FAILED', 'FAILURE', 'ERROR', 'CANCELLED', 'CANCELED', 'ABORTED']);
/** A start reply (import/export) or a dock-status record, as a JobState. */
function parseJob(value, what, knownId) {
    const parsed = jobReply.safeParse(value);
    if (!parsed.success) {
        throw new errors/* ReplyError */.vO(`${what}: Kore.ai's reply is not a job status (${(0,reply_fields/* fieldProblem */.SL)(parsed.error)}; reply: ${(0,untrusted_text/* untrustedValue */.cW)(value)})`);
    }
    const reply = parsed.data;
    const status = reply.status.trim().toUpperCase();
    const id = reply.dockStatusId ?? reply['dock-statusId'] ?? reply._id ?? knownId;
    const state = SUCCEEDED.has(status) ? 'succeeded' : FAILED.has(status) ? 'failed' : 'running';
    if (!id && state === 'running') {
        throw new errors/* ReplyError */.vO(`${what}: Kore.ai says the job is ${reply.status} but gives no dock status id to follow it by`);
    }
    const percent = reply.percentageComplete === undefined || reply.percentageComplete === null ? undefined : Number(reply.percentageComplete);
    return {
        id: id ?? '',
        state,
        platformStatus: reply.status,
        percent: Number.isFinite(percent) ? percent : undefined,
        workflowId: reply.workflowId ?? reply.toolId,
        action: reply.action,
        downloadUrl: cleanUrl(reply.response?.downloadUrl ?? reply.response?.downloadURL ?? reply.downloadUrl ?? reply.downloadURL),
        message: reply.message ?? reply.reason ?? (typeof reply.error === 'string' ? reply_fields/* untrustedMessage */.qO.parse(reply.error) : undefined),
    };
}
/** The documented sample has a leading space inside the URL; tolerate that and nothing worse. */
function cleanUrl(url) {
    const trimmed = url?.trim();
    return trimmed ? trimmed : undefined;
}
const uploadReply = schema.z.looseObject({
    fileId: reply_fields/* untrustedId */.yc.optional(),
    _id: reply_fields/* untrustedId */.yc.optional(),
    id: reply_fields/* untrustedId */.yc.optional(),
    url: schema.z.string().optional(),
});
function parseFileId(value, what) {
    const parsed = uploadReply.safeParse(value);
    const id = parsed.success ? (parsed.data.fileId ?? parsed.data._id ?? parsed.data.id) : undefined;
    const problem = parsed.success ? '' : `${(0,reply_fields/* fieldProblem */.SL)(parsed.error)}; `;
    if (!id)
        throw new errors/* ReplyError */.vO(`${what}: Kore.ai's reply has no fileId (${problem}reply: ${(0,untrusted_text/* untrustedValue */.cW)(value)})`);
    return id;
}
const sessionReply = schema.z.looseObject({ sessionId: reply_fields/* untrustedId */.yc });
function parseSessionId(value, what) {
    const parsed = sessionReply.safeParse(value);
    if (!parsed.success)
        throw new errors/* ReplyError */.vO(`${what}: Kore.ai's reply has no sessionId (${(0,reply_fields/* fieldProblem */.SL)(parsed.error)}; reply: ${(0,untrusted_text/* untrustedValue */.cW)(value)})`);
    return parsed.data.sessionId;
}
/** Kore.ai documents no error shape; its sibling products use {errors:[{msg, code}]}. */
const errorReply = schema.z.looseObject({
    errors: schema.z.array(schema.z.looseObject({ msg: schema.z.string().optional(), message: schema.z.string().optional(), code: schema.z.unknown().optional() })).optional(),
    message: schema.z.string().optional(),
    error: schema.z.unknown().optional(),
});
function errorText(text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const parsed = errorReply.safeParse(body);
    if (!parsed.success)
        return undefined;
    const first = parsed.data.errors?.[0];
    const message = first?.msg ?? first?.message ?? parsed.data.message ?? (typeof parsed.data.error === 'string' ? parsed.data.error : undefined);
    if (!message)
        return undefined;
    return { message, code: first?.code === undefined ? undefined : String(first.code) };
}

// EXTERNAL MODULE: ./src/core/concurrency.ts
var concurrency = __webpack_require__(88904);
;// CONCATENATED MODULE: ./src/core/zip-stored.ts

/**
 * The check a stored entry gets when it is read in pieces, in any order (the chunks of an upload
 * in flight at once), instead of by unpacking it: the pieces, in the entry's order, must cover it
 * and their CRCs combine to the one the archive records. It is the same check unpacking makes
 * (core/zip.ts), so a damaged package is refused either way; the caller makes it before anything
 * built from the bytes is used (before the upload session is completed).
 */
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
        throw errors/* BundleError */.rJ.at({ file: shown }, 'zip.format', `entry ${JSON.stringify(entry.name)} does not match its checksum (CRC-32${bytes !== entry.bytes ? `; ${bytes} of ${entry.bytes} bytes read` : ''}): the archive is damaged`, 'Use the archive exactly as the platform exported it.');
    }
}
const POLY = 0xedb88320;
/** a × b modulo the CRC-32 polynomial (bit-reflected), as zlib's crc32.c `multmodp`. */
function multmodp(a, b) {
    let m = 0x80000000;
    let p = 0;
    for (;;) {
        if (a & m) {
            p ^= b;
            if ((a & (m - 1)) === 0)
                break;
        }
        m >>>= 1;
        b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
    }
    return p >>> 0;
}
/** x^(2^k) modulo the polynomial, k = 0 … 31. */
const X2N = [];
for (let k = 0, p = 0x40000000; k < 32; k++) {
    X2N.push(p);
    p = multmodp(p, p);
}
/** x^(n × 2^k) modulo the polynomial. */
function x2nmodp(n, k) {
    let p = 0x80000000;
    for (; n > 0; n = Math.floor(n / 2), k++) {
        if (n % 2 === 1)
            p = multmodp(X2N[k & 31], p);
    }
    return p;
}
/**
 * The CRC-32 of two byte sequences one after the other, from the CRC of each and the second's
 * length, as zlib's `crc32_combine` computes it (https://github.com/madler/zlib/blob/develop/crc32.c):
 * pieces read out of order are checked without holding or re-reading them.
 */
function crc32Combine(crc1, crc2, bytes2) {
    return (multmodp(x2nmodp(bytes2, 3), crc1) ^ crc2) >>> 0;
}

;// CONCATENATED MODULE: ./src/platforms/koreai/upload.ts










/** Kore.ai takes files "smaller than 25 MB" in one request; read as 25,000,000 bytes to stay on the safe side. */
const SINGLE_UPLOAD_LIMIT = 25_000_000;
/** Chunk size for the session upload (not documented; well under the single-request limit). */
const CHUNK_SIZE = 8 * 1024 * 1024;
/**
 * The Upload File API gives no chunk size (https://docs.kore.ai/ai-for-process/apis/apis-list/upload-file-api),
 * so a tenant or proxy that wants smaller (or larger) chunks is served by this variable: bytes, or
 * a number with KiB/MiB/KB/MB, from 64 KiB to just under the single-request limit.
 */
const CHUNK_SIZE_VARIABLE = 'FLOWFERRY_KOREAI_CHUNK_SIZE';
const UNITS = { '': 1, b: 1, kb: 1000, kib: 1024, mb: 1_000_000, mib: 1024 * 1024 };
function chunkSize(env = process.env) {
    const value = env[CHUNK_SIZE_VARIABLE]?.trim();
    if (!value)
        return CHUNK_SIZE;
    const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value);
    const bytes = match && UNITS[match[2].toLowerCase()] !== undefined ? Math.floor(Number(match[1]) * UNITS[match[2].toLowerCase()]) : NaN;
    if (!(bytes >= 64 * 1024 && bytes < SINGLE_UPLOAD_LIMIT)) {
        throw new errors/* FlowferryError */.rm(`${CHUNK_SIZE_VARIABLE} '${value}' is not a size from 64 KiB to under 25 MB`, { hint: `For example: ${CHUNK_SIZE_VARIABLE}=5MiB, or leave it unset for 8 MiB.` });
    }
    return bytes;
}
/**
 * Chunks sent at once. The Upload File API numbers chunks (`chunkNumber`, from 0) and merges them
 * by number when the session is completed ("Complete" also reports the numbers missing), so their
 * order of arrival does not matter (https://docs.kore.ai/ai-for-process/apis/apis-list/upload-file-api).
 * One at a time left the line idle while each chunk was received and stored; four keep it busy,
 * and each is streamed from its byte range of the file, so memory does not grow with them.
 */
const CHUNKS_IN_FLIGHT = 4;
const FILE_CONTEXT = 'bulkImport';
// Written when needed: a mention draws phrasing's nonce, and with it node:crypto (core/crypto.ts).
const nothingImported = () => `Nothing was imported yet, so ${(0,phrasing/* phrase */.MZ)('rerunning')} is safe.`;
/**
 * Uploads one bundle file and returns its fileId: in one request below the limit, else through
 * an upload session (start → numbered chunks → complete). Files are streamed from disk, chunks
 * as byte ranges of the file, so memory stays flat whatever the size. A file left in its package
 * (`packed`, core/bundle.ts) is sent from its byte range of the archive; its CRC-32 is taken as
 * the chunks pass and checked before the session is completed, so a damaged package becomes no file.
 */
async function uploadFile(http, file, packed) {
    const size = packed ? packed.bytes : (await (0,promises_.stat)(file)).size;
    const filename = external_node_path_default().basename(file);
    const pieces = [];
    /** The file's bytes (`start` … `end`, inclusive) as a multipart part, from the archive when packed. */
    const part = (contentType, piece, range) => {
        if (!packed)
            return { name: 'file', file, filename, contentType, size, ...range };
        const { start, end } = range ?? { start: 0, end: size - 1 };
        const watch = () => {
            // node:zlib when a packed file is sent, not on the way to every run's first request.
            const { crc32 } = process.getBuiltinModule('node:zlib');
            const seen = { crc: 0, bytes: 0 };
            pieces[piece] = seen;
            return (chunk) => {
                seen.crc = crc32(chunk, seen.crc);
                seen.bytes += chunk.length;
            };
        };
        return { name: 'file', file: packed.archive, filename, contentType, size: packed.archiveBytes, start: packed.offset + start, end: packed.offset + end, watch };
    };
    const checked = () => packed && checkStoredEntry(packed, pieces, (0,fs/* displayPath */.Gt)(packed.archive));
    if (size < SINGLE_UPLOAD_LIMIT) {
        // One request: its bytes are checked once it has been read through, a refusal after it is harmless.
        const id = await http.json({
            method: 'POST',
            path: '/api/public/files',
            what: `upload ${filename}`,
            harmlessIfRepeated: nothingImported(),
            body: { kind: 'multipart', parts: [part('application/json', 0), { name: 'fileContext', value: FILE_CONTEXT }] },
        }, (reply) => parseFileId(reply, `upload ${filename}`));
        checked();
        return id;
    }
    const chunk = chunkSize();
    const totalChunks = Math.ceil(size / chunk);
    const sessionId = await http.json({
        method: 'POST',
        path: '/api/public/files/session/start',
        what: `start the upload session for ${filename}`,
        harmlessIfRepeated: nothingImported(),
        body: (0,body/* json */.P)({
            fileContext: FILE_CONTEXT,
            totalChunks,
            fileExtension: external_node_path_default().extname(filename).slice(1) || 'json',
            fileName: filename,
            fileSize: size,
        }),
    }, (reply) => parseSessionId(reply, `start the upload session for ${filename}`));
    // Each chunk names its place (chunkNumber) and the session is merged by number on complete, so
    // chunks may arrive in any order; complete is sent only once every chunk was accepted.
    await (0,concurrency/* eachLimit */.hF)(totalChunks, CHUNKS_IN_FLIGHT, async (number) => {
        const start = number * chunk;
        const end = Math.min(size, start + chunk) - 1;
        await http.request({
            method: 'POST',
            path: `/api/public/files/session/${encodeURIComponent(sessionId)}`,
            what: `upload chunk ${number + 1} of ${totalChunks} of ${filename}`,
            harmlessIfRepeated: nothingImported(),
            body: { kind: 'multipart', parts: [part('application/octet-stream', number, { start, end }), { name: 'chunkNumber', value: String(number) }] },
        }, client/* discard */.vf);
    });
    checked();
    return http.json({
        method: 'POST',
        path: `/api/public/files/session/${encodeURIComponent(sessionId)}/complete`,
        what: `complete the upload of ${filename}`,
        harmlessIfRepeated: nothingImported(),
    }, (reply) => parseFileId(reply, `complete the upload of ${filename}`));
}

;// CONCATENATED MODULE: ./src/platforms/koreai/client.ts














const describeError = ({ headers, text }) => {
    const known = errorText(text);
    return known ? { ...known, requestId: (0,client/* genericErrorDetail */.Ve)(headers, text).requestId } : (0,client/* genericErrorDetail */.Ve)(headers, text);
};
/** Kore.ai AI for Process public API: file upload, import, export, dock status. */
class KoreaiClient {
    settings;
    context;
    http;
    constructor(settings, context) {
        this.settings = settings;
        this.context = context;
        const apiKey = settings.own.apiKey;
        this.http = (0,http/* platformHttp */.q)(settings, context, { describeError, credentials: (0,client/* headerCredentials */.sy)('x-api-key', apiKey) });
    }
    async importBundle(bundle) {
        const flow = (0,core_bundle/* fileOf */.W7)(bundle, 'flowData');
        const app = (0,core_bundle/* fileOf */.W7)(bundle, 'workflowData');
        const env = (0,core_bundle/* fileOf */.W7)(bundle, 'envVariables');
        const existing = this.settings.workflowId;
        if (!flow || !app)
            throw new errors/* BundleError */.rJ(`${bundle.location}: a Kore.ai import needs flow_definition.json and app_definition.json`);
        if (existing && !env) {
            throw new errors/* BundleError */.rJ(`${bundle.location}: importing into workflow ${existing} needs env_variables.json, which the bundle lacks`);
        }
        const name = this.settings.workflowName ?? bundle.manifest.name;
        const { log } = this.context;
        const upload = async (file, role) => {
            const packed = (0,core_bundle/* packedOf */.yw)(bundle, role);
            const id = await uploadFile(this.http, file, packed);
            log.info(`uploaded ${external_node_path_default().basename(file)}${packed ? ' straight from the package' : ''} as file ${id}`);
            return id;
        };
        // The files are independent uploads (each gets its own fileId, and the import names all
        // three), so they go at once: a bundle's import no longer waits for three round trips one
        // after another (https://docs.kore.ai/ai-for-process/apis/apis-list/upload-file-api). All are
        // let finish before a failure is thrown, so that none still reads a file the step cleans up.
        const uploads = await Promise.allSettled([upload(flow, 'flowData'), upload(app, 'workflowData'), env ? upload(env, 'envVariables') : undefined]);
        const failed = uploads.find((outcome) => outcome.status === 'rejected');
        if (failed)
            throw failed.reason;
        const [flowDataFileId, workflowDataFileId, envVariablesFileId] = uploads.map((outcome) => outcome.value);
        const ids = { flowDataFileId: flowDataFileId, workflowDataFileId: workflowDataFileId, envVariablesFileId };
        const what = existing ? `import into workflow ${existing}` : `import as new workflow "${name}"`;
        const job = await this.http
            .json({
            method: 'POST',
            path: existing ? `/api/public/workflows/${encodeURIComponent(existing)}/import` : '/api/public/workflows/import',
            what,
            body: (0,body/* json */.P)(existing ? ids : { ...ids, workflowName: name }),
        }, (reply) => parseJob(reply, what))
            .catch((error) => {
            // A new workflow's name must be free in the account; the two ways out are both inputs.
            if (!existing && error instanceof errors/* HttpError */.j$ && error.httpStatus < 500 && /already exists|duplicate|name.*(taken|in use)/i.test(error.detail)) {
                throw error.withHint(`Set ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.WorkflowName)} to a name not used in this account, or ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.WorkflowId)} to import into the existing workflow.`);
            }
            if (existing && error instanceof errors/* HttpError */.j$ && refusesVersion(error))
                throw error.withHint(deployedParentHint(existing));
            throw error;
        });
        log.info(`${what}: Kore.ai answered ${job.platformStatus}${job.id ? ` (dock status ${job.id})` : ''}`);
        return { workflowId: job.workflowId ?? existing, workflowName: name, job: this.withVersionHint(job), platformStatus: job.platformStatus };
    }
    /**
     * A failed import into an existing workflow gets the precondition Kore.ai documents for it.
     * Dock status records carry no failure reason (Get Dock Status documents only the status), so
     * the documented precondition is the most useful thing to say.
     */
    withVersionHint(job) {
        const existing = this.settings.workflowId;
        const importing = this.settings.operation === 'import' && (job.action === undefined || /import/i.test(job.action));
        if (job.state !== 'failed' || !existing || !importing)
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
        const id = this.settings.workflowId;
        const what = `start the export of workflow ${id}`;
        let job;
        for (const collection of ['workflows', 'workflow']) {
            try {
                job = await this.http.json({
                    method: 'POST',
                    path: `/api/public/${collection}/${encodeURIComponent(id)}/export`,
                    query: { flowId: this.settings.own.flowId },
                    body: (0,body/* json */.P)({}),
                    what,
                    harmlessIfRepeated: `An export changes nothing in the workflow, so ${(0,phrasing/* phrase */.MZ)('rerunning')} is safe.`,
                }, (reply) => parseJob(reply, what));
                break;
            }
            catch (error) {
                if (!(error instanceof errors/* HttpError */.j$ && error.httpStatus === 404 && collection === 'workflows'))
                    throw this.flowIdHint(error);
                this.context.log.debug(`${what}: 404 on /api/public/workflows/…, trying the singular /api/public/workflow/… path`);
            }
        }
        if (!job)
            throw new errors/* ReplyError */.vO(`${what}: no reply`);
        this.context.log.info(`${what}: Kore.ai answered ${job.platformStatus}${job.id ? ` (dock status ${job.id})` : ''}`);
        return { job, workflowId: job.workflowId ?? id, downloadUrl: job.downloadUrl, platformStatus: job.platformStatus };
    }
    /**
     * The documentation marks `flowId` as required for an export, while flowferry lets tenants that
     * do without it leave `flow-id` empty. When the export is then refused as a bad request or an
     * unknown resource, the missing input is the likely cause, so the error says so by name.
     */
    flowIdHint(error) {
        if (this.settings.own.flowId || !(error instanceof errors/* HttpError */.j$) || ![400, 404, 422].includes(error.httpStatus))
            return error;
        return error.withHint('Kore.ai documents flowId (the callflow id of the deployed workflow) as required for an export: set the flow-id input. ' +
            'Both ids show in the browser\'s network tab when you export the workflow once in the Kore.ai UI.');
    }
    /**
     * Dry run. Kore.ai documents no API that reads a workflow or lists them, so the credentials are
     * all that can be checked beforehand: a dock-status lookup of an id that cannot exist answers
     * 404 to a good key and 401/403 to a bad one. Whether the name is free, or the workflow exists,
     * is said as not checked: the import is the first to know.
     */
    async preflight(bundle) {
        const file = (0,core_bundle/* shownPath */.pS)(bundle, 'flowferry.json');
        const report = { checked: [], unchecked: [], findings: [] };
        try {
            await this.http.request({ method: 'GET', path: '/api/public/dock-status/ds-flowferry-preflight', what: 'check the API key', accept: [400, 404] }, client/* discard */.vf);
            report.checked.push('Kore.ai accepts the API key');
        }
        catch (error) {
            if (!(error instanceof errors/* HttpError */.j$) || (error.httpStatus !== 401 && error.httpStatus !== 403))
                throw error;
            report.findings.push({ file, severity: 'error', rule: 'koreai.credentials', message: `Kore.ai refused the API key (HTTP ${error.httpStatus}); check api-key and its scopes` });
        }
        report.unchecked.push(this.settings.workflowId
            ? `whether workflow ${this.settings.workflowId} exists and is deployed: Kore.ai has no API that reads a workflow`
            : `whether the name "${this.settings.workflowName ?? bundle.manifest.name}" is free: Kore.ai has no API that lists workflows, and refuses an import under a name that is taken`);
        return report;
    }
    async jobStatus(jobId) {
        const what = `read dock status ${jobId}`;
        return this.http.json({ method: 'GET', path: `/api/public/dock-status/${encodeURIComponent(jobId)}`, what }, (reply) => this.withVersionHint(parseJob(reply, what, jobId)));
    }
    /**
     * Downloads the export package and unpacks it. The API key goes with the download only when
     * the link is on the `base-url` origin (HttpClient enforces this); the export page does not say
     * whether the link needs it (https://docs.kore.ai/ai-for-process/apis/apis-list/export-a-workflow).
     */
    async collectExport(job, staging) {
        const workflowId = job.workflowId ?? this.settings.workflowId;
        if (!job.downloadUrl) {
            throw new errors/* ReplyError */.vO(`export of workflow ${workflowId}: Kore.ai reported ${job.platformStatus} but gave no download URL`);
        }
        let url;
        try {
            url = new URL(job.downloadUrl, this.http.baseUrl);
        }
        catch {
            throw new errors/* ReplyError */.vO(`export of workflow ${workflowId}: the download URL Kore.ai gave is not a URL`);
        }
        const packageFile = external_node_path_default().join(staging, '.package.zip');
        const saved = await this.http.request({ method: 'GET', path: url.toString(), what: 'download the export package' }, (0,download/* saveTo */.f)(packageFile, { hash: false }));
        this.context.log.info(`downloaded the export package (${saved.bytes} bytes)`);
        if (!(await (0,zip/* isZipFile */.G5)(packageFile))) {
            await (0,promises_.rm)(packageFile, { force: true });
            throw new errors/* ReplyError */.vO(`export of workflow ${workflowId}: the download is not a zip package (content type ${saved.contentType ?? 'unknown'})`);
        }
        const files = await unpackPackage(packageFile, staging);
        await (0,promises_.rm)(packageFile, { force: true });
        const name = this.settings.workflowName ??
            ((await nameFromDefinitions(staging)) || saved.filename?.replace(/\.zip$/i, '')) ??
            workflowId;
        return { name: name || workflowId, workflowId, files };
    }
}
/**
 * Importing a workflow as a version needs the parent workflow deployed in the account (Kore.ai's
 * import guide: https://docs.kore.ai/ai-for-process/workflows/import-export-workflows). The import
 * API page says nothing of it, and neither page documents how the refusal looks.
 */
function deployedParentHint(workflowId) {
    return (`Kore.ai imports a workflow as a version only when the parent workflow is deployed: deploy workflow ${workflowId} ` +
        `(in the Kore.ai UI, or POST /api/public/workflows/{workflowId}/deploy), then ${(0,phrasing/* phrase */.MZ)('rerun')}. ` +
        `To create a separate workflow instead, leave ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.WorkflowId)} empty and set ${(0,phrasing/* input */.hF)(input_names/* Input */.pd.WorkflowName)}.`);
}
/** An HTTP refusal of an import as a version that the undeployed-parent precondition may explain. */
function refusesVersion(error) {
    return /deploy/i.test(error.detail) || [409, 412, 422].includes(error.httpStatus);
}

// EXTERNAL MODULE: ./src/platforms/koreai/facts.ts
var facts = __webpack_require__(40947);
;// CONCATENATED MODULE: ./src/platforms/koreai/index.ts



/** The bundle rules and client for Kore.ai AI for Process, loaded by registry.ts when a step names the platform. */
const platform = {
    ...facts/* koreai */.Q,
    rules: koreaiRules,
    connect: (settings, context) => new KoreaiClient(settings, context),
};


/***/ })

};
