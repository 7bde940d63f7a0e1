import Foundation

/// The site being built: its staging folder and the files written so far.
///
/// The folder is private until the publish swaps it in whole, so each file is written straight to
/// its place (no temporary file and rename per file) and each folder is created once.
struct SiteBuild {
    let root: String
    private(set) var written: [String] = []
    private var folders: Set<String> = []

    init(root: String) {
        self.root = root
    }

    /// Writes one file of the site, refusing paths that would leave it.
    /// - Throws: ``SitrepError`` naming the file and the system's reason when it cannot be written.
    mutating func write(_ text: String, to relative: String) throws {
        let path = try SiteFolder.path(relative, in: root)
        let folder = FilePath.folder(of: path)
        if !folders.contains(folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw SitrepError("\(folder): cannot create the folder: \(error.localizedDescription)")
            }
            folders.insert(folder)
        }
        try Self.writeFile(text, to: path)
        written.append(relative)
    }

    private static func writeFile(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        var text = text
        let written = text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0, errno != EINTR { return false }
                offset += max(count, 0)
            }
            return true
        }
        // A full disk or a network folder may only report the failure when the file is closed.
        guard written else { let error = failure(path); close(descriptor); throw error }
        guard close(descriptor) == 0 else { throw failure(path) }
    }

    private static func failure(_ path: String) -> SitrepError {
        SitrepError("\(path): cannot be written: \(String(cString: strerror(errno)))")
    }
}
