// Issue part 4: the kiosk checks the storage it will need before any shopper starts. A journal that
// cannot be written (read-only, locked), has no room for a return, or fails its integrity check puts
// the kiosk out of service for drop-off with the reason: KioskApplication::initialise() fails, so
// returns-kiosk exits before showing the attract screen, and the journal is left exactly as it was.
#include "KioskApplication.h"
#include "journal/Journal.h"
#include "store/Sqlite.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

class StartupStorageTest : public QObject
{
    Q_OBJECT

    static KioskApplication::Options options(const QString &dir)
    {
        KioskApplication::Options options;
        options.dataDir = dir;
        options.clockStart = QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
        return options;
    }

    static QByteArray bytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void makeJournal(const QString &path)
    {
        Journal journal;
        QVERIFY(journal.open(path));
    }

    /// Makes the file refuse writes even to root (immutable attribute), else by its mode. False when
    /// neither stops this user from writing.
    static bool makeReadOnly(const QString &path)
    {
        if (::geteuid() == 0)
            return QProcess::execute(u"chattr"_s, { u"+i"_s, path }) == 0;
        return QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    }

    static void makeWritable(const QString &path)
    {
        if (::geteuid() == 0)
            QProcess::execute(u"chattr"_s, { u"-i"_s, path });
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

private Q_SLOTS:
    void healthyStorageStarts()
    {
        QTemporaryDir dir;
        KioskApplication kiosk(options(dir.path()));
        QString error;
        QVERIFY2(kiosk.initialise(&error), qPrintable(error));
        QVERIFY(kiosk.session());
    }

    void noRoomForAReturnIsOutOfService()
    {
        QTemporaryDir dir;
        KioskApplication::Options opts = options(dir.path());
        opts.minFreeBytes = qint64(1) << 60; // more than any disk has
        KioskApplication kiosk(opts);
        QString error;
        QVERIFY(!kiosk.initialise(&error));
        QVERIFY2(error.startsWith(u"out of service for drop-off: "_s), qPrintable(error));
        QVERIFY2(error.contains(u"disk is full"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"integrity"_s), qPrintable(error));
        QVERIFY(!kiosk.session()); // no shopper can start
    }

    void readOnlyJournalIsOutOfService()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.db"_s);
        makeJournal(path);
        const QByteArray before = bytes(path);
        if (!makeReadOnly(path))
            QSKIP("neither chattr +i nor the file mode can stop this user from writing here");
        KioskApplication kiosk(options(dir.path()));
        QString error;
        const bool started = kiosk.initialise(&error);
        makeWritable(path);
        QVERIFY(!started);
        QVERIFY2(error.startsWith(u"out of service for drop-off: "_s), qPrintable(error));
        QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"integrity"_s), qPrintable(error));
        QVERIFY(!kiosk.session());
        QCOMPARE(bytes(path), before);
    }

    void lockedJournalIsOutOfService()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.db"_s);
        makeJournal(path);
        sql::Database other; // another process holds the write lock (5 s busy timeout, then refused)
        QVERIFY(other.open(path));
        QVERIFY(other.exec("BEGIN IMMEDIATE"));
        KioskApplication kiosk(options(dir.path()));
        QString error;
        QVERIFY(!kiosk.initialise(&error));
        QVERIFY(other.rollback());
        QVERIFY2(error.contains(u"locked"_s), qPrintable(error));
        QVERIFY(!kiosk.session());
    }

    void damagedJournalIsOutOfServiceAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.db"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        }
        KioskApplication kiosk(options(dir.path()));
        QString error;
        QVERIFY(!kiosk.initialise(&error));
        QVERIFY2(error.contains(u"failed its integrity check"_s), qPrintable(error));
        QCOMPARE(bytes(path), QByteArray(8192, 'x'));
        QVERIFY(!QFile::exists(path + u".corrupt"_s));
    }
};

QTEST_MAIN(StartupStorageTest)
#include "tst_startupstorage.moc"
