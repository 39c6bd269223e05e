#include "DeviceFileReceiptPrinter.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

namespace kiosk::drivers {

DeviceFileReceiptPrinter::DeviceFileReceiptPrinter(QString path, QObject *parent)
    : ReceiptPrinter(parent)
    , m_path(std::move(path))
{
    connect(&m_watcher, &QFutureWatcher<bool>::finished, this, [this] {
        if (m_watcher.result())
            Q_EMIT printed();
        else
            Q_EMIT failed(Fault::Offline);
    });
}

DeviceFileReceiptPrinter::~DeviceFileReceiptPrinter()
{
    m_watcher.waitForFinished();
}

void DeviceFileReceiptPrinter::print(const QByteArray &escpos)
{
    if (m_watcher.isRunning()) {
        Q_EMIT failed(Fault::Busy);
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([path = m_path, escpos] {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        return device.write(escpos) == escpos.size() && device.flush();
    }));
}

} // namespace kiosk::drivers
