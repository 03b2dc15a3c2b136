// The one JSON reader: response bodies straight into the license value types, every error with its field path.
#pragma once

#include "LicenseData.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace LicenseDesk {

/// Where and why a response could not be read, e.g. "ExtendedModuleLicenses[3].NumberOfLicensesInUse".
struct ParseError {
    QString path;
    QString message;
    /// The body was JSON null where a carrier was expected: the server found nothing.
    bool nullBody = false;

    bool isNull() const { return message.isEmpty(); }
    /// "path: message", or just the message for errors about the whole document.
    QString toString() const;
};

/// A parsed value, or the error that stopped parsing.
template <typename T> struct Parsed {
    std::optional<T> value;
    ParseError error;

    bool ok() const { return value.has_value(); }
};

/// Parses the ISO-8601 dates the WebAPI sends (with or without offset, any fraction length).
/// Returns false for text that is not such a date; sets date to nullopt for the "never" value.
bool parseLicenseDate(QStringView text, LicenseDate &date);

/// Reads a whole body into T, one of the carriers of LicenseFields.h, a QList of
/// ExtendedLicenseInfo, or a bare QString. Missing and null fields read as defaults (tolerant
/// where the server is loose); a field of the wrong type or a count outside 0 to maxSeatCount is an
/// error naming the field (strict where it matters). Each object is walked once; a field path is
/// built only for an error.
class JsonReader final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::JsonReader)

public:
    template <typename T> static Parsed<T> read(QByteArrayView json);
};

} // namespace LicenseDesk
