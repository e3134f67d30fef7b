import Graphics

/// How tall the frame of a `Block.image` is; it is always as wide as the space given.
public enum ImageSizing: Hashable, Sendable {
    /// The image's own upright aspect ratio (fit then does not matter).
    case natural
    /// A fixed height in points.
    case height(Length)
    /// Width ÷ height of the frame, e.g. 4/3.
    case aspectRatio(Double)
}

/// How an image fills its frame. Neither ever stretches it.
public enum ImageFit: Hashable, Sendable {
    /// The whole image, as large as fits, centred (letterboxed).
    case contain
    /// The frame filled, the image centred and cropped to it.
    case cover
}
