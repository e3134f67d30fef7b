/// The imaging protocol: radiographs and photographs, in the order written.
public struct Imaging: Sendable, Hashable, Codable {
    /// Radiographs.
    public var xrays: [XRay]
    /// Photographs.
    public var photos: [Photo]

    /// Creates an imaging protocol.
    public init(xrays: [XRay] = [], photos: [Photo] = []) {
        self.xrays = xrays
        self.photos = photos
    }
}
