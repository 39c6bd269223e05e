#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <mutex>

namespace kiosk::backend {

/// The faults the reference backend injects for tests, set from the command line or switched at run time
/// through POST /v1/admin/faults. Thread-safe: every request takes the plan that applies to it.
class FaultInjector
{
public:
    /// What to do to one request. Several faults combine: the delay comes first, then either the error
    /// status or normal processing followed by a drop, a truncated body or a wrong content type.
    struct Plan
    {
        int delayMs = 0;
        int status = 0; ///< 0, or an HTTP status (500, 503, 429...) sent instead of processing
        int retryAfterSeconds = -1; ///< Retry-After sent with the status, when >= 0
        bool dropAfterCommit = false;
        bool truncateBody = false;
        bool wrongContentType = false;
        int remaining = -1; ///< how many more requests the plan applies to; -1 is unlimited
        QStringList endpoints; ///< endpoint names it applies to; empty is every non-admin endpoint

        bool isEmpty() const
        {
            return delayMs == 0 && status == 0 && !dropAfterCommit && !truncateBody && !wrongContentType;
        }
    };

    /// Parses the admin JSON form; on failure returns false and sets @p error.
    static bool fromJson(const QJsonObject &json, Plan *plan, QString *error);
    static QJsonObject toJson(const Plan &plan);

    void set(const Plan &plan);
    Plan current() const;
    /// The plan for one request to @p endpoint (an empty plan when none applies), counting it down.
    Plan take(const QString &endpoint);

private:
    mutable std::mutex m_mutex;
    Plan m_plan;
};

} // namespace kiosk::backend
