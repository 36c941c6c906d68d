// The history file's text: libedit's own format (`_HiStOrY_V2_`, then one entry a line,
// spaces, tabs, newlines and backslashes written as strvis-style escapes).

/// Encodes and decodes the history file so a multi-line entry stays one line on disk.
public enum HistoryCodec {
    /// The first line libedit writes and expects.
    public static let header = "_HiStOrY_V2_"

    /// The whole file for these entries (oldest first).
    public static func encode(_ entries: [String]) -> String {
        var text = header + "\n"
        for entry in entries {
            text += encodeLine(entry) + "\n"
        }
        return text
    }

    /// The entries in a history file's text; an unknown header gives no entries.
    public static func decode(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first == header else { return [] }
        lines.removeFirst()
        return lines.filter { !$0.isEmpty }.map { decodeLine(String($0)) }
    }

    /// One entry as libedit's strvis(VIS_WHITE) would write it, octal for control bytes.
    static func encodeLine(_ entry: String) -> String {
        var out: [UInt8] = []
        for byte in entry.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): out += [byte, byte]
            case 0..<0x21, 0x7f: out += [UInt8(ascii: "\\")] + Array(octal(byte).utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Undoes strvis escapes: `\\`, `\ooo`, `\^X`, `\M-x`, `\M^X`, and C escapes like `\n`.
    static func decodeLine(_ line: String) -> String {
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        var i = 0
        func at(_ k: Int) -> UInt8? { k < bytes.count ? bytes[k] : nil }
        while i < bytes.count {
            let byte = bytes[i]
            guard byte == UInt8(ascii: "\\"), let next = at(i + 1) else {
                out.append(byte)
                i += 1
                continue
            }
            if let value = octalValue(bytes, from: i + 1) {
                out.append(value.byte)
                i += 1 + value.length
                continue
            }
            switch next {
            case UInt8(ascii: "^"):
                if let c = at(i + 2) {
                    out.append(c == UInt8(ascii: "?") ? 0x7f : c & 0x1f)
                    i += 3
                } else {
                    out.append(next)
                    i += 2
                }
            case UInt8(ascii: "M"):
                if at(i + 2) == UInt8(ascii: "-"), let c = at(i + 3) {
                    out.append(c | 0x80)
                    i += 4
                } else if at(i + 2) == UInt8(ascii: "^"), let c = at(i + 3) {
                    out.append((c == UInt8(ascii: "?") ? 0x7f : c & 0x1f) | 0x80)
                    i += 4
                } else {
                    out.append(next)
                    i += 2
                }
            case UInt8(ascii: "n"):
                out.append(0x0a)
                i += 2
            case UInt8(ascii: "t"):
                out.append(0x09)
                i += 2
            case UInt8(ascii: "r"):
                out.append(0x0d)
                i += 2
            case UInt8(ascii: "s"):
                out.append(0x20)
                i += 2
            default:
                out.append(next)
                i += 2
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func octal(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 8)
        return String(repeating: "0", count: 3 - digits.count) + digits
    }

    /// Up to three octal digits starting at `start`, as strunvis reads them.
    private static func octalValue(_ bytes: [UInt8], from start: Int) -> (byte: UInt8, length: Int)? {
        var value = 0
        var length = 0
        while length < 3, start + length < bytes.count,
            (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[start + length])
        {
            value = value * 8 + Int(bytes[start + length] - UInt8(ascii: "0"))
            length += 1
        }
        guard length > 0, value <= 0xff else { return nil }
        return (UInt8(value), length)
    }
}
