import Foundation

/// Writes files whole or not at all: the text goes to a temporary file in the same folder, which
/// is then renamed over the target, so a reader never sees half a file and a failure leaves the
/// old file as it was.
public enum AtomicFile {
    /// Writes `text` to `path` atomically, creating the folder if needed.
    /// - Throws: ``SitrepError`` naming the file when it cannot be written.
    public static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw SitrepError("\(folder.path): cannot create the folder: \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
            throw SitrepError("\(path): cannot be written (check the folder's permissions and free space)")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw SitrepError("\(path): cannot be written: \(reason)")
        }
    }
}
