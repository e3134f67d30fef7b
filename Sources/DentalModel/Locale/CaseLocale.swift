/// The languages a case (and so its booklet and its protocol messages) can be written in.
public enum CaseLocale: String, Sendable, Hashable, Codable, CaseIterable {
    /// Russian.
    case ru
    /// English.
    case en
    /// French.
    case fr
    /// Swedish.
    case sv
}
