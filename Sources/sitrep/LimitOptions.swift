import ArgumentParser
import SitrepKit

/// `--max-input-mb`, `--max-yaml-depth`, `--max-yaml-aliases`: the input limits, shared by every
/// command that reads situation files, sitreps or articles.
struct LimitOptions: ParsableArguments {
    @Option(
        name: .customLong("max-input-mb"),
        help: ArgumentHelp(
            "Refuse any input file (situation file, sitrep, article, standard input) larger than this many MB.",
            valueName: "mb"))
    var maxInputMB = InputLimits.standard.maxInputBytes / 1_048_576

    @Option(
        name: .customLong("max-yaml-depth"),
        help: ArgumentHelp(
            "Refuse situation files whose lists and mappings nest deeper than this (1–\(InputLimits.deepestYAML)).",
            valueName: "levels"))
    var maxYAMLDepth = InputLimits.standard.maxYAMLDepth

    @Option(
        name: .customLong("max-yaml-aliases"),
        help: ArgumentHelp("Refuse situation files that use more YAML aliases (*name) than this.", valueName: "count"))
    var maxYAMLAliases = InputLimits.standard.maxYAMLAliases

    func validate() throws {
        guard (1...1_048_576).contains(maxInputMB) else { throw ValidationError("--max-input-mb must be between 1 and 1048576") }
        guard (1...InputLimits.deepestYAML).contains(maxYAMLDepth) else {
            throw ValidationError("--max-yaml-depth must be between 1 and \(InputLimits.deepestYAML) (the YAML parser's own limit)")
        }
        guard maxYAMLAliases >= 0 else { throw ValidationError("--max-yaml-aliases must be 0 or more") }
    }

    /// The limits these options give.
    var limits: InputLimits {
        InputLimits(maxInputBytes: maxInputMB * 1_048_576, maxYAMLDepth: maxYAMLDepth, maxYAMLAliases: maxYAMLAliases)
    }

    /// Puts these limits in force for the rest of the run.
    func apply() {
        InputLimits.current = limits
    }
}
