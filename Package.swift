// swift-tools-version: 6.0
// Tranche: a shell for modelling compute-for-equity deals (see docs/ and SPEC).
// Modules depend one way: tranche -> DealShell -> DealLibrary -> DealScript -> CivilTime,
// and DealLibrary -> DealModel -> CivilTime (docs/ARCHITECTURE.md draws them).
import PackageDescription

let package = Package(
    name: "Tranche",
    products: [
        .executable(name: "tranche", targets: ["tranche"]),
        // Civil dates and the domain model as libraries, for the benchmark package under bench/.
        .library(name: "CivilTime", targets: ["CivilTime"]),
        .library(name: "DealModel", targets: ["DealModel"]),
        // The language and the deal library, for the fuzzing package under fuzz/.
        .library(name: "DealScript", targets: ["DealScript"]),
        .library(name: "DealLibrary", targets: ["DealLibrary"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        // Generated programs for the differential tests of the compiler (tests only).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // libedit, header-only: the shim wraps libedit's variadic calls for Swift.
        .systemLibrary(
            name: "CEditLine",
            path: "Sources/CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Civil dates and calendar durations: what both the language's values and the model use.
        .target(name: "CivilTime"),
        // The domain: calendar, deployment, warrant, vesting, price paths, Monte Carlo. No I/O,
        // no text formats; errors are values, worded by the deal library.
        .target(name: "DealModel", dependencies: ["CivilTime"]),
        // The language alone: lexer, parser, compiler, interpreter, values, diagnostics,
        // commands and their registry, the session and its hooks. It knows no deal.
        .target(
            name: "DealScript",
            dependencies: ["CivilTime", .product(name: "OrderedCollections", package: "swift-collections")]
        ),
        // The deal library: the commands that bind the language to the model, simulation glue,
        // persistence, price files (`price path csv`, read with their line numbers), charts,
        // the handout, help and the tour.
        .target(
            name: "DealLibrary",
            dependencies: [
                "DealScript", "DealModel", "CivilTime", .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // What a person sees: REPL, line editing, history, completion, rendering, test runner.
        .target(
            name: "DealShell",
            dependencies: [
                "DealLibrary", "DealScript", "CEditLine", .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The executable: argument parsing only.
        .executableTarget(
            name: "tranche",
            dependencies: [
                "DealShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DealModelTests", dependencies: ["DealModel", "CivilTime"]),
        .testTarget(
            name: "DealScriptTests",
            dependencies: ["DealScript", "CivilTime", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "DealLibraryTests", dependencies: ["DealLibrary", "DealScript", "DealModel", "CivilTime"]),
        .testTarget(name: "DealShellTests", dependencies: ["DealShell", "DealLibrary", "DealScript"]),
    ],
    swiftLanguageModes: [.v6]
)
