// swift-tools-version: 6.0
// libFuzzer targets for the language: kept out of the main package so `swift build` never
// pays for them. `scripts/fuzz` links the root as `tranche-root` and builds with
// `--sanitize=fuzzer -Xswiftc -DFUZZING`; a plain build gives replay executables instead.
import PackageDescription

let package = Package(
    name: "TrancheFuzz",
    dependencies: [.package(path: "tranche-root")],
    targets: [
        // What every target shares: decoding bytes, a silent output, the replay entry point.
        .target(name: "FuzzSupport", dependencies: [.product(name: "DealScript", package: "tranche-root"), .product(name: "DealLibrary", package: "tranche-root")]),
        // (1) The lexer and parser on arbitrary bytes.
        .executableTarget(name: "fuzz-parse", dependencies: ["FuzzSupport",
                                                             .product(name: "DealScript", package: "tranche-root"), .product(name: "DealLibrary", package: "tranche-root")]),
        // (2) A whole script in a sandboxed session with the built-in scenario and a step limit.
        .executableTarget(name: "fuzz-session", dependencies: ["FuzzSupport",
                                                               .product(name: "DealScript", package: "tranche-root"), .product(name: "DealLibrary", package: "tranche-root")]),
        // (3) Lines typed at the prompt: `needsMoreInput` gathers entries, `runEntry` runs them.
        .executableTarget(name: "fuzz-entry", dependencies: ["FuzzSupport",
                                                             .product(name: "DealScript", package: "tranche-root"), .product(name: "DealLibrary", package: "tranche-root")]),
    ],
    swiftLanguageModes: [.v5]
)
