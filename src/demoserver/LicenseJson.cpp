// Streams carriers straight to JSON text, walking the same field lists the reader uses.
#include "LicenseJson.h"

#include <cstdlib>

namespace LicenseDesk::LicenseJson {

namespace {

class Writer final {
public:
    explicit Writer(QByteArray &out)
        : m_out(out) {}

    void write(const QString &text) {
        m_out += '"';
        for (const char c : text.toUtf8()) {
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            default:
                if (uchar(c) < 0x20)
                    m_out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
                else
                    m_out += c;
            }
        }
        m_out += '"';
    }
    void write(bool value) { m_out += value ? "true" : "false"; }
    void write(int value) { m_out += QByteArray::number(value); }
    void write(SeatCount value) { m_out += QByteArray::number(value); }
    void write(SeatDifference<const SeatCount> value) { m_out += QByteArray::number(value.seats); }
    void write(const std::optional<SeatCount> &value) {
        m_out += value ? QByteArray::number(*value) : QByteArray("null");
    }
    void write(SeatDifference<const std::optional<SeatCount>> value) { write(value.seats); }
    void write(const LicenseDate &value) { m_out += '"' + date(value) + '"'; }
    template <typename E> void write(const EnumValue<E> &value) { write(value.raw); }
    void write(const UnmodelledField &) { m_out += "null"; }

    template <typename T> void write(const std::optional<T> &value) {
        if (value)
            writeObject(*value);
        else
            m_out += "null";
    }

    template <typename T> void write(const QList<T> &values) {
        m_out += '[';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out += ',';
            writeObject(values.at(i));
        }
        m_out += ']';
    }

    template <typename T> void writeObject(const T &value) {
        m_out += '{';
        bool first = true;
        fields(value, [&](QLatin1StringView name, const auto &member) {
            if (!first)
                m_out += ',';
            first = false;
            m_out += '"';
            m_out += QByteArrayView(name.data(), name.size());
            m_out += "\":";
            write(member);
        });
        m_out += '}';
    }

private:
    QByteArray &m_out;
};

template <typename T> QByteArray writeCarrier(const T &value) {
    QByteArray out;
    Writer(out).writeObject(value);
    return out;
}

} // namespace

QByteArray date(const LicenseDate &value) {
    if (!value || !value->isValid())
        return "0001-01-01T00:00:00";
    const int offset = value->offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return value->toString(u"yyyy-MM-dd'T'HH:mm:ss").toLatin1() + '.' +
           QByteArray::number(value->time().msec() * 10000).rightJustified(7, '0') + (offset < 0 ? '-' : '+') +
           QByteArray::number(minutes / 60).rightJustified(2, '0') + ':' +
           QByteArray::number(minutes % 60).rightJustified(2, '0');
}

QByteArray write(const ExtendedLicenseInfo &value) {
    return writeCarrier(value);
}
QByteArray write(const LicenseInfo &value) {
    return writeCarrier(value);
}
QByteArray write(const ModuleLicense &value) {
    return writeCarrier(value);
}
QByteArray write(const LicenseResult &value) {
    return writeCarrier(value);
}
QByteArray write(const CheckLicenseStatusResult &value) {
    return writeCarrier(value);
}

QByteArray array(const QList<QByteArray> &items) {
    return '[' + items.join(',') + ']';
}

} // namespace LicenseDesk::LicenseJson
