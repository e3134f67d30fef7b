extension StringProtocol {
    /// Whether the text is empty or only white space and line breaks (Unicode's White_Space characters, the
    /// set Foundation's `.whitespacesAndNewlines` names), checked without Foundation's copy of the text:
    /// a case or strings file asks this of every value it reads.
    public var isBlank: Bool {
        unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }
}
