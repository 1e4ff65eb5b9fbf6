export const id = 680;
export const ids = [680];
export const modules = {
  /***/
  680: (
    /***/
    ((module, __unused_webpack_exports, __webpack_require__) => {
      const { parseContentType } = __webpack_require__(15313);
      function getInstance(cfg) {
        const headers = cfg.headers;
        const conType = parseContentType(headers["content-type"]);
        if (!conType)
          throw new Error("Malformed content type");
        for (const type of TYPES) {
          const matched = type.detect(conType);
          if (!matched)
            continue;
          const instanceCfg = {
            limits: cfg.limits,
            headers,
            conType,
            highWaterMark: void 0,
            fileHwm: void 0,
            defCharset: void 0,
            defParamCharset: void 0,
            preservePath: false
          };
          if (cfg.highWaterMark)
            instanceCfg.highWaterMark = cfg.highWaterMark;
          if (cfg.fileHwm)
            instanceCfg.fileHwm = cfg.fileHwm;
          instanceCfg.defCharset = cfg.defCharset;
          instanceCfg.defParamCharset = cfg.defParamCharset;
          instanceCfg.preservePath = cfg.preservePath;
          return new type(instanceCfg);
        }
        throw new Error(`Unsupported content type: ${headers["content-type"]}`);
      }
      const TYPES = [
        __webpack_require__(80894),
        __webpack_require__(86261)
      ].filter(function(typemod) {
        return typeof typemod.detect === "function";
      });
      module.exports = (cfg) => {
        if (typeof cfg !== "object" || cfg === null)
          cfg = {};
        if (typeof cfg.headers !== "object" || cfg.headers === null || typeof cfg.headers["content-type"] !== "string") {
          throw new Error("Missing Content-Type");
        }
        return getInstance(cfg);
      };
    })
  ),
  /***/
  80894: (
    /***/
    ((module, __unused_webpack_exports, __webpack_require__) => {
      const { Readable, Writable } = __webpack_require__(2203);
      const StreamSearch = __webpack_require__(59026);
      const {
        basename,
        convertToUTF8,
        getDecoder,
        parseContentType,
        parseDisposition
      } = __webpack_require__(15313);
      const BUF_CRLF = Buffer.from("\r\n");
      const BUF_CR = Buffer.from("\r");
      const BUF_DASH = Buffer.from("-");
      function noop() {
      }
      const MAX_HEADER_PAIRS = 2e3;
      const MAX_HEADER_SIZE = 16 * 1024;
      const HPARSER_NAME = 0;
      const HPARSER_PRE_OWS = 1;
      const HPARSER_VALUE = 2;
      class HeaderParser {
        constructor(cb) {
          this.header = /* @__PURE__ */ Object.create(null);
          this.pairCount = 0;
          this.byteCount = 0;
          this.state = HPARSER_NAME;
          this.name = "";
          this.value = "";
          this.crlf = 0;
          this.cb = cb;
        }
        reset() {
          this.header = /* @__PURE__ */ Object.create(null);
          this.pairCount = 0;
          this.byteCount = 0;
          this.state = HPARSER_NAME;
          this.name = "";
          this.value = "";
          this.crlf = 0;
        }
        push(chunk, pos, end) {
          let start = pos;
          while (pos < end) {
            switch (this.state) {
              case HPARSER_NAME: {
                let done = false;
                for (; pos < end; ++pos) {
                  if (this.byteCount === MAX_HEADER_SIZE)
                    return -1;
                  ++this.byteCount;
                  const code = chunk[pos];
                  if (TOKEN[code] !== 1) {
                    if (code !== 58)
                      return -1;
                    this.name += chunk.latin1Slice(start, pos);
                    if (this.name.length === 0)
                      return -1;
                    ++pos;
                    done = true;
                    this.state = HPARSER_PRE_OWS;
                    break;
                  }
                }
                if (!done) {
                  this.name += chunk.latin1Slice(start, pos);
                  break;
                }
              }
              case HPARSER_PRE_OWS: {
                let done = false;
                for (; pos < end; ++pos) {
                  if (this.byteCount === MAX_HEADER_SIZE)
                    return -1;
                  ++this.byteCount;
                  const code = chunk[pos];
                  if (code !== 32 && code !== 9) {
                    start = pos;
                    done = true;
                    this.state = HPARSER_VALUE;
                    break;
                  }
                }
                if (!done)
                  break;
              }
              case HPARSER_VALUE:
                switch (this.crlf) {
                  case 0:
                    for (; pos < end; ++pos) {
                      if (this.byteCount === MAX_HEADER_SIZE)
                        return -1;
                      ++this.byteCount;
                      const code = chunk[pos];
                      if (FIELD_VCHAR[code] !== 1) {
                        if (code !== 13)
                          return -1;
                        ++this.crlf;
                        break;
                      }
                    }
                    this.value += chunk.latin1Slice(start, pos++);
                    break;
                  case 1:
                    if (this.byteCount === MAX_HEADER_SIZE)
                      return -1;
                    ++this.byteCount;
                    if (chunk[pos++] !== 10)
                      return -1;
                    ++this.crlf;
                    break;
                  case 2: {
                    if (this.byteCount === MAX_HEADER_SIZE)
                      return -1;
                    ++this.byteCount;
                    const code = chunk[pos];
                    if (code === 32 || code === 9) {
                      start = pos;
                      this.crlf = 0;
                    } else {
                      if (++this.pairCount < MAX_HEADER_PAIRS) {
                        this.name = this.name.toLowerCase();
                        if (this.header[this.name] === void 0)
                          this.header[this.name] = [this.value];
                        else
                          this.header[this.name].push(this.value);
                      }
                      if (code === 13) {
                        ++this.crlf;
                        ++pos;
                      } else {
                        start = pos;
                        this.crlf = 0;
                        this.state = HPARSER_NAME;
                        this.name = "";
                        this.value = "";
                      }
                    }
                    break;
                  }
                  case 3: {
                    if (this.byteCount === MAX_HEADER_SIZE)
                      return -1;
                    ++this.byteCount;
                    if (chunk[pos++] !== 10)
                      return -1;
                    const header = this.header;
                    this.reset();
                    this.cb(header);
                    return pos;
                  }
                }
                break;
            }
          }
          return pos;
        }
      }
      class FileStream extends Readable {
        constructor(opts, owner) {
          super(opts);
          this.truncated = false;
          this._readcb = null;
          this.once("end", () => {
            this._read();
            if (--owner._fileEndsLeft === 0 && owner._finalcb) {
              const cb = owner._finalcb;
              owner._finalcb = null;
              process.nextTick(cb);
            }
          });
        }
        _read(n) {
          const cb = this._readcb;
          if (cb) {
            this._readcb = null;
            cb();
          }
        }
      }
      const ignoreData = {
        push: (chunk, pos) => {
        },
        destroy: () => {
        }
      };
      function callAndUnsetCb(self, err) {
        const cb = self._writecb;
        self._writecb = null;
        if (err)
          self.destroy(err);
        else if (cb)
          cb();
      }
      function nullDecoder(val, hint) {
        return val;
      }
      class Multipart extends Writable {
        constructor(cfg) {
          const streamOpts = {
            autoDestroy: true,
            emitClose: true,
            highWaterMark: typeof cfg.highWaterMark === "number" ? cfg.highWaterMark : void 0
          };
          super(streamOpts);
          if (!cfg.conType.params || typeof cfg.conType.params.boundary !== "string")
            throw new Error("Multipart: Boundary not found");
          const boundary = cfg.conType.params.boundary;
          const paramDecoder = typeof cfg.defParamCharset === "string" && cfg.defParamCharset ? getDecoder(cfg.defParamCharset) : nullDecoder;
          const defCharset = cfg.defCharset || "utf8";
          const preservePath = cfg.preservePath;
          const fileOpts = {
            autoDestroy: true,
            emitClose: true,
            highWaterMark: typeof cfg.fileHwm === "number" ? cfg.fileHwm : void 0
          };
          const limits = cfg.limits;
          const fieldSizeLimit = limits && typeof limits.fieldSize === "number" ? limits.fieldSize : 1 * 1024 * 1024;
          const fileSizeLimit = limits && typeof limits.fileSize === "number" ? limits.fileSize : Infinity;
          const filesLimit = limits && typeof limits.files === "number" ? limits.files : Infinity;
          const fieldsLimit = limits && typeof limits.fields === "number" ? limits.fields : Infinity;
          const partsLimit = limits && typeof limits.parts === "number" ? limits.parts : Infinity;
          let parts = -1;
          let fields = 0;
          let files = 0;
          let skipPart = false;
          this._fileEndsLeft = 0;
          this._fileStream = void 0;
          this._complete = false;
          let fileSize = 0;
          let field;
          let fieldSize = 0;
          let partCharset;
          let partEncoding;
          let partType;
          let partName;
          let partTruncated = false;
          let hitFilesLimit = false;
          let hitFieldsLimit = false;
          this._hparser = null;
          const hparser = new HeaderParser((header) => {
            this._hparser = null;
            skipPart = false;
            partType = "text/plain";
            partCharset = defCharset;
            partEncoding = "7bit";
            partName = void 0;
            partTruncated = false;
            let filename;
            if (!header["content-disposition"]) {
              skipPart = true;
              return;
            }
            const disp = parseDisposition(
              header["content-disposition"][0],
              paramDecoder
            );
            if (!disp || disp.type !== "form-data") {
              skipPart = true;
              return;
            }
            if (disp.params) {
              if (disp.params.name)
                partName = disp.params.name;
              if (disp.params["filename*"])
                filename = disp.params["filename*"];
              else if (disp.params.filename)
                filename = disp.params.filename;
              if (filename !== void 0 && !preservePath)
                filename = basename(filename);
            }
            if (header["content-type"]) {
              const conType = parseContentType(header["content-type"][0]);
              if (conType) {
                partType = `${conType.type}/${conType.subtype}`;
                if (conType.params && typeof conType.params.charset === "string")
                  partCharset = conType.params.charset.toLowerCase();
              }
            }
            if (header["content-transfer-encoding"])
              partEncoding = header["content-transfer-encoding"][0].toLowerCase();
            if (partType === "application/octet-stream" || filename !== void 0) {
              if (files === filesLimit) {
                if (!hitFilesLimit) {
                  hitFilesLimit = true;
                  this.emit("filesLimit");
                }
                skipPart = true;
                return;
              }
              ++files;
              if (this.listenerCount("file") === 0) {
                skipPart = true;
                return;
              }
              fileSize = 0;
              this._fileStream = new FileStream(fileOpts, this);
              ++this._fileEndsLeft;
              this.emit(
                "file",
                partName,
                this._fileStream,
                {
                  filename,
                  encoding: partEncoding,
                  mimeType: partType
                }
              );
            } else {
              if (fields === fieldsLimit) {
                if (!hitFieldsLimit) {
                  hitFieldsLimit = true;
                  this.emit("fieldsLimit");
                }
                skipPart = true;
                return;
              }
              ++fields;
              if (this.listenerCount("field") === 0) {
                skipPart = true;
                return;
              }
              field = [];
              fieldSize = 0;
            }
          });
          let matchPostBoundary = 0;
          const ssCb = (isMatch, data, start, end, isDataSafe) => {
            retrydata:
              while (data) {
                if (this._hparser !== null) {
                  const ret = this._hparser.push(data, start, end);
                  if (ret === -1) {
                    this._hparser = null;
                    hparser.reset();
                    this.emit("error", new Error("Malformed part header"));
                    break;
                  }
                  start = ret;
                }
                if (start === end)
                  break;
                if (matchPostBoundary !== 0) {
                  if (matchPostBoundary === 1) {
                    switch (data[start]) {
                      case 45:
                        matchPostBoundary = 2;
                        ++start;
                        break;
                      case 13:
                        matchPostBoundary = 3;
                        ++start;
                        break;
                      default:
                        matchPostBoundary = 0;
                    }
                    if (start === end)
                      return;
                  }
                  if (matchPostBoundary === 2) {
                    matchPostBoundary = 0;
                    if (data[start] === 45) {
                      this._complete = true;
                      this._bparser = ignoreData;
                      return;
                    }
                    const writecb = this._writecb;
                    this._writecb = noop;
                    ssCb(false, BUF_DASH, 0, 1, false);
                    this._writecb = writecb;
                  } else if (matchPostBoundary === 3) {
                    matchPostBoundary = 0;
                    if (data[start] === 10) {
                      ++start;
                      if (parts >= partsLimit)
                        break;
                      this._hparser = hparser;
                      if (start === end)
                        break;
                      continue retrydata;
                    } else {
                      const writecb = this._writecb;
                      this._writecb = noop;
                      ssCb(false, BUF_CR, 0, 1, false);
                      this._writecb = writecb;
                    }
                  }
                }
                if (!skipPart) {
                  if (this._fileStream) {
                    let chunk;
                    const actualLen = Math.min(end - start, fileSizeLimit - fileSize);
                    if (!isDataSafe) {
                      chunk = Buffer.allocUnsafe(actualLen);
                      data.copy(chunk, 0, start, start + actualLen);
                    } else {
                      chunk = data.slice(start, start + actualLen);
                    }
                    fileSize += chunk.length;
                    if (fileSize === fileSizeLimit) {
                      if (chunk.length > 0)
                        this._fileStream.push(chunk);
                      this._fileStream.emit("limit");
                      this._fileStream.truncated = true;
                      skipPart = true;
                    } else if (!this._fileStream.push(chunk)) {
                      if (this._writecb)
                        this._fileStream._readcb = this._writecb;
                      this._writecb = null;
                    }
                  } else if (field !== void 0) {
                    let chunk;
                    const actualLen = Math.min(
                      end - start,
                      fieldSizeLimit - fieldSize
                    );
                    if (!isDataSafe) {
                      chunk = Buffer.allocUnsafe(actualLen);
                      data.copy(chunk, 0, start, start + actualLen);
                    } else {
                      chunk = data.slice(start, start + actualLen);
                    }
                    fieldSize += actualLen;
                    field.push(chunk);
                    if (fieldSize === fieldSizeLimit) {
                      skipPart = true;
                      partTruncated = true;
                    }
                  }
                }
                break;
              }
            if (isMatch) {
              matchPostBoundary = 1;
              if (this._fileStream) {
                this._fileStream.push(null);
                this._fileStream = null;
              } else if (field !== void 0) {
                let data2;
                switch (field.length) {
                  case 0:
                    data2 = "";
                    break;
                  case 1:
                    data2 = convertToUTF8(field[0], partCharset, 0);
                    break;
                  default:
                    data2 = convertToUTF8(
                      Buffer.concat(field, fieldSize),
                      partCharset,
                      0
                    );
                }
                field = void 0;
                fieldSize = 0;
                this.emit(
                  "field",
                  partName,
                  data2,
                  {
                    nameTruncated: false,
                    valueTruncated: partTruncated,
                    encoding: partEncoding,
                    mimeType: partType
                  }
                );
              }
              if (++parts === partsLimit)
                this.emit("partsLimit");
            }
          };
          this._bparser = new StreamSearch(`\r
--${boundary}`, ssCb);
          this._writecb = null;
          this._finalcb = null;
          this.write(BUF_CRLF);
        }
        static detect(conType) {
          return conType.type === "multipart" && conType.subtype === "form-data";
        }
        _write(chunk, enc, cb) {
          this._writecb = cb;
          this._bparser.push(chunk, 0);
          if (this._writecb)
            callAndUnsetCb(this);
        }
        _destroy(err, cb) {
          this._hparser = null;
          this._bparser = ignoreData;
          if (!err)
            err = checkEndState(this);
          const fileStream = this._fileStream;
          if (fileStream) {
            this._fileStream = null;
            fileStream.destroy(err);
          }
          cb(err);
        }
        _final(cb) {
          this._bparser.destroy();
          if (!this._complete)
            return cb(new Error("Unexpected end of form"));
          if (this._fileEndsLeft)
            this._finalcb = finalcb.bind(null, this, cb);
          else
            finalcb(this, cb);
        }
      }
      function finalcb(self, cb, err) {
        if (err)
          return cb(err);
        err = checkEndState(self);
        cb(err);
      }
      function checkEndState(self) {
        if (self._hparser)
          return new Error("Malformed part header");
        const fileStream = self._fileStream;
        if (fileStream) {
          self._fileStream = null;
          fileStream.destroy(new Error("Unexpected end of file"));
        }
        if (!self._complete)
          return new Error("Unexpected end of form");
      }
      const TOKEN = [
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        0,
        1,
        1,
        1,
        1,
        1,
        0,
        0,
        1,
        1,
        0,
        1,
        1,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        0,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        1,
        0,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0
      ];
      const FIELD_VCHAR = [
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1
      ];
      module.exports = Multipart;
    })
  ),
  /***/
  86261: (
    /***/
    ((module, __unused_webpack_exports, __webpack_require__) => {
      const { Writable } = __webpack_require__(2203);
      const { getDecoder } = __webpack_require__(15313);
      class URLEncoded extends Writable {
        constructor(cfg) {
          const streamOpts = {
            autoDestroy: true,
            emitClose: true,
            highWaterMark: typeof cfg.highWaterMark === "number" ? cfg.highWaterMark : void 0
          };
          super(streamOpts);
          let charset = cfg.defCharset || "utf8";
          if (cfg.conType.params && typeof cfg.conType.params.charset === "string")
            charset = cfg.conType.params.charset;
          this.charset = charset;
          const limits = cfg.limits;
          this.fieldSizeLimit = limits && typeof limits.fieldSize === "number" ? limits.fieldSize : 1 * 1024 * 1024;
          this.fieldsLimit = limits && typeof limits.fields === "number" ? limits.fields : Infinity;
          this.fieldNameSizeLimit = limits && typeof limits.fieldNameSize === "number" ? limits.fieldNameSize : 100;
          this._inKey = true;
          this._keyTrunc = false;
          this._valTrunc = false;
          this._bytesKey = 0;
          this._bytesVal = 0;
          this._fields = 0;
          this._key = "";
          this._val = "";
          this._byte = -2;
          this._lastPos = 0;
          this._encode = 0;
          this._decoder = getDecoder(charset);
        }
        static detect(conType) {
          return conType.type === "application" && conType.subtype === "x-www-form-urlencoded";
        }
        _write(chunk, enc, cb) {
          if (this._fields >= this.fieldsLimit)
            return cb();
          let i = 0;
          const len = chunk.length;
          this._lastPos = 0;
          if (this._byte !== -2) {
            i = readPctEnc(this, chunk, i, len);
            if (i === -1)
              return cb(new Error("Malformed urlencoded form"));
            if (i >= len)
              return cb();
            if (this._inKey)
              ++this._bytesKey;
            else
              ++this._bytesVal;
          }
          main:
            while (i < len) {
              if (this._inKey) {
                i = skipKeyBytes(this, chunk, i, len);
                while (i < len) {
                  switch (chunk[i]) {
                    case 61:
                      if (this._lastPos < i)
                        this._key += chunk.latin1Slice(this._lastPos, i);
                      this._lastPos = ++i;
                      this._key = this._decoder(this._key, this._encode);
                      this._encode = 0;
                      this._inKey = false;
                      continue main;
                    case 38:
                      if (this._lastPos < i)
                        this._key += chunk.latin1Slice(this._lastPos, i);
                      this._lastPos = ++i;
                      this._key = this._decoder(this._key, this._encode);
                      this._encode = 0;
                      if (this._bytesKey > 0) {
                        this.emit(
                          "field",
                          this._key,
                          "",
                          {
                            nameTruncated: this._keyTrunc,
                            valueTruncated: false,
                            encoding: this.charset,
                            mimeType: "text/plain"
                          }
                        );
                      }
                      this._key = "";
                      this._val = "";
                      this._keyTrunc = false;
                      this._valTrunc = false;
                      this._bytesKey = 0;
                      this._bytesVal = 0;
                      if (++this._fields >= this.fieldsLimit) {
                        this.emit("fieldsLimit");
                        return cb();
                      }
                      continue;
                    case 43:
                      if (this._lastPos < i)
                        this._key += chunk.latin1Slice(this._lastPos, i);
                      this._key += " ";
                      this._lastPos = i + 1;
                      break;
                    case 37:
                      if (this._encode === 0)
                        this._encode = 1;
                      if (this._lastPos < i)
                        this._key += chunk.latin1Slice(this._lastPos, i);
                      this._lastPos = i + 1;
                      this._byte = -1;
                      i = readPctEnc(this, chunk, i + 1, len);
                      if (i === -1)
                        return cb(new Error("Malformed urlencoded form"));
                      if (i >= len)
                        return cb();
                      ++this._bytesKey;
                      i = skipKeyBytes(this, chunk, i, len);
                      continue;
                  }
                  ++i;
                  ++this._bytesKey;
                  i = skipKeyBytes(this, chunk, i, len);
                }
                if (this._lastPos < i)
                  this._key += chunk.latin1Slice(this._lastPos, i);
              } else {
                i = skipValBytes(this, chunk, i, len);
                while (i < len) {
                  switch (chunk[i]) {
                    case 38:
                      if (this._lastPos < i)
                        this._val += chunk.latin1Slice(this._lastPos, i);
                      this._lastPos = ++i;
                      this._inKey = true;
                      this._val = this._decoder(this._val, this._encode);
                      this._encode = 0;
                      if (this._bytesKey > 0 || this._bytesVal > 0) {
                        this.emit(
                          "field",
                          this._key,
                          this._val,
                          {
                            nameTruncated: this._keyTrunc,
                            valueTruncated: this._valTrunc,
                            encoding: this.charset,
                            mimeType: "text/plain"
                          }
                        );
                      }
                      this._key = "";
                      this._val = "";
                      this._keyTrunc = false;
                      this._valTrunc = false;
                      this._bytesKey = 0;
                      this._bytesVal = 0;
                      if (++this._fields >= this.fieldsLimit) {
                        this.emit("fieldsLimit");
                        return cb();
                      }
                      continue main;
                    case 43:
                      if (this._lastPos < i)
                        this._val += chunk.latin1Slice(this._lastPos, i);
                      this._val += " ";
                      this._lastPos = i + 1;
                      break;
                    case 37:
                      if (this._encode === 0)
                        this._encode = 1;
                      if (this._lastPos < i)
                        this._val += chunk.latin1Slice(this._lastPos, i);
                      this._lastPos = i + 1;
                      this._byte = -1;
                      i = readPctEnc(this, chunk, i + 1, len);
                      if (i === -1)
                        return cb(new Error("Malformed urlencoded form"));
                      if (i >= len)
                        return cb();
                      ++this._bytesVal;
                      i = skipValBytes(this, chunk, i, len);
                      continue;
                  }
                  ++i;
                  ++this._bytesVal;
                  i = skipValBytes(this, chunk, i, len);
                }
                if (this._lastPos < i)
                  this._val += chunk.latin1Slice(this._lastPos, i);
              }
            }
          cb();
        }
        _final(cb) {
          if (this._byte !== -2)
            return cb(new Error("Malformed urlencoded form"));
          if (!this._inKey || this._bytesKey > 0 || this._bytesVal > 0) {
            if (this._inKey)
              this._key = this._decoder(this._key, this._encode);
            else
              this._val = this._decoder(this._val, this._encode);
            this.emit(
              "field",
              this._key,
              this._val,
              {
                nameTruncated: this._keyTrunc,
                valueTruncated: this._valTrunc,
                encoding: this.charset,
                mimeType: "text/plain"
              }
            );
          }
          cb();
        }
      }
      function readPctEnc(self, chunk, pos, len) {
        if (pos >= len)
          return len;
        if (self._byte === -1) {
          const hexUpper = HEX_VALUES[chunk[pos++]];
          if (hexUpper === -1)
            return -1;
          if (hexUpper >= 8)
            self._encode = 2;
          if (pos < len) {
            const hexLower = HEX_VALUES[chunk[pos++]];
            if (hexLower === -1)
              return -1;
            if (self._inKey)
              self._key += String.fromCharCode((hexUpper << 4) + hexLower);
            else
              self._val += String.fromCharCode((hexUpper << 4) + hexLower);
            self._byte = -2;
            self._lastPos = pos;
          } else {
            self._byte = hexUpper;
          }
        } else {
          const hexLower = HEX_VALUES[chunk[pos++]];
          if (hexLower === -1)
            return -1;
          if (self._inKey)
            self._key += String.fromCharCode((self._byte << 4) + hexLower);
          else
            self._val += String.fromCharCode((self._byte << 4) + hexLower);
          self._byte = -2;
          self._lastPos = pos;
        }
        return pos;
      }
      function skipKeyBytes(self, chunk, pos, len) {
        if (self._bytesKey > self.fieldNameSizeLimit) {
          if (!self._keyTrunc) {
            if (self._lastPos < pos)
              self._key += chunk.latin1Slice(self._lastPos, pos - 1);
          }
          self._keyTrunc = true;
          for (; pos < len; ++pos) {
            const code = chunk[pos];
            if (code === 61 || code === 38)
              break;
            ++self._bytesKey;
          }
          self._lastPos = pos;
        }
        return pos;
      }
      function skipValBytes(self, chunk, pos, len) {
        if (self._bytesVal > self.fieldSizeLimit) {
          if (!self._valTrunc) {
            if (self._lastPos < pos)
              self._val += chunk.latin1Slice(self._lastPos, pos - 1);
          }
          self._valTrunc = true;
          for (; pos < len; ++pos) {
            if (chunk[pos] === 38)
              break;
            ++self._bytesVal;
          }
          self._lastPos = pos;
        }
        return pos;
      }
      const HEX_VALUES = [
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        10,
        11,
        12,
        13,
        14,
        15,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        10,
        11,
        12,
        13,
        14,
        15,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1
      ];
      module.exports = URLEncoded;
    })
  ),
  /***/
  15313: (
    /***/
    (function(module) {
      function parseContentType(str) {
        if (str.length === 0)
          return;
        const params = /* @__PURE__ */ Object.create(null);
        let i = 0;
        for (; i < str.length; ++i) {
          const code = str.charCodeAt(i);
          if (TOKEN[code] !== 1) {
            if (code !== 47 || i === 0)
              return;
            break;
          }
        }
        if (i === str.length)
          return;
        const type = str.slice(0, i).toLowerCase();
        const subtypeStart = ++i;
        for (; i < str.length; ++i) {
          const code = str.charCodeAt(i);
          if (TOKEN[code] !== 1) {
            if (i === subtypeStart)
              return;
            if (parseContentTypeParams(str, i, params) === void 0)
              return;
            break;
          }
        }
        if (i === subtypeStart)
          return;
        const subtype = str.slice(subtypeStart, i).toLowerCase();
        return { type, subtype, params };
      }
      function parseContentTypeParams(str, i, params) {
        while (i < str.length) {
          for (; i < str.length; ++i) {
            const code = str.charCodeAt(i);
            if (code !== 32 && code !== 9)
              break;
          }
          if (i === str.length)
            break;
          if (str.charCodeAt(i++) !== 59)
            return;
          for (; i < str.length; ++i) {
            const code = str.charCodeAt(i);
            if (code !== 32 && code !== 9)
              break;
          }
          if (i === str.length)
            return;
          let name;
          const nameStart = i;
          for (; i < str.length; ++i) {
            const code = str.charCodeAt(i);
            if (TOKEN[code] !== 1) {
              if (code !== 61)
                return;
              break;
            }
          }
          if (i === str.length)
            return;
          name = str.slice(nameStart, i);
          ++i;
          if (i === str.length)
            return;
          let value = "";
          let valueStart;
          if (str.charCodeAt(i) === 34) {
            valueStart = ++i;
            let escaping = false;
            for (; i < str.length; ++i) {
              const code = str.charCodeAt(i);
              if (code === 92) {
                if (escaping) {
                  valueStart = i;
                  escaping = false;
                } else {
                  value += str.slice(valueStart, i);
                  escaping = true;
                }
                continue;
              }
              if (code === 34) {
                if (escaping) {
                  valueStart = i;
                  escaping = false;
                  continue;
                }
                value += str.slice(valueStart, i);
                break;
              }
              if (escaping) {
                valueStart = i - 1;
                escaping = false;
              }
              if (QDTEXT[code] !== 1)
                return;
            }
            if (i === str.length)
              return;
            ++i;
          } else {
            valueStart = i;
            for (; i < str.length; ++i) {
              const code = str.charCodeAt(i);
              if (TOKEN[code] !== 1) {
                if (i === valueStart)
                  return;
                break;
              }
            }
            value = str.slice(valueStart, i);
          }
          name = name.toLowerCase();
          if (params[name] === void 0)
            params[name] = value;
        }
        return params;
      }
      function parseDisposition(str, defDecoder) {
        if (str.length === 0)
          return;
        const params = /* @__PURE__ */ Object.create(null);
        let i = 0;
        for (; i < str.length; ++i) {
          const code = str.charCodeAt(i);
          if (TOKEN[code] !== 1) {
            if (parseDispositionParams(str, i, params, defDecoder) === void 0)
              return;
            break;
          }
        }
        const type = str.slice(0, i).toLowerCase();
        return { type, params };
      }
      function parseDispositionParams(str, i, params, defDecoder) {
        while (i < str.length) {
          for (; i < str.length; ++i) {
            const code = str.charCodeAt(i);
            if (code !== 32 && code !== 9)
              break;
          }
          if (i === str.length)
            break;
          if (str.charCodeAt(i++) !== 59)
            return;
          for (; i < str.length; ++i) {
            const code = str.charCodeAt(i);
            if (code !== 32 && code !== 9)
              break;
          }
          if (i === str.length)
            return;
          let name;
          const nameStart = i;
          for (; i < str.length; ++i) {
            const code = str.charCodeAt(i);
            if (TOKEN[code] !== 1) {
              if (code === 61)
                break;
              return;
            }
          }
          if (i === str.length)
            return;
          let value = "";
          let valueStart;
          let charset;
          name = str.slice(nameStart, i);
          if (name.charCodeAt(name.length - 1) === 42) {
            const charsetStart = ++i;
            for (; i < str.length; ++i) {
              const code = str.charCodeAt(i);
              if (CHARSET[code] !== 1) {
                if (code !== 39)
                  return;
                break;
              }
            }
            if (i === str.length)
              return;
            charset = str.slice(charsetStart, i);
            ++i;
            for (; i < str.length; ++i) {
              const code = str.charCodeAt(i);
              if (code === 39)
                break;
            }
            if (i === str.length)
              return;
            ++i;
            if (i === str.length)
              return;
            valueStart = i;
            let encode = 0;
            for (; i < str.length; ++i) {
              const code = str.charCodeAt(i);
              if (EXTENDED_VALUE[code] !== 1) {
                if (code === 37) {
                  let hexUpper;
                  let hexLower;
                  if (i + 2 < str.length && (hexUpper = HEX_VALUES[str.charCodeAt(i + 1)]) !== -1 && (hexLower = HEX_VALUES[str.charCodeAt(i + 2)]) !== -1) {
                    const byteVal = (hexUpper << 4) + hexLower;
                    value += str.slice(valueStart, i);
                    value += String.fromCharCode(byteVal);
                    i += 2;
                    valueStart = i + 1;
                    if (byteVal >= 128)
                      encode = 2;
                    else if (encode === 0)
                      encode = 1;
                    continue;
                  }
                  return;
                }
                break;
              }
            }
            value += str.slice(valueStart, i);
            value = convertToUTF8(value, charset, encode);
            if (value === void 0)
              return;
          } else {
            ++i;
            if (i === str.length)
              return;
            if (str.charCodeAt(i) === 34) {
              valueStart = ++i;
              let escaping = false;
              for (; i < str.length; ++i) {
                const code = str.charCodeAt(i);
                if (code === 92) {
                  if (escaping) {
                    valueStart = i;
                    escaping = false;
                  } else {
                    value += str.slice(valueStart, i);
                    escaping = true;
                  }
                  continue;
                }
                if (code === 34) {
                  if (escaping) {
                    valueStart = i;
                    escaping = false;
                    continue;
                  }
                  value += str.slice(valueStart, i);
                  break;
                }
                if (escaping) {
                  valueStart = i - 1;
                  escaping = false;
                }
                if (QDTEXT[code] !== 1)
                  return;
              }
              if (i === str.length)
                return;
              ++i;
            } else {
              valueStart = i;
              for (; i < str.length; ++i) {
                const code = str.charCodeAt(i);
                if (TOKEN[code] !== 1) {
                  if (i === valueStart)
                    return;
                  break;
                }
              }
              value = str.slice(valueStart, i);
            }
            value = defDecoder(value, 2);
            if (value === void 0)
              return;
          }
          name = name.toLowerCase();
          if (params[name] === void 0)
            params[name] = value;
        }
        return params;
      }
      function getDecoder(charset) {
        let lc;
        while (true) {
          switch (charset) {
            case "utf-8":
            case "utf8":
              return decoders.utf8;
            case "latin1":
            case "ascii":
            // TODO: Make these a separate, strict decoder?
            case "us-ascii":
            case "iso-8859-1":
            case "iso8859-1":
            case "iso88591":
            case "iso_8859-1":
            case "windows-1252":
            case "iso_8859-1:1987":
            case "cp1252":
            case "x-cp1252":
              return decoders.latin1;
            case "utf16le":
            case "utf-16le":
            case "ucs2":
            case "ucs-2":
              return decoders.utf16le;
            case "base64":
              return decoders.base64;
            default:
              if (lc === void 0) {
                lc = true;
                charset = charset.toLowerCase();
                continue;
              }
              return decoders.other.bind(charset);
          }
        }
      }
      const decoders = {
        utf8: (data, hint) => {
          if (data.length === 0)
            return "";
          if (typeof data === "string") {
            if (hint < 2)
              return data;
            data = Buffer.from(data, "latin1");
          }
          return data.utf8Slice(0, data.length);
        },
        latin1: (data, hint) => {
          if (data.length === 0)
            return "";
          if (typeof data === "string")
            return data;
          return data.latin1Slice(0, data.length);
        },
        utf16le: (data, hint) => {
          if (data.length === 0)
            return "";
          if (typeof data === "string")
            data = Buffer.from(data, "latin1");
          return data.ucs2Slice(0, data.length);
        },
        base64: (data, hint) => {
          if (data.length === 0)
            return "";
          if (typeof data === "string")
            data = Buffer.from(data, "latin1");
          return data.base64Slice(0, data.length);
        },
        other: (data, hint) => {
          if (data.length === 0)
            return "";
          if (typeof data === "string")
            data = Buffer.from(data, "latin1");
          try {
            const decoder = new TextDecoder(this);
            return decoder.decode(data);
          } catch {
          }
        }
      };
      function convertToUTF8(data, charset, hint) {
        const decode = getDecoder(charset);
        if (decode)
          return decode(data, hint);
      }
      function basename(path) {
        if (typeof path !== "string")
          return "";
        for (let i = path.length - 1; i >= 0; --i) {
          switch (path.charCodeAt(i)) {
            case 47:
            // '/'
            case 92:
              path = path.slice(i + 1);
              return path === ".." || path === "." ? "" : path;
          }
        }
        return path === ".." || path === "." ? "" : path;
      }
      const TOKEN = [
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        0,
        1,
        1,
        1,
        1,
        1,
        0,
        0,
        1,
        1,
        0,
        1,
        1,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        0,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        1,
        0,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0
      ];
      const QDTEXT = [
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        1,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1
      ];
      const CHARSET = [
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        0,
        1,
        1,
        1,
        1,
        0,
        0,
        0,
        0,
        1,
        0,
        1,
        0,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        0,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        1,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0
      ];
      const EXTENDED_VALUE = [
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        0,
        1,
        1,
        0,
        1,
        0,
        0,
        0,
        0,
        1,
        0,
        1,
        1,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        0,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        0,
        1,
        0,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0
      ];
      const HEX_VALUES = [
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        10,
        11,
        12,
        13,
        14,
        15,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        10,
        11,
        12,
        13,
        14,
        15,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        -1
      ];
      module.exports = {
        basename,
        convertToUTF8,
        getDecoder,
        parseContentType,
        parseDisposition
      };
    })
  ),
  /***/
  59026: (
    /***/
    ((module) => {
      function memcmp(buf1, pos1, buf2, pos2, num) {
        for (let i = 0; i < num; ++i) {
          if (buf1[pos1 + i] !== buf2[pos2 + i])
            return false;
        }
        return true;
      }
      class SBMH {
        constructor(needle, cb) {
          if (typeof cb !== "function")
            throw new Error("Missing match callback");
          if (typeof needle === "string")
            needle = Buffer.from(needle);
          else if (!Buffer.isBuffer(needle))
            throw new Error(`Expected Buffer for needle, got ${typeof needle}`);
          const needleLen = needle.length;
          this.maxMatches = Infinity;
          this.matches = 0;
          this._cb = cb;
          this._lookbehindSize = 0;
          this._needle = needle;
          this._bufPos = 0;
          this._lookbehind = Buffer.allocUnsafe(needleLen);
          this._occ = [
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen,
            needleLen
          ];
          if (needleLen > 1) {
            for (let i = 0; i < needleLen - 1; ++i)
              this._occ[needle[i]] = needleLen - 1 - i;
          }
        }
        reset() {
          this.matches = 0;
          this._lookbehindSize = 0;
          this._bufPos = 0;
        }
        push(chunk, pos) {
          let result;
          if (!Buffer.isBuffer(chunk))
            chunk = Buffer.from(chunk, "latin1");
          const chunkLen = chunk.length;
          this._bufPos = pos || 0;
          while (result !== chunkLen && this.matches < this.maxMatches)
            result = feed(this, chunk);
          return result;
        }
        destroy() {
          const lbSize = this._lookbehindSize;
          if (lbSize)
            this._cb(false, this._lookbehind, 0, lbSize, false);
          this.reset();
        }
      }
      function feed(self, data) {
        const len = data.length;
        const needle = self._needle;
        const needleLen = needle.length;
        let pos = -self._lookbehindSize;
        const lastNeedleCharPos = needleLen - 1;
        const lastNeedleChar = needle[lastNeedleCharPos];
        const end = len - needleLen;
        const occ = self._occ;
        const lookbehind = self._lookbehind;
        if (pos < 0) {
          while (pos < 0 && pos <= end) {
            const nextPos = pos + lastNeedleCharPos;
            const ch = nextPos < 0 ? lookbehind[self._lookbehindSize + nextPos] : data[nextPos];
            if (ch === lastNeedleChar && matchNeedle(self, data, pos, lastNeedleCharPos)) {
              self._lookbehindSize = 0;
              ++self.matches;
              if (pos > -self._lookbehindSize)
                self._cb(true, lookbehind, 0, self._lookbehindSize + pos, false);
              else
                self._cb(true, void 0, 0, 0, true);
              return self._bufPos = pos + needleLen;
            }
            pos += occ[ch];
          }
          while (pos < 0 && !matchNeedle(self, data, pos, len - pos))
            ++pos;
          if (pos < 0) {
            const bytesToCutOff = self._lookbehindSize + pos;
            if (bytesToCutOff > 0) {
              self._cb(false, lookbehind, 0, bytesToCutOff, false);
            }
            self._lookbehindSize -= bytesToCutOff;
            lookbehind.copy(lookbehind, 0, bytesToCutOff, self._lookbehindSize);
            lookbehind.set(data, self._lookbehindSize);
            self._lookbehindSize += len;
            self._bufPos = len;
            return len;
          }
          self._cb(false, lookbehind, 0, self._lookbehindSize, false);
          self._lookbehindSize = 0;
        }
        pos += self._bufPos;
        const firstNeedleChar = needle[0];
        while (pos <= end) {
          const ch = data[pos + lastNeedleCharPos];
          if (ch === lastNeedleChar && data[pos] === firstNeedleChar && memcmp(needle, 0, data, pos, lastNeedleCharPos)) {
            ++self.matches;
            if (pos > 0)
              self._cb(true, data, self._bufPos, pos, true);
            else
              self._cb(true, void 0, 0, 0, true);
            return self._bufPos = pos + needleLen;
          }
          pos += occ[ch];
        }
        while (pos < len) {
          if (data[pos] !== firstNeedleChar || !memcmp(data, pos, needle, 0, len - pos)) {
            ++pos;
            continue;
          }
          data.copy(lookbehind, 0, pos, len);
          self._lookbehindSize = len - pos;
          break;
        }
        if (pos > 0)
          self._cb(false, data, self._bufPos, pos < len ? pos : len, true);
        self._bufPos = len;
        return len;
      }
      function matchNeedle(self, data, pos, len) {
        const lb = self._lookbehind;
        const lbSize = self._lookbehindSize;
        const needle = self._needle;
        for (let i = 0; i < len; ++i, ++pos) {
          const ch = pos < 0 ? lb[lbSize + pos] : data[pos];
          if (ch !== needle[i])
            return false;
        }
        return true;
      }
      module.exports = SBMH;
    })
  )
};
