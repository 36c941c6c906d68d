// swift-tools-version: 6.0
// The Monte Carlo benchmark: kept out of the main package so `swift build` never pays for it.
import PackageDescription

let package = Package(
    name: "MonteCarloBench",
    dependencies: [.package(path: "tranche-root")],
    targets: [
        .executableTarget(
            name: "mc-bench",
            dependencies: [
                .product(name: "DealModel", package: "tranche-root"),
                .product(name: "CivilTime", package: "tranche-root"),
            ],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
    ],
    swiftLanguageModes: [.v5]
)
