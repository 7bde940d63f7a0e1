import Foundation

/// Bytes that are not UTF-8, and where: the first byte of the first invalid sequence, at the line
/// and column a text editor shows it, so a large file saved as Latin-1 need not be searched by hand.
struct InvalidUTF8: Error, Sendable {
    /// The file, as the user named it.
    let path: String
    /// Line, and column counted in Unicode scalars as every diagnostic's is.
    let location: SourceLocation
    /// The first byte of the invalid sequence (0xE9: Latin-1's `é`).
    let byte: UInt8

    /// The first invalid sequence in `bytes`, or nil when they are all UTF-8. Lines end at a line
    /// feed, a carriage return or both, as in YAML.
    static func first(in bytes: some Collection<UInt8>, path: String) -> InvalidUTF8? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1, column = 1, offset = 0
        var afterCarriageReturn = false
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                offset += encoded.count
                if scalar == "\n" {
                    if !afterCarriageReturn { line += 1 }
                    column = 1
                } else if scalar == "\r" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                afterCarriageReturn = scalar == "\r"
            case .error:
                let byte = bytes[bytes.index(bytes.startIndex, offsetBy: offset)]
                return InvalidUTF8(path: path, location: SourceLocation(line: line, column: column), byte: byte)
            case .emptyInput:
                return nil
            }
        }
    }

    /// What is wrong, without the file and place: "byte 0xE9 is not valid UTF-8 text".
    var problem: String { "byte 0x\(String(byte, radix: 16, uppercase: true)) is not valid UTF-8 text" }

    /// The error for commands that read any text file: `FILE:LINE:COLUMN: byte 0xE9 is not valid UTF-8 text`.
    var error: SitrepError { SitrepError("\(path):\(location): \(problem)") }

    /// The finding for a situation file, with how to convert one saved in another encoding.
    var diagnostic: Diagnostic {
        Diagnostic(file: path, location: location, severity: .error,
                   message: "\(problem); save the file as UTF-8 (one saved as Latin-1 converts with iconv -f latin1 -t utf-8)")
    }
}
