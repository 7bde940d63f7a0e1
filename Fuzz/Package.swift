// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for sitrep, outside the main package so normal builds ignore them.
/// Build and run them with `scripts/fuzz TARGET SECONDS` (see its header): every module, SitrepKit
/// and its dependencies included, is compiled with `-sanitize=fuzzer,address -parse-as-library`,
/// and each target's entry point (`MODULE_main`, as SwiftPM names it) hands over to libFuzzer's driver.
let package = Package(
    name: "sitrep-fuzz",
    dependencies: [.package(name: "sitrep", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["FuzzDriver", .product(name: "SitrepKit", package: "sitrep")]),
        .executableTarget(name: "fuzz-count", dependencies: ["FuzzSupport"], path: "Sources/FuzzCount"),
        .executableTarget(name: "fuzz-situation", dependencies: ["FuzzSupport"], path: "Sources/FuzzSituation"),
        .executableTarget(name: "fuzz-article", dependencies: ["FuzzSupport"], path: "Sources/FuzzArticle"),
        .executableTarget(name: "fuzz-diff", dependencies: ["FuzzSupport"], path: "Sources/FuzzDiff"),
    ],
    swiftLanguageModes: [.v6]
)
