import Foundation

/// Publishing is all or nothing: the site is built in a temporary folder next to the output and
/// swapped in whole only when complete. The output folder is refused when replacing it could
/// destroy something that is not a sitrep site.
enum SiteFolder {
    /// The file that marks a folder as a site sitrep built, so a later publish may replace it.
    static let marker = ".sitrep-site"

    /// Fails unless `output` may be replaced by a new site built from `input`.
    static func validate(output: String, input: String) throws {
        let resolvedOutput = resolved(output), resolvedInput = resolved(input)
        let outputPath = resolvedOutput.hasSuffix("/") ? resolvedOutput : resolvedOutput + "/"
        let inputPath = resolvedInput.hasSuffix("/") ? resolvedInput : resolvedInput + "/"
        if inputPath.hasPrefix(outputPath) {
            throw SitrepError("\(output): the output folder is the reports folder or holds it; choose another, such as site/")
        }
        if outputPath.hasPrefix(inputPath) {
            throw SitrepError("\(output): the output folder is inside the reports folder, where it would be read as a crisis; choose another")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw SitrepError("\(output): exists and is not a folder") }
        let contents = try FileManager.default.contentsOfDirectory(atPath: output)
        if !contents.isEmpty, !contents.contains(marker) {
            throw SitrepError("\(output): is not empty and does not look like a site sitrep published (no \(marker) file); refusing to replace it")
        }
    }

    /// The absolute path with every symbolic link resolved, also when it does not exist yet: the
    /// nearest folder above it that exists is resolved and the rest added back, so `link/site`,
    /// with `link` pointing into the reports folder, is seen to lie inside it before it is made.
    static func resolved(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        var missing: [String] = []
        while true {
            if let real = realPath(existing.path) {
                return missing.reduce(real) { ($0 as NSString).appendingPathComponent($1) }
            }
            if existing.path == "/" { return URL(fileURLWithPath: path).standardizedFileURL.path }
            missing.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    /// Clears what an earlier publish to `output` left when it was killed: its half-built staging
    /// folder (`.NAME.building-PID`) is removed, and its previous site (`.NAME.old-PID`, moved aside
    /// just before the new one moved in) is put back when `output` is missing, else removed. Only
    /// leftovers of processes that no longer run are touched.
    static func recoverLeftovers(of output: String) {
        let manager = FileManager.default
        let url = URL(fileURLWithPath: output).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        guard let entries = try? manager.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries.sorted() {
            for (kind, prefix) in [("building", ".\(name).building-"), ("old", ".\(name).old-")] where entry.hasPrefix(prefix) {
                guard let pid = Int32(entry.dropFirst(prefix.count)), pid != ProcessInfo.processInfo.processIdentifier,
                      kill(pid, 0) != 0, errno == ESRCH else { continue }
                let path = (parent as NSString).appendingPathComponent(entry)
                if kind == "old", !manager.fileExists(atPath: output), rename(path, output) == 0 { continue }
                try? manager.removeItem(atPath: path)
            }
        }
    }

    /// A new empty folder beside `output` to build the site in.
    static func makeStaging(beside output: String) throws -> String {
        recoverLeftovers(of: output)
        let url = URL(fileURLWithPath: output).standardizedFileURL
        let staging = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).building-\(ProcessInfo.processInfo.processIdentifier)").path
        try? FileManager.default.removeItem(atPath: staging)
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw SitrepError("\(staging): cannot create the folder to build the site in: \(error.localizedDescription)")
        }
        return staging
    }

    /// Replaces `output` with the finished `staging` folder; the old site is removed only after the new one is in place.
    static func swap(staging: String, into output: String) throws {
        let manager = FileManager.default
        let url = URL(fileURLWithPath: output).standardizedFileURL
        let retired = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)").path
        let hadSite = manager.fileExists(atPath: output)
        if hadSite, rename(output, retired) != 0 {
            throw SitrepError("\(output): cannot move the previous site aside: \(systemErrorText())")
        }
        if rename(staging, output) != 0 {
            let reason = systemErrorText()
            if hadSite { _ = rename(retired, output) }
            throw SitrepError("\(output): cannot move the new site into place: \(reason)")
        }
        if hadSite { try? manager.removeItem(atPath: retired) }
    }

    /// A path inside the site, refusing anything that would leave it.
    static func path(_ relative: String, in root: String) throws -> String {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.contains("\0") }) else {
            throw SitrepError("'\(relative)' would be written outside the site; crisis ids and file names may not hold '..', '/' or absolute paths")
        }
        return (root as NSString).appendingPathComponent(relative)
    }
}
