// The selected owner's license facts: company, serial, version, dates with countdowns, next check.
#pragma once

#include "LicenseData.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace LicenseDesk {

class LicenseDetailsPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenseDetailsPane)

public:
    explicit LicenseDetailsPane(QWidget *parent = nullptr);

    /// Shows license (nullptr clears the pane); today and now decide the countdowns.
    void setLicense(const ExtendedLicenseInfo *license, const QDateTime &now);
    /// The text of one value label, by field name ("company", "expiry", ...), for tests and copying.
    QString fieldText(const QString &field) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addRow(const QString &field);
    void retranslate();
    void refresh();

    std::optional<ExtendedLicenseInfo> m_license;
    QDateTime m_now;
    QFormLayout *m_form;
    QLabel *m_title;
    QList<std::pair<QString, QLabel *>> m_values;
};

} // namespace LicenseDesk
