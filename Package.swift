// swift-tools-version: 6.0
// Tranche: a shell for modelling compute-for-equity deals (see docs/ and SPEC).
import PackageDescription

let package = Package(
    name: "Tranche",
    products: [
        .executable(name: "tranche", targets: ["tranche"]),
        // The domain model as a library, for the benchmark package under bench/.
        .library(name: "DealModel", targets: ["DealModel"]),
        // The language as a library, for the fuzzing package under fuzz/.
        .library(name: "DealScript", targets: ["DealScript"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        // libedit, header-only: the shim wraps libedit's variadic calls for Swift.
        .systemLibrary(
            name: "CEditLine",
            path: "Sources/CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The domain: calendar, deployment, warrant, vesting, price paths, Monte Carlo. No I/O.
        .target(
            name: "DealModel",
            dependencies: [.product(name: "SwiftCSV", package: "SwiftCSV")]
        ),
        // The language: lexer, parser, interpreter, values, diagnostics, command library.
        // Release builds skip runtime exclusivity checks in the interpreter's hot paths
        // (debug builds keep them, so tests still catch overlapping accesses).
        .target(
            name: "DealScript",
            dependencies: ["DealModel"],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        // What a person sees: REPL, line editing, history, completion, rendering, test runner.
        .target(name: "DealShell", dependencies: ["DealScript", "DealModel", "CEditLine"]),
        // The executable: argument parsing only.
        .executableTarget(
            name: "tranche",
            dependencies: [
                "DealShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DealModelTests", dependencies: ["DealModel"]),
        .testTarget(name: "DealScriptTests", dependencies: ["DealScript"]),
        .testTarget(name: "DealShellTests", dependencies: ["DealShell"]),
    ],
    swiftLanguageModes: [.v5]
)
