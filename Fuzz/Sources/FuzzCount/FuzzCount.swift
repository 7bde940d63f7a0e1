import FuzzDriver
import FuzzSupport

/// libFuzzer's entry point: see `FuzzTargets.count`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCount(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    FuzzTargets.count(FuzzInput(bytes, count))
    return 0
}

/// The program's entry point, as SwiftPM names it: runs libFuzzer over `fuzzCount`.
@_cdecl("fuzz_count_main")
public func mainCount(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzCount(bytes, count) }
}
