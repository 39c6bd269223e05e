#include "CacheCommand.h"

#include "CliHelp.h"
#include "ImportProgress.h"
#include "ReadAheadOrders.h"
#include "cache/CacheStore.h"
#include "cache/NdjsonOrderReader.h"
#include "cache/OrderJson.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cctype>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::cli {

using namespace ImportLimits;

namespace {

constexpr qsizetype MaxOrderBytes = MaxLineBytes;
constexpr int MaxNesting = 64;

/// Reads JSON from a device through a 1 MiB buffer and checks its syntax while skipping values, capturing
/// a value's text when asked: a data set of any size is read one order at a time, never whole.
class JsonScanner
{
public:
    explicit JsonScanner(QIODevice &device)
        : m_device(device)
    { }

    qint64 position() const { return m_consumed + m_pos; }
    QString error() const { return m_error; }

    /// Skips whitespace; the next byte, or -1 at the end.
    int peek()
    {
        for (;;) {
            if (m_pos == m_buffer.size() && !fill())
                return -1;
            const char c = m_buffer.at(m_pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return static_cast<unsigned char>(c);
            take();
        }
    }
    /// Skips whitespace and takes @p c, or fails.
    bool expect(char c)
    {
        if (peek() != static_cast<unsigned char>(c))
            return fail(u"expected '%1'"_s.arg(QLatin1Char(c)));
        take();
        return true;
    }
    /// True when only whitespace is left; else false, with an error.
    bool atEnd() { return peek() < 0 || fail(u"data after the top-level object"_s); }
    /// A string's raw text (quotes and escapes as written), checked.
    bool string(QByteArray *raw)
    {
        if (peek() != '"') // before capturing: the whitespace in front is not part of the string
            return fail(u"expected a string"_s);
        QByteArray *outer = m_capture;
        m_capture = raw;
        const bool ok = skipString();
        m_capture = outer;
        return ok;
    }
    /// Checks and skips one value; with @p capture, appends its text there.
    bool value(QByteArray *capture = nullptr)
    {
        QByteArray *outer = m_capture;
        m_capture = capture;
        const bool ok = skipValue(0);
        m_capture = outer;
        return ok;
    }

private:
    bool fill()
    {
        m_consumed += m_buffer.size();
        m_buffer = m_device.read(1024 * 1024);
        m_pos = 0;
        return !m_buffer.isEmpty();
    }
    /// The next byte, or -1 at the end; whitespace is not skipped.
    int take()
    {
        if (m_pos == m_buffer.size() && !fill())
            return -1;
        const char c = m_buffer.at(m_pos++);
        if (m_capture) {
            if (m_capture->size() >= MaxOrderBytes) {
                fail(u"a value is larger than %1 MiB"_s.arg(MaxOrderBytes / 1024 / 1024));
                return -1;
            }
            m_capture->append(c);
        }
        return static_cast<unsigned char>(c);
    }
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = u"invalid JSON at offset %1: %2"_s.arg(position()).arg(message);
        return false;
    }
    bool skipString()
    {
        take(); // the opening quote
        for (;;) {
            const int c = take();
            if (c < 0)
                return fail(u"unterminated string"_s);
            if (c == '"')
                return true;
            if (c < 0x20)
                return fail(u"control character in a string"_s);
            if (c != '\\')
                continue;
            const int escaped = take();
            if (escaped == 'u') {
                for (int i = 0; i < 4; ++i) {
                    if (!std::isxdigit(take()))
                        return fail(u"bad \\u escape"_s);
                }
            } else if (escaped < 0 || !std::strchr("\"\\/bfnrt", escaped)) {
                return fail(u"bad escape"_s);
            }
        }
    }
    bool digits()
    {
        int count = 0;
        while (m_pos < m_buffer.size() || fill()) {
            if (!std::isdigit(static_cast<unsigned char>(m_buffer.at(m_pos))))
                break;
            take();
            ++count;
        }
        return count > 0 || fail(u"expected a digit"_s);
    }
    int next()
    {
        return (m_pos < m_buffer.size() || fill()) ? static_cast<unsigned char>(m_buffer.at(m_pos)) : -1;
    }
    bool skipNumber()
    {
        if (next() == '-')
            take();
        if (next() == '0')
            take();
        else if (!digits())
            return false;
        if (next() == '.') {
            take();
            if (!digits())
                return false;
        }
        if (next() == 'e' || next() == 'E') {
            take();
            if (next() == '+' || next() == '-')
                take();
            if (!digits())
                return false;
        }
        return true;
    }
    bool skipLiteral(const char *word)
    {
        for (const char *p = word; *p; ++p) {
            if (take() != static_cast<unsigned char>(*p))
                return fail(u"bad literal"_s);
        }
        return true;
    }
    bool skipValue(int depth)
    {
        if (depth > MaxNesting)
            return fail(u"nested too deeply"_s);
        const int c = peek();
        switch (c) {
        case '"':
            return skipString();
        case 't':
            return skipLiteral("true");
        case 'f':
            return skipLiteral("false");
        case 'n':
            return skipLiteral("null");
        case '{':
        case '[': {
            take();
            const char close = c == '{' ? '}' : ']';
            if (peek() == close) {
                take();
                return true;
            }
            for (;;) {
                if (c == '{' && !(peek() == '"' && skipString() && expect(':')))
                    return fail(u"expected a member"_s);
                if (!skipValue(depth + 1))
                    return false;
                const int after = peek();
                take();
                if (after == close)
                    return true;
                if (after != ',')
                    return fail(u"expected ',' or '%1'"_s.arg(QLatin1Char(close)));
            }
        }
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return skipNumber();
            return fail(c < 0 ? u"unexpected end"_s : u"unexpected character"_s);
        }
    }

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    QByteArray *m_capture = nullptr;
    QString m_error;
};

/// Thrown from inside CacheStore::importOrders when the file stops making sense mid-import (it changed
/// after it was checked); the import's transaction rolls back, so nothing of it is kept.
struct ImportAborted : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

/// A data set {"generatedAt": ISO, "orders": [...]} read as a stream: check() walks the whole file once
/// (syntax, generatedAt, how many orders), then next() hands the orders over one at a time.
class OrderFileReader
{
public:
    OrderFileReader(const QString &path, ImportProgress &progress)
        : m_file(path)
        , m_progress(progress)
    { }

    QString error() const { return m_error; }
    const QString &generatedAt() const { return m_generatedAt; }
    qint64 orderCount() const { return m_count; }

    /// The whole file checked without keeping it: false with error() when it is not a data set.
    bool check()
    {
        if (!m_file.open(QIODevice::ReadOnly))
            return fail(u"cannot read %1: %2"_s.arg(m_file.fileName(), m_file.errorString()));
        if (m_file.size() > MaxFileBytes)
            return fail(u"%1 is larger than 2 GiB"_s.arg(m_file.fileName()));
        JsonScanner scanner(m_file);
        bool sawOrders = false;
        const bool ok = walkTopLevel(scanner, [&] {
            sawOrders = scanner.peek() == '[';
            if (!sawOrders)
                return scanner.value(); // not an array: reported below
            scanner.expect('[');
            if (scanner.peek() == ']')
                return scanner.expect(']');
            for (;;) {
                if (!scanner.value())
                    return false;
                ++m_count;
                report(u"checked"_s, scanner.position(), m_count);
                if (scanner.peek() == ']')
                    return scanner.expect(']');
                if (!scanner.expect(','))
                    return false;
            }
        });
        if (!ok)
            return fail(u"%1: %2"_s.arg(m_file.fileName(), scanner.error()));
        if (!sawOrders)
            return fail(u"%1: no \"orders\" array"_s.arg(m_file.fileName()));
        return true;
    }

    /// Starts over for next(): from the start of the file to the first order.
    bool rewind()
    {
        m_file.seek(0);
        m_scanner = std::make_unique<JsonScanner>(m_file);
        // Walk to the orders array: the keys before it are skipped, and walkTopLevel stops there.
        m_atOrders = false;
        walkTopLevel(*m_scanner, [this] {
            m_atOrders = m_scanner->expect('[');
            return false; // stop at the array: next() takes it from here
        });
        m_first = true;
        m_index = 0;
        return m_atOrders;
    }

    /// The next order's JSON object; false after the last one. Throws ImportAborted when the file no
    /// longer reads as it did in check().
    bool next(QJsonObject *order)
    {
        if (!m_atOrders)
            return false;
        if (m_scanner->peek() == ']' || (!m_first && !m_scanner->expect(','))) {
            m_atOrders = false;
            if (m_index != m_count)
                throw ImportAborted("the file changed while it was imported");
            return false;
        }
        m_first = false;
        QByteArray text;
        if (!m_scanner->value(&text))
            throw ImportAborted(m_scanner->error().toStdString());
        ++m_index;
        report(u"read"_s, m_scanner->position(), m_index);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
        *order = doc.object(); // not an object (or bad UTF-8): an empty one, which the parser rejects
        return true;
    }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    /// Walks {"key": value, ...}: "generatedAt" is kept, "orders" handed to @p orders (which returns
    /// false to stop the walk there), everything else skipped.
    template<typename Orders> bool walkTopLevel(JsonScanner &scanner, Orders orders)
    {
        if (!scanner.expect('{'))
            return false;
        if (scanner.peek() == '}')
            return scanner.expect('}') && scanner.atEnd();
        for (;;) {
            QByteArray key;
            if (!scanner.string(&key) || !scanner.expect(':'))
                return false;
            if (key == "\"orders\"") {
                if (!orders())
                    return false;
            } else if (key == "\"generatedAt\"") {
                QByteArray value;
                if (!scanner.value(&value))
                    return false;
                const QJsonDocument doc = QJsonDocument::fromJson("[" + value + "]");
                m_generatedAt = doc.array().at(0).toString(u"?"_s);
            } else if (!scanner.value()) {
                return false;
            }
            if (scanner.peek() == '}')
                return scanner.expect('}') && scanner.atEnd();
            if (!scanner.expect(','))
                return false;
        }
    }

    void report(const QString &what, qint64 bytes, qint64 orders)
    {
        m_progress.update(what, orders, 0, bytes, m_file.size());
    }

    QFile m_file;
    ImportProgress &m_progress;
    QString m_error;
    QString m_generatedAt;
    qint64 m_count = 0;
    std::unique_ptr<JsonScanner> m_scanner;
    bool m_atOrders = false;
    bool m_first = true;
    qint64 m_index = 0;
};

/// The refresh time a data set's "generatedAt" names (now when it names none); invalid when it is no
/// ISO 8601 time with an offset.
QDateTime refreshTime(const QString &generatedAt)
{
    if (generatedAt.isNull())
        return QDateTime::currentDateTimeUtc();
    const QDateTime at = QDateTime::fromString(generatedAt, Qt::ISODateWithMs);
    return at.isValid() && at.timeSpec() != Qt::LocalTime ? at.toUTC() : QDateTime();
}

/// Imports the JSON data set {"generatedAt": ..., "orders": [...]} at @p path into @p cache one order at
/// a time, with progress on @p progress.
CacheStore::ImportReport importDocument(CacheStore &cache, const QString &path, ImportProgress &progress)
{
    CacheStore::ImportReport report;
    OrderFileReader reader(path, progress);
    if (!reader.check()) {
        report.fatal = reader.error();
        return report;
    }
    const QDateTime refreshedAt = refreshTime(reader.generatedAt());
    if (!refreshedAt.isValid()) {
        report.fatal = u"%1: generatedAt is not an ISO 8601 time with offset"_s.arg(path);
        return report;
    }
    if (!reader.rewind()) {
        report.fatal = u"%1 changed while it was imported"_s.arg(path);
        return report;
    }
    QStringList parseErrors;
    int unparsable = 0;
    qint64 index = 0;
    CacheStore::CountedReturns counted;
    try {
        report = cache.importOrders(
            [&](Order &order) {
                QJsonObject object;
                while (reader.next(&object)) {
                    OrderJson::Result parsed = OrderJson::fromJson(object);
                    const qint64 at = index++;
                    if (parsed.order) {
                        counted.clear(); // only the order handed over now is looked up
                        if (!parsed.countedReturns.isEmpty())
                            counted.insert(parsed.order->id, parsed.countedReturns);
                        order = std::move(*parsed.order);
                        return true;
                    }
                    ++unparsable;
                    if (parseErrors.size() < MaxReportedErrors)
                        parseErrors.append(u"orders[%1] %2: %3"_s.arg(at).arg(
                            object.value(u"id"_s).toString(), parsed.error));
                }
                return false;
            },
            refreshedAt, &counted);
    } catch (const ImportAborted &aborted) {
        report = {};
        report.fatal = u"%1: %2; nothing was imported"_s.arg(path, QString::fromStdString(aborted.what()));
        return report;
    }
    report.rejected += unparsable;
    report.errors = (parseErrors + report.errors).mid(0, MaxReportedErrors);
    return report;
}

/// Imports the NDJSON data set at @p path into @p cache line by line; a line that holds no order is
/// rejected with its number, the orders around it imported.
CacheStore::ImportReport importNdjson(CacheStore &cache, const QString &path, ImportProgress &progress)
{
    CacheStore::ImportReport report;
    NdjsonOrderReader reader(path);
    if (!reader.open()) {
        report.fatal = reader.error();
        return report;
    }
    const QDateTime refreshedAt = refreshTime(reader.generatedAt());
    if (!refreshedAt.isValid()) {
        report.fatal = u"%1: line 1: generatedAt is not an ISO 8601 time with offset"_s.arg(path);
        return report;
    }
    CacheStore::CountedReturns counted;
    qint64 handedOver = 0;
    {
        // Parsing (a thread of its own) and writing go side by side.
        ReadAheadOrders orders(reader);
        ReadAheadOrders::Item item;
        report = cache.importOrders(
            [&](Order &order) {
                if (!orders.next(&item))
                    return false;
                counted.clear(); // only the order handed over now is looked up
                if (!item.parsed.countedReturns.isEmpty())
                    counted.insert(item.parsed.order->id, item.parsed.countedReturns);
                order = std::move(*item.parsed.order);
                progress.update(u"read"_s, ++handedOver, item.rejectedSoFar, item.bytesRead, reader.size());
                return true;
            },
            refreshedAt, &counted, [&] { return u"line %1"_s.arg(item.line); });
    }
    report.rejected += reader.rejected();
    report.errors = (reader.errors() + report.errors).mid(0, MaxReportedErrors);
    return report;
}

/// True for the names an NDJSON data set goes by.
bool isNdjson(const QString &path)
{
    return path.endsWith(u".ndjson"_s, Qt::CaseInsensitive)
        || path.endsWith(u".jsonl"_s, Qt::CaseInsensitive);
}

} // namespace

int CacheCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption help = CliHelp::option();
    parser.setApplicationDescription(
        u"Loads an orders data set into cache.db, one order at a time in constant memory; bad orders are "
        "reported and skipped. FILE ending in .ndjson or .jsonl holds one order object per line, after an "
        "optional first line {\"generatedAt\": ISO}: a line that holds no order (a half-written last line "
        "too) is reported with its number and the other orders are imported. Any other FILE is one JSON "
        "document {\"generatedAt\": ISO, \"orders\": [...]}, checked once first, so a file that is not "
        "valid JSON imports nothing. On a terminal, progress (orders, rate, rejected so far) goes to stderr "
        "about once a second; a summary always does.\n"
        "Exit 0 when all were imported, 3 when some were rejected, 1 when the file or the cache failed, 2 "
        "on usage errors."_s);
    parser.addOption(help);
    parser.addPositionalArgument(u"import"_s, u"Subcommand."_s);
    parser.addPositionalArgument(u"file"_s, u"Orders data set (.ndjson/.jsonl, or a JSON document)."_s);
    parser.addOption({ u"cache"_s, u"cache.db to load (default ./cache.db)."_s, u"file"_s, u"cache.db"_s });
    parser.addOption({ u"json"_s, u"Machine-readable output."_s });
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return CliHelp::print(parser, u"kioskctl cache import FILE [--cache DB] [--json]"_s, out);
    if (!parsed || parser.positionalArguments().size() != 2
        || parser.positionalArguments().constFirst() != u"import"_s) {
        err << "usage: kioskctl cache import FILE [--cache DB] [--json]\n" << parser.errorText() << '\n';
        return 2;
    }
    CacheStore cache;
    if (!cache.open(parser.value(u"cache"_s))) {
        err << "kioskctl: cannot open " << parser.value(u"cache"_s) << ": " << cache.lastError() << '\n';
        return 1;
    }
    const QString file = parser.positionalArguments().at(1);
    ImportProgress progress(err, isatty(STDERR_FILENO) == 1);
    const CacheStore::ImportReport report
        = isNdjson(file) ? importNdjson(cache, file, progress) : importDocument(cache, file, progress);
    if (report.fatal.isEmpty())
        progress.finish(report.imported, report.rejected);
    if (parser.isSet(u"json"_s)) {
        out << QJsonDocument(
            QJsonObject { { u"imported"_s, report.imported }, { u"rejected"_s, report.rejected },
                { u"errors"_s, QJsonArray::fromStringList(report.errors) }, { u"fatal"_s, report.fatal },
                { u"rebuilt"_s, cache.wasRebuilt() } })
                   .toJson(QJsonDocument::Indented);
    } else {
        if (cache.wasRebuilt())
            out << "cache was unreadable and has been rebuilt\n";
        out << "imported " << report.imported << ", rejected " << report.rejected << '\n';
        for (const QString &error : report.errors)
            out << "  " << error << '\n';
        if (!report.fatal.isEmpty())
            err << "kioskctl: " << report.fatal << '\n';
    }
    if (!report.fatal.isEmpty())
        return 1;
    return report.rejected > 0 ? 3 : 0;
}

} // namespace kiosk::cli
