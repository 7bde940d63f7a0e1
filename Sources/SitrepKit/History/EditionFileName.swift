import Foundation

/// How the file of the next edition is named after the file of this one.
enum EditionFileName {
    /// The path of edition `next` beside the file at `path` of edition `edition`.
    ///
    /// The last number in the file's name that equals `edition` is replaced by `next`, padded with
    /// zeros to the same width (`edition-001.yaml` → `edition-002.yaml`, `sitrep-9.yaml` →
    /// `sitrep-10.yaml`). A name with no such number gets `-edition-N` before its extension
    /// (`osh.yaml` → `osh-edition-2.yaml`, `report-2010.yaml` → `report-2010-edition-2.yaml`), so a
    /// date or another number in the name is never taken for the edition.
    static func next(after path: String, edition: Int, next: Int) -> String {
        let folder = FilePath.folder(of: path)
        let name = (path as NSString).lastPathComponent
        let pathExtension = (name as NSString).pathExtension
        let base = pathExtension.isEmpty ? name : String(name.dropLast(pathExtension.count + 1))
        let suffix = pathExtension.isEmpty ? "" : "." + pathExtension
        let numbers = base.matches(of: /[0-9]+/).filter { Int($0.output) == edition }
        let nextBase: String
        if let last = numbers.last {
            let width = last.output.count
            let digits = String(next)
            let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
            nextBase = base.replacingCharacters(in: last.range, with: padded)
        } else {
            nextBase = base + "-edition-\(next)"
        }
        return folder.isEmpty ? nextBase + suffix : (folder as NSString).appendingPathComponent(nextBase + suffix)
    }
}
