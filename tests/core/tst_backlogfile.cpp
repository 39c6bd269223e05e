// The signed export of a kiosk's unsynced work: what DeviceTokenSigner signs, the backend's check
// verifies with the token's SHA-256 only, and any change, truncation or other kiosk's key fails it.
#include "backlog/BacklogFile.h"
#include "backlog/UnsyncedBacklog.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

QByteArray keyOf(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

QByteArray sampleFile()
{
    const BacklogFile::Content content { u"K-A"_s, QDateTime::currentDateTimeUtc(),
        { QJsonObject { { u"id"_s, u"r-1"_s }, { u"refundTotal"_s, 1999 } } },
        { QJsonObject { { u"id"_s, u"e-1"_s }, { u"type"_s, u"fault"_s } } } };
    return BacklogFile::write(content, DeviceTokenSigner("token-a"));
}

bool verifies(const BacklogFile::Read &read, const QByteArray &token)
{
    return DeviceTokenSigner::verify(keyOf(token), read.signedBytes, read.signature);
}

} // namespace

class TestBacklogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripVerifiesWithTheTokenHash()
    {
        const BacklogFile::Read read = BacklogFile::read(sampleFile());
        QVERIFY2(read.content, qPrintable(read.error));
        QCOMPARE(read.content->kioskId, u"K-A"_s);
        QCOMPARE(read.content->returns.size(), 1);
        QCOMPARE(read.content->events.size(), 1);
        QCOMPARE(read.algorithm, QString::fromLatin1(DeviceTokenSigner::Algorithm));
        QVERIFY(verifies(read, "token-a"));
        QVERIFY(!verifies(read, "token-b")); // another kiosk's key
    }

    void oneChangedByteFailsTheSignature()
    {
        QByteArray file = sampleFile();
        file[file.indexOf("1999")] = '9';
        const BacklogFile::Read read = BacklogFile::read(file);
        QVERIFY(read.content);
        QVERIFY(!verifies(read, "token-a"));
    }

    void truncatedOrForeignFilesAreRefused()
    {
        const QByteArray file = sampleFile();
        BacklogFile::Read read = BacklogFile::read(file.left(file.size() - 10));
        QVERIFY(!read.content);
        QVERIFY2(read.error.contains(u"not complete JSON"_s), qPrintable(read.error));
        read = BacklogFile::read(R"({"format": "something-else/1"})");
        QVERIFY(!read.content);
        QVERIFY2(read.error.contains(u"not a returns kiosk export"_s), qPrintable(read.error));
    }

    void countsOnlyWhatTheBackendHasNotReceived()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &id : { u"e-1"_s, u"e-2"_s, u"e-3"_s })
            QVERIFY(journal.recordEvent(id, u"bin_emptied"_s, {}, now));
        UnsyncedBacklog backlog(journal);
        QCOMPARE(backlog.counts()->events, 3);
        QCOMPARE(backlog.counts()->describe(), u"0 unsynced returns and 3 unsynced events"_s);
        const auto due = journal.dueOutbox(now, 10);
        QVERIFY(journal.markDelivered({ due.at(0).seq }, now));
        QVERIFY(journal.moveToDeadLetter(due.at(1).seq, u"rejected"_s, now));
        QCOMPARE(backlog.counts()->events, 1);
        QCOMPARE(backlog.counts()->describe(), u"0 unsynced returns and 1 unsynced event"_s);
        QCOMPARE(backlog.entries()->events.size(), 1);
        QCOMPARE(backlog.entries()->events.at(0)[u"id"_s].toString(), u"e-3"_s);
    }
};

QTEST_GUILESS_MAIN(TestBacklogFile)
#include "tst_backlogfile.moc"
