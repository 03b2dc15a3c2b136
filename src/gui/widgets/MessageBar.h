// A non-modal bar over the table that reports a failed request, with Retry and Details.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;
class QPushButton;

namespace LicenseDesk {

class MessageBar final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows text; details (technical) appear when the admin presses Details; retry shows the Retry button.
    void showMessage(Kind kind, const QString &text, const QString &details = {}, bool retry = false);
    QString text() const;
    QString details() const { return m_details; }
    bool detailsVisible() const;

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void toggleDetails();
    void retranslate();
    void updateColours();

    Kind m_kind = Kind::Information;
    QString m_details;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_detailsLabel;
    QPushButton *m_retry;
    QPushButton *m_detailsButton;
    QToolButton *m_close;
};

} // namespace LicenseDesk
