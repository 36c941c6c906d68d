// Comma-separated text split into records, each with the line it starts on, so every
// complaint about a price file can say `file:line`.

/// One record of a CSV file: its fields and the 1-based line it starts on.
struct CSVRecord: Equatable {
    var line: Int
    var fields: [String]

    /// True for a line with nothing on it but separators and spaces.
    var isBlank: Bool { fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
}

enum CSVRecords {
    /// Splits `text` into records: fields separated by commas, lines ended by LF, CRLF or CR,
    /// fields in double quotes may hold commas, line breaks and doubled quotes (`""`). A byte
    /// order mark at the start is dropped. Throws the line of a quote never closed.
    static func split(_ text: String) throws(PriceCSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var quoteLine = 0
        var quoted = false
        var afterQuote = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            afterQuote = false
        }
        func endRecord() {
            endField()
            records.append(CSVRecord(line: recordLine, fields: fields))
            fields = []
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            i += 1
            if quoted {
                if c == "\"" {
                    if i < scalars.count, scalars[i] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if c == "\n" || (c == "\r" && (i >= scalars.count || scalars[i] != "\n")) { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case ",":
                endField()
            case "\r", "\n":
                if c == "\r", i < scalars.count, scalars[i] == "\n" { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            case "\"" where field.allSatisfy({ $0 == " " || $0 == "\t" }) && !afterQuote:
                field = String.UnicodeScalarView()
                quoted = true
                quoteLine = line
            default:
                field.append(c)
            }
        }
        if quoted { throw PriceCSVError(line: quoteLine, problem: .unclosedQuote) }
        if !fields.isEmpty || !field.isEmpty { endRecord() }
        return records
    }
}
