// Details pane: every fact comes from core (expiryState, daysUntil, nextCheckState); this only words it.
#include "LicenseDetailsPane.h"

#include "Countdown.h"
#include "LicenseFacts.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace LicenseDesk {

namespace {

struct FieldTitle {
    const char *field;
    const char *title;
};

constexpr FieldTitle fieldTitles[] = {
    {"status", QT_TRANSLATE_NOOP("LicenseDesk::LicenseDetailsPane", "Status:")},
    {"company", QT_TRANSLATE_NOOP("LicenseDesk::LicenseDetailsPane", "Company:")},
    {"serial", QT_TRANSLATE_NOOP("LicenseDesk::LicenseDetailsPane", "Serial number:")},
    {"version", QT_TRANSLATE_NOOP("LicenseDesk::LicenseDetailsPane", "License version:")},
    {"expiry", QT_TRANSLATE_NOOP("LicenseDesk::LicenseDetailsPane", "Expires:")},
    {"grace", QT_TRANSLATE_NOOP("LicenseDesk::LicenseDetailsPane", "Grace period ends:")},
    {"maintenance", QT_TRANSLATE_NOOP("LicenseDesk::LicenseDetailsPane", "Maintenance ends:")},
    {"warning", QT_TRANSLATE_NOOP("LicenseDesk::LicenseDetailsPane", "Admin warning from:")},
    {"nextCheck", QT_TRANSLATE_NOOP("LicenseDesk::LicenseDetailsPane", "Next license check:")},
    {"reason", QT_TRANSLATE_NOOP("LicenseDesk::LicenseDetailsPane", "Server says:")},
};

} // namespace

LicenseDetailsPane::LicenseDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_title(new QLabel(this)) {
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (const FieldTitle &entry : fieldTitles)
        addRow(QLatin1StringView(entry.field));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addStretch(1);
    retranslate();
    refresh();
}

QLabel *LicenseDetailsPane::addRow(const QString &field) {
    auto *value = new QLabel(this);
    value->setObjectName(field + QStringLiteral("Value"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    auto *label = new QLabel(this);
    label->setBuddy(value);
    m_form->addRow(label, value);
    m_values.append({field, value});
    return value;
}

void LicenseDetailsPane::setLicense(const ExtendedLicenseInfo *license, const QDateTime &now) {
    m_license = license ? std::optional<ExtendedLicenseInfo>(*license) : std::nullopt;
    m_now = now;
    refresh();
}

QString LicenseDetailsPane::fieldText(const QString &field) const {
    for (const auto &[name, label] : m_values) {
        if (name == field)
            return label->text();
    }
    return {};
}

void LicenseDetailsPane::refresh() {
    const auto set = [this](const QString &field, const QString &text) {
        for (const auto &[name, label] : std::as_const(m_values)) {
            if (name != field)
                continue;
            label->setText(text);
            label->setAccessibleName(m_form->labelForField(label)
                                         ? static_cast<QLabel *>(m_form->labelForField(label))->text()
                                         : QString());
            m_form->setRowVisible(label, !text.isEmpty());
        }
    };

    if (!m_license || !m_license->current) {
        m_title->setText(m_license ? m_license->ownerDescription() : tr("No owner selected"));
        for (const auto &[name, label] : std::as_const(m_values))
            set(name, QString());
        if (m_license)
            set(QStringLiteral("reason"),
                m_license->reason.isEmpty() ? tr("No stored license.") : m_license->reason);
        return;
    }

    const LicenseInfo &info = *m_license->current;
    const QDate today = m_now.date();
    m_title->setText(tr("%1 (%2)").arg(m_license->ownerDescription(), m_license->ownerName()));
    set(QStringLiteral("status"), LicenseTexts::expiryState(expiryState(info, today)));
    set(QStringLiteral("company"), info.companyName);
    set(QStringLiteral("serial"), info.serialNr);
    set(QStringLiteral("version"), info.licenseVersion);
    set(QStringLiteral("expiry"), Countdown::dateAndCountdown(info.expiryDate, today));
    set(QStringLiteral("grace"),
        info.expiryDate ? Countdown::dateAndCountdown(info.graceDate, today) : QString());
    set(QStringLiteral("maintenance"), Countdown::dateAndCountdown(info.maintenanceDate, today));
    set(QStringLiteral("warning"),
        info.expiryDate ? Countdown::dateAndCountdown(info.adminWarningDate, today) : QString());

    const LicenseDate nextCheck = m_license->nextCheckDate();
    QString checkText;
    switch (nextCheckState(nextCheck, m_now)) {
    case NextCheckState::NotScheduled:
        checkText = tr("not scheduled");
        break;
    case NextCheckState::Scheduled:
        //: %1 date and countdown, e.g. "14/05/2026 (in 30 days)"
        checkText = tr("due %1").arg(Countdown::dateAndCountdown(nextCheck, today));
        break;
    case NextCheckState::Overdue:
        checkText = tr("overdue since %1").arg(Countdown::dateAndCountdown(nextCheck, today));
        break;
    }
    set(QStringLiteral("nextCheck"), checkText);
    set(QStringLiteral("reason"), m_license->reason);
}

void LicenseDetailsPane::retranslate() {
    for (int i = 0; i < m_values.size(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_values.at(i).second)))
            label->setText(tr(fieldTitles[i].title));
    }
    setAccessibleName(tr("License details"));
}

void LicenseDetailsPane::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace LicenseDesk
