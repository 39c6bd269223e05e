#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace kiosk::test {

/// Runs the real reference-backend executable for a test: on a free port of 127.0.0.1, with a certificate
/// from the generated test CA and its database in a directory the test owns.
class BackendProcess
{
public:
    static constexpr auto Token = "test-token";

    explicit BackendProcess(QString workDir);
    ~BackendProcess();
    BackendProcess(const BackendProcess &) = delete;
    BackendProcess &operator=(const BackendProcess &) = delete;

    /// Starts with testca/<certName>.pem/.key and waits until it accepts connections.
    bool start(const QStringList &extraArgs = {}, const QString &certName = QStringLiteral("server"));
    /// Sends SIGTERM and waits; true when it exited with status 0.
    bool stop();
    /// SIGKILL: the backend dies without a word, as in a crash or a power cut.
    void kill();
    int port() const { return m_port; }

    QString url(const QString &path) const;
    QString dbPath() const;
    QByteArray output();

    static QString caFile();
    static QString certDir();

private:
    QString m_workDir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace kiosk::test
