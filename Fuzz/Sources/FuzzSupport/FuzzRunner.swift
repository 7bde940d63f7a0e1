import FuzzDriver

/// The target `runFuzzer` hands libFuzzer's inputs to; set once, before libFuzzer starts.
nonisolated(unsafe) private var currentTarget: ((FuzzInput) -> Void)?

/// libFuzzer's entry point for one input: hands it to the target `runFuzzer` was given.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes, let currentTarget else { return 0 }
    currentTarget(FuzzInput(bytes, count))
    return 0
}

/// Runs libFuzzer's driver (its command-line options, its corpus) over `target`. Each fuzz
/// executable's entry point (`MODULE_main`, as SwiftPM names it) calls this, since libFuzzer's own
/// main() is not the program's.
public func runFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, target: @escaping (FuzzInput) -> Void
) -> CInt {
    currentTarget = target
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzOneInput(bytes, count) }
}
