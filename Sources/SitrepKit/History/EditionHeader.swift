import Foundation
import Yams

/// What places a situation file in its crisis's history, its crisis `id` and `edition` number, read
/// without validating the rest of the file, so that a folder's editions can be ordered and an
/// edition with an error elsewhere still takes its place (the checks that need it then say it
/// cannot be read, instead of comparing with an older edition).
struct EditionHeader: Sendable, Hashable {
    /// The file, as its folder's path and its name make it.
    let path: String
    /// The crisis slug, when the file gives one as text.
    let id: String?
    /// The edition number.
    let edition: Int

    /// The extensions of situation files (generated sitreps, `.md` and `.html`, are not editions here).
    static let situationExtensions: Set<String> = ["yaml", "yml", "json"]

    /// Whether the file's name makes it a situation file: `.yaml`, `.yml` or `.json`, not hidden.
    static func isSituationFile(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return !name.hasPrefix(".") && situationExtensions.contains((name as NSString).pathExtension.lowercased())
    }

    /// The header of the file at `path`, or nil when it cannot be read or is no situation file: a
    /// mapping with a `sitrep:` key and a positive whole `edition:`.
    static func read(path: String) -> EditionHeader? {
        guard let text = try? TextFile.read(path, regularFileOnly: true), let node = try? YAMLGuard.compose(text, path: path, limits: .current),
              case .mapping(let mapping) = node, mapping["sitrep"] != nil,
              let editionNode = mapping["edition"], case .scalar(let scalar) = editionNode,
              let edition = Int(scalar.string), edition > 0
        else { return nil }
        let id: String? = if case .scalar(let idScalar)? = mapping["id"] { idScalar.string } else { nil }
        return EditionHeader(path: path, id: id, edition: edition)
    }

    /// The headers of every situation file in `folder` (`folder` as the user named it; "" for the
    /// current folder), in file-name order; files that are no situation are left out.
    /// - Throws: ``SitrepError`` when the folder cannot be listed.
    static func all(in folder: String) throws -> [EditionHeader] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)
        } catch {
            throw SitrepError("\(folder.isEmpty ? "." : folder): cannot list the folder to find the other editions")
        }
        return names.sorted().compactMap { name in
            let path = folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
            return isSituationFile(path) ? read(path: path) : nil
        }
    }
}
