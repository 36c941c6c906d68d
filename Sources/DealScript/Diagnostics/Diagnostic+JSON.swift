// A diagnostic as one JSON document, for `--json` sessions (tools read errors too).

extension Diagnostic {
    /// `{"type":"error","kind":"runtime","file":"x.deal","line":3,"column":5,"message":"..."}`.
    public var json: JSONValue {
        .object([
            ("type", .string("error")), ("kind", .string(kind.rawValue)), ("file", .string(file)),
            ("line", .number(Double(line))), ("column", .number(Double(column))), ("message", .string(message)),
        ])
    }
}
