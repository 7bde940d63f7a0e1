import FuzzSupport

/// The program's entry point, as SwiftPM names it: libFuzzer over `FuzzTargets.article`.
@_cdecl("fuzz_article_main")
public func mainArticle(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, target: FuzzTargets.article)
}
