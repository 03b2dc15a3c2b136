// A strict single-pass JSON reader for large response bodies: no document tree, few allocations.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <array>

namespace LicenseDesk {

/// Reads JSON token by token straight from the bytes. It accepts only a conservative subset of
/// JSON that QJsonDocument reads the same way (plain integers, common escapes, valid UTF-8 without
/// noncharacters, limited nesting). On anything else, errors included, it gives up: fail() is set,
/// every later read returns false, and the caller parses again through QJsonDocument, whose exact
/// messages the user then sees.
class JsonScanner final {
public:
    enum class Type { Object, Array, String, Number, Bool, Null, Invalid };

    /// json must outlive the scanner (strings are shared by their bytes while scanning).
    explicit JsonScanner(QByteArrayView json);

    bool failed() const { return m_failed; }
    /// Gives up on this document; every later read is a no-op that returns false.
    void fail() { m_failed = true; }

    /// The type of the next value (skips white space); Invalid after a failure or at the end.
    Type peek();
    /// Consumes '{'; then call nextMember() until it returns false.
    bool beginObject();
    /// Moves to the next member of the current object: true with key set (the value comes next),
    /// false at its end or on failure. first must start true for each object.
    bool nextMember(bool &first, QByteArrayView &key);
    /// Consumes '['; then call nextElement() until it returns false.
    bool beginArray();
    /// Moves to the next element of the current array: true when a value comes next.
    bool nextElement(bool &first);

    /// Number of recent-string slots for readString().
    static constexpr int recentSlots = 48;
    /// Reads a string. With a slot (0 to recentSlots - 1; one per field), the same text as that
    /// field's previous value comes back as the same shared QString, without a new allocation.
    bool readString(QString &out, int slot = -1);
    /// A plain integer that fits an int ("12", "-3"); fractions and exponents give up.
    bool readInt(int &out);
    bool readBool(bool &out);
    bool readNull();
    /// Skips any value, checking it as strictly as the reads above.
    bool skipValue();
    /// True when nothing but white space follows and nothing failed.
    bool atEnd();

private:
    void skipSpace();
    bool expect(char c);
    /// Scans the string at m_pos; sets raw to its bytes and reports escapes and non-ASCII bytes.
    bool scanString(QByteArrayView &raw, bool &escaped, bool &nonAscii);
    bool scanNumber(bool integerOnly, int *value);
    bool enter();
    /// Consumes close (and leaves the level) or, after the first item, the comma before the next one.
    bool nextItem(bool &first, char close);

    const char *m_pos;
    const char *m_end;
    int m_depth = 0;
    bool m_failed = false;
    struct Recent {
        QByteArrayView raw;
        QString text;
    };
    std::array<Recent, recentSlots> m_recent;
};

} // namespace LicenseDesk
