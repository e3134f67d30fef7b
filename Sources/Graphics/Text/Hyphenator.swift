import CHyphen
import Foundation

/// Marks where a language breaks its long words, with libhyphen and a shipped pattern dictionary
/// (`Fonts/hyphenation/hyph_<language>.dic`, UTF-8).
///
/// Pango 1.50 has no hyphenation dictionaries of its own: given a word wider than its column it breaks it
/// anywhere ("tandimplan-tat"). `softHyphenated(_:)` puts a soft hyphen (U+00AD) at each point the patterns
/// allow; Pango breaks a line there when it must and draws a hyphen only at the break.
///
/// Not thread-safe (one per `TextEngine`, like the engine itself).
final class Hyphenator {
    /// The soft hyphen Pango breaks at.
    static let softHyphen: Character = "\u{00AD}"
    /// Words shorter than this stay whole: breaking them saves little and reads badly.
    static let shortestBrokenWord = 8
    /// Letters kept on the line before a break, and carried to the next line after it.
    static let leftMinimum: Int32 = 2, rightMinimum: Int32 = 3

    private let dictionary: UnsafeMutablePointer<HyphenDict>

    /// Loads the dictionary at `path`; nil when the file is absent or not a pattern file.
    init?(path: String) {
        guard let dictionary = hnj_hyphen_load(path), dictionary.pointee.utf8 != 0 else { return nil }
        self.dictionary = dictionary
    }

    deinit { hnj_hyphen_free(dictionary) }

    /// `text` with a soft hyphen at every allowed break inside its long words. Words already holding a
    /// soft hyphen, and runs of letters with digits, keep their own breaks.
    func softHyphenated(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        var word: [Character] = []
        func flush() {
            if word.count >= Self.shortestBrokenWord {
                result += hyphenate(word)
            } else {
                result.append(contentsOf: word)
            }
            word.removeAll(keepingCapacity: true)
        }
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                // A letter run touching a digit or a soft hyphen ("3D", "MOD2") is a code, not a word.
                if character.isNumber || character == Self.softHyphen, !word.isEmpty {
                    result.append(contentsOf: word)
                    word.removeAll(keepingCapacity: true)
                } else {
                    flush()
                }
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// One word with its soft hyphens. The patterns see it in lower case; a break libhyphen gives only with
    /// a spelling change (non-standard hyphenation) is not used.
    private func hyphenate(_ word: [Character]) -> String {
        let lower = String(word).lowercased()
        // Lower-casing must keep one character per letter, or the break positions would not map back.
        guard lower.count == word.count else { return String(word) }
        // libhyphen takes the word's length but also reads it as a C string (`strstr` for the dictionary's
        // NOHYPHEN entries), so it ends with a NUL the length leaves out; without it the address sanitizer saw
        // reads past the buffer's end.
        let bytes = Array(lower.utf8) + [0]
        let length = Int32(bytes.count - 1)
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        let failed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                hnj_hyphen_hyphenate3(dictionary, characters.baseAddress, length, &hyphens, nil,
                                      &replacements, &positions, &cuts,
                                      Self.leftMinimum, Self.rightMinimum, Self.leftMinimum, Self.rightMinimum)
            }
        }
        defer { Self.release(replacements, count: word.count, positions: positions, cuts: cuts) }
        guard failed == 0 else { return String(word) }
        // In a UTF-8 dictionary libhyphen gives one entry per character: odd means "may break after it".
        var result = ""
        for (index, character) in word.enumerated() {
            result.append(character)
            let isLast = index == word.count - 1
            let changesSpelling = replacements?[index] != nil
            if !isLast, hyphens[index] & 1 == 1, !changesSpelling { result.append(Self.softHyphen) }
        }
        return result
    }

    private static func release(_ replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, count: Int,
                             positions: UnsafeMutablePointer<Int32>?, cuts: UnsafeMutablePointer<Int32>?) {
        if let replacements {
            for index in 0..<count { free(replacements[index]) }
            free(replacements)
        }
        free(positions)
        free(cuts)
    }
}
