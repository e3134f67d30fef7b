import Foundation
import DentalModel

/// An RFC 4180 CSV table (quoted fields, doubled quotes, newlines inside quotes) whose every
/// field remembers its line and column for error messages.
struct CSVTable {
    struct Field {
        let text: String
        let line: Int
        let column: Int
    }

    let header: [String]
    let rows: [[Field]]
    let fileName: String

    init(_ text: String, fileName: String) throws(InputError) {
        self.fileName = fileName
        var records: [[Field]] = []
        var record: [Field] = []
        var field = "", inQuotes = false, afterQuote = false
        var line = 1, column = 1, fieldLine = 1, fieldColumn = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()

        func endField() {
            record.append(Field(text: field, line: fieldLine, column: fieldColumn))
            field = ""
            afterQuote = false
        }
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                        column += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                    if scalar == "\n" { line += 1; column = 0 }
                }
            } else {
                switch scalar {
                case ",":
                    endField()
                    fieldLine = line; fieldColumn = column + 1
                case "\r":
                    break
                case "\n":
                    endField()
                    if !(record.count == 1 && record[0].text.isEmpty) { records.append(record) }
                    record = []
                    line += 1; column = 0
                    fieldLine = line; fieldColumn = 1
                case "\"" where field.isEmpty && !afterQuote:
                    inQuotes = true
                default:
                    if afterQuote {
                        throw InputError(file: fileName, line: line, column: column,
                                         message: "malformed CSV: text after a closing quote")
                    }
                    field.unicodeScalars.append(scalar)
                }
            }
            column += 1
        }
        if inQuotes {
            throw InputError(file: fileName, line: fieldLine, column: fieldColumn,
                             message: "malformed CSV: a quoted field is never closed")
        }
        if !field.isEmpty || !record.isEmpty {
            endField()
            records.append(record)
        }
        guard let first = records.first else {
            throw InputError(file: fileName, line: 1, column: 1, message: "the CSV file is empty")
        }
        header = first.map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
        rows = Array(records.dropFirst())
        for row in rows where row.count != header.count {
            throw InputError(file: fileName, line: row.first?.line ?? 1, column: 1,
                             message: "malformed CSV: \(row.count) fields where the header has \(header.count)")
        }
    }

    /// The field of `row` under `column`, or `nil` when the column is absent or the field empty.
    func value(_ row: [Field], _ column: String) -> Field? {
        guard let index = header.firstIndex(of: column), index < row.count,
              !row[index].text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return row[index]
    }

    /// An error located at `field`.
    func error(_ field: Field, row: Int, column: String, _ message: String) -> InputError {
        InputError(file: fileName, line: field.line, column: field.column, path: "[\(row)].\(column)", message: message)
    }
}
