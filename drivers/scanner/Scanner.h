#pragma once

#include <QObject>
#include <QString>

namespace kiosk::scanner {

/// A handheld or fixed barcode scanner: reports each complete scan, whether the device is there, and the
/// current fault (empty when healthy). Created by the hardware factory from the hardware profile.
class Scanner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool connected READ isConnected NOTIFY connectedChanged)
    Q_PROPERTY(QString fault READ fault NOTIFY faultChanged)
public:
    enum class Source { KeyboardWedge, Serial, Fake };
    Q_ENUM(Source)

    using QObject::QObject;

    virtual bool isConnected() const = 0;
    QString fault() const { return m_fault; }
    /// The self-test waits for @p code (printed on the test page). A real scanner has nothing to do:
    /// the technician holds the page to it. The fake reads it (see FakeScanner::scriptTestAnswer).
    virtual void testCodeWanted(const QString &code) { Q_UNUSED(code) }

Q_SIGNALS:
    void scanned(const QString &text, kiosk::scanner::Scanner::Source source);
    void connectedChanged(bool connected);
    void faultChanged(const QString &fault);

protected:
    void setFault(const QString &fault)
    {
        if (fault == m_fault)
            return;
        m_fault = fault;
        Q_EMIT faultChanged(m_fault);
    }

private:
    QString m_fault;
};

} // namespace kiosk::scanner
