import Foundation

/// `sitrep generate`: reads a situation file and writes its sitreps beside it or into a folder.
public struct ReportGenerator: Sendable {
    /// The renderer the reports go through.
    public let renderer: ReportRenderer

    /// A generator over the given templates.
    public init(templates: TemplateSet) {
        self.renderer = ReportRenderer(templates: templates)
    }

    /// Renders the situation file at `path` in each of `formats` and writes `NAME.md` / `NAME.html`
    /// beside it, or into `outputDirectory` when given. Nothing is written unless every format renders.
    /// - Returns: the paths written, in the order of `formats`.
    /// - Throws: ``SituationFileError`` for a bad situation file, ``SitrepError`` for templates and writes.
    public func generate(situationAt path: String, formats: [ReportFormat], outputDirectory: String? = nil) throws -> [String] {
        let document = try SituationReader.load(path: path)
        let fileName = (path as NSString).lastPathComponent
        let base = (fileName as NSString).deletingPathExtension
        let folder = outputDirectory ?? (path as NSString).deletingLastPathComponent
        let rendered = try formats.map { format in
            (format, try renderer.render(document.situation, as: format, fileName: fileName))
        }
        return try rendered.map { format, text in
            let target = folder.isEmpty ? "\(base).\(format.fileExtension)" : (folder as NSString).appendingPathComponent("\(base).\(format.fileExtension)")
            try AtomicFile.write(text, to: target)
            return target
        }
    }
}
