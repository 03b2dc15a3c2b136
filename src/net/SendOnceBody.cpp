// A request body QtNetwork can read only once, so it can never replay the request behind our back.
#include "SendOnceBody.h"

#include <cstring>

namespace LicenseDesk {

SendOnceBody::SendOnceBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data)) {
    open(QIODevice::ReadOnly);
}

qint64 SendOnceBody::bytesAvailable() const {
    return (m_data.size() - m_read) + QIODevice::bytesAvailable();
}

qint64 SendOnceBody::readData(char *data, qint64 maxSize) {
    const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_read);
    if (count <= 0)
        return -1; // the end: sequential devices report it as -1
    std::memcpy(data, m_data.constData() + m_read, size_t(count));
    m_read += count;
    return count;
}

qint64 SendOnceBody::writeData(const char *, qint64) {
    return -1;
}

} // namespace LicenseDesk
