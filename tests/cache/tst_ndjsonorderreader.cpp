#include "cache/NdjsonOrderReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// The data set reader of `kioskctl cache import` (NdjsonOrderReader): every line is the header, an
/// order or a rejection with its line number; an over-long line is rejected whatever it starts with.
class TstNdjsonOrderReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray order(const QString &id)
    {
        return uR"({"id":"%1","currency":"USD","placedAt":"2026-11-08T16:20:00Z","paymentMethods":["card"],)"
               uR"("lines":[{"lineNo":1,"sku":"NW-TEE","title":"T-shirt","category":"apparel",)"
               uR"("unitPrice":2000,"quantity":1}]})"_s.arg(id)
                   .toUtf8();
    }

    /// Reads @p bytes as a data set with lines of at most @p maxLine bytes: the ids of the orders it
    /// hands over, the header's time and the errors.
    struct Read
    {
        QStringList ids;
        QString generatedAt;
        QStringList errors;
        int rejected = 0;
    };
    Read read(const QByteArray &bytes, qint64 maxLine)
    {
        const QString path = m_dir.filePath(u"orders.ndjson"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        NdjsonOrderReader reader(path, maxLine);
        Read result;
        if (!reader.open())
            return result;
        OrderJson::Result parsed;
        while (reader.next(&parsed))
            result.ids.append(parsed.order->id);
        result.generatedAt = reader.generatedAt();
        result.errors = reader.errors();
        result.rejected = reader.rejected();
        return result;
    }

private Q_SLOTS:
    void headerOrdersBlanksAndRejections()
    {
        QVERIFY(m_dir.isValid());
        const Read r = read(R"({"generatedAt":"2026-11-20T12:00:00Z"})"
                            "\n"
                + order(u"RK-1"_s) + "\n\n  \r\nnot json\n[1]\n" + order(u"RK-2"_s) + "\n",
            4096);
        QCOMPARE(r.generatedAt, u"2026-11-20T12:00:00Z"_s);
        QCOMPARE(r.ids, QStringList({ u"RK-1"_s, u"RK-2"_s }));
        QCOMPARE(r.rejected, 2);
        QVERIFY2(r.errors.value(0).startsWith(u"line 5: invalid JSON"_s), qPrintable(r.errors.join(u"; "_s)));
        QCOMPARE(r.errors.value(1), u"line 6: not a JSON object"_s);
    }

    /// Found while writing fuzz_ndjsonimport: the rest of an over-long line was read into the same
    /// buffer and the blank test looked at what it held last; when that last part filled the buffer (Qt's
    /// terminating NUL fell outside the line) and was blank, the line went by as a blank one, neither read
    /// nor rejected.
    void overlongLineWithABlankEndIsRejected()
    {
        // The first read: "{" and 4096 spaces; the last: 4096 spaces and the newline, the buffer full.
        const Read r = read("{" + QByteArray(2 * 4096, ' ') + "\n" + order(u"RK-2"_s) + "\n", 4096);
        QCOMPARE(r.ids, QStringList({ u"RK-2"_s }));
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.errors.value(0), u"line 1: longer than 4 KiB"_s);
    }

    /// Likewise an over-long first line whose last part, filling the buffer, held a header was taken as
    /// the header: it is rejected.
    void overlongFirstLineIsNotTheHeader()
    {
        const QByteArray header = R"({"generatedAt":"2026-11-20T12:00:00Z"})";
        const Read r = read(QByteArray(4097, ' ') + header + QByteArray(4096 - header.size(), ' ') + "\n"
                + order(u"RK-1"_s) + "\n",
            4096);
        QVERIFY(r.generatedAt.isNull());
        QCOMPARE(r.ids, QStringList({ u"RK-1"_s }));
        QCOMPARE(r.errors, QStringList({ u"line 1: longer than 4 KiB"_s }));
    }

    /// The limit is the same for the last line without its newline as for any other.
    void lastLineOneByteTooLongIsRejected()
    {
        const QByteArray line = order(u"RK-1"_s);
        const Read fits = read(line, line.size());
        QCOMPARE(fits.ids, QStringList({ u"RK-1"_s }));
        const Read over = read(line, line.size() - 1);
        QVERIFY(over.ids.isEmpty());
        QCOMPARE(over.errors.value(0), u"line 1: longer than %1 bytes"_s.arg(line.size() - 1));
    }

    void realLimitIsSixteenMiB()
    {
        const Read r = read(QByteArray(ImportLimits::MaxLineBytes + 1, 'x') + "\n" + order(u"RK-1"_s) + "\n",
            ImportLimits::MaxLineBytes);
        QCOMPARE(r.ids, QStringList({ u"RK-1"_s }));
        QCOMPARE(r.errors, QStringList({ u"line 1: longer than 16 MiB"_s }));
    }
};

QTEST_GUILESS_MAIN(TstNdjsonOrderReader)
#include "tst_ndjsonorderreader.moc"
