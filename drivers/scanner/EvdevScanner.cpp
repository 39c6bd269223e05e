#include "EvdevScanner.h"

#include <QLoggingCategory>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcScanner, "kiosk.scanner", QtInfoMsg)

namespace kiosk::scanner {

EvdevScanner::EvdevScanner(KeyWedgeDecoder::Config config, QObject *parent)
    : Scanner(parent)
    , m_decoder(std::move(config))
{ }

EvdevScanner::~EvdevScanner()
{
    close();
}

bool EvdevScanner::open(const QString &devicePath)
{
    const int fd = ::open(devicePath.toLocal8Bit().constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        setFault(u"cannot open "_s + devicePath + u": "_s + QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return adopt(fd, true);
}

bool EvdevScanner::adopt(int fd, bool grab)
{
    close();
    if (grab && ::ioctl(fd, EVIOCGRAB, 1) != 0) {
        setFault(u"cannot grab the scanner (another program has it)"_s);
        ::close(fd);
        return false;
    }
    m_fd = fd;
    m_notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &EvdevScanner::readEvents);
    setFault({});
    Q_EMIT connectedChanged(true);
    return true;
}

void EvdevScanner::close()
{
    if (m_fd < 0)
        return;
    m_notifier.reset();
    ::close(m_fd);
    m_fd = -1;
    Q_EMIT connectedChanged(false);
}

void EvdevScanner::readEvents()
{
    input_event events[64];
    const ssize_t n = ::read(m_fd, events, sizeof events);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
        qCWarning(lcScanner) << "keyboard-wedge scanner went away";
        setFault(u"scanner unplugged"_s);
        close();
        return;
    }
    for (ssize_t i = 0; i < n / ssize_t(sizeof(input_event)); ++i)
        if (const auto text = m_decoder.feed(events[i])) {
            qCDebug(lcScanner) << "scan of length" << text->size();
            Q_EMIT scanned(*text, Source::KeyboardWedge);
        }
}

} // namespace kiosk::scanner
