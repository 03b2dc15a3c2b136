// Every catalogue covers every current source string, fully translated, with matching placeholders.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool numerus = false;
    QStringList numerusForms;
    bool unfinished = false;
};

QList<Message> readCatalogue(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{context, {}, {}, xml.attributes().value("numerus"_L1) == u"yes", {}, false};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value("type"_L1);
            current.unfinished = type == u"unfinished";
            if (type == u"vanished" || type == u"obsolete")
                continue;
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.numerusForms.append(xml.readElementText());
            } else {
                current.translation = xml.readElementText();
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QStringList placeholders(const QString &text) {
    static const QRegularExpression pattern(u"%(\\d+|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestCatalogues final : public QObject {
    Q_OBJECT

private slots:
    void catalogueIsCompleteAndConsistent_data() {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "nb", "sv", "da", "de", "nl"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void catalogueIsCompleteAndConsistent() {
        QFETCH(QString, language);
        const QString source = QStringLiteral(LICENSEDESK_SOURCE_DIR);
        const QString fileName = u"licensedesk_"_s + language + u".ts"_s;
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString copy = work.filePath(fileName);
        QVERIFY(QFile::copy(source + u"/translations/"_s + fileName, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // Bring the copy up to date with today's sources: new strings appear as unfinished entries.
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        // English carries only plural forms; the other catalogues carry everything.
        QStringList arguments{u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s};
        if (language == u"en")
            arguments.append(u"-pluralonly"_s);
        arguments << source + u"/src"_s << source + u"/ui"_s << u"-ts"_s << copy;
        lupdate.start(QStringLiteral(LICENSEDESK_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        const QList<Message> messages = readCatalogue(copy);
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + u": \""_s + m.source + u'"';
            const bool empty = m.numerus ? (m.numerusForms.isEmpty() || m.numerusForms.contains(QString()))
                                         : m.translation.isEmpty();
            if (m.unfinished || empty) {
                problems.append(u"untranslated "_s + where);
                continue;
            }
            const QStringList expected = placeholders(m.source);
            const QStringList forms = m.numerus ? m.numerusForms : QStringList{m.translation};
            for (const QString &form : forms) {
                QStringList got = placeholders(form);
                // A singular form may spell out the number ("én lisens") instead of %n.
                if (m.numerus && !got.contains(u"%n"_s) && expected.contains(u"%n"_s))
                    got.append(u"%n"_s), got.sort();
                if (got != expected)
                    problems.append(u"placeholders differ in "_s + where + u" -> "_s + form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
