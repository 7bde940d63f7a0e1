// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitrep",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "SitrepKit", targets: ["SitrepKit"]),
        .executable(name: "sitrep", targets: ["sitrep"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .target(
            name: "SitrepKit",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "sitrep",
            dependencies: [
                "SitrepKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "sitrep-eval",
            dependencies: ["SitrepKit"]
        ),
        .testTarget(
            name: "SitrepKitTests",
            dependencies: ["SitrepKit", "sitrep"],
            exclude: ["Fixtures", "Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
