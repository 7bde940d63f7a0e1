import Foundation

/// Reads text files the user named, with errors that say which file and why.
enum TextFile {
    /// The file's contents as UTF-8 text (a byte-order mark is dropped).
    /// - Parameter regularFileOnly: refuse a pipe, socket or device, for files the user did not name
    ///   (see ``BoundedInput``).
    /// - Throws: ``SitrepError`` when the file is missing, unreadable, larger than the input size
    ///   limit, binary or not UTF-8 (naming the line and column of the first invalid byte).
    static func read(_ path: String, limits: InputLimits = .current, regularFileOnly: Bool = false) throws -> String {
        try decode(BoundedInput.contents(ofFile: path, limits: limits, regularFileOnly: regularFileOnly), path: path)
    }

    /// Decodes bytes as UTF-8 text, naming `path`, and the line and column of the first invalid
    /// byte, when they are not.
    static func decode(_ data: Data, path: String) throws -> String {
        do {
            return try decodeLocatingInvalidBytes(data, path: path)
        } catch let invalid as InvalidUTF8 {
            throw invalid.error
        }
    }

    /// Decodes bytes as UTF-8 text, as ``decode(_:path:)`` does, but throws ``InvalidUTF8`` for
    /// bytes that are not UTF-8, so a situation file's reader can report it as a diagnostic.
    static func decodeLocatingInvalidBytes(_ data: Data, path: String) throws -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if looksLikeUTF16(bytes) {
            throw SitrepError("\(path): is UTF-16 text, expected UTF-8; convert it first (iconv -f utf-16 -t utf-8)")
        }
        // Searched in place (Data's own iterator is a call per byte: a tenth of reading a large file).
        if bytes.withUnsafeBytes({ buffer in buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false }) { throw SitrepError("\(path): is a binary file, expected UTF-8 text") }
        guard let text = String(data: bytes, encoding: .utf8) else {
            if let invalid = InvalidUTF8.first(in: bytes, path: path) { throw invalid }
            throw SitrepError("\(path): is not valid UTF-8 text")
        }
        return text
    }

    /// Whether bytes are UTF-16 text: an even count that starts with a UTF-16 byte-order mark, or
    /// whose first bytes hold a zero byte in every other place (ASCII text in UTF-16, without a mark).
    static func looksLikeUTF16(_ bytes: Data) -> Bool {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return false }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
        let head = Array(bytes.prefix(64))
        let even = stride(from: 0, to: head.count, by: 2).map { head[$0] }
        let odd = stride(from: 1, to: head.count, by: 2).map { head[$0] }
        return (even.allSatisfy { $0 == 0 } && !odd.contains(0)) || (odd.allSatisfy { $0 == 0 } && !even.contains(0))
    }
}
