// A request body QtNetwork can read only once, so it can never replay the request behind our back.
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace LicenseDesk {

/// QtNetwork silently resends a request whose connection closed before any answer arrived, by
/// rewinding its body. A body that cannot be rewound turns that resend into an error instead:
/// requests that change what the server stores (activation) must go out at most once.
/// Send it with DoNotBufferUploadDataAttribute and a Content-Length, or QtNetwork copies it first.
class SendOnceBody final : public QIODevice {
public:
    SendOnceBody(QByteArray data, QObject *parent);

    bool isSequential() const override { return true; }
    /// Always false: there is no second reading.
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace LicenseDesk
