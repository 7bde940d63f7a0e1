import FuzzDriver
import FuzzSupport

/// libFuzzer's entry point: see `FuzzTargets.article`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    FuzzTargets.article(FuzzInput(bytes, count))
    return 0
}

/// The program's entry point, as SwiftPM names it: runs libFuzzer over `fuzzArticle`.
@_cdecl("fuzz_article_main")
public func mainArticle(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzArticle(bytes, count) }
}
