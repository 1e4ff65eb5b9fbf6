export const id = 845;
export const ids = [845];
export const modules = {
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
  95845: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        requestHead: () => (
          /* binding */
          requestHead
        ),
        sendFramed: () => (
          /* binding */
          sendFramed
        )
      });
      var duration = __webpack_require__(98571);
      var timers = __webpack_require__(96885);
      var dispatcher = __webpack_require__(23123);
      var framed_body = __webpack_require__(41826);
      ;
      const MAX_HEAD_BYTES = 16 * 1024;
      const MAX_HEADERS = 2e3;
      const MAX_CHUNK_LINE = 4096;
      const MAX_CHUNK_DIGITS = 12;
      class FramingError extends Error {
        code = "REPLY_FRAMING";
        constructor(message) {
          super(`the reply is not valid HTTP/1.1: ${message}`);
          this.name = "FramingError";
        }
      }
      const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
      const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
      const STATUS_LINE = /^HTTP\/1\.[01] ([1-9]\d\d)(?: [\t\x20-\x7e\x80-\xff]*)?$/;
      const CHUNK_LINE = /^([0-9A-Fa-f]+)[ \t]*(?:;[\t\x20-\x7e\x80-\xff]*)?$/;
      const FIRST_ONLY = /* @__PURE__ */ new Set(["age", "authorization", "content-type", "etag", "expires", "from", "host", "if-modified-since", "if-unmodified-since", "last-modified", "location", "max-forwards", "proxy-authorization", "referer", "retry-after", "server", "user-agent"]);
      class ReplyFramer {
        on;
        noBody;
        state = "head";
        headBuffer = Buffer.allocUnsafe(MAX_HEAD_BYTES);
        headLength = 0;
        /** Bytes of body still to come (sized), or of the current chunk. */
        remaining = 0;
        line = "";
        trailerBytes = 0;
        received = 0;
        expected;
        /** `noBody`: the request was a HEAD, whose reply has none whatever its headers say. */
        constructor(on, noBody = false) {
          this.on = on;
          this.noBody = noBody;
        }
        /** Whether the reply ended (its last byte read). */
        get finished() {
          return this.state === "done";
        }
        /** Reads `buffer[start, end)`; throws FramingError. */
        feed(buffer, start, end) {
          let at = start;
          while (at < end) {
            switch (this.state) {
              case "head":
                at = this.readHead(buffer, at, end);
                break;
              case "sized":
              case "chunk": {
                const take = Math.min(this.remaining, end - at);
                this.remaining -= take;
                this.received += take;
                this.on.body(buffer, at, at + take);
                at += take;
                if (this.remaining > 0)
                  break;
                if (this.state === "sized")
                  this.finish();
                else
                  this.state = "chunkEnd";
                break;
              }
              case "untilClose":
                this.received += end - at;
                this.on.body(buffer, at, end);
                at = end;
                break;
              case "chunkEnd":
                at = this.readLine(buffer, at, end, 2, (line) => {
                  if (line !== "")
                    throw new FramingError("a chunk is longer than its size says");
                  this.state = "chunkLine";
                });
                break;
              case "chunkLine":
                at = this.readLine(buffer, at, end, MAX_CHUNK_LINE, (line) => this.chunkSize(line));
                break;
              case "trailers":
                at = this.readLine(buffer, at, end, MAX_HEAD_BYTES - this.trailerBytes, (line) => this.trailer(line));
                break;
              case "done":
                return;
            }
          }
        }
        /** The connection closed: the end of a body that runs until then, or a reply cut short. */
        close() {
          if (this.state === "done")
            return;
          if (this.state === "untilClose")
            return this.finish();
          if (this.state === "head")
            throw new FramingError(this.headLength === 0 ? "the connection closed before a reply" : "the connection closed in the middle of the reply's headers");
          const of = this.expected === void 0 ? "" : ` of ${this.expected}`;
          throw new FramingError(`the reply broke off after ${this.received}${of} bytes of its body`);
        }
        finish() {
          this.state = "done";
          this.on.end();
        }
        /** Gathers the head up to its blank line (copied: it is small), then reads it. */
        readHead(buffer, at, end) {
          const before = this.headLength;
          const take = Math.min(end - at, MAX_HEAD_BYTES - before);
          buffer.copy(this.headBuffer, before, at, at + take);
          this.headLength += take;
          const blank = this.headBuffer.subarray(0, this.headLength).indexOf("\r\n\r\n", Math.max(0, before - 3), "latin1");
          if (blank < 0) {
            if (this.headLength >= MAX_HEAD_BYTES)
              throw new FramingError(`its headers are larger than ${MAX_HEAD_BYTES} bytes`);
            return at + take;
          }
          const used = blank + 4 - before;
          const text = this.headBuffer.toString("latin1", 0, blank);
          this.headLength = 0;
          this.startBody(parseHead(text));
          return at + used;
        }
        startBody(head) {
          if (head.status < 200)
            return;
          const { headers } = head;
          const coding = headers["transfer-encoding"];
          const length = headers["content-length"];
          if (coding !== void 0) {
            if (length !== void 0)
              throw new FramingError("it has both Transfer-Encoding and Content-Length");
            if (coding.trim().toLowerCase() !== "chunked")
              throw new FramingError(`Transfer-Encoding "${coding.slice(0, 40)}" is not one flowferry reads (only chunked)`);
          } else if (length !== void 0 && !/^\d{1,15}$/.test(length)) {
            throw new FramingError(`its Content-Length "${length.slice(0, 40)}" is not a number of bytes`);
          }
          this.on.head(head);
          if (this.noBody || head.status === 204 || head.status === 304)
            this.finish();
          else if (coding !== void 0)
            this.state = "chunkLine";
          else if (length === void 0)
            this.state = "untilClose";
          else {
            this.expected = Number(length);
            this.remaining = this.expected;
            if (this.remaining === 0)
              this.finish();
            else
              this.state = "sized";
          }
        }
        /** Reads one CRLF-ended line of at most `limit` bytes (CRLF included) and hands it over. */
        readLine(buffer, at, end, limit, take) {
          const newline = buffer.indexOf(10, at);
          const stop = newline < 0 || newline >= end ? end : newline + 1;
          this.line += buffer.toString("latin1", at, stop);
          if (this.line.length > limit)
            throw new FramingError(this.state === "chunkEnd" ? "a chunk is longer than its size says" : "a chunk-size or trailer line is too long");
          if (stop === newline + 1) {
            const line = this.line;
            this.line = "";
            if (!line.endsWith("\r\n") || line.indexOf("\r") !== line.length - 2)
              throw new FramingError("a line does not end in CRLF");
            take(line.slice(0, -2));
          }
          return stop;
        }
        chunkSize(line) {
          const match = CHUNK_LINE.exec(line);
          if (!match || match[1].length > MAX_CHUNK_DIGITS)
            throw new FramingError(`"${line.slice(0, 40)}" is not a chunk size`);
          this.remaining = parseInt(match[1], 16);
          this.state = this.remaining === 0 ? "trailers" : "chunk";
        }
        trailer(line) {
          this.trailerBytes += line.length + 2;
          if (line === "")
            return this.finish();
          headerField(line);
        }
      }
      function parseHead(text) {
        const lines = text.split("\r\n");
        const statusLine = lines[0];
        const status = STATUS_LINE.exec(statusLine);
        if (!status || /[\r\n]/.test(statusLine))
          throw new FramingError(`its status line "${statusLine.slice(0, 60)}" is not HTTP/1.1's`);
        const code = Number(status[1]);
        if (code === 101)
          throw new FramingError("it switches protocols (101), which nothing asked for");
        if (lines.length - 1 > MAX_HEADERS)
          throw new FramingError(`it has more than ${MAX_HEADERS} headers`);
        const headers = {};
        const raw = headers;
        for (const line of lines.slice(1)) {
          const [name, value] = headerField(line);
          const known = raw[name];
          if (known === void 0)
            raw[name] = name === "set-cookie" ? [value] : value;
          else if (name === "content-length" || name === "transfer-encoding")
            throw new FramingError(`it sends ${name} twice`);
          else if (Array.isArray(known))
            known.push(value);
          else if (!FIRST_ONLY.has(name))
            raw[name] = `${known}${name === "cookie" ? "; " : ", "}${value}`;
        }
        return { status: code, headers };
      }
      function headerField(line) {
        const colon = line.indexOf(":");
        const name = colon < 0 ? "" : line.slice(0, colon);
        if (!TOKEN.test(name))
          throw new FramingError(`"${line.slice(0, 60)}" is not a header line`);
        const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, "");
        if (!FIELD_VALUE.test(value))
          throw new FramingError(`header ${name} has a control character in its value`);
        return [name.toLowerCase(), value];
      }
      var transport = __webpack_require__(95473);
      ;
      const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
      const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
      const OWN_HEADERS = /* @__PURE__ */ new Set(["host", "connection", "content-length", "transfer-encoding"]);
      function coded(code, message) {
        return Object.assign(new Error(message), { code });
      }
      function requestHead(url, method, headers, bodyLength) {
        let head = `${method} ${url.pathname}${url.search} HTTP/1.1\r
host: ${url.host}\r
connection: close\r
`;
        for (const [name, value] of Object.entries(headers)) {
          if (!HEADER_NAME.test(name) || !HEADER_VALUE.test(value)) {
            throw coded("ERR_INVALID_CHAR", `Invalid character in header content ["${name.replace(/[^\x20-\x7e]/g, "?")}"]`);
          }
          if (!OWN_HEADERS.has(name.toLowerCase()))
            head += `${name}: ${value}\r
`;
        }
        if (bodyLength !== void 0)
          head += `content-length: ${bodyLength}\r
`;
        return Buffer.from(`${head}\r
`, "latin1");
      }
      function sendFramed(url, exchange) {
        return new Promise((resolve, reject) => {
          const { signal } = exchange;
          if (signal.aborted)
            return reject(signal.reason);
          const body = exchange.body;
          if (body !== void 0 && !Buffer.isBuffer(body))
            return reject(new TypeError("sendFramed sends bytes only"));
          const secure = url.protocol === "https:";
          const method = exchange.method;
          let head;
          try {
            const sendsBody = body !== void 0 || !["GET", "HEAD", "DELETE"].includes(method);
            head = requestHead(url, method, exchange.headers, sendsBody ? body?.length ?? 0 : void 0);
          } catch (error) {
            return reject(error);
          }
          let answer;
          let connected = false;
          let settled = false;
          let connectTimer;
          const framer = new ReplyFramer({
            head: (reply) => {
              answer = new framed_body.Q(socket);
              socket.pause();
              socket.setTimeout((0, timers.Q2)(exchange.bodyTimeoutMs));
              settled = true;
              resolve({ statusCode: reply.status, headers: reply.headers, body: answer });
            },
            body: (buffer, start, end) => answer.piece(buffer, start, end),
            end: () => {
              cleanup();
              socket.destroy();
              answer.end();
            }
          }, method === "HEAD");
          const fail = (error) => {
            cleanup();
            socket.destroy();
            if (answer)
              answer.destroy(error);
            else if (!settled) {
              settled = true;
              reject(connected ? error : new transport.Xb(error));
            }
          };
          const read = Buffer.allocUnsafe(framed_body.m);
          const onread = {
            buffer: read,
            callback: (bytes, buffer) => {
              try {
                framer.feed(buffer, 0, bytes);
              } catch (error) {
                fail(error);
              }
              return true;
            }
          };
          const host = url.hostname.replace(/^\[|\]$/g, "");
          const port = Number(url.port) || (secure ? 443 : 80);
          const net = process.getBuiltinModule("node:net");
          const servername = net.isIP(host) ? void 0 : host;
          const socket = secure ? (
            // @types/node does not list `onread` for tls.connect yet; Node reads it since 15.1 (link above).
            process.getBuiltinModule("node:tls").connect({ host, port, servername, onread, ALPNProtocols: ["http/1.1"] })
          ) : net.connect({ host, port, onread });
          dispatcher.vn.add(socket);
          const onAbort = () => fail(signal.reason);
          const onIdle = () => fail(answer ? coded("BODY_TIMEOUT", `the reply stopped: nothing came for ${(0, duration.a)(exchange.bodyTimeoutMs)} (body timeout; FLOWFERRY_READ_TIMEOUT sets it)`) : coded("HEADERS_TIMEOUT", `no reply: nothing came for ${(0, duration.a)(exchange.headersTimeoutMs)} after the request (headers timeout; FLOWFERRY_READ_TIMEOUT sets it)`));
          function cleanup() {
            clearTimeout(connectTimer);
            signal.removeEventListener("abort", onAbort);
            socket.removeListener("timeout", onIdle);
            dispatcher.vn.delete(socket);
          }
          signal.addEventListener("abort", onAbort, { once: true });
          connectTimer = setTimeout(() => {
            fail(coded(transport.x0, `connect timeout: no connection to ${url.host} within ${(0, duration.a)(exchange.connectTimeoutMs)} (FLOWFERRY_CONNECT_TIMEOUT sets it)`));
          }, (0, timers.Q2)(exchange.connectTimeoutMs));
          socket.on("timeout", onIdle);
          socket.on("error", (error) => fail(error));
          socket.on("close", () => {
            if (framer.finished || socket.errored)
              return;
            try {
              framer.close();
            } catch (error) {
              fail(error);
            }
          });
          socket.on("end", () => socket.destroy());
          socket.once(secure ? "secureConnect" : "connect", () => {
            connected = true;
            clearTimeout(connectTimer);
            socket.setNoDelay(true);
            socket.setTimeout((0, timers.Q2)(exchange.headersTimeoutMs));
            socket.write(body ? Buffer.concat([head, body]) : head);
          });
        });
      }
    })
  )
};
