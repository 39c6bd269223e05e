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
/// and every file in it too (0600), the config with its secrets 0640 root:<kiosk group> or 0600, each
/// wider mode refused with the command that fixes it.
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

    void configModes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("refused");
        QTest::newRow("0640, the package's") << 0640 << false;
        QTest::newRow("0600") << 0600 << false;
        QTest::newRow("0440") << 0440 << false;
        QTest::newRow("0644, readable by anyone") << 0644 << true;
        QTest::newRow("0604") << 0604 << true;
        QTest::newRow("0660, the group may change it") << 0660 << true;
        QTest::newRow("0740, executable") << 0740 << true;
        QTest::newRow("0666") << 0666 << true;
    }

    void configModes()
    {
        QFETCH(int, mode);
        QFETCH(bool, refused);
        QTemporaryDir dir;
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0700), 0);
        QTemporaryDir etc;
        const QString config = etc.filePath(u"kiosk.json"_s);
        touch(config, mode_t(mode));
        InstallCheck::Expected expected = expect(dir.path());
        expected.configPath = config;
        const QStringList problems = InstallCheck::problems(expected);
        if (!refused) {
            QCOMPARE(problems, QStringList());
            return;
        }
        QCOMPARE(problems.size(), 1);
        const QString modeText = u"mode 0"_s + QString::number(mode, 8);
        QVERIFY2(problems.first().startsWith(u"the kiosk config %1 (owner "_s.arg(config))
                && problems.first().contains(modeText)
                && problems.first().contains(u"others can read or change it"_s),
            qPrintable(problems.first()));
        QVERIFY2(problems.first().endsWith(u"&& chmod 0640 %1'"_s.arg(config)), qPrintable(problems.first()));
        // The command it names is the fix.
        QCOMPARE(::chmod(QFile::encodeName(config).constData(), 0640), 0);
        QCOMPARE(InstallCheck::problems(expected), QStringList());
    }

    void configReadableByAnotherGroupIsRefused()
    {
        if (geteuid() != 0)
            QSKIP("giving the file another group needs root");
        QTemporaryDir dir;
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0700), 0);
        QTemporaryDir etc;
        const QString config = etc.filePath(u"kiosk.json"_s);
        touch(config, 0640);
        const gid_t other = getegid() == 1 ? 2 : 1;
        QCOMPARE(::chown(QFile::encodeName(config).constData(), 0, other), 0);
        InstallCheck::Expected expected = expect(dir.path());
        expected.configPath = config;
        const QStringList problems = InstallCheck::problems(expected);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"others can read or change it"_s), qPrintable(problems.first()));
        // The same file closed to its group passes.
        QCOMPARE(::chmod(QFile::encodeName(config).constData(), 0600), 0);
        QCOMPARE(InstallCheck::problems(expected), QStringList());
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
