/// The six sextants used for periodontal screening (BPE/CPITN).
public enum Sextant: String, Sendable, Hashable, Codable, CaseIterable {
    /// 18–14.
    case upperRight = "S1"
    /// 13–23.
    case upperAnterior = "S2"
    /// 24–28.
    case upperLeft = "S3"
    /// 34–38.
    case lowerLeft = "S4"
    /// 33–43.
    case lowerAnterior = "S5"
    /// 44–48.
    case lowerRight = "S6"

    /// The sextant a tooth belongs to (primary teeth map to the sextant of their successors).
    public init(tooth: ToothNumber) {
        let quadrant = (tooth.quadrant - 1) % 4 + 1
        let anterior = tooth.position <= 3
        switch (quadrant, anterior) {
        case (1, false): self = .upperRight
        case (2, false): self = .upperLeft
        case (1, true), (2, true): self = .upperAnterior
        case (3, false): self = .lowerLeft
        case (4, false): self = .lowerRight
        default: self = .lowerAnterior
        }
    }
}
