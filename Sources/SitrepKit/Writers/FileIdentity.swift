import Foundation

/// Whether two paths name one file.
enum FileIdentity {
    /// The same path once resolved (`.`, `..`, symbolic links), or the same file on disk (a hard
    /// link, or another spelling of a path on a case-insensitive disk).
    static func isSameFile(_ first: String, _ second: String) -> Bool {
        func resolved(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        if resolved(first) == resolved(second) { return true }
        let manager = FileManager.default
        guard let a = try? manager.attributesOfItem(atPath: first), let b = try? manager.attributesOfItem(atPath: second),
              let fileA = a[.systemFileNumber] as? NSNumber, let fileB = b[.systemFileNumber] as? NSNumber,
              let deviceA = a[.systemNumber] as? NSNumber, let deviceB = b[.systemNumber] as? NSNumber
        else { return false }
        return fileA == fileB && deviceA == deviceB
    }
}
