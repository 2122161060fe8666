internal import CZlib

/// A zlib inflate stream for the unwrap stage: raw deflate (zip members) or gzip, inflated into at most a given
/// number of bytes, so that a small input that claims to expand without end (a zip bomb) costs no more than the limit.
/// One per use: it owns its `z_stream`, which zlib requires to stay at one address.
public final class Inflater {
    public enum Format: Sendable {
        /// Deflate without a header, as zip stores members.
        case raw
        /// A gzip member (`.gz`, `.tgz`).
        case gzip
    }

    /// How an inflation ended.
    public enum Ending: Sendable, Equatable {
        /// The stream ended: `output` is the whole content.
        case complete
        /// The limit was reached before the stream ended: the rest was not inflated.
        case overLimit
        /// The input ran out before the stream ended (a truncated file).
        case truncated
        /// zlib rejected the data; the message is zlib's.
        case corrupt(String)
    }

    public struct Result: Sendable {
        public var output: [UInt8]
        /// Input bytes zlib used: where a zip member's deflate data ends when its size is not given.
        public var consumed: Int
        public var ending: Ending
    }

    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private let ready: Bool

    public init(_ format: Format) {
        stream.initialize(to: z_stream())
        ready = dredge_inflate_init2(stream, format == .raw ? -15 : 31) == Z_OK
    }

    deinit {
        if ready { inflateEnd(stream) }
        stream.deallocate()
    }

    /// Inflates `input` into at most `limit` bytes.
    public func inflate(_ input: UnsafeRawBufferPointer, limit: Int) -> Result {
        guard ready else { return Result(output: [], consumed: 0, ending: .corrupt("inflateInit2 failed")) }
        guard let base = input.baseAddress, !input.isEmpty else { return Result(output: [], consumed: 0, ending: .truncated) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        stream.pointee.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(min(input.count, Int(UInt32.max)))
        while true {
            let room = min(chunk.count, limit - output.count + 1)  // one byte past the limit tells "over" from "exactly"
            let (status, produced) = chunk.withUnsafeMutableBytes { buffer -> (Int32, Int) in
                stream.pointee.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_out = uInt(room)
                let status = CZlib.inflate(stream, Z_NO_FLUSH)
                return (status, room - Int(stream.pointee.avail_out))
            }
            output += chunk.prefix(produced)
            let consumed = input.count - Int(stream.pointee.avail_in)
            if output.count > limit {
                output.removeLast(output.count - limit)
                return Result(output: output, consumed: consumed, ending: .overLimit)
            }
            switch status {
            case Z_STREAM_END:
                return Result(output: output, consumed: consumed, ending: .complete)
            case Z_OK:
                continue
            case Z_BUF_ERROR where stream.pointee.avail_in == 0:
                return Result(output: output, consumed: consumed, ending: .truncated)
            default:
                let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                return Result(output: output, consumed: consumed, ending: .corrupt(message))
            }
        }
    }
}

@available(*, unavailable)
extension Inflater: Sendable {}
