// Everything here is read from the certificate itself; the dialog never decides to trust on its own.
#include "CertificateDialog.h"

#include "ApiError.h"
#include "ConnectionProfile.h"
#include "ui_certificatedialog.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QLocale>
#include <QPushButton>

namespace LicenseDesk {

namespace {

QString joined(const QStringList &parts) {
    return parts.join(QStringLiteral(", "));
}

QString describeName(const QSslCertificate &certificate, bool issuer) {
    auto info = [&](QSslCertificate::SubjectInfo field) {
        return joined(issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field));
    };
    QStringList parts;
    for (QSslCertificate::SubjectInfo field :
         {QSslCertificate::CommonName, QSslCertificate::Organization, QSslCertificate::OrganizationalUnitName,
          QSslCertificate::CountryName}) {
        const QString value = info(field);
        if (!value.isEmpty())
            parts.append(value);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

CertificateDialog::CertificateDialog(const QList<QSslCertificate> &chain, const QList<QSslError> &errors,
                                     const QString &profileName, const QString &host, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CertificateDialog>())
    , m_chain(chain)
    , m_errors(errors)
    , m_profileName(profileName)
    , m_host(host) {
    m_ui->setupUi(this);
    m_trustButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    m_ui->fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_errors.isEmpty() && !m_chain.isEmpty())
        m_errors = QSslCertificate::verify(m_chain, m_host);
    fillIn();
}

CertificateDialog::~CertificateDialog() = default;

QByteArray CertificateDialog::fingerprint() const {
    return m_chain.isEmpty() ? QByteArray() : certificateFingerprint(m_chain.constFirst());
}

void CertificateDialog::fillIn() {
    m_trustButton->setText(tr("&Trust this certificate for %1").arg(m_profileName));
    m_trustButton->setEnabled(!m_chain.isEmpty());
    if (m_chain.isEmpty()) {
        m_ui->headlineLabel->setText(tr("The server at %1 sent no certificate.").arg(m_host));
        return;
    }
    const QSslCertificate &certificate = m_chain.constFirst();
    m_ui->headlineLabel->setText(
        tr("The certificate of %1 could not be verified. Connecting anyway could let someone read or "
           "change what LicenseDesk sends, including your password.")
            .arg(m_host));
    m_ui->subjectLabel->setText(describeName(certificate, false));
    m_ui->issuerLabel->setText(certificate.isSelfSigned()
                                   ? tr("%1 (self-signed)").arg(describeName(certificate, true))
                                   : describeName(certificate, true));
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString validity =
        tr("from %1 until %2")
            .arg(locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                 locale.toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat));
    if (certificate.expiryDate() < now)
        validity += QLatin1Char(' ') + tr("(expired)");
    else if (certificate.effectiveDate() > now)
        validity += QLatin1Char(' ') + tr("(not valid yet)");
    m_ui->validityLabel->setText(validity);
    m_ui->fingerprintLabel->setText(formatFingerprint(fingerprint()));

    m_ui->errorsList->clear();
    for (const QSslError &error : std::as_const(m_errors))
        m_ui->errorsList->addItem(error.errorString());
    if (m_errors.isEmpty())
        m_ui->errorsList->addItem(tr("The TLS handshake failed for a reason Qt did not name."));
}

void CertificateDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillIn();
    }
    QDialog::changeEvent(event);
}

} // namespace LicenseDesk
