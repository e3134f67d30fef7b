// swift-tools-version: 6.1
import PackageDescription

/// Settings every Swift target shares.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "PlanPress",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "planpress", targets: ["planpress"]),
        .library(name: "PlanPress", targets: ["PlanPress"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.24.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.0"),
        // Already in the graph through HummingbirdTesting; planpress-bench's `http` mode is its client.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.30.0"),
    ],
    targets: [
        // C libraries from Debian, through pkg-config.
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(name: "CJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CHarfBuzzSubset", pkgConfig: "harfbuzz-subset", providers: [.apt(["libharfbuzz-dev"])]),
        // libhyphen ships no pkg-config file; the module map links it by name.
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),
        // glibc's <malloc.h>, for the render service's malloc settings (`MallocTuning`); part of libc, nothing to link.
        .systemLibrary(name: "CMalloc"),
        // PlanPress's own C: libjpeg decoding and encoding behind a setjmp guard.
        .target(name: "CJPEGCodec", dependencies: ["CJPEG"]),
        // A Pango renderer reporting glyph runs instead of drawing them, for PlanPress's own PDF text.
        .target(name: "CPangoGlyphs", dependencies: ["CPango"]),

        // Pure Swift: the case, the price list, the protocol engine.
        .target(name: "DentalModel", dependencies: ["Yams"], swiftSettings: strictSettings),
        .target(name: "PlanEngine", dependencies: ["DentalModel", "Yams"], swiftSettings: strictSettings),

        // Drawing: Cairo/Pango owners, then layout, then the painters.
        .target(name: "Graphics", dependencies: ["CCairo", "CPango", "CPangoGlyphs", "CHarfBuzzSubset", "CJPEGCodec", "CHyphen"], swiftSettings: strictSettings),
        .target(name: "Layout", dependencies: ["Graphics"], swiftSettings: strictSettings),
        .target(
            name: "Render",
            dependencies: ["Graphics", "Layout", "CZlib", .product(name: "Crypto", package: "swift-crypto")],
            exclude: ["Color/LICENSE-sRGB.txt"],
            resources: [.embedInCode("Color/sRGB.icc")],
            swiftSettings: strictSettings
        ),
        .target(name: "Odontogram", dependencies: ["Layout", "Graphics", "DentalModel", "PlanEngine"], swiftSettings: strictSettings),
        .target(
            name: "Booklet",
            dependencies: [
                "Layout", "Graphics", "DentalModel", "PlanEngine", "Odontogram", "Yams",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "PlanPress",
            dependencies: ["DentalModel", "PlanEngine", "Graphics", "Layout", "Render", "Booklet"],
            swiftSettings: strictSettings
        ),

        // The HTTP render service (`planpress serve`).
        .target(
            name: "PlanPressServer",
            dependencies: [
                "PlanPress", "PlanEngine", "DentalModel", "Booklet", "Render", "Graphics", "Yams", "CMalloc",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            resources: [
                .embedInCode("openapi.json"),
                .embedInCode("WarmUp/warm-up-case.yaml"),
                .embedInCode("WarmUp/warm-up-prices.yaml"),
                .embedInCode("Preview/preview.html"),
                .embedInCode("Preview/preview.js"),
                .embedInCode("Preview/preview.css"),
            ],
            swiftSettings: strictSettings
        ),

        .executableTarget(
            name: "planpress",
            dependencies: [
                "DentalModel", "PlanEngine", "Graphics", "PlanPress", "Render", "PlanPressServer", "Booklet",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),

        // Image comparison and golden files for the test targets; not a product.
        .target(name: "TestSupport", dependencies: ["Graphics"], path: "Tests/TestSupport", swiftSettings: strictSettings),
        // Budgets of the tests that wait on a clock, stretched by PLANPRESS_TEST_TIME_SCALE; not a product.
        .target(name: "TestTiming", path: "Tests/TestTiming", swiftSettings: strictSettings),
        .testTarget(name: "GraphicsTests", dependencies: ["Graphics"], swiftSettings: strictSettings),
        .testTarget(name: "LayoutTests", dependencies: ["Layout", "Graphics"], swiftSettings: strictSettings),
        .testTarget(
            name: "RenderTests",
            dependencies: ["Render", "Layout", "Graphics", "PlanPress", "TestSupport", "TestTiming"],
            exclude: ["Golden"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "DentalModelTests", dependencies: ["DentalModel"], swiftSettings: strictSettings),
        .testTarget(name: "BookletTests", dependencies: ["Booklet", "DentalModel", "Graphics", "Layout", "PlanEngine", "Render"], swiftSettings: strictSettings),
        .testTarget(
            name: "OdontogramTests",
            dependencies: ["Odontogram", "Render", "Layout", "Graphics", "DentalModel", "PlanEngine", "TestSupport"],
            exclude: ["Golden"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PlanEngineTests",
            dependencies: ["PlanEngine", "DentalModel"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "PlanPressServer", "PlanPress", "TestTiming",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "planpress-bench",
            dependencies: [
                "PlanEngine", "DentalModel", "Odontogram", "Render", "Layout", "Graphics", "PlanPress", "PlanPressServer", "Booklet",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "CLITests", dependencies: ["planpress", "planpress-bench", "TestTiming"], swiftSettings: strictSettings),

        // libFuzzer targets for what PlanPress reads from outside (Fuzz/run.sh builds them with
        // -sanitize=fuzzer); the ordinary build is a replay tool for findings.
        .executableTarget(
            name: "planpress-fuzz",
            dependencies: ["Booklet", "DentalModel", "PlanEngine", "Graphics", "PlanPressServer"],
            path: "Fuzz/Sources",
            swiftSettings: strictSettings
        ),
    ]
)
