// Shows an untrusted server certificate in words and lets the admin pin it for one connection.
#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <memory>

class QPushButton;

namespace Ui {
class CertificateDialog;
}

namespace LicenseDesk {

/// Accepting means "trust this certificate for <profile>"; fingerprint() is what to pin.
/// Only the server's own certificate (the first of the chain) is ever pinned.
class CertificateDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)

public:
    /// errors may be empty (e.g. when only the chain is known); the dialog then asks Qt which
    /// checks the chain fails for host.
    CertificateDialog(const QList<QSslCertificate> &chain, const QList<QSslError> &errors,
                      const QString &profileName, const QString &host, QWidget *parent = nullptr);
    ~CertificateDialog() override;

    /// Lower-case hex SHA-256 of the server's certificate.
    QByteArray fingerprint() const;
    QPushButton *trustButton() const { return m_trustButton; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillIn();

    std::unique_ptr<Ui::CertificateDialog> m_ui;
    QPushButton *m_trustButton;
    QList<QSslCertificate> m_chain;
    QList<QSslError> m_errors;
    QString m_profileName;
    QString m_host;
};

} // namespace LicenseDesk
