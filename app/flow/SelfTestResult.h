#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace kiosk {

/// One device's self-test result: which part, passed, failed or skipped, what happened in plain words
/// ("Printer: no paper") and what to check when it failed. `part` is the stable id events and
/// `kioskctl selftest --json` carry (printer, chute, scale, light, scanner, backend); `name` is the
/// part in the current language.
class SelfTestResult
{
    Q_GADGET
    Q_PROPERTY(QString part MEMBER part)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(kiosk::SelfTestResult::Outcome outcome MEMBER outcome)
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(QString check MEMBER check)
    /// For QML: outcomeCode(outcome), "passed", "failed", ...
    Q_PROPERTY(QString status READ status)
public:
    enum class Outcome { Waiting, Running, Passed, Failed, Skipped };
    Q_ENUM(Outcome)

    QString part;
    QString name;
    Outcome outcome = Outcome::Waiting;
    QString message;
    QString check; ///< what to check; empty when nothing

    bool failed() const { return outcome == Outcome::Failed; }
    QString status() const { return outcomeCode(outcome); }

    /// "passed", "failed", "skipped" (and "waiting", "running").
    static QString outcomeCode(Outcome outcome);
    /// {"part", "outcome", "message", "check"}.
    QJsonObject toJson() const;
};

} // namespace kiosk
