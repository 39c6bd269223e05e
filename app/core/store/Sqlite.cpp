#include "Sqlite.h"

#include <sqlite3.h>

#include <cerrno>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::sql {

StorageFault classifyError(int sqliteCode, int systemErrno)
{
    if (sqliteCode == SQLITE_OK || sqliteCode == SQLITE_ROW || sqliteCode == SQLITE_DONE)
        return StorageFault::None;
    // Where SQLite's code is generic (cannot open, I/O error) the OS error says what happened. Only
    // there: sqlite3_system_errno() keeps the last failed call's errno, which may be an older one.
    const int primary = sqliteCode & 0xff;
    if (primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR) {
        switch (systemErrno) {
        case ENOSPC:
        case EDQUOT:
            return StorageFault::Full;
        case EROFS:
        case EACCES:
        case EPERM:
            return StorageFault::ReadOnly;
        case EIO:
            return StorageFault::IoError;
        default:
            break;
        }
    }
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return StorageFault::Full;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return StorageFault::ReadOnly;
    case SQLITE_IOERR:
        return StorageFault::IoError;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageFault::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StorageFault::Corrupt;
    default:
        return StorageFault::Other;
    }
}

QString faultName(StorageFault fault)
{
    switch (fault) {
    case StorageFault::None:
        return {};
    case StorageFault::Full:
        return u"full"_s;
    case StorageFault::ReadOnly:
        return u"read-only"_s;
    case StorageFault::IoError:
        return u"io-error"_s;
    case StorageFault::Busy:
        return u"busy"_s;
    case StorageFault::Corrupt:
        return u"corrupt"_s;
    case StorageFault::Other:
        break;
    }
    return u"error"_s;
}

QString faultDescription(StorageFault fault)
{
    switch (fault) {
    case StorageFault::None:
        return {};
    case StorageFault::Full:
        return u"the disk is full (SQLITE_FULL); the file is healthy: free space on the data partition"_s;
    case StorageFault::ReadOnly:
        return u"the file or its file system is read-only (SQLITE_READONLY, EROFS or EACCES); the file is "
               "healthy: check the mount and the file's owner and mode"_s;
    case StorageFault::IoError:
        return u"I/O error (SQLITE_IOERR): the storage device failed a read or write; check the device and "
               "the kernel log"_s;
    case StorageFault::Busy:
        return u"locked by another process (SQLITE_BUSY); the file is healthy: stop the other process"_s;
    case StorageFault::Corrupt:
        return u"failed its integrity check (SQLITE_CORRUPT or SQLITE_NOTADB)"_s;
    case StorageFault::Other:
        break;
    }
    return u"storage error"_s;
}

Statement::Statement(Database *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{ }

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, std::int64_t value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptional(int index, const std::optional<std::int64_t> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement::Step Statement::step()
{
    if (!m_stmt)
        return Step::Error;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    m_db->recordError(rc);
    return Step::Error;
}

bool Statement::exec()
{
    const bool ok = step() == Step::Done;
    reset();
    return ok;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{ }

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

bool Database::open(const QString &path, Mode mode)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        recordError(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    m_path = path;
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    return true;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const char *sql)
{
    if (!m_db) {
        m_lastError = u"database is not open"_s;
        m_lastErrorCode = SQLITE_MISUSE;
        return false;
    }
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        m_lastErrorCode = sqlite3_extended_errcode(m_db);
        if ((m_lastErrorCode & 0xff) != (rc & 0xff))
            m_lastErrorCode = rc;
        m_lastSystemErrno = sqlite3_system_errno(m_db);
        m_lastError = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        return false;
    }
    return true;
}

Statement Database::prepare(const char *sql)
{
    if (!m_db) {
        m_lastError = u"database is not open"_s;
        return {};
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        recordError(rc);
        return {};
    }
    return Statement(this, stmt);
}

Database::Check Database::integrityCheck(QString *report)
{
    m_lastErrorCode = 0;
    m_lastSystemErrno = 0;
    Statement stmt = prepare("PRAGMA quick_check");
    QString result;
    Statement::Step step = Statement::Step::Error;
    while (stmt.isValid() && (step = stmt.step()) == Statement::Step::Row)
        result += stmt.text(0) + u'\n';
    result = result.trimmed();
    if (step == Statement::Step::Done && result == u"ok"_s) {
        if (report)
            *report = result;
        return Check::Ok;
    }
    if (report)
        *report = result.isEmpty() ? m_lastError : result;
    // Rows other than "ok" are damage the check found; SQLite calling the file corrupt or not a
    // database is damage too. Anything else (I/O, busy, full) stopped the check from telling.
    if ((step == Statement::Step::Done && !result.isEmpty()) || lastFault() == StorageFault::Corrupt)
        return Check::Damaged;
    return Check::Failed;
}

bool Database::isReadOnly() const
{
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

StorageFault Database::lastFault() const
{
    return classifyError(m_lastErrorCode, m_lastSystemErrno);
}

std::optional<std::int64_t> Database::scalar(const char *sql)
{
    Statement stmt = prepare(sql);
    if (stmt.step() != Statement::Step::Row || stmt.isNull(0))
        return std::nullopt;
    return stmt.int64(0);
}

bool Database::quickCheck(QString *report)
{
    Statement stmt = prepare("PRAGMA quick_check");
    QString result;
    while (stmt.step() == Statement::Step::Row)
        result += stmt.text(0) + u'\n';
    result = result.trimmed();
    if (report)
        *report = result.isEmpty() ? m_lastError : result;
    return result == u"ok"_s;
}

bool Database::begin(bool immediate)
{
    return exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

bool Database::commit()
{
    return exec("COMMIT");
}

bool Database::rollback()
{
    return exec("ROLLBACK");
}

std::int64_t Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

void Database::recordError(int code)
{
    m_lastErrorCode = code;
    m_lastSystemErrno = m_db ? sqlite3_system_errno(m_db) : 0;
    m_lastError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
}

Transaction::Transaction(Database &db, bool immediate)
    : m_db(db)
    , m_active(db.begin(immediate))
{ }

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

} // namespace kiosk::sql
