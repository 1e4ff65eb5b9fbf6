export const id = 771;
export const ids = [771];
export const modules = {
  /***/
  96208: (
    /***/
    ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        w8: () => (
          /* binding */
          hmac
        )
      });
      ;
      function isSerializableHash(h) {
        return typeof h.saveState !== "undefined" && typeof h.restoreState !== "undefined" && typeof h.cleanSavedState !== "undefined";
      }
      var wipe = __webpack_require__(71482);
      ;
      class HMAC {
        blockSize;
        digestLength;
        _inner;
        // inner hash
        _outer;
        // outer hash
        _finished = false;
        // true if HMAC was finalized
        // Copies of hash states after keying.
        // Need for quick reset without hashing the key again.
        _innerKeyedState;
        _outerKeyedState;
        /**
         * Constructs a new HMAC with the given Hash and secret key.
         */
        constructor(hash, key) {
          this._inner = new hash();
          this._outer = new hash();
          this.blockSize = this._outer.blockSize;
          this.digestLength = this._outer.digestLength;
          const pad = new Uint8Array(this.blockSize);
          if (key.length > this.blockSize) {
            this._inner.update(key).finish(pad).clean();
          } else {
            pad.set(key);
          }
          for (let i = 0; i < pad.length; i++) {
            pad[i] ^= 54;
          }
          this._inner.update(pad);
          for (let i = 0; i < pad.length; i++) {
            pad[i] ^= 54 ^ 92;
          }
          this._outer.update(pad);
          if (isSerializableHash(this._inner) && isSerializableHash(this._outer)) {
            this._innerKeyedState = this._inner.saveState();
            this._outerKeyedState = this._outer.saveState();
          }
          (0, wipe.u)(pad);
        }
        /**
         * Returns HMAC state to the state initialized with key
         * to make it possible to run HMAC over the other data with the same
         * key without creating a new instance.
         */
        reset() {
          if (!isSerializableHash(this._inner) || !isSerializableHash(this._outer)) {
            throw new Error("hmac: can't reset() because hash doesn't implement restoreState()");
          }
          this._inner.restoreState(this._innerKeyedState);
          this._outer.restoreState(this._outerKeyedState);
          this._finished = false;
          return this;
        }
        /**
         * Cleans HMAC state.
         */
        clean() {
          if (isSerializableHash(this._inner)) {
            this._inner.cleanSavedState(this._innerKeyedState);
          }
          if (isSerializableHash(this._outer)) {
            this._outer.cleanSavedState(this._outerKeyedState);
          }
          this._inner.clean();
          this._outer.clean();
        }
        /**
         * Updates state with provided data.
         */
        update(data) {
          this._inner.update(data);
          return this;
        }
        /**
         * Finalizes HMAC and puts the result in out.
         */
        finish(out) {
          if (this._finished) {
            this._outer.finish(out);
            return this;
          }
          this._inner.finish(out);
          this._outer.update(out.subarray(0, this.digestLength)).finish(out);
          this._finished = true;
          return this;
        }
        /**
         * Returns the computed message authentication code.
         */
        digest() {
          const out = new Uint8Array(this.digestLength);
          this.finish(out);
          return out;
        }
        /**
         * Saves HMAC state.
         * This function is needed for PBKDF2 optimization.
         */
        saveState() {
          if (!isSerializableHash(this._inner)) {
            throw new Error("hmac: can't saveState() because hash doesn't implement it");
          }
          return this._inner.saveState();
        }
        restoreState(savedState) {
          if (!isSerializableHash(this._inner) || !isSerializableHash(this._outer)) {
            throw new Error("hmac: can't restoreState() because hash doesn't implement it");
          }
          this._inner.restoreState(savedState);
          this._outer.restoreState(this._outerKeyedState);
          this._finished = false;
          return this;
        }
        cleanSavedState(savedState) {
          if (!isSerializableHash(this._inner)) {
            throw new Error("hmac: can't cleanSavedState() because hash doesn't implement it");
          }
          this._inner.cleanSavedState(savedState);
        }
      }
      function hmac(hash, key, data) {
        const h = new HMAC(hash, key);
        h.update(data);
        const digest = h.digest();
        h.clean();
        return digest;
      }
      const equal = (
        /* unused pure expression or super */
        null
      );
    })
  ),
  /***/
  36390: (
    /***/
    ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        aD: () => (
          /* binding */
          SHA256
        ),
        tW: () => (
          /* binding */
          hash
        )
      });
      ;
      const mul = Math.imul;
      function add(a, b) {
        return a + b | 0;
      }
      function sub(a, b) {
        return a - b | 0;
      }
      function rotl(x, n) {
        return x << n | x >>> 32 - n;
      }
      function rotr(x, n) {
        return x << 32 - n | x >>> n;
      }
      const isInteger = Number.isInteger;
      const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER;
      const int_isSafeInteger = Number.isSafeInteger;
      ;
      function readInt16BE(array, offset = 0) {
        return (array[offset + 0] << 8 | array[offset + 1]) << 16 >> 16;
      }
      function readUint16BE(array, offset = 0) {
        return (array[offset + 0] << 8 | array[offset + 1]) >>> 0;
      }
      function readInt16LE(array, offset = 0) {
        return (array[offset + 1] << 8 | array[offset]) << 16 >> 16;
      }
      function readUint16LE(array, offset = 0) {
        return (array[offset + 1] << 8 | array[offset]) >>> 0;
      }
      function writeUint16BE(value, out = new Uint8Array(2), offset = 0) {
        out[offset + 0] = value >>> 8;
        out[offset + 1] = value >>> 0;
        return out;
      }
      const writeInt16BE = (
        /* unused pure expression or super */
        null
      );
      function writeUint16LE(value, out = new Uint8Array(2), offset = 0) {
        out[offset + 0] = value >>> 0;
        out[offset + 1] = value >>> 8;
        return out;
      }
      const writeInt16LE = (
        /* unused pure expression or super */
        null
      );
      function readInt32BE(array, offset = 0) {
        return array[offset] << 24 | array[offset + 1] << 16 | array[offset + 2] << 8 | array[offset + 3];
      }
      function readUint32BE(array, offset = 0) {
        return (array[offset] << 24 | array[offset + 1] << 16 | array[offset + 2] << 8 | array[offset + 3]) >>> 0;
      }
      function readInt32LE(array, offset = 0) {
        return array[offset + 3] << 24 | array[offset + 2] << 16 | array[offset + 1] << 8 | array[offset];
      }
      function readUint32LE(array, offset = 0) {
        return (array[offset + 3] << 24 | array[offset + 2] << 16 | array[offset + 1] << 8 | array[offset]) >>> 0;
      }
      function writeUint32BE(value, out = new Uint8Array(4), offset = 0) {
        out[offset + 0] = value >>> 24;
        out[offset + 1] = value >>> 16;
        out[offset + 2] = value >>> 8;
        out[offset + 3] = value >>> 0;
        return out;
      }
      const writeInt32BE = (
        /* unused pure expression or super */
        null
      );
      function writeUint32LE(value, out = new Uint8Array(4), offset = 0) {
        out[offset + 0] = value >>> 0;
        out[offset + 1] = value >>> 8;
        out[offset + 2] = value >>> 16;
        out[offset + 3] = value >>> 24;
        return out;
      }
      const writeInt32LE = (
        /* unused pure expression or super */
        null
      );
      function readInt64BE(array, offset = 0) {
        const hi = readInt32BE(array, offset);
        const lo = readInt32BE(array, offset + 4);
        return hi * 4294967296 + lo - (lo >> 31) * 4294967296;
      }
      function readUint64BE(array, offset = 0) {
        const hi = readUint32BE(array, offset);
        const lo = readUint32BE(array, offset + 4);
        return hi * 4294967296 + lo;
      }
      function readInt64LE(array, offset = 0) {
        const lo = readInt32LE(array, offset);
        const hi = readInt32LE(array, offset + 4);
        return hi * 4294967296 + lo - (lo >> 31) * 4294967296;
      }
      function readUint64LE(array, offset = 0) {
        const lo = readUint32LE(array, offset);
        const hi = readUint32LE(array, offset + 4);
        return hi * 4294967296 + lo;
      }
      function writeUint64BE(value, out = new Uint8Array(8), offset = 0) {
        writeUint32BE(value / 4294967296 >>> 0, out, offset);
        writeUint32BE(value >>> 0, out, offset + 4);
        return out;
      }
      const writeInt64BE = (
        /* unused pure expression or super */
        null
      );
      function writeUint64LE(value, out = new Uint8Array(8), offset = 0) {
        writeUint32LE(value >>> 0, out, offset);
        writeUint32LE(value / 4294967296 >>> 0, out, offset + 4);
        return out;
      }
      const writeInt64LE = (
        /* unused pure expression or super */
        null
      );
      function readUintBE(bitLength, array, offset = 0) {
        if (bitLength % 8 !== 0) {
          throw new Error("readUintBE supports only bitLengths divisible by 8");
        }
        if (bitLength / 8 > array.length - offset) {
          throw new Error("readUintBE: array is too short for the given bitLength");
        }
        let result = 0;
        let mul2 = 1;
        for (let i = bitLength / 8 + offset - 1; i >= offset; i--) {
          result += array[i] * mul2;
          mul2 *= 256;
        }
        return result;
      }
      function readUintLE(bitLength, array, offset = 0) {
        if (bitLength % 8 !== 0) {
          throw new Error("readUintLE supports only bitLengths divisible by 8");
        }
        if (bitLength / 8 > array.length - offset) {
          throw new Error("readUintLE: array is too short for the given bitLength");
        }
        let result = 0;
        let mul2 = 1;
        for (let i = offset; i < offset + bitLength / 8; i++) {
          result += array[i] * mul2;
          mul2 *= 256;
        }
        return result;
      }
      function writeUintBE(bitLength, value, out = new Uint8Array(bitLength / 8), offset = 0) {
        if (bitLength % 8 !== 0) {
          throw new Error("writeUintBE supports only bitLengths divisible by 8");
        }
        if (!isSafeInteger(value)) {
          throw new Error("writeUintBE value must be an integer");
        }
        let div = 1;
        for (let i = bitLength / 8 + offset - 1; i >= offset; i--) {
          out[i] = value / div & 255;
          div *= 256;
        }
        return out;
      }
      function writeUintLE(bitLength, value, out = new Uint8Array(bitLength / 8), offset = 0) {
        if (bitLength % 8 !== 0) {
          throw new Error("writeUintLE supports only bitLengths divisible by 8");
        }
        if (!isSafeInteger(value)) {
          throw new Error("writeUintLE value must be an integer");
        }
        let div = 1;
        for (let i = offset; i < offset + bitLength / 8; i++) {
          out[i] = value / div & 255;
          div *= 256;
        }
        return out;
      }
      function readFloat32BE(array, offset = 0) {
        const view = new DataView(array.buffer, array.byteOffset, array.byteLength);
        return view.getFloat32(offset);
      }
      function readFloat32LE(array, offset = 0) {
        const view = new DataView(array.buffer, array.byteOffset, array.byteLength);
        return view.getFloat32(offset, true);
      }
      function readFloat64BE(array, offset = 0) {
        const view = new DataView(array.buffer, array.byteOffset, array.byteLength);
        return view.getFloat64(offset);
      }
      function readFloat64LE(array, offset = 0) {
        const view = new DataView(array.buffer, array.byteOffset, array.byteLength);
        return view.getFloat64(offset, true);
      }
      function writeFloat32BE(value, out = new Uint8Array(4), offset = 0) {
        const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
        view.setFloat32(offset, value);
        return out;
      }
      function writeFloat32LE(value, out = new Uint8Array(4), offset = 0) {
        const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
        view.setFloat32(offset, value, true);
        return out;
      }
      function writeFloat64BE(value, out = new Uint8Array(8), offset = 0) {
        const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
        view.setFloat64(offset, value);
        return out;
      }
      function writeFloat64LE(value, out = new Uint8Array(8), offset = 0) {
        const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
        view.setFloat64(offset, value, true);
        return out;
      }
      var wipe = __webpack_require__(71482);
      ;
      const DIGEST_LENGTH = 32;
      const BLOCK_SIZE = 64;
      class SHA256 {
        /** Length of hash output */
        digestLength = DIGEST_LENGTH;
        /** Block size */
        blockSize = BLOCK_SIZE;
        // Note: Int32Array is used instead of Uint32Array for performance reasons.
        _state = new Int32Array(8);
        // hash state
        _temp = new Int32Array(64);
        // temporary state
        _buffer = new Uint8Array(128);
        // buffer for data to hash
        _bufferLength = 0;
        // number of bytes in buffer
        _bytesHashed = 0;
        // number of total bytes hashed
        _finished = false;
        // indicates whether the hash was finalized
        constructor() {
          this.reset();
        }
        _initState() {
          this._state[0] = 1779033703;
          this._state[1] = 3144134277;
          this._state[2] = 1013904242;
          this._state[3] = 2773480762;
          this._state[4] = 1359893119;
          this._state[5] = 2600822924;
          this._state[6] = 528734635;
          this._state[7] = 1541459225;
        }
        /**
         * Resets hash state making it possible
         * to re-use this instance to hash other data.
         */
        reset() {
          this._initState();
          this._bufferLength = 0;
          this._bytesHashed = 0;
          this._finished = false;
          return this;
        }
        /**
         * Cleans internal buffers and resets hash state.
         */
        clean() {
          (0, wipe.u)(this._buffer);
          (0, wipe.u)(this._temp);
          this.reset();
        }
        /**
         * Updates hash state with the given data.
         *
         * Throws error when trying to update already finalized hash:
         * instance must be reset to update it again.
         */
        update(data, dataLength = data.length) {
          if (this._finished) {
            throw new Error("SHA256: can't update because hash was finished.");
          }
          let dataPos = 0;
          this._bytesHashed += dataLength;
          if (this._bufferLength > 0) {
            while (this._bufferLength < this.blockSize && dataLength > 0) {
              this._buffer[this._bufferLength++] = data[dataPos++];
              dataLength--;
            }
            if (this._bufferLength === this.blockSize) {
              hashBlocks(this._temp, this._state, this._buffer, 0, this.blockSize);
              this._bufferLength = 0;
            }
          }
          if (dataLength >= this.blockSize) {
            dataPos = hashBlocks(this._temp, this._state, data, dataPos, dataLength);
            dataLength %= this.blockSize;
          }
          while (dataLength > 0) {
            this._buffer[this._bufferLength++] = data[dataPos++];
            dataLength--;
          }
          return this;
        }
        /**
         * Finalizes hash state and puts hash into out.
         * If hash was already finalized, puts the same value.
         */
        finish(out) {
          if (!this._finished) {
            const bytesHashed = this._bytesHashed;
            const left = this._bufferLength;
            const bitLenHi = bytesHashed / 536870912 | 0;
            const bitLenLo = bytesHashed << 3;
            const padLength = bytesHashed % 64 < 56 ? 64 : 128;
            this._buffer[left] = 128;
            for (let i = left + 1; i < padLength - 8; i++) {
              this._buffer[i] = 0;
            }
            writeUint32BE(bitLenHi, this._buffer, padLength - 8);
            writeUint32BE(bitLenLo, this._buffer, padLength - 4);
            hashBlocks(this._temp, this._state, this._buffer, 0, padLength);
            this._finished = true;
          }
          for (let i = 0; i < this.digestLength / 4; i++) {
            writeUint32BE(this._state[i], out, i * 4);
          }
          return this;
        }
        /**
         * Returns the final hash digest.
         */
        digest() {
          const out = new Uint8Array(this.digestLength);
          this.finish(out);
          return out;
        }
        /**
         * Function useful for HMAC/PBKDF2 optimization.
         * Returns hash state to be used with restoreState().
         * Only chain value is saved, not buffers or other
         * state variables.
         */
        saveState() {
          if (this._finished) {
            throw new Error("SHA256: cannot save finished state");
          }
          return {
            state: new Int32Array(this._state),
            buffer: this._bufferLength > 0 ? new Uint8Array(this._buffer) : void 0,
            bufferLength: this._bufferLength,
            bytesHashed: this._bytesHashed
          };
        }
        /**
         * Function useful for HMAC/PBKDF2 optimization.
         * Restores state saved by saveState() and sets bytesHashed
         * to the given value.
         */
        restoreState(savedState) {
          this._state.set(savedState.state);
          this._bufferLength = savedState.bufferLength;
          if (savedState.buffer) {
            this._buffer.set(savedState.buffer);
          }
          this._bytesHashed = savedState.bytesHashed;
          this._finished = false;
          return this;
        }
        /**
         * Cleans state returned by saveState().
         */
        cleanSavedState(savedState) {
          (0, wipe.u)(savedState.state);
          if (savedState.buffer) {
            (0, wipe.u)(savedState.buffer);
          }
          savedState.bufferLength = 0;
          savedState.bytesHashed = 0;
        }
      }
      const K = new Int32Array([
        1116352408,
        1899447441,
        3049323471,
        3921009573,
        961987163,
        1508970993,
        2453635748,
        2870763221,
        3624381080,
        310598401,
        607225278,
        1426881987,
        1925078388,
        2162078206,
        2614888103,
        3248222580,
        3835390401,
        4022224774,
        264347078,
        604807628,
        770255983,
        1249150122,
        1555081692,
        1996064986,
        2554220882,
        2821834349,
        2952996808,
        3210313671,
        3336571891,
        3584528711,
        113926993,
        338241895,
        666307205,
        773529912,
        1294757372,
        1396182291,
        1695183700,
        1986661051,
        2177026350,
        2456956037,
        2730485921,
        2820302411,
        3259730800,
        3345764771,
        3516065817,
        3600352804,
        4094571909,
        275423344,
        430227734,
        506948616,
        659060556,
        883997877,
        958139571,
        1322822218,
        1537002063,
        1747873779,
        1955562222,
        2024104815,
        2227730452,
        2361852424,
        2428436474,
        2756734187,
        3204031479,
        3329325298
      ]);
      function hashBlocks(w, v, p, pos, len) {
        while (len >= 64) {
          let a = v[0];
          let b = v[1];
          let c = v[2];
          let d = v[3];
          let e = v[4];
          let f = v[5];
          let g = v[6];
          let h = v[7];
          for (let i = 0; i < 16; i++) {
            let j = pos + i * 4;
            w[i] = readUint32BE(p, j);
          }
          for (let i = 16; i < 64; i++) {
            let u = w[i - 2];
            let t1 = (u >>> 17 | u << 32 - 17) ^ (u >>> 19 | u << 32 - 19) ^ u >>> 10;
            u = w[i - 15];
            let t2 = (u >>> 7 | u << 32 - 7) ^ (u >>> 18 | u << 32 - 18) ^ u >>> 3;
            w[i] = (t1 + w[i - 7] | 0) + (t2 + w[i - 16] | 0);
          }
          for (let i = 0; i < 64; i++) {
            let t1 = (((e >>> 6 | e << 32 - 6) ^ (e >>> 11 | e << 32 - 11) ^ (e >>> 25 | e << 32 - 25)) + (e & f ^ ~e & g) | 0) + (h + (K[i] + w[i] | 0) | 0) | 0;
            let t2 = ((a >>> 2 | a << 32 - 2) ^ (a >>> 13 | a << 32 - 13) ^ (a >>> 22 | a << 32 - 22)) + (a & b ^ a & c ^ b & c) | 0;
            h = g;
            g = f;
            f = e;
            e = d + t1 | 0;
            d = c;
            c = b;
            b = a;
            a = t1 + t2 | 0;
          }
          v[0] += a;
          v[1] += b;
          v[2] += c;
          v[3] += d;
          v[4] += e;
          v[5] += f;
          v[6] += g;
          v[7] += h;
          pos += 64;
          len -= 64;
        }
        return pos;
      }
      function hash(data) {
        const h = new SHA256();
        h.update(data);
        const digest = h.digest();
        h.clean();
        return digest;
      }
    })
  ),
  /***/
  71482: (
    /***/
    ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        u: () => (
          /* binding */
          wipe
        )
        /* harmony export */
      });
      function wipe(array) {
        for (let i = 0; i < array.length; i++) {
          array[i] = 0;
        }
        return array;
      }
    })
  )
};
