#pragma once

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <vector>

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

} // namespace kiosk::bench
