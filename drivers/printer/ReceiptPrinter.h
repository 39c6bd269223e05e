#pragma once

#include <QByteArray>
#include <QObject>

namespace kiosk::drivers {

/// A receipt printer that takes a ready ESC/POS byte stream (see EscPosEncoder). Printing is
/// asynchronous and never blocks the caller's thread: each print() ends in exactly one printed()
/// or failed(). A print() while a job is running fails at once with Busy.
class ReceiptPrinter : public QObject
{
    Q_OBJECT
public:
    enum class Fault { None, PaperOut, Offline, Busy };
    Q_ENUM(Fault)

    using QObject::QObject;

    virtual void print(const QByteArray &escpos) = 0;
    virtual bool isBusy() const = 0;

Q_SIGNALS:
    void printed();
    void failed(kiosk::drivers::ReceiptPrinter::Fault fault);
};

} // namespace kiosk::drivers
