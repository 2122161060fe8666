// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "dredge",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "dredge", targets: ["dredge"]),
        .library(name: "DredgeKit", targets: ["DredgeKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(name: "CGit2", pkgConfig: "libgit2", providers: [.apt(["libgit2-dev"])]),
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        .target(name: "Git", dependencies: ["CGit2", "CZlib", "CDeflate"]),
        .target(name: "PCRE2", dependencies: ["CPCRE2"]),
        .target(name: "Zlib", dependencies: ["CZlib"]),
        .target(
            name: "BuiltinPatterns",
            path: "patterns",
            exclude: ["README.md", "playbooks/README.md"],
            resources: [.copy("rules"), .copy("playbooks")]
        ),
        .target(
            name: "DredgeKit",
            dependencies: [
                "Git", "PCRE2", "Zlib", "BuiltinPatterns",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .executableTarget(
            name: "dredge",
            dependencies: ["DredgeKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "TestSupport", dependencies: ["DredgeKit"], path: "Tests/TestSupport"),
        .testTarget(name: "GitTests", dependencies: ["Git", "TestSupport"]),
        .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
        .testTarget(
            name: "DredgeKitTests",
            dependencies: ["DredgeKit", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "DredgeCLITests", dependencies: ["TestSupport"]),
    ]
)
