#include "config/InstallCheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// The start-up check of an installed kiosk (data at rest): the data directory the kiosk's alone (0700)
/// and every file in it too (0600), each wider mode refused with the command that fixes it.
class TstInstallCheck : public QObject
{
    Q_OBJECT

    static InstallCheck::Expected expect(const QString &dataDir)
    {
        return { {}, dataDir, uint(geteuid()), uint(getegid()), 0 };
    }

    static void touch(const QString &path, mode_t mode)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
    }

private Q_SLOTS:
    void aClosedDataDirPasses()
    {
        QTemporaryDir dir;
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0700), 0);
        touch(dir.filePath(u"journal.db"_s), 0600);
        touch(dir.filePath(u"verifier.key"_s), 0600);
        QCOMPARE(InstallCheck::problems(expect(dir.path())), QStringList());
    }

    void anOpenDataDirIsRefused()
    {
        QTemporaryDir dir;
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
        const QStringList problems = InstallCheck::problems(expect(dir.path()));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"with mode 0755; it must be owned by"_s),
            qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(u"chmod 0700 "_s + dir.path()), qPrintable(problems.first()));
    }

    void filesReadableByOthersAreRefused()
    {
        QTemporaryDir dir;
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0700), 0);
        touch(dir.filePath(u"journal.db"_s), 0600);
        touch(dir.filePath(u"cache.db"_s), 0644); // as an older build left it
        touch(dir.filePath(u"kiosk.json"_s), 0640);
        const QStringList problems = InstallCheck::problems(expect(dir.path()));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first(),
            u"files in the data directory %1 can be read by others: cache.db (mode 0644), kiosk.json (mode "
            "0640); they must be mode 0600: run 'chmod -R go= %1'"_s.arg(dir.path()));
    }

    void aMissingDataDirSaysHowToMakeIt()
    {
        QTemporaryDir dir;
        const QStringList problems = InstallCheck::problems(expect(dir.filePath(u"nope"_s)));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"install -d -m 0700"_s), qPrintable(problems.first()));
    }
};

QTEST_GUILESS_MAIN(TstInstallCheck)
#include "tst_installcheck.moc"
