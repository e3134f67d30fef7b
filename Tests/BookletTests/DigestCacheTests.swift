import Booklet
import Testing

/// An image's SHA-256 kept between renders is the image's SHA-256 now: kept while the bytes are the same,
/// computed again the moment they differ, whatever the cache keeps or drops.
struct DigestCacheTests {
    @Test func aFileChangedUnderTheSameNameGetsItsNewDigest() {
        let cache = DigestCache()
        let photo: [UInt8] = Array(repeating: 7, count: 4096)
        var retouched = photo
        retouched[2048] = 8
        #expect(cache.digest(of: photo, name: "smile.jpg") == BookletFingerprint.digest(photo))
        #expect(cache.digest(of: Array(photo), name: "smile.jpg") == BookletFingerprint.digest(photo), "the same bytes read again")
        #expect(cache.digest(of: retouched, name: "smile.jpg") == BookletFingerprint.digest(retouched))
        #expect(cache.digest(of: photo, name: "smile.jpg") == BookletFingerprint.digest(photo))
    }

    @Test func filesOverTheBoundsAreHashedEveryTimeAndStillRight() {
        let small = DigestCache(capacity: 1, maximumBytes: 16)
        let large: [UInt8] = Array(0..<64)
        let other: [UInt8] = [1, 2, 3]
        for _ in 0..<2 {
            #expect(small.digest(of: large, name: "xray.jpg") == BookletFingerprint.digest(large))
            #expect(small.digest(of: other, name: "logo.png") == BookletFingerprint.digest(other))
            #expect(small.digest(of: [4, 5], name: "smile.jpg") == BookletFingerprint.digest([4, 5]))
        }
    }
}
