import Foundation

/// The site being built: its staging folder and the files written so far.
///
/// The folder is private until the publish swaps it in whole, so each file is written straight to
/// its place (no temporary file and rename per file) and each folder is created once.
struct SiteBuild {
    let root: String
    private(set) var written: [String] = []
    private let folders = SiteFolders()

    init(root: String) {
        self.root = root
    }

    /// Writes one file of the site, refusing paths that would leave it.
    /// - Throws: ``SitrepError`` naming the file and the system's reason when it cannot be written.
    mutating func write(_ text: String, to relative: String) throws {
        try Self.write(text, to: relative, in: root, folders: folders)
        written.append(relative)
    }

    /// Makes and writes `count` files on every core: `file(index)` gives the text and the path of
    /// file `index`. When some fail, the error thrown is the lowest index's, the one that making
    /// and writing them one after another would have met first.
    /// - Throws: ``SitrepError`` as ``write(_:to:)`` does, or what `file` throws.
    mutating func writeEach(count: Int, _ file: @Sendable (Int) throws -> (text: String, relative: String)) throws {
        let root = root, folders = folders
        written += try ParallelMap.map(count) { index in
            let (text, relative) = try file(index)
            try Self.write(text, to: relative, in: root, folders: folders)
            return relative
        }
    }

    private static func write(_ text: String, to relative: String, in root: String, folders: SiteFolders) throws {
        let path = try SiteFolder.path(relative, in: root)
        try folders.create(FilePath.folder(of: path))
        try writeFile(text, to: path)
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
        SitrepError("\(path): cannot be written: \(systemErrorText())")
    }
}

/// The folders of a site created so far, shared by the files written at once: each is created once.
private final class SiteFolders: @unchecked Sendable {
    private var created: Set<String> = []
    private let lock = NSLock()

    /// Creates `folder` and its parents unless an earlier call did.
    /// - Throws: ``SitrepError`` naming the folder and the system's reason.
    func create(_ folder: String) throws {
        lock.lock()
        defer { lock.unlock() }
        guard !created.contains(folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw SitrepError("\(folder): cannot create the folder: \(error.localizedDescription)")
        }
        created.insert(folder)
    }
}
