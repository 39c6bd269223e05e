#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace kiosk::sql {

class Database;

/// What kind of storage problem an SQLite error is. Each kind has its own remedy, so each is named
/// for what it is: only Corrupt means the file itself is damaged.
enum class StorageFault {
    None,
    Full, ///< SQLITE_FULL, ENOSPC: the file is healthy, the disk (or the size limit) is full
    ReadOnly, ///< SQLITE_READONLY, EROFS, EACCES, EPERM: the file or its file system refuses writes
    IoError, ///< SQLITE_IOERR, EIO: the device failed a read or write
    Busy, ///< SQLITE_BUSY, SQLITE_LOCKED: another connection holds the lock
    Corrupt, ///< SQLITE_CORRUPT, SQLITE_NOTADB, or a failed integrity check
    Other, ///< anything else (a bug, a missing directory, out of memory)
};

/// The kind of an SQLite result code (primary or extended), refined by the OS error where SQLite
/// reports a generic one (SQLITE_CANTOPEN with EROFS is read-only, SQLITE_IOERR with ENOSPC is full).
StorageFault classifyError(int sqliteCode, int systemErrno = 0);
/// A short stable name: "full", "read-only", "io-error", "busy", "corrupt", "error" ("" for None).
QString faultName(StorageFault fault);
/// What the fault means and what to do about it, in one sentence for logs, status and kioskctl.
QString faultDescription(StorageFault fault);

/// One prepared statement. Binds are 1-based as in SQLite; step() returns Row while rows remain.
class Statement
{
public:
    enum class Step { Row, Done, Error };

    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, long long value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, const std::optional<std::int64_t> &value);

    Step step();
    /// Runs a statement that returns no rows; true on SQLITE_DONE.
    bool exec();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt);

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

/// Owns one SQLite connection. Errors are reported through return values and lastError();
/// nothing here throws.
class Database
{
public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, Mode mode = Mode::ReadWriteCreate);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    /// Executes one or more statements without results (DDL, PRAGMA).
    bool exec(const char *sql);
    Statement prepare(const char *sql);

    /// Runs a single-value query such as "PRAGMA user_version"; nullopt on error or no row.
    std::optional<std::int64_t> scalar(const char *sql);
    /// Runs PRAGMA quick_check; true when SQLite answers "ok".
    bool quickCheck(QString *report = nullptr);

    enum class Check {
        Ok,
        Damaged, ///< the check ran and found damage (or SQLite called the file corrupt or not a database)
        Failed, ///< the check could not run (I/O error, busy, ...): says nothing about the file; see
                ///< lastFault()
    };
    /// PRAGMA quick_check, telling a damaged file from a check that could not run.
    Check integrityCheck(QString *report = nullptr);
    /// True when this connection cannot write (opened read-only, or SQLite fell back to read-only
    /// because the file or its file system refuses writes).
    bool isReadOnly() const;

    bool begin(bool immediate = true);
    bool commit();
    bool rollback();

    std::int64_t lastInsertRowId() const;
    int changes() const;
    QString lastError() const { return m_lastError; }
    int lastErrorCode() const { return m_lastErrorCode; }
    /// errno of the last failed system call SQLite made, 0 when none.
    int lastSystemErrno() const { return m_lastSystemErrno; }
    /// The kind of the last error (None when there was none).
    StorageFault lastFault() const;

    sqlite3 *handle() const { return m_db; }

private:
    friend class Statement;
    void recordError(int code);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_lastError;
    int m_lastErrorCode = 0;
    int m_lastSystemErrno = 0;
};

/// Rolls back on scope exit unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database &db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace kiosk::sql
