// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for DredgeKit, apart from the main package so that its build never needs the fuzzer runtime.
/// Build and run them with `fuzz/run.sh SECONDS` (see README.md).
let package = Package(
    name: "dredge-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "dredge", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzPackLoader", dependencies: ["FuzzSupport", .product(name: "DredgeKit", package: "dredge")]),
        .executableTarget(name: "FuzzMatcher", dependencies: ["FuzzSupport", .product(name: "DredgeKit", package: "dredge")]),
        // Git is not a product of the main package; DredgeKit brings its module along.
        .executableTarget(name: "FuzzPackReader", dependencies: ["FuzzSupport", .product(name: "DredgeKit", package: "dredge")]),
    ]
)
