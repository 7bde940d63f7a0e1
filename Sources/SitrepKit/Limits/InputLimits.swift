import Foundation

/// The limits sitrep keeps while reading untrusted input, so that no file can make it hang, run
/// out of memory or overflow its stack. Hitting one is an error that names the file, the limit and
/// the command-line option that raises it.
///
/// | limit | default | option |
/// |---|---|---|
/// | size of any file read (situation file, sitrep, article, standard input) | 32 MB | `--max-input-mb` |
/// | nesting of YAML/JSON collections in a situation file | 32 levels | `--max-yaml-depth` (at most 1,000) |
/// | YAML aliases (`*name`) in a situation file | 8 | `--max-yaml-aliases` |
public struct InputLimits: Sendable, Hashable {
    /// The largest input file, in bytes.
    public var maxInputBytes: Int
    /// The deepest nesting of mappings and lists in a situation file; the root mapping is level 1.
    public var maxYAMLDepth: Int
    /// The most aliases (`*name`) a situation file may use. Situation files need none; a few are
    /// allowed, and each is counted where it is written, so an alias bomb fails on its first lines.
    public var maxYAMLAliases: Int

    /// The deepest nesting the YAML parser itself accepts (libyaml's own limit).
    public static let deepestYAML = 1000

    /// Creates limits; values below 0 (or below 1 for the size and the depth) are raised to them,
    /// and the depth is capped at ``deepestYAML``.
    public init(maxInputBytes: Int, maxYAMLDepth: Int, maxYAMLAliases: Int) {
        self.maxInputBytes = max(1, maxInputBytes)
        self.maxYAMLDepth = min(max(1, maxYAMLDepth), InputLimits.deepestYAML)
        self.maxYAMLAliases = max(0, maxYAMLAliases)
    }

    /// The defaults: 32 MB, 32 levels, 8 aliases.
    public static let standard = InputLimits(maxInputBytes: 32 * 1_048_576, maxYAMLDepth: 32, maxYAMLAliases: 8)

    /// The limits in force for this process: ``standard`` unless the command line (or a program
    /// using SitrepKit) set others. Readers take them as the default for their `limits` parameter.
    public static var current: InputLimits {
        get { CurrentLimits.shared.value }
        set { CurrentLimits.shared.value = newValue }
    }

    /// The size limit as people write it: `32 MB`, or the bytes when it is not a whole number of megabytes.
    public var inputSizeText: String {
        maxInputBytes % 1_048_576 == 0 ? "\(maxInputBytes / 1_048_576) MB" : "\(maxInputBytes) bytes"
    }

    /// The error for a file larger than ``maxInputBytes``.
    /// - Parameter read: whether `size` bytes were read to find out (a stream has no size to ask).
    func tooLarge(_ path: String, size: Int, read: Bool = false) -> SitrepError {
        let shown = size >= 1_048_576 ? "\(size / 1_048_576) MB" : "\(size) bytes"
        let raise = "(raise the limit with --max-input-mb)"
        if read {
            return SitrepError("\(path): holds more than the input size limit of \(inputSizeText) (\(shown) read before stopping); refused \(raise)")
        }
        return SitrepError("\(path): is \(shown), larger than the input size limit of \(inputSizeText); refused unread \(raise)")
    }
}

/// The process-wide limits behind ``InputLimits/current``, behind a lock because publish reads
/// files on several threads.
private final class CurrentLimits: @unchecked Sendable {
    static let shared = CurrentLimits()
    private let lock = NSLock()
    private var stored = InputLimits.standard

    var value: InputLimits {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
