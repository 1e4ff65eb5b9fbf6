import type { Socket } from 'node:net'
import { Readable } from 'node:stream'

/**
 * The body of a reply read by the download transport (framed-transport.ts): a Readable like any
 * reply's, for whatever reads it as a stream (an error text, a gzipped body through the
 * inflater), and `pump`, for a reader that takes every piece in place, straight from the socket's
 * reused buffer (saveTo, core/http/download.ts).
 *
 * As a stream, every piece is copied out of the socket's buffer (it is overwritten by the next
 * read). Pumped, nothing is: the reader gets a view it must use before it returns, and asks for
 * a pause (returns false) when it cannot take more for now, then calls `flow()`.
 */
/** The socket's reused read buffer (framed-transport.ts): one read never hands over more. */
export const READ_BUFFER = 64 * 1024

export type Pumper = (piece: Buffer) => boolean

export class FramedBody extends Readable {
  private pumper: Pumper | undefined
  private settle: { resolve: () => void; reject: (error: Error) => void } | undefined
  /** Pieces that came before anyone read (with the headers, in the same socket read): copied. */
  private held: Buffer[] = []
  private ended = false
  private reading = false
  private limit = Number.POSITIVE_INFINITY
  private tooLarge: (() => Error) | undefined
  private count = 0

  constructor(private readonly socket: Socket) {
    super({ highWaterMark: 1024 * 1024 })
    // The body may fail before anyone reads it (the socket breaks while the request loop looks at
    // the headers): its reader still gets the error (pump, or the stream's errored state).
    this.on('error', () => undefined)
  }

  /** Fails the body once more than `limit` bytes came (reply-body.ts: the reply limit, counted here). */
  limitTo(limit: number, error: () => Error): void {
    this.limit = limit
    this.tooLarge = error
  }

  /** From the framer: a piece of the body, valid during this call only. */
  piece(buffer: Buffer, start: number, end: number): void {
    if (this.destroyed) return
    this.count += end - start
    if (this.count > this.limit) {
      this.destroy(this.tooLarge!())
      return
    }
    if (this.pumper) {
      if (!this.pumper(buffer.subarray(start, end))) this.socket.pause()
    } else if (this.reading) {
      if (!this.push(Buffer.from(buffer.subarray(start, end)))) {
        this.reading = false
        this.socket.pause()
      }
    } else {
      this.held.push(Buffer.from(buffer.subarray(start, end)))
      this.socket.pause()
    }
  }

  /** From the framer: the body's last byte came. */
  end(): void {
    this.ended = true
    if (this.settle) {
      this.settle.resolve()
      this.settle = undefined
    } else if (this.reading && this.held.length === 0) this.push(null)
  }

  /**
   * Hands every piece of the body to `pumper` as it is read, those that came first included;
   * resolves when the last one was handed over, rejects when the body fails.
   */
  pump(pumper: Pumper): Promise<void> {
    if (this.destroyed) return Promise.reject(this.errored ?? new Error('the reply was closed'))
    this.pumper = pumper
    const done = new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject }
    })
    let paused = false
    for (const piece of this.held.splice(0)) paused = !pumper(piece) || paused
    if (this.ended) this.end()
    else if (!paused) this.socket.resume()
    return done
  }

  /** After the pumper asked for a pause: read on. */
  flow(): void {
    if (!this.destroyed && !this.ended) this.socket.resume()
  }

  override _read(): void {
    this.reading = true
    while (this.held.length > 0) {
      if (!this.push(this.held.shift()!)) {
        this.reading = false
        return
      }
    }
    if (this.ended) this.push(null)
    else this.socket.resume()
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.socket.destroy()
    if (this.settle) {
      if (error || !this.ended) this.settle.reject(error ?? new Error('the reply was closed before its end'))
      this.settle = undefined
    }
    callback(error)
  }
}
