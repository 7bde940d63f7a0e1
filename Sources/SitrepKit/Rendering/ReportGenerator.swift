import Foundation

/// `sitrep generate`: reads a situation file (or an article, extracting first) and writes its
/// sitreps beside it or into a folder.
public struct ReportGenerator: Sendable {
    /// The renderer the reports go through.
    public let renderer: ReportRenderer

    /// A generator over the given templates.
    public init(templates: TemplateSet) {
        self.renderer = ReportRenderer(templates: templates)
    }

    /// Whether `path` names a situation file (`.yaml`, `.yml`, `.json`) rather than an article.
    public static func isSituationFile(_ path: String) -> Bool {
        ["yaml", "yml", "json"].contains((path as NSString).pathExtension.lowercased())
    }

    /// Renders the situation file at `path` in each of `formats` and writes `NAME.md` / `NAME.html`
    /// beside it, or into `outputDirectory` when given. Nothing is written unless every format renders
    /// and every target is either new or a report sitrep generated (see ``GeneratedFile``).
    /// - Parameters:
    ///   - previousPath: the previous edition (a situation file or a generated sitrep); the
    ///     reports then show what changed since it.
    ///   - force: replace targets even when sitrep did not generate them.
    /// - Returns: the paths written, in the order of `formats`.
    /// - Throws: ``SituationFileError`` for a bad situation file, ``SitrepError`` for templates and writes.
    public func generate(
        situationAt path: String, formats: [ReportFormat], outputDirectory: String? = nil, previousAt previousPath: String? = nil,
        force: Bool = false
    ) throws -> [String] {
        let document = try SituationReader.load(path: path)
        let previous = try previousPath.map { try EditionReader.load(path: $0) }
        return try write(
            document.situation, named: path, formats: formats, outputDirectory: outputDirectory, previous: previous, force: force)
    }

    /// Extracts a situation from the article at `path`, then renders it like ``generate(situationAt:formats:outputDirectory:)``.
    /// - Returns: the paths written and the extraction's warnings.
    public func generate(
        articleAt path: String, options: Extractor.Options, formats: [ReportFormat], outputDirectory: String? = nil,
        force: Bool = false
    ) throws -> (written: [String], warnings: [Diagnostic]) {
        let folder = outputDirectory ?? FilePath.folder(of: path)
        let job = ExtractionJob(options: options, outputFolder: folder.isEmpty ? FileManager.default.currentDirectoryPath : folder)
        let output = try job.run(paths: [path])
        let written = try write(output.situations[0], named: path, formats: formats, outputDirectory: outputDirectory, force: force)
        return (written, output.warnings)
    }

    private func write(
        _ situation: Situation, named path: String, formats: [ReportFormat], outputDirectory: String?,
        previous: SituationDocument? = nil, force: Bool
    ) throws -> [String] {
        let fileName = (path as NSString).lastPathComponent
        let base = (fileName as NSString).deletingPathExtension
        let folder = outputDirectory ?? FilePath.folder(of: path)
        let rendered = try formats.map { format in
            (format, try renderer.render(situation, as: format, fileName: fileName, previous: previous))
        }
        let targets = rendered.map { format, _ in
            let name = "\(base).\(format.fileExtension)"
            return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
        }
        // An input named like its report (field notes in `notes.md`, a page in `page.html`) is never
        // written over, not even with --force.
        if let own = targets.first(where: { FileIdentity.isSameFile($0, path) }) {
            throw SitrepError(
                "\(path): the report would be written over this input file (\(own)); pass -o DIR to write the reports into another folder")
        }
        try GeneratedFile.checkReplaceable(targets, force: force)
        for ((_, text), target) in zip(rendered, targets) {
            try AtomicFile.write(text, to: target)
        }
        return targets
    }
}
