import ArgumentParser
import SitrepKit

/// `--templates DIR`, shared by every command that renders.
struct TemplateOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A folder of templates to use instead of the built-in ones.", valueName: "dir"))
    var templates: String?

    /// The templates the user chose, or the built-in ones.
    func templateSet() throws -> TemplateSet {
        if let templates { return try TemplateSet.load(directory: templates) }
        return try TemplateSet.builtIn()
    }
}
