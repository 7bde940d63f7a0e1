import Foundation

/// Reads text files the user named, with errors that say which file and why.
enum TextFile {
    /// The file's contents as UTF-8 text (a byte-order mark is dropped).
    /// - Throws: ``SitrepError`` when the file is missing, unreadable, binary or not UTF-8.
    static func read(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SitrepError("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw SitrepError("\(path): is a folder, expected a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SitrepError("\(path): cannot be read (check its permissions)")
        }
        return try decode(data, path: path)
    }

    /// Decodes bytes as UTF-8 text, naming `path` when they are not.
    static func decode(_ data: Data, path: String) throws -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.contains(0) { throw SitrepError("\(path): is a binary file, expected UTF-8 text") }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw SitrepError("\(path): is not valid UTF-8 text")
        }
        return text
    }
}
