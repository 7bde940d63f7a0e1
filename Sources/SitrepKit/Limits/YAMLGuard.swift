import CYaml
import Yams

/// Composes YAML within ``InputLimits``: the text is first run through the YAML parser's event
/// stream (flat, no tree, no recursion) to count nesting and aliases, and composed by Yams only
/// when both are within the limits. So a file nested 10,000 deep or an alias bomb ("billion
/// laughs") is an error on its first offending line, never a stack overflow or a hang (Yams hashes
/// whole sub-trees to find duplicate keys, which an alias bomb would make take for ever).
enum YAMLGuard {
    /// The root node of `text`, or nil when it holds no document.
    /// - Throws: ``SituationFileError`` at the line and column where a limit is passed; `YamlError`
    ///   for invalid YAML, as `Yams.compose` does.
    static func compose(_ text: String, path: String, limits: InputLimits) throws -> Node? {
        if let problem = firstProblem(in: text, limits: limits) {
            throw SituationFileError(diagnostics: [
                Diagnostic(file: path, location: problem.location, severity: .error, message: problem.message)
            ])
        }
        // The basic resolver: sitrep reads every scalar as its text and style and never asks Yams
        // for its type, which the default resolver works out with a regex per rule per scalar.
        // The encoding is named: Yams' default reads the whole process environment on every call.
        return try Yams.compose(yaml: text, .basic, .default, .utf8)
    }

    /// A limit passed, where and how.
    struct Problem: Equatable {
        let location: SourceLocation
        let message: String
    }

    /// The most values that aliases may stand for in all, whatever ``InputLimits/maxYAMLAliases`` says:
    /// a few aliases of small values pass; aliases of aliases that multiply (an alias bomb) do not.
    static let largestAliasExpansion = 100_000

    /// The first place where `text` passes a limit, or nil. Invalid YAML is not reported here
    /// (Yams, composing, gives its own error), except nesting deeper than the parser allows.
    static func firstProblem(in text: String, limits: InputLimits) -> Problem? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Problem? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var scan = EventScan(limits: limits)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return nestingProblem(parser, limits: limits)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                if let problem = scan.visit(event) { return problem }
            }
        }
    }

    /// The parser's own error when it is about nesting (libyaml stops at 1,000 levels, and in flow
    /// collections, `[[[[…`, it stops before the events reach ``EventScan``), as a depth problem.
    private static func nestingProblem(_ parser: yaml_parser_t, limits: InputLimits) -> Problem? {
        guard let problem = parser.problem, String(cString: problem).contains("nesting level") else { return nil }
        let mark = parser.problem_mark
        return Problem(
            location: SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1),
            message: EventScan.depthMessage(min(limits.maxYAMLDepth, InputLimits.deepestYAML)))
    }
}

/// Counts nesting, aliases and the values aliases stand for, event by event.
private struct EventScan {
    let limits: InputLimits
    /// Values seen so far, each alias counting as the values it stands for.
    private var values = 0
    private var aliases = 0
    private var aliasValues = 0
    /// The open collections: their anchor, if any, and `values` when they began.
    private var open: [(anchor: String?, start: Int)] = []
    /// The values each anchor stands for.
    private var anchorSizes: [String: Int] = [:]

    init(limits: InputLimits) {
        self.limits = limits
    }

    static func depthMessage(_ limit: Int) -> String {
        "lists and mappings nest deeper than the limit of \(limit) levels here; a situation file needs about 5 (raise the limit with --max-yaml-depth, up to \(InputLimits.deepestYAML))"
    }

    mutating func visit(_ event: yaml_event_t) -> YAMLGuard.Problem? {
        let location = SourceLocation(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let anchor = event.type == YAML_SEQUENCE_START_EVENT
                ? Self.string(event.data.sequence_start.anchor) : Self.string(event.data.mapping_start.anchor)
            values += 1
            open.append((anchor, values))
            if open.count > limits.maxYAMLDepth {
                return YAMLGuard.Problem(location: location, message: Self.depthMessage(limits.maxYAMLDepth))
            }
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            if let (anchor, start) = open.popLast(), let anchor {
                anchorSizes[anchor] = values - start + 1
            }
        case YAML_SCALAR_EVENT:
            values += 1
            if let anchor = Self.string(event.data.scalar.anchor) { anchorSizes[anchor] = 1 }
        case YAML_ALIAS_EVENT:
            aliases += 1
            if aliases > limits.maxYAMLAliases {
                return YAMLGuard.Problem(location: location, message: """
                    more than \(limits.maxYAMLAliases) YAML aliases (*name); a situation file needs none: \
                    write the value out instead (or raise the limit with --max-yaml-aliases)
                    """)
            }
            let size = Self.string(event.data.alias.anchor).flatMap { anchorSizes[$0] } ?? 1
            values += size
            aliasValues += size
            if aliasValues > YAMLGuard.largestAliasExpansion {
                return YAMLGuard.Problem(location: location, message: """
                    the YAML aliases so far stand for more than \(YAMLGuard.largestAliasExpansion) values \
                    (an alias bomb); this limit is fixed: write the values out instead of aliasing aliases
                    """)
            }
        default:
            break
        }
        return nil
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
