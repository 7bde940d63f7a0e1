import ArgumentParser
import SitrepKit

/// `sitrep schema`: prints the JSON Schema of situation files, for editors and validators.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of situation files.")

    func run() {
        print(SituationSchema.json, terminator: "")
    }
}
