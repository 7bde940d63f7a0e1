/// A value in a situation file that has the right shape but not an acceptable content,
/// such as a date that does not exist or a count that cannot be read.
///
/// The situation reader attaches the file, line and column of the offending value.
public struct ModelValueError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, in lower case, quoting the user's value.
    public let message: String

    /// Creates an error with the given message.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
