/// A 1-based line and column in a file.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Line, from 1.
    public let line: Int
    /// Column, from 1, counted in Unicode scalars.
    public let column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
