// The one libm call the model needs, kept in one place.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@inline(__always) func libmPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
