import Foundation

/// The bytes libFuzzer hands a target, in the forms the targets read.
public struct FuzzInput {
    /// The bytes.
    public let data: Data

    /// Copies the bytes libFuzzer passed.
    public init(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        data = Data(bytes: bytes, count: count)
    }

    /// The bytes as text, invalid UTF-8 repaired (the readers see only text through this).
    public var text: String { String(decoding: data, as: UTF8.self) }

    /// The two halves of the input around the first occurrence of ``separator``, or around the
    /// middle when there is none: two editions for the diff target.
    public var halves: (String, String) {
        let text = self.text
        if let cut = text.range(of: FuzzInput.separator) {
            return (String(text[..<cut.lowerBound]), String(text[cut.upperBound...]))
        }
        let middle = text.index(text.startIndex, offsetBy: text.count / 2)
        return (String(text[..<middle]), String(text[middle...]))
    }

    /// The line that separates two editions in a diff seed: `#8<#`.
    public static let separator = "\n#8<#\n"
}

/// Stops the fuzzer with a message when an invariant breaks, so libFuzzer keeps the input.
public func fuzzCheck(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        FileHandle.standardError.write(Data("fuzz invariant broken: \(message())\n".utf8))
        abort()
    }
}
