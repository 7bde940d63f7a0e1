import Foundation

/// Writes files whole or not at all: the text goes to a temporary file in the same folder, which
/// is then renamed over the target, so a reader never sees half a file and a failure leaves the
/// old file as it was.
public enum AtomicFile {
    /// Writes `text` to `path` atomically, creating the folder if needed.
    /// - Throws: ``SitrepError`` naming the file when it cannot be written.
    public static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = try writeTemporary(text, beside: url, named: path)
        if rename(temporary.path, url.path) != 0 {
            let reason = systemErrorText()
            try? FileManager.default.removeItem(at: temporary)
            throw SitrepError("\(path): cannot be written: \(reason)")
        }
    }

    /// Writes `text` to a new file at `path`, atomically and never over an existing file: the text
    /// goes to a temporary file, which is then hard-linked as `path`; the link fails when `path`
    /// exists, even when another process creates it in the meantime.
    /// - Throws: ``SitrepError`` naming the file when it already exists or cannot be written; the
    ///   existing file is left as it was.
    public static func create(_ text: String, at path: String) throws {
        let url = URL(fileURLWithPath: path)
        guard !FileManager.default.fileExists(atPath: path) else { throw alreadyExists(path) }
        let temporary = try writeTemporary(text, beside: url, named: path)
        defer { try? FileManager.default.removeItem(at: temporary) }
        if link(temporary.path, url.path) != 0 {
            if errno == EEXIST { throw alreadyExists(path) }
            throw SitrepError("\(path): cannot be written: \(systemErrorText())")
        }
    }

    /// Writes `text` to a temporary file in the target's folder (created if needed) and returns it;
    /// `path` is the target as the user named it, for messages.
    private static func writeTemporary(_ text: String, beside target: URL, named path: String) throws -> URL {
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw SitrepError("\(folder.path): cannot create the folder: \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
            throw SitrepError("\(path): cannot be written (check the folder's permissions and free space)")
        }
        return temporary
    }

    private static func alreadyExists(_ path: String) -> SitrepError {
        SitrepError("\(path): already exists; it is left as it is (move it away to write a new one)")
    }
}
