// Single-pass JSON reading for large bodies; gives up (for the QJsonDocument fallback) when unsure.
#include "JsonScanner.h"

#include <QByteArray>
#include <cstring>

namespace LicenseDesk {

namespace {

// Deeper documents are legal JSON, but the license bodies never nest this far: leave them to Qt.
constexpr int maxDepth = 256;
// Integers with more digits may not fit an int; plain numbers in skipped fields allow more.
constexpr int maxIntDigits = 9;
constexpr int maxSkippedDigits = 15;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Reads the four hex digits after "\u"; -1 when they are not hex digits.
int hexCode(const char *p) {
    int code = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        code = code * 16 + digit;
    }
    return code;
}

/// Strict UTF-8: no overlong forms, surrogates, code points past U+10FFFF, C1 controls or
/// noncharacters. Stricter than QJsonDocument, so whatever passes here it reads the same way.
bool isCleanUtf8(const unsigned char *p, const unsigned char *end) {
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        char32_t code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            code = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        const bool overlong = (extra == 2 && code < 0x800) || (extra == 3 && code < 0x10000);
        const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
        const bool nonCharacter = (code >= 0xFDD0 && code <= 0xFDEF) || (code & 0xFFFE) == 0xFFFE;
        if (overlong || surrogate || nonCharacter || code > 0x10FFFF || code < 0xA0)
            return false;
        p += extra + 1;
    }
    return true;
}

void appendUtf8(QByteArray &out, int code) {
    if (code < 0x80) {
        out.append(char(code));
    } else if (code < 0x800) {
        out.append(char(0xC0 | (code >> 6)));
        out.append(char(0x80 | (code & 0x3F)));
    } else {
        out.append(char(0xE0 | (code >> 12)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    }
}

/// Decodes a string body whose escapes scanString() already checked.
QString unescape(QByteArrayView raw) {
    QByteArray utf8;
    utf8.reserve(raw.size());
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        if (*p != '\\') {
            utf8.append(*p++);
            continue;
        }
        const char kind = p[1];
        p += 2;
        switch (kind) {
        case 'b':
            utf8.append('\b');
            break;
        case 'f':
            utf8.append('\f');
            break;
        case 'n':
            utf8.append('\n');
            break;
        case 'r':
            utf8.append('\r');
            break;
        case 't':
            utf8.append('\t');
            break;
        case 'u':
            appendUtf8(utf8, hexCode(p));
            p += 4;
            break;
        default: // '"', '\\' and '/' stand for themselves
            utf8.append(kind);
            break;
        }
    }
    return QString::fromUtf8(utf8);
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView json)
    : m_pos(json.data())
    , m_end(json.data() + json.size()) {
    if (!m_pos)
        m_failed = true;
}

void JsonScanner::skipSpace() {
    while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
        ++m_pos;
}

bool JsonScanner::expect(char c) {
    skipSpace();
    if (m_failed || m_pos >= m_end || *m_pos != c) {
        m_failed = true;
        return false;
    }
    ++m_pos;
    return true;
}

bool JsonScanner::enter() {
    if (++m_depth > maxDepth)
        m_failed = true;
    return !m_failed;
}

JsonScanner::Type JsonScanner::peek() {
    skipSpace();
    if (m_failed || m_pos >= m_end)
        return Type::Invalid;
    switch (*m_pos) {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    default:
        return *m_pos == '-' || isDigit(*m_pos) ? Type::Number : Type::Invalid;
    }
}

bool JsonScanner::beginObject() {
    return expect('{') && enter();
}

bool JsonScanner::beginArray() {
    return expect('[') && enter();
}

bool JsonScanner::nextItem(bool &first, char close) {
    skipSpace();
    if (m_failed || m_pos >= m_end) {
        m_failed = true;
        return false;
    }
    if (*m_pos == close) {
        ++m_pos;
        --m_depth;
        return false;
    }
    if (!first && !expect(','))
        return false;
    first = false;
    return true;
}

bool JsonScanner::nextMember(bool &first, QByteArrayView &key) {
    if (!nextItem(first, '}'))
        return false;
    skipSpace();
    bool escaped = false;
    bool nonAscii = false;
    // A key with escapes could spell a known field another way: leave that to QJsonDocument.
    if (m_pos >= m_end || *m_pos != '"' || !scanString(key, escaped, nonAscii) || escaped) {
        m_failed = true;
        return false;
    }
    return expect(':');
}

bool JsonScanner::nextElement(bool &first) {
    return nextItem(first, ']');
}

bool JsonScanner::scanString(QByteArrayView &raw, bool &escaped, bool &nonAscii) {
    const char *p = m_pos + 1; // after the opening quote
    while (p < m_end) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"')
            break;
        if (c == '\\') {
            escaped = true;
            if (m_end - p < 2) {
                m_failed = true;
                return false;
            }
            const char kind = p[1];
            if (kind == 'u') {
                // Surrogate pairs and lone surrogates are QJsonDocument's business.
                const int code = m_end - p >= 6 ? hexCode(p + 2) : -1;
                if (code < 0 || code >= 0xD800) {
                    m_failed = true;
                    return false;
                }
                p += 6;
                continue;
            }
            if (!std::strchr("\"\\/bfnrt", kind) || kind == '\0') {
                m_failed = true;
                return false;
            }
            p += 2;
            continue;
        }
        if (c < 0x20) { // raw control characters: not JSON, though some parsers take them
            m_failed = true;
            return false;
        }
        if (c >= 0x80)
            nonAscii = true;
        ++p;
    }
    if (p >= m_end) {
        m_failed = true;
        return false;
    }
    raw = QByteArrayView(m_pos + 1, p - (m_pos + 1));
    if (nonAscii && !isCleanUtf8(reinterpret_cast<const unsigned char *>(raw.data()),
                                 reinterpret_cast<const unsigned char *>(raw.data() + raw.size()))) {
        m_failed = true;
        return false;
    }
    m_pos = p + 1;
    return true;
}

bool JsonScanner::readString(QString &out, int slot) {
    skipSpace();
    if (m_failed || m_pos >= m_end || *m_pos != '"') {
        m_failed = true;
        return false;
    }
    QByteArrayView raw;
    bool escaped = false;
    bool nonAscii = false;
    if (!scanString(raw, escaped, nonAscii))
        return false;
    // Owner names, versions, type names and tooltips repeat row after row: the same bytes give the
    // same text, so share the previous row's string instead of allocating another.
    Recent *recent = slot >= 0 && slot < recentSlots ? &m_recent[slot] : nullptr;
    if (recent && !recent->raw.isNull() && recent->raw == raw) {
        out = recent->text;
        return true;
    }
    if (escaped)
        out = unescape(raw);
    else if (nonAscii)
        out = QString::fromUtf8(raw);
    else
        out = QString::fromLatin1(raw);
    if (recent) {
        recent->raw = raw;
        recent->text = out;
    }
    return true;
}

bool JsonScanner::scanNumber(bool integerOnly, int *value) {
    const char *p = m_pos;
    const bool negative = p < m_end && *p == '-';
    if (negative)
        ++p;
    const char *digits = p;
    if (p < m_end && *p == '0') {
        ++p;
    } else {
        while (p < m_end && isDigit(*p))
            ++p;
    }
    const qsizetype count = p - digits;
    if (count == 0 || count > (integerOnly ? maxIntDigits : maxSkippedDigits)) {
        m_failed = true;
        return false;
    }
    qint64 number = 0;
    for (const char *d = digits; d < p; ++d)
        number = number * 10 + (*d - '0');
    if (!integerOnly && p < m_end && *p == '.') {
        const char *fraction = ++p;
        while (p < m_end && isDigit(*p))
            ++p;
        if (p == fraction || p - fraction > maxSkippedDigits) {
            m_failed = true;
            return false;
        }
    }
    // Exponents, more digits after a leading zero, or a fraction where an int belongs: give up.
    if (p < m_end && (isDigit(*p) || *p == '.' || *p == 'e' || *p == 'E' || *p == '+' || *p == '-')) {
        m_failed = true;
        return false;
    }
    if (value)
        *value = int(negative ? -number : number);
    m_pos = p;
    return true;
}

bool JsonScanner::readInt(int &out) {
    if (peek() != Type::Number) {
        m_failed = true;
        return false;
    }
    return scanNumber(true, &out);
}

bool JsonScanner::readBool(bool &out) {
    if (peek() != Type::Bool) {
        m_failed = true;
        return false;
    }
    if (m_end - m_pos >= 4 && std::memcmp(m_pos, "true", 4) == 0) {
        m_pos += 4;
        out = true;
        return true;
    }
    if (m_end - m_pos >= 5 && std::memcmp(m_pos, "false", 5) == 0) {
        m_pos += 5;
        out = false;
        return true;
    }
    m_failed = true;
    return false;
}

bool JsonScanner::readNull() {
    if (peek() != Type::Null || m_end - m_pos < 4 || std::memcmp(m_pos, "null", 4) != 0) {
        m_failed = true;
        return false;
    }
    m_pos += 4;
    return true;
}

bool JsonScanner::skipValue() {
    switch (peek()) {
    case Type::Object: {
        if (!beginObject())
            return false;
        bool first = true;
        QByteArrayView key;
        while (nextMember(first, key)) {
            if (!skipValue())
                return false;
        }
        return !m_failed;
    }
    case Type::Array: {
        if (!beginArray())
            return false;
        bool first = true;
        while (nextElement(first)) {
            if (!skipValue())
                return false;
        }
        return !m_failed;
    }
    case Type::String: {
        QByteArrayView raw;
        bool escaped = false;
        bool nonAscii = false;
        return scanString(raw, escaped, nonAscii);
    }
    case Type::Number:
        return scanNumber(false, nullptr);
    case Type::Bool: {
        bool ignored = false;
        return readBool(ignored);
    }
    case Type::Null:
        return readNull();
    case Type::Invalid:
        break;
    }
    m_failed = true;
    return false;
}

bool JsonScanner::atEnd() {
    skipSpace();
    return !m_failed && m_depth == 0 && m_pos == m_end;
}

} // namespace LicenseDesk
