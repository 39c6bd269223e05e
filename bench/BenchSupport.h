#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <optional>
#include <vector>

extern char **environ;

namespace kiosk::bench {

/// The value below which a share `p` (0.5: median, 0.99: p99) of `values` lies; 0 for none.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

/// A field of /proc/self/status in KiB ("VmRSS", "VmHWM"), -1 if unreadable.
inline long statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLong();
    return -1;
}

/// One child process's run: how long it took, its peak RSS, what it printed on stdout.
struct ChildRun
{
    int exitCode = -1;
    double seconds = 0;
    double cpuSeconds = 0; ///< user + system: what a busy machine does not inflate
    double peakMiB = 0;
    QByteArray out; ///< the last MiB of what it printed on stdout
};

/// Runs @p program with @p args, stdout to @p outFile, stderr passed through; waits with wait4, so the
/// figures are the child's alone.
inline std::optional<ChildRun> runChild(
    const QString &program, const QStringList &args, const QString &outFile)
{
    std::vector<QByteArray> storage { program.toLocal8Bit() };
    for (const QString &arg : args)
        storage.push_back(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray outPath = outFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return std::nullopt;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return std::nullopt;
    ChildRun run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.peakMiB = double(usage.ru_maxrss) / 1024.0;
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile out(outFile);
    if (out.open(QIODevice::ReadOnly) && out.seek(std::max<qint64>(0, out.size() - 1024 * 1024)))
        run.out = out.readAll();
    return run;
}

} // namespace kiosk::bench
