import FuzzDriver
import FuzzSupport

/// libFuzzer's entry point: see `FuzzTargets.situation`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSituation(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    FuzzTargets.situation(FuzzInput(bytes, count))
    return 0
}

/// The program's entry point, as SwiftPM names it: runs libFuzzer over `fuzzSituation`.
@_cdecl("fuzz_situation_main")
public func mainSituation(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzSituation(bytes, count) }
}
